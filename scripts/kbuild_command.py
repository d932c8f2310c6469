"""Kbuild's saved BINDGEN command lines, for the kernel scripts and bench.

Kbuild records each command it ran in `<objtree>/<dir>/.<target>.cmd` as
`savedcmd_<target> := <command>`; for the BINDGEN outputs the command is
`BINDGEN HEADER BINDGEN-OPTIONS -- CLANG-ARGS`, followed after ` ; ` by the
post-passes (sed).

Also what the kernel scripts share around those commands: the trees
scripts/kernel-bindings.sh prepares (objtree_name, parse_kernel_args),
kbindgen's command from a saved one (kbindgen_command), the saved rustc
commands of the crates, the `ffi` module and blocklisted types a crate
around the outputs needs, and where apidiff is.
"""
import argparse
import os
import re
import shlex
import shutil
import sys

BINDINGS = "rust/bindings/.bindings_generated.rs.cmd"
UAPI = "rust/uapi/.uapi_generated.rs.cmd"
HELPERS = "rust/bindings/.bindings_helpers_generated.rs.cmd"


def _saved_line(path):
    """The command Kbuild saved in the .cmd file at path (exits if none)."""
    try:
        with open(path) as f:
            m = re.search(r"^savedcmd_\S+ := (.*)$", f.read(), re.M)
    except OSError as e:
        sys.exit(f"{os.path.basename(sys.argv[0])}: {e}")
    if not m:
        sys.exit(f"{os.path.basename(sys.argv[0])}: no saved command in {path}")
    return m.group(1)


def saved_words(objtree, cmdfile):
    """The words of the command Kbuild saved in objtree's cmdfile (a
    compiler's, say), post-passes included."""
    return shlex.split(_saved_line(os.path.join(objtree, cmdfile)))


DEPFILE_FLAGS = ("-Wp,-MMD,", "-Wp,-MD,")


def without_depfile(words, depfile=None):
    """words without Kbuild's `-Wp,-MMD,FILE` depfile flag (a rerun must not
    overwrite Kbuild's depfile), or with depfile, with the flag writing
    that file instead, in the same place."""
    if depfile is None:
        return [w for w in words if not w.startswith(DEPFILE_FLAGS)]
    return ["-Wp,-MMD," + depfile if w.startswith(DEPFILE_FLAGS) else w
            for w in words]


def saved_command(objtree, cmdfile, depfile=None):
    """(bindgen args, clang args) of the saved command; the header is the
    first bindgen argument. Kbuild's depfile flag is dropped, or points at
    depfile (without_depfile)."""
    path = os.path.join(objtree, cmdfile)
    words = shlex.split(_saved_line(path).split(" ; ")[0])
    sep = words.index("--")
    return words[1:sep], without_depfile(words[sep + 1:], depfile)


def with_output(bindgen_args, out):
    """The bindgen arguments with `-o` pointing at out."""
    args = list(bindgen_args)
    args[args.index("-o") + 1] = out
    return args


def without_option(bindgen_args, option, values):
    """The bindgen arguments without each `option VALUE` whose VALUE is one
    of values (e.g. some `--opaque-type` entries of rust/bindgen_parameters)."""
    out, i = [], 0
    while i < len(bindgen_args):
        if bindgen_args[i] == option and bindgen_args[i + 1] in values:
            i += 2
            continue
        out.append(bindgen_args[i])
        i += 1
    return out


def kbindgen_command(kbindgen, bindgen_args, clang_args, out, extra=(),
                     header=None):
    """The command running kbindgen (or another bindgen) as a saved command
    does (to be run from the object tree), writing out: Kbuild's bindgen
    arguments with `-o out`, then extra (more options), then `--` and
    clang_args; with header, on that header instead of Kbuild's."""
    args = with_output(bindgen_args, out)
    if header:
        args[0] = header
    return [kbindgen] + args + list(extra) + ["--"] + list(clang_args)


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# rust/ffi.rs (the kernel's `ffi` crate, which `--ctypes-prefix ffi` names)
# as a module, and the types rust/bindings/lib.rs defines for those
# rust/bindgen_parameters blocklists: what a crate around the generated
# files needs to compile as the kernel's crates do.
FFI_MODULE = """mod ffi {
    pub use core::ffi::*;
    pub type c_char = u8;
    pub type c_long = isize;
    pub type c_ulong = usize;
}
"""
BLOCKLISTED_TYPES = [("__kernel_size_t", "usize"),
                     ("__kernel_ssize_t", "isize"),
                     ("__kernel_ptrdiff_t", "isize")]


def blocklisted_type_aliases(prefix=""):
    """BLOCKLISTED_TYPES as `type` aliases, each line starting with prefix
    (indentation, `pub `)."""
    return "".join(f"{prefix}type {name} = {ty};\n"
                   for name, ty in BLOCKLISTED_TYPES)


def bindings_crate(text, attributes=""):
    """A generated file's text as the root of a no_std crate (after the
    crate attributes given), with the ffi module and the blocklisted types
    before it, as rust/bindings/lib.rs wraps it."""
    return ("#![no_std]\n" + attributes + FFI_MODULE +
            blocklisted_type_aliases("pub ") + text)


def default_cache():
    """Where scripts/kernel-bindings.sh prepares its trees:
    $KBINDGEN_CACHE, else ~/.cache/kbindgen."""
    return os.environ.get("KBINDGEN_CACHE",
                          os.path.expanduser("~/.cache/kbindgen"))


def reference_objtree(cache, kind="defconfig-rust"):
    """The x86_64 LLVM=-19 tree of that kind under cache, the reference
    configuration of the kernel scripts."""
    return os.path.join(cache, objtree_name("x86_64", "llvm", "-19", kind))


