// A return type too long for one line is broken inside its generic
// arguments, the way rustfmt formats it.
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

// The same inside function-pointer types returning function pointers.
struct X;
typedef int (*F(int a, int b))(struct X *);
int (*(*table_fn)(void))(long);
// CHECK:      pub type F = ::std::option::Option<
// CHECK-NEXT:     unsafe extern "C" fn(
// CHECK-NEXT:         a: ::std::os::raw::c_int,
// CHECK-NEXT:         b: ::std::os::raw::c_int,
// CHECK-NEXT:     ) -> ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(arg1: *mut X) -> ::std::os::raw::c_int,
// CHECK-NEXT:     >,
// CHECK-NEXT: >;
// CHECK:          pub static mut table_fn: ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn() -> ::std::option::Option<
// CHECK-NEXT:             unsafe extern "C" fn(arg1: ::std::os::raw::c_long) -> ::std::os::raw::c_int,
// CHECK-NEXT:         >,
// CHECK-NEXT:     >;
