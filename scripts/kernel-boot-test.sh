#!/usr/bin/env bash
# Builds and boots a Linux 6.12 kernel whose Rust bindings kbindgen generated.
#
# tinyconfig + 64BIT, a serial console, RUST and the rust_minimal and
# rust_print samples built in; `make LLVM=-19 BINDGEN=kbindgen` with Debian's
# rustc-web; then boots the image in qemu (TCG: KVM hangs on these VMs) under
# a timeout and looks for the samples' messages in the serial log. Without an
# initramfs the kernel panics after init, which is expected: the samples
# have printed by then.
#
# x86_64 (default): bzImage in qemu-system-x86_64, console ttyS0 (8250).
# arm64 (--arch arm64): Image in qemu-system-aarch64 -M virt -cpu cortex-a57,
# console ttyAMA0 (PL011).
#
# Usage: scripts/kernel-boot-test.sh [options] [KBINDGEN]
#   KBINDGEN            kbindgen binary (default: build/bin/kbindgen, built
#                       when missing)
#   --cache DIR         cache directory (default: $KBINDGEN_CACHE or
#                       $HOME/.cache/kbindgen)
#   --arch ARCH         x86_64 (default) or arm64
#   --cc llvm|gcc       kernel compiler (default: llvm)
#   --llvm-suffix S     LLVM=S with --cc llvm (default: -19)
#   --objtree DIR       object tree (default: DIR/build-x86_64-tiny-rust-boot,
#                       DIR/build-arm64-llvm-19-tiny-rust-boot for arm64)
#   -j N                make jobs (default: 2)
#   --timeout SECS      qemu timeout (default: 120)
#   --no-deps           do not run scripts/install-deps.sh --kernel
#   --reconfigure       redo the configuration from tinyconfig
#   --helpers           boot a copy of the source with
#                       scripts/kernel-patches/linux-6.12-helpers.patch (the
#                       helpers kbindgen can generate come from kbindgen), in
#                       its own object tree (the default's name with -helpers);
#                       checks that vmlinux links the generated helpers the
#                       kernel crate calls
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/kernel-common.sh
. "$ROOT/scripts/kernel-common.sh"

CACHE=${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}
OBJ=""
KBINDGEN=""
JOBS=2
TIMEOUT=120
DEPS=1
RECONFIGURE=0
HELPERS=0

while (($#)); do
  case "$1" in
    --cache) CACHE=$2; shift 2 ;;
    --objtree) OBJ=$2; shift 2 ;;
    --arch|--cc|--llvm-suffix) kb_config_arg "$1" "$2"; shift 2 ;;
    -j) JOBS=$2; shift 2 ;;
    -j*) JOBS=${1#-j}; shift ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --no-deps) DEPS=0; shift ;;
    --reconfigure) RECONFIGURE=1; shift ;;
    --helpers) HELPERS=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) kb_die "unknown option '$1'" ;;
    *) [[ -z "$KBINDGEN" ]] || kb_die "unexpected argument '$1'"; KBINDGEN=$1; shift ;;
  esac
done
SRC=$CACHE/linux-6.12
KIND=tiny-rust-boot
((HELPERS)) && KIND+=-helpers
OBJ=${OBJ:-$CACHE/$(kb_objtree_name "$KIND")}

# What differs per architecture: the image, the serial console and qemu.
case $KB_ARCH in
  x86_64)
    IMAGE_TARGET=bzImage
    IMAGE_PATH=arch/x86/boot/bzImage
    CONSOLE=ttyS0
    QEMU=(qemu-system-x86_64 -accel tcg -m 512M)
    SERIAL=(64BIT EARLY_PRINTK SERIAL_8250 SERIAL_8250_CONSOLE) ;;
  arm64)
    IMAGE_TARGET=Image
    IMAGE_PATH=arch/arm64/boot/Image
    CONSOLE=ttyAMA0
    QEMU=(qemu-system-aarch64 -accel tcg -M virt -cpu cortex-a57 -m 512M)
    SERIAL=(SERIAL_AMBA_PL011 SERIAL_AMBA_PL011_CONSOLE) ;;
  *) kb_die "no boot test for ARCH=$KB_ARCH (x86_64 and arm64 have one)" ;;
esac

