#!/usr/bin/env bash
# Builds kbindgen and runs its whole test suite: the GoogleTest unit tests
# (through ctest), the lit tests (FileCheck + rustc + rustfmt), a
# clang-format-19 check of the C++ sources, the differential layout fuzzer
# on a fixed seed (scripts/layout-fuzz.sh), on x86_64, i686 and 32-bit Arm,
# and the rustfmt differential fuzzer on a fixed seed
# (scripts/rustfmt-fuzz.py).
#
# Usage: scripts/test.sh [--kernel | --kernel-if-prepared | --assertions]
#   Works from a clean clone on Debian bookworm (as root: missing packages are
#   installed by scripts/install-deps.sh). Builds into build/ (or
#   $KBINDGEN_BUILD_DIR) with $KBINDGEN_JOBS parallel jobs (default 2),
#   against LLVM/Clang $KBINDGEN_LLVM_VERSION when set (16, 19 or 22;
#   scripts/llvm-matrix.sh runs all three), else the build folder's or 19.
#   --kernel  then runs the tests on the real Linux 6.12 tree (each counts as
#             one test): on x86_64 LLVM=-19, Kbuild generates the three
#             outputs with kbindgen and builds the crates, twice,
#             byte-identical (kernel-bindings.sh --twice); layout assertions
#             over bindings_helper.h (kernel-layout-check.py), and again
#             without the seven layout --opaque-type entries
#             (--without-layout-opaque); determinism (kernel-determinism.py);
#             --stable-anon-names under three include orders of
#             bindings_helper.h: byte-identical outputs and depfiles
#             (kernel-stable-names.py); every macro
#             constant's value, sign and width checked by clang (macro-oracle.py);
#             --wrap-static-fns over bindings_helper.h (kernel-wrappers.py:
#             >= 90% wrapped, the C files compile with the flags of
#             rust/helpers/helpers.o without a warning); the boot test (kernel-boot-test.sh);
#             the kernel patch whose helpers come from kbindgen
#             (kernel-helpers.sh: make prepare, apidiff of the replaced
#             helpers against Kbuild's, the tinyconfig kernel booted); later kernels' command
#             lines (6.13 ... 7.1) on 6.12's headers, each compiled as that
#             kernel compiles it (kernel-cmdlines.py, one test per version).
#             Then one test per other configuration (x86_64 GCC, arm64
#             LLVM=-19, riscv64 LLVM=-19, UML GCC): `make prepare` with the
#             crates built plus the layout check for that target; and the
#             arm64 boot test. The first run installs the kernel packages and
#             prepares the trees under ~/.cache/kbindgen (about an hour on 2
#             cores); later runs reuse them.
#   --assertions  builds with kbindgen's assert()s enabled (Release flags
#             without -DNDEBUG; Debian's LLVM libraries stay as they are) into
#             build-assertions/ (or $KBINDGEN_BUILD_DIR) and runs the unit and
#             lit tests there (no layout fuzz, no kernel). Not part of .ci/run:
#             the separate build costs a full compile (docs/reliability.md).
#   --kernel-if-prepared  the same when scripts/kernel-bindings.sh has already
#             prepared the defconfig tree (what .ci/run passes), except the
#             other configurations whose trees are not prepared (reported as
#             not run); otherwise says so and counts no kernel test.
#
# The last line printed is always `N passed, N failed` (unit tests + lit
# tests + the clang-format-19 check + the layout fuzzer's fixed budget on x86_64, i686 and arm + the rustfmt fuzzer's [+ kernel tests]; an expected failure counts as passed, a step that
# could not run as one failure). The exit status is non-zero when anything
# failed.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JOBS=${KBINDGEN_JOBS:-2}

passed=0
failed=0
KERNEL=0
ONLY_PREPARED=0
ASSERTIONS=0
for arg in "$@"; do
  case $arg in
    --assertions) ASSERTIONS=1 ;;
    --kernel) KERNEL=1 ;;
    --kernel-if-prepared)
      if [[ -f ${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}/build-x86_64-defconfig-rust/rust/bindings/.bindings_generated.rs.cmd ]]; then
        KERNEL=1
        ONLY_PREPARED=1
      else
        KERNEL=2
      fi ;;
    *) echo "test.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done
if ((ASSERTIONS && KERNEL)); then
  echo "test.sh: --assertions runs the unit and lit tests only; it does not combine with --kernel" >&2
  exit 2
fi
if ((ASSERTIONS)); then
  BUILD=${KBINDGEN_BUILD_DIR:-$ROOT/build-assertions}
  # CMake's Release flags without -DNDEBUG: kbindgen's assert()s are checked.
  CONFIG_FLAGS=(-DCMAKE_CXX_FLAGS_RELEASE=-O2)
