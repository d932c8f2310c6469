// An opaque type has no fields, so an allowlist that reaches it does not
// reach its field types (bindgen does not trace through opaque items).
// RUN: %kbindgen %s --opaque-type wrapper --allowlist-type wrapper -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct internal {
  long x;
};
struct wrapper {
  struct internal in;
  struct internal *p;
};

// CHECK-NOT:  pub struct internal {
// CHECK:      pub struct wrapper {
// CHECK-NEXT:     pub _bindgen_opaque_blob: __BindgenOpaqueArray8<[u8; 16usize]>,
// CHECK-NEXT: }
// CHECK-NOT:  pub struct internal {
