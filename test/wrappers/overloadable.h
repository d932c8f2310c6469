// --wrap-static-fns over the overloads of an overloadable static inline
// function: each gets a wrapper of its own, named after its mangled symbol
// (`_ZL4halfi__extern`, `_ZL4halfd__extern`), so that both are wrapped; the C
// file compiles without a warning and Rust calls each overload through its
// wrapper at run time.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/overloadable.h && cd %t
// RUN: %kbindgen overloadable.h --wrap-static-fns --wrap-static-fns-path wrappers \
// RUN:   -o bindings.rs -- %target 2> err.txt
// RUN: FileCheck --match-full-lines --check-prefix=RUST %s < bindings.rs
// RUN: FileCheck --match-full-lines --check-prefix=C %s < wrappers.c
// RUN: not grep . err.txt
// RUN: %rustfmt-check bindings.rs
// RUN: %clang %target -std=gnu11 -I. -Wall -Wextra -Wmissing-prototypes -Werror \
// RUN:   -O1 -c wrappers.c -o wrappers.o
// RUN: llvm-ar rcs libwrappers.a wrappers.o
// RUN: env KBINDGEN_BINDINGS=%t/bindings.rs %rustc --edition 2021 -L . -l static=wrappers \
// RUN:   -o main %S/Inputs/overloadable_main.rs
// RUN: ./main | FileCheck %s
// REQUIRES: x86_64-linux

static inline int __attribute__((overloadable)) half(int x) { return x / 2; }
static inline double __attribute__((overloadable)) half(double x) {
  return x / 2;
}
static inline long __attribute__((overloadable)) half(long x, long y) {
  return (x + y) / 2;
}

// RUST:      unsafe extern "C" {
// RUST-NEXT:     #[link_name = "_ZL4halfi__extern"]
// RUST-NEXT:     pub fn half(x: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// RUST-NEXT: }
// RUST-NEXT: unsafe extern "C" {
// RUST-NEXT:     #[link_name = "_ZL4halfd__extern"]
// RUST-NEXT:     pub fn half1(x: f64) -> f64;
// RUST-NEXT: }
// RUST-NEXT: unsafe extern "C" {
// RUST-NEXT:     #[link_name = "_ZL4halfll__extern"]
// RUST-NEXT:     pub fn half2(x: ::std::os::raw::c_long, y: ::std::os::raw::c_long) -> ::std::os::raw::c_long;
// RUST-NEXT: }

// C:      int _ZL4halfi__extern(int x);
// C-NEXT: int _ZL4halfi__extern(int x) { return half(x); }
// C-NEXT: double _ZL4halfd__extern(double x);
// C-NEXT: double _ZL4halfd__extern(double x) { return half(x); }

// CHECK: overloadable wrappers: ok
