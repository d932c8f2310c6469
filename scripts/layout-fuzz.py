#!/usr/bin/env python3
"""Differential layout fuzzer: C (Clang) against the Rust bindings.

Generates seeded, reproducible C headers full of records (nesting, unions,
anonymous members, bitfields incl. zero-width and signed ones, packed and
aligned(N) on records, fields and bitfields, GNU C's empty structs (size 0)
and arrays of them, #pragma pack, under- and over-aligned
typedefs, arrays, flexible array members, every integer type and
__int128 where the target has it, _Bool, pointers, enums incl. ones with a
fixed underlying type, float/double/long double), and for each header:

  * compiles a C program with clang that prints sizeof/_Alignof of every
    record, offsetof of every named non-bitfield field path, the values of
    every leaf field after writing known values, and the record's bytes;
  * runs the bindings generator (kbindgen, or bindgen for reference);
  * compiles the bindings (layout assertions on) with a Rust program that
    prints the same figures, reads the values back from C's bytes through
    the fields and accessors, writes them through fields and setters and
    prints the bytes it gets;
  * compares everything, record by record.

That is on x86_64, the host. With --target i686, arm, aarch64, riscv64,
powerpc64le, s390x or loongarch64 nothing runs (no libc or std for them
here): clang compiles the C figures into constants of an object file
(sizeof, _Alignof, offsetof and sizeof of every field path, each leaf's
signedness, and per bitfield a record holding only that bitfield set to all
ones), read back from its ELF sections; kbindgen generates --use-core
bindings for the target; a no_std crate then holds one constant per figure,
`const _: [(); C] = [(); RUST];`, which rustc evaluates for the target
against a core built from rust-src (scripts/rust_core.py) and rejects with
both numbers when they differ. Bitfield positions are Rust's unit offset plus
the bit offset and width its getter passes; a getter sign-extends exactly
when C's bitfield is signed and narrower than its type; and kbindgen's unit
reads, in a constant rustc evaluates for the target (`get_const`), the
pattern C stored in the bitfield (bit order on big-endian s390x).

A failing record is classified (rustc error code, layout figure, value,
bytes, unreachable field, ...); records that fail to compile are taken out
and the header is run again so the others are still checked. With
--reduce, the first failure of each class is reduced (records, fields,
attributes deleted while the same failure persists) and written as a
minimal header with a one-line note.

Python 3 standard library only.
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

TARGET = "x86_64-unknown-linux-gnu"
HOST = "x86_64-unknown-linux-gnu"

# The kernel's architectures (--target NAME -> Clang's and rustc's triples,
# scripts/rust_core.py). On the host (x86_64) the C and Rust programs run and
# every value is compared; on the others nothing runs (no target libc or std
# here): C's figures come from an object file Clang compiles for the target,
# and the Rust checks are constants rustc evaluates for the target against a
# core built from rust-src (see check_header, "static mode").
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rust_core import TARGETS  # noqa: E402

RUST_TARGET = HOST
PTR_SIZE = 8
BIG_ENDIAN = False
HAS_INT128 = True
LONG_DOUBLE = (16, 16)

# C integer types: name -> (size, signed)
INTS = {
    "char": (1, True), "signed char": (1, True), "unsigned char": (1, False),
    "short": (2, True), "unsigned short": (2, False),
    "int": (4, True), "unsigned int": (4, False),
    "long": (8, True), "unsigned long": (8, False),
    "long long": (8, True), "unsigned long long": (8, False),
}
INT_NAMES = list(INTS)
FIXED_ENUM_BASES = ["unsigned char", "signed char", "short", "unsigned short", "unsigned int",
                    "long long", "unsigned long long"]
# Layout-only scalars (no value is written through them): name -> (size,
# alignment), set per target by configure_target.
FLOATS = {"float": 4, "double": 8, "long double": 16}


def configure_target(facts):
    """Sizes that depend on the target, from Clang's predefined macros."""
    global PTR_SIZE, BIG_ENDIAN, HAS_INT128
    lsz = int(facts["__SIZEOF_LONG__"])
    INTS["long"], INTS["unsigned long"] = (lsz, True), (lsz, False)
    INTS["char"] = (1, "__CHAR_UNSIGNED__" not in facts)
    PTR_SIZE = int(facts["__SIZEOF_POINTER__"])
    BIG_ENDIAN = facts.get("__BYTE_ORDER__") == "__ORDER_BIG_ENDIAN__"
    HAS_INT128 = "__SIZEOF_INT128__" in facts
    if HAS_INT128:
        INTS["__int128"], INTS["unsigned __int128"] = (16, True), (16, False)
        INT_NAMES.extend(["__int128", "unsigned __int128"])
    for name in FLOATS:
        FLOATS[name] = int(facts[f"__SIZEOF_{name.upper().replace(' ', '_')}__"])


