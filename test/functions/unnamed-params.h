// Unnamed parameters are named argN by position; named ones keep their
// names (escaped when they are Rust keywords).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

void take(int, char *, const void *);
// CHECK:          pub fn take(
// CHECK-NEXT:         arg1: ::std::os::raw::c_int,
// CHECK-NEXT:         arg2: *mut ::std::os::raw::c_char,
// CHECK-NEXT:         arg3: *const ::std::os::raw::c_void,
// CHECK-NEXT:     );

void mixed(int count, char *, int type);
// CHECK:          pub fn mixed(
// CHECK-NEXT:         count: ::std::os::raw::c_int,
// CHECK-NEXT:         arg2: *mut ::std::os::raw::c_char,
// CHECK-NEXT:         type_: ::std::os::raw::c_int,
// CHECK-NEXT:     );
