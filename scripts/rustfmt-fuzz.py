#!/usr/bin/env python3
"""Differential fuzzer of kbindgen's text layout against rustfmt.

kbindgen lays its output out itself, as rustfmt would (lib/Emit); rustfmt is
the oracle. Each case is a random C header (identifiers of 1 to 80
characters; functions with many and long parameters, function-pointer
parameters and returns, variadics; records with bitfields, unions, arrays of
function pointers; enums; typedefs; extern variables; long string and number
macros; doc comments; attributes; static inline functions) run through
kbindgen with random options (--dynamic-loading with
--dynamic-link-require-all and --wrap-unsafe-ops, --generate-cstr, --use-core,
--ctypes-prefix, --rust-target 1.59/1.68/1.77/1.82/1.85, --explicit-padding,
--with-derive-*, --impl-debug, --default-enum-style, --constified-enum,
--wrap-static-fns, --bindgen-compat 0.60, ...). A case passes when kbindgen
succeeds, `rustfmt --check` accepts its output unchanged (with the edition
the output has: --edition 2021, or for --rust-target 1.85 --edition 2024
--style-edition 2021, the style kbindgen writes for every edition, see
docs/compatibility.md) and rustc type-checks it (against a stand-in
libloading for --dynamic-loading, test/functions/Inputs/libloading.rs).

With --style-2024, outputs of --rust-target 1.85 are also checked in
rustfmt's 2024 style edition and the count is reported (not a failure: the
2021 style is what kbindgen writes).

Usage: scripts/rustfmt-fuzz.py [--seed N] [--count N | --seconds S]
                               [--kbindgen PATH] [--keep DIR] [--no-rustc]
                               [--style-2024] [--jobs N] [--verbose]
                               [--expect FILE]
Prints one line per failing case (its seed and options) and a summary
`rustfmt-fuzz: N cases (seed S), N rustfmt-clean, N rustfmt diffs (H hunks),
N rustc errors, N kbindgen errors`; exits 1 when any case failed, or with
--expect FILE (lines `CASE-SEED reason`) when the failing cases are not
exactly the listed ones. --keep DIR copies each failing case (h.h, out.rs,
cmd) there. scripts/test.sh runs `--seed 1 --count 40 --expect
scripts/rustfmt-fuzz-expected.txt`; a long run is by hand
(docs/reliability.md).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBLOADING = os.path.join(ROOT, "test", "functions", "Inputs", "libloading.rs")
ALLOWED_LINTS = ["non_camel_case_types", "non_upper_case_globals",
                 "non_snake_case", "dead_code"]
RESERVED = {"as", "break", "const", "continue", "crate", "else", "enum",
            "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop",
            "match", "mod", "move", "mut", "pub", "ref", "return", "self",
            "static", "struct", "super", "trait", "true", "type", "unsafe",
            "use", "where", "while", "async", "await", "dyn", "abstract",
            "become", "box", "do", "final", "macro", "override", "priv",
            "typeof", "unsized", "virtual", "yield", "try", "gen", "union",
            "auto", "char", "int", "long", "short", "void", "float", "double",
            "signed", "unsigned", "do", "goto", "case", "default", "switch",
            "register", "volatile", "restrict", "inline", "sizeof", "extern",
            "asm"}
SCALARS = ["int", "unsigned int", "long", "unsigned long", "char",
           "unsigned char", "short", "long long", "unsigned long long",
           "double", "float", "_Bool", "void *", "const char *", "char *",
           "const void *", "int *", "unsigned long *"]
ENUM_STYLES = ["consts", "moduleconsts", "bitfield", "newtype", "rust",
               "rust_non_exhaustive"]
TARGETS = ["1.59", "1.68", "1.77", "1.82", "1.85"]


class Gen:
    """One random header and the names it declares."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.records = []      # struct/union tags that are complete
        self.typedefs = []     # typedef names of scalar or fn-pointer types
        self.out = []
        self.functions = []
        self.enums = []

    def ident(self, lo=1, hi=80):
        r = self.rng
        while True:
            n = r.choice([r.randint(lo, hi), r.randint(lo, min(hi, 12)),
                          r.randint(max(lo, 25), max(lo, min(hi, 70)))])
            first = r.choice("abcdefghijklmnopqrstuvwxyz")
            rest = "".join(r.choice("abcdefghijklmnopqrstuvwxyz_0123456789")
                           for _ in range(n - 1))
            name = first + rest
            # No double underscore (reserved for bindgen's own names), no
            # trailing underscore clashes with derived names.
            while "__" in name:
                name = name.replace("__", "_")
            if name.endswith("_"):
                name = name[:-1] + "x"
            if name in RESERVED or name in self.used:
                continue
            # Names kbindgen derives (_bindgen_*, Type_Variant) start with a
            # letter here, so a clash is unlikely; still keep them unique
            # case-insensitively for the C++-style enum prefixes.
            if name.lower() in {u.lower() for u in self.used}:
                continue
            self.used.add(name)
            return name

    def doc(self):
        r = self.rng
        if r.random() < 0.7:
            return ""
        words = [self.rng.choice(["the", "value", "of", "a", "long",
                                  "description", "`code`", "x", "with"])
                 for _ in range(r.randint(1, 40))]
        return "/** " + " ".join(words) + " */\n"

    def scalar(self):
        r = self.rng
        choices = list(SCALARS)
        if self.typedefs:
            choices += self.typedefs * 2
        if self.records:
            choices += ["%s *" % t for t in self.records]
            choices += ["const %s *" % t for t in self.records]
        return r.choice(choices)

    def fnptr(self, name, depth=0):
        """A declarator of a pointer to function named name."""
        r = self.rng
        params = ", ".join(self.param(depth + 1)
                           for _ in range(r.randint(0, 5))) or "void"
        if r.random() < 0.1 and params != "void":
            params += ", ..."
        return "%s (*%s)(%s)" % (self.scalar() if r.random() < 0.8 else "void",
                                 name, params)

    def param(self, depth=0, named=False):
        r = self.rng
        name = self.ident() if named or r.random() < 0.85 else ""
        if depth < 2 and r.random() < 0.15:
            return self.fnptr(name, depth)
        ty = self.scalar()
        sep = "" if ty.endswith("*") else " "
        return (ty + sep + name).strip()

    def record(self):
        r = self.rng
        kind = "union" if r.random() < 0.25 else "struct"
        tag = self.ident()
        body = []
        for _ in range(r.randint(1, 7)):
            field = self.ident()
            x = r.random()
            if x < 0.3 and kind == "struct":
                ty = r.choice(["unsigned int", "int", "unsigned char",
                               "unsigned long long", "_Bool", "short"])
                width = 1 if ty == "_Bool" else r.randint(
                    1, {"unsigned int": 32, "int": 32, "unsigned char": 8,
                        "unsigned long long": 64, "short": 16}[ty])
                body.append("  %s %s : %d;" % (ty, field, width))
            elif x < 0.4:
                body.append("  %s;" % self.fnptr("%s[%d]" % (field, r.randint(1, 8))))
            elif x < 0.5:
                body.append("  %s;" % self.fnptr(field))
            elif x < 0.6:
                body.append("  %s %s[%d];" % (r.choice(SCALARS[:10]), field,
                                              r.randint(1, 70)))
            else:
                ty = self.scalar()
                body.append("  %s%s%s;" % (ty, "" if ty.endswith("*") else " ",
                                           field))
        attr = ""
        if r.random() < 0.1:
            attr = " __attribute__((packed))"
        self.out.append("%s%s%s %s {\n%s\n};\n" % (
            self.doc(), kind, attr, tag, "\n".join(body)))
        self.records.append(kind + " " + tag)

    def enum(self):
        r = self.rng
        tag = self.ident()
        names = [self.ident() for _ in range(r.randint(1, 6))]
        vals = []
        for n in names:
            if r.random() < 0.5:
                vals.append("  %s = %d," % (n, r.choice(
                    [r.randint(-5, 5), r.randint(0, 1 << 30), 1 << r.randint(0, 30)])))
            else:
                vals.append("  %s," % n)
        self.out.append("%senum %s {\n%s\n};\n" % (self.doc(), tag,
                                                   "\n".join(vals)))
        self.enums.append(tag)
        if r.random() < 0.5:
            self.records_or_enum_field(tag)

    def records_or_enum_field(self, tag):
        name = self.ident()
        self.out.append("struct %s { enum %s %s; };\n" % (name, tag,
                                                          self.ident()))
        self.records.append("struct " + name)

    def typedef(self):
        r = self.rng
        name = self.ident()
        if r.random() < 0.5:
            self.out.append("typedef %s;\n" % self.fnptr(name))
        else:
            ty = self.scalar()
            self.out.append("typedef %s%s%s;\n" % (
                ty, "" if ty.endswith("*") else " ", name))
        self.typedefs.append(name)

    def function(self, static=False):
        r = self.rng
        name = self.ident()
        n = r.choice([0, 1, 2, r.randint(0, 10)])
        params = [self.param(named=static) for _ in range(n)]
        variadic = not static and params and r.random() < 0.15
        plist = ", ".join(params) + (", ..." if variadic else "")
        if not plist:
            plist = "void"
        attrs = ""
        if r.random() < 0.2:
            attrs = "__attribute__((warn_unused_result)) "
        ret = self.scalar() if r.random() < 0.8 else "void"
        if static:
            body = "{ return 0; }" if ret != "void" else "{}"
            if ret.endswith("*"):
                body = "{ return 0; }"
            self.out.append("%sstatic inline %s%s%s%s(%s) %s\n" % (
                self.doc(), attrs, ret, "" if ret.endswith("*") else " ",
                name, plist, body))
            return
        if r.random() < 0.1:
            # A function returning a function pointer.
            inner = self.fnptr("%s(%s)" % (name, plist))
            self.out.append("%s%s%s;\n" % (self.doc(), attrs, inner))
            return
        self.out.append("%s%s%s%s%s(%s);\n" % (
            self.doc(), attrs, ret, "" if ret.endswith("*") else " ", name,
            plist))

    def variable(self):
        r = self.rng
        name = self.ident()
        if r.random() < 0.2:
            self.out.append("extern %s;\n" % self.fnptr(name))
            return
        ty = self.scalar()
        const = "const " if r.random() < 0.3 and not ty.startswith("const") else ""
        arr = "[%d]" % r.randint(1, 9) if r.random() < 0.2 else ""
        self.out.append("extern %s%s%s%s%s;\n" % (
            const, ty, "" if ty.endswith("*") else " ", name, arr))

    def macro(self):
        r = self.rng
        name = self.ident().upper()
        x = r.random()
        if x < 0.4:
            s = "".join(r.choice("abc def/%:._-") for _ in range(r.randint(0, 120)))
            val = '"%s"' % s
        elif x < 0.8:
            val = r.choice([str(r.randint(0, 1 << 62)) + "ULL",
                            str(r.randint(-(1 << 31), 1 << 31)),
                            hex(r.randint(0, 1 << 64 - 1)) + "ULL",
                            "(1 << %d)" % r.randint(0, 30)])
        else:
            val = "%d.%de%d" % (r.randint(0, 999), r.randint(0, 99999),
                                r.randint(-30, 30))
        self.out.append("#define %s %s\n" % (name, val))

    def header(self):
        r = self.rng
        makers = [self.record, self.enum, self.typedef, self.function,
                  self.function, self.variable, self.macro,
                  lambda: self.function(static=True)]
        for _ in range(r.randint(3, 14)):
            r.choice(makers)()
        return "".join(self.out)