def target_facts(clang, triple):
    p = subprocess.run([clang, f"--target={triple}", "-dM", "-E", "-x", "c", "/dev/null"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"layout-fuzz: {clang} does not know --target={triple}: {p.stderr.strip()[:200]}")
    facts = {}
    for line in p.stdout.splitlines():
        m = re.match(r"#define (\w+) ?(.*)", line)
        if m:
            facts[m.group(1)] = m.group(2)
    return facts


# --------------------------------------------------------------------------
# The model of a header
# --------------------------------------------------------------------------

class Typedef:
    def __init__(self, name, base, align, packed_attr=False):
        self.name, self.base, self.align = name, base, align

    def render(self):
        a = "" if self.align is None else f" __attribute__((aligned({self.align})))"
        return f"typedef {self.base} {self.name}{a};"

    def size(self):
        return INTS[self.base][0]

    def arrayable(self):
        return self.align is None or self.size() % self.align == 0


class Enum:
    def __init__(self, name, values, packed, base=None):
        self.name, self.values, self.packed = name, values, packed
        self.base = base  # `enum e : base { ... }` (C23, a Clang extension before)

    def signed(self):
        if self.base is not None:
            return INTS[self.base][1]
        return min(self.values) < 0

    def size(self):
        lo, hi = min(self.values), max(self.values)
        if self.base is not None:
            return INTS[self.base][0]
        if self.packed:
            for size in (1, 2, 4, 8):
                bits = 8 * size
                if lo >= 0 and hi < 2 ** bits:
                    return size
                if lo >= -2 ** (bits - 1) and hi < 2 ** (bits - 1):
                    return size
        if lo >= -2 ** 31 and hi < 2 ** 32:
            return 4
        return 8

    def render(self):
        p = " __attribute__((packed))" if self.packed else ""
        items = ", ".join(f"{self.name}_{i} = {enum_literal(v)}" for i, v in enumerate(self.values))
        b = f" : {self.base}" if self.base is not None else ""
        return f"enum{p} {self.name}{b} {{ {items} }};"


def enum_literal(v):
    """An enumerator's value as C reads it at its type's extremes."""
    if v == -2 ** 63:
        return "(-9223372036854775807LL - 1)"
    return f"{v}ULL" if v >= 2 ** 63 else str(v)


class Ty:
    """A field type: int, bool, ptr, enum, td (typedef), rec, arr."""

    def __init__(self, kind, **kw):
        self.kind = kind
        self.__dict__.update(kw)

    def cname(self):
        k = self.kind
        if k in ("int", "float"):
            return self.name
        if k == "bool":
            return "_Bool"
        if k == "ptr":
            return self.target + " *"
        if k == "enum":
            return "enum " + self.enum.name
        if k == "td":
            return self.td.name
        if k == "rec":
            return c_type_name(self.rec)
        raise AssertionError(k)


def c_type_name(rec):
    """How C spells a top-level record's type."""
    return rec.name if rec.typedef else f"{rec.kind} {rec.name}"


class Field:
    """A member: named scalar/array/record field, a bitfield (bits set), an
    anonymous member (anon set), a flexible array member (fam)."""

    def __init__(self, name=None, ty=None, bits=None, anon=None, dims=(),
                 inline=None, fam=False, attrs=(), alignas=None):
        self.name, self.ty, self.bits, self.anon = name, ty, bits, anon
        self.alignas = alignas
        self.dims, self.inline, self.fam, self.attrs = list(dims), inline, fam, list(attrs)


class Rec:
    def __init__(self, kind, name=None):
        self.kind, self.name = kind, name
        self.packed = False
        self.aligned = None
        self.pack = None          # #pragma pack(N) around a top-level record
        self.attr_after = False   # attributes after the closing brace
        self.typedef = False      # `typedef struct { ... } NAME;`
        self.fields = []


def attr_text(packed, aligned):
    parts = []
    if packed:
        parts.append("packed")
    if aligned is not None:
        parts.append(f"aligned({aligned})")
    return f"__attribute__(({', '.join(parts)}))" if parts else ""


def render_rec(rec, indent=""):
    """`struct NAME ATTRS { ... } ATTRS` without the trailing declarator."""
    a = attr_text(rec.packed, rec.aligned)
    head = rec.kind
    if a and not rec.attr_after:
        head += " " + a
    if rec.name:
        head += " " + rec.name
    lines = [head + " {"]
    for f in rec.fields:
        lines.append(indent + "  " + render_field(f, indent + "  "))
    tail = indent + "}"
    if a and rec.attr_after:
        tail += " " + a
    return "\n".join(lines) + "\n" + tail


def render_field(f, indent):
    fa = (" " + " ".join(f.attrs)) if f.attrs else ""
    if f.anon is not None:
        return render_rec(f.anon, indent) + ";"
    dims = "".join(f"[{d}]" for d in f.dims) + ("[]" if f.fam else "")
    if f.inline is not None:
        return f"{render_rec(f.inline, indent)} {f.name}{dims}{fa};"
    tn = f.ty.cname()
    if getattr(f, "alignas", None):
        tn = f"_Alignas({f.alignas}) {tn}"
    if f.bits is not None:
        return f"{tn} {f.name or ''}:{f.bits}{fa};".replace(" :", " :")
    if tn.endswith("*"):
        return f"{tn}{f.name}{dims}{fa};"
    return f"{tn} {f.name}{dims}{fa};"


def has_named(f):
    if f.anon is not None:
        return any(has_named(g) for g in f.anon.fields)
    return f.name is not None


class TopRec:
    """A top-level record with what it needs from the header."""

    def __init__(self, rec):
        self.rec = rec
        self.deps = []            # names of earlier top-level records
        self.tds = set()
        self.enums = set()
        self.has_fam = False

    @property
    def name(self):
        return self.rec.name

    def render(self):
        if self.rec.typedef:
            name, self.rec.name = self.rec.name, None
            text = f"typedef {render_rec(self.rec)} {name};"
            self.rec.name = name
        else:
            text = render_rec(self.rec) + ";"
        if self.rec.pack is not None:
            text = f"#pragma pack(push, {self.rec.pack})\n{text}\n#pragma pack(pop)"
        return text


class Header:
    def __init__(self):
        self.typedefs = collections.OrderedDict()
        self.enums = collections.OrderedDict()
        self.records = []  # TopRec, in order

    def closure(self, names):
        """The records `names` need (by value), in header order."""
        by = {r.name: r for r in self.records}
        need, todo = set(), list(names)
        while todo:
            n = todo.pop()
            if n in need or n not in by:
                continue
            need.add(n)
            todo.extend(by[n].deps)
        return [r for r in self.records if r.name in need]

    def subset(self, recs):
        h = Header()
        tds, ens = set(), set()
        for r in recs:
            tds |= r.tds
            ens |= r.enums
        h.typedefs = collections.OrderedDict((k, v) for k, v in self.typedefs.items() if k in tds)
        h.enums = collections.OrderedDict((k, v) for k, v in self.enums.items() if k in ens)
        h.records = list(recs)
        return h

    def render(self):
        """Header text and a map from line number (1-based) to record."""
        out = ["/* generated by scripts/layout-fuzz.py */"]
        owner = [None]
        for td in self.typedefs.values():
            out.append(td.render())
            owner.append(None)
        for en in self.enums.values():
            out.append(en.render())
            owner.append(None)
        for r in self.records:
            text = r.render()
            for line in text.split("\n"):
                out.append(line)
                owner.append(r.name)
        return "\n".join(out) + "\n", owner


# --------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------

class Generator:
    def __init__(self, rng, records):
        self.rng = rng
        self.nrecords = records

    def header(self):
        rng = self.rng
        h = Header()
        for i in range(rng.randint(3, 8)):
            base = rng.choice(INT_NAMES)
            size = INTS[base][0]
            align = rng.choice([None, 1, 1, 2, 2, 4, 4, 8, 16, 32])
            h.typedefs[f"t{i}"] = Typedef(f"t{i}", base, align)
        for i in range(rng.randint(1, 4)):
            mode = rng.choice(["small", "small", "neg", "big", "bigneg"])
            packed = rng.random() < 0.3
            if mode == "small":
                vals = sorted(rng.sample(range(0, 12), rng.randint(1, 4)))
            elif mode == "neg":
                vals = sorted(rng.sample(range(-8, 8), rng.randint(2, 4)))
                if min(vals) >= 0:
                    vals[0] = -1
            elif mode == "big":
                vals = [0, rng.randint(2 ** 32, 2 ** 40)]
            else:
                vals = [-rng.randint(2 ** 31 + 1, 2 ** 40), 1]
            if packed and mode in ("small", "neg") and rng.random() < 0.3:
                vals.append(rng.choice([200, 300, 70000]) if mode == "small" else -200)
            base = None
            if not packed and rng.random() < 0.25:
                base = rng.choice(FIXED_ENUM_BASES)
                size, signed = INTS[base]
                lo = -2 ** (8 * size - 1) if signed else 0
                hi = 2 ** (8 * size - (1 if signed else 0)) - 1
                vals = sorted(set([max(lo, min(hi, v)) for v in vals] + [rng.choice([lo, hi])]))
            h.enums[f"e{i}"] = Enum(f"e{i}", vals, packed, base)
        self.h = h
        for i in range(self.nrecords):
            h.records.append(self.top(f"r{i}"))
        return h

    # -- records --
    def top(self, name):
        rng = self.rng
        kind = "union" if rng.random() < 0.25 else "struct"
        self.cur = TopRec(None)
        self.counter = 0
        self.nested = 0
        rec = self.record(kind, name, depth=0)
        if rng.random() < 0.2:
            rec.pack = rng.choice([1, 2, 4, 8, 16])
        rec.typedef = rng.random() < 0.15
        if kind == "struct" and rng.random() < 0.12:
            # A flexible array member, or GNU's zero-length array.
            ty, dims = self.scalar_or_record(depth=2, arrayable=True, allow_rec=True)
            zero = rng.random() < 0.3
            rec.fields.append(Field(name=self.fname(), ty=ty, fam=not zero, dims=[0] if zero else []))
            self.cur.has_fam = True
        self.cur.rec = rec
        return self.cur

    def record(self, kind, name, depth):
        rng = self.rng
        rec = Rec(kind, name)
        r = rng.random()
        rec.packed = r < 0.25
        if rng.random() < 0.25:
            rec.aligned = rng.choice([1, 2, 4, 8, 16, 32])
        rec.attr_after = rng.random() < 0.5
        n = rng.randint(1, 6 if depth == 0 else 4)
        for _ in range(n):
            rec.fields.append(self.field(depth))
        if not any(self.has_named(f) for f in rec.fields):
            rec.fields.append(Field(name=self.fname(), ty=Ty("int", name="int")))
        return rec

    def has_named(self, f):
        return has_named(f)

    def fname(self):
        self.counter += 1
        return f"f{self.counter}"

    def field_attrs(self):
        rng = self.rng
        attrs = []
        if rng.random() < 0.08:
            attrs.append("__attribute__((packed))")
        if rng.random() < 0.1:
            attrs.append(f"__attribute__((aligned({rng.choice([1, 2, 4, 8, 16])})))")
        return attrs

    def field(self, depth):
        rng = self.rng
        r = rng.random()
        if r < 0.33:
            ty, _ = self.scalar_or_record(depth, arrayable=False, allow_rec=False)
            attrs = self.field_attrs()
            kind, size, _ = scalar_info(ty)
            if not attrs and ty.kind not in ("td", "float") and rng.random() < 0.08:
                # C11's spelling; it may not lower the natural alignment.
                return Field(name=self.fname(), ty=ty, alignas=size * rng.choice([1, 2, 4]))
            return Field(name=self.fname(), ty=ty, attrs=attrs)
        if r < 0.58:
            return self.bitfield()
        if r < 0.70:
            ty, _ = self.scalar_or_record(depth, arrayable=True, allow_rec=True)
            dims = [rng.randint(1, 4)]
            if rng.random() < 0.15:
                dims.append(rng.randint(1, 3))
            return Field(name=self.fname(), ty=ty, dims=dims, attrs=self.field_attrs())
        if r < 0.73 and depth < 3:
            # GNU C's empty struct (size 0), as the kernel's flex-array helpers use.
            dims = [rng.randint(1, 3)] if rng.random() < 0.2 else []
            return Field(name=self.fname(), inline=empty_rec(), dims=dims, attrs=self.field_attrs())
        if r < 0.82 and depth < 3:
            kind = "union" if rng.random() < 0.5 else "struct"
            return Field(anon=self.record(kind, None, depth + 1))
        if r < 0.90 and depth < 3:
            kind = "union" if rng.random() < 0.4 else "struct"
            tag = None
            if rng.random() < 0.4:
                self.nested += 1
                tag = f"{self.cur_name()}_n{self.nested}"
            inner = self.record(kind, tag, depth + 1)
            dims = [rng.randint(1, 3)] if rng.random() < 0.2 else []
            return Field(name=self.fname(), inline=inner, dims=dims, attrs=self.field_attrs())
        if r < 0.96:
            prev = self.prev_record()
            if prev is not None:
                dims = [rng.randint(1, 3)] if rng.random() < 0.25 else []
                return Field(name=self.fname(), ty=Ty("rec", rec=prev.rec), dims=dims,
                             attrs=self.field_attrs())
        ty, _ = self.scalar_or_record(depth, arrayable=False, allow_rec=False)
        return Field(name=self.fname(), ty=ty, attrs=self.field_attrs())

    def cur_name(self):
        return f"r{len(self.h.records)}"

    def prev_record(self):
        cands = [r for r in self.h.records if not r.has_fam]
        if not cands:
            return None
        prev = self.rng.choice(cands[-8:])
        if prev.name not in self.cur.deps:
            self.cur.deps.append(prev.name)
        return prev

    def scalar_or_record(self, depth, arrayable, allow_rec):
        rng = self.rng
        h = self.h
        r = rng.random()
        if r < 0.04:
            return Ty("float", name=rng.choice(list(FLOATS))), None
        if r < 0.45:
            return Ty("int", name=rng.choice(INT_NAMES)), None
        if r < 0.52:
            return Ty("bool"), None
        if r < 0.60:
            target = rng.choice(["void", "int", "unsigned char", f"{self.rec_kind_self()}"])
            return Ty("ptr", target=target), None
        if r < 0.70:
            en = rng.choice(list(h.enums.values()))
            self.cur.enums.add(en.name)
            return Ty("enum", enum=en), None
        if r < 0.90:
            tds = [t for t in h.typedefs.values() if t.arrayable() or not arrayable]
            if tds:
                td = rng.choice(tds)
                self.cur.tds.add(td.name)
                return Ty("td", td=td), None
        if allow_rec:
            prev = self.prev_record()
            if prev is not None:
                return Ty("rec", rec=prev.rec), None
        return Ty("int", name=rng.choice(INT_NAMES)), None

    def rec_kind_self(self):
        return "void"

    def bitfield(self):
        rng = self.rng
        h = self.h
        r = rng.random()
        if r < 0.75:
            ty = Ty("int", name=rng.choice(INT_NAMES))
            maxbits = 8 * INTS[ty.name][0]
        elif r < 0.83:
            ty = Ty("bool")
            maxbits = 1
        elif r < 0.93:
            en = rng.choice(list(h.enums.values()))
            self.cur.enums.add(en.name)
            ty = Ty("enum", enum=en)
            maxbits = 8 * en.size()
        else:
            td = rng.choice(list(h.typedefs.values()))
            self.cur.tds.add(td.name)
            ty = Ty("td", td=td)
            maxbits = 8 * td.size()
        if rng.random() < 0.1:
            return Field(name=None, ty=ty, bits=0)
        bits = rng.randint(1, maxbits) if rng.random() < 0.4 else rng.randint(1, min(maxbits, 9))
        name = None if rng.random() < 0.06 else self.fname()
        attrs = self.field_attrs() if name is not None and rng.random() < 0.5 else []
        return Field(name=name, ty=ty, bits=bits, attrs=attrs)


# --------------------------------------------------------------------------
# Leaves: what is written, read and measured in each record
# --------------------------------------------------------------------------

class Leaf:
    def __init__(self, path, kind, signed, ctype, value, bits):
        self.path, self.kind, self.signed = path, kind, signed
        self.ctype, self.value, self.bits = ctype, value, bits

    def key(self):
        return path_str(self.path)


def path_str(path):
    s = ""
    for kind, v in path:
        s += f".{v}" if kind == "f" else f"[{v}]"
    return s[1:]


def scalar_info(ty):
    """(kind, size, signed) of a scalar type."""
    k = ty.kind
    if k == "int":
        size, signed = INTS[ty.name]
        return "int", size, signed
    if k == "td":
        size, signed = INTS[ty.td.base]
        return "int", size, signed
    if k == "bool":
        return "bool", 1, False
    if k == "float":
        return "float", FLOATS[ty.name], True
    if k == "ptr":
        return "ptr", PTR_SIZE, False
    if k == "enum":
        return "enum", ty.enum.size(), ty.enum.signed()
    raise AssertionError(k)


def pick_value(rng, ty, bits):
    kind, size, signed = scalar_info(ty)
    if kind == "bool":
        return rng.randint(0, 1)
    if kind == "ptr":
        return rng.randint(1, 2 ** (47 if PTR_SIZE == 8 else 31)) & ~7
    if kind == "enum" and bits is None:
        return rng.choice(ty.enum.values)
    width = bits if bits is not None else 8 * size
    width = min(width, 64)  # __int128: values C and Rust print as 64 bits
    if signed:
        lo, hi = -2 ** (width - 1), 2 ** (width - 1) - 1
    else:
        lo, hi = 0, 2 ** width - 1
    r = rng.random()
    if r < 0.15:
        return hi
    if r < 0.3:
        return lo if lo < 0 else hi
    if width > 62:
        lo, hi = max(lo, -2 ** 62), min(hi, 2 ** 62)
    return rng.randint(lo, hi)


MAX_LEAVES = 48


class Offsets(list):
    """Field paths whose offsets are compared; `fams` the flexible array
    members among them (no sizeof)."""

    def __init__(self):
        super().__init__()
        self.fams = set()


def collect(rec, rng):
    """Offsets (named non-bitfield paths) and leaves of a top-level record."""
    offsets, leaves = Offsets(), []
    fams = offsets.fams

    def walk(r, prefix):
        for f in r.fields:
            if f.anon is not None:
                walk(f.anon, prefix)
                continue
            if f.name is None:
                continue
            path = prefix + [("f", f.name)]
            if f.bits is not None:
                if len(leaves) < MAX_LEAVES:
                    leaves.append(make_leaf(path, f.ty, f.bits))
                continue
            offsets.append(path)
            if f.fam:
                fams.add(path_str(path))
                continue
            elems(f, path, list(f.dims))

    def elems(f, path, dims):
        if dims:
            n = dims[0]
            if n == 0:
                return
            idxs = sorted(set([0, n - 1]))
            for i in idxs:
                p = path + [("i", i)]
                if len(dims) == 1 and (f.inline is not None or (f.ty and f.ty.kind == "rec")):
                    offsets.append(p)
                elems(f, p, dims[1:])
            return
        if f.inline is not None:
            walk(f.inline, path)
        elif f.ty.kind == "rec":
            walk(f.ty.rec, path)
        elif len(leaves) < MAX_LEAVES and f.ty.kind != "float":
            leaves.append(make_leaf(path, f.ty, None))

    def make_leaf(path, ty, bits):
        kind, size, signed = scalar_info(ty)
        if bits is not None and kind == "enum":
            signed = ty.enum.signed()
        lf = Leaf(path, kind, signed, ty.cname(), pick_value(rng, ty, bits), bits)
        lf.size = size
        return lf

    walk(rec, [])
    return offsets, leaves


# --------------------------------------------------------------------------
# The C program
# --------------------------------------------------------------------------

def c_literal(v):
    if v == -2 ** 63:
        return "(-9223372036854775807LL - 1)"
    return f"{v}LL" if v < 0 else f"{v}ULL"


def c_program(header_name, plans):
    out = [f'#include "{header_name}"', "#include <stdio.h>", "#include <string.h>",
           "static void dump(const char *t, const char *n, const void *p, unsigned long s) {",
           '  const unsigned char *b = p; printf("%s %s ", t, n);',
           '  for (unsigned long i = 0; i < s; i++) printf("%02x", b[i]);',
           '  printf("\\n");', "}",
           "/* An __int128 in decimal: printf has no conversion for it. */",
           "static const char *dec128(unsigned __int128 u, int neg) {",
           "  static char b[48]; char *p = b + 47; *p = 0; if (neg) u = -u;",
           "  do { *--p = (char)('0' + (int)(u % 10)); u /= 10; } while (u);",
           "  if (neg) *--p = '-'; return p;", "}"]
    for name, (rec, offsets, leaves) in plans.items():
        t = c_type_name(rec)
        out.append(f"static void c_{name}(void) {{")
        out.append(f'  printf("S {name} %lu %lu\\n", (unsigned long)sizeof({t}), (unsigned long)_Alignof({t}));')
        for p in offsets:
            out.append(f'  printf("O {name} {path_str(p)} %lu\\n", (unsigned long)__builtin_offsetof({t}, {path_str(p)}));')
        out.append(f"  {t} v; memset(&v, 0, sizeof v);")
        for lf in leaves:
            lhs = "v." + lf.key()
            if lf.kind == "ptr":
                out.append(f"  {lhs} = ({lf.ctype})(unsigned long){lf.value}UL;")
            else:
                out.append(f"  {lhs} = ({lf.ctype}){c_literal(lf.value)};")
        for lf in leaves:
            lhs = "v." + lf.key()
            if lf.kind == "bool" and lf.bits is None:
                expr, fmt = f"*(unsigned char *)&{lhs}", "%u"
            elif lf.kind == "ptr":
                expr, fmt = f"(unsigned long long)(unsigned long){lhs}", "%llu"
            elif lf.size == 16:
                neg = f"({lhs}) < 0" if lf.signed else "0"
                expr, fmt = f"dec128((unsigned __int128)({lhs}), {neg})", "%s"
            elif lf.signed:
                expr, fmt = f"(long long){lhs}", "%lld"
            else:
                expr, fmt = f"(unsigned long long){lhs}", "%llu"
            out.append(f'  printf("V {name} {lf.key()} {fmt}\\n", {expr});')
        out.append(f'  dump("B", "{name}", &v, sizeof v);')
        # The bits that belong to the fields written (all ones): only those
        # are compared with the bytes Rust writes (padding is unspecified).
        out.append("  memset(&v, 0, sizeof v);")
        for lf in leaves:
            lhs = "v." + lf.key()
            if lf.kind == "ptr":
                out.append(f"  {lhs} = ({lf.ctype})~0UL;")
            elif lf.kind == "bool":
                out.append(f"  {lhs} = 1;")
            else:
                out.append(f"  {lhs} = ({lf.ctype})-1;")
        out.append(f'  dump("M", "{name}", &v, sizeof v);')
        out.append("}")
    out.append("int main(void) {")
    for name in plans:
        out.append(f"  c_{name}();")
    out.append("  return 0;\n}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Reading the Rust bindings
# --------------------------------------------------------------------------

class RType:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
        self.fields = collections.OrderedDict()
        self.getters = {}
        self.setters = set()
        self.raw = set()
        self.bits = {}  # getter -> (unit field, bit offset, width, sign-extends)

    def opaque(self):
        return list(self.fields) == ["_bindgen_opaque_blob"] or (
            self.fields and all(f.startswith("_bindgen_opaque_blob") for f in self.fields))


def split_top(text, sep):
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


def norm_type(t):
    t = re.sub(r"\s+", " ", t.strip())
    for p in ("::std::os::raw::", "::core::ffi::", "core::ffi::", "std::os::raw::"):
        t = t.replace(p, "")
    return t


def parse_bindings(text):
    """Structs/unions with their fields and accessors, aliases, and a map
    from line number (1-based) to the item's Rust name."""
    types, aliases = {}, {}
    lines = text.split("\n")
    owner = [None] * (len(lines) + 2)
    i = 0
    attr_start = None
    last_item = None
    while i < len(lines):
        line = lines[i]
        if line.startswith("#[") and attr_start is None:
            attr_start = i
        m = re.match(r"pub (struct|union) (\w+)\s*([{;(])", line)
        mi = re.match(r"impl(?:<[^>]*>)? (?:[\w:<>]+ for )?(\w+)", line)
        mt = re.match(r"pub type (\w+)(?:<[^>]*>)? = (.*);", line)
        mc = line.startswith("const _: () = {")
        if m or mi or mc:
            start = attr_start if attr_start is not None else i
            j = i
            if not (m and m.group(3) == ";") and not line.endswith("{}"):
                while j < len(lines) and lines[j] not in ("}", "};", ");") and not (
                        m and m.group(3) == "(" and lines[j].endswith(");")):
                    j += 1
            name = m.group(2) if m else mi.group(1) if mi else last_item
            for k in range(start, j + 1):
                owner[k + 1] = name
            body = "\n".join(lines[i + 1:j])
            if m:
                last_item = name
                rt = RType(name, m.group(1))
                types[name] = rt
                if m.group(3) == "{":
                    body = "\n".join(l for l in lines[i + 1:j]
                                     if not l.strip().startswith(("#[", "//")))
                    for part in split_top(body, ","):
                        fm = re.match(r"\s*pub\s+(\w+)\s*:\s*(.*)$", part, re.S)
                        if fm:
                            rt.fields[fm.group(1)] = norm_type(fm.group(2))
                        else:
                            fm = re.match(r"\s*(\w+)\s*:\s*(.*)$", part, re.S)
                            if fm:
                                rt.fields["!" + fm.group(1)] = norm_type(fm.group(2))
            elif mi and mi.group(1) in types and " for " not in line:
                rt = types[mi.group(1)]
                for g in re.finditer(r"pub\s+(?:const\s+)?fn\s+(\w+)\s*\(\s*&self\s*,?\s*\)\s*->\s*([^{]+?)\s*\{", body):
                    rt.getters[g.group(1)] = norm_type(g.group(2))
                for g in re.finditer(r"pub\s+(?:const\s+)?fn\s+(\w+)\s*\(\s*&self\s*,?\s*\)\s*->\s*[^{]+?\{"
                                     r"(.*?)\n    \}", body, re.S):
                    # One get, or two for a field wider than 64 bits.
                    us = re.findall(r"self\.(\w+)\.get\((\d+)usize,\s*(\d+)u8\)", g.group(2))
                    if us:
                        rt.bits[g.group(1)] = (us[0][0], min(int(u[1]) for u in us),
                                               sum(int(u[2]) for u in us),
                                               re.search(r"<<\s*\d+\)\s*>>", g.group(2)) is not None)
                for g in re.finditer(r"pub\s+(?:const\s+)?fn\s+set_(\w+)\s*\(\s*&mut self", body):
                    rt.setters.add(g.group(1))
                for g in re.finditer(r"pub\s+(?:const\s+)?unsafe\s+fn\s+(\w+)_raw\s*\(\s*this:\s*\*const Self", body):
                    rt.raw.add(g.group(1))
            attr_start = None
            i = j + 1
            continue
        if mt:
            aliases[mt.group(1)] = norm_type(mt.group(2))
            owner[i + 1] = mt.group(1)
            attr_start = None
        elif not line.startswith("#["):
            attr_start = None
        i += 1
    return types, aliases, owner


class Unreachable(Exception):
    pass


class Resolver:
    def __init__(self, types, aliases):
        self.types, self.aliases = types, aliases

    def base(self, t):
        t = norm_type(t)
        for _ in range(20):
            m = re.match(r"^(?:::std::mem::|::core::mem::|core::mem::)?ManuallyDrop<(.*)>$", t)
            if m:
                t = m.group(1).strip()
                continue
            if t in self.aliases:
                t = self.aliases[t]
                continue
            break
        return t

    def rtype(self, t):
        return self.types.get(self.base(t))

    def elem(self, t):
        t = self.base(t)
        if not (t.startswith("[") and t.endswith("]")):
            return None
        parts = split_top(t[1:-1], ";")
        if len(parts) != 2:
            return None
        return parts[0].strip()

    def find(self, rt, name, seen=0):
        """Steps from Rust type rt to the C field `name` (through anonymous
        members), and the field's Rust type. A name that is a Rust keyword
        or primitive type (`f32`) is spelled with a trailing `_`."""
        if seen == 0:
            return self.find_one(rt, name) or self.find_one(rt, name + "_")
        return self.find_one(rt, name, seen)

    def find_one(self, rt, name, seen=0):
        if name in rt.fields:
            return [("f", name)], rt.fields[name]
        if name in rt.getters and name in rt.setters:
            return [("a", rt.name, name, name in rt.raw)], rt.getters[name]
        if seen > 6:
            return None
        for fname, ftype in rt.fields.items():
            if fname.startswith("__bindgen_anon_"):
                sub = self.rtype(ftype)
                if sub is not None:
                    r = self.find_one(sub, name, seen + 1)
                    if r:
                        return [("f", fname)] + r[0], r[1]
        for gname, gtype in rt.getters.items():
            if gname.startswith("__bindgen_anon_") and gname in rt.setters:
                sub = self.rtype(gtype)
                if sub is not None:
                    r = self.find_one(sub, name, seen + 1)
                    if r:
                        return [("a", rt.name, gname, gname in rt.raw)] + r[0], r[1]
        return None

    def resolve_or_note(self, top, cpath, key, unreachable):
        """resolve(top, cpath), or None after noting (key, why) in
        unreachable[top] when the field cannot be reached."""
        try:
            return self.resolve(top, cpath)
        except Unreachable as e:
            unreachable[top].append((key, str(e)))
            return None

    def resolve(self, top, cpath):
        cur = top
        steps = []
        for kind, v in cpath:
            if kind == "i":
                e = self.elem(cur)
                if e is None:
                    raise Unreachable(f"not an array: {cur}")
                steps.append(("i", v))
                cur = e
                continue
            rt = self.rtype(cur)
            if rt is None:
                raise Unreachable(f"no record type {cur}")
            r = self.find(rt, v)
            if r is None:
                if rt.opaque():
                    raise Unreachable("opaque")
                raise Unreachable(f"no field or accessor {v} in {rt.name}")
            steps += r[0]
            cur = r[1]
            m = re.match(r"^__BindgenUnionField<(.*)>$", self.base(cur))
            if m:
                # A member of a zero-sized union (a struct of these, as in
                # bindgen): `(*f.as_ref())`; nothing is read or written there.
                steps.append(("u",))
                cur = m.group(1).strip()
        return steps, cur


# --------------------------------------------------------------------------
# The Rust program
# --------------------------------------------------------------------------

def place(base, steps):
    s = base
    for st in steps:
        if st[0] == "u":
            s = f"(*{s}.as_ref())"
            continue
        s += f".{st[1]}" if st[0] == "f" else f"[{st[1]}]"
    return s


def read_expr(base, steps):
    expr, is_place = base, True
    for st in steps:
        if st[0] == "u":
            expr = f"(*{expr}.as_ref())" if is_place else f"(*({expr}).as_ref())"
        elif st[0] == "f":
            expr = f"{expr}.{st[1]}" if is_place else f"({expr}).{st[1]}"
        elif st[0] == "i":
            expr = f"{expr}[{st[1]}]" if is_place else f"({expr})[{st[1]}]"
        else:
            _, owner, name, raw = st
            if is_place and raw:
                expr = f"{owner}::{name}_raw(::std::ptr::addr_of!({expr}))"
            elif is_place:
                expr = f"::std::ptr::addr_of!({expr}).read_unaligned().{name}()"
            else:
                # A copy first: a method call on a part of a packed value
                # would borrow it unaligned (E0793).
                expr = f"{{ let o = {expr}; o.{name}() }}"
            is_place = False
    return expr, is_place


def write_stmt(base, steps, val, depth=0):
    k = next((i for i, s in enumerate(steps) if s[0] == "a"), None)
    if k is None:
        return f"::std::ptr::addr_of_mut!({place(base, steps)}).write_unaligned({val});"
    prefix = place(base, steps[:k])
    _, owner, name, raw = steps[k]
    if k == len(steps) - 1:
        if raw:
            return f"{owner}::set_{name}_raw(::std::ptr::addr_of_mut!({prefix}), {val});"
        return (f"{{ let mut o = ::std::ptr::addr_of!({prefix}).read_unaligned(); "
                f"o.set_{name}({val}); ::std::ptr::addr_of_mut!({prefix}).write_unaligned(o); }}")
    t = f"t{depth}"
    get, _ = read_expr(prefix, [steps[k]])
    inner = write_stmt(t, steps[k + 1:], val, depth + 1)
    set_ = write_stmt(prefix, [steps[k]], t, depth + 1)
    return f"{{ let mut {t} = {get}; {inner} {set_} }}"


def rust_value(lf, rtype):
    if lf.kind == "ptr":
        return f"({lf.value}usize as _)"
    if lf.kind == "bool" and rtype == "bool":
        return "true" if lf.value else "false"
    return f"({lf.value}i128 as _)"


def rust_program(plans, resolver, bindings_name):
    """The program text, a map from its line numbers to records, and the
    leaves that could not be reached (record -> [(path, why)])."""
    out = ["#![allow(warnings)]",
           "#[allow(warnings, clippy::all)]",
           "mod b {", f'include!("{bindings_name}");', "}", "use b::*;",
           "fn hex(n: &str, p: *const u8, s: usize) {",
           "    let mut t = String::with_capacity(2 * s);",
           "    for i in 0..s { t.push_str(&format!(\"{:02x}\", unsafe { *p.add(i) })); }",
           "    println!(\"B {} {}\", n, t);", "}"]
    owner = {}
    unreachable = collections.defaultdict(list)
    opaque = set()
    for name, (rec, offsets, leaves) in plans.items():
        rt = resolver.rtype(name)
        start = len(out) + 1
        out.append(f"fn c_{name}(b: &[u8]) {{ unsafe {{")
        out.append(f"    type T = {name};")
        out.append(f'    println!("S {name} {{}} {{}}", ::std::mem::size_of::<T>(), ::std::mem::align_of::<T>());')
        if rt is None:
            unreachable[name].append(("", f"no Rust type {name}"))
        elif rt.opaque():
            opaque.add(name)
        if rt is not None and not rt.opaque():
            # Heap memory, byte for byte: a MaybeUninit<T> moved by value
            # need not keep T's padding bytes.
            out.append("    let lay = ::std::alloc::Layout::from_size_align(::std::mem::size_of::<T>().max(1), ::std::mem::align_of::<T>()).unwrap();")
            out.append("    let p = ::std::alloc::alloc_zeroed(lay) as *const T;")
            out.append("    ::std::ptr::copy_nonoverlapping(b.as_ptr(), p as *mut u8, b.len().min(::std::mem::size_of::<T>()));")
            for path in offsets:
                r = resolver.resolve_or_note(name, path, path_str(path), unreachable)
                if r is None:
                    continue
                steps, _ = r
                if any(s[0] == "a" for s in steps):
                    continue
                out.append(f'    println!("O {name} {path_str(path)} {{}}", '
                           f"::std::ptr::addr_of!({place('(*p)', steps)}) as *const u8 as usize - p as usize);")
            writes = []
            for lf in leaves:
                r = resolver.resolve_or_note(name, lf.path, lf.key(), unreachable)
                if r is None:
                    continue
                steps, rtype = r
                expr, is_place = read_expr("(*p)", steps)
                lf.by_value = lf.kind == "bool" and not is_place
                if is_place and lf.kind == "bool":
                    expr = f"*(::std::ptr::addr_of!({expr}) as *const u8)"
                elif is_place:
                    expr = f"::std::ptr::addr_of!({expr}).read_unaligned()"
                cast = " as usize as i128" if lf.kind == "ptr" else " as i128"
                if getattr(lf, "size", 0) == 16 and not lf.signed:
                    cast = " as u128"  # above i128::MAX
                out.append(f'    println!("V {name} {lf.key()} {{}}", ({expr}){cast});')
                if lf.kind == "bool" and not any(s[0] == "a" for s in steps):
                    writes.append(f"(::std::ptr::addr_of_mut!({place('(*q)', steps)}) as *mut u8).write({lf.value});")
                else:
                    writes.append(write_stmt("(*q)", steps, rust_value(lf, rtype)))
            out.append("    let q = ::std::alloc::alloc_zeroed(lay) as *mut T;")
            for wline in writes:
                out.append("    " + wline)
            out.append(f'    hex("{name}", q as *const u8, ::std::mem::size_of::<T>());')
        out.append("}}")
        for ln in range(start, len(out) + 1):
            owner[ln] = name
    out.append("fn main() {")
    out.append("    use std::io::BufRead;")
    out.append("    let mut bytes = std::collections::HashMap::new();")
    out.append("    for line in std::io::stdin().lock().lines() {")
    out.append("        let line = line.unwrap();")
    out.append("        let mut it = line.split(' ');")
    out.append("        if it.next() != Some(\"B\") { continue; }")
    out.append("        let n = it.next().unwrap().to_string();")
    out.append("        let h = it.next().unwrap_or(\"\");")
    out.append("        let v: Vec<u8> = (0..h.len() / 2).map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap()).collect();")
    out.append("        bytes.insert(n, v);")
    out.append("    }")
    out.append("    std::panic::set_hook(Box::new(|_| {}));")
    for name in plans:
        out.append(f'    let b_ = bytes.get("{name}").cloned().unwrap_or_default();')
        out.append(f'    if std::panic::catch_unwind(move || c_{name}(&b_)).is_err() {{ println!("P {name}"); }}')
    out.append("}")
    return "\n".join(out) + "\n", owner, unreachable, opaque


# --------------------------------------------------------------------------
# Static mode (targets other than the host): nothing runs
# --------------------------------------------------------------------------

def c_static_program(header_name, plans):
    """C's figures as constants in sections of an object file: per record
    an array (size, alignment, then offset and size of every field path,
    then for every leaf whether it is signed), and per bitfield leaf a
    record whose only initialized member is that bitfield, all ones."""
    out = [f'#include "{header_name}"']
    for name, (rec, offsets, leaves) in plans.items():
        t = c_type_name(rec)
        vals = [f"sizeof({t})", f"_Alignof({t})"]
        for p in offsets:
            ps = path_str(p)
            vals.append(f"__builtin_offsetof({t}, {ps})")
            vals.append("0" if ps in offsets.fams else f"sizeof((({t} *)0)->{ps})")
        for lf in leaves:
            if lf.kind in ("int", "enum"):
                vals.append(f"((({t}){{ .{lf.key()} = -1 }}).{lf.key()} < 0)")
            else:
                vals.append("0")
        out.append(f'__attribute__((section(".fz.L.{name}"))) const unsigned long long fz_L_{name}[] = {{')
        out.append("  " + ",\n  ".join(vals) + "\n};")
        for k, lf in enumerate(leaves):
            if lf.bits is None:
                continue
            one = "1" if lf.kind == "bool" else "-1"
            out.append(f'__attribute__((section(".fz.M.{name}.{k}"))) const {t} fz_M_{name}_{k} = '
                       f"{{ .{lf.key()} = {one} }};")
            if lf.bits <= 64:
                out.append(f'__attribute__((section(".fz.P.{name}.{k}"))) const {t} fz_P_{name}_{k} = '
                           f"{{ .{lf.key()} = {bit_pattern(lf)}ULL }};")
    return "\n".join(out) + "\n"


def bit_pattern(lf):
    """The bits a bitfield leaf of at most 64 bits holds in the value check:
    an irregular pattern with its lowest and highest bits set (1 for _Bool),
    so a unit reading the field's bits in the wrong order reads another
    value."""
    if lf.kind == "bool":
        return 1
    w = lf.bits
    return (0xB5C396E14A27D38F & ((1 << w) - 1)) | 1 | (1 << (w - 1))


def elf_sections(path):
    """{name: bytes} of an ELF relocatable's sections, and whether it is
    big-endian."""
    import struct
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        raise ValueError(f"{path}: not ELF")
    wide, end = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x3A)
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x2E)
    secs = []
    for i in range(shnum):
        o = shoff + i * shentsize
        if wide:
            name, typ, _, _, off, size = struct.unpack_from(end + "IIQQQQ", data, o)
        else:
            name, typ, _, _, off, size = struct.unpack_from(end + "IIIIII", data, o)
        secs.append((name, typ, off, size))
    _, _, stroff, strsize = secs[shstrndx]
    strtab = data[stroff:stroff + strsize]
    out = {}
    for name, typ, off, size in secs:
        n = strtab[name:strtab.index(b"\0", name)].decode()
        out[n] = bytes(size) if typ == 8 else data[off:off + size]  # SHT_NOBITS
    return out, end == ">"


