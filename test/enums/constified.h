// --constified-enum REGEX forces the constants style, even when the default
// style is another one.
// RUN: %kbindgen %s --default-enum-style rust --constified-enum color -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED, GREEN = 5 };
enum other { X };

// CHECK:      pub const color_RED: color = 0;
// CHECK-NEXT: pub const color_GREEN: color = 5;
// CHECK-NEXT: pub type color = ::std::os::raw::c_uint;
// CHECK:      #[repr(u32)]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub enum other {
// CHECK-NEXT:     X = 0,
// CHECK-NEXT: }