else
  BUILD=${KBINDGEN_BUILD_DIR:-$ROOT/build}
  CONFIG_FLAGS=()
fi
RESULTS=$BUILD/test-results

summary() {
  echo "$passed passed, $failed failed"
}

# A step that could not run counts as one failure; nothing after it can run.
abort() {
  echo "test.sh: $*" >&2
  failed=$((failed + 1))
  summary
  exit 1
}

step() { echo "==> $*"; }

step "Installing dependencies (scripts/install-deps.sh)"
bash scripts/install-deps.sh ${KBINDGEN_LLVM_VERSION:+--llvm "$KBINDGEN_LLVM_VERSION"} || abort "installing dependencies failed"

# rustup's toolchain, when there is one, is used like an interactive shell
# would (CI shells often do not source ~/.cargo/env).
if [[ -d "${HOME:-/root}/.cargo/bin" ]]; then
  export PATH="${HOME:-/root}/.cargo/bin:$PATH"
fi

# The lit tests check that the output is rustfmt-clean, with a rustfmt as
# recent as rustc. Debian's `rustfmt` package is 1.63's (it cannot parse
# `unsafe extern` blocks); `rustfmt-web` matches `rustc-web`.
rustfmt_is_debian_old() {
  dpkg-query -W -f='${Status}' rustfmt 2>/dev/null | grep -q "install ok installed" &&
    [[ "$(command -v rustfmt)" == /usr/bin/rustfmt ]]
}
if ! command -v rustfmt >/dev/null 2>&1 || rustfmt_is_debian_old; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    step "Installing rustfmt-web"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rustfmt-web >/dev/null ||
      abort "installing rustfmt-web failed"
  fi
fi
for tool in rustc rustfmt python3 cmake ninja; do
  command -v "$tool" >/dev/null 2>&1 || abort "$tool not found"
done
echo "rustc:   $(rustc --version)"
echo "rustfmt: $(rustfmt --version)"

step "Configuring into $BUILD"
mkdir -p "$BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DKBINDGEN_BUILD_TESTS=ON -DKBINDGEN_RUSTC="$(command -v rustc)" \
  ${KBINDGEN_LLVM_VERSION:+-DKBINDGEN_LLVM_VERSION="$KBINDGEN_LLVM_VERSION"} \
  -DKBINDGEN_RUSTFMT="$(command -v rustfmt)" "${CONFIG_FLAGS[@]}" \
  >"$BUILD/cmake-configure.log" 2>&1 ||
  { cat "$BUILD/cmake-configure.log"; abort "cmake configuration failed"; }

step "Building (ninja -j$JOBS)"
ninja -C "$BUILD" -j"$JOBS" || abort "the build failed"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

step "Unit tests (ctest -L unit)"
ctest --test-dir "$BUILD" -L unit --output-on-failure \
  --output-junit "$RESULTS/unit.xml"
unit_status=$?

LIT=$(sed -n 's/^KBINDGEN_LIT:FILEPATH=//p' "$BUILD/CMakeCache.txt")
step "lit tests ($LIT)"
python3 "$LIT" -sv "$BUILD/test" -o "$RESULTS/lit.json"
lit_status=$?

# Count the results of both from their reports.
read -r unit_pass unit_fail lit_pass lit_fail lit_xfail lit_skip < <(
  python3 - "$RESULTS/unit.xml" "$RESULTS/lit.json" <<'EOF'
import json
import sys
import xml.etree.ElementTree as ET

unit_pass = unit_fail = 0
try:
    for case in ET.parse(sys.argv[1]).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            unit_fail += 1
            print(f"test.sh: unit: FAIL: {case.get('name')}", file=sys.stderr)
        elif case.find("skipped") is None:
            unit_pass += 1
except (OSError, ET.ParseError):
    pass

lit_pass = lit_fail = lit_xfail = lit_skip = 0
try:
    with open(sys.argv[2]) as f:
        for test in json.load(f).get("tests", []):
            code = test.get("code")
            if code == "PASS":
                lit_pass += 1
            elif code == "XFAIL":
                lit_xfail += 1
            elif code in ("UNSUPPORTED", "SKIPPED", "EXCLUDED"):
                lit_skip += 1
            else:  # FAIL, XPASS, UNRESOLVED, TIMEOUT
                lit_fail += 1
                print(f"test.sh: lit: {code}: {test.get('name')}",
                      file=sys.stderr)
except (OSError, ValueError):
    pass
print(unit_pass, unit_fail, lit_pass, lit_fail, lit_xfail, lit_skip)
EOF
)

