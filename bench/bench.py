#!/usr/bin/env python3
"""Side-by-side benchmark of kbindgen on the Linux 6.12 Rust bindings.

Runs, interleaved and several times each, on the kernel tree that
scripts/kernel-bindings.sh prepared (x86_64 defconfig + RUST, make LLVM=-19),
every tool with Kbuild's exact clang arguments:

  clang -E         clang-19 -E: preprocessing alone, the floor for any tool
                   that reads the headers
  clang -fsyntax-only
                   clang-19 -fsyntax-only: preprocessing, parsing and Sema of
                   everything, function bodies included
  kbindgen         kbindgen with Kbuild's exact command line (parse with
                   header function bodies skipped, macros, layouts, file)
  kbindgen+bodies  the same with --parse-function-bodies: the same parse job
                   as clang -fsyntax-only, plus kbindgen's own work
  baseline         with --baseline PATH: another kbindgen binary (say, built
                   from the commit before a refactor) with the same command
                   line; its outputs are compared with kbindgen's
  bindgen          Debian's bindgen 0.60.1 (libclang 14) with rustfmt, on a
                   make LLVM=1 tree, and the same with --no-rustfmt-bindings
                   (when that tree exists)

for bindings_helper.h, uapi_helper.h and helpers.c, and reports the minimum,
median and maximum of wall time and peak RSS, and the ratios of the medians.
--scaling adds a series of kbindgen runs on growing prefixes of
bindings_helper.h's #include list.

Measure on a quiet machine: other jobs on the same cores move every number.

Usage: bench/bench.py [--runs N] [--cache DIR] [--kbindgen PATH]
                      [--baseline PATH] [--no-bodies-row]
                      [--bindgen-tree DIR] [--scaling] [--markdown FILE]
"""
import argparse
import filecmp
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
from kbuild_command import kbindgen_command, saved_command  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLANG = "/usr/lib/llvm-19/bin/clang"
INPUTS = [
    ("bindings_helper.h", "rust/bindings/.bindings_generated.rs.cmd"),
    ("uapi_helper.h", "rust/uapi/.uapi_generated.rs.cmd"),
    ("helpers.c", "rust/bindings/.bindings_helpers_generated.rs.cmd"),
]


def without_rust_target(bindgen_args):
    out, skip = [], False
    for a in bindgen_args:
        if skip:
            skip = False
        elif a == "--rust-target":
            skip = True
        elif not a.startswith("--rust-target="):
            out.append(a)
    return out


def depfile(tmp):
    """Where the measured runs write the depfile Kbuild asks for (a cost of
    the run; Kbuild's own file is left alone)."""
    return os.path.join(tmp, "dep.d")


def kbuild_tools(objtree, cmdfile, kbindgen, tmp, bodies, baseline):
    """{row: command} of clang and kbindgen (and the --baseline binary) on
    Kbuild's saved command cmdfile."""
    bargs, cargs = saved_command(objtree, cmdfile, depfile(tmp))
    header = bargs[0]
    tools = {
        "clang -E": [CLANG, "-E", "-o", os.devnull] + cargs + ["-x", "c", header],
        "clang -fsyntax-only": [CLANG, "-fsyntax-only"] + cargs + ["-x", "c", header],
        "kbindgen": kbindgen_command(kbindgen, bargs, cargs, os.path.join(tmp, "k.rs")),
    }
    if bodies:
        tools["kbindgen+bodies"] = kbindgen_command(
            kbindgen, bargs, cargs, os.path.join(tmp, "kb.rs"), ["--parse-function-bodies"])
    if baseline:
        tools["baseline"] = kbindgen_command(baseline, bargs, cargs, os.path.join(tmp, "base.rs"))
    return tools


def bindgen_tools(btree, cmdfile, tmp):
    """{row: command} of Debian's bindgen 0.60.1 (with and without rustfmt)
    on the LLVM=1 tree's saved command cmdfile."""
    bargs, cargs = saved_command(btree, cmdfile, depfile(tmp))
    # bindgen 0.60.1 predates --rust-target 1.68 (the same as
    # scripts/kernel-bindgen-baseline.sh's wrapper does).
    bargs = without_rust_target(bargs)
    out = os.path.join(tmp, "b.rs")
    return {"bindgen+rustfmt": kbindgen_command("/usr/bin/bindgen", bargs, cargs, out,
                                                ["--rustfmt-bindings"]),
            "bindgen": kbindgen_command("/usr/bin/bindgen", bargs, cargs, out,
                                        ["--no-rustfmt-bindings"])}


