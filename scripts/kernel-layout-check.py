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

With --without-layout-opaque, the seven `--opaque-type` entries that
rust/bindgen_parameters has only because bindgen cannot express their layout
are dropped (docs/compatibility.md has the patch), and
scripts/kernel-layout-extra.h (asm/msi.h, asm/apicdef.h) is compiled the
same way for the ones bindings_helper.h does not reach; each of those
records that the headers define must then have named fields, not a blob.
With --kernel-crate as well, bindings_generated.rs is generated once more as
Kbuild generates it (layout assertions off) without those entries, and the
`bindings` and `kernel` crates are compiled against it with Kbuild's saved
rustc commands (outputs in a temporary directory; the tree is only read).

Usage: scripts/kernel-layout-check.py [--cache DIR] [--kbindgen PATH]
           [--arch ARCH] [--cc llvm|gcc] [--llvm-suffix S] [--objtree DIR]
           [--rustc RUSTC] [--without-layout-opaque [--kernel-crate]]
           [-- EXTRA KBINDGEN OPTIONS]
  (the configuration options as scripts/kernel-bindings.sh takes them;
  default: x86_64, LLVM=-19)
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbuild_command import (BINDINGS, bindings_crate,  # noqa: E402
                            kbindgen_command, parse_kernel_args,
                            rustc_target_command, saved_command,
                            saved_rustc_command, without_option)

ALLOW = """#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
#![allow(improper_ctypes, unnecessary_transmutes, clippy::all)]
"""


# The `--opaque-type` entries of Linux 6.12's rust/bindgen_parameters that
# exist only because bindgen cannot express these records' layout.
LAYOUT_OPAQUE = ["xregs_state", "desc_struct", "arch_lbr_state", "local_apic",
                 "alt_instr", "x86_msi_data", "x86_msi_addr_lo"]
EXTRA_HEADER = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            "kernel-layout-extra.h")


def without_layout_opaque(bargs):
    return without_option(bargs, "--opaque-type", LAYOUT_OPAQUE)


def record_fields(text, name):
    """The field names of record `name` and whether it has accessor
    methods; None when the bindings do not define it."""
    m = re.search(r"^pub (?:struct|union) %s \{\n(.*?)^\}" % re.escape(name),
                  text, re.M | re.S)
    if not m:
        return None
    fields = re.findall(r"^    pub (\w+):", m.group(1), re.M)
    accessors = re.search(r"^impl %s \{" % re.escape(name), text, re.M)
    return fields, bool(accessors)


def check_layout_records(texts):
    """Each of LAYOUT_OPAQUE that some output defines has named fields;
    prints one line per record. Returns whether all do."""
    ok = True
    for name in LAYOUT_OPAQUE:
        found = [f for f in (record_fields(t, name) for t in texts) if f]
        if not found:
            print(f"kernel-layout-check: {name}: not defined by this kernel's headers")
            continue
        fields, accessors = found[0]
        named = [f for f in fields if f != "_bindgen_opaque_blob"]
        if not named:
            print(f"kernel-layout-check: {name}: FAILED: an opaque blob")
            ok = False
            continue
        print(f"kernel-layout-check: {name}: fields {', '.join(named)}"
              + (" (and accessors)" if accessors else ""))
    return ok


def run_kbindgen(a, objtree, bargs, cargs, out, what=""):
    """Runs kbindgen with bargs and the extra options, writing out; exits
    with its errors if it fails, else returns the output."""
    r = subprocess.run(kbindgen_command(a.kbindgen, bargs, cargs, out, a.extra),
                       cwd=objtree, stderr=subprocess.PIPE, text=True)
    if r.returncode:
        sys.exit(f"kernel-layout-check: kbindgen failed{what}:\n{r.stderr}")
    with open(out) as f:
        return f.read()


def compile_header(a, objtree, tmp, tag, bargs, cargs):
    """Runs kbindgen with bargs (layout assertions on), compiles the output
    as the bindings crate is compiled, prints the figures; returns (ok,
    text)."""
    text = run_kbindgen(a, objtree, bargs, cargs,
                        os.path.join(tmp, tag + ".rs"), f" on {tag}")
    records = len(set(re.findall(r'\["Size of ([^"]+)"\]', text)))
    offsets = len(re.findall(r'\["Offset of field: ', text))
    crate = os.path.join(tmp, tag + "-lib.rs")
    with open(crate, "w") as f:
        f.write(bindings_crate(text, ALLOW))
    rustc, target = rustc_target_command(objtree)
    # -Z options need what Kbuild sets for them too.
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    rc = subprocess.run([a.rustc or rustc, "--edition=2021", "--crate-type=lib",
                         "--crate-name=kbindgen_layout", "--emit=metadata",
                         "-o", os.path.join(tmp, tag + ".rmeta"),
                         "--cap-lints=allow"] + target + [crate],
                        cwd=objtree, env=env, stderr=subprocess.PIPE, text=True)
    prefix = "kernel-layout-check: " + ("" if tag == "bindings_helper"
                                        else tag + ": ")
    print(f"{prefix}{records} records, {offsets} field offsets asserted")
    if rc.returncode:
        print(rc.stderr[-4000:])
        print(f"{prefix}FAILED (rustc exit {rc.returncode})")
        return False, text
    return True, text


