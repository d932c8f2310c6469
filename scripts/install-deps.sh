#!/usr/bin/env bash
# Installs what kbindgen needs to build and test on Debian bookworm (as root).
# Usage: scripts/install-deps.sh [--kernel] [--llvm N]...
#   --kernel  also installs what the kernel job needs (kernel source, the
#             Rust toolchain that builds Linux 6.12's Rust, qemu for x86_64
#             and arm64, bindgen).
#   --llvm N  also installs LLVM/Clang N (16, 19 or 22) next to the default 19,
#             for builds configured with -DKBINDGEN_LLVM_VERSION=N.
set -euo pipefail

# rustc-web and rust-web-src: the rustc whose rust-src builds core for other
# targets (i686, arm, ...), so the layout fuzzer and lit check bindings for
# them (scripts/rust_core.py).
need=(cmake ninja-build g++ llvm-19-dev libclang-19-dev clang-19 llvm-19-tools
      lld-19 libyaml-cpp-dev libgtest-dev googletest python3 clang-format-19
      rustc-web rust-web-src)
llvm_packages() {
  echo "llvm-$1-dev libclang-$1-dev clang-$1 llvm-$1-tools lld-$1"
}
while (($#)); do
  case "$1" in
    --kernel)
      need+=(linux-source-6.12 rustc-web rust-web-src flex bison bc libelf-dev
             libssl-dev cpio qemu-system-x86 qemu-system-arm bindgen hyperfine
             xz-utils) ;;
    --llvm)
      [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "install-deps: --llvm needs a version" >&2; exit 2; }
      read -ra extra <<<"$(llvm_packages "$2")"
      need+=("${extra[@]}")
      shift ;;
    *) echo "install-deps: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done

missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# rustc, rustfmt and rustdoc compile and check the emitted Rust. rustup's
# toolchain is used when present; otherwise Debian's rustc-web and
# rustfmt-web provide them (rustc-web is installed above in any case).
if ! command -v rustfmt >/dev/null 2>&1 && [[ ! -x "$HOME/.cargo/bin/rustc" ]]; then
  missing_rust=()
  for p in rustc-web rustfmt-web; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing_rust+=("$p")
  done
  if ((${#missing_rust[@]})); then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_rust[@]}" >/dev/null
  fi
fi
