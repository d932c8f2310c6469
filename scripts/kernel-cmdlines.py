#!/usr/bin/env python3
"""Later kernels' bindgen command lines, run on Linux 6.12's headers.

Linux keeps changing what it passes to bindgen (rust/Makefile,
rust/bindgen_parameters, the clang flags of the top Makefile). For each
version in the table below this script takes Kbuild's saved commands of the
prepared 6.12 tree (scripts/kernel-bindings.sh), rewrites them to that
version's full command line as the upstream files spell it, runs kbindgen
for the three outputs (bindings, uapi, helpers; then Kbuild's sed
post-passes) and compiles them the way the kernel does: the `ffi` crate
(rust/ffi.rs: c_char = u8, c_long = isize), then crates shaped like
rust/bindings/lib.rs and rust/uapi/lib.rs with the kernel's lints and
-Dwarnings, RUSTC_BOOTSTRAP=1, `--edition 2024` from `--rust-target 1.85`
on, a stand-in `MaybeZeroable` derive (test/Inputs/maybe_zeroable.rs) and
`#![feature(cfi_encoding)]` when the flags use them. It also checks that
kbindgen printed nothing (a kernel build must be quiet), that each output is
rustfmt-clean for its edition, and that `kbindgen --version`, called as that
kernel's rust_is_available.sh calls it, passes its minimum bindgen version.

Usage: scripts/kernel-cmdlines.py [--version V]... [--cache DIR]
                                  [--kbindgen PATH] [--rustc PATH]
                                  [--rustfmt PATH] [--keep DIR]
       scripts/kernel-cmdlines.py --list
Without --version every version of the table runs; --list prints them.
Exit status 0 when all pass.
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbuild_command import (BINDINGS, HELPERS, ROOT, UAPI,  # noqa: E402
                            parse_kernel_args, saved_command)

# The versions, oldest first; each flag below names the first version that
# passes it and the first that no longer does.
VERSIONS = ["6.13", "6.18", "6.19", "7.0", "7.1"]

# rust/bindgen_parameters (x86_64), one line per flag as the file spells it
# (Kbuild's shell removes the quotes).
BINDGEN_PARAMETERS = [
    ("--blocklist-type __kernel_s?size_t", "6.13", None),
    ("--blocklist-type __kernel_ptrdiff_t", "6.13", None),
    ("--opaque-type xregs_state", "6.13", None),
    ("--opaque-type desc_struct", "6.13", None),
    ("--opaque-type arch_lbr_state", "6.13", None),
    ("--opaque-type local_apic", "6.13", None),
    ("--opaque-type alt_instr", "6.13", None),
    ("--opaque-type x86_msi_data", "6.13", None),
    ("--opaque-type x86_msi_addr_lo", "6.13", None),
    ("--opaque-type kunit_try_catch", "6.13", "7.1"),
    ("--opaque-type spinlock", "6.13", None),
    ("--newtype-enum lru_status", "7.1", None),
    ("--with-attribute-custom-enum=lru_status="
     "'#[cfi_encoding=\"10lru_status\"]'", "7.1", None),
    ("--no-doc-comments", "6.13", None),
    ("--blocklist-function __list_.*_report", "6.13", None),
    ("--blocklist-item ARCH_SLAB_MINALIGN", "6.13", None),
    ("--blocklist-item ARCH_KMALLOC_MINALIGN", "6.18", None),
    # 7.0: VM_* became BIT((__force int)VMA_*_BIT); RUST_CONST_HELPER_VM_*
    # stand for them (VM_MAYEXEC is listed twice upstream).
    ("--blocklist-item VM_MERGEABLE", "7.0", None),
    ("--blocklist-item VM_READ", "7.0", None),
    ("--blocklist-item VM_WRITE", "7.0", None),
    ("--blocklist-item VM_EXEC", "7.0", None),
    ("--blocklist-item VM_SHARED", "7.0", None),
    ("--blocklist-item VM_MAYREAD", "7.0", None),
    ("--blocklist-item VM_MAYWRITE", "7.0", None),
    ("--blocklist-item VM_MAYEXEC", "7.0", None),
    ("--blocklist-item VM_MAYEXEC", "7.0", None),
    ("--blocklist-item VM_PFNMAP", "7.0", None),
    ("--blocklist-item VM_IO", "7.0", None),
    ("--blocklist-item VM_DONTCOPY", "7.0", None),
    ("--blocklist-item VM_DONTEXPAND", "7.0", None),
    ("--blocklist-item VM_LOCKONFAULT", "7.0", None),
    ("--blocklist-item VM_ACCOUNT", "7.0", None),
    ("--blocklist-item VM_NORESERVE", "7.0", None),
    ("--blocklist-item VM_HUGETLB", "7.0", None),
    ("--blocklist-item VM_SYNC", "7.0", None),
    ("--blocklist-item VM_ARCH_1", "7.0", None),
    ("--blocklist-item VM_WIPEONFORK", "7.0", None),
    ("--blocklist-item VM_DONTDUMP", "7.0", None),
    ("--blocklist-item VM_SOFTDIRTY", "7.0", None),
    ("--blocklist-item VM_MIXEDMAP", "7.0", None),
    ("--blocklist-item VM_HUGEPAGE", "7.0", None),
    ("--blocklist-item VM_NOHUGEPAGE", "7.0", None),
    ("--with-derive-custom-struct .*=MaybeZeroable", "6.18", None),
    ("--with-derive-custom-union .*=MaybeZeroable", "6.18", None),
]

# rust/Makefile's cmd_bindgen, after $(bindgen_target_flags).
MAKEFILE_FLAGS = [
    ("--rust-target 1.68", "6.13", "7.1"),
    ("--rust-target 1.85", "7.1", None),
    ("--use-core --with-derive-default --ctypes-prefix ffi", "6.13", None),
    ("--no-layout-tests --no-debug '.*'", "6.13", None),
    ("--enable-function-attribute-detection", "6.13", None),
]

# rust/Makefile's bindgen_target_flags for rust/helpers/helpers.c.
HELPER_FLAGS = [
    ("--blocklist-type '.*' --allowlist-var ''", "6.13", None),
    ("--allowlist-function 'rust_helper_.*'", "6.13", None),
]

# Clang flags newer than 6.12's that reach bindgen (6.13's -fno-builtin is
# already in Debian's 6.12.117), each after the flag it follows upstream.
CLANG_FLAGS = [
    ("-fno-builtin", "6.13", None, "-D__BINDGEN__"),
    ("-fms-extensions", "6.19", None, "-fstrict-flex-arrays=3"),
    ("-Wno-microsoft-anon-tag", "6.19", None, "-Wno-gnu"),
]

# scripts/min-tool-version.sh's bindgen, and whether rust_is_available.sh
# still passes a dummy argument to --version (dropped in 7.1).
MIN_BINDGEN = {"6.13": "0.65.1", "6.18": "0.65.1", "6.19": "0.65.1",
               "7.0": "0.65.1", "7.1": "0.71.1"}
VERSION_DUMMY_ARG = {"6.13": True, "6.18": True, "6.19": True, "7.0": True,
                     "7.1": False}

# The post-passes of rust/Makefile's bindgen_target_extra.
CONST_HELPER = (r"pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)", r"pub const \1")
HELPER_LINK_NAME = (r"pub fn rust_helper_([a-zA-Z0-9_]*)",
                    r'#[link_name="rust_helper_\1"]\n    pub fn \1')

# The kernel's Rust lints (top Makefile's rust_common_flags) that apply to
# the bindings crates on any host.
RUST_FLAGS = ["-Dnon_ascii_idents", "-Dunsafe_op_in_unsafe_fn",
              "-Wmissing_docs", "-Wrust_2018_idioms", "-Wunreachable_pub",
              "-Cpanic=abort", "-Dwarnings"]


def key(version):
    return tuple(int(p) for p in version.split("."))


def flags_for(table, version):
    """The words of the table's lines that `version` passes, as its shell
    would split them."""
    words = []
    for line, first, gone in table:
        if key(first) <= key(version) and (gone is None or key(version) < key(gone)):
            words += shlex.split(line)
    return words


def clang_args_for(saved, version):
    args = list(saved)
    for flag, first, gone, after in CLANG_FLAGS:
        wanted = key(first) <= key(version) and (gone is None or key(version) < key(gone))
        if not wanted:
            args = [a for a in args if a != flag]
        elif flag not in args:
            args.insert(args.index(after) + 1 if after in args else len(args), flag)
    return args


def edition_for(bindgen_args):
    target = bindgen_args[bindgen_args.index("--rust-target") + 1]
    return "2024" if key(target) >= (1, 85) else "2021"


def bindings_lib(version, args, out):
    """A crate shaped like the kernel's rust/bindings/lib.rs."""
    uses = "use maybe_zeroable::MaybeZeroable;\n" if "MaybeZeroable" in " ".join(args) else ""
    return f"""//! Bindings, as rust/bindings/lib.rs of Linux {version} builds them.
#![no_std]
{crate_attrs(args)}
#[allow(dead_code, unknown_lints, unnecessary_transmutes)]
#[allow(clippy::as_underscore, clippy::undocumented_unsafe_blocks)]
mod bindings_raw {{
    {uses}type __kernel_size_t = usize;
    type __kernel_ssize_t = isize;
    type __kernel_ptrdiff_t = isize;
    pub use super::bindings_helper::*;
    include!({rust_str(os.path.join(out, "bindings_generated.rs"))});
}}
#[allow(dead_code)]
mod bindings_helper {{
    use super::bindings_raw::*;
    include!({rust_str(os.path.join(out, "bindings_helpers_generated.rs"))});
}}
pub use bindings_raw::*;
"""


