#!/usr/bin/env python3
"""The C compiler checks kbindgen's integer macro constants.

For every `pub const NAME: T = V;` of bindings.rs whose NAME is a macro of
the header, writes

    _Static_assert((NAME) == V, "NAME value");
    _Static_assert(((NAME) < 0) == (V < 0), "NAME sign");
    _Static_assert(sizeof(NAME) == sizeof(T), "NAME width");

after `#include "HEADER"` and compiles it with Clang and the same flags.
`==` alone is not enough: C's usual arithmetic conversions make `-1` equal
to `0xFFFFFFFFFFFFFFFFULL`; the sign check catches that. The width check is
`==` where T is C's type (c_uint, a typedef) and `<=` where T is one of
bindgen's value-based types (u32 for `5ULL` holds the value in fewer bytes).

Usage: macro_check.py --clang CLANG [--cwd DIR] BINDINGS.rs HEADER -- CFLAGS...
Prints `macro-check: N integer constants, N value, N sign, N width
mismatches` and exits 1 on any mismatch or compile error.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

CONST = re.compile(r"^pub const ([A-Za-z_][A-Za-z0-9_]*): ([^=]+) = (-?[0-9]+);$")
TYPE = re.compile(r"^pub type ([A-Za-z_][A-Za-z0-9_]*) = ([^;]+);$")
# Sizes on the 64-bit Linux targets the tests and the kernel oracle use.
SIZES = {"u8": 1, "i8": 1, "u16": 2, "i16": 2, "u32": 4, "i32": 4, "u64": 8,
         "i64": 8, "u128": 16, "i128": 16, "usize": 8, "isize": 8,
         "c_char": 1, "c_schar": 1, "c_uchar": 1, "c_short": 2,
         "c_ushort": 2, "c_int": 4, "c_uint": 4, "c_long": 8, "c_ulong": 8,
         "c_longlong": 8, "c_ulonglong": 8}
VALUE_TYPES = {"u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64"}


def last(path):
    return path.strip().split("::")[-1].strip()


def read_bindings(path):
    """({name: (rust type, value)}, {typedef: aliased type})"""
    consts, types = {}, {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            m = CONST.match(line)
            if m:
                consts[m.group(1)] = (m.group(2).strip(), int(m.group(3)))
            m = TYPE.match(line)
            if m:
                types[m.group(1)] = m.group(2).strip()
    return consts, types


def size_of(ty, types):
    """Bytes of a Rust integer type, through the file's type aliases."""
    seen = set()
    name = last(ty)
    while name not in SIZES and name in types and name not in seen:
        seen.add(name)
        name = last(types[name])
    return SIZES.get(name)


def c_literal(v):
    if v < 0:
        return f"({v + 1}LL - 1)"
    return f"{v}ULL"


def assertions(consts, types, names=None):
    """The C text checking each integer constant (those named, if given)."""
    out = []
    for name, (ty, v) in sorted(consts.items()):
        if names is not None and name not in names:
            continue
        size = size_of(ty, types)
        if size is None:
            continue
        cmp = "<=" if last(ty) in VALUE_TYPES else "=="
        out.append(f"#ifdef {name}\n"
                   f'_Static_assert(({name}) == {c_literal(v)}, "{name} value");\n'
                   f'_Static_assert((({name}) < 0) == {int(v < 0)}, "{name} sign");\n'
                   f'_Static_assert({size} {cmp} sizeof({name}), "{name} width");\n'
                   f"#endif\n")
    return out


def check(clang, header, cflags, consts, types, names=None, cwd=None):
    """Compiles the assertions; returns (checked, {kind: [names]}, other errors)."""
    body = assertions(consts, types, names)
    with tempfile.TemporaryDirectory(prefix="kbindgen-macro-check-") as tmp:
        src = os.path.join(tmp, "check.c")
        with open(src, "w") as f:
            f.write(f'#include "{os.path.abspath(header) if cwd is None else header}"\n')
            f.writelines(body)
        run = subprocess.run([clang, "-fsyntax-only", "-Wno-error"] + cflags +
                             ["-ferror-limit=0", src], cwd=cwd,
                             capture_output=True, text=True)
    bad = {"value": [], "sign": [], "width": []}
    for name, kind in re.findall(
            r"static assertion failed.*: ([A-Za-z0-9_]+) (value|sign|width)$",
            run.stderr, re.M):
        bad[kind].append(name)
    failed = sum(len(v) for v in bad.values())
    errors = len(re.findall(r"error:", run.stderr)) - failed
    return len(body), bad, (run.stderr[-3000:] if errors else "")


def check_bindings(clang, bindings, header, cflags, names=None, cwd=None):
    """check() on the constants of the bindings file; returns (constants,
    checked, {kind: [names]}, other errors)."""
    consts, types = read_bindings(bindings)
    checked, bad, errors = check(clang, header, cflags, consts, types, names,
                                 cwd)
    return consts, checked, bad, errors


def mismatches(bad):
    """`N value, N sign, N width mismatches` of check()'s result."""
    return ", ".join(f"{len(v)} {k}" for k, v in bad.items()) + " mismatches"


def report(prefix, bad, errors, most=40):
    """Prints, after prefix, how many names differ and the first `most` of
    them for each kind, then the compiler's other errors; returns whether
    anything failed."""
    for kind, names in bad.items():
        if names:
            names = sorted(set(names))
            print(f"{prefix}: {kind} differs ({len(names)}): "
                  f"{' '.join(names[:most])}")
    if errors:
        print(errors)
    return bool(errors) or any(bad.values())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clang", required=True)
    ap.add_argument("bindings")
    ap.add_argument("header")
    ap.add_argument("cflags", nargs="*")
    a = ap.parse_args()
    _, n, bad, errors = check_bindings(a.clang, a.bindings, a.header, a.cflags)
    print(f"macro-check: {n} integer constants, {mismatches(bad)}")
    return 1 if report("macro-check", bad, errors) else 0


if __name__ == "__main__":
    sys.exit(main())