def bit_positions(mask, big):
    """The bits set in `mask`, numbered as bindgen's bitfield unit numbers
    them (byte * 8, then from the low bit, or the high bit when big-endian)."""
    return sorted(8 * i + (7 - b if big else b) for i, x in enumerate(mask) for b in range(8) if x >> b & 1)


def c_static_results(obj, plans):
    secs, big = elf_sections(obj)
    res = {}
    for name, (rec, offsets, leaves) in plans.items():
        raw = secs[f".fz.L.{name}"]
        vals = [int.from_bytes(raw[i:i + 8], "big" if big else "little") for i in range(0, len(raw), 8)]
        r = {"S": (vals[0], vals[1]), "O": {}, "Z": {}, "G": {}, "K": {}, "P": {}}
        k = 2
        for p in offsets:
            r["O"][path_str(p)], r["Z"][path_str(p)] = vals[k], vals[k + 1]
            k += 2
        for i, lf in enumerate(leaves):
            r["G"][lf.key()] = bool(vals[k])
            k += 1
            if lf.bits is not None:
                r["K"][lf.key()] = bit_positions(secs[f".fz.M.{name}.{i}"], big)
                r["P"][lf.key()] = secs.get(f".fz.P.{name}.{i}")
        res[name] = r
    return res


def rust_static_program(plans, resolver, bindings_name, cres, const_getter=False):
    """A no_std crate whose constants hold C's figures against Rust's: each
    `const _: [(); C] = [(); RUST];` fails to compile (E0308, "expected an
    array with a size of C, found one with a size of RUST") when they
    differ. With const_getter (kbindgen's bitfield unit has `get_const`),
    each bitfield of at most 64 bits is also read, at compile time for the
    target, by the unit's own code from the bytes C's record with that
    bitfield set to bit_pattern() has, in 32-bit halves against the
    pattern. Returns the text, a map line -> record, a map line -> (class,
    what), the leaves not reached and the opaque records; failures found
    without rustc (a bitfield's width or sign) go to `early`."""
    out = ["#![no_std]", "#![allow(warnings)]",
           "#[allow(warnings, clippy::all)]",
           "mod b {", f'include!("{bindings_name}");', "}", "use b::*;", "use ::core::ffi::*;",
           "const fn sz<T>(_: *const T) -> usize { ::core::mem::size_of::<T>() }",
           "const fn off<T, U>(p: *const T, q: *const U) -> usize {",
           "    unsafe { (q as *const u8).offset_from(p as *const u8) as usize }", "}"]
    owner, checks = {}, {}
    unreachable = collections.defaultdict(list)
    early = collections.defaultdict(list)
    opaque = set()

    def check(name, c_value, rust_expr, cls, what):
        out.append(f"const _: [(); {c_value}] = [(); {rust_expr}];")
        owner[len(out)] = name
        checks[len(out)] = (cls, what)

    def at(name, call, place, plus=""):
        """`call` (a format with {}) of a raw pointer to `place` in an
        uninitialized `name` at p."""
        ptr = f"unsafe {{ ::core::ptr::addr_of!({place}) }}"
        return (f"{{ let u = ::core::mem::MaybeUninit::<{name}>::uninit(); let p = u.as_ptr(); "
                f"{call.format(ptr)}{plus} }}")

    for name, (rec, offsets, leaves) in plans.items():
        c = cres[name]
        check(name, c["S"][0], f"::core::mem::size_of::<{name}>()", "size differs", "")
        check(name, c["S"][1], f"::core::mem::align_of::<{name}>()", "alignment differs", "")
        rt = resolver.rtype(name)
        if rt is None:
            unreachable[name].append(("", f"no Rust type {name}"))
            continue
        if rt.opaque():
            opaque.add(name)
            continue
        for path in offsets:
            ps = path_str(path)
            r = resolver.resolve_or_note(name, path, ps, unreachable)
            if r is None:
                continue
            steps, _ = r
            # Not through accessors, nor through a zero-sized union's
            # `as_ref()`, which is no const fn.
            if any(s[0] in ("a", "u") for s in steps):
                continue
            check(name, c["O"][ps], at(name, "off(p, {})", place('(*p)', steps)), "offset differs", ps)
            if ps not in offsets.fams:
                check(name, c["Z"][ps], at(name, "sz({})", place('(*p)', steps)), "field size differs", ps)
        for lf in leaves:
            r = resolver.resolve_or_note(name, lf.path, lf.key(), unreachable)
            if r is None:
                continue
            steps, rtype = r
            signed = c["G"][lf.key()]
            if lf.bits is None:
                if lf.kind == "int" and not any(s[0] == "a" for s in steps):
                    check(name, int(signed), f"((!(0 as {rtype})) < (0 as {rtype})) as usize",
                          "field sign differs", lf.key())
                continue
            if steps[-1][0] != "a" or any(s[0] == "a" for s in steps[:-1]):
                continue
            _, owner_ty, getter, _ = steps[-1]
            info = resolver.types[owner_ty].bits.get(getter)
            if info is None:
                early[name].append(("bitfield accessor not understood", f"{lf.key()}: {owner_ty}::{getter}"))
                continue
            unit, boff, width, sext = info
            pos = c["K"][lf.key()]
            if not pos or pos != list(range(pos[0], pos[0] + width)):
                early[name].append(("bitfield width differs", f"{lf.key()}: C bits {pos}, Rust {width}"))
                continue
            full = 8 * lf.size
            if lf.kind in ("int", "enum") and width < full and signed != sext:
                early[name].append(("bitfield sign differs", f"{lf.key()}: C {'signed' if signed else 'unsigned'}, "
                                    f"Rust {'sign-extends' if sext else 'does not sign-extend'}"))
            check(name, pos[0], at(name, "off(p, {})", place('(*p)', steps[:-1]) + '.' + unit, f" * 8 + {boff}"),
                  "bitfield position differs", lf.key())
            pattern = c["P"].get(lf.key())
            if const_getter and pattern is not None and width == lf.bits:
                unit_place = place('(*p)', steps[:-1]) + '.' + unit
                read = (f"{{ const C: [u8; {len(pattern)}] = [{', '.join(map(str, pattern))}]; "
                        f"const O: usize = {at(name, 'off(p, {})', unit_place)}; "
                        f"const N: usize = {at(name, 'sz({})', unit_place)}; "
                        "let mut s = [0u8; N]; let mut i = 0; while i < N { s[i] = C[O + i]; i += 1; } "
                        f"__BindgenBitfieldUnit::new(s).get_const::<{boff}, {width}>() }}")
                want = bit_pattern(lf)
                check(name, want & 0xFFFFFFFF, f"({read} & 0xFFFFFFFF) as usize",
                      "bitfield value read differs", lf.key())
                if width > 32:
                    check(name, want >> 32, f"({read} >> 32) as usize",
                          "bitfield value read differs", lf.key())
    return "\n".join(out) + "\n", owner, checks, unreachable, opaque, early