def options(rng, tmp, gen):
    r = rng
    opts = []
    target = r.choice(TARGETS + [None])
    if target:
        opts += ["--rust-target", target]
    if r.random() < 0.35:
        opts += ["--dynamic-loading", r.choice(["Lib", "a_rather_long_library_name_x"])]
        if r.random() < 0.5:
            opts.append("--dynamic-link-require-all")
        if r.random() < 0.5:
            opts.append("--wrap-unsafe-ops")
    for flag, p in [("--generate-cstr", 0.3), ("--use-core", 0.3),
                    ("--explicit-padding", 0.2), ("--impl-debug", 0.2),
                    ("--impl-partialeq", 0.1),
                    ("--with-derive-default", 0.3), ("--with-derive-hash", 0.2),
                    ("--with-derive-partialeq", 0.2), ("--with-derive-eq", 0.1),
                    ("--with-derive-ord", 0.1),
                    ("--with-derive-partialord", 0.1),
                    ("--enable-function-attribute-detection", 0.3),
                    ("--no-layout-tests", 0.1), ("--no-doc-comments", 0.1),
                    ("--merge-extern-blocks", 0.2), ("--size_t-is-usize", 0.1),
                    ("--no-prepend-enum-name", 0.1)]:
        if r.random() < p:
            opts.append(flag)
    # PartialOrd needs PartialEq, Ord needs Eq (kbindgen, like bindgen,
    # derives what it is told).
    if ({"--with-derive-ord", "--with-derive-partialord"} & set(opts) and
            "--with-derive-partialeq" not in opts):
        opts.append("--with-derive-partialeq")
    if "--with-derive-ord" in opts and "--with-derive-eq" not in opts:
        opts.append("--with-derive-eq")
    if r.random() < 0.15:
        opts += ["--bindgen-compat", "0.60"]
    if r.random() < 0.15:
        opts += ["--ctypes-prefix", r.choice(["::core::ffi",
                                              "::std::os::raw"])]
    if r.random() < 0.6:
        opts += ["--default-enum-style", r.choice(ENUM_STYLES)]
    if gen.enums and r.random() < 0.3:
        opts += [r.choice(["--constified-enum", "--constified-enum-module",
                           "--rustified-enum", "--bitfield-enum",
                           "--newtype-enum"]), r.choice(gen.enums)]
    if r.random() < 0.2:
        opts += ["--wrap-static-fns", "--wrap-static-fns-path",
                 os.path.join(tmp, "wrap")]
    return opts