kb_setup "$DEPS" "$HELPERS" "$SRC" "$OBJ" "$KBINDGEN"
SRC=$KB_SRC
kmake() { make -s -j"$JOBS" "${KB_MAKEVARS[@]}" "$@"; }

start=$(date +%s)
kb_lock_objtree "$OBJ"
kmake rustavailable >&2 || kb_die "make rustavailable failed"

# Configuration: tinyconfig plus what a Rust sample needs to show up on a
# serial console.
if ((RECONFIGURE)) || ! grep -qx 'CONFIG_SAMPLE_RUST_MINIMAL=y' "$OBJ/.config" 2>/dev/null; then
  kb_log "configuring $OBJ (tinyconfig + RUST + rust_minimal, rust_print)"
  kmake tinyconfig
  frag=$OBJ/kbindgen-boot.config
  printf 'CONFIG_%s=y\n' "${SERIAL[@]}" >"$frag"
  cat >>"$frag" <<'EOF'
CONFIG_PRINTK=y
CONFIG_PRINTK_TIME=y
CONFIG_TTY=y
CONFIG_BINFMT_ELF=y
CONFIG_RUST=y
CONFIG_SAMPLES=y
CONFIG_SAMPLES_RUST=y
CONFIG_SAMPLE_RUST_MINIMAL=y
CONFIG_SAMPLE_RUST_PRINT=y
# CONFIG_MODVERSIONS is not set
# CONFIG_RANDSTRUCT_FULL is not set
# CONFIG_DEBUG_INFO_BTF is not set
EOF
  (cd "$OBJ" && ARCH=$KB_ARCH "$SRC/scripts/kconfig/merge_config.sh" -m -O "$OBJ" \
      .config "$frag" >/dev/null)
  kmake olddefconfig
  for opt in RUST SAMPLE_RUST_MINIMAL SAMPLE_RUST_PRINT "${SERIAL[-1]}"; do
    grep -qx "CONFIG_$opt=y" "$OBJ/.config" ||
      kb_die "CONFIG_$opt=y did not survive olddefconfig (see $OBJ/.config)"
  done
fi

# Kconfig re-evaluates the configuration when BINDGEN or the toolchain
# changes; take the defaults for new symbols instead of prompting.
kmake olddefconfig

# Kbuild reruns BINDGEN only when its command line changes: delete the
# outputs so the kernel booted below always has this kbindgen's bindings.
for o in "${KB_OUTPUTS[@]}"; do rm -f "$OBJ/$o"; done
kb_log "make $IMAGE_TARGET (a few minutes from scratch on 2 cores)"
kmake "$IMAGE_TARGET" >&2 || kb_die "make $IMAGE_TARGET failed"
for o in "${KB_OUTPUTS[@]}"; do
  [[ -s $OBJ/$o ]] || kb_die "Kbuild did not generate $o"
done
((HELPERS == 0)) || kb_helpers_linked "$OBJ"
built=$(date +%s)
IMAGE=$OBJ/$IMAGE_PATH
[[ -f $IMAGE ]] || kb_die "no $IMAGE"

LOG=$OBJ/kbindgen-boot.log
kb_log "booting $IMAGE in qemu (TCG, timeout ${TIMEOUT}s), serial log in $LOG"
timeout "$TIMEOUT" "${QEMU[@]}" -nographic -no-reboot \
  -kernel "$IMAGE" -append "console=$CONSOLE panic=-1" </dev/null >"$LOG" 2>&1 || true
end=$(date +%s)

status=0
for want in 'rust_minimal: Rust minimal sample (init)' \
            'rust_minimal: Am I built-in? true' \
            'rust_print: Rust printing macros sample (init)'; do
  if grep -qF "$want" "$LOG"; then
    echo "  found:   $want"
  else
    echo "  MISSING: $want"
    status=1
  fi
done
printf '  %s: build %ss, boot %ss, objtree %s\n' "$(kb_config_name)" "$((built - start))" "$((end - built))" "$OBJ"
if ((status)); then
  tail -n 30 "$LOG" >&2
  kb_die "the Rust samples did not run (serial log: $LOG)"
fi
echo "kernel-boot-test: ok ($KB_ARCH kernel booted with kbindgen's bindings)"
