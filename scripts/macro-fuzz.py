#!/usr/bin/env python3
"""Differential fuzzer of kbindgen's integer macro constants against C.

Generates a header of random object-like macros: literals of every base
(decimal, hex, octal) and suffix (none, U, L, UL, LL, ULL) at the edges of
each width, unary - ~ +, binary arithmetic, shifts (some out of range: C
gives those no value), casts, function-like macros that paste suffixes, and
macros naming earlier macros. kbindgen translates it; test/utils/
macro_check.py has the C compiler check every emitted constant's value,
sign and width. Skipped macros are counted, not checked.

Usage: scripts/macro-fuzz.py [--seed N] [--count N] [--kbindgen PATH]
                             [--clang PATH] [--keep DIR]
Prints `macro-fuzz: seed S: N macros, E emitted, ... mismatches`; exit 1 on
any mismatch. CI runs a short budget (test/macros/values-oracle.test).
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test", "utils"))
import macro_check  # noqa: E402

EDGES = [0, 1, 2, 5, 7, 127, 128, 255, 256, 32767, 32768, 65535, 65536,
         2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1]
SUFFIXES = ["", "U", "L", "UL", "LL", "ULL", "u", "ull", "lu"]
CASTS = ["unsigned char", "signed char", "short", "unsigned short", "int",
         "unsigned", "long", "unsigned long", "long long",
         "unsigned long long", "u8_t", "s64_t", "gfp_t"]
PRELUDE = """typedef unsigned char u8_t;
typedef long long s64_t;
typedef unsigned int gfp_t;
#define ID(x) (x)
#define PASTE_U(x) x##U
#define PASTE_UL(x) x##UL
#define PASTE_ULL(x) x##ULL
#define PASTE_LL(x) x##LL
"""


def literal(rng):
    v = rng.choice(EDGES)
    if rng.random() < 0.2:
        v = rng.randrange(0, 2**rng.choice([8, 16, 32, 64]))
    suffix = rng.choice(SUFFIXES)
    # A decimal literal without U that fits no signed type is an error.
    if v > 2**63 - 1 and "u" not in suffix.lower():
        suffix += "U"
    base = rng.choice(["d", "x", "o"])
    if base == "x":
        text = hex(v)
    elif base == "o" and v:
        text = "0" + oct(v)[2:]
    else:
        text = str(v)
    return text + suffix


def expr(rng, depth, names):
    r = rng.random()
    if depth == 0 or r < 0.25:
        if names and rng.random() < 0.2:
            return rng.choice(names)
        return literal(rng)
    if r < 0.4:
        return f"({rng.choice(['-', '~', '+'])}{expr(rng, depth - 1, names)})"
    if r < 0.5:
        return f"(({rng.choice(CASTS)}){expr(rng, depth - 1, names)})"
    if r < 0.6:
        inner = str(rng.randrange(0, 70))
        return f"{rng.choice(['PASTE_U', 'PASTE_UL', 'PASTE_ULL', 'PASTE_LL'])}({inner})"
    if r < 0.65:
        return f"ID({expr(rng, depth - 1, names)})"
    op = rng.choice(["+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^"])
    rhs = (str(rng.randrange(0, 70)) + rng.choice(["", "U"])
           if op in ("<<", ">>") else expr(rng, depth - 1, names))
    return f"({expr(rng, depth - 1, names)} {op} {rhs})"


def generate(seed, count):
    rng = random.Random(seed)
    lines, names = [PRELUDE], []
    for i in range(count):
        name = f"M{i}"
        lines.append(f"#define {name} {expr(rng, rng.randrange(1, 4), names)}\n")
        names.append(name)
    return "".join(lines), set(names)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--kbindgen", default=os.path.join(ROOT, "build/bin/kbindgen"))
    ap.add_argument("--clang", default="/usr/lib/llvm-19/bin/clang")
    ap.add_argument("--keep", help="directory to keep the header and bindings in")
    a = ap.parse_args()
    target = ["--target=x86_64-unknown-linux-gnu"]
    with tempfile.TemporaryDirectory(prefix="kbindgen-macro-fuzz-") as tmp:
        work = a.keep or tmp
        os.makedirs(work, exist_ok=True)
        header = os.path.join(work, f"fuzz-{a.seed}.h")
        out = os.path.join(work, f"fuzz-{a.seed}.rs")
        text, names = generate(a.seed, a.count)
        with open(header, "w") as f:
            f.write(text)
        subprocess.run([a.kbindgen, header, "-o", out, "--"] + target,
                       check=True, stderr=subprocess.DEVNULL)
        consts, n, bad, errors = macro_check.check_bindings(
            a.clang, out, header, target, names)
    emitted = len([c for c in consts if c in names])
    print(f"macro-fuzz: seed {a.seed}: {a.count} macros, {emitted} emitted, "
          f"{n} integer constants checked by the C compiler, "
          f"{macro_check.mismatches(bad)}")
    return 1 if macro_check.report("macro-fuzz", bad, errors, most=20) else 0


if __name__ == "__main__":
    sys.exit(main())