def edition_of(opts):
    return "2024" if "1.85" in opts else "2021"


def run_case(seed, args, tmp_root):
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="case-%d-" % seed, dir=tmp_root)
    gen = Gen(rng)
    text = gen.header()
    opts = options(rng, tmp, gen)
    header = os.path.join(tmp, "h.h")
    out = os.path.join(tmp, "out.rs")
    with open(header, "w") as f:
        f.write(text)
    res = {"seed": seed, "opts": opts, "dir": tmp}
    cmd = [args.kbindgen, header, "-o", out] + opts + [
        "--", "--target=x86_64-unknown-linux-gnu"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        res["kbindgen"] = p.stderr.strip().splitlines()[-1:] or ["exit %d" % p.returncode]
        return res
    ed = edition_of(opts)
    fmt = [args.rustfmt, "--edition", ed, "--check", out]
    if ed == "2024":
        fmt[3:3] = ["--style-edition", "2021"]
    p = subprocess.run(fmt, capture_output=True, text=True)
    if p.returncode != 0:
        res["rustfmt"] = p.stdout
    if args.style_2024 and ed == "2024":
        p = subprocess.run([args.rustfmt, "--edition", "2024", "--check", out],
                           capture_output=True, text=True)
        res["style2024"] = p.returncode != 0
    if not args.no_rustc:
        rc = [args.rustc, "--edition", ed, "--crate-type", "lib",
              "--crate-name", "bindings", "--emit=metadata",
              "-o", os.path.join(tmp, "lib.rmeta")]
        for lint in ALLOWED_LINTS:
            rc += ["-A", lint]
        if "--dynamic-loading" in opts:
            rc += ["--extern", "libloading=" + args.libloading_rlib]
        p = subprocess.run(rc + [out], capture_output=True, text=True)
        if p.returncode != 0:
            err = [l for l in p.stderr.splitlines() if l.startswith("error")]
            res["rustc"] = err[:1] or ["exit %d" % p.returncode]
    return res


def hunks(diff):
    return sum(1 for l in diff.splitlines() if l.startswith("Diff in "))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int)
    ap.add_argument("--seconds", type=float)
    ap.add_argument("--kbindgen", default=os.path.join(
        os.environ.get("KBINDGEN_BUILD_DIR", os.path.join(ROOT, "build")),
        "bin", "kbindgen"))
    ap.add_argument("--rustfmt", default=shutil.which("rustfmt") or "rustfmt")
    ap.add_argument("--rustc", default=shutil.which("rustc") or "rustc")
    ap.add_argument("--keep", help="copy each failing case's folder here")
    ap.add_argument("--no-rustc", action="store_true")
    ap.add_argument("--style-2024", action="store_true")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--expect", help="file of the case seeds known to fail")
    ap.add_argument("--verbose", action="store_true",
                    help="print each failing case's rustfmt diff")
    args = ap.parse_args()
    if args.count is None and args.seconds is None:
        args.count = 50
    if not os.path.exists(args.kbindgen):
        sys.exit("rustfmt-fuzz: no kbindgen at %s" % args.kbindgen)
    tmp_root = tempfile.mkdtemp(prefix="kbindgen-rustfmt-fuzz-")
    try:
        args.libloading_rlib = os.path.join(tmp_root, "liblibloading.rlib")
        subprocess.run([args.rustc, "--edition", "2021", "--crate-type",
                        "rlib", "--crate-name", "libloading", "-o",
                        args.libloading_rlib, LIBLOADING], check=True)
        return fuzz(args, tmp_root)
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)


