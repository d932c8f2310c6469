// The default enum style: a type alias of the enum's integer type and one
// constant per enumerator, prefixed with the enum name.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-prepend-enum-name -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=NOPREFIX

enum color { RED, GREEN = 5, BLUE };
// CHECK:      pub const color_RED: color = 0;
// CHECK-NEXT: pub const color_GREEN: color = 5;
// CHECK-NEXT: pub const color_BLUE: color = 6;
// CHECK-NEXT: pub type color = ::std::os::raw::c_uint;

// NOPREFIX:      pub const RED: color = 0;
// NOPREFIX-NEXT: pub const GREEN: color = 5;
// NOPREFIX-NEXT: pub const BLUE: color = 6;
// NOPREFIX-NEXT: pub type color = ::std::os::raw::c_uint;

// Anonymous enums give unprefixed constants of a numbered type.
enum { FLAG_A = 1, FLAG_B = 2 };
// CHECK:      pub const FLAG_A: _bindgen_ty_1 = 1;
// CHECK-NEXT: pub const FLAG_B: _bindgen_ty_1 = 2;
// CHECK-NEXT: pub type _bindgen_ty_1 = ::std::os::raw::c_uint;

typedef enum { MODE_R, MODE_W } mode_t;
// CHECK:      pub const mode_t_MODE_R: mode_t = 0;
// CHECK-NEXT: pub const mode_t_MODE_W: mode_t = 1;
// CHECK-NEXT: pub type mode_t = ::std::os::raw::c_uint;

struct uses { enum color c; mode_t m; };
// CHECK:      pub struct uses {
// CHECK-NEXT:     pub c: color,
// CHECK-NEXT:     pub m: mode_t,
// CHECK-NEXT: }