# A runner that failed without reporting any failing test (e.g. lit could
# not start, or no unit test was found) is one failure.
if ((unit_status != 0 && unit_fail == 0)) || ((unit_pass + unit_fail == 0)); then
  echo "test.sh: ctest failed (status $unit_status) without a test report" >&2
  unit_fail=$((unit_fail + 1))
fi
if ((lit_status != 0 && lit_fail == 0)) || ((lit_pass + lit_xfail + lit_fail == 0)); then
  echo "test.sh: lit failed (status $lit_status) without a test report" >&2
  lit_fail=$((lit_fail + 1))
fi

unit_lit_counts() {
  echo "unit tests: $unit_pass passed, $unit_fail failed"
  echo "lit tests:  $((lit_pass + lit_xfail)) passed ($lit_xfail expectedly failed: known generator bugs), $lit_fail failed, $lit_skip unsupported"
}
passed=$((unit_pass + lit_pass + lit_xfail))
failed=$((unit_fail + lit_fail))
if ((ASSERTIONS)); then
  unit_lit_counts
  echo "assertions build: $BUILD"
  summary
  ((failed == 0))
  exit
fi

# The C++ sources as clang-format-19 lays them out (.clang-format, LLVM
# style), one test: a file it would change fails it, with the lines shown.
step "format check (clang-format-19 --dry-run -Werror over lib/ include/ tools/ unittests/)"
if command -v clang-format-19 >/dev/null 2>&1; then
  find lib include tools unittests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 |
    sort -z | xargs -0 clang-format-19 --dry-run -Werror >"$RESULTS/format.log" 2>&1
  format_status=$?
else
  echo "test.sh: clang-format-19 not found (scripts/install-deps.sh installs it)" >"$RESULTS/format.log"
  format_status=1
fi
if ((format_status == 0)); then
  echo "format check: passed"
  passed=$((passed + 1))
else
  head -40 "$RESULTS/format.log"
  echo "test.sh: format check FAILED in $(grep -o '^[^:]*\.\(cpp\|h\):' "$RESULTS/format.log" | sort -u | wc -l) files (log: $RESULTS/format.log; fix: clang-format-19 -i FILE)" >&2
  failed=$((failed + 1))
fi

# The differential layout fuzzer on a fixed seed and budget (one test per
# target): on x86_64 C's sizes, alignments, offsets and field values against
# the bindings'; on i686 and 32-bit Arm (nothing runs there) sizes,
# alignments, offsets, field sizes and signs and bitfield positions, checked
# by Clang and rustc for the target (core built once from rust-src).
fuzz_failed=()
for fuzz in "x86_64 200" "i686 120" "arm 120"; do
  read -r fuzz_target fuzz_count <<<"$fuzz"
  step "layout fuzz (scripts/layout-fuzz.sh --target $fuzz_target --count $fuzz_count --seed 1)"
  KBINDGEN_BUILD_DIR=$BUILD bash scripts/layout-fuzz.sh --target "$fuzz_target" --count "$fuzz_count" \
    --seed 1 --expect scripts/layout-fuzz-expected.txt >"$RESULTS/layout-fuzz-$fuzz_target.log" 2>&1
  status=$?
  sed -n '/^layout-fuzz:/,$p' "$RESULTS/layout-fuzz-$fuzz_target.log"
  if ((status != 0)); then
    fuzz_failed+=("$fuzz_target")
    echo "test.sh: layout fuzz FAILED (log: $RESULTS/layout-fuzz-$fuzz_target.log)" >&2
  fi
done

# The rustfmt differential fuzzer on a fixed seed and budget (one test):
# random headers and options, the output checked by rustfmt --check and rustc.
step "rustfmt fuzz (scripts/rustfmt-fuzz.py --seed 1 --count 40)"
python3 scripts/rustfmt-fuzz.py --kbindgen "$BUILD/bin/kbindgen" --seed 1 --count 40 \
  --expect scripts/rustfmt-fuzz-expected.txt >"$RESULTS/rustfmt-fuzz.log" 2>&1
rustfmt_fuzz_status=$?
grep '^rustfmt-fuzz:' "$RESULTS/rustfmt-fuzz.log"
((rustfmt_fuzz_status == 0)) || echo "test.sh: rustfmt fuzz FAILED (log: $RESULTS/rustfmt-fuzz.log)" >&2

