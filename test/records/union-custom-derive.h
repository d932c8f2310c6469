// Rust derives only Copy and Clone for a `union`. Derives a user asks for a
// union by --with-derive-custom-union (or a `derive="..."` annotation) that
// Rust cannot derive for one (Debug, Default, Hash, PartialEq, Eq,
// PartialOrd, Ord) are left out with a warning; bindgen writes them and its
// output does not compile. Other traits stay (a derive macro may take unions),
// and structs keep every derive asked for.
// RUN: %kbindgen %s --no-layout-tests --with-derive-custom-union="u_num=Hash,Copy,Clone,PartialEq" --with-derive-custom-struct="s.*=Hash,PartialEq" -- %target > %t.rs 2> %t.err
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=WARN < %t.err
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

union u_num {
  int i;
  float f;
};
/** <div rustbindgen derive="Debug"></div> */
union u_annotated {
  int i;
};
struct s_pair {
  int a, b;
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union u_num {
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union u_annotated {
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq)]
// CHECK-NEXT: pub struct s_pair {

// WARN: kbindgen: warning: union 'u_num': Rust cannot derive Hash, PartialEq for a union; left out of its derives
// WARN-NEXT: kbindgen: warning: union 'u_annotated': Rust cannot derive Debug for a union; left out of its derives
