#!/usr/bin/env python3
"""Differential fuzzer of kbindgen's integer macro constants against C.

Generates a header of random object-like macros: literals of every base
(decimal, hex, octal) and suffix (none, U, L, UL, LL, ULL) at the edges of
each width, unary - ~ +, binary arithmetic, shifts (some out of range: C
gives those no value), casts, function-like macros that paste suffixes, and
macros naming earlier macros, and the classes whose value depends on the
target: character literals ('\xff', '\377', 'ab', L'\xffffffff'), casts
to char, long, size_t and ptrdiff_t, sizeof and _Alignof of scalar types,
and the predefined limits (__LONG_MAX__, __SIZE_MAX__, ...). kbindgen
translates it; test/utils/macro_check.py has the C compiler check every
emitted constant's value, sign and width, and rustc compiles the bindings
with an assertion of each constant type's width, so a value the Rust type
cannot hold or a type of the wrong width fails too. Skipped macros are counted, not checked.

With --target (i686, arm, aarch64, riscv64, powerpc64le, s390x,
loongarch64; default x86_64) both checks are for that target and nothing
runs: Clang checks the C side with _Static_assert, rustc the Rust side with
const assertions against a core built from rust-src (scripts/rust_core.py).

Usage: scripts/macro-fuzz.py [--seed N] [--count N] [--target T]
                             [--kbindgen PATH] [--clang PATH] [--keep DIR]
Prints `macro-fuzz: TARGET seed S: N macros, E emitted, ... mismatches`;
exit 1 on any mismatch. CI runs a short budget
(test/macros/values-oracle.test, values-targets.test).
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
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import rust_core  # noqa: E402

EDGES = [0, 1, 2, 5, 7, 127, 128, 255, 256, 32767, 32768, 65535, 65536,
         2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1]
SUFFIXES = ["", "U", "L", "UL", "LL", "ULL", "u", "ull", "lu"]
CASTS = ["unsigned char", "signed char", "short", "unsigned short", "int",
         "unsigned", "long", "unsigned long", "long long",
         "unsigned long long", "u8_t", "s64_t", "gfp_t", "char",
         "__SIZE_TYPE__", "__PTRDIFF_TYPE__", "__INTPTR_TYPE__"]
# Types whose size and alignment differ between targets.
SIZED = ["char", "short", "int", "long", "long long", "void *", "float",
         "double", "long double", "__SIZE_TYPE__", "_Bool"]
CHARS = ["'a'", "'\\0'", "'\\n'", "'\\x7f'", "'\\x80'", "'\\xff'", "'\\377'",
         "'\\200'", "'~'", "'ab'", "'\\xff\\xff'", "L'\\xff'", "L'\\x100'",
         "L'\\xffffffff'", "u'\\xffff'", "U'\\x10000'"]
LIMITS = ["__LONG_MAX__", "__SIZE_MAX__", "__PTRDIFF_MAX__", "__INTPTR_MAX__",
          "__SIZEOF_LONG__", "__SIZEOF_POINTER__", "__CHAR_BIT__", "__INT_MAX__",
          "__SCHAR_MAX__", "__LONG_LONG_MAX__", "__BIGGEST_ALIGNMENT__"]
HOST = "x86_64-unknown-linux-gnu"
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


def target_dependent(rng):
    """A leaf whose value or type depends on the target."""
    r = rng.random()
    if r < 0.35:
        return rng.choice(CHARS)
    if r < 0.6:
        return f"{rng.choice(['sizeof', '_Alignof'])}({rng.choice(SIZED)})"
    return rng.choice(LIMITS)


def expr(rng, depth, names):
    r = rng.random()
    if depth == 0 or r < 0.25:
        if names and rng.random() < 0.2:
            return rng.choice(names)
        return target_dependent(rng) if rng.random() < 0.15 else literal(rng)
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


def rust_check(a, out, consts, types, names, sizes, rust_target):
    """rustc compiles the bindings for the target with a width assertion of
    each checked constant's type; returns its errors ("" when it passes)."""
    with open(out) as f:
        text = f.read()
    text += "".join(macro_check.rust_assertions(consts, types, names, sizes))
    checked = out[:-3] + "-checked.rs"
    with open(checked, "w") as f:
        f.write("#![no_std]\n" + text)
    cmd = [a.rustc]
    if rust_target != HOST:
        found = rust_core.core_for(rust_target, [a.rustc])
        if found is None:
            return "no rustc with a rust-src (install rustc-web and rust-web-src)"
        cmd = [found[0], "--target", rust_target, "-L", found[1]]
    cmd += ["--edition", "2021", "--crate-type", "lib", "--emit=metadata",
            "--crate-name", "bindings", "-A", "non_upper_case_globals",
            "-A", "non_camel_case_types", "-o", out[:-3] + ".rmeta", checked]
    run = subprocess.run(cmd, capture_output=True, text=True)
    return "" if run.returncode == 0 else run.stderr[-3000:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--target", default="x86_64", choices=sorted(rust_core.TARGETS))
    ap.add_argument("--kbindgen", default=os.path.join(ROOT, "build/bin/kbindgen"))
    ap.add_argument("--clang", default="/usr/lib/llvm-19/bin/clang")
    ap.add_argument("--rustc", default="rustc")
    ap.add_argument("--keep", help="directory to keep the header and bindings in")
    a = ap.parse_args()
    triple, rust_target = rust_core.TARGETS[a.target]
    target = [f"--target={triple}"]
    with tempfile.TemporaryDirectory(prefix="kbindgen-macro-fuzz-") as tmp:
        work = a.keep or tmp
        os.makedirs(work, exist_ok=True)
        header = os.path.join(work, f"fuzz-{a.seed}.h")
        out = os.path.join(work, f"fuzz-{a.seed}-{a.target}.rs")
        text, names = generate(a.seed, a.count)
        with open(header, "w") as f:
            f.write(text)
        subprocess.run([a.kbindgen, header, "--use-core", "-o", out, "--"] + target,
                       check=True, stderr=subprocess.DEVNULL)
        consts, n, bad, errors = macro_check.check_bindings(
            a.clang, out, header, target, names)
        _, types = macro_check.read_bindings(out)
        sizes = macro_check.target_sizes(a.clang, target)
        rust_errors = rust_check(a, out, consts, types, names, sizes, rust_target)
    emitted = len([c for c in consts if c in names])
    print(f"macro-fuzz: {a.target} seed {a.seed}: {a.count} macros, {emitted} emitted, "
          f"{n} integer constants checked by the C compiler, "
          f"{macro_check.mismatches(bad)}, "
          f"rustc {'FAILED' if rust_errors else 'passed'}")
    failed = macro_check.report("macro-fuzz", bad, errors, most=20)
    if rust_errors:
        print(f"macro-fuzz: rustc for {rust_target}:\n{rust_errors}")
    return 1 if failed or rust_errors else 0


if __name__ == "__main__":
    sys.exit(main())
