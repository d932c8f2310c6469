// Each enumerator gets its own comment only: an undocumented enumerator
// after a documented one has no doc, and a trailing `///<` comment keeps
// bindgen's `///<` spelling.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum e {
  /// X.
  X,
  Y,
  Z, ///< Zed
};

// CHECK:      /// X.
// CHECK-NEXT: pub const e_X: e = 0;
// CHECK-NEXT: pub const e_Y: e = 1;
// CHECK-NEXT: ///< Zed
// CHECK-NEXT: pub const e_Z: e = 2;
// CHECK-NEXT: pub type e = ::std::os::raw::c_uint;
