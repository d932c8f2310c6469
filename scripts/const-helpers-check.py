#!/usr/bin/env python3
"""Checks that kbindgen makes Linux's RUST_CONST_HELPER_* workaround unneeded.

Linux 6.12's rust/bindings/bindings_helper.h defines
`const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;` and ten more, only
because bindgen cannot evaluate those macros. This script

 1. runs kbindgen with Kbuild's exact command line on the real header and
    records the helpers' values and types (after Kbuild's rename);
 2. runs it on a copy of the header with every RUST_CONST_HELPER_ line
    removed, with Kbuild's other flags but without
    `--blocklist-item ARCH_SLAB_MINALIGN` (which exists only because of them);
 3. checks that the second run emits every constant from the macro itself,
    with the helper's value and, where the helper had one, the same typedef.

Usage: scripts/const-helpers-check.py [--cache DIR] [--kbindgen PATH] [--extra-flag F]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbuild_command import (BINDINGS, add_tool_args,  # noqa: E402
                            kbindgen_command, reference_objtree,
                            saved_command, without_option)

CONST = re.compile(r"^pub const ([A-Za-z_][A-Za-z0-9_]*): ([^=]+) = (.+);$")


def consts(path):
    out = {}
    with open(path) as f:
        for line in f:
            m = CONST.match(line.strip())
            if m:
                out[m.group(1)] = (m.group(2).strip(), m.group(3).strip())
    return out


def main():
    ap = argparse.ArgumentParser()
    add_tool_args(ap)
    ap.add_argument("--extra-flag", action="append", default=[])
    a = ap.parse_args()
    objtree = reference_objtree(a.cache)
    bargs, cargs = saved_command(objtree, BINDINGS)
    header = bargs[0]
    kb = os.path.abspath(a.kbindgen)

    with tempfile.TemporaryDirectory(prefix="kbindgen-helpers-") as tmp:
        ref = os.path.join(tmp, "ref.rs")
        subprocess.run(kbindgen_command(kb, bargs, cargs, ref, a.extra_flag),
                       cwd=objtree, check=True, stderr=subprocess.DEVNULL)
        helpers = {k[len("RUST_CONST_HELPER_"):]: v for k, v in consts(ref).items()
                   if k.startswith("RUST_CONST_HELPER_")}
        with open(header) as f:
            text = f.read()
        stripped = "\n".join(l for l in text.splitlines() if "RUST_CONST_HELPER_" not in l)
        copy = os.path.join(tmp, "bindings_helper.h")
        with open(copy, "w") as f:
            f.write(stripped + "\n")
        out = os.path.join(tmp, "out.rs")
        noflag = without_option(bargs, "--blocklist-item", ["ARCH_SLAB_MINALIGN"])
        # Quoted includes of the header resolve next to the original.
        subprocess.run(kbindgen_command(kb, noflag, cargs + ["-I", os.path.dirname(header)],
                                        out, a.extra_flag, header=copy),
                       cwd=objtree, check=True, stderr=subprocess.DEVNULL)
        got = consts(out)
        ok = 0
        for name, (ty, value) in sorted(helpers.items()):
            g = got.get(name)
            # The macro's own C type: a cast keeps its typedef (gfp_t); an
            # uncast expression (BIT(31), __alignof__) is unsigned long, which
            # the helpers spelled size_t (usize) or vm_flags_t (unsigned long).
            same_type = g and (g[0] == ty or g[0].split("::")[-1] in ("c_ulong", "usize")
                               and ty.split("::")[-1] in ("usize", "size_t", "vm_flags_t"))
            status = "ok" if g and g[1] == value and same_type else "MISMATCH"
            ok += status == "ok"
            print(f"const-helpers: {name}: helper {ty} = {value}; "
                  f"macro {g[0] + ' = ' + g[1] if g else 'missing'}: {status}")
        print(f"const-helpers: {ok}/{len(helpers)} constants emitted from the macros "
              f"with the helpers' values and types")
        return 0 if helpers and ok == len(helpers) else 1


if __name__ == "__main__":
    sys.exit(main())
