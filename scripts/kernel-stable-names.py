#!/usr/bin/env python3
"""Anonymous type names that do not move when #include lines are reordered.

Takes the kernel's bindings_helper.h and Kbuild's saved command line for it
(the tree scripts/kernel-bindings.sh prepared), writes the header with its
#include lines in the original order and in three shuffled orders (fixed
seeds), and runs kbindgen on each with --stable-anon-names and without.

The output follows source order, so a shuffle moves items around by design;
what must not change is each item. Every output is cut into its top-level
items (an item with its attributes and doc comment) and the items are
sorted: with --stable-anon-names the four sorted outputs must be
byte-identical. Without it they are not (bindgen's `_bindgen_ty_N` follow
the order met), and the script says how many items differ.

Usage: scripts/kernel-stable-names.py [--cache DIR] [--kbindgen PATH]
                                      [--keep DIR]
Exit status 1 when the stable names move.
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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.environ.get(
        "KBINDGEN_CACHE", os.path.expanduser("~/.cache/kbindgen")))
    ap.add_argument("--kbindgen", default=os.path.join(ROOT, "build/bin/kbindgen"))
    ap.add_argument("--keep", help="directory to keep the headers and outputs in")
    a = ap.parse_args()
    objtree = os.path.join(a.cache, "build-x86_64-defconfig-rust")
    bargs, cargs = kbuild_command.saved_command(objtree, kbuild_command.BINDINGS)
    header = bargs[0]
    with open(header if os.path.isabs(header) else os.path.join(objtree, header)) as f:
        original = f.read()
    kbindgen = os.path.abspath(a.kbindgen)
    failed = False
    with tempfile.TemporaryDirectory(prefix="kbindgen-stable-names-") as tmp:
        work = a.keep or tmp
        os.makedirs(work, exist_ok=True)
        orders = []
        for seed in (0,) + SEEDS:
            text, order = shuffled(original, seed)
            path = os.path.join(work, f"bindings_helper.{seed}.h")
            with open(path, "w") as f:
                f.write(text)
            orders.append((seed, path, order))
        if len({tuple(o) for _, _, o in orders}) != len(orders):
            sys.exit("kernel-stable-names: two include orders are the same")
        for mode, extra in (("numbered", []), ("stable", ["--stable-anon-names"])):
            sorted_outputs, raw_outputs = [], []
            for seed, path, _ in orders:
                out = os.path.join(work, f"bindings.{mode}.{seed}.rs")
                args = kbuild_command.with_output(bargs[1:], out)
                subprocess.run([kbindgen, path] + args + extra + ["--"] + cargs,
                               cwd=objtree, check=True)
                with open(out) as f:
                    rust = f.read()
                raw_outputs.append(rust)
                sorted_outputs.append(sorted(items(rust)))
            base = set(sorted_outputs[0])
            moved = [len(set(s) ^ base) for s in sorted_outputs[1:]]
            anon = len(set(re.findall(r"\b_bindgen_ty_\w+", raw_outputs[0])))
            same = all(s == sorted_outputs[0] for s in sorted_outputs[1:])
            print(f"kernel-stable-names: {mode}: {len(sorted_outputs[0])} items, "
                  f"{anon} anonymous type names; items differing from the "
                  f"original include order in the 3 shuffles: "
                  f"{', '.join(map(str, moved))}; sorted outputs "
                  f"{'byte-identical' if same else 'differ'}")
            if mode == "stable" and not same:
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
