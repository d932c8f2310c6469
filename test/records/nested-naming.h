// A named struct declared inside another is named OUTER_INNER, as bindgen
// names it (unless --disable-nested-struct-naming).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --disable-nested-struct-naming -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=FLAT

struct outer {
  struct inner {
    int x;
  } in;
  struct {
    struct deep {
      char c;
    } d;
  } anon;
};

// CHECK:      pub struct outer {
// CHECK-NEXT:     pub in_: outer_inner,
// CHECK-NEXT:     pub anon: outer__bindgen_ty_1,
// CHECK-NEXT: }
// CHECK:      pub struct outer_inner {
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:      pub struct outer__bindgen_ty_1 {
// CHECK-NEXT:     pub d: outer__bindgen_ty_1_deep,
// CHECK-NEXT: }
// CHECK:      pub struct outer__bindgen_ty_1_deep {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT: }

// FLAT:      pub struct outer {
// FLAT-NEXT:     pub in_: inner,
// FLAT-NEXT:     pub anon: outer__bindgen_ty_1,
// FLAT-NEXT: }
// FLAT:      pub struct inner {
// FLAT:      pub struct deep {
