// With --no-derive-copy no field is Copy, so a union cannot be a Rust
// union of its plain fields (E0740): it is bindgen's struct of
// __BindgenUnionField, or with --default-non-copy-union-style manually_drop
// a Rust union of ManuallyDrop fields.
// RUN: %kbindgen %s --no-derive-copy -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-derive-copy --default-non-copy-union-style manually_drop -- %target > %t.md.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=MD < %t.md.rs
// RUN: %rustc-check %t.md.rs
// RUN: %rustfmt-check %t.md.rs

struct inner {
  int x;
};
union value {
  struct inner s;
  int i;
  float f;
};

// CHECK:      pub struct value {
// CHECK-NEXT:     pub s: __BindgenUnionField<inner>,
// CHECK-NEXT:     pub i: __BindgenUnionField<::std::os::raw::c_int>,
// CHECK-NEXT:     pub f: __BindgenUnionField<f32>,
// CHECK-NEXT:     pub bindgen_union_field: u32,
// CHECK-NEXT: }

// MD:      pub union value {
// MD-NEXT:     pub s: ::std::mem::ManuallyDrop<inner>,
// MD-NEXT:     pub i: ::std::mem::ManuallyDrop<::std::os::raw::c_int>,
// MD-NEXT:     pub f: ::std::mem::ManuallyDrop<f32>,
// MD-NEXT: }
