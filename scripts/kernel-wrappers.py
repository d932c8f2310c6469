#!/usr/bin/env python3
"""Linux 6.12's static inline functions through --wrap-static-fns.

Runs kbindgen on Kbuild's saved command for rust/bindings/bindings_helper.h
(the prepared x86_64 defconfig tree of scripts/kernel-bindings.sh, used
read-only) in two modes, and compiles each C file of wrappers with the
kernel's own command for rust/helpers/helpers.o:

  all      --wrap-static-fns: a wrapper for every static function; prints how
           many were wrapped and skipped, per reason (fails below 90%).
  helpers  docs/examples/linux-6.12-helpers.yaml: the rust/helpers of 6.12
           in the kernel's naming; compares each generated Rust declaration
           with Kbuild's bindings_helpers_generated.rs (after its sed).

Both C files must compile with 0 errors and 0 warnings.

Usage: scripts/kernel-wrappers.py [--cache DIR] [--kbindgen BIN] [--out DIR]
"""
import argparse
import os
import re
import subprocess
import sys
import time

import kbuild_command as kb

YAML = os.path.join(kb.ROOT, "docs/examples/linux-6.12-helpers.yaml")


def run_kbindgen(args, objtree, out, extra):
    bindgen, clang = kb.saved_command(objtree, kb.BINDINGS)
    cmd = kb.kbindgen_command(args.kbindgen, bindgen, clang, out + ".rs",
                              ["--wrap-static-fns-path", out, "--verbose"] +
                              extra)
    start = time.time()
    r = subprocess.run(cmd, cwd=objtree, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"kernel-wrappers: kbindgen failed:\n{r.stderr[-3000:]}")
    line = next(l for l in r.stderr.splitlines()
                if l.startswith("kbindgen: wrappers:"))
    return line, time.time() - start


def compile_c(objtree, c_file):
    """Compiles c_file with the saved command of rust/helpers/helpers.o."""
    words = kb.without_depfile(
        kb.saved_words(objtree, "rust/helpers/.helpers.o.cmd"))
    words[words.index("-o") + 1] = c_file[:-2] + ".o"
    words[-1] = c_file  # the source file comes last
    start = time.time()
    r = subprocess.run(words, cwd=objtree, capture_output=True, text=True)
    errors = len(re.findall(r"\berror:", r.stderr))
    warnings = len(re.findall(r"\bwarning:", r.stderr))
    if r.returncode != 0 and errors == 0:
        errors = 1
    return errors, warnings, time.time() - start, r.stderr


def rust_decls(text):
    """{name: normalized `pub fn` declaration} of extern blocks."""
    out = {}
    for m in re.finditer(r'#\[link_name\s*=\s*"([^"]+)"\]\s*(?:#\[\w+\]\s*)*'
                         r'pub fn (\w+)\s*\((.*?)\)\s*(->\s*[^;]+)?;', text, re.S):
        args = re.sub(r"\s+", " ", m.group(3)).strip().rstrip(",")
        # Parameter names are not part of a function's type.
        types = [a.split(":", 1)[1].strip() for a in args.split(", ") if a]
        ret = re.sub(r"\s+", " ", m.group(4) or "").strip()
        out[m.group(2)] = (m.group(1),
                           f"fn {m.group(2)}({', '.join(types)}) {ret}".strip())
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/kbindgen-kernel-wrappers")
    args, objtree = kb.parse_kernel_args(parser)
    os.makedirs(args.out, exist_ok=True)
    ok = True

    out = os.path.join(args.out, "all")
    line, secs = run_kbindgen(args, objtree, out, ["--wrap-static-fns"])
    m = re.search(r"(\d+) written .*?, (\d+) functions and macros without one"
                  r"(?: \((.*)\))?", line)
    wrapped, skipped = int(m.group(1)), int(m.group(2))
    share = 100.0 * wrapped / (wrapped + skipped)
    print(f"all: {wrapped} static functions wrapped, {skipped} skipped "
          f"({m.group(3) or 'none'}): {share:.1f}% wrapped; kbindgen {secs:.1f} s")
    errors, warnings, csecs, log = compile_c(objtree, out + ".c")
    print(f"all: {out}.c with the flags of rust/helpers/helpers.o: "
          f"{errors} errors, {warnings} warnings ({csecs:.0f} s)")
    ok = ok and errors == 0 and warnings == 0 and share >= 90
    if errors or warnings:
        print(log[:3000])

    out = os.path.join(args.out, "helpers")
    line, secs = run_kbindgen(args, objtree, out, ["--config", YAML])
    print("helpers: " + line.split(": ", 2)[2])
    errors, warnings, csecs, log = compile_c(objtree, out + ".c")
    print(f"helpers: {out}.c: {errors} errors, {warnings} warnings")
    ok = ok and errors == 0 and warnings == 0
    with open(out + ".rs") as f:
        ours = rust_decls(f.read())
    with open(os.path.join(objtree,
                           "rust/bindings/bindings_helpers_generated.rs")) as f:
        kbuild = rust_decls(f.read())
    same = [n for n in kbuild if n in ours and ours[n] == kbuild[n]]
    print(f"helpers: {len(same)} of Kbuild's {len(kbuild)} helper declarations "
          f"generated identically (name, link_name, signature)")
    for n in kbuild:
        if n not in ours:
            print(f"  not generated: {n}")
        elif ours[n] != kbuild[n]:
            print(f"  differs: {n}: kbuild {kbuild[n]} / kbindgen {ours[n]}")
    print("kernel-wrappers: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
