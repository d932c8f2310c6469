#!/usr/bin/env python3
"""Layout assertions over every record of the kernel's bindings_helper.h.

On the tree scripts/kernel-bindings.sh prepared for a configuration, runs
kbindgen with Kbuild's exact command for rust/bindings/bindings_generated.rs
(the target's clang flags and --target) but with layout assertions on
(without --no-layout-tests), wraps the output as a crate the way
rust/bindings/lib.rs does (an `ffi` module of C types) and compiles it with
the rustc and target options Kbuild compiled the bindings crate with (the
kernel's Rust target and its own `core`). bindgen-style assertions are
constants, so rustc checks each record's size, alignment and field offsets
against Clang's at compile time; any mismatch is a compile error naming the
record.

Usage: scripts/kernel-layout-check.py [--cache DIR] [--kbindgen PATH]
           [--arch ARCH] [--cc llvm|gcc] [--llvm-suffix S] [--objtree DIR]
           [--rustc RUSTC] [-- EXTRA KBINDGEN OPTIONS]
  (the configuration options as scripts/kernel-bindings.sh takes them;
  default: x86_64, LLVM=-19)
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbuild_command import (BINDINGS, parse_kernel_args,  # noqa: E402
                            rustc_target_command, saved_command, with_output)

PRELUDE = """#![no_std]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
#![allow(improper_ctypes, unnecessary_transmutes, clippy::all)]
mod ffi {
    pub use core::ffi::*;
    pub type c_char = u8;
    pub type c_long = isize;
    pub type c_ulong = usize;
}
pub type __kernel_size_t = usize;
pub type __kernel_ssize_t = isize;
pub type __kernel_ptrdiff_t = isize;
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rustc", help="rustc (default: the one Kbuild used)")
    ap.add_argument("extra", nargs="*", help="more kbindgen options")
    a, objtree = parse_kernel_args(ap)
    bargs, cargs = saved_command(objtree, BINDINGS)
    bargs = [w for w in bargs if w != "--no-layout-tests"]
    with tempfile.TemporaryDirectory(prefix="kbindgen-layout-") as tmp:
        out = os.path.join(tmp, "bindings.rs")
        bargs = with_output(bargs, out)
        r = subprocess.run([a.kbindgen] + bargs + a.extra + ["--"] + cargs,
                           cwd=objtree, stderr=subprocess.PIPE, text=True)
        if r.returncode:
            sys.exit(f"kernel-layout-check: kbindgen failed:\n{r.stderr}")
        with open(out) as f:
            text = f.read()
        records = len(set(re.findall(r'\["Size of ([^"]+)"\]', text)))
        offsets = len(re.findall(r'\["Offset of field: ', text))
        crate = os.path.join(tmp, "lib.rs")
        with open(crate, "w") as f:
            f.write(PRELUDE + text)
        rustc, target = rustc_target_command(objtree)
        # -Z options need what Kbuild sets for them too.
        env = dict(os.environ, RUSTC_BOOTSTRAP="1")
        rc = subprocess.run([a.rustc or rustc, "--edition=2021", "--crate-type=lib",
                             "--crate-name=kbindgen_layout", "--emit=metadata",
                             "-o", os.path.join(tmp, "lib.rmeta"),
                             "--cap-lints=allow"] + target + [crate],
                            cwd=objtree, env=env, stderr=subprocess.PIPE, text=True)
        triple = next((w.split("=", 1)[1] for w in cargs
                       if w.startswith("--target=")), "")
        rtarget = next((w.split("=", 1)[1] for w in target
                        if w.startswith("--target=")), "")
        triple = triple or "(empty: the default target)"
        print(f"kernel-layout-check: {objtree}: clang --target={triple}, "
              f"rustc --target={rtarget}")
        print(f"kernel-layout-check: {records} records, {offsets} field offsets asserted")
        if rc.returncode:
            print(rc.stderr[-4000:])
            print(f"kernel-layout-check: FAILED (rustc exit {rc.returncode})")
            return 1
        print("kernel-layout-check: 0 failures (rustc accepted every assertion)")
        return 0


if __name__ == "__main__":
    sys.exit(main())
