// --rustified-enum REGEX: a #[repr(INT)] Rust enum.
// RUN: %kbindgen %s --rustified-enum 'col.*' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED, GREEN = 5, BLUE };
enum other { X, Y };

// CHECK:      #[repr(u32)]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub enum color {
// CHECK-NEXT:     RED = 0,
// CHECK-NEXT:     GREEN = 5,
// CHECK-NEXT:     BLUE = 6,
// CHECK-NEXT: }
// Not matched by the regex: the default style.
// CHECK:      pub const other_X: other = 0;
// CHECK-NEXT: pub const other_Y: other = 1;
// CHECK-NEXT: pub type other = ::std::os::raw::c_uint;

struct uses { enum color c; };
// CHECK:      pub struct uses {
// CHECK-NEXT:     pub c: color,
// CHECK-NEXT: }
