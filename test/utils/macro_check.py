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

The widths of c_long, c_ulong, usize and isize are the target's (Clang's
__SIZEOF_LONG__ and __SIZEOF_POINTER__ for CFLAGS), so the check holds on
32-bit targets too. rust_assertions() gives the other half for a Rust
compiler: `const _: () = assert!(size_of::<T>() == N);` with the same N, so
a type whose width the C side was told is checked for the target as well.

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

# `97u8` is a character literal's byte (bindgen's convention, whatever the
# signedness of char: '\xff' is 255u8 where C's value is -1 or 255).
CONST = re.compile(r"^pub const ([A-Za-z_][A-Za-z0-9_]*): ([^=]+) = "
                   r"(-?[0-9]+)(u8)?;$")
TYPE = re.compile(r"^pub type ([A-Za-z_][A-Za-z0-9_]*) = ([^;]+);$")
# Sizes on the 64-bit Linux targets; target_sizes() has the target's.
SIZES = {"u8": 1, "i8": 1, "u16": 2, "i16": 2, "u32": 4, "i32": 4, "u64": 8,
         "i64": 8, "u128": 16, "i128": 16, "usize": 8, "isize": 8,
         "c_char": 1, "c_schar": 1, "c_uchar": 1, "c_short": 2,
         "c_ushort": 2, "c_int": 4, "c_uint": 4, "c_long": 8, "c_ulong": 8,
         "c_longlong": 8, "c_ulonglong": 8}
VALUE_TYPES = {"u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64"}


def target_sizes(clang, cflags, cwd=None):
    """SIZES for the target of cflags: long and pointer widths from Clang's
    predefined macros."""
    run = subprocess.run([clang, "-dM", "-E", "-x", "c", "/dev/null"] + cflags,
                         cwd=cwd, capture_output=True, text=True)
    facts = dict(re.findall(r"^#define (__SIZEOF_(?:LONG|POINTER)__) (\d+)$",
                            run.stdout, re.M))
    sizes = dict(SIZES)
    if "__SIZEOF_LONG__" in facts:
        long_size = int(facts["__SIZEOF_LONG__"])
        sizes.update(c_long=long_size, c_ulong=long_size)
    if "__SIZEOF_POINTER__" in facts:
        ptr_size = int(facts["__SIZEOF_POINTER__"])
        sizes.update(usize=ptr_size, isize=ptr_size)
    return sizes


def last(path):
    return path.strip().split("::")[-1].strip()


def read_bindings(path):
    """({name: (rust type, value, is a character's byte)},
    {typedef: aliased type})"""
    consts, types = {}, {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            m = CONST.match(line)
            if m:
                consts[m.group(1)] = (m.group(2).strip(), int(m.group(3)),
                                      bool(m.group(4)))
            m = TYPE.match(line)
            if m:
                types[m.group(1)] = m.group(2).strip()
    return consts, types


def size_of(ty, types, sizes=None):
    """Bytes of a Rust integer type, through the file's type aliases."""
    sizes = SIZES if sizes is None else sizes
    seen = set()
    name = last(ty)
    while name not in sizes and name in types and name not in seen:
        seen.add(name)
        name = last(types[name])
    return sizes.get(name)


def c_literal(v):
    if v >= 2**64 or v < -2**63:
        # C has no 128-bit literal: two 64-bit halves (two's complement).
        bits = v % 2**128
        text = f"(((unsigned __int128){bits >> 64}ULL << 64) | {bits % 2**64}ULL)"
        return f"((__int128){text})" if v < 0 else text
    if v < 0:
        return f"({v + 1}LL - 1)"
    return f"{v}ULL"


def checked(consts, types, names=None, sizes=None):
    """[(name, rust type, value, size, is a byte)] of the integer constants
    to check (those named, if given), in name order."""
    out = []
    for name, (ty, v, byte) in sorted(consts.items()):
        if names is not None and name not in names:
            continue
        size = size_of(ty, types, sizes)
        if size is not None:
            out.append((name, ty, v, size, byte))
    return out


def rust_assertions(consts, types, names=None, sizes=None):
    """Rust items asserting each checked constant's type has the width the C
    side was told (appended to the bindings, compiled for the target)."""
    return [f"const _: () = assert!(::core::mem::size_of::<{ty}>() == {size});\n"
            for _, ty, _, size, _ in checked(consts, types, names, sizes)]


def assertions(consts, types, names=None, sizes=None):
    """The C text checking each integer constant (those named, if given)."""
    out = []
    for name, ty, v, size, byte in checked(consts, types, names, sizes):
        if byte:
            # The character's byte: C's value is that byte as a char (signed
            # or not, as the target has it), so it fits in a char.
            value = f"(unsigned char)({name}) == {v}"
            sign = f"(long long)({name}) >= -128 && (long long)({name}) <= 255"
        else:
            value = f"({name}) == {c_literal(v)}"
            sign = f"(({name}) < 0) == {int(v < 0)}"
        cmp = "<=" if byte or last(ty) in VALUE_TYPES else "=="
        out.append(f"#ifdef {name}\n"
                   f'_Static_assert({value}, "{name} value");\n'
                   f'_Static_assert({sign}, "{name} sign");\n'
                   f'_Static_assert({size} {cmp} sizeof({name}), "{name} width");\n'
                   f"#endif\n")
    return out


def check(clang, header, cflags, consts, types, names=None, cwd=None):
    """Compiles the assertions; returns (checked, {kind: [names]}, other errors)."""
    body = assertions(consts, types, names, target_sizes(clang, cflags, cwd))
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
