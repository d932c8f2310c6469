# Compiler settings shared by every kbindgen target.

# LLVM and Clang from Debian are built without RTTI and exceptions.
add_compile_options(-fno-rtti -Wall -Wextra -Wno-unused-parameter)
separate_arguments(KBINDGEN_LLVM_DEFINITIONS NATIVE_COMMAND "${LLVM_DEFINITIONS}")
add_definitions(${KBINDGEN_LLVM_DEFINITIONS})
include_directories(SYSTEM ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})

if(KBINDGEN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KBINDGEN_FUZZ needs clang (CMAKE_CXX_COMPILER=clang++-19)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                      -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(KBINDGEN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Adds a kbindgen library: kbindgen_add_library(Name SOURCES... LINK libs...)
function(kbindgen_add_library name)
  cmake_parse_arguments(ARG "" "" "LINK" ${ARGN})
  add_library(kbindgen${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(kbindgen${name} PUBLIC ${ARG_LINK})
endfunction()
