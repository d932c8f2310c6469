// C variadic functions keep `...` as the last parameter.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

int printk(const char *fmt, ...);
// CHECK:          pub fn printk(fmt: *const ::std::os::raw::c_char, ...) -> ::std::os::raw::c_int;

int snprintf_like(char *buf, unsigned long size, const char *fmt, ...);
// CHECK:          pub fn snprintf_like(
// CHECK-NEXT:         buf: *mut ::std::os::raw::c_char,
// CHECK-NEXT:         size: ::std::os::raw::c_ulong,
// CHECK-NEXT:         fmt: *const ::std::os::raw::c_char,
// CHECK-NEXT:         ...
// CHECK-NEXT:     ) -> ::std::os::raw::c_int;
