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

// CHECK:      pub type cb_t = ::std::option::Option<unsafe extern "win64" fn()>;
// CHECK-NEXT: pub type getter_t =
// CHECK-NEXT:     ::std::option::Option<unsafe extern "win64" fn(id: ::std::os::raw::c_int) -> cb_t>;
// CHECK:          pub fn_: ::std::option::Option<unsafe extern "win64" fn(arg1: ::std::os::raw::c_int)>,
// CHECK:          pub fn take(fn_: ::std::option::Option<unsafe extern "win64" fn(arg1: ::std::os::raw::c_int)>);
// CHECK:      pub type handler_t = ::std::option::Option<
// CHECK-NEXT:     unsafe extern "win64" fn(arg1: ::std::os::raw::c_int) -> ::std::os::raw::c_int,
// CHECK-NEXT: >;
