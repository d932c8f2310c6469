// A calling convention written on a function pointer (a typedef, a field, a
// parameter) is part of the pointee's type: the Rust fn pointer carries it,
// and a typedef returning another stays a pointer to its own function type.
// RUN: %kbindgen %s --no-layout-tests -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef void (__attribute__((ms_abi)) *cb_t)(void);
typedef cb_t (__attribute__((ms_abi)) *getter_t)(int id);
struct ops {
  void (__attribute__((ms_abi)) *fn)(int);
};
void take(void (__attribute__((ms_abi)) *fn)(int));
typedef int __attribute__((ms_abi)) handler_t(int);
// A calling convention applied to a typedef of a function type makes another
// function type: its own Option<fn>, not an alias of the plain typedef.
typedef void plain_fn(int);
typedef plain_fn __attribute__((ms_abi)) ms_fn;
typedef ms_fn *ms_ptr;

// CHECK:      pub type cb_t = ::std::option::Option<unsafe extern "win64" fn()>;
// CHECK-NEXT: pub type getter_t =
// CHECK-NEXT:     ::std::option::Option<unsafe extern "win64" fn(id: ::std::os::raw::c_int) -> cb_t>;
// CHECK:          pub fn_: ::std::option::Option<unsafe extern "win64" fn(arg1: ::std::os::raw::c_int)>,
// CHECK:          pub fn take(fn_: ::std::option::Option<unsafe extern "win64" fn(arg1: ::std::os::raw::c_int)>);
// CHECK:      pub type handler_t = ::std::option::Option<
// CHECK-NEXT:     unsafe extern "win64" fn(arg1: ::std::os::raw::c_int) -> ::std::os::raw::c_int,
// CHECK-NEXT: >;
// CHECK:      pub type plain_fn = ::std::option::Option<unsafe extern "C" fn(arg1: ::std::os::raw::c_int)>;
// CHECK-NEXT: pub type ms_fn = ::std::option::Option<unsafe extern "win64" fn(arg1: ::std::os::raw::c_int)>;
// CHECK-NEXT: pub type ms_ptr = ms_fn;