def build_crates(a, objtree, tmp, bargs, cargs):
    """Compiles the bindings and kernel crates, with Kbuild's saved
    commands, against bindings_generated.rs made from bargs (an overlay
    OBJTREE holds it beside copies of the other generated files); returns
    whether both compile."""
    overlay = os.path.join(tmp, "objtree")
    out = os.path.join(tmp, "crates")
    for d in ("rust/bindings", "rust/uapi"):
        os.makedirs(os.path.join(overlay, d), exist_ok=True)
    os.makedirs(out, exist_ok=True)
    for f in ("rust/bindings/bindings_helpers_generated.rs",
              "rust/uapi/uapi_generated.rs"):
        shutil.copy(os.path.join(objtree, f), os.path.join(overlay, f))
    gen = os.path.join(overlay, "rust/bindings/bindings_generated.rs")
    text = run_kbindgen(a, objtree, bargs, cargs, gen)
    # Kbuild's post-pass (rust/Makefile): the const helpers get their names.
    with open(gen, "w") as f:
        f.write(re.sub(r"pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)",
                       r"pub const \1", text))
    ok = True
    for crate in ("bindings", "kernel"):
        env, words = saved_rustc_command(objtree, f"rust/.{crate}.o.cmd")
        cmd = []
        for i, w in enumerate(words):
            if w.startswith("--emit="):
                continue
            if w == "bindings" and words[i - 1] == "--extern":
                w = "bindings=" + os.path.join(out, "libbindings.rmeta")
            cmd.append(w)
        cmd += [f"--emit=metadata={os.path.join(out, f'lib{crate}.rmeta')}"]
        env = dict(os.environ, **env)
        env["OBJTREE"] = overlay
        env["RUSTC_BOOTSTRAP"] = "1"  # as Kbuild exports it
        rc = subprocess.run(cmd, cwd=objtree, env=env, stderr=subprocess.PIPE,
                            text=True)
        if rc.returncode:
            print(rc.stderr[-4000:])
            print(f"kernel-layout-check: crate {crate}: FAILED (rustc exit "
                  f"{rc.returncode})")
            ok = False
            break
        print(f"kernel-layout-check: crate {crate}: compiles "
              "(Kbuild's rustc command, -Dwarnings)")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rustc", help="rustc (default: the one Kbuild used)")
    ap.add_argument("--without-layout-opaque", action="store_true",
                    help="drop the seven layout --opaque-type entries and "
                         "check those records keep their fields")
    ap.add_argument("--kernel-crate", action="store_true",
                    help="with --without-layout-opaque: also compile the "
                         "bindings and kernel crates on those bindings")
    ap.add_argument("extra", nargs="*", help="more kbindgen options")
    a, objtree = parse_kernel_args(ap)
    kbuild_bargs, cargs = saved_command(objtree, BINDINGS)
    bargs = [w for w in kbuild_bargs if w != "--no-layout-tests"]
    if a.without_layout_opaque:
        bargs = without_layout_opaque(bargs)
        kbuild_bargs = without_layout_opaque(kbuild_bargs)
    _, target = rustc_target_command(objtree)
    triple = next((w.split("=", 1)[1] for w in cargs
                   if w.startswith("--target=")), "")
    rtarget = next((w.split("=", 1)[1] for w in target
                    if w.startswith("--target=")), "")
    triple = triple or "(empty: the default target)"
    print(f"kernel-layout-check: {objtree}: clang --target={triple}, "
          f"rustc --target={rtarget}")
    with tempfile.TemporaryDirectory(prefix="kbindgen-layout-") as tmp:
        ok, text = compile_header(a, objtree, tmp, "bindings_helper", bargs,
                                  cargs)
        if a.without_layout_opaque:
            extra = [EXTRA_HEADER] + bargs[1:]
            ok2, text2 = compile_header(a, objtree, tmp, "kernel-layout-extra",
                                        extra, cargs)
            ok = check_layout_records([text, text2]) and ok and ok2
            if a.kernel_crate:
                ok = build_crates(a, objtree, tmp, kbuild_bargs, cargs) and ok
        if not ok:
            print("kernel-layout-check: FAILED")
            return 1
        print("kernel-layout-check: 0 failures (rustc accepted every assertion)")
        return 0


if __name__ == "__main__":
    sys.exit(main())
