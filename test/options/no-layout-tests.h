// --no-layout-tests: no compile-time layout assertions.
// RUN: %kbindgen %s --no-layout-tests -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct S { char c; int i; };
union U { int i; float f; };

// CHECK-NOT:  size_of
// CHECK-NOT:  offset_of
// CHECK:      pub struct S {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union U {
// CHECK-NOT:  size_of
// CHECK-NOT:  const _: () = {
