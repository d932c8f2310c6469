// va_list is the target's __builtin_va_list: on x86_64 an array of one
// __va_list_tag, which decays to a pointer as a parameter.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

#include <stdarg.h>

int vlog(const char *fmt, va_list ap);

struct saved {
  va_list ap;
};

// CHECK:      pub type __builtin_va_list = [__va_list_tag; 1usize];
// CHECK:      pub struct __va_list_tag {
// CHECK-NEXT:     pub gp_offset: ::std::os::raw::c_uint,
// CHECK-NEXT:     pub fp_offset: ::std::os::raw::c_uint,
// CHECK-NEXT:     pub overflow_arg_area: *mut ::std::os::raw::c_void,
// CHECK-NEXT:     pub reg_save_area: *mut ::std::os::raw::c_void,
// CHECK-NEXT: }
// CHECK:      pub type va_list = __builtin_va_list;
// CHECK:          pub fn vlog(
// CHECK-NEXT:         fmt: *const ::std::os::raw::c_char,
// CHECK-NEXT:         ap: *mut __va_list_tag,
// CHECK-NEXT:     ) -> ::std::os::raw::c_int;
// CHECK:      pub struct saved {
// CHECK-NEXT:     pub ap: va_list,
// CHECK-NEXT: }
