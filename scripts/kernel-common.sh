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

# kb_lock_objtree OBJ: holds an exclusive lock on the object tree OBJ until
# the script exits, after removing what a killed job left of Kconfig's probes.
# Two kernel jobs in one tree at once corrupt its configuration: every compiler
# probe of Kconfig (cc-option in scripts/Kconfig.include) compiles into the
# same directory OBJ/.tmp_$, so a probe that meets another job's (or a stale
# one) fails, and the resynced .config silently loses what it probes
# (-fcf-protection, stack protector, return thunks: the build then fails in
# kernel/bounds.s).
kb_lock_objtree() {
  local obj=$1
  mkdir -p "$obj"
  exec {KB_LOCK_FD}>"$obj/.kbindgen-lock"
  if ! flock -n "$KB_LOCK_FD"; then
    kb_log "waiting for another kernel job in $obj"
    flock "$KB_LOCK_FD"
  fi
  find "$obj" -maxdepth 1 -type d -name '.tmp_*' -exec rm -rf {} +
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

# kb_setup DEPS HELPERS SRC OBJ [KBINDGEN]: what a script that runs Kbuild
# does first: the kernel packages (with DEPS=1), kbindgen (kb_kbindgen), the
# unpacked source SRC (with HELPERS=1, its patched copy SRC-helpers) and
# make's arguments for OBJ; sets KBINDGEN, KB_SRC and KB_MAKEVARS.
kb_setup() {
  local deps=$1 helpers=$2 src=$3 obj=$4
  if ((deps)); then
    "$ROOT/scripts/install-deps.sh" --kernel
  fi
  KBINDGEN=$(kb_kbindgen "${5:-}")
  kb_log "using $KBINDGEN ($("$KBINDGEN" --version | tr '\n' ' '))"
  kb_unpack "$src"
  if ((helpers)); then
    kb_patched_source "$src" "$src-helpers"
    src=$src-helpers
  fi
  KB_SRC=$src
  kb_makevars "$src" "$obj" "$KBINDGEN"
}

# The kernel patch of --helpers (docs/user-guide.md, "The kernel's helpers"):
# rust/Makefile and rust/helpers take the helpers kbindgen can generate from
# kbindgen (rust/helpers/kbindgen.yaml, a copy of
# docs/examples/linux-6.12-helpers.yaml).
KB_HELPERS_PATCH=$ROOT/scripts/kernel-patches/linux-6.12-helpers.patch
KB_HELPERS_YAML=$ROOT/docs/examples/linux-6.12-helpers.yaml

# kb_patched_source SRC DST: makes DST a copy of the unpacked source SRC with
# KB_HELPERS_PATCH applied, once per version of the patch (a stamp records
# it). The copy is made of hard links (seconds, no space); the files the
# patch touches are first replaced by copies of their own, so the shared
# SRC is never written, which is checked afterwards.
kb_patched_source() {
  local src=$1 dst=$2 stamp want f tmp
  stamp=$dst/.kbindgen-patched
  want="$(cat "$src/.kbindgen-unpacked") $(sha256sum <"$KB_HELPERS_PATCH" | cut -c1-16)"
  if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
    kb_log "copying $src to $dst and applying $(basename "$KB_HELPERS_PATCH")"
    tmp=$dst.tmp
    rm -rf "$tmp"
    cp -al "$src" "$tmp" 2>/dev/null || { rm -rf "$tmp"; cp -a "$src" "$tmp"; }
    for f in $(sed -n 's|^--- a/||p' "$KB_HELPERS_PATCH"); do
      cp --remove-destination "$src/$f" "$tmp/$f"
    done
    patch -d "$tmp" -p1 -s --no-backup-if-mismatch <"$KB_HELPERS_PATCH" ||
      kb_die "$(basename "$KB_HELPERS_PATCH") does not apply to $src"
    for f in $(sed -n 's|^+++ b/||p' "$KB_HELPERS_PATCH"); do
      [[ ! -e $src/$f ]] || [[ ! "$src/$f" -ef "$tmp/$f" ]] ||
        kb_die "internal: $f of the patched copy is still a link into $src"
    done
    rm -rf "$dst"
    mv "$tmp" "$dst"
    echo "$want" >"$stamp"
  fi
  # The list in the patch is the one of docs/examples, with an SPDX line.
  cmp -s <(sed 1d "$dst/rust/helpers/kbindgen.yaml") "$KB_HELPERS_YAML" ||
    kb_die "rust/helpers/kbindgen.yaml of $(basename "$KB_HELPERS_PATCH") differs from $KB_HELPERS_YAML: update the patch"
}

# kb_helpers_report OBJ: after a --helpers build, checks and prints
# where the helpers came from: the wrappers kbindgen wrote (generated.c),
# their declarations in bindings_generated.rs, the hand-written helpers left
# in bindings_helpers_generated.rs, and once rust/ was built (any target but
# rustavailable), generated.o's symbols and their exports.
kb_helpers_report() {
  local obj=$1 c=$1/rust/helpers/generated.c n decls hand o=$1/rust/helpers/generated.o
  [[ -s $c ]] || kb_die "Kbuild did not write rust/helpers/generated.c"
  n=$(grep -cE '^[^;]*\brust_helper_[A-Za-z0-9_]+\(.*\) \{' "$c" || true)
  decls=$(grep -c 'link_name = "rust_helper_' "$obj/rust/bindings/bindings_generated.rs" || true)
  hand=$(grep -c 'pub fn ' "$obj/rust/bindings/bindings_helpers_generated.rs" || true)
  printf '  helpers: %s generated by kbindgen (rust/helpers/generated.c), %s declared in bindings_generated.rs, %s hand-written (bindings_helpers_generated.rs)\n' \
    "$n" "$decls" "$hand"
  ((n > 0 && n == decls)) || kb_die "the generated helpers and their declarations do not match"
  [[ -f $o ]] || return 0
  local defined exported
  defined=$(llvm-nm-19 --defined-only "$o" 2>/dev/null || nm --defined-only "$o")
  defined=$(grep -cE ' T rust_helper_' <<<"$defined" || true)
  exported=$(grep -c 'EXPORT_SYMBOL' "$obj/rust/exports_helpers_generated.h" || true)
  printf '  helpers: rust/helpers/generated.o defines %s, exports_helpers_generated.h exports %s (with helpers.o)\n' \
    "$defined" "$exported"
  ((defined == n)) || kb_die "generated.o defines $defined helpers, not $n"
  ((exported == n + hand)) || kb_die "$exported helpers exported, not $((n + hand))"
}

# kb_helpers_linked OBJ: after a --helpers kernel image was linked, checks
# that every helper the kernel crate (rust/kernel.o) calls is defined in
# vmlinux, and prints how many of them kbindgen generated.
kb_helpers_linked() {
  local obj=$1 nm=nm calls gen missing=0 s n=0 g=0
  command -v llvm-nm-19 >/dev/null && nm=llvm-nm-19
  kb_helpers_report "$obj"
  calls=$("$nm" --undefined-only "$obj/rust/kernel.o" | awk '$2 ~ /^rust_helper_/ {print $2}' | sort -u)
  gen=$("$nm" --defined-only "$obj/rust/helpers/generated.o" | awk '{print $3}')
  local defined
  defined=$("$nm" --defined-only "$obj/vmlinux" | awk '$3 ~ /^rust_helper_/ {print $3}' | sort -u)
  for s in $calls; do
    n=$((n + 1))
    grep -qx "$s" <<<"$gen" && g=$((g + 1))
    grep -qx "$s" <<<"$defined" || { kb_log "vmlinux does not define $s"; missing=1; }
  done
  printf '  helpers: rust/kernel.o calls %s helpers, %s of them generated by kbindgen; vmlinux defines all of them\n' "$n" "$g"
  ((missing == 0 && g > 0)) || kb_die "the kernel crate does not link against the generated helpers"
}
