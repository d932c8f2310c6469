#!/usr/bin/env bash
# Builds kbindgen against each LLVM/Clang it supports and runs the whole
# suite on each, then compares what the builds generate.
#
# Usage: scripts/llvm-matrix.sh [VERSION...]       (default: 16 19 22)
#   Installs Debian's llvm-N-dev libclang-N-dev clang-N llvm-N-tools lld-N
#   (scripts/install-deps.sh --llvm N; as root), then per version builds into
#   its own folder build-llvmN/ (or $KBINDGEN_MATRIX_DIR/build-llvmN) and runs
#   scripts/test.sh there (unit + lit + the short layout fuzz), then
#   scripts/llvm-compare.py over the builds: the lit tests' outputs and the
#   bindgen-tests headers' outputs must be identical, except the differences
#   listed in scripts/llvm-expected-differences.txt (each explained in
#   docs/compatibility.md).
#   Too slow for every CI run on 2 cores (three builds): CI builds only the
#   default LLVM 19. ccache is used when installed.
#
# The last line printed is `N passed, N failed`: the sum of each version's
# test.sh counts, plus one test per compared output.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
VERSIONS=("$@")
((${#VERSIONS[@]})) || VERSIONS=(16 19 22)
DIR=${KBINDGEN_MATRIX_DIR:-$ROOT}
passed=0
failed=0

summary() { echo "$passed passed, $failed failed"; }

args=()
for v in "${VERSIONS[@]}"; do args+=(--llvm "$v"); done
echo "==> llvm-matrix: installing LLVM ${VERSIONS[*]} (scripts/install-deps.sh ${args[*]})"
if ! bash scripts/install-deps.sh "${args[@]}"; then
  echo "llvm-matrix: installing the packages failed" >&2
  failed=$((failed + 1))
  summary
  exit 1
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

builds=()
declare -A result
for v in "${VERSIONS[@]}"; do
  build=$DIR/build-llvm$v
  builds+=("$build")
  echo "==> llvm-matrix: LLVM $v in $build"
  # Stale lit outputs would be compared as if this run wrote them.
  find "$build/test" -type d -name Output -prune -exec rm -rf {} + 2>/dev/null
  mkdir -p "$build"
  cmake -S "$ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DKBINDGEN_LLVM_VERSION="$v" "${launcher[@]}" >"$build/matrix-configure.log" 2>&1 ||
    { cat "$build/matrix-configure.log"; }
  KBINDGEN_BUILD_DIR=$build KBINDGEN_LLVM_VERSION=$v bash scripts/test.sh \
    >"$build/matrix-test.log" 2>&1
  grep -E '^(unit tests|lit tests|layout fuzz|rustc|test.sh:)' "$build/matrix-test.log"
  "$build/bin/kbindgen" --version 2>/dev/null | sed -n 2p
  last=$(tail -n 1 "$build/matrix-test.log")
  if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
    result[$v]=$last
  else
    echo "llvm-matrix: LLVM $v: test.sh did not finish (log: $build/matrix-test.log)" >&2
    failed=$((failed + 1))
    result[$v]="did not finish"
  fi
  echo "LLVM $v: ${result[$v]}"
done

if ((${#builds[@]} > 1)); then
  echo "==> llvm-matrix: comparing the outputs of ${VERSIONS[*]} (scripts/llvm-compare.py)"
  python3 scripts/llvm-compare.py "${builds[@]}" \
    --expected scripts/llvm-expected-differences.txt >"${builds[0]}/llvm-compare.log" 2>&1
  grep -vE '^[0-9]+ passed, [0-9]+ failed$' "${builds[0]}/llvm-compare.log" |
    grep -E '^(EXPECTED|DIFFERS|GONE|NOTRUN|  |llvm-compare)'
  last=$(tail -n 1 "${builds[0]}/llvm-compare.log")
  if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
    echo "outputs compared: $last"
  else
    echo "llvm-matrix: llvm-compare.py did not finish (log: ${builds[0]}/llvm-compare.log)" >&2
    failed=$((failed + 1))
  fi
fi

for v in "${VERSIONS[@]}"; do echo "LLVM $v: ${result[$v]}"; done
summary
((failed == 0))
