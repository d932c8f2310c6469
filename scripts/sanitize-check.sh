#!/usr/bin/env bash
# Builds kbindgen with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DKBINDGEN_SANITIZE=ON) into build-asan/, runs the unit and lit tests with
# that binary and, when the kernel tree of scripts/kernel-bindings.sh exists,
# Kbuild's three kbindgen commands. Any sanitizer report fails the run.
# Usage: scripts/sanitize-check.sh [--no-kernel]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
B=$ROOT/build-asan
CACHE=${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}
OBJ=$CACHE/build-x86_64-defconfig-rust
KERNEL=1
[[ "${1:-}" == "--no-kernel" ]] && KERNEL=0

"$ROOT/scripts/install-deps.sh"
cmake -S "$ROOT" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKBINDGEN_SANITIZE=ON >/dev/null
ninja -j2 -C "$B"

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
reports=$B/sanitizer-reports.txt
: >"$reports"

echo "sanitize-check: unit tests"
(cd "$B" && ctest --output-on-failure) 2>&1 | tee -a "$reports.ctest" | tail -3
echo "sanitize-check: lit tests"
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -q "$B/test" 2>&1 | tee "$reports.lit" | tail -5

if ((KERNEL)) && [[ -d $OBJ ]]; then
  for cmd in rust/bindings/.bindings_generated.rs.cmd rust/uapi/.uapi_generated.rs.cmd \
             rust/bindings/.bindings_helpers_generated.rs.cmd; do
    line=$(sed -n 's/^savedcmd_[^ ]* := //p' "$OBJ/$cmd" | sed 's/ ; .*//')
    # Replace Kbuild's BINDGEN with the sanitized binary; write to a scratch file.
    args=$(python3 -c 'import shlex,sys; w=shlex.split(sys.argv[1]); i=w.index("-o"); w[i+1]="/tmp/kbindgen-asan.rs"; print(" ".join(shlex.quote(x) for x in w[1:]))' "$line")
    echo "sanitize-check: kernel: $cmd"
    (cd "$OBJ" && eval "\"$B/bin/kbindgen\" $args") 2>>"$reports" >/dev/null ||
      { echo "sanitize-check: kbindgen failed on $cmd"; exit 1; }
  done
fi
if grep -E "ERROR: (Address|Leak)Sanitizer|runtime error:" "$reports" "$reports.lit" "$reports.ctest"; then
  echo "sanitize-check: sanitizer reports found"
  exit 1
fi
echo "sanitize-check: 0 sanitizer reports"
