// `<div rustbindgen replaces="Other">`: the annotated type is emitted under
// Other's name, with its own fields, and Other's definition is left out;
// every use of either is the one Rust type. A replacement of another size
// is warned about (the layout assertions of its users would fail).
// RUN: %kbindgen %s -- %target > %t.rs 2> %t.err
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: FileCheck %s --check-prefix=WARN < %t.err

struct legacy_pair {
  int first;
  int second;
};
/** <div rustbindgen replaces="legacy_pair"></div> */
struct better_pair {
  unsigned int lo;
  unsigned int hi;
};
struct user {
  struct legacy_pair a;
  struct better_pair b;
};
struct small { char c; };
/** <div rustbindgen replaces="small"></div> */
struct big { long l; };

// CHECK-NOT:  pub first
// CHECK:      /// <div rustbindgen replaces="legacy_pair"></div>
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct legacy_pair {
// CHECK-NEXT:     pub lo: ::std::os::raw::c_uint,
// CHECK-NEXT:     pub hi: ::std::os::raw::c_uint,
// CHECK-NEXT: }
// CHECK-NOT:  pub first
// CHECK:      pub struct user {
// CHECK-NEXT:     pub a: legacy_pair,
// CHECK-NEXT:     pub b: legacy_pair,
// CHECK-NEXT: }
// CHECK-NOT:  pub struct legacy_pair

// WARN: replaces.h:{{[0-9]+}}:{{[0-9]+}}: 'big' replaces 'small', which has another layout (1/1 vs 8/8 bytes size/alignment)
