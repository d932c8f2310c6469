#!/usr/bin/env bash
# The kernel's helpers from kbindgen, end to end, in one command.
#
# scripts/kernel-patches/linux-6.12-helpers.patch changes rust/Makefile and
# rust/helpers of a copy of Linux 6.12 so that the helpers kbindgen can
# generate (docs/examples/linux-6.12-helpers.yaml, installed as
# rust/helpers/kbindgen.yaml) come from kbindgen, and only those with bodies
# of their own stay hand-written. On that copy (the unpacked source is only
# read), with BINDGEN=kbindgen and LLVM=-19:
#
#   1. x86_64 defconfig + RUST: `make prepare` builds the crates and
#      rust/helpers/generated.o (scripts/kernel-bindings.sh --helpers);
#   2. the Rust declarations of the replaced helpers are API-identical to
#      those of the unpatched tree's bindings_helpers_generated.rs
#      (scripts/kernel-helpers-apidiff.py; the unpatched tree is prepared
#      first when it is missing);
#   3. the tinyconfig Rust kernel links the generated helpers and boots in
#      qemu, and rust_minimal/rust_print print
#      (scripts/kernel-boot-test.sh --helpers).
#
# Usage: scripts/kernel-helpers.sh [options] [KBINDGEN]
#   KBINDGEN            kbindgen binary (default: build/bin/kbindgen, built
#                       when missing)
#   --cache DIR         cache directory (default: $KBINDGEN_CACHE or
#                       $HOME/.cache/kbindgen)
#   -j N                make jobs (default: 2)
#   --no-deps           do not run scripts/install-deps.sh --kernel
#   --no-boot           skip step 3
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/kernel-common.sh
. "$ROOT/scripts/kernel-common.sh"

CACHE=${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}
KBINDGEN=""
JOBS=2
DEPS=1
BOOT=1
while (($#)); do
  case "$1" in
    --cache) CACHE=$2; shift 2 ;;
    -j) JOBS=$2; shift 2 ;;
    -j*) JOBS=${1#-j}; shift ;;
    --no-deps) DEPS=0; shift ;;
    --no-boot) BOOT=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) kb_die "unknown option '$1'" ;;
    *) [[ -z "$KBINDGEN" ]] || kb_die "unexpected argument '$1'"; KBINDGEN=$1; shift ;;
  esac
done
if ((DEPS)); then
  "$ROOT/scripts/install-deps.sh" --kernel
fi
KBINDGEN=$(kb_kbindgen "$KBINDGEN")
common=(--cache "$CACHE" -j "$JOBS" --no-deps)

REF=$CACHE/$(kb_objtree_name defconfig-rust)
if [[ ! -f $REF/rust/bindings/bindings_helpers_generated.rs ]]; then
  kb_log "preparing the unpatched tree $REF, the reference of step 2"
  "$ROOT/scripts/kernel-bindings.sh" "${common[@]}" "$KBINDGEN"
fi
# Kbuild reruns BINDGEN only when its command line changes: without the
# outputs, this kbindgen writes them (and generated.c) again.
HOBJ=$CACHE/$(kb_objtree_name defconfig-rust-helpers)
for o in "${KB_OUTPUTS[@]}"; do rm -f "$HOBJ/$o"; done
kb_log "1. make prepare on the patched tree"
"$ROOT/scripts/kernel-bindings.sh" --helpers "${common[@]}" "$KBINDGEN"
kb_log "2. the replaced helpers' declarations against Kbuild's"
python3 "$ROOT/scripts/kernel-helpers-apidiff.py" --cache "$CACHE" \
  --reference "$REF" --patched "$HOBJ"
if ((BOOT)); then
  kb_log "3. the tinyconfig kernel with the patch, booted"
  "$ROOT/scripts/kernel-boot-test.sh" --helpers "${common[@]}" "$KBINDGEN"
fi
echo "kernel-helpers: ok"
