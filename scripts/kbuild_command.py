"""Kbuild's saved BINDGEN command lines, for the kernel scripts and bench.

Kbuild records each command it ran in `<objtree>/<dir>/.<target>.cmd` as
`savedcmd_<target> := <command>`; for the BINDGEN outputs the command is
`BINDGEN HEADER BINDGEN-OPTIONS -- CLANG-ARGS`, followed after ` ; ` by the
post-passes (sed).
"""
import os
import re
import shlex
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


def saved_command(objtree, cmdfile, keep_depfile=False):
    """(bindgen args, clang args) of the saved command; the header is the
    first bindgen argument. Kbuild's `-Wp,-MMD,FILE` depfile flag is dropped
    unless keep_depfile (a rerun must not overwrite Kbuild's)."""
    path = os.path.join(objtree, cmdfile)
    words = shlex.split(_saved_line(path).split(" ; ")[0])
    sep = words.index("--")
    clang = words[sep + 1:]
    if not keep_depfile:
        clang = [a for a in clang if not a.startswith(("-Wp,-MMD,", "-Wp,-MD,"))]
    return words[1:sep], clang


def with_output(bindgen_args, out):
    """The bindgen arguments with `-o` pointing at out."""
    args = list(bindgen_args)
    args[args.index("-o") + 1] = out
    return args


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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
    parser.add_argument("--cache", default=os.environ.get(
        "KBINDGEN_CACHE", os.path.expanduser("~/.cache/kbindgen")))
    parser.add_argument("--kbindgen",
                        default=os.path.join(ROOT, "build/bin/kbindgen"))
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


def rustc_target_command(objtree):
    """(rustc, target arguments) of the command Kbuild compiled the bindings
    crate with: the target (triple or target.json), its codegen and -Z
    options, and `-L./rust --sysroot=/dev/null`, so a crate compiled with
    them, from objtree, uses the kernel's own `core` for the kernel's
    target. Lints, emission, cfgs and the crate's own inputs are left out."""
    path = os.path.join(objtree, BINDINGS_CRATE)
    words = shlex.split(_saved_line(path))
    while words and re.match(r"^[A-Za-z_]\w*=", words[0]):
        words.pop(0)  # OBJTREE=... environment assignments
    rustc, keep = words[0], []
    for w in words[1:]:
        if w.startswith(("--target=", "-C", "--sysroot=", "-L")) or (
                w.startswith("-Z") and not w.startswith("-Zbinary_dep")):
            keep.append(w)
    return rustc, keep
