#!/usr/bin/env python3
"""The Rust side of the kernel patch of --helpers, compared with Kbuild's.

scripts/kernel-patches/linux-6.12-helpers.patch moves the helpers kbindgen
can generate out of rust/helpers: Kbuild then declares them in
bindings_generated.rs (kbindgen's `#[link_name = "rust_helper_X"] pub fn X`)
instead of in bindings_helpers_generated.rs (bindgen over the hand-written
helpers, then sed). For every helper the patch replaced (those of the
unpatched tree's bindings_helpers_generated.rs that the patched tree's no
longer has), this checks that

  - the patched bindings_generated.rs declares it, with the link name
    rust_helper_X, and declares no other rust_helper_ function;
  - its declaration is API-identical to the unpatched one:
    ../shared/tools/apidiff on two crates laid out as rust/bindings/lib.rs
    lays them out (the bindings in a private module, the helpers in a
    module of their own that imports them), so every type is resolved by
    rustdoc against the real bindings of each tree, compared with
    --prefix helpers::.

The trees are those of scripts/kernel-bindings.sh (the reference) and
scripts/kernel-bindings.sh --helpers (the patched one); both are only read.

Usage: scripts/kernel-helpers-apidiff.py [--cache DIR] [--reference OBJTREE]
           [--patched OBJTREE] [--apidiff PATH] [--out DIR]
"""
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbuild_command import (FFI_MODULE, blocklisted_type_aliases,  # noqa: E402
                            default_cache, find_apidiff, reference_objtree)

HELPERS = "rust/bindings/bindings_helpers_generated.rs"
BINDINGS = "rust/bindings/bindings_generated.rs"

# As rust/bindings/lib.rs: the `ffi` crate (rust/ffi.rs) and the types
# bindgen_parameters blocklists.
PRELUDE = "#![no_std]\n" + FFI_MODULE + """#[allow(dead_code)]
mod bindings_raw {
    use super::ffi;
""" + blocklisted_type_aliases("    ") + """    include!(%s);
}
pub mod helpers {
    #[allow(unused_imports)]
    use super::bindings_raw::*;
    #[allow(unused_imports)]
    use super::ffi;
%s
}
"""


def extern_items(text):
    """{function name: (link name or None, text of its `extern "C"` block)}
    of the functions declared in text."""
    items = {}
    for m in re.finditer(r'^(?:unsafe )?extern "C" \{\n(.*?)^\}\n', text,
                         re.S | re.M):
        body = m.group(1)
        for f in re.finditer(r'((?:\s*#\[[^\]]*\]\s*)*)pub fn (\w+)\s*\(',
                             body):
            link = re.search(r'link_name\s*=\s*"([^"]+)"', f.group(1))
            items[f.group(2)] = (link.group(1) if link else None, m.group(0))
    return items


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError as e:
        sys.exit(f"kernel-helpers-apidiff: {e} (run scripts/kernel-bindings.sh"
                 f" [--helpers] first)")


def crate(path, bindings, blocks):
    body = "".join("    " + l + "\n" if l else "\n"
                   for b in blocks for l in b.rstrip("\n").split("\n"))
    with open(path, "w") as f:
        f.write(PRELUDE % ('"%s"' % bindings, body.rstrip("\n")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", default=default_cache())
    ap.add_argument("--reference", help="the unpatched defconfig tree")
    ap.add_argument("--patched", help="the patched defconfig tree")
    ap.add_argument("--apidiff", default=find_apidiff())
    ap.add_argument("--out", default=os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "kernel-helpers-apidiff"))
    args = ap.parse_args()
    ref_tree = os.path.abspath(args.reference or reference_objtree(args.cache))
    new_tree = os.path.abspath(args.patched or reference_objtree(
        args.cache, "defconfig-rust-helpers"))
    os.makedirs(args.out, exist_ok=True)

    ref = extern_items(read(os.path.join(ref_tree, HELPERS)))
    kept = extern_items(read(os.path.join(new_tree, HELPERS)))
    ours = {n: v for n, v in
            extern_items(read(os.path.join(new_tree, BINDINGS))).items()
            if v[0] and v[0].startswith("rust_helper_")}
    replaced = [n for n in ref if n not in kept]
    print(f"helpers: Kbuild's {len(ref)} helpers: {len(replaced)} replaced "
          f"by kbindgen's, {len(kept)} hand-written "
          f"({', '.join(kept)})")
    ok = bool(replaced)
    for n in replaced:
        if n not in ours:
            print(f"  not declared by the patched bindings_generated.rs: {n}")
            ok = False
        elif ours[n][0] != ref[n][0]:
            print(f"  {n}: link name {ours[n][0]}, Kbuild's {ref[n][0]}")
            ok = False
    for n in ours:
        if n not in replaced:
            print(f"  declared but not one of the replaced helpers: {n}")
            ok = False
    linked = sum(1 for n in replaced if n in ours and ours[n][0] == ref[n][0])
    print(f"helpers: {linked} of {len(replaced)} declared in "
          f"bindings_generated.rs with Kbuild's link name")

    # Not part of a function's type, so not compared by apidiff: the
    # attributes kbindgen adds from the wrapped C function (__must_check).
    extra = [n for n in replaced if n in ours and "#[must_use]" in ours[n][1]
             and "#[must_use]" not in ref[n][1]]
    if extra:
        print(f"helpers: #[must_use] from the C function's __must_check, "
              f"which the hand-written helper dropped: {', '.join(extra)}")

    ref_rs = os.path.join(args.out, "reference.rs")
    ours_rs = os.path.join(args.out, "patched.rs")
    crate(ref_rs, os.path.join(ref_tree, BINDINGS),
          [ref[n][1] for n in replaced])
    crate(ours_rs, os.path.join(new_tree, BINDINGS),
          [ours[n][1] for n in replaced if n in ours])
    if not args.apidiff:
        print("helpers: apidiff SKIPPED: no apidiff (set APIDIFF or pass "
              "--apidiff PATH); only the link names above were compared")
        print("kernel-helpers-apidiff: " + ("ok" if ok else "FAILED"))
        return 0 if ok else 1
    diff = subprocess.run([args.apidiff, ref_rs, ours_rs, "--prefix",
                           "helpers::"], capture_output=True, text=True)
    lines = diff.stdout.strip().splitlines()
    for l in lines:
        print("  " + l if l != lines[-1] else "helpers: apidiff " + l)
    if diff.returncode != 0:
        print(diff.stderr[-3000:])
        ok = False
    print(f"  ({ref_rs} vs {ours_rs})")
    print("kernel-helpers-apidiff: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
