// `<div rustbindgen nocopy>` takes Copy and Clone away from a struct, and
// from every struct holding it; a union holding it wraps its fields in
// __BindgenUnionField (bindgen's default) or, with
// --default-non-copy-union-style manually_drop, in ManuallyDrop.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --default-non-copy-union-style manually_drop -- %target > %t.md.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=MD < %t.md.rs
// RUN: %rustc-check %t.md.rs
// RUN: %rustfmt-check %t.md.rs

/** <div rustbindgen nocopy></div> */
struct handle {
  int fd;
};
struct holder {
  struct handle h;
};
union either {
  struct handle h;
  int raw;
};

// CHECK:      /// <div rustbindgen nocopy></div>
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug)]
// CHECK-NEXT: pub struct handle {
// CHECK:      #[repr(C)]
// CHECK-NEXT: #[derive(Debug)]
// CHECK-NEXT: pub struct holder {
// CHECK:      pub struct either {
// CHECK-NEXT:     pub h: __BindgenUnionField<handle>,
// CHECK-NEXT:     pub raw: __BindgenUnionField<::std::os::raw::c_int>,
// CHECK-NEXT:     pub bindgen_union_field: u32,
// CHECK-NEXT: }

// MD:      pub union either {
// MD-NEXT:     pub h: ::std::mem::ManuallyDrop<handle>,
// MD-NEXT:     pub raw: ::std::mem::ManuallyDrop<::std::os::raw::c_int>,
// MD-NEXT: }
