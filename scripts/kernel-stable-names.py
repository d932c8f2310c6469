#!/usr/bin/env python3
"""Bindings that do not change when #include lines are reordered.

Takes the kernel's bindings_helper.h and Kbuild's saved command line for it
(the tree scripts/kernel-bindings.sh prepared), writes the header with its
#include lines in the original order and in three shuffled orders (fixed
seeds), each in turn at the same path, and runs kbindgen on each with
--stable-anon-names and without, writing the depfile as Kbuild asks.

With --stable-anon-names the four outputs and the four depfiles must be
byte-identical (compared raw, as cmp does): the names of anonymous types,
the order of the items (by position: the header's real path, then offset),
collision suffixes and the depfile's list all come from the sources, not
from the order they were included in. Without the option the output follows
the translation unit (bindgen's `_bindgen_ty_N` numbering and source order),
and the script says how many top-level items differ (each file cut into its
items, compared as sets) and whether the bytes do.

Usage: scripts/kernel-stable-names.py [--cache DIR] [--kbindgen PATH]
                                      [--keep DIR]
Exit status 1 when an output or depfile with --stable-anon-names differs by
a byte.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbuild_command  # noqa: E402

SEEDS = (1, 2, 3)
# String and character literals (rustfmt never breaks one across lines): their
# brackets and quotes are not code.
LITERAL = re.compile(r'b?"(?:\\.|[^"\\])*"|b?\'(?:\\.|[^\'\\])\'')


def shuffled(text, seed):
    """The header with its #include lines permuted among their own slots."""
    lines = text.splitlines(keepends=True)
    slots = [i for i, l in enumerate(lines) if l.startswith("#include")]
    includes = [lines[i] for i in slots]
    if seed:
        random.Random(seed).shuffle(includes)
    for i, line in zip(slots, includes):
        lines[i] = line
    return "".join(lines), [l.strip() for l in includes]


def items(rust):
    """The top-level items of a rustfmt-formatted file, each with the
    attributes and comments before it."""
    out, cur, depth = [], [], 0
    for line in rust.splitlines():
        if not cur and not line.strip():
            continue
        cur.append(line)
        code = LITERAL.sub('""', line)
        depth += code.count("{") - code.count("}")
        depth += code.count("(") - code.count(")")
        depth += code.count("[") - code.count("]")
        stripped = code.strip()
        if depth == 0 and not stripped.startswith(("#[", "#![", "//")) and (
                stripped.endswith((";", "}", "*/"))):
            out.append("\n".join(cur))
            cur = []
    if cur:
        out.append("\n".join(cur))
    return out


def run_orders(kbindgen, objtree, bargs, cargs, orders, work, mode, extra):
    """Runs kbindgen on each order, the header always at the same path (the
    depfile names it), and returns [(output bytes, depfile bytes)]."""
    header = os.path.join(work, "bindings_helper.h")
    out = os.path.join(work, "bindings.rs")
    dep = os.path.join(work, "bindings.d")
    results = []
    for seed, text, _ in orders:
        with open(header, "w") as f:
            f.write(text)
        # Kbuild's `-Wp,-MMD,FILE` (saved_command dropped its own).
        subprocess.run(kbuild_command.kbindgen_command(
            kbindgen, bargs, cargs + [f"-Wp,-MMD,{dep}"], out, extra,
            header=header), cwd=objtree, check=True)
        with open(out, "rb") as f:
            rust = f.read()
        with open(dep, "rb") as f:
            depfile = f.read()
        for suffix, data in (("rs", rust), ("d", depfile)):
            with open(os.path.join(work, f"bindings.{mode}.{seed}.{suffix}"),
                      "wb") as f:
                f.write(data)
        results.append((rust, depfile))
    return results


def first_difference(a, b):
    """The offset of the first byte where a and b differ (cmp's answer)."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def main():
    ap = argparse.ArgumentParser()
    kbuild_command.add_tool_args(ap)
    ap.add_argument("--keep", help="directory to keep the headers and outputs in")
    a = ap.parse_args()
    objtree = kbuild_command.reference_objtree(a.cache)
    bargs, cargs = kbuild_command.saved_command(objtree, kbuild_command.BINDINGS)
    header = bargs[0]
    with open(header if os.path.isabs(header) else os.path.join(objtree, header)) as f:
        original = f.read()
    kbindgen = os.path.abspath(a.kbindgen)
    failed = False
    with tempfile.TemporaryDirectory(prefix="kbindgen-stable-names-") as tmp:
        work = os.path.abspath(a.keep or tmp)
        os.makedirs(work, exist_ok=True)
        orders = []
        for seed in (0,) + SEEDS:
            text, order = shuffled(original, seed)
            with open(os.path.join(work, f"bindings_helper.{seed}.h"), "w") as f:
                f.write(text)
            orders.append((seed, text, order))
        if len({tuple(o) for _, _, o in orders}) != len(orders):
            sys.exit("kernel-stable-names: two include orders are the same")
        for mode, extra in (("numbered", []), ("stable", ["--stable-anon-names"])):
            results = run_orders(kbindgen, objtree, bargs, cargs, orders, work,
                                 mode, extra)
            base_rust, base_dep = results[0]
            base_items = set(items(base_rust.decode()))
            moved = [len(set(items(r.decode())) ^ base_items)
                     for r, _ in results[1:]]
            anon = len(set(re.findall(rb"\b_bindgen_ty_\w+", base_rust)))
            rust_same = all(r == base_rust for r, _ in results[1:])
            dep_same = all(d == base_dep for _, d in results[1:])
            print(f"kernel-stable-names: {mode}: {len(base_items)} items "
                  f"({len(base_rust)} bytes), {anon} anonymous type names; "
                  f"items differing from the original include order in the "
                  f"3 shuffles: {', '.join(map(str, moved))}; outputs "
                  f"{'byte-identical' if rust_same else 'differ'}, depfiles "
                  f"{'byte-identical' if dep_same else 'differ'}")
            if mode != "stable":
                continue
            for (seed, _, _), (rust, dep) in zip(orders[1:], results[1:]):
                for what, data, base in (("output", rust, base_rust),
                                         ("depfile", dep, base_dep)):
                    if data != base:
                        failed = True
                        print(f"kernel-stable-names: FAIL: {what} of shuffle "
                              f"{seed} differs from the original order's at "
                              f"byte {first_difference(data, base)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
