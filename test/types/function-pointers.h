// Function pointers are nullable: Option<unsafe extern "C" fn(...)>. Unnamed
// parameters are argN; long types break the way rustfmt breaks them.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef void (*callback_t)(int);
// CHECK: pub type callback_t = ::std::option::Option<unsafe extern "C" fn(arg1: ::std::os::raw::c_int)>;

typedef int handler_fn(void *, int);
// CHECK:      pub type handler_fn = ::std::option::Option<
// CHECK-NEXT:     unsafe extern "C" fn(
// CHECK-NEXT:         arg1: *mut ::std::os::raw::c_void,
// CHECK-NEXT:         arg2: ::std::os::raw::c_int,
// CHECK-NEXT:     ) -> ::std::os::raw::c_int,
// CHECK-NEXT: >;

struct ops {
  void (*reset)(void);
  int (*log)(const char *, ...);
  handler_fn *handler;
  callback_t done;
  void (*table[2])(void);
};
// CHECK:      pub struct ops {
// CHECK-NEXT:     pub reset: ::std::option::Option<unsafe extern "C" fn()>,
// CHECK-NEXT:     pub log: ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(arg1: *const ::std::os::raw::c_char, ...) -> ::std::os::raw::c_int,
// CHECK-NEXT:     >,
// CHECK-NEXT:     pub handler: handler_fn,
// CHECK-NEXT:     pub done: callback_t,
// CHECK-NEXT:     pub table: [::std::option::Option<unsafe extern "C" fn()>; 2usize],
// CHECK-NEXT: }

void register_callback(callback_t cb, void (*raw)(void *));
// CHECK:          pub fn register_callback(
// CHECK-NEXT:         cb: callback_t,
// CHECK-NEXT:         raw: ::std::option::Option<unsafe extern "C" fn(arg1: *mut ::std::os::raw::c_void)>,
// CHECK-NEXT:     );
