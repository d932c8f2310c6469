// A C struct without members (a GNU extension) has size 0 and becomes a Rust
// struct without fields, as bindgen emits it (its c-empty-layout test).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct empty {};
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct empty {}
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of empty"][::std::mem::size_of::<empty>() - 0usize];
// CHECK-NEXT:     ["Alignment of empty"][::std::mem::align_of::<empty>() - 1usize];
// CHECK-NEXT: };