def uapi_lib(version, args, out):
    """A crate shaped like the kernel's rust/uapi/lib.rs."""
    uses = "use maybe_zeroable::MaybeZeroable;\n" if "MaybeZeroable" in " ".join(args) else ""
    return f"""//! UAPI bindings, as rust/uapi/lib.rs of Linux {version} builds them.
#![no_std]
{crate_attrs(args)}
#![allow(dead_code, unknown_lints, unnecessary_transmutes)]
#![allow(clippy::as_underscore, clippy::undocumented_unsafe_blocks)]
{uses}type __kernel_size_t = usize;
type __kernel_ssize_t = isize;
type __kernel_ptrdiff_t = isize;
include!({rust_str(os.path.join(out, "uapi_generated.rs"))});
"""


def crate_attrs(args):
    text = ("#![allow(clippy::all, missing_docs, non_camel_case_types, "
            "non_upper_case_globals, non_snake_case, improper_ctypes, "
            "unreachable_pub, unsafe_op_in_unsafe_fn)]")
    if "cfi_encoding" in " ".join(args):
        text += "\n#![feature(cfi_encoding)]"
    return text


def rust_str(path):
    return '"' + path.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Failure(Exception):
    pass


def run(cmd, what, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, **kw)
    if r.returncode:
        raise Failure(f"{what} failed (exit {r.returncode}):\n"
                      f"{(r.stdout + r.stderr)[-6000:]}")
    return r


