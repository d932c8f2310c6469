#!/usr/bin/env python3
"""Compares what kbindgen builds on different LLVM/Clang versions generate.

Usage: scripts/llvm-compare.py BUILD_DIR BUILD_DIR... [--suite DIR]
                               [--expected FILE] [--verbose]

  1. The lit tests' outputs: every Output/*.rs under BUILD_DIR/test (the lit
     suite must have run in each build folder).
  2. rust-bindgen's C test headers (../shared/bindgen-tests, or --suite):
     each build's kbindgen runs on every header the way
     ../shared/tools/bindgen-suite runs it; exit status and stdout compared.

Each output that differs between builds is printed with the first differing
line. --expected FILE names outputs whose difference is explained (one
`path-or-test-name  reason` a line; docs/compatibility.md explains each); an
unexpected difference, or an expected one that disappeared, fails.
The last line is `N passed, N failed` (one test per compared output).
"""
import argparse
import difflib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lit_outputs(build):
    """Relative paths of the .rs files the lit tests wrote."""
    base = os.path.join(build, "test")
    found = set()
    for dirpath, _, files in os.walk(base):
        if "Output" not in dirpath.split(os.sep):
            continue
        for f in files:
            if f.endswith(".rs"):
                found.add(os.path.relpath(os.path.join(dirpath, f), base))
    return found


def runnable_suite_tests(suite):
    """The bindgen-tests entries bindgen-suite runs (pure C, default target)."""
    manifest = json.load(open(os.path.join(suite, "manifest.json")))
    for name, t in sorted(manifest.items()):
        if t["parse_callbacks"] or t["osx_only"]:
            continue
        clang = list(t["clang_flags"])
        if any(f.startswith("--target") or f == "-target" for f in clang):
            continue
        if any("--target" in f for f in t["bindgen_flags"]):
            continue
        if any(f.startswith(("-fblocks", "-fms-extensions")) for f in clang):
            continue
        yield name, t


def run_suite_test(kbindgen, suite, t):
    cmd = ([kbindgen, "--with-derive-default", "--disable-header-comment",
            os.path.join(suite, t["header"])] + t["bindgen_flags"] + ["--"] +
           list(t["clang_flags"]) + ["--target=x86_64-unknown-linux"])
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120,
                             cwd=suite)
    except subprocess.TimeoutExpired:
        return "timeout\n"
    return "exit %d\n%s" % (run.returncode, run.stdout)


def first_difference(a, b, names):
    diff = difflib.unified_diff(a.splitlines(), b.splitlines(), names[0],
                                names[1], n=0, lineterm="")
    lines = [l for l in diff if not l.startswith(("---", "+++", "@@"))]
    return lines[:6]


def compare(key, texts, builds, verbose):
    """Returns None when all texts agree, else a report."""
    ref = texts[0]
    report = []
    for build, text in zip(builds[1:], texts[1:]):
        if text == ref:
            continue
        report.append("  %s vs %s:" % (builds[0], build))
        shown = first_difference(ref, text, (builds[0], build))
        report += ["    " + l for l in (shown if verbose else shown[:2])]
    return report or None


def read(path):
    try:
        with open(path, errors="replace") as f:
            return f.read()
    except OSError:
        return "<missing>"


def default_suite():
    """../shared/bindgen-tests from the main checkout or from a worktree."""
    for up in (os.path.dirname(ROOT), os.path.dirname(os.path.dirname(ROOT))):
        path = os.path.join(up, "shared", "bindgen-tests")
        if os.path.isdir(path):
            return path
    return os.path.join(os.path.dirname(ROOT), "shared", "bindgen-tests")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("builds", nargs="+")
    ap.add_argument("--suite", default=default_suite())
    ap.add_argument("--expected")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    builds = [os.path.abspath(b) for b in args.builds]
    names = [os.path.basename(b) for b in builds]

    expected = {}
    if args.expected:
        for line in open(args.expected):
            line = line.strip()
            if line and not line.startswith("#"):
                key, _, reason = line.partition(" ")
                expected[key] = reason.strip()

    results = {}  # key -> report or None
    # A test unsupported on one Clang (REQUIRES/UNSUPPORTED: clang-N) has no
    # output there: only the outputs every build wrote are compared.
    per_build = [lit_outputs(b) for b in builds]
    paths = set.intersection(*per_build)
    only = sorted(set.union(*per_build) - paths)
    if only:
        print("llvm-compare: %d lit outputs not written by every build "
              "(version-specific tests): %s" % (len(only), " ".join(only)))
    for rel in sorted(paths):
        texts = [read(os.path.join(b, "test", rel)) for b in builds]
        results["lit:" + rel] = compare(rel, texts, names, args.verbose)

    if os.path.isdir(args.suite):
        tests = list(runnable_suite_tests(args.suite))
        kbs = [os.path.join(b, "bin", "kbindgen") for b in builds]
        jobs = [(kb, t) for _, t in tests for kb in kbs]
        with ThreadPoolExecutor(max_workers=2) as pool:
            outs = list(pool.map(
                lambda j: run_suite_test(j[0], args.suite, j[1]), jobs))
        for i, (name, _) in enumerate(tests):
            texts = outs[i * len(kbs):(i + 1) * len(kbs)]
            results["suite:" + name] = compare(name, texts, names,
                                               args.verbose)
    else:
        print("llvm-compare: no suite at %s: only lit outputs compared"
              % args.suite)

    passed = failed = 0
    for key, report in sorted(results.items()):
        if key in expected:
            if report:
                print("EXPECTED  %s (%s)" % (key, expected[key]))
                for l in report:
                    print(l)
                passed += 1
            else:
                print("GONE      %s: expected to differ, now identical" % key)
                failed += 1
            continue
        if report:
            print("DIFFERS   %s" % key)
            for l in report:
                print(l)
            failed += 1
        else:
            passed += 1
    for key in sorted(set(expected) - set(results)):
        print("NOTRUN    %s: expected to differ, not compared" % key)
        failed += 1
    same = sum(1 for r in results.values() if not r)
    print("llvm-compare: %d outputs compared across %s: %d identical, %d differ"
          % (len(results), ", ".join(names), same, len(results) - same))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
