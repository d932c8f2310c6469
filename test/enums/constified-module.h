// --constified-enum-module REGEX: a module with `Type` and the constants;
// uses of the enum name `mod::Type`.
// RUN: %kbindgen %s --constified-enum-module color -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED, GREEN = 5 };
struct uses { enum color c; };
void paint(enum color c);

// CHECK:      pub mod color {
// CHECK-NEXT:     pub type Type = ::std::os::raw::c_uint;
// CHECK-NEXT:     pub const RED: Type = 0;
// CHECK-NEXT:     pub const GREEN: Type = 5;
// CHECK-NEXT: }
// CHECK:      pub struct uses {
// CHECK-NEXT:     pub c: color::Type,
// CHECK-NEXT: }
// CHECK:          pub fn paint(c: color::Type);