def check_version_output(a, version):
    """`$BINDGEN --version` as this kernel's rust_is_available.sh runs it."""
    cmd = [a.kbindgen, "--version"] + (["workaround-for-0.69.0"] if VERSION_DUMMY_ARG[version] else [])
    first = run(cmd, "kbindgen --version").stdout.splitlines()[0]
    m = re.match(r".*bindgen ([0-9]+\.[0-9]+\.[0-9]+)", first)
    if not m or key(m.group(1)) < key(MIN_BINDGEN[version]):
        raise Failure(f"--version first line {first!r} does not pass the "
                      f"minimum bindgen {MIN_BINDGEN[version]}")
    return m.group(1)


def generate(a, objtree, version, out):
    """Runs kbindgen for the three outputs; returns the bindings flags."""
    outputs = {}
    for cmdfile, name, table in ((BINDINGS, "bindings_generated.rs", BINDGEN_PARAMETERS),
                                 (UAPI, "uapi_generated.rs", BINDGEN_PARAMETERS),
                                 (HELPERS, "bindings_helpers_generated.rs", HELPER_FLAGS)):
        saved_bindgen, saved_clang = saved_command(objtree, cmdfile)
        header = saved_bindgen[0]
        args = flags_for(table, version) + flags_for(MAKEFILE_FLAGS, version)
        path = os.path.join(out, name)
        cmd = ([a.kbindgen, header] + args + ["-o", path, "--"]
               + clang_args_for(saved_clang, version))
        r = run(cmd, f"kbindgen ({name})", cwd=objtree)
        if r.stderr.strip():
            raise Failure(f"kbindgen printed on stderr for {name} (a kernel "
                          f"build must be quiet):\n{r.stderr[-4000:]}")
        check_rustfmt(a, path, edition_for(args))
        with open(path) as f:
            text = f.read()
        if cmdfile == BINDINGS:
            text = re.sub(CONST_HELPER[0], CONST_HELPER[1], text)
        if cmdfile == HELPERS:
            text = re.sub(HELPER_LINK_NAME[0], HELPER_LINK_NAME[1], text)
        with open(path, "w") as f:
            f.write(text)
        outputs[name] = (args, text)
    return outputs


