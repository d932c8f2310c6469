// Doxygen-style comments (/** */ and ///) become Rust doc comments on
// structs, fields, functions, enums and enumerators; plain comments do not.
// --no-doc-comments drops them all.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-doc-comments -- %target > %t.nodoc.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=NODOC < %t.nodoc.rs
// RUN: %rustc-check %t.nodoc.rs
// RUN: %rustfmt-check %t.nodoc.rs

/**
 * A documented struct.
 *
 * Second paragraph.
 */
struct doc {
  /// The field.
  int field;
  /* Not a doc comment. */
  int plain;
};
// CHECK:      /// A documented struct.
// CHECK-NEXT: ///
// CHECK-NEXT: /// Second paragraph.
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct doc {
// CHECK-NEXT:     /// The field.
// CHECK-NEXT:     pub field: ::std::os::raw::c_int,
// CHECK-NEXT:     pub plain: ::std::os::raw::c_int,
// CHECK-NEXT: }

/// Resets the device.
void reset(void);
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     /// Resets the device.
// CHECK-NEXT:     pub fn reset();
// CHECK-NEXT: }

// An ordinary comment.
int undocumented(void);
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn undocumented() -> ::std::os::raw::c_int;
// CHECK-NEXT: }

/** Colors. */
enum color {
  /// Red.
  RED,
  /** Green. */
  GREEN,
};
// CHECK:      /// Red.
// CHECK-NEXT: pub const color_RED: color = 0;
// CHECK-NEXT: /// Green.
// CHECK-NEXT: pub const color_GREEN: color = 1;
// CHECK-NEXT: /// Colors.
// CHECK-NEXT: pub type color = ::std::os::raw::c_uint;

/// The answer.
#define ANSWER 42
/// A global.
extern int global;
// CHECK:          /// A global.
// CHECK-NEXT:     pub static mut global: ::std::os::raw::c_int;

// NODOC-NOT:  ///
// NODOC:      pub struct doc {
// NODOC-NEXT:     pub field: ::std::os::raw::c_int,
// NODOC-NOT:  ///