def add_tool_args(parser):
    """Adds --cache and --kbindgen, as every kernel script takes them."""
    parser.add_argument("--cache", default=default_cache())
    parser.add_argument("--kbindgen",
                        default=os.path.join(ROOT, "build/bin/kbindgen"))


def find_apidiff():
    """$APIDIFF, else ../shared/tools/apidiff beside the checkout, else
    PATH's; None when there is none (a clone outside the development
    machine)."""
    if os.environ.get("APIDIFF"):
        return os.environ["APIDIFF"]
    for up in ("..", "../.."):
        path = os.path.normpath(os.path.join(ROOT, up, "shared", "tools",
                                             "apidiff"))
        if os.path.exists(path):
            return path
    return shutil.which("apidiff")


def objtree_name(arch, cc, llvm_suffix, kind):
    """The cached object tree of a configuration, as scripts/kernel-common.sh
    names it (kb_objtree_name): build-x86_64-KIND for x86_64 LLVM=-19,
    build-ARCH-CC-KIND otherwise (CC: gcc, llvm-19, llvm for LLVM=1)."""
    if arch == "x86_64" and cc == "llvm" and llvm_suffix == "-19":
        return f"build-x86_64-{kind}"
    tag = "gcc"
    if cc == "llvm":
        tag = "llvm" if llvm_suffix == "1" else "llvm" + re.sub(
            r"[^A-Za-z0-9.-]", "_", llvm_suffix)
    return f"build-{arch}-{tag}-{kind}"


def parse_kernel_args(parser):
    """Adds --cache, --kbindgen, the configuration (--arch, --cc,
    --llvm-suffix, as scripts/kernel-bindings.sh takes them) and --objtree to
    parser, parses, and returns (args, objtree): the configuration's
    defconfig tree prepared by scripts/kernel-bindings.sh, which must exist.
    args.kbindgen is made absolute."""
    add_tool_args(parser)
    parser.add_argument("--arch", default="x86_64",
                        help="Kbuild's ARCH (x86_64, arm64, riscv, um)")
    parser.add_argument("--cc", choices=["llvm", "gcc"], default="llvm",
                        help="the kernel's compiler")
    parser.add_argument("--llvm-suffix", default="-19",
                        help="LLVM=SUFFIX with --cc llvm")
    parser.add_argument("--objtree", help="the object tree (default: the "
                        "configuration's tree under --cache)")
    args = parser.parse_args()
    args.kbindgen = os.path.abspath(args.kbindgen)
    objtree = args.objtree or os.path.join(args.cache, objtree_name(
        args.arch, args.cc, args.llvm_suffix, "defconfig-rust"))
    if not os.path.isdir(objtree):
        sys.exit(f"{os.path.basename(sys.argv[0])}: {objtree} missing: "
                 "run scripts/kernel-bindings.sh with the same configuration")
    return args, objtree


BINDINGS_CRATE = "rust/.bindings.o.cmd"


def saved_rustc_command(objtree, cmdfile):
    """(environment, words) of the rustc command Kbuild saved for a crate
    in cmdfile: the leading `OBJTREE=...` assignments, then rustc and its
    arguments."""
    words = saved_words(objtree, cmdfile)
    env = {}
    while words and re.match(r"^[A-Za-z_]\w*=", words[0]):
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    return env, words


def rustc_target_command(objtree):
    """(rustc, target arguments) of the command Kbuild compiled the bindings
    crate with: the target (triple or target.json), its codegen and -Z
    options, and `-L./rust --sysroot=/dev/null`, so a crate compiled with
    them, from objtree, uses the kernel's own `core` for the kernel's
    target. Lints, emission, cfgs and the crate's own inputs are left out."""
    _, words = saved_rustc_command(objtree, BINDINGS_CRATE)
    rustc, keep = words[0], []
    for w in words[1:]:
        if w.startswith(("--target=", "-C", "--sysroot=", "-L")) or (
                w.startswith("-Z") and not w.startswith("-Zbinary_dep")):
            keep.append(w)
    return rustc, keep


def write_crate_root(path, root):
    """Writes the generated file at path to root as bindings_crate wraps it
    (what apidiff compares)."""
    with open(path) as f:
        text = f.read()
    with open(root, "w") as f:
        f.write(bindings_crate(text))


def main(argv):
    """A command line for the shell scripts: `command` prints, shell-quoted,
    kbindgen_command on a saved command; `crate` writes crate roots."""
    ap = argparse.ArgumentParser(prog="kbuild_command.py")
    sub = ap.add_subparsers(dest="what", required=True)
    cmd = sub.add_parser("command", help="KBINDGEN run as OBJTREE's saved "
                         "command CMDFILE does, from OBJTREE, writing OUT, "
                         "the OPTIONs added")
    cmd.add_argument("--depfile", help="where Kbuild's depfile flag writes "
                     "(default: the flag is dropped)")
    for name in ("kbindgen", "objtree", "cmdfile", "out"):
        cmd.add_argument(name)
    cmd.add_argument("options", nargs=argparse.REMAINDER)
    crate = sub.add_parser("crate", help="writes each generated FILE as a "
                           "crate root (bindings_crate) to FILE.crate.rs")
    crate.add_argument("files", nargs="+")
    a = ap.parse_args(argv)
    if a.what == "crate":
        for path in a.files:
            write_crate_root(path, path + ".crate.rs")
        return 0
    bindgen_args, clang_args = saved_command(a.objtree, a.cmdfile, a.depfile)
    print(shlex.join(kbindgen_command(a.kbindgen, bindgen_args, clang_args,
                                      a.out, a.options)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
