#!/usr/bin/env bash
# Generates Linux 6.12's Rust bindings with kbindgen, the way Kbuild does it.
#
# Unpacks Debian's linux-source-6.12 into a cache, configures a defconfig +
# CONFIG_RUST=y object tree (by default x86_64 with `make LLVM=-19`; --arch,
# --cc and --llvm-suffix choose another configuration, each in its own tree)
# with Debian's rustc-web toolchain, and lets Kbuild itself run kbindgen as
# its BINDGEN:
#
#   rust/bindings/bindings_generated.rs          (rust/bindings/bindings_helper.h)
#   rust/uapi/uapi_generated.rs                  (rust/uapi/uapi_helper.h)
#   rust/bindings/bindings_helpers_generated.rs  (rust/helpers/helpers.c)
#
# By default the target is `prepare`, which also compiles the crates that use
# the bindings (core, ffi, bindings, uapi, kernel) under the kernel's
# -Dwarnings. Then prints where the outputs are, the items per kind, and the
# wall time and peak memory of kbindgen on bindings_helper.h.
#
# Usage: scripts/kernel-bindings.sh [options] [KBINDGEN]
#   KBINDGEN            kbindgen binary (default: build/bin/kbindgen, built
#                       with CMake + Ninja when missing)
#   --cache DIR         cache directory (default: $KBINDGEN_CACHE or
#                       $HOME/.cache/kbindgen); the source goes to DIR/linux-6.12
#   --arch ARCH         Kbuild's ARCH: x86_64 (default), arm64, riscv, um
#   --cc llvm|gcc       kernel compiler: llvm (default; make LLVM=SUFFIX) or
#                       gcc (plain make)
#   --llvm-suffix S     LLVM=S with --cc llvm (default: -19)
#   --objtree DIR       object tree (default: DIR/build-x86_64-defconfig-rust
#                       for x86_64 LLVM=-19, else DIR/build-CONFIG-defconfig-rust
#                       with CONFIG e.g. arm64-llvm-19, x86_64-gcc, um-gcc)
#   --target T          make target(s), repeatable (default: prepare)
#   -j N                make jobs (default: 2)
#   --no-deps           do not run scripts/install-deps.sh --kernel
#   --reconfigure       redo the configuration from defconfig
#   --twice             then delete the three outputs, let Kbuild generate
#                       them again and check both runs are byte-identical
#   --helpers           build a copy of the source with
#                       scripts/kernel-patches/linux-6.12-helpers.patch (the
#                       helpers kbindgen can generate come from kbindgen,
#                       DIR/linux-6.12-helpers) in its own object tree
#                       (default: the tree's name with -helpers), and check
#                       that Kbuild compiled rust/helpers/generated.c
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/kernel-common.sh
. "$ROOT/scripts/kernel-common.sh"
die() { kb_die "$@"; }
log() { kb_log "$@"; }

CACHE=${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}
OBJ=""
KBINDGEN=""
JOBS=2
DEPS=1
RECONFIGURE=0
TWICE=0
HELPERS=0
TARGETS=()

while (($#)); do
  case "$1" in
    --cache) CACHE=$2; shift 2 ;;
    --objtree) OBJ=$2; shift 2 ;;
    --arch|--cc|--llvm-suffix) kb_config_arg "$1" "$2"; shift 2 ;;
    --target) TARGETS+=("$2"); shift 2 ;;
    -j) JOBS=$2; shift 2 ;;
    -j*) JOBS=${1#-j}; shift ;;
    --no-deps) DEPS=0; shift ;;
    --reconfigure) RECONFIGURE=1; shift ;;
    --twice) TWICE=1; shift ;;
    --helpers) HELPERS=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option '$1'" ;;
    *) [[ -z "$KBINDGEN" ]] || die "unexpected argument '$1'"; KBINDGEN=$1; shift ;;
  esac
