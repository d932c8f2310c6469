// --newtype-global-enum REGEX: a transparent tuple struct with global
// constants.
// RUN: %kbindgen %s --newtype-global-enum color -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED, GREEN = 5 };

// CHECK:      pub const color_RED: color = color(0);
// CHECK-NEXT: pub const color_GREEN: color = color(5);
// CHECK-NEXT: #[repr(transparent)]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub struct color(pub ::std::os::raw::c_uint);
