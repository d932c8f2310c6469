# -*- Python -*-
# lit configuration for kbindgen's end-to-end tests.
#
# Each test is a small C header (or a .test script) whose RUN lines call
# kbindgen and check the Rust it prints with FileCheck, compile it with rustc
# (so the emitted layout assertions run) and check it is rustfmt-clean.
#
# Substitutions:
#   %kbindgen            the kbindgen binary under test
#   %rustc-check FILE    rustc --edition 2021 --crate-type lib --emit=metadata
#   %rustc-check-target TRIPLE FILE  the same, no_std, for another target
#                        (core built from rust-src: scripts/rust_core.py)
#   %rustc-check-core FILE
#                        the same with `#![no_std]` prepended (for --use-core)
#   %rustfmt-check FILE  rustfmt --edition 2021 --check
#   %rustfmt-check-2024 FILE
#                        rustfmt --edition 2024 --style-edition 2021 --check
#   %expect-exit N CMD   CMD must exit with status N exactly
#   %rustc, %clang       the bare compilers (for programs run on bindings)
#   %target              --target=x86_64-unknown-linux-gnu
#   %python              the Python that runs lit (for test/utils scripts)
#   FileCheck, not       from the llvm-N-tools of the LLVM kbindgen is built on
#
# Features: `clang-N` names the major version of the Clang kbindgen is built
# on, for the few tests whose expectation depends on it (REQUIRES: clang-22,
# UNSUPPORTED: clang-16, each with its reason in the test).

import os
import shlex

import lit.formats
import lit.util

config.name = "kbindgen"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".h", ".test"]
config.excludes = ["Inputs", "utils", "CMakeLists.txt", "lit.cfg.py",
                   "lit.site.cfg.py", "lit.site.cfg.py.in"]

# Without lit.site.cfg.py (configured by CMake) there is nothing to test.
if not hasattr(config, "kbindgen_obj_root"):
    lit_config.fatal("run lit on the build tree's test/ directory "
                     "(configured by CMake), not on the sources")

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.kbindgen_obj_root, "test")

# A stable environment: no user locale or Rust settings leak into the tests.
for var in ["RUSTFLAGS", "RUSTC_WRAPPER", "CARGO_ENCODED_RUSTFLAGS"]:
    config.environment.pop(var, None)
for var in ["HOME", "RUSTUP_HOME", "CARGO_HOME", "RUSTUP_TOOLCHAIN", "TMPDIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
config.environment["LC_ALL"] = "C"

def require_tool(path, what):
    if not path or not os.path.exists(path):
        lit_config.fatal("%s not found (%r); reconfigure with CMake" % (what, path))
    return path

kbindgen = require_tool(
    os.path.join(config.kbindgen_tools_dir, "kbindgen"), "kbindgen binary")
filecheck = require_tool(
    os.path.join(config.llvm_tools_dir, "FileCheck"), "FileCheck")
not_tool = require_tool(os.path.join(config.llvm_tools_dir, "not"), "not")
rustc = require_tool(config.rustc, "rustc")
rustfmt = require_tool(config.rustfmt, "rustfmt")

python = shlex.quote(config.python_executable or "python3")
rust_check = os.path.join(config.test_source_root, "utils", "rust_check.py")
rustc_check = "%s %s --rustc %s" % (python, shlex.quote(rust_check),
                                    shlex.quote(rustc))

# Longer names first: lit substitutes in list order.
config.substitutions.append(("%rustc-check-target", rustc_check + " --target"))
config.substitutions.append(("%rustc-check-core", rustc_check + " --no-std"))
config.substitutions.append(("%rustc-check", rustc_check))
# Edition 2024 output (--rust-target 1.85) in the 2021 style kbindgen writes.
config.substitutions.append(
    ("%rustfmt-check-2024",
     "%s --edition 2024 --style-edition 2021 --check" % shlex.quote(rustfmt)))
config.substitutions.append(
    ("%rustfmt-check", "%s --edition 2021 --check" % shlex.quote(rustfmt)))
config.substitutions.append(("%kbindgen", shlex.quote(kbindgen)))
# %expect-exit N CMD...: CMD must exit with status N exactly.
config.substitutions.append(
    ("%expect-exit", "%s %s" % (python, shlex.quote(
        os.path.join(config.test_source_root, "utils", "expect_exit.py")))))
config.substitutions.append(("%python", python))
# The bare tools, for tests that build and run programs on the bindings.
config.substitutions.append(("%rustc", shlex.quote(rustc)))
config.substitutions.append(
    ("%clang", shlex.quote(os.path.join(config.llvm_tools_dir, "clang"))))
import platform
if platform.machine() in ("x86_64", "AMD64") and platform.system() == "Linux":
    config.available_features.add("x86_64-linux")
if os.path.exists("/usr/include/linux/videodev2.h"):
    config.available_features.add("linux-uapi-headers")
# The target every test parses for, so expectations do not depend on the host.
config.substitutions.append(("%target", "--target=x86_64-unknown-linux-gnu"))
# The Clang kbindgen is built on (its parser, layouts and builtins).
config.available_features.add("clang-%d" % config.clang_version_major)
# FileCheck and not come from that LLVM's llvm-N-tools.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
