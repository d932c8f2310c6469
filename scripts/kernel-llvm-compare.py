#!/usr/bin/env python3
"""Runs kbindgen builds on different LLVM/Clang versions on the kernel's three
BINDGEN commands and compares their outputs at API level (apidiff).

Usage: scripts/kernel-llvm-compare.py --kbindgen REF [--other KB]...
           [--against-tree OBJTREE] [configuration options] [--out DIR]

The reference kbindgen (--kbindgen) and each --other run on the saved Kbuild
commands of one prepared defconfig tree (scripts/kernel-bindings.sh; read
only: outputs go to --out). With --against-tree, the --other builds' outputs
come from that tree's own saved commands instead (e.g. the LLVM=-22 tree
against the LLVM=-19 one), so the comparison includes what the kernel's
configuration changes with the compiler (CONFIG_CC_HAS_*, CONFIG_*_VERSION).

Prints per output and per build: byte-identical, or else apidiff's
summary line (`api: M/N reference items identical ...`) and every differing
item with --verbose.
"""
import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbuild_command  # noqa: E402

OUTPUTS = [("bindings", kbuild_command.BINDINGS),
           ("uapi", kbuild_command.UAPI),
           ("helpers", kbuild_command.HELPERS)]


def generate(kbindgen, objtree, cmdfile, out):
    bindgen, clang = kbuild_command.saved_command(objtree, cmdfile)
    run = subprocess.run(kbuild_command.kbindgen_command(kbindgen, bindgen, clang, out),
                         cwd=objtree, capture_output=True, text=True)
    warnings = [l for l in run.stderr.splitlines() if "warning" in l]
    return run.returncode, warnings


def crate_root(path):
    """The output wrapped as a crate as rust/bindings/lib.rs wraps it (the
    ffi module, the blocklisted types), for apidiff; returns its path."""
    root = path[:-len(".rs")] + ".crate.rs"
    kbuild_command.write_crate_root(path, root)
    return root


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--other", action="append", default=[],
                    help="another kbindgen (repeatable)")
    ap.add_argument("--against-tree",
                    help="run the --other builds on this tree's commands")
    ap.add_argument("--out", default=os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "kernel-llvm-compare"))
    ap.add_argument("--apidiff", default=kbuild_command.find_apidiff() or "apidiff")
    ap.add_argument("--verbose", action="store_true")
    args, objtree = kbuild_command.parse_kernel_args(ap)
    builds = [args.kbindgen] + [os.path.abspath(k) for k in args.other]
    other_tree = os.path.abspath(args.against_tree or objtree)
    os.makedirs(args.out, exist_ok=True)
    failed = 0
    for b, kb in enumerate(builds):
        version = subprocess.run([kb, "--version"], capture_output=True,
                                 text=True).stdout.splitlines()[1:2]
        tree = objtree if b == 0 else other_tree
        print("build %d: %s (%s) on %s" % (b, kb, " ".join(version), tree))
    for name, cmdfile in OUTPUTS:
        outs = []
        for b, kb in enumerate(builds):
            out = os.path.join(args.out, "%s.%d.rs" % (name, b))
            tree = objtree if b == 0 else other_tree
            status, warnings = generate(kb, tree, cmdfile, out)
            for w in warnings:
                print("  %s build %d: %s" % (name, b, w))
            if status != 0:
                print("%s: build %d failed with exit %d" % (name, b, status))
                failed += 1
            outs.append(out)
        for b in range(1, len(builds)):
            same = open(outs[0], "rb").read() == open(outs[b], "rb").read()
            if same:
                # Byte-identical: every API item is identical, without the
                # minutes rustdoc takes on 80,000 lines.
                print("%s: build 0 vs %d: byte-identical" % (name, b))
                continue
            diff = subprocess.run([args.apidiff, crate_root(outs[0]),
                                   crate_root(outs[b])] +
                                  (["--verbose"] if args.verbose else []),
                                  capture_output=True, text=True)
            lines = diff.stdout.strip().splitlines()
            print("%s: build 0 vs %d: %s; %s" % (
                name, b, "byte-identical" if same else "bytes differ",
                lines[-1] if lines else diff.stderr.strip()[-300:]))
            for l in lines[:-1]:
                print("    " + l)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