def measure(cmd, cwd, env=None):
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one
    run, through GNU time."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", tf.name] + cmd
        run = subprocess.run(full, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            sys.exit(f"bench: failed ({run.returncode}): {' '.join(cmd[:6])} ...\n"
                     f"{run.stderr[-2000:]}")
        wall, rss, user, system = tf.read().split()[-4:]
        return float(wall), int(rss) / 1024.0, float(user) + float(system)


def spread(samples, i, fmt):
    """min / median / max of field i of the samples."""
    vals = [x[i] for x in samples]
    return " / ".join(fmt.format(v) for v in
                      (min(vals), statistics.median(vals), max(vals)))


def table(rows, runs):
    lines = ["| input | tool | wall s (min / median / max) "
             "| peak RSS MB (min / median / max) | CPU s (median) | wall vs clang -fsyntax-only "
             "| RSS vs clang -fsyntax-only | wall vs kbindgen |",
             "|---|---|---|---|---|---|---|---|"]
    ref = "clang -fsyntax-only"
    for inp, results in rows:
        def med(tool, i):
            return statistics.median(s[i] for s in results[tool])
        for tool, samples in results.items():
            w, r = med(tool, 0), med(tool, 1)
            rw = f"{w / med(ref, 0):.2f}x" if ref in results else ""
            rr = f"{r / med(ref, 1):.2f}x" if ref in results else ""
            rk = f"{w / med('kbindgen', 0):.2f}x" if "kbindgen" in results else ""
            lines.append(f"| {inp} | {tool} | {spread(samples, 0, '{:.3f}')} "
                         f"| {spread(samples, 1, '{:.0f}')} | {med(tool, 2):.3f} | {rw} | {rr} | {rk} |")
    lines.append(f"\n{runs} interleaved runs each; ratios of medians. \"wall vs "
                 "kbindgen\" is how many times kbindgen's wall time the tool takes.")
    return "\n".join(lines)


def scaling(objtree, srctree, kbindgen, bindgen_args, clang_args, runs, tmp):
    """kbindgen on growing prefixes of bindings_helper.h's includes."""
    helper = os.path.join(srctree, "rust/bindings/bindings_helper.h")
    with open(helper) as f:
        includes = [l for l in f if l.startswith("#include")]
    rows = ["| #includes | output lines | wall (median s) | peak RSS (MB) |", "|---|---|---|---|"]
    steps = sorted({max(1, len(includes) * k // 8) for k in range(1, 9)})
    for n in steps:
        part = os.path.join(tmp, f"prefix{n}.h")
        with open(part, "w") as f:
            f.writelines(includes[:n])
        out = os.path.join(tmp, f"prefix{n}.rs")
        cmd = kbindgen_command(kbindgen, bindgen_args, clang_args, out,
                               header=part)
        samples = [measure(cmd, objtree) for _ in range(runs)]
        with open(out) as f:
            nlines = sum(1 for _ in f)
        rows.append(f"| {n} | {nlines} | {statistics.median(s[0] for s in samples):.3f} | "
                    f"{statistics.median(s[1] for s in samples):.0f} |")
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cache", default=os.environ.get("KBINDGEN_CACHE",
                                                      os.path.expanduser("~/.cache/kbindgen")))
    ap.add_argument("--kbindgen", default=os.path.join(ROOT, "build/bin/kbindgen"))
    ap.add_argument("--baseline", default=None, metavar="PATH",
                    help="another kbindgen binary, measured side by side (its "
                         "outputs must be byte-identical to --kbindgen's)")
    ap.add_argument("--no-bodies-row", action="store_true",
                    help="leave out the kbindgen --parse-function-bodies row")
    ap.add_argument("--bindgen-tree", default=None,
                    help="object tree configured with make LLVM=1 (clang 14) for bindgen 0.60.1")
    ap.add_argument("--scaling", action="store_true")
    ap.add_argument("--markdown", default=None, help="also write the tables to this file")
    a = ap.parse_args()

    srctree = os.path.join(a.cache, "linux-6.12")
    objtree = os.path.join(a.cache, "build-x86_64-defconfig-rust")
    btree = a.bindgen_tree or os.path.join(a.cache, "build-x86_64-defconfig-rust-llvm14")
    kbindgen = os.path.abspath(a.kbindgen)
    baseline = os.path.abspath(a.baseline) if a.baseline else None
    if baseline and not os.access(baseline, os.X_OK):
        sys.exit(f"bench: --baseline {baseline}: not an executable")
    differing = []
    if not os.path.isdir(objtree):
        sys.exit(f"bench: {objtree} missing: run scripts/kernel-bindings.sh first")
    have_bindgen = os.path.isdir(btree) and os.path.exists("/usr/bin/bindgen")
    bg_env = dict(os.environ, LIBCLANG_PATH="/usr/lib/llvm-14/lib")

    rows = []
    with tempfile.TemporaryDirectory(prefix="kbindgen-bench-") as tmp:
        for inp, cmdfile in INPUTS:
            tools = kbuild_tools(objtree, cmdfile, kbindgen, tmp,
                                 not a.no_bodies_row, baseline)
            if have_bindgen:
                tools.update(bindgen_tools(btree, cmdfile, tmp))
            results = {t: [] for t in tools}
            for _ in range(a.runs):
                for t, cmd in tools.items():
                    cwd = btree if t.startswith("bindgen") else objtree
                    env = bg_env if t.startswith("bindgen") else None
                    results[t].append(measure(cmd, cwd, env))
            rows.append((inp, results))
            if baseline:
                same = filecmp.cmp(os.path.join(tmp, "k.rs"), os.path.join(tmp, "base.rs"),
                                   shallow=False)
                differing += [] if same else [inp]
            print(f"bench: {inp} done", file=sys.stderr)
        report = table(rows, a.runs)
        if baseline:
            report += (f"\n\nbaseline: {baseline}; outputs "
                       + ("byte-identical to kbindgen's on every input" if not differing
                          else "DIFFERENT from kbindgen's on " + ", ".join(differing)))
        if a.scaling:
            bargs, cargs = saved_command(objtree, INPUTS[0][1], depfile(tmp))
            report += "\n\nScaling (kbindgen, prefixes of bindings_helper.h's includes):\n\n"
            report += scaling(objtree, srctree, kbindgen, bargs, cargs,
                              max(1, a.runs // 2), tmp)
    print(report)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(report + "\n")


if __name__ == "__main__":
    main()
