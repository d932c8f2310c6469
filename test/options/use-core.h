// --use-core: every path goes through ::core (C types from ::core::ffi), so
// the bindings build in a #![no_std] crate.
// RUN: %kbindgen %s --use-core -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check-core %t.rs
// RUN: %rustfmt-check %t.rs

struct S {
  int i;
  void (*cb)(void);
  char data[];
};
struct bits {
  unsigned a : 1;
};
int f(const char *s);

// CHECK-NOT:  ::std::
// CHECK:      pub struct __BindgenBitfieldUnit<Storage> {
// CHECK:      pub struct __IncompleteArrayField<T>(::core::marker::PhantomData<T>, [T; 0]);
// CHECK:      pub struct S {
// CHECK-NEXT:     pub i: ::core::ffi::c_int,
// CHECK-NEXT:     pub cb: ::core::option::Option<unsafe extern "C" fn()>,
// CHECK-NEXT:     pub data: __IncompleteArrayField<::core::ffi::c_char>,
// CHECK-NEXT: }
// CHECK:          ["Size of S"][::core::mem::size_of::<S>() - 16usize];
// CHECK:          pub fn f(s: *const ::core::ffi::c_char) -> ::core::ffi::c_int;
// CHECK-NOT:  ::std::