def compile_crates(a, objtree, srctree, version, out, args, edition):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    cfg = ["@" + os.path.join(objtree, "include/generated/rustc_cfg")]
    common = [a.rustc, "--edition", edition] + RUST_FLAGS + cfg + ["-L", out]
    run([a.rustc, "--edition", "2021", "--crate-type", "proc-macro",
         "--crate-name", "maybe_zeroable", "-o",
         os.path.join(out, "libmaybe_zeroable.so"),
         os.path.join(ROOT, "test/Inputs/maybe_zeroable.rs")],
        "rustc (maybe_zeroable stand-in)", env=env)
    run(common + ["--crate-type", "rlib", "--crate-name", "ffi", "--emit",
                  "metadata,link", "--out-dir", out,
                  os.path.join(srctree, "rust/ffi.rs")], "rustc (ffi)", env=env)
    externs = ["--extern", "ffi", "--extern",
               "maybe_zeroable=" + os.path.join(out, "libmaybe_zeroable.so")]
    for crate, text in (("bindings", bindings_lib(version, args, out)),
                        ("uapi", uapi_lib(version, args, out))):
        lib = os.path.join(out, crate + "_lib.rs")
        with open(lib, "w") as f:
            f.write(text)
        run(common + externs + ["--crate-type", "rlib", "--crate-name", crate,
                                "--emit", "metadata", "--out-dir", out, lib],
            f"rustc --edition {edition} ({crate})", env=env)


def check_rustfmt(a, path, edition):
    """kbindgen's output (before Kbuild's sed) must be rustfmt-clean: for its
    edition, in the 2021 style edition kbindgen writes (docs/compatibility.md)."""
    if a.rustfmt:
        run([a.rustfmt, "--edition", edition, "--style-edition", "2021",
             "--check", path],
            f"rustfmt --edition {edition} --check {os.path.basename(path)}")


def run_version(a, objtree, srctree, version, out):
    bindgen_version = check_version_output(a, version)
    outputs = generate(a, objtree, version, out)
    args, text = outputs["bindings_generated.rs"]
    edition = edition_for(args)
    compile_crates(a, objtree, srctree, version, out, args, edition)
    fmt = (f"rustfmt --edition {edition} --style-edition 2021 clean" if a.rustfmt
           else "rustfmt not found, not checked")
    items = sum(len(re.findall(r"^(?:pub |    pub )(?:const|struct|union|type|fn|static)\b",
                               t, re.M)) for _, t in outputs.values())
    derives = text.count("MaybeZeroable")
    print(f"kernel-cmdlines: {version}: {len(args)} bindgen arguments, "
          f"{items} items in the three outputs ({derives} MaybeZeroable "
          f"derives in bindings); rustc --edition {edition} ok; {fmt}; kbindgen quiet; "
          f"--version says bindgen {bindgen_version} "
          f"(minimum {MIN_BINDGEN[version]})")


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(VERSIONS))
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", action="append", choices=VERSIONS,
                    help="run this version only (repeatable)")
    ap.add_argument("--rustc", default="/usr/bin/rustc" if os.path.exists("/usr/bin/rustc") else "rustc")
    ap.add_argument("--rustfmt", default=shutil.which("rustfmt"))
    ap.add_argument("--keep", help="write the outputs under DIR/VERSION")
    a, objtree = parse_kernel_args(ap)
    srctree = os.path.dirname(os.path.dirname(saved_command(objtree, BINDINGS)[0][0]))
    srctree = os.path.dirname(srctree)
    failed = 0
    for version in a.version or VERSIONS:
        with tempfile.TemporaryDirectory(prefix=f"kbindgen-{version}-") as tmp:
            out = os.path.join(a.keep, version) if a.keep else tmp
            os.makedirs(out, exist_ok=True)
            try:
                run_version(a, objtree, srctree, version, out)
            except Failure as e:
                failed += 1
                print(f"kernel-cmdlines: {version}: FAILED: {e}")
    print(f"kernel-cmdlines: {'ok' if not failed else f'{failed} version(s) failed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
