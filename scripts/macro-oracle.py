#!/usr/bin/env python3
"""C oracle for kbindgen's macro constants on the kernel tree.

Runs kbindgen with Kbuild's exact command line (from the saved .cmd file of
the tree scripts/kernel-bindings.sh prepared) on bindings_helper.h and
uapi_helper.h, collects every integer constant it emitted for an object-like
macro, and writes a C file of

    #ifdef NAME
    _Static_assert((NAME) == VALUE, "NAME");
    #endif

compiled by clang-19 with the same flags after the same header: the compiler
itself checks every value. Also counts the macros kbindgen emits against
Debian's bindgen 0.60.1 output when one is given (--bindgen-output).

Usage: scripts/macro-oracle.py [--cache DIR] [--kbindgen PATH]
                               [--bindgen-output FILE.rs] [--extra-flag F]...
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLANG = "/usr/lib/llvm-19/bin/clang"
INPUTS = [("bindings_helper.h", "rust/bindings/.bindings_generated.rs.cmd"),
          ("uapi_helper.h", "rust/uapi/.uapi_generated.rs.cmd")]
CONST = re.compile(r"^pub const ([A-Za-z_][A-Za-z0-9_]*): ([^=]+) = (-?[0-9]+);$")
INT_TYPES = {"u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64",
             "i128", "usize", "isize"}


def saved_command(objtree, cmdfile):
    with open(os.path.join(objtree, cmdfile)) as f:
        cmd = re.search(r"^savedcmd_\S+ := (.*)$", f.read(), re.M).group(1)
    words = shlex.split(cmd.split(" ; ")[0])
    sep = words.index("--")
    return words[1:sep], words[sep + 1:]


def c_literal(value):
    v = int(value)
    if v < 0:
        return f"({v + 1}LL - 1)"
    return f"{v}ULL"


def macro_names(clang_args, header, objtree):
    """Object-like macro names defined by the header (clang -dM -E)."""
    args = [a for a in clang_args if not a.startswith("-Wp,-M")]
    out = subprocess.run([CLANG, "-dM", "-E"] + args + ["-x", "c", header],
                         cwd=objtree, capture_output=True, text=True, check=True).stdout
    names = set()
    for line in out.splitlines():
        m = re.match(r"#define ([A-Za-z_][A-Za-z0-9_]*)[ \t]", line)
        if m:
            names.add(m.group(1))
    return names


def constants(path):
    out = {}
    with open(path) as f:
        for line in f:
            m = CONST.match(line.strip())
            if m and m.group(2).split("::")[-1].strip() not in ("bool",):
                out[m.group(1)] = (m.group(2).strip(), m.group(3))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=os.environ.get(
        "KBINDGEN_CACHE", os.path.expanduser("~/.cache/kbindgen")))
    ap.add_argument("--kbindgen", default=os.path.join(ROOT, "build/bin/kbindgen"))
    ap.add_argument("--bindgen-output", action="append", default=[],
                    help="bindgen 0.60.1's output for the same input (in INPUTS order)")
    ap.add_argument("--extra-flag", action="append", default=[])
    a = ap.parse_args()
    objtree = os.path.join(a.cache, "build-x86_64-defconfig-rust")
    total_ok = total = 0
    failed = False
    with tempfile.TemporaryDirectory(prefix="kbindgen-oracle-") as tmp:
        for n, (inp, cmdfile) in enumerate(INPUTS):
            bargs, cargs = saved_command(objtree, cmdfile)
            cargs = [a2 for a2 in cargs if not a2.startswith("-Wp,-M")]
            header = bargs[0]
            out = os.path.join(tmp, "out.rs")
            args = [x for x in bargs[1:]]
            if "-o" in args:
                i = args.index("-o")
                del args[i:i + 2]
            subprocess.run([os.path.abspath(a.kbindgen), header] + args + a.extra_flag +
                           ["-o", out, "--"] + cargs, cwd=objtree, check=True,
                           stderr=subprocess.DEVNULL)
            macros = macro_names(cargs, header, objtree)
            consts = {k: v for k, v in constants(out).items() if k in macros}
            ints = {k: v for k, v in consts.items()
                    if v[0].split("::")[-1] in INT_TYPES or "::" in v[0] or v[0][0].isalpha()}
            oracle = os.path.join(tmp, "oracle.c")
            with open(oracle, "w") as f:
                f.write(f'#include "{header}"\n')
                for name, (ty, value) in sorted(ints.items()):
                    f.write(f"#ifdef {name}\n_Static_assert(({name}) == {c_literal(value)}, "
                            f'"{name}");\n#endif\n')
            run = subprocess.run([CLANG, "-fsyntax-only", "-Wno-error"] + cargs +
                                 ["-ferror-limit=0", oracle], cwd=objtree,
                                 capture_output=True, text=True)
            bad = sorted(set(re.findall(r"static assertion failed.*: ([A-Za-z0-9_]+)$",
                                        run.stderr, re.M)))
            errors = len(re.findall(r"error:", run.stderr))
            ok = len(ints) - len(bad)
            total_ok += ok
            total += len(ints)
            line = (f"macro-oracle: {inp}: {len(consts)} macro constants emitted, "
                    f"{len(ints)} integers checked by clang-19, {ok} equal")
            if n < len(a.bindgen_output):
                bg = constants(a.bindgen_output[n])
                bg_macros = {k for k in bg if k in macros}
                line += f"; bindgen 0.60.1 emits {len(bg_macros)} macro constants"
            print(line)
            if bad or errors != len(bad):
                failed = True
                print(f"macro-oracle: {inp}: mismatches: {', '.join(bad[:40])}")
                if errors != len(bad):
                    print(run.stderr[-3000:])
    print(f"macro-oracle: {total_ok}/{total} integer macro constants equal to C's value")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
