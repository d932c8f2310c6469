#!/usr/bin/env python3
"""core for a Rust target that has no std installed, for type-checking.

rustc checks a `#![no_std]` crate for another target (i686, arm, s390x, ...)
only against a core built for that target. This builds core (and an empty
compiler_builtins, which every no_std crate loads) from the rust-src that
matches a rustc, metadata only (about a minute), once per rustc version and
target, under ~/.cache/kbindgen/fuzz-core/VERSION/TARGET. Debian's rustc-web
and rust-web-src are such a pair (scripts/install-deps.sh installs both).

Usage: rust_core.py --target TRIPLE [--rustc RUSTC]...
prints `RUSTC DIR`: check with `RUSTC --target TRIPLE -L DIR ...`.
Used by scripts/layout-fuzz.py and test/utils/rust_check.py.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

DEBIAN_RUSTC = "/usr/bin/rustc"

# The kernel's architectures, as the fuzzers' --target names them: NAME ->
# (Clang's triple, rustc's triple).
TARGETS = {
    "x86_64": ("x86_64-unknown-linux-gnu", "x86_64-unknown-linux-gnu"),
    "i686": ("i686-unknown-linux-gnu", "i686-unknown-linux-gnu"),
    "aarch64": ("aarch64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"),
    "arm": ("armv7-unknown-linux-gnueabihf", "armv7-unknown-linux-gnueabihf"),
    "riscv64": ("riscv64-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu"),
    "powerpc64le": ("powerpc64le-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu"),
    "s390x": ("s390x-unknown-linux-gnu", "s390x-unknown-linux-gnu"),
    "loongarch64": ("loongarch64-unknown-linux-gnu", "loongarch64-unknown-linux-gnu"),
}


def rust_src(rustc):
    """core's lib.rs in the rust-src of `rustc`, or None."""
    try:
        p = subprocess.run([rustc, "--print", "sysroot"], capture_output=True, text=True)
    except OSError:
        return None
    src = os.path.join(p.stdout.strip(), "lib", "rustlib", "src", "rust", "library",
                       "core", "src", "lib.rs")
    return src if p.returncode == 0 and os.path.exists(src) else None


def build(rustc, src, target, d, log):
    ver = subprocess.run([rustc, "-V"], capture_output=True, text=True).stdout.split()[1]
    log(f"rust_core: building core {ver} for {target} (metadata only, once) in {d}")
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    tmp = tempfile.mkdtemp(prefix="rust-core-")
    try:
        edition = "2024" if tuple(int(x) for x in ver.split(".")[:2]) >= (1, 85) else "2021"
        r = subprocess.run([rustc, "--target", target, "--edition", edition, "--crate-type", "rlib",
                            "--crate-name", "core", "--emit=metadata", "--cap-lints", "allow",
                            "-o", os.path.join(tmp, "libcore.rmeta"), src],
                           capture_output=True, text=True, env=env)
        if r.returncode != 0:
            raise RuntimeError(f"cannot build core for {target}: {r.stderr[-500:]}")
        cb = os.path.join(tmp, "cb.rs")
        with open(cb, "w") as f:
            f.write("#![feature(compiler_builtins)]\n#![compiler_builtins]\n#![no_builtins]\n#![no_std]\n")
        r = subprocess.run([rustc, "--target", target, "--edition", "2021", "--crate-type", "rlib",
                            "--crate-name", "compiler_builtins", "--emit=metadata", "--cap-lints",
                            "allow", "-L", tmp, "-o", os.path.join(tmp, "libcompiler_builtins.rmeta"),
                            cb], capture_output=True, text=True, env=env)
        if r.returncode != 0:
            raise RuntimeError(f"cannot build compiler_builtins for {target}: {r.stderr[-500:]}")
        os.makedirs(d, exist_ok=True)
        # Moved in whole, the stub last: its presence marks a finished build.
        for n in ("libcore.rmeta", "libcompiler_builtins.rmeta"):
            shutil.move(os.path.join(tmp, n), os.path.join(d, n + ".tmp"))
            os.replace(os.path.join(d, n + ".tmp"), os.path.join(d, n))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def core_for(target, rustcs=(), log=lambda m: print(m, file=sys.stderr, flush=True)):
    """(rustc, directory) for checking crates for `target`: the first of
    `rustcs` (then Debian's rustc) that has a rust-src. None when none has."""
    for rustc in list(rustcs) + [DEBIAN_RUSTC]:
        src = rust_src(rustc)
        if src is None:
            continue
        ver = subprocess.run([rustc, "-V"], capture_output=True, text=True).stdout.split()[1]
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        d = os.path.join(cache, "kbindgen", "fuzz-core", ver, target)
        if not os.path.exists(os.path.join(d, "libcompiler_builtins.rmeta")):
            build(rustc, src, target, d, log)
        return rustc, d
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--target", required=True)
    ap.add_argument("--rustc", action="append", default=[])
    args = ap.parse_args()
    found = core_for(args.target, args.rustc)
    if found is None:
        print("rust_core: no rustc with a rust-src (install rustc-web and rust-web-src)",
              file=sys.stderr)
        return 2
    print(*found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
