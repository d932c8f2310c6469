#!/usr/bin/env bash
# Differential layout fuzzer: generates C headers full of records, and checks
# that the Rust bindings have C's size, alignment and field offsets and read
# and write every field as C does (see scripts/layout-fuzz.py).
#
# Usage: scripts/layout-fuzz.sh [--count N] [--seed S] [--per-header K]
#                               [--reduce N [--findings DIR]] [--keep DIR]
#                               [--generator kbindgen|bindgen] [-v]
#   --count N      records in total (default 200), K per header (default 40)
#   --seed S       the run's seed (default 1); the same seed, the same headers
#   --reduce N     reduce the first N failures of each class to a minimal
#                  header, written to DIR (default ./layout-findings)
#   --generator bindgen  runs /usr/bin/bindgen (Debian's 0.60.1, with
#                  LIBCLANG_PATH=/usr/lib/llvm-14/lib) instead, for reference
#   --expect FILE  failure classes that are known bugs (scripts/test.sh)
#   --first-header H  start at header H of the seed (to rerun one header)
#   -j N           check N headers at once (default 1)
#   --target T     x86_64 (default: everything is run and compared), or
#                  i686, arm, aarch64, riscv64, powerpc64le, s390x,
#                  loongarch64: static checks compiled for that target
# kbindgen is $KBINDGEN_BUILD_DIR/bin/kbindgen (default build/bin/kbindgen).
# Prints one line per header and a summary: headers, records, failing
# records per class. Exit status 0 when no record fails (with --expect: when
# the failing classes are exactly the expected ones).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KBINDGEN_BUILD_DIR:-$ROOT/build}
if [[ " $* " != *" --generator bindgen "* && ! -x $BUILD/bin/kbindgen ]]; then
  echo "layout-fuzz: $BUILD/bin/kbindgen not found: build it first (scripts/test.sh does)" >&2
  exit 2
fi
export KBINDGEN_BUILD_DIR=$BUILD
exec nice -n 10 python3 "$ROOT/scripts/layout-fuzz.py" "$@"
