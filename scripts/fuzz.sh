#!/usr/bin/env bash
# Builds kbindgen's libFuzzer targets with clang-19 (ASan + UBSan) and runs
# each for a bounded time on a copy of the seed corpus in fuzz/corpus/.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 200)] [TARGET...]
# Prints executions/s and corpus size per target; crashes are left in
# build-fuzz/crashes/ (turn each into a regression test).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_PER=${1:-200}
shift || true
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(ConfigFuzzer MacroFuzzer HeaderFuzzer BodySkipperFuzzer)
B=$ROOT/build-fuzz

"$ROOT/scripts/install-deps.sh"
dpkg-query -W libclang-rt-19-dev >/dev/null 2>&1 ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-rt-19-dev >/dev/null

cmake -S "$ROOT" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
  -DKBINDGEN_FUZZ=ON -DKBINDGEN_BUILD_TESTS=OFF >/dev/null
ninja -j2 -C "$B" $(printf 'kbindgen-%s ' "${TARGETS[@]}")

mkdir -p "$B/crashes"
status=0
for t in "${TARGETS[@]}"; do
  case $t in
    ConfigFuzzer) seeds=config ;;
    MacroFuzzer) seeds=macro ;;
    HeaderFuzzer) seeds=header ;;
    BodySkipperFuzzer) seeds=skipper ;;
    *) echo "fuzz: unknown target $t" >&2; exit 2 ;;
  esac
  corpus=$B/corpus-$seeds
  mkdir -p "$corpus"
  cp -n "$ROOT/fuzz/corpus/$seeds/"* "$corpus/" 2>/dev/null || true
  # Clang keeps process-wide caches (identifier tables, builtin info) that
  # grow on first use; LeakSanitizer's per-input check mistakes them for
  # leaks in the targets that run Clang, so it is off there (ASan and UBSan
  # stay on).
  leaks=1
  [[ $t == MacroFuzzer || $t == HeaderFuzzer || $t == BodySkipperFuzzer ]] && leaks=0
  log=$B/$t.log
  if ! "$B/bin/kbindgen-$t" "$corpus" -max_total_time="$SECONDS_PER" \
      -print_final_stats=1 -artifact_prefix="$B/crashes/$t-" \
      -max_len=4096 -timeout=30 -rss_limit_mb=4096 -close_fd_mask=2 -detect_leaks=$leaks \
      >"$log" 2>&1; then
    echo "fuzz: $t FOUND A CRASH (see $log and $B/crashes/)"
    status=1
  fi
  execs=$(grep -o 'stat::number_of_executed_units:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  files=$(ls "$corpus" | wc -l)
  echo "fuzz: $t: ${SECONDS_PER}s, $execs executions, $rate exec/s, corpus $files files"
done
exit $status
