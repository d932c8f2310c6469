// --ctypes-prefix PATH spells the C scalar types PATH::c_int etc.
// RUN: %kbindgen %s --ctypes-prefix ffi --raw-line 'pub use core::ffi;' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --use-core --ctypes-prefix crate::ffi --raw-line 'pub use core::ffi;' -- %target > %t.core.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=CORE < %t.core.rs
// RUN: %rustc-check-core %t.core.rs

struct S {
  int i;
  unsigned long ul;
  void *p;
};

// CHECK:      pub use core::ffi;
// CHECK:      pub struct S {
// CHECK-NEXT:     pub i: ffi::c_int,
// CHECK-NEXT:     pub ul: ffi::c_ulong,
// CHECK-NEXT:     pub p: *mut ffi::c_void,
// CHECK-NEXT: }

// CORE:      pub struct S {
// CORE-NEXT:     pub i: crate::ffi::c_int,
// CORE-NEXT:     pub ul: crate::ffi::c_ulong,
// CORE-NEXT:     pub p: *mut crate::ffi::c_void,
// CORE-NEXT: }
// CORE:          ["Size of S"][::core::mem::size_of::<S>() - 24usize];
