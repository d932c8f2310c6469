# Shared by scripts/kernel-*.sh (sourced, not run): the cached Linux 6.12
# source, the kbindgen binary and the make variables every kernel job uses.
#
# Expects ROOT (the kbindgen checkout), CACHE and JOBS to be set.

KB_TARBALL=/usr/src/linux-source-6.12.tar.xz
# The three files Kbuild runs BINDGEN for, relative to the object tree.
KB_OUTPUTS=(rust/bindings/bindings_generated.rs rust/uapi/uapi_generated.rs
            rust/bindings/bindings_helpers_generated.rs)

kb_die() { echo "$(basename "$0" .sh): error: $*" >&2; exit 1; }
kb_log() { echo "$(basename "$0" .sh): $*" >&2; }

# kb_kbindgen [PATH]: prints the absolute path of kbindgen; builds
# $ROOT/build/bin/kbindgen with CMake + Ninja when no PATH is given and it is
# missing.
kb_kbindgen() {
  local k=${1:-}
  if [[ -z $k ]]; then
    k=$ROOT/build/bin/kbindgen
    if [[ ! -x $k ]]; then
      kb_log "building kbindgen in $ROOT/build"
      cmake -S "$ROOT" -B "$ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
      ninja -j"$JOBS" -C "$ROOT/build" kbindgen >&2
    fi
  fi
  [[ -x $k ]] || kb_die "'$k' is not an executable"
  echo "$(cd "$(dirname "$k")" && pwd)/$(basename "$k")"
}

# kb_unpack SRC: unpacks Debian's linux-source-6.12 into SRC once; a stamp
# records which tarball it came from, so re-runs cost nothing.
kb_unpack() {
  local src=$1 stamp want tmp top
  [[ -f $KB_TARBALL ]] ||
    kb_die "$KB_TARBALL is missing (scripts/install-deps.sh --kernel)"
  stamp=$src/.kbindgen-unpacked
  want="$(stat -c '%s %Y' "$KB_TARBALL")"
  [[ -f $stamp && "$(cat "$stamp")" == "$want" ]] && return 0
  kb_log "unpacking $KB_TARBALL into $src (about a minute)"
  mkdir -p "$(dirname "$src")"
  tmp=$(mktemp -d "$(dirname "$src")/unpack.XXXXXX")
  tar -xf "$KB_TARBALL" -C "$tmp"
  top=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n1)
  [[ -f $top/Makefile ]] || kb_die "unexpected layout of $KB_TARBALL"
  rm -rf "$src"
  mv "$top" "$src"
  rmdir "$tmp"
  echo "$want" >"$stamp"
}

# The kernel configuration a script works on: Kbuild's ARCH, the kernel
# compiler (llvm: `make LLVM=$KB_LLVM`; gcc: plain `make`, GCC builds the C
# and Kbuild filters its flags for the BINDGEN runs) and the LLVM suffix.
# Scripts parse --arch, --cc and --llvm-suffix into these with kb_config_arg.
KB_ARCH=x86_64
KB_CC=llvm
KB_LLVM=-19

# kb_config_arg OPTION VALUE: sets the configuration variable of OPTION
# (--arch, --cc, --llvm-suffix); fails on a bad value.
kb_config_arg() {
  case "$1" in
    --arch) KB_ARCH=$2 ;;
    --cc)
      [[ $2 == llvm || $2 == gcc ]] || kb_die "--cc must be llvm or gcc, not '$2'"
      KB_CC=$2 ;;
    --llvm-suffix) KB_LLVM=$2 ;;
    *) kb_die "internal: kb_config_arg $1" ;;
  esac
  [[ -n $KB_ARCH && $KB_ARCH != */* ]] || kb_die "bad --arch '$KB_ARCH'"
}

# kb_config_name: a short name of the configuration (x86_64-llvm-19,
# arm64-llvm-19, x86_64-gcc, um-gcc), for tree names and messages.
kb_config_name() {
  local cc=gcc
  if [[ $KB_CC == llvm ]]; then
    cc=llvm
    [[ $KB_LLVM == 1 ]] || cc=llvm$(printf '%s' "$KB_LLVM" | tr -c 'A-Za-z0-9.-' '_')
  fi
  echo "$KB_ARCH-$cc"
}

# kb_objtree_name KIND: the cached object tree of this configuration for KIND
# (defconfig-rust, tiny-rust-boot): build-<config>-KIND, except the default
# x86_64 LLVM=-19 configuration, whose trees keep their names
# build-x86_64-KIND. scripts/kbuild_command.py follows the same rule.
kb_objtree_name() {
  if [[ $KB_ARCH == x86_64 && $KB_CC == llvm && $KB_LLVM == -19 ]]; then
    echo "build-x86_64-$1"
  else
    echo "build-$(kb_config_name)-$1"
  fi
}

# kb_makevars SRC OBJ KBINDGEN: sets KB_MAKEVARS, the make arguments of this
# configuration with Debian's rustc-web toolchain (rustup's rustc, first on
# PATH, does not build 6.12 with the 1.96 library source).
kb_makevars() {
  KB_MAKEVARS=(-C "$1" O="$2" ARCH="$KB_ARCH"
               RUSTC=/usr/bin/rustc HOSTRUSTC=/usr/bin/rustc
               RUSTDOC=/usr/bin/rustdoc
               RUST_LIB_SRC=/usr/lib/rustlib/src/rust/library
               BINDGEN="$3")
  if [[ $KB_CC == llvm ]]; then
    KB_MAKEVARS+=(LLVM="$KB_LLVM")
  fi
}
