#!/usr/bin/env bash
# Builds kbindgen with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DKBINDGEN_SANITIZE=ON) into build-asan/, runs the unit and lit tests with
# that binary and, when the kernel tree of scripts/kernel-bindings.sh exists,
# Kbuild's three kbindgen commands. Any sanitizer report fails the run,
# including one from a test that expects kbindgen to fail (`not`, an exit
# code check): every report is written to a file of its own
# (ASAN_OPTIONS/UBSAN_OPTIONS log_path) and the run fails when any exists.
# Usage: scripts/sanitize-check.sh [--no-kernel] [--lit-filter REGEX]
#   --lit-filter: only the lit tests matching REGEX, no unit tests, no kernel.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
B=$ROOT/build-asan
CACHE=${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}
OBJ=$CACHE/build-x86_64-defconfig-rust
KERNEL=1
UNIT=1
LIT_ARGS=()
while (($#)); do
  case $1 in
    --no-kernel) KERNEL=0 ;;
    --lit-filter) LIT_ARGS=(--filter "$2"); KERNEL=0; UNIT=0; shift ;;
    *) echo "usage: $0 [--no-kernel] [--lit-filter REGEX]" >&2; exit 2 ;;
  esac
  shift
done

"$ROOT/scripts/install-deps.sh"
# Built with clang-19: its runtime (UBSan inside ASan) writes UBSan reports
# to log_path too, where GCC's separate libubsan next to libasan writes them
# to stderr whatever the options say.
dpkg-query -W libclang-rt-19-dev >/dev/null 2>&1 ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-rt-19-dev >/dev/null
if [[ -f $B/CMakeCache.txt ]] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++-19$' "$B/CMakeCache.txt"; then
  rm -rf "$B"
fi
cmake -S "$ROOT" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
  -DKBINDGEN_SANITIZE=ON >/dev/null
# --lit-filter needs only the tool.
if ((UNIT)); then ninja -j2 -C "$B"; else ninja -j2 -C "$B" kbindgen; fi

# Each sanitized process writes its reports to LOGS/<asan|ubsan>.<pid>
# instead of stderr, where a test expecting failure would swallow them.
LOGS=$B/sanitizer-logs
rm -rf "$LOGS"
mkdir -p "$LOGS"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:log_path=$LOGS/asan
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$LOGS/ubsan
reports=$B/sanitizer-reports.txt
: >"$reports"
: >"$reports.ctest"

# A failing test does not stop the run: its reports are shown first.
failed=0
if ((UNIT)); then
  echo "sanitize-check: unit tests"
  (cd "$B" && ctest --output-on-failure) 2>&1 | tee -a "$reports.ctest" | tail -3 ||
    failed=1
fi
echo "sanitize-check: lit tests"
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -q "${LIT_ARGS[@]}" "$B/test" 2>&1 |
  tee "$reports.lit" | tail -5 || failed=1

if ((KERNEL)) && [[ -d $OBJ ]]; then
  for cmd in rust/bindings/.bindings_generated.rs.cmd rust/uapi/.uapi_generated.rs.cmd \
             rust/bindings/.bindings_helpers_generated.rs.cmd; do
    # Kbuild's command with the sanitized binary, writing a scratch file.
    run=$(python3 "$ROOT/scripts/kbuild_command.py" command "$B/bin/kbindgen" "$OBJ" "$cmd" /tmp/kbindgen-asan.rs)
    echo "sanitize-check: kernel: $cmd"
    (cd "$OBJ" && eval "$run") 2>>"$reports" >/dev/null ||
      { echo "sanitize-check: kbindgen failed on $cmd"; failed=1; }
  done
fi
found=0
if grep -E "ERROR: (Address|Leak)Sanitizer|runtime error:" "$reports" "$reports.lit" "$reports.ctest"; then
  found=1
fi
logs=$(find "$LOGS" -type f | sort)
if [[ -n $logs ]]; then
  for f in $logs; do
    echo "sanitize-check: report in $f:"
    head -20 "$f"
  done
  found=1
fi
if ((found)); then
  echo "sanitize-check: sanitizer reports found"
  exit 1
fi
echo "sanitize-check: 0 sanitizer reports"
if ((failed)); then
  echo "sanitize-check: tests failed"
  exit 1
fi
