// `<div rustbindgen opaque>` makes a struct a blob of its size and
// alignment (as --opaque-type), and a typedef one too.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

/** <div rustbindgen opaque></div> */
struct hidden_layout {
  int a;
  long b;
};
/** <div rustbindgen opaque></div> */
typedef struct { short s[3]; } opaque_t;
struct user {
  struct hidden_layout h;
  opaque_t o;
};

// CHECK:      /// <div rustbindgen opaque></div>
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct hidden_layout {
// CHECK-NEXT:     pub _bindgen_opaque_blob: __BindgenOpaqueArray8<[u8; 16usize]>,
// CHECK-NEXT: }
// CHECK:      pub struct opaque_t {
// CHECK-NEXT:     pub _bindgen_opaque_blob: [u16; 3usize],
// CHECK-NEXT: }
// CHECK:      pub struct user {
// CHECK-NEXT:     pub h: hidden_layout,
// CHECK-NEXT:     pub o: opaque_t,
// CHECK-NEXT: }
