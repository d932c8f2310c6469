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

# kb_makevars SRC OBJ KBINDGEN: sets KB_MAKEVARS, the make arguments of a
# clang-19 (LLVM=-19) x86_64 build with Debian's rustc-web toolchain (rustup's
# rustc, first on PATH, does not build 6.12 with the 1.96 library source).
kb_makevars() {
  KB_MAKEVARS=(-C "$1" O="$2" ARCH=x86_64 LLVM=-19
               RUSTC=/usr/bin/rustc HOSTRUSTC=/usr/bin/rustc
               RUSTDOC=/usr/bin/rustdoc
               RUST_LIB_SRC=/usr/lib/rustlib/src/rust/library
               BINDGEN="$3")
}
