#!/usr/bin/env python3
"""C oracle for kbindgen's macro constants on the kernel tree.

Runs kbindgen with Kbuild's exact command line (from the saved .cmd file of
the tree scripts/kernel-bindings.sh prepared) on bindings_helper.h and
uapi_helper.h, collects every integer constant it emitted for an object-like
macro, and has clang-19, with the same flags after the same header, check
each one's value, sign and width (test/utils/macro_check.py):

    _Static_assert((NAME) == VALUE, "NAME value");
    _Static_assert(((NAME) < 0) == NEGATIVE, "NAME sign");
    _Static_assert(SIZE <= sizeof(NAME), "NAME width");  /* == for C types */

`(NAME) == VALUE` alone holds for -1 against 0xFFFFFFFFFFFFFFFFULL (C's
usual arithmetic conversions); the sign check does not. Also counts the
macros kbindgen emits against Debian's bindgen 0.60.1 output when one is
given (--bindgen-output).

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
sys.path.insert(0, os.path.join(ROOT, "test", "utils"))
import macro_check  # noqa: E402

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
            all_consts, types = macro_check.read_bindings(out)
            checked, bad, errors = macro_check.check(
                CLANG, header, cargs, all_consts, types, set(ints), cwd=objtree)
            failed_names = set(sum(bad.values(), []))
            ok = checked - len(failed_names)
            total_ok += ok
            total += checked
            line = (f"macro-oracle: {inp}: {len(consts)} macro constants emitted, "
                    f"{checked} integers checked by clang-19 (value, sign, width), "
                    f"{ok} equal")
            if n < len(a.bindgen_output):
                bg = constants(a.bindgen_output[n])
                bg_macros = {k for k in bg if k in macros}
                line += f"; bindgen 0.60.1 emits {len(bg_macros)} macro constants"
            print(line)
            if failed_names or errors:
                failed = True
                for kind, names in bad.items():
                    if names:
                        print(f"macro-oracle: {inp}: {kind} differs ({len(names)}): "
                              f"{', '.join(sorted(names)[:40])}")
                if errors:
                    print(errors)
    print(f"macro-oracle: {total_ok}/{total} integer macro constants equal to C's "
          "value, sign and width")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