unit_lit_counts
echo "layout fuzz: $( ((${#fuzz_failed[@]} == 0)) && echo "passed (x86_64, i686, arm)" || echo "FAILED (${fuzz_failed[*]})")"
failed=$((failed + ${#fuzz_failed[@]}))
passed=$((passed + 3 - ${#fuzz_failed[@]}))
echo "rustfmt fuzz: $( ((rustfmt_fuzz_status == 0)) && echo passed || echo FAILED)"
if ((rustfmt_fuzz_status == 0)); then passed=$((passed + 1)); else failed=$((failed + 1)); fi

if ((KERNEL == 2)); then
  echo "kernel tests: not run: no prepared kernel tree under ${KBINDGEN_CACHE:-$HOME/.cache/kbindgen} (scripts/test.sh --kernel prepares it)"
fi
if ((KERNEL == 1)); then
  kernel_test() {
    local name=$1 start=$SECONDS
    shift
    step "kernel test: $name"
    if "$@" >"$RESULTS/kernel-$name.log" 2>&1; then
      passed=$((passed + 1))
      grep -E '^(kernel-|macro-|  |bindings_helper|uapi_helper|helpers|all:)' "$RESULTS/kernel-$name.log" |
        grep -v 'warning:' | tail -12
      echo "kernel test $name: ok ($((SECONDS - start)) s)"
    else
      failed=$((failed + 1))
      tail -30 "$RESULTS/kernel-$name.log"
      echo "test.sh: kernel test $name FAILED after $((SECONDS - start)) s (log: $RESULTS/kernel-$name.log)" >&2
    fi
  }
  KB=$BUILD/bin/kbindgen
  kernel_test main-job-twice bash scripts/kernel-bindings.sh --twice "$KB"
  kernel_test layout python3 scripts/kernel-layout-check.py --kbindgen "$KB"
  kernel_test layout-without-opaque python3 scripts/kernel-layout-check.py \
    --without-layout-opaque --kernel-crate --kbindgen "$KB"
  kernel_test determinism python3 scripts/kernel-determinism.py --kbindgen "$KB"
  kernel_test stable-names python3 scripts/kernel-stable-names.py --kbindgen "$KB"
  kernel_test macro-oracle python3 scripts/macro-oracle.py --kbindgen "$KB"
  kernel_test wrappers python3 scripts/kernel-wrappers.py --kbindgen "$KB" \
    --out "$RESULTS/kernel-wrappers"
  kernel_test boot bash scripts/kernel-boot-test.sh "$KB"
  for version in $(python3 scripts/kernel-cmdlines.py --list); do
    kernel_test "cmdline-$version" python3 scripts/kernel-cmdlines.py \
      --version "$version" --kbindgen "$KB"
  done
  # The other configurations: prepare (crates built under -Dwarnings) and the
  # layout check with the target's own clang and rustc targets.
  kernel_config() {
    bash scripts/kernel-bindings.sh "$@" "$KB" &&
      python3 scripts/kernel-layout-check.py "$@" --kbindgen "$KB"
  }
  # prepared NAME KIND ARCH CC FILE: whether to run test NAME; with
  # --kernel-if-prepared only when the configuration's KIND tree has FILE.
  prepared() {
    local tree
    ((ONLY_PREPARED)) || return 0
    tree=$(. scripts/kernel-common.sh; KB_ARCH=$3 KB_CC=$4; kb_objtree_name "$2")
    [[ -f ${KBINDGEN_CACHE:-$HOME/.cache/kbindgen}/$tree/$5 ]] && return 0
    echo "kernel test $1: not run: $tree not prepared (scripts/test.sh --kernel prepares it)"
    return 1
  }
  if prepared helpers defconfig-rust-helpers x86_64 llvm rust/libkernel.rmeta &&
     prepared helpers tiny-rust-boot-helpers x86_64 llvm arch/x86/boot/bzImage; then
    kernel_test helpers bash scripts/kernel-helpers.sh --no-deps "$KB"
  fi
  for config in "x86_64-gcc x86_64 gcc" "arm64 arm64 llvm" \
                "riscv64 riscv llvm" "um-gcc um gcc"; do
    read -r name arch cc <<<"$config"
    prepared "$name" defconfig-rust "$arch" "$cc" rust/libkernel.rmeta || continue
    kernel_test "$name" kernel_config --arch "$arch" --cc "$cc"
  done
  if prepared boot-arm64 tiny-rust-boot arm64 llvm arch/arm64/boot/Image; then
    kernel_test boot-arm64 bash scripts/kernel-boot-test.sh --arch arm64 "$KB"
  fi
  echo "kernel tests: run (see above)"
fi
summary
((failed == 0))
