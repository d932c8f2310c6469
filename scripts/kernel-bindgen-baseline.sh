#!/usr/bin/env bash
# The rust-bindgen a Debian user has, on the same kernel: prepares an x86_64
# defconfig + RUST object tree with `make LLVM=1` (Debian's clang 14, whose
# flags libclang 14 understands), lets Kbuild run Debian's bindgen 0.60.1
# (LIBCLANG_PATH=/usr/lib/llvm-14/lib; its version is reported as 0.65.1 so
# that 6.12's rust_is_available.sh accepts it) for the BINDGEN outputs, then
# runs kbindgen with the same saved command lines and compares both with
# /work/shared/tools/apidiff (each file wrapped as a crate root, as
# rust/bindings/lib.rs does).
#
# Usage: scripts/kernel-bindgen-baseline.sh [KBINDGEN]
# Outputs go to $KBINDGEN_CACHE/build-x86_64-defconfig-rust-llvm14/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}
SRC=$CACHE/linux-6.12
OBJ=$CACHE/build-x86_64-defconfig-rust-llvm14
KBINDGEN=$(realpath "${1:-$ROOT/build/bin/kbindgen}")
# $APIDIFF, else ../shared/tools/apidiff beside the checkout (or beside a
# worktree's parent), else PATH's: kbuild_command.find_apidiff.
APIDIFF=${APIDIFF:-$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1])
import kbuild_command; print(kbuild_command.find_apidiff() or "")' "$ROOT/scripts")}
[[ -d $SRC ]] || { echo "baseline: run scripts/kernel-bindings.sh first (it unpacks $SRC)" >&2; exit 1; }
[[ -n $APIDIFF && -e $APIDIFF ]] ||
  { echo "baseline: no apidiff '$APIDIFF' (set APIDIFF=PATH)" >&2; exit 1; }

mkdir -p "$OBJ"
WRAP=$OBJ/bindgen-0.60.1
cat >"$WRAP" <<'EOS'
#!/usr/bin/env bash
# Debian's bindgen 0.60.1 with libclang 14, reporting a version 6.12 accepts;
# it predates --rust-target 1.68, which is dropped (its default is older).
if [[ "$1" == "--version" ]]; then echo "bindgen 0.65.1"; exit 0; fi
args=()
while (($#)); do
  if [[ "$1" == "--rust-target" ]]; then shift 2; continue; fi
  args+=("$1"); shift
done
LIBCLANG_PATH=/usr/lib/llvm-14/lib exec /usr/bin/bindgen "${args[@]}"
EOS
chmod +x "$WRAP"

MAKEVARS=(-C "$SRC" O="$OBJ" ARCH=x86_64 LLVM=1 RUSTC=/usr/bin/rustc
          HOSTRUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
          RUST_LIB_SRC=/usr/lib/rustlib/src/rust/library BINDGEN="$WRAP")
if [[ ! -f $OBJ/.config ]] || grep -q '^CONFIG_WERROR=y' "$OBJ/.config"; then
  make -s -j2 "${MAKEVARS[@]}" defconfig
  # Clang 14 accepts -fcf-protection but 6.12's IBT annotations then fail
  # with -Werror (ignored nocf_check): leave IBT out of this comparison tree.
  # The same for -Werror: clang 14 warns where clang 19 does not
  # (-Waddress-of-packed-member in bodies bindgen parses).
  "$SRC/scripts/config" --file "$OBJ/.config" -e RUST -d X86_KERNEL_IBT -d WERROR
  make -s -j2 "${MAKEVARS[@]}" olddefconfig
fi
grep -q '^CONFIG_RUST=y' "$OBJ/.config" ||
  { echo "baseline: CONFIG_RUST did not stick (make rustavailable)" >&2; exit 1; }
# `prepare` runs the three BINDGEN commands; with 0.60.1 the kernel crate
# then fails (no `-> !` on BUG()), which does not matter here.
make -s -j2 "${MAKEVARS[@]}" prepare >&2 || true
for f in rust/bindings/bindings_generated.rs rust/uapi/uapi_generated.rs \
         rust/bindings/bindings_helpers_generated.rs; do
  [[ -s $OBJ/$f ]] || { echo "baseline: bindgen 0.60.1 did not produce $f" >&2; exit 1; }
done

# kbindgen with the very same saved command lines, twice: as Kbuild runs it
# (bindgen 0.72's conventions) and with --bindgen-compat 0.60 (the
# conventions that changed between 0.60 and 0.72; docs/compatibility.md).
cmp_one() {
  local out=$1 cmdfile=$2 label=$3
  shift 3
  local line
  line=$(sed -n 's/^savedcmd_[^ ]* := //p' "$OBJ/$cmdfile")
  local kb=$OBJ/$out.kbindgen$label.rs
  local cmd
  cmd=$(python3 "$ROOT/scripts/kbuild_command.py" command "$KBINDGEN" "$OBJ" "$cmdfile" "$kb" "$@")
  (cd "$OBJ" && eval "$cmd") 2>/dev/null
  local post=${line#*; }
  # Kbuild's post-pass (the RUST_CONST_HELPER_ rename) on both files.
  if [[ $line == *" ; "* && $post == sed* ]]; then
    (cd "$OBJ" && eval "${post//$out/$out.kbindgen$label.rs}")
  fi
  python3 "$ROOT/scripts/kbuild_command.py" crate "$OBJ/$out" "$kb"
  python3 "$APIDIFF" "$OBJ/$out.crate.rs" "$kb.crate.rs" \
    >"$OBJ/$out.apidiff$label.txt" 2>&1 || true
  echo "baseline: $out (kbindgen ${label:-as Kbuild runs it}): $(tail -1 "$OBJ/$out.apidiff$label.txt")"
}
for mode in "" "-compat-0.60"; do
  extra=()
  [[ -n $mode ]] && extra=(--bindgen-compat 0.60)
  cmp_one rust/bindings/bindings_generated.rs rust/bindings/.bindings_generated.rs.cmd "$mode" "${extra[@]}"
  cmp_one rust/uapi/uapi_generated.rs rust/uapi/.uapi_generated.rs.cmd "$mode" "${extra[@]}"
  cmp_one rust/bindings/bindings_helpers_generated.rs rust/bindings/.bindings_helpers_generated.rs.cmd "$mode" "${extra[@]}"
done
echo "baseline: per-item differences in $OBJ/rust/*/*.apidiff*.txt"
