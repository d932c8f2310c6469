// A return type too long for one line is broken inside its generic
// arguments, the way rustfmt formats it.
// XFAIL: *
// BUG: kbindgen writes `pub fn getfn(\n    ) -> Option<...>;`, which
// rustfmt --check rejects.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

int (*get_handler(void))(int);
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn get_handler() -> ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(arg1: ::std::os::raw::c_int) -> ::std::os::raw::c_int,
// CHECK-NEXT:     >;
// CHECK-NEXT: }
