// A typedef can lower alignment (the kernel's compat_u64) or raise it; a
// Rust type alias cannot, so the record's packing and padding make up for
// it, and an empty over-aligned record keeps its alignment. Found by
// compiling Linux 6.12's bindings_helper.h with layout assertions on.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef unsigned long long __attribute__((aligned(4))) compat_u64;
struct compat_spec {
  unsigned int type;
  compat_u64 cookie;
  unsigned int location;
};
// CHECK:      #[repr(C, packed(4))]
// CHECK:      pub struct compat_spec {

struct empty_aligned {
} __attribute__((aligned(8)));
// CHECK:      #[repr(align(8))]
// CHECK:      pub struct empty_aligned {}

struct odd_padding {
  char c;
  int bits : 3;
  long long __attribute__((aligned(32))) wide;
};
// CHECK:      pub struct odd_padding {
