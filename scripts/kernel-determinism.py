#!/usr/bin/env python3
"""Determinism of kbindgen on the real kernel headers.

On the tree scripts/kernel-bindings.sh prepared (x86_64 defconfig + RUST,
make LLVM=-19), with Kbuild's exact commands (from rust/*/.*.cmd):

  1. bindings_helper.h, uapi_helper.h and helpers.c, each generated twice:
     the outputs must be byte-identical; bindings_helper.h also with
     --parse-function-bodies (no body skipped): byte-identical; each output
     is also checked with `rustfmt --check` (kbindgen formats as rustfmt);
  2. bindings_helper.h with its #include lines in reverse order (and once
     shuffled with a fixed seed): the output must hold the same items, each
     byte-identical, in the order the new include order gives. The only
     normalisation is the numbering of anonymous types (`_bindgen_ty_N`),
     which counts in source order, as bindgen's does.

Prints what it compared and every differing item; exits 1 on a difference.
Usage: scripts/kernel-determinism.py [--cache DIR] [--kbindgen PATH]
"""
import argparse
import collections
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbuild_command import (HELPERS, UAPI, BINDINGS, kbindgen_command,  # noqa: E402
                            parse_kernel_args, saved_command)

OUTPUTS = [("bindings_helper.h", BINDINGS), ("uapi_helper.h", UAPI),
           ("helpers.c", HELPERS)]


def run(kbindgen, objtree, bargs, cargs, header, out):
    r = subprocess.run(kbindgen_command(kbindgen, bargs, cargs, out,
                                        header=header), cwd=objtree,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True)
    if r.returncode != 0:
        sys.exit(f"kernel-determinism: kbindgen failed on {header}:\n{r.stderr}")
    with open(out, "rb") as f:
        return f.read()


def items(text):
    """Splits Rust text into top-level items (attributes and docs included)."""
    out, cur, depth = [], [], 0
    for line in text.decode().split("\n"):
        cur.append(line)
        # Brackets outside string and character literals.
        code = re.sub(r'b?"(\\.|[^"\\])*"', '""', line)
        code = re.sub(r"b?'(\\.|[^'\\])'", "''", code)
        if code.lstrip().startswith("//"):
            code = ""
        depth += sum(code.count(c) for c in "{([") - sum(code.count(c) for c in "})]")
        stripped = code.rstrip()
        if depth == 0 and (stripped.endswith(";") or stripped.endswith("}")
                           or stripped.endswith("*/")):
            out.append("\n".join(cur))
            cur = []
    if any(l.strip() for l in cur):
        out.append("\n".join(cur))
    return [re.sub(r"_bindgen_ty_\d+", "_bindgen_ty_N", i) for i in out]


def reordered(header, order, tmp, name):
    with open(header) as f:
        lines = f.read().split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith("#include")]
    incs = [lines[i] for i in idx]
    new_incs = order(incs)
    for i, l in zip(idx, new_incs):
        lines[i] = l
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write("\n".join(lines))
    return path, len(incs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rustfmt", default="rustfmt")
    a, objtree = parse_kernel_args(ap)
    kbindgen = a.kbindgen
    failed = False
    with tempfile.TemporaryDirectory(prefix="kbindgen-determinism-") as tmp:
        for name, cmdfile in OUTPUTS:
            bargs, cargs = saved_command(objtree, cmdfile)
            first = run(kbindgen, objtree, bargs, cargs, bargs[0], os.path.join(tmp, "1.rs"))
            second = run(kbindgen, objtree, bargs, cargs, bargs[0], os.path.join(tmp, "2.rs"))
            same = first == second
            failed |= not same
            print(f"{name}: two runs {'byte-identical' if same else 'DIFFER'} "
                  f"({len(first)} bytes)")
            fmt = subprocess.run([a.rustfmt, "--edition", "2021", "--check",
                                  os.path.join(tmp, "1.rs")],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True)
            failed |= fmt.returncode != 0
            print(f"{name}: rustfmt --check "
                  + ("clean" if fmt.returncode == 0 else "DIFFERS:\n" + fmt.stdout[:3000]))

        bargs, cargs = saved_command(objtree, OUTPUTS[0][1])
        base = run(kbindgen, objtree, bargs, cargs, bargs[0], os.path.join(tmp, "base.rs"))
        # Skipping header function bodies (as text or token by token) must
        # not change the output.
        parsed = run(kbindgen, objtree, bargs + ["--parse-function-bodies"], cargs,
                     bargs[0], os.path.join(tmp, "parsed.rs"))
        same = parsed == base
        failed |= not same
        print("bindings_helper.h: with every function body parsed "
              + ("byte-identical" if same else "DIFFERS"))
        base_items = collections.Counter(items(base))
        orders = [("reversed", lambda l: list(reversed(l))),
                  ("shuffled (seed 6)", lambda l: random.Random(6).sample(l, len(l)))]
        for label, order in orders:
            header, n = reordered(bargs[0], order, tmp, "bindings_helper.h")
            text = run(kbindgen, objtree, bargs, cargs, header, os.path.join(tmp, "r.rs"))
            got = collections.Counter(items(text))
            missing = base_items - got
            extra = got - base_items
            print(f"bindings_helper.h, {n} includes {label}: "
                  f"{sum(base_items.values())} items, "
                  f"{sum(missing.values())} missing, {sum(extra.values())} extra, "
                  f"order {'differs' if text != base else 'unchanged'}")
            for kind, diff in (("only in the original order", missing),
                               ("only in the new order", extra)):
                for item in list(diff)[:20]:
                    print(f"  {kind}:\n    " + item.replace("\n", "\n    "))
            failed |= bool(missing or extra)
    print("kernel-determinism: " + ("FAILED" if failed else "ok"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
