#!/usr/bin/env python3
"""Type-checks one Rust file as a library crate, as %rustc-check does.

Usage: rust_check.py --rustc RUSTC [--no-std] [--edition E] [--target TRIPLE]
                     FILE.rs [RUSTC_ARGS...]

Runs `rustc --edition 2021 --crate-type lib --emit=metadata` (or the edition
given) with the output in
a temporary directory, so the bindings' compile-time layout assertions are
evaluated. With --no-std, `#![no_std]` is prepended first (for --use-core
output, which must not need std). The lints bindings always trip (C naming)
are allowed, as the kernel's bindings crate allows them. With --target, the
crate is checked for that target (no_std) against a core built from rust-src
(scripts/rust_core.py), so the layout assertions hold the target's sizes.
"""

import argparse
import os
import subprocess
import sys
import tempfile

ALLOWED_LINTS = ["non_camel_case_types", "non_upper_case_globals",
                 "non_snake_case"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rustc", required=True)
    parser.add_argument("--no-std", action="store_true")
    parser.add_argument("--edition", default="2021")
    parser.add_argument("--target", default=None)
    parser.add_argument("file")
    parser.add_argument("rustc_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()

    rustc, extra = args.rustc, []
    if args.target:
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                        "..", "..", "scripts"))
        import rust_core
        found = rust_core.core_for(args.target, [args.rustc])
        if found is None:
            print("rust_check: no rustc with a rust-src for --target "
                  "(scripts/install-deps.sh installs rustc-web and rust-web-src)",
                  file=sys.stderr)
            return 2
        rustc, core_dir = found
        extra = ["--target", args.target, "-L", core_dir]
        args.no_std = True
    with tempfile.TemporaryDirectory(prefix="kbindgen-rustc-") as tmp:
        source = args.file
        if args.no_std:
            with open(args.file, encoding="utf-8") as f:
                text = f.read()
            source = os.path.join(tmp, "no_std.rs")
            with open(source, "w", encoding="utf-8") as f:
                f.write("#![no_std]\n" + text)
        cmd = [rustc, "--edition", args.edition, "--crate-type", "lib",
               "--crate-name", "bindings", "--emit=metadata",
               "-o", os.path.join(tmp, "libbindings.rmeta")]
        for lint in ALLOWED_LINTS:
            cmd += ["-A", lint]
        cmd += extra + args.rustc_args + [source]
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
