// A typedef of a pointer to the struct, union or enum of its own name
// (`typedef struct foo {...} *foo;`, common in C APIs for handles) is named
// foo_ptr, as bindgen names it; the tag keeps its name, the qualifiers on
// the pointee stay. Was: the typedef was spelled out at each use, and for an
// enum the constified alias `mad` became `pub type mad = *mut mad` (E0391).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

typedef const struct foo {
  char inner;
} *foo;
typedef struct fwd *fwd;
typedef union cat {
  int standard_issue;
} *cat;
typedef enum mad { scientist } *mad;
typedef struct foo **foo_pp;

void takes(foo f, struct foo sf, fwd w, cat c, union cat uc, mad m,
           enum mad e, foo_pp pp);

// CHECK:      pub struct foo {
// CHECK-NEXT:     pub inner: ::std::os::raw::c_char,
// CHECK-NEXT: }
// CHECK:      pub type foo_ptr = *const foo;
// CHECK:      pub struct fwd {
// CHECK-NEXT:     _unused: [u8; 0],
// CHECK-NEXT: }
// CHECK-NEXT: pub type fwd_ptr = *mut fwd;
// CHECK:      pub union cat {
// CHECK:      pub type cat_ptr = *mut cat;
// CHECK-NEXT: pub const mad_scientist: mad = 0;
// CHECK-NEXT: pub type mad = ::std::os::raw::c_uint;
// CHECK-NEXT: pub type mad_ptr = *mut mad;
// CHECK-NEXT: pub type foo_pp = *mut *mut foo;
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub fn takes(
// CHECK-NEXT:         f: foo_ptr,
// CHECK-NEXT:         sf: foo,
// CHECK-NEXT:         w: fwd_ptr,
// CHECK-NEXT:         c: cat_ptr,
// CHECK-NEXT:         uc: cat,
// CHECK-NEXT:         m: mad_ptr,
// CHECK-NEXT:         e: mad,
// CHECK-NEXT:         pp: foo_pp,
// CHECK-NEXT:     );
// CHECK-NEXT: }
