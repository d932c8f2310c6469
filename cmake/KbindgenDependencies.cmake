# Finds the libraries kbindgen builds on: LLVM/Clang, yaml-cpp and GoogleTest.
# Debian packages: llvm-N-dev libclang-N-dev clang-N llvm-N-tools
# libyaml-cpp-dev libgtest-dev (scripts/install-deps.sh installs them;
# `--llvm N` adds another LLVM). Text is made with LLVM's raw_ostream and
# std::string: fmt was dropped (docs/performance.md, "fmt").
#
# -DKBINDGEN_LLVM_VERSION=N picks Debian's /usr/lib/llvm-N (16, 19 and 22 are
# tested; 19 is the default). An explicit -DLLVM_DIR=... / -DClang_DIR=...
# wins, and the version is then the one found there.

set(KBINDGEN_LLVM_VERSION 19 CACHE STRING
  "LLVM/Clang major version to build against (16, 19 or 22)")

# The directories this file derived itself, per package, so that changing
# KBINDGEN_LLVM_VERSION in an existing build folder re-derives them, while a
# directory the user gave stays.
foreach(pkg LLVM Clang)
  string(TOLOWER ${pkg} lower)
  set(auto "/usr/lib/llvm-${KBINDGEN_LLVM_VERSION}/lib/cmake/${lower}")
  if(DEFINED KBINDGEN_AUTO_${pkg}_DIR AND
     "${${pkg}_DIR}" STREQUAL "${KBINDGEN_AUTO_${pkg}_DIR}" AND
     NOT "${${pkg}_DIR}" STREQUAL "${auto}")
    unset(${pkg}_DIR CACHE)
  endif()
  if(NOT ${pkg}_DIR OR "${${pkg}_DIR}" STREQUAL "${pkg}_DIR-NOTFOUND")
    set(${pkg}_DIR "${auto}" CACHE PATH "Directory of ${pkg}Config.cmake" FORCE)
    set(KBINDGEN_AUTO_${pkg}_DIR "${auto}" CACHE INTERNAL "")
  endif()
endforeach()

find_package(LLVM REQUIRED CONFIG)
find_package(Clang REQUIRED CONFIG)
if(NOT "${LLVM_DIR}" STREQUAL "${KBINDGEN_AUTO_LLVM_DIR}")
  message(STATUS "kbindgen: LLVM_DIR given explicitly; building against "
                 "LLVM ${LLVM_VERSION_MAJOR}")
elseif(NOT LLVM_VERSION_MAJOR EQUAL KBINDGEN_LLVM_VERSION)
  message(FATAL_ERROR "kbindgen: KBINDGEN_LLVM_VERSION=${KBINDGEN_LLVM_VERSION} "
                      "but ${LLVM_DIR} holds LLVM ${LLVM_PACKAGE_VERSION}")
endif()
if(LLVM_VERSION_MAJOR LESS 16)
  message(FATAL_ERROR "kbindgen needs LLVM 16 or later, found ${LLVM_PACKAGE_VERSION} "
                      "(docs/compatibility.md: \"LLVM/Clang 15 and 14: not supported\")")
endif()
message(STATUS "kbindgen: LLVM ${LLVM_PACKAGE_VERSION} from ${LLVM_DIR}")

# llvm-tblgen turns lib/Driver/Options.td into the option table; Debian's
# llvm-N package installs it beside the other tools, and LLVM's TableGen.cmake
# (tablegen(), add_public_tablegen_target()) comes with llvm-N-dev.
set(LLVM_TABLEGEN_EXE "${LLVM_TOOLS_BINARY_DIR}/llvm-tblgen")
if(NOT EXISTS "${LLVM_TABLEGEN_EXE}")
  message(FATAL_ERROR "no llvm-tblgen at ${LLVM_TABLEGEN_EXE} "
                      "(install llvm-${LLVM_VERSION_MAJOR})")
endif()
list(APPEND CMAKE_MODULE_PATH "${LLVM_CMAKE_DIR}")
include(AddLLVM) # get_subproject_title(), which TableGen.cmake calls from LLVM 19
include(TableGen)

find_package(yaml-cpp REQUIRED CONFIG)

# Tools and paths that follow the LLVM found above: re-derived when LLVM_DIR
# changes (a value given by hand is kept until then).
if(NOT "${LLVM_DIR}" STREQUAL "${KBINDGEN_DERIVED_FOR_LLVM_DIR}")
  foreach(var KBINDGEN_CLANG_EXECUTABLE KBINDGEN_CLANG_RESOURCE_DIR
              KBINDGEN_LIT KBINDGEN_LLVM_TOOLS_DIR)
    if(DEFINED KBINDGEN_DERIVED_FOR_LLVM_DIR)
      unset(${var} CACHE)
    endif()
  endforeach()
  set(KBINDGEN_DERIVED_FOR_LLVM_DIR "${LLVM_DIR}" CACHE INTERNAL "")
endif()

# The installed Clang's resource directory (builtin headers such as stddef.h)
# and driver path. kbindgen passes both to Clang explicitly, so that it never
# derives them from where its own binary sits.
set(KBINDGEN_CLANG_EXECUTABLE "${LLVM_TOOLS_BINARY_DIR}/clang"
  CACHE FILEPATH "Clang driver whose resource directory kbindgen uses")
# Clang 16 and later name the resource directory after the major version.
set(KBINDGEN_CLANG_RESOURCE_DIR
  "${LLVM_LIBRARY_DIR}/clang/${LLVM_VERSION_MAJOR}"
  CACHE PATH "Clang resource directory (builtin headers)")
if(NOT EXISTS "${KBINDGEN_CLANG_RESOURCE_DIR}/include/stddef.h")
  message(FATAL_ERROR "no Clang builtin headers under ${KBINDGEN_CLANG_RESOURCE_DIR} "
                      "(install clang-${LLVM_VERSION_MAJOR})")
endif()
if(NOT EXISTS "${KBINDGEN_CLANG_EXECUTABLE}")
  message(FATAL_ERROR "no clang driver at ${KBINDGEN_CLANG_EXECUTABLE} "
                      "(install clang-${LLVM_VERSION_MAJOR})")
endif()

if(KBINDGEN_LIT AND NOT EXISTS "${KBINDGEN_LIT}")
  unset(KBINDGEN_LIT CACHE)
endif()
# lit from llvm-N-tools: build/utils/lit/lit.py up to LLVM 19, bin/lit (a
# Python script) in LLVM 22's packages.
set(lit_default "${LLVM_LIBRARY_DIR}/../build/utils/lit/lit.py")
foreach(candidate "${lit_default}" "${LLVM_TOOLS_BINARY_DIR}/lit")
  if(EXISTS "${candidate}")
    set(lit_default "${candidate}")
    break()
  endif()
endforeach()
set(KBINDGEN_LIT "${lit_default}"
  CACHE FILEPATH "lit (run with Python) from llvm-${LLVM_VERSION_MAJOR}-tools")
set(KBINDGEN_LLVM_TOOLS_DIR "${LLVM_TOOLS_BINARY_DIR}"
  CACHE PATH "Directory with FileCheck and not")
