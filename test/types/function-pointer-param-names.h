// Parameter names written in a function pointer type are kept, as bindgen
// keeps them (e.g. `fn(env: *mut c_void)` in its abi-override test).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef int (*handler_t)(void *ctx, int event);
// CHECK:      pub type handler_t = ::std::option::Option<
// CHECK-NEXT:     unsafe extern "C" fn(
// CHECK-NEXT:         ctx: *mut ::std::os::raw::c_void,
// CHECK-NEXT:         event: ::std::os::raw::c_int,
// CHECK-NEXT:     ) -> ::std::os::raw::c_int,
// CHECK-NEXT: >;

struct ops {
  int (*log)(const char *fmt, ...);
};
// CHECK:      pub struct ops {
// CHECK-NEXT:     pub log: ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(fmt: *const ::std::os::raw::c_char, ...) -> ::std::os::raw::c_int,
// CHECK-NEXT:     >,
// CHECK-NEXT: }