# --------------------------------------------------------------------------
# Running one header
# --------------------------------------------------------------------------

class Tools:
    def __init__(self, args):
        self.generator = args.generator
        self.kbindgen = args.kbindgen
        self.bindgen = args.bindgen
        self.clang = args.clang
        self.rustc = args.rustc
        self.static = RUST_TARGET != HOST
        self.core_dir = None
        self.timeout = 600


def run(cmd, cwd, stdin=None, timeout=600, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, text=True,
                           timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return 124, "", "timeout"
    except OSError as e:
        return 127, "", f"error: cannot run {cmd[0]}: {e}"


def parse_out(text):
    """S/O/V/B/P lines -> {record: {"S": (size, align), "O": {}, "V": {}, "B": hex, "P": bool}}"""
    res = collections.defaultdict(lambda: {"S": None, "O": {}, "V": {}, "B": None, "M": None, "P": False})
    for line in text.splitlines():
        parts = line.split(" ")
        if not parts:
            continue
        tag = parts[0]
        if tag == "S" and len(parts) == 4:
            res[parts[1]]["S"] = (int(parts[2]), int(parts[3]))
        elif tag == "O" and len(parts) == 4:
            res[parts[1]]["O"][parts[2]] = int(parts[3])
        elif tag == "V" and len(parts) == 4:
            res[parts[1]]["V"][parts[2]] = int(parts[3])
        elif tag in ("B", "M") and len(parts) >= 2:
            res[parts[1]][tag] = parts[2] if len(parts) > 2 else ""
        elif tag == "P":
            res[parts[1]]["P"] = True
    return res


def rust_errors(stderr):
    """rustc JSON diagnostics -> [(file, line, code, message, line_text)]"""
    errs = []
    for line in stderr.splitlines():
        if not line.startswith("{"):
            continue
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("level") != "error":
            continue
        code = (d.get("code") or {}).get("code") or ""
        spans = [s for s in d.get("spans", []) if s.get("is_primary")] or d.get("spans", [])
        if not spans:
            errs.append((None, None, code, d.get("message", ""), ""))
            continue
        s = spans[0]
        text = s["text"][0]["text"] if s.get("text") else ""
        msg = d.get("message", "")
        if code == "E0308" and s.get("label"):
            msg += f" ({s['label']})"
        errs.append((os.path.basename(s["file_name"]), s["line_start"], code, msg, text))
    return errs


def error_detail(cls, msg, fname, line, text):
    """What C says against what Rust has, for a failed layout assertion;
    otherwise rustc's message and the Rust it points at."""
    lines = text.split("\n")
    src = ""
    if line and line <= len(lines):
        src = lines[line - 1].strip()
        if '["' not in src and line >= 2:
            src = lines[line - 2].strip() + " " + src
    if cls.startswith("layout assertion"):
        item = re.search(r'\["([^"]*)"\]', src)
        what = item.group(1) if item else cls
        m = re.search(r"the length is 1 but the index is (\d+)", msg)
        k = re.search(r"-\s*(\d+)usize\]", src)
        if m and k:
            return f"{what}: C {k.group(1)}, Rust {int(k.group(1)) + int(m.group(1))}"
        m = re.search(r"`(\d+)_usize - (\d+)_usize`", msg)
        if m:
            return f"{what}: C {m.group(2)}, Rust {m.group(1)}"
    cur = lines[line - 1].strip() if line and line <= len(lines) else ""
    return f"{msg.strip()}: `{cur}`"


def classify_rust_error(code, msg, text):
    if code == "E0080" or "evaluation of constant value failed" in msg:
        m = re.search(r'\["(Size|Alignment|Offset) of', text)
        if m:
            return f"layout assertion fails ({m.group(1).lower()})"
        for pat, what in (("offset_of!", "offset"), ("size_of::", "size"), ("align_of::", "alignment")):
            if pat in text:
                return f"layout assertion fails ({what})"
        return "rustc E0080"
    if code:
        return f"rustc {code}"
    return "rustc: " + re.sub(r"`[^`]*`", "`_`", msg)[:60]


def check_header(tools, header, workdir, plans_rng_seed):
    """Runs the pipeline on `header`. Returns (failures, opaque, checked)
    where failures maps record -> [(class, detail)], `checked` the records
    compared at run time.

    C and the bindings generator run once on the header (again only when
    one of them fails on a record); rustc then runs until the bindings and
    the test program compile, each round without the records that failed
    (their items are cut out of the bindings), and the program runs once."""
    os.makedirs(workdir, exist_ok=True)
    failures = collections.defaultdict(list)
    opaque = set()
    alive = [r.name for r in header.records]
    blocked = set()
    checked = set()
    need_gen = True
    for _round in range(12):
        if not alive:
            break
        if need_gen:
            sub = header.subset([r for r in header.records if r.name in alive])
            hdr, howner = sub.render()
            with open(os.path.join(workdir, "h.h"), "w") as f:
                f.write(hdr)
            plans_all = collections.OrderedDict()
            for r in sub.records:
                offsets, leaves = collect(r.rec, random.Random(f"{plans_rng_seed}:{r.name}"))
                plans_all[r.name] = (r.rec, offsets, leaves)
            with open(os.path.join(workdir, "c.c"), "w") as f:
                f.write((c_static_program if tools.static else c_program)("h.h", plans_all))
            # C first: a C error is a generator bug, blamed on its record.
            ccmd = [tools.clang, f"--target={TARGET}", "-O0", "-w"]
            ccmd += ["-c", "-o", "c.o", "c.c"] if tools.static else ["-o", "c", "c.c"]
            rc, _, cerr = run(ccmd, workdir)
            if rc != 0:
                bad = blame_lines(cerr, {"h.h": howner, "c.c": None})
                if not bad:
                    return header_failure("C program does not compile: " + first_error(cerr), alive)
                for n, why in bad.items():
                    failures[n].append(("generator: C does not compile", why))
                alive = drop(header, alive, bad, blocked)
                continue
            if tools.static:
                c_res = c_static_results(os.path.join(workdir, "c.o"), plans_all)
            else:
                rc, c_out, cerr = run(["./c"], workdir)
                if rc != 0:
                    return header_failure("C program failed", alive)
            rc, err = generate(tools, workdir)
            if rc != 0:
                bad = blame_lines(err, {"h.h": howner})
                if not bad:
                    return header_failure(f"{tools.generator} exits {rc}: " + first_error(err), alive)
                for n, why in bad.items():
                    failures[n].append((f"{tools.generator} error", why))
                alive = drop(header, alive, bad, blocked)
                continue
            with open(os.path.join(workdir, "b-full.rs")) as f:
                full = f.read()
            _, _, full_owner = parse_bindings(full)
            full_lines = full.split("\n")
            need_gen = False
        # The bindings without the items of records that failed.
        keep = set(alive)
        btext = "\n".join(l for i, l in enumerate(full_lines)
                          if rec_of(full_owner[i + 1]) is None or rec_of(full_owner[i + 1]) in keep)
        with open(os.path.join(workdir, "b.rs"), "w") as f:
            f.write(btext)
        types, aliases, bowner = parse_bindings(btext)
        plans = collections.OrderedDict((n, plans_all[n]) for n in alive)
        pchecks, early = {}, {}
        if tools.static:
            prog, powner, pchecks, unreach, opq, early = rust_static_program(
                plans, Resolver(types, aliases), "b.rs", c_res, "fn get_const<" in btext)
        else:
            prog, powner, unreach, opq = rust_program(plans, Resolver(types, aliases), "b.rs")
        with open(os.path.join(workdir, "t.rs"), "w") as f:
            f.write(prog)
        rustc = [tools.rustc, "--edition", "2021", "-C", "opt-level=0", "--cap-lints", "allow",
                 "--error-format=json", "t.rs"]
        rc = 0
        if tools.static:
            rc, _, rerr = run(rustc + ["--target", RUST_TARGET, "--crate-type", "lib", "-L", tools.core_dir,
                                       "--emit=metadata", "-o", "t.rmeta"], workdir)
        # The first round builds at once (most headers compile); after a
        # failure, a check without code generation comes first.
        elif _round > 0:
            rc, _, rerr = run(rustc + ["--emit=metadata", "-o", "t.rmeta"], workdir)
        if rc == 0 and not tools.static:
            rc, _, rerr = run(rustc + ["-o", "t"], workdir)
        if rc != 0:
            bad = collections.defaultdict(list)
            for fname, line, code, msg, text in rust_errors(rerr):
                n = None
                if fname == "b.rs" and line and line < len(bowner):
                    n = rec_of(bowner[line])
                elif fname == "t.rs" and line:
                    n = powner.get(line)
                if n is None or n not in alive:
                    continue
                cls = classify_rust_error(code, msg, text)
                m = re.search(r"expected an array with a size of (\d+), found one with a size of (\d+)", msg)
                if fname == "t.rs" and code == "E0308" and line in pchecks and m:
                    cls, what = pchecks[line]
                    bad[n].append((cls, f"{what + ': ' if what else ''}C {m.group(1)}, Rust {m.group(2)}"))
                    continue
                if fname == "t.rs":
                    cls = "test program: " + cls
                bad[n].append((cls, error_detail(cls, msg, fname, line, btext if fname == "b.rs" else prog)))
            if not bad:
                return header_failure("rustc fails: " + first_rust_error(rerr), alive)
            for n, items in bad.items():
                seen = set()
                for cls, why in items:
                    if cls not in seen:
                        failures[n].append((cls, why))
                        seen.add(cls)
            alive = drop(header, alive, bad, blocked)
            continue
        if tools.static:
            compare_static(plans, unreach, opq, early, failures)
            opaque |= opq
            checked = set(plans)
            break
        rc, r_out, rerr = run(["./t"], workdir, stdin=c_out)
        if rc != 0:
            return header_failure(f"Rust program exits {rc}", alive)
        compare(plans, parse_out(c_out), parse_out(r_out), unreach, opq, failures)
        opaque |= opq
        checked = set(plans)
        break
    for n in blocked:
        if n not in failures:
            failures[n].append(("blocked: needs a failing record", ""))
    return failures, opaque, checked


class HeaderFailure(Exception):
    pass


def header_failure(why, alive):
    raise HeaderFailure(why)


def drop(header, alive, bad, blocked):
    """Removes the failing records and those that need them."""
    gone = set(bad)
    changed = True
    while changed:
        changed = False
        for r in header.records:
            if r.name in alive and r.name not in gone and any(d in gone for d in r.deps):
                gone.add(r.name)
                blocked.add(r.name)
                changed = True
    return [n for n in alive if n not in gone]


def rec_of(rust_name):
    if not rust_name:
        return None
    m = re.match(r"(r\d+)", rust_name)
    return m.group(1) if m else None


def blame_lines(stderr, owners):
    bad = {}
    for m in re.finditer(r"^(?:.*/)?([\w.]+):(\d+):\d+: (?:fatal )?error: (.*)$", stderr, re.M):
        fname, line, msg = m.group(1), int(m.group(2)), m.group(3)
        own = owners.get(fname)
        if own and line < len(own) and own[line]:
            bad.setdefault(own[line], msg)
    return bad


def first_error(stderr):
    for line in stderr.splitlines():
        if "error" in line:
            return line.strip()[:200]
    return stderr.strip()[:200]


def first_rust_error(stderr):
    for fname, line, code, msg, text in rust_errors(stderr):
        return f"{fname}:{line}: {code} {msg}"
    return stderr.strip()[:200]


def generate(tools, workdir):
    if tools.generator == "kbindgen":
        cmd = [tools.kbindgen, "h.h", "-o", "b-full.rs"] + (["--use-core"] if tools.static else []) + \
            ["--", f"--target={TARGET}"]
        env = None
    else:
        cmd = [tools.bindgen, "h.h", "-o", "b-full.rs", "--no-layout-tests"] + \
            (["--use-core"] if tools.static else []) + ["--", f"--target={TARGET}"]
        env = dict(os.environ, LIBCLANG_PATH=os.environ.get("LIBCLANG_PATH", "/usr/lib/llvm-14/lib"))
    rc, out, err = run(cmd, workdir, env=env)
    return rc, err


def note_unreachable(name, unreach, opaque, failures):
    """The first field of name the Rust side cannot reach is a failure; a
    member whose type was made opaque on purpose marks name opaque instead."""
    for path, why in unreach.get(name, []):
        if why == "opaque":
            opaque.add(name)
            continue
        failures[name].append(("field unreachable", f"{path}: {why}"))
        return


def compare_static(plans, unreach, opaque, early, failures):
    for name in plans:
        if name in opaque:
            continue
        note_unreachable(name, unreach, opaque, failures)
        if early.get(name):
            failures[name].append(early[name][0])


def same_bits(c, r, mask):
    """C's and Rust's bytes agree on every bit that belongs to a field."""
    if c is None or mask is None or len(c) != len(r):
        return c == r
    cb, rb, mb = bytes.fromhex(c), bytes.fromhex(r), bytes.fromhex(mask)
    return all((x & m) == (y & m) for x, y, m in zip(cb, rb, mb))


def compare(plans, c, r, unreach, opaque, failures):
    for name, (rec, offsets, leaves) in plans.items():
        cc, rr = c.get(name), r.get(name)
        if rr is None or rr["S"] is None:
            failures[name].append(("no output from the Rust program", ""))
            continue
        if rr["P"]:
            failures[name].append(("Rust program panics", ""))
            continue
        if cc["S"][0] != rr["S"][0]:
            failures[name].append(("size differs", f"C {cc['S'][0]}, Rust {rr['S'][0]}"))
        if cc["S"][1] != rr["S"][1]:
            failures[name].append(("alignment differs", f"C {cc['S'][1]}, Rust {rr['S'][1]}"))
        if name in opaque:
            continue
        note_unreachable(name, unreach, opaque, failures)
        for path, off in rr["O"].items():
            if cc["O"].get(path) != off:
                failures[name].append(("offset differs", f"{path}: C {cc['O'].get(path)}, Rust {off}"))
                break
        bits = {lf.key(): lf.bits is not None for lf in leaves}
        # A _Bool whose byte a later write to an overlapping union member
        # left neither 0 nor 1 has no value (C prints the byte); Rust can
        # read it only as a bool, by value through a storage accessor.
        invalid = {lf.key() for lf in leaves if getattr(lf, "by_value", False) and
                   cc["V"].get(lf.key()) not in (0, 1, None)}
        for path, val in rr["V"].items():
            if path not in invalid and cc["V"].get(path) != val:
                what = "bitfield" if bits.get(path) else "field"
                failures[name].append((f"{what} value read differs", f"{path}: C {cc['V'].get(path)}, Rust {val}"))
                break
        if rr["B"] is not None and not same_bits(cc["B"], rr["B"], cc["M"]):
            failures[name].append(("bytes written differ", f"C {cc['B']}, Rust {rr['B']} (field bits {cc['M']})"))


# --------------------------------------------------------------------------
# Reduction
# --------------------------------------------------------------------------

def mutations(header, target):
    """Smaller variants of `header` keeping record `target`: each is a
    description and a function that edits a copy of the header."""
    for r in header.records:
        if r.name != target:
            yield f"drop record {r.name}", lambda h, n=r.name: drop_record(h, n)
    for top in [r for r in header.records if r.name == target] + \
            [r for r in header.records if r.name != target]:
        yield from record_mutations(top.name)(top.rec)


def record_mutations(owner):
    def edit(path, fn):
        return lambda h: edit_rec(h, owner, path, fn)

    def gen(top):
        for path, rec in walk_recs(top):
            for i in range(len(rec.fields)):
                yield f"{owner}: drop field {i}", edit(path, lambda r, i=i: r.fields.pop(i))
            if rec.packed:
                yield f"{owner}: not packed", edit(path, lambda r: setattr(r, "packed", False))
            if rec.aligned is not None:
                yield f"{owner}: not aligned", edit(path, lambda r: setattr(r, "aligned", None))
            if rec.pack is not None:
                yield f"{owner}: no #pragma pack", edit(path, lambda r: setattr(r, "pack", None))
            if rec.kind == "union":
                yield f"{owner}: struct", edit(path, lambda r: setattr(r, "kind", "struct"))
            for i, f in enumerate(rec.fields):
                if f.attrs or f.alignas:
                    yield f"{owner}: no field attributes", edit(path, lambda r, i=i: (
                        setattr(r.fields[i], "attrs", []), setattr(r.fields[i], "alignas", None)))
                if f.dims:
                    if any(d > 1 for d in f.dims) or len(f.dims) > 1:
                        yield f"{owner}: one element", edit(path, lambda r, i=i: setattr(r.fields[i], "dims", [1]))
                    yield f"{owner}: no array", edit(path, lambda r, i=i: setattr(r.fields[i], "dims", []))
                if f.anon is not None and len(f.anon.fields) == 1:
                    yield f"{owner}: flatten", edit(path, lambda r, i=i: r.fields.__setitem__(i, r.fields[i].anon.fields[0]))
                if f.inline is not None and f.inline.name:
                    yield f"{owner}: untagged", edit(path, lambda r, i=i: setattr(r.fields[i].inline, "name", None))
                if f.ty is not None and f.ty.kind != "int" and (f.bits is None or f.bits <= 32):
                    yield f"{owner}: int", edit(path, lambda r, i=i: setattr(r.fields[i], "ty", Ty("int", name="int")))
                if f.bits is not None and f.bits > 1:
                    yield f"{owner}: narrower", edit(path, lambda r, i=i: setattr(r.fields[i], "bits", r.fields[i].bits // 2))
    return gen


def walk_recs(rec, path=()):
    yield path, rec
    for i, f in enumerate(rec.fields):
        if f.anon is not None:
            yield from walk_recs(f.anon, path + (("a", i),))
        if f.inline is not None:
            yield from walk_recs(f.inline, path + (("n", i),))


def rec_at(rec, path):
    for kind, i in path:
        f = rec.fields[i]
        rec = f.anon if kind == "a" else f.inline
    return rec


def clone_header(h):
    import copy
    return copy.deepcopy(h)


def drop_record(h, name):
    h.records = [r for r in h.records if r.name != name]
    return h


def edit_rec(h, target, path, fn):
    t = next(r for r in h.records if r.name == target)
    fn(rec_at(t.rec, path))
    return h


def fix_deps(h):
    """Recomputes each record's dependencies after an edit."""
    names = {r.name for r in h.records}
    for r in h.records:
        deps, tds, ens = [], set(), set()

        def walk(rec):
            for f in rec.fields:
                if f.anon is not None:
                    walk(f.anon)
                if f.inline is not None:
                    walk(f.inline)
                ty = f.ty
                if ty is None:
                    continue
                if ty.kind == "rec" and ty.rec.name not in deps:
                    deps.append(ty.rec.name)
                if ty.kind == "td":
                    tds.add(ty.td.name)
                if ty.kind == "enum":
                    ens.add(ty.enum.name)
        walk(r.rec)
        r.deps, r.tds, r.enums = deps, tds, ens
        if any(d not in names for d in deps):
            return None
        if not all(rec_ok(x) for _, x in walk_recs(r.rec)):
            return None
    tds = set().union(*(r.tds for r in h.records)) if h.records else set()
    ens = set().union(*(r.enums for r in h.records)) if h.records else set()
    h.typedefs = collections.OrderedDict((k, v) for k, v in h.typedefs.items() if k in tds)
    h.enums = collections.OrderedDict((k, v) for k, v in h.enums.items() if k in ens)
    return h


def empty_rec():
    rec = Rec("struct", None)
    rec.empty = True
    return rec


def rec_ok(rec):
    """A record the C compiler accepts: a named member somewhere, no empty
    anonymous member."""
    return getattr(rec, "empty", False) or any(has_named(f) for f in rec.fields)


def reduce_failure(tools, header, target, cls, workdir, seed, log):
    """Greedy reduction of `header` while record `target` keeps failing
    with class `cls`."""
    cur = fix_deps(header.subset(header.closure([target])))
    tries = 0

    def fails(h):
        nonlocal tries
        tries += 1
        try:
            f, _, _ = check_header(tools, h, workdir, seed)
        except HeaderFailure:
            return False
        return any(c == cls for c, _ in f.get(target, []))

    if not fails(cur):
        return None, None
    progress = True
    while progress and tries < 400:
        progress = False
        pos = 0
        muts = list(mutations(cur, target))
        while pos < len(muts) and tries < 400:
            desc, mut = muts[pos]
            cand = fix_deps(mut(clone_header(cur)))
            if cand is not None and fails(cand):
                cur = cand
                progress = True
                log(f"  reduce {target} ({cls}): {desc}: still fails")
                muts = list(mutations(cur, target))
                continue
            pos += 1
    f, _, _ = check_header(tools, cur, workdir, seed)
    detail = next((d for c, d in f.get(target, []) if c == cls), "")
    return cur, detail


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------

def slug(cls):
    return re.sub(r"[^a-z0-9]+", "-", cls.lower()).strip("-")[:60]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=200, help="records to generate in total")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-header", type=int, default=40, help="records per header")
    ap.add_argument("--generator", choices=["kbindgen", "bindgen"], default="kbindgen")
    ap.add_argument("--kbindgen", default=None)
    ap.add_argument("--bindgen", default="/usr/bin/bindgen")
    ap.add_argument("--clang", default=shutil.which("clang-19") or "clang")
    ap.add_argument("--rustc", default=shutil.which("rustc") or "rustc")
    ap.add_argument("--reduce", type=int, default=0, metavar="N",
                    help="reduce the first N failures of each class")
    ap.add_argument("--findings", default=None, help="where reduced headers go")
    ap.add_argument("--expect", default=None, help="file of failure classes expected (known bugs)")
    ap.add_argument("--keep", default=None, help="keep the work files of failing headers here")
    ap.add_argument("--print-header", type=int, default=None, help="print header N of the seed and exit")
    ap.add_argument("--first-header", type=int, default=0, help="start at header N of the seed")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="headers checked at once (default 1)")
    ap.add_argument("--target", default="x86_64", choices=sorted(TARGETS),
                    help="the architecture (default x86_64, where the programs run; elsewhere static checks)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.kbindgen is None:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        args.kbindgen = os.path.join(os.environ.get("KBINDGEN_BUILD_DIR", os.path.join(root, "build")), "bin", "kbindgen")
    global TARGET, RUST_TARGET
    TARGET, RUST_TARGET = TARGETS[args.target]
    configure_target(target_facts(args.clang, TARGET))
    tools = Tools(args)
    if tools.static:
        # core for the target is built from rust-src, which must match the
        # rustc: Debian's rustc-web and rust-web-src when the default one
        # has none (scripts/install-deps.sh installs both).
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import rust_core
        found = rust_core.core_for(RUST_TARGET, [args.rustc], lambda m: print(m, flush=True))
        if found is None:
            print("layout-fuzz: no rustc with a rust-src (install rustc-web and rust-web-src)",
                  file=sys.stderr)
            return 2
        tools.rustc, tools.core_dir = found

    nheaders = (args.count + args.per_header - 1) // args.per_header

    def make(i):
        n = min(args.per_header, args.count - (i - args.first_header) * args.per_header)
        return Generator(random.Random(f"{args.seed}:{i}"), n).header()

    if args.print_header is not None:
        args.first_header = args.print_header
        sys.stdout.write(make(args.print_header).render()[0])
        return 0

    expected = set()
    if args.expect and os.path.exists(args.expect):
        with open(args.expect) as f:
            expected = {l.strip() for l in f if l.strip() and not l.startswith("#")}

    def log(msg):
        print(msg, flush=True)

    work = tempfile.mkdtemp(prefix="layout-fuzz-")
    t0 = time.time()
    totals = collections.Counter()
    by_class = collections.Counter()
    examples = {}
    all_examples = {}
    header_failures = 0
    nrec = 0
    nopaque = 0
    def one(i):
        h = make(i)
        wd = os.path.join(work, f"h{i}")
        try:
            return i, h, check_header(tools, h, wd, f"{args.seed}:{i}:v"), None
        except HeaderFailure as e:
            return i, h, None, e

    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for i, h, result, error in pool.map(one, range(args.first_header, args.first_header + nheaders)):
            nrec += len(h.records)
            wd = os.path.join(work, f"h{i}")
            if error is not None:
                header_failures += 1
                by_class["whole header: " + str(error).split(":")[0]] += len(h.records)
                totals["failed"] += len(h.records)
                log(f"header {i}: WHOLE HEADER FAILS: {error}")
                if args.keep:
                    shutil.copytree(wd, os.path.join(args.keep, f"seed{args.seed}-h{i}"), dirs_exist_ok=True)
                continue
            failures, opaque, checked = result
            nopaque += len(opaque)
            nfail = len(failures)
            totals["failed"] += nfail
            for name, items in failures.items():
                cls = items[0][0]
                by_class[cls] += 1
                if cls not in examples:
                    examples[cls] = (i, name, items[0][1])
                all_examples.setdefault(cls, []).append((i, name, items[0][1]))
                if args.verbose:
                    log(f"  {name}: {cls}: {items[0][1][:300]}")
            log(f"header {i}: {len(h.records)} records, {nfail} failing, {len(opaque)} opaque "
                f"({time.time() - t0:.0f} s)")
            if failures and args.keep:
                shutil.copytree(wd, os.path.join(args.keep, f"seed{args.seed}-h{i}"), dirs_exist_ok=True)
            shutil.rmtree(wd, ignore_errors=True)
    elapsed = time.time() - t0
    print()
    print(f"layout-fuzz: generator {args.generator}, target {args.target}, seed {args.seed}, {nheaders} headers, "
          f"{nrec} records, {totals['failed']} failing records, {nopaque} opaque, {elapsed:.0f} s")
    unexpected = 0
    for cls, n in by_class.most_common():
        mark = " (expected)" if cls in expected else ""
        if cls not in expected:
            unexpected += n
        hi, name, detail = examples.get(cls, (None, None, ""))
        where = f"header {hi} record {name}: " if hi is not None else ""
        print(f"  {n:6d}  {cls}{mark}   e.g. {where}{detail[:160]}")

    if args.reduce and examples:
        findings = args.findings or os.path.join(os.getcwd(), "layout-findings")
        os.makedirs(findings, exist_ok=True)
        for cls, cases in all_examples.items():
            if cls.startswith("blocked"):
                continue
            done = set()
            for hi, name, detail in cases[:args.reduce]:
                h = make(hi)
                log(f"reducing {cls} (header {hi}, {name})")
                red, det = reduce_failure(tools, h, name, cls, os.path.join(work, "reduce"),
                                          f"{args.seed}:{hi}:v", log)
                if red is None:
                    log("  (does not fail alone)")
                    continue
                text = red.render()[0].split("\n", 1)[1]
                if text in done:
                    continue
                done.add(text)
                fn = os.path.join(findings, f"{args.generator}-{slug(cls)}-s{args.seed}h{hi}{name}.h")
                with open(fn, "w") as f:
                    f.write(f"/* {args.generator}: {cls}: {det} */\n")
                    f.write(f"/* found by: scripts/layout-fuzz.sh --seed {args.seed} --per-header {args.per_header} "
                            f"(header {hi}, record {name}); reduced */\n")
                    f.write(text)
                log(f"  -> {fn}")
    shutil.rmtree(work, ignore_errors=True)
    if args.expect:
        # The list stays honest both ways: a class that no longer fails on
        # these seeds must leave the list, as an XPASS fails a lit test.
        gone = sorted(c for c in expected if c not in by_class)
        for c in gone:
            print(f"layout-fuzz: expected class no longer fails: '{c}': delete it from {args.expect}")
        ok = unexpected == 0 and not gone
        print(f"layout-fuzz: {'ok' if ok else 'FAIL'}: {unexpected} failing records outside the "
              f"expected classes, {len(gone)} expected classes gone")
        return 0 if ok else 1
    return 0 if totals["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
