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


def saved_command(objtree, cmdfile, keep_depfile=False):
    """(bindgen args, clang args) of the saved command; the header is the
    first bindgen argument. Kbuild's `-Wp,-MMD,FILE` depfile flag is dropped
    unless keep_depfile (a rerun must not overwrite Kbuild's)."""
    path = os.path.join(objtree, cmdfile)
    try:
        with open(path) as f:
            m = re.search(r"^savedcmd_\S+ := (.*)$", f.read(), re.M)
    except OSError as e:
        sys.exit(f"{os.path.basename(sys.argv[0])}: {e}")
    if not m:
        sys.exit(f"{os.path.basename(sys.argv[0])}: no saved command in {path}")
    words = shlex.split(m.group(1).split(" ; ")[0])
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


def parse_kernel_args(parser):
    """Adds --cache and --kbindgen to parser, parses, and returns (args,
    objtree): the defconfig tree of scripts/kernel-bindings.sh, which must
    exist. args.kbindgen is made absolute."""
    parser.add_argument("--cache", default=os.environ.get(
        "KBINDGEN_CACHE", os.path.expanduser("~/.cache/kbindgen")))
    parser.add_argument("--kbindgen",
                        default=os.path.join(ROOT, "build/bin/kbindgen"))
    args = parser.parse_args()
    args.kbindgen = os.path.abspath(args.kbindgen)
    objtree = os.path.join(args.cache, "build-x86_64-defconfig-rust")
    if not os.path.isdir(objtree):
        sys.exit(f"{os.path.basename(sys.argv[0])}: {objtree} missing: "
                 "run scripts/kernel-bindings.sh")
    return args, objtree
