// GNU C allows `$` in identifiers, Rust does not: bindgen's rust_mangle
// replaces it by `_` and appends `_` (keeping the symbol via link_name).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct s {
  int a$b;
};
int f$x(int);

// CHECK:      pub struct s {
// CHECK-NEXT:     pub a_b_: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK:          #[link_name = "\u{1}f$x"]
// CHECK-NEXT:     pub fn f_x_(arg1: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
