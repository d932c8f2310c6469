// --newtype-enum REGEX: a transparent tuple struct with associated constants.
// (--no-prepend-enum-name: see newtype-constant-names.h.)
// RUN: %kbindgen %s --newtype-enum color --no-prepend-enum-name -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED, GREEN = 5 };

// CHECK:      impl color {
// CHECK-NEXT:     pub const RED: color = color(0);
// CHECK-NEXT:     pub const GREEN: color = color(5);
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(transparent)]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub struct color(pub ::std::os::raw::c_uint);
