# Finds the libraries kbindgen builds on: LLVM/Clang 19, fmt, yaml-cpp and
# GoogleTest. Debian packages: llvm-19-dev libclang-19-dev clang-19 libfmt-dev
# libyaml-cpp-dev libgtest-dev (scripts/install-deps.sh installs them).

set(KBINDGEN_LLVM_VERSION 19 CACHE STRING "LLVM major version to build against")
find_package(LLVM REQUIRED CONFIG
  PATHS /usr/lib/llvm-${KBINDGEN_LLVM_VERSION}/lib/cmake/llvm NO_DEFAULT_PATH)
find_package(Clang REQUIRED CONFIG
  PATHS /usr/lib/llvm-${KBINDGEN_LLVM_VERSION}/lib/cmake/clang NO_DEFAULT_PATH)
if(NOT LLVM_VERSION_MAJOR EQUAL KBINDGEN_LLVM_VERSION)
  message(FATAL_ERROR "kbindgen needs LLVM ${KBINDGEN_LLVM_VERSION}, found ${LLVM_PACKAGE_VERSION}")
endif()
message(STATUS "kbindgen: LLVM ${LLVM_PACKAGE_VERSION} from ${LLVM_DIR}")

find_package(fmt REQUIRED CONFIG)
find_package(yaml-cpp REQUIRED CONFIG)

# The installed Clang's resource directory (builtin headers such as stddef.h)
# and driver path. kbindgen passes both to Clang explicitly, so that it never
# derives them from where its own binary sits.
set(KBINDGEN_CLANG_EXECUTABLE "${LLVM_TOOLS_BINARY_DIR}/clang"
  CACHE FILEPATH "Clang driver whose resource directory kbindgen uses")
set(KBINDGEN_CLANG_RESOURCE_DIR
  "${LLVM_LIBRARY_DIR}/clang/${LLVM_VERSION_MAJOR}"
  CACHE PATH "Clang resource directory (builtin headers)")
if(NOT EXISTS "${KBINDGEN_CLANG_RESOURCE_DIR}/include/stddef.h")
  message(FATAL_ERROR "no Clang builtin headers under ${KBINDGEN_CLANG_RESOURCE_DIR}")
endif()

set(KBINDGEN_LIT "${LLVM_LIBRARY_DIR}/../build/utils/lit/lit.py"
  CACHE FILEPATH "lit.py from llvm-${KBINDGEN_LLVM_VERSION}-tools")
set(KBINDGEN_LLVM_TOOLS_DIR "${LLVM_TOOLS_BINARY_DIR}"
  CACHE PATH "Directory with FileCheck and not")
