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

With --objtree, another prepared tree (arm64, riscv, ...): the check is
for that tree's target (macro_check.py takes the widths of long and
pointers from Clang's predefined macros for the same flags).

Usage: scripts/macro-oracle.py [--cache DIR] [--objtree DIR] [--kbindgen PATH]
                               [--bindgen-output FILE.rs] [--extra-flag F]...
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbuild_command import (BINDINGS, ROOT, UAPI, add_tool_args,  # noqa: E402
                            kbindgen_command, reference_objtree, saved_command)
sys.path.insert(0, os.path.join(ROOT, "test", "utils"))
import macro_check  # noqa: E402

CLANG = "/usr/lib/llvm-19/bin/clang"
INPUTS = [("bindings_helper.h", BINDINGS), ("uapi_helper.h", UAPI)]
CONST = re.compile(r"^pub const ([A-Za-z_][A-Za-z0-9_]*): ([^=]+) = (-?[0-9]+);$")
INT_TYPES = {"u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64",
             "i128", "usize", "isize"}


def macro_names(clang_args, header, objtree):
    """Object-like macro names defined by the header (clang -dM -E)."""
    out = subprocess.run([CLANG, "-dM", "-E"] + clang_args + ["-x", "c", header],
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
    add_tool_args(ap)
    ap.add_argument("--bindgen-output", action="append", default=[],
                    help="bindgen 0.60.1's output for the same input (in INPUTS order)")
    ap.add_argument("--extra-flag", action="append", default=[])
    ap.add_argument("--objtree", help="a prepared kernel tree (default: the x86_64 "
                    "LLVM=-19 defconfig-rust one under --cache)")
    a = ap.parse_args()
    objtree = a.objtree or reference_objtree(a.cache)
    total_ok = total = 0
    failed = False
    with tempfile.TemporaryDirectory(prefix="kbindgen-oracle-") as tmp:
        for n, (inp, cmdfile) in enumerate(INPUTS):
            bargs, cargs = saved_command(objtree, cmdfile)
            header = bargs[0]
            out = os.path.join(tmp, "out.rs")
            subprocess.run(kbindgen_command(os.path.abspath(a.kbindgen), bargs, cargs,
                                            out, a.extra_flag),
                           cwd=objtree, check=True, stderr=subprocess.DEVNULL)
            macros = macro_names(cargs, header, objtree)
            consts = {k: v for k, v in constants(out).items() if k in macros}
            ints = {k: v for k, v in consts.items()
                    if v[0].split("::")[-1] in INT_TYPES or "::" in v[0] or v[0][0].isalpha()}
            _, checked, bad, errors = macro_check.check_bindings(
                CLANG, out, header, cargs, set(ints), cwd=objtree)
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
            failed = macro_check.report(f"macro-oracle: {inp}", bad, errors) or failed
    print(f"macro-oracle: {total_ok}/{total} integer macro constants equal to C's "
          "value, sign and width")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