def fuzz(args, tmp_root):
    start = time.monotonic()
    stats = dict(cases=0, clean=0, diffs=0, hunks=0, rustc=0, kbindgen=0,
                 s2024=0, s2024_diff=0)
    failed = []

    def seeds():
        i = 0
        while True:
            if args.count is not None and i >= args.count:
                return
            if args.seconds is not None and time.monotonic() - start >= args.seconds:
                return
            yield args.seed * 1000003 + i
            i += 1

    def record(res):
        stats["cases"] += 1
        bad = False
        if "kbindgen" in res:
            stats["kbindgen"] += 1
            bad = True
            print("seed %d: kbindgen failed: %s  [%s]" % (
                res["seed"], res["kbindgen"][0], " ".join(res["opts"])))
        if "rustfmt" in res:
            stats["diffs"] += 1
            stats["hunks"] += hunks(res["rustfmt"])
            bad = True
            print("seed %d: rustfmt: %d hunks  [%s]" % (
                res["seed"], hunks(res["rustfmt"]), " ".join(res["opts"])))
            if args.verbose:
                print(res["rustfmt"])
        elif "kbindgen" not in res:
            stats["clean"] += 1
        if "rustc" in res:
            stats["rustc"] += 1
            bad = True
            print("seed %d: rustc: %s  [%s]" % (res["seed"], res["rustc"][0],
                                                " ".join(res["opts"])))
        if "style2024" in res:
            stats["s2024"] += 1
            stats["s2024_diff"] += res["style2024"]
        if bad:
            failed.append(res["seed"])
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                dest = os.path.join(args.keep, "case-%d" % res["seed"])
                shutil.rmtree(dest, ignore_errors=True)
                shutil.copytree(res["dir"], dest)
                with open(os.path.join(dest, "cmd"), "w") as f:
                    f.write(" ".join(res["opts"]) + "\n")
        shutil.rmtree(res["dir"], ignore_errors=True)

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        pending = []
        for seed in seeds():
            pending.append(pool.submit(run_case, seed, args, tmp_root))
            if len(pending) >= 2 * max(1, args.jobs):
                record(pending.pop(0).result())
        for f in pending:
            record(f.result())
    line = ("rustfmt-fuzz: %d cases (seed %d), %d rustfmt-clean, %d rustfmt "
            "diffs (%d hunks), %d rustc errors, %d kbindgen errors, %.0f s" % (
                stats["cases"], args.seed, stats["clean"], stats["diffs"],
                stats["hunks"], stats["rustc"], stats["kbindgen"],
                time.monotonic() - start))
    if args.style_2024:
        line += "; 2024 style: %d of %d edition-2024 outputs differ" % (
            stats["s2024_diff"], stats["s2024"])
    print(line)
    if args.expect is None:
        return 1 if failed else 0
    expected = set()
    with open(args.expect) as f:
        for l in f:
            l = l.split("#")[0].split()
            if l:
                expected.add(int(l[0]))
    new = sorted(set(failed) - expected)
    fixed = sorted(expected - set(failed))
    for seed in new:
        print("rustfmt-fuzz: case %d fails and is not in %s" % (seed, args.expect))
    for seed in fixed:
        print("rustfmt-fuzz: case %d passes now: delete its line in %s" % (
            seed, args.expect))
    print("rustfmt-fuzz: %d expected failures, %d new, %d fixed" % (
        len(set(failed) & expected), len(new), len(fixed)))
    return 1 if new or fixed else 0


if __name__ == "__main__":
    sys.exit(main())