done
((${#TARGETS[@]})) || TARGETS=(prepare)
SRC=$CACHE/linux-6.12
KIND=defconfig-rust
((HELPERS)) && KIND+=-helpers
OBJ=${OBJ:-$CACHE/$(kb_objtree_name "$KIND")}

# 1. Dependencies, kbindgen, kernel source (unpacked once).
kb_setup "$DEPS" "$HELPERS" "$SRC" "$OBJ" "$KBINDGEN"
SRC=$KB_SRC
MAKEVARS=("${KB_MAKEVARS[@]}")
log "configuration $(kb_config_name): make ${MAKEVARS[*]:3}"
kmake() { make -s -j"$JOBS" "${MAKEVARS[@]}" "$@"; }

# 2. rustavailable: Kbuild's own check of the toolchain, kbindgen included.
log "make rustavailable"
kb_lock_objtree "$OBJ"
kmake rustavailable >&2 || die "make rustavailable failed"

# 3. Configuration: defconfig + RUST.
if ((RECONFIGURE)) || ! grep -qx 'CONFIG_RUST=y' "$OBJ/.config" 2>/dev/null; then
  log "configuring $OBJ ($KB_ARCH defconfig + CONFIG_RUST=y)"
  kmake defconfig
  "$SRC/scripts/config" --file "$OBJ/.config" --enable RUST
  kmake olddefconfig
  grep -qx 'CONFIG_RUST=y' "$OBJ/.config" ||
    die "CONFIG_RUST=y did not survive olddefconfig (see $OBJ/.config)"
fi

# 4. Let Kbuild run kbindgen (`prepare` runs the three BINDGEN commands and
# compiles the crates). A failure is reported after the summary.
OUTS=("${KB_OUTPUTS[@]}")
# With --twice both runs are this kbindgen's: outputs of an earlier binary
# (Kbuild does not rerun a command whose text is unchanged) go first.
if ((TWICE)); then
  for o in "${OUTS[@]}"; do rm -f "$OBJ/$o"; done
fi
log "make ${TARGETS[*]} (objtree $OBJ)"
start=$(date +%s.%N)
status=0
kmake "${TARGETS[@]}" || status=$?
end=$(date +%s.%N)

# 5. Report.
count() { grep -cE "$1" "$2" || true; }
# Functions and statics inside `extern "C"` blocks (not bitfield accessors).
externs() {
  awk '/^(unsafe )?extern "C" \{/ { e = 1; next } /^\}/ { e = 0 }
       e && /^ *pub fn / { f++ } e && /^ *pub static / { s++ }
       END { print f + 0, s + 0 }' "$1"
}
printf '\nkbindgen outputs (Kbuild ran %s):\n' "$KBINDGEN"
printf '  %-46s %7s %6s %6s %6s %6s %6s %6s %6s\n' \
  file lines fn static struct union type const enum
for o in "${OUTS[@]}"; do
  f=$OBJ/$o
  if [[ ! -f $f ]]; then
    printf '  %-46s (not generated)\n' "$o"
    continue
  fi
  read -r nfn nstatic < <(externs "$f")
  printf '  %-46s %7s %6s %6s %6s %6s %6s %6s %6s\n' "$o" "$(wc -l <"$f")" \
    "$nfn" "$nstatic" "$(count '^pub struct ' "$f")" \
    "$(count '^pub union ' "$f")" "$(count '^pub type ' "$f")" \
    "$(count '^pub const ' "$f")" "$(count '^pub enum ' "$f")"
done
printf '  in %s (configuration %s)\n' "$OBJ" "$(kb_config_name)"
printf '  make %s: %.1f s wall\n' "${TARGETS[*]}" "$(echo "$end - $start" | bc)"

# Wall time and peak RSS of kbindgen on bindings_helper.h: re-run Kbuild's
# exact command (from its .cmd file) into a temporary file.
cmdfile=$OBJ/rust/bindings/.bindings_generated.rs.cmd
if [[ -f $cmdfile ]]; then
  tmpout=$(mktemp /tmp/kbindgen-measure.XXXXXX.rs)
  extra=(--time-phases)
  # With --helpers the command also writes the helpers' C file.
  if grep -q -e '--wrap-static-fns-path' "$cmdfile"; then
    extra+=(--wrap-static-fns-path "$tmpout.helpers")
  fi
  cmd=$(python3 "$ROOT/scripts/kbuild_command.py" command --depfile "$tmpout.d" \
    "$KBINDGEN" "$OBJ" rust/bindings/.bindings_generated.rs.cmd "$tmpout" "${extra[@]}")
  if [[ -x /usr/bin/time ]]; then
    (cd "$OBJ" && /usr/bin/time -v -o "$tmpout.time" bash -c "$cmd" >/dev/null 2>"$tmpout.err") ||
      log "re-running kbindgen for the measurement failed"
    if [[ -f $tmpout.time ]]; then
      wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$tmpout.time")
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmpout.time")
      printf '  kbindgen on bindings_helper.h: %s wall, %s MB peak RSS\n' \
        "$wall" "$((rss / 1024))"
      sed -n 's/^kbindgen: time: /  kbindgen phases: /p' "$tmpout.err"
    fi
  else
    s=$(date +%s.%N)
    (cd "$OBJ" && bash -c "$cmd" >/dev/null 2>&1) || true
    printf '  kbindgen on bindings_helper.h: %.2f s wall\n' \
      "$(echo "$(date +%s.%N) - $s" | bc)"
  fi
  rm -f "$tmpout" "$tmpout.d" "$tmpout.time" "$tmpout.err" "$tmpout.helpers.c"
fi

if ((status)); then
  die "make ${TARGETS[*]} failed (exit $status)"
fi
# `prepare` compiles the crates (under the kernel's -Dwarnings): their
# metadata must be there, and those on the bindings newer than the outputs.
if [[ " ${TARGETS[*]} " == *" prepare "* ]]; then
  for crate in core ffi bindings:0 uapi:1 kernel:0 kernel:1; do
    meta=$OBJ/rust/lib${crate%:*}.rmeta
    [[ -f $meta ]] || die "make prepare did not build the ${crate%:*} crate"
    [[ $crate != *:* ]] || [[ ! $OBJ/${OUTS[${crate#*:}]} -nt $meta ]] ||
      die "the ${crate%:*} crate is older than ${OUTS[${crate#*:}]}"
  done
  printf '  crates built (-Dwarnings): core ffi bindings uapi kernel\n'
fi
((HELPERS == 0)) || kb_helpers_report "$OBJ"

# 6. Determinism across two Kbuild runs: the outputs are deleted, Kbuild
# runs kbindgen again, and the results must equal the first run's bytes.
if ((TWICE)); then
  keep=$(mktemp -d /tmp/kbindgen-twice.XXXXXX)
  for o in "${OUTS[@]}"; do
    cp "$OBJ/$o" "$keep/$(basename "$o")"
    rm -f "$OBJ/$o"
  done
  log "make ${TARGETS[*]} again (the three outputs deleted)"
  kmake "${TARGETS[@]}" || die "the second make ${TARGETS[*]} failed"
  same=1
  for o in "${OUTS[@]}"; do
    if cmp -s "$keep/$(basename "$o")" "$OBJ/$o"; then
      printf '  second Kbuild run: %s byte-identical\n' "$o"
    else
      printf '  second Kbuild run: %s DIFFERS\n' "$o"
      same=0
    fi
  done
  rm -rf "$keep"
  ((same)) || die "two Kbuild runs gave different outputs"
fi
echo "kernel-bindings: ok"
