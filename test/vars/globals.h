// Global variables: `extern T x;` is `pub static mut`, `extern const T x;`
// is `pub static`, and a const with a constant initializer is a `pub const`.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

extern int counter;
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// CHECK-NEXT: }

extern const int limit;
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub static limit: ::std::os::raw::c_int;
// CHECK-NEXT: }

const int K = 3 * 4;
// CHECK: pub const K: ::std::os::raw::c_int = 12;

static const unsigned long MASK = 0xff00;
// CHECK: pub const MASK: ::std::os::raw::c_ulong = 65280;

const double PI = 3.5;
// CHECK: pub const PI: f64 = 3.5;

const int NEG = -7;
// CHECK: pub const NEG: ::std::os::raw::c_int = -7;

// A pointer to const data is not itself const: a mutable static.
extern const char *version;
// CHECK:          pub static mut version: *const ::std::os::raw::c_char;

extern const char *const banner;
// CHECK:          pub static banner: *const ::std::os::raw::c_char;

extern struct { int a; } anon_global;
// CHECK:          pub static mut anon_global: _bindgen_ty_1;

extern int table[];
// CHECK:          pub static mut table: [::std::os::raw::c_int; 0usize];
