// Functions are declared in `unsafe extern "C"` blocks; `void` returns
// nothing, and a long signature is broken one parameter per line.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

void reset(void);
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn reset();
// CHECK-NEXT: }

int add(int a, int b);
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn add(a: ::std::os::raw::c_int, b: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// CHECK-NEXT: }

unsigned long copy_from_user(void *to, const void *from, unsigned long n);
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn copy_from_user(
// CHECK-NEXT:         to: *mut ::std::os::raw::c_void,
// CHECK-NEXT:         from: *const ::std::os::raw::c_void,
// CHECK-NEXT:         n: ::std::os::raw::c_ulong,
// CHECK-NEXT:     ) -> ::std::os::raw::c_ulong;
// CHECK-NEXT: }

// A K&R declaration without a prototype takes no parameters in Rust.
int legacy();
// CHECK:          pub fn legacy() -> ::std::os::raw::c_int;

// Declared twice: emitted once.
int twice(int);
int twice(int x);
// CHECK:          pub fn twice(x: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// CHECK-NOT:      pub fn twice(
