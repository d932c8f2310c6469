// A packed field whose type is an empty, over-aligned record (GNU C's empty
// struct, size 0) or an array of one: no repr places it, so it is byte
// storage of 0 bytes like any other such field, and it has the accessors
// the others have (`e()`, `set_e()`, `e_raw()`, `set_e_raw()`), which
// --impl-debug's `impl Debug` calls. They were left out for a zero-sized
// field: the field could not be reached, and `impl Debug` called a method
// that did not exist (E0599). Found by the layout fuzzer. A storage field
// that has no accessors (a `long double _Complex`, whose Rust type is
// smaller than C's) is left out of `impl Debug`, which called `z()` too.
// RUN: %kbindgen %s --impl-debug -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct __attribute__((aligned(16))) empty16 {};

union num {
  int i;
  float f;
};

struct holds_empty {
  char c;
  struct empty16 e __attribute__((packed));
  union num n;
};

struct holds_empty_array {
  char c;
  struct empty16 e[2] __attribute__((packed));
  int x;
};

struct __attribute__((packed, aligned(4))) holds_complex {
  char c;
  long double _Complex z;
  union num n;
};

// CHECK:      #[derive(PartialEq, Copy, Clone, Hash, Debug, Default)]
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: pub struct __BindgenComplex<T> {
// CHECK-NEXT:     pub re: T,
// CHECK-NEXT:     pub im: T,
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(16))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct empty16 {}
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of empty16"][::std::mem::size_of::<empty16>() - 0usize];
// CHECK-NEXT:     ["Alignment of empty16"][::std::mem::align_of::<empty16>() - 16usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union num {
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub f: f32,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of num"][::std::mem::size_of::<num>() - 4usize];
// CHECK-NEXT:     ["Alignment of num"][::std::mem::align_of::<num>() - 4usize];
// CHECK-NEXT:     ["Offset of field: num::i"][::std::mem::offset_of!(num, i) - 0usize];
// CHECK-NEXT:     ["Offset of field: num::f"][::std::mem::offset_of!(num, f) - 0usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl ::std::fmt::Debug for num {
// CHECK-NEXT:     fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
// CHECK-NEXT:         write!(f, "num {{\{\{}} union }}")
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct holds_empty {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned_e: [u8; 0usize],
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 3usize],
// CHECK-NEXT:     pub n: num,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of holds_empty"][::std::mem::size_of::<holds_empty>() - 8usize];
// CHECK-NEXT:     ["Alignment of holds_empty"][::std::mem::align_of::<holds_empty>() - 4usize];
// CHECK-NEXT:     ["Offset of field: holds_empty::c"][::std::mem::offset_of!(holds_empty, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: holds_empty::_unaligned_e"]
// CHECK-NEXT:         [::std::mem::offset_of!(holds_empty, _unaligned_e) - 1usize];
// CHECK-NEXT:     ["Offset of field: holds_empty::n"][::std::mem::offset_of!(holds_empty, n) - 4usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl ::std::fmt::Debug for holds_empty {
// CHECK-NEXT:     fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
// CHECK-NEXT:         write!(
// CHECK-NEXT:             f,
// CHECK-NEXT:             "holds_empty {{\{\{}} c: {:?}, e: {:?}, n: {:?} }}",
// CHECK-NEXT:             self.c,
// CHECK-NEXT:             self.e(),
// CHECK-NEXT:             self.n,
// CHECK-NEXT:         )
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: impl holds_empty {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn e(&self) -> empty16 {
// CHECK-NEXT:         unsafe { Self::e_raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_e(&mut self, val: empty16) {
// CHECK-NEXT:         unsafe { Self::set_e_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn e_raw(this: *const Self) -> empty16 {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_e) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_e_raw(this: *mut Self, val: empty16) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_e) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct holds_empty_array {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned_e: [u8; 0usize],
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 3usize],
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of holds_empty_array"][::std::mem::size_of::<holds_empty_array>() - 8usize];
// CHECK-NEXT:     ["Alignment of holds_empty_array"][::std::mem::align_of::<holds_empty_array>() - 4usize];
// CHECK-NEXT:     ["Offset of field: holds_empty_array::c"]
// CHECK-NEXT:         [::std::mem::offset_of!(holds_empty_array, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: holds_empty_array::_unaligned_e"]
// CHECK-NEXT:         [::std::mem::offset_of!(holds_empty_array, _unaligned_e) - 1usize];
// CHECK-NEXT:     ["Offset of field: holds_empty_array::x"]
// CHECK-NEXT:         [::std::mem::offset_of!(holds_empty_array, x) - 4usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl holds_empty_array {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn e(&self) -> [empty16; 2usize] {
// CHECK-NEXT:         unsafe { Self::e_raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_e(&mut self, val: [empty16; 2usize]) {
// CHECK-NEXT:         unsafe { Self::set_e_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn e_raw(this: *const Self) -> [empty16; 2usize] {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_e) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_e_raw(this: *mut Self, val: [empty16; 2usize]) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_e) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(4))]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub struct holds_complex {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned_z: [u8; 32usize],
// CHECK-NEXT:     pub _unaligned_n: [u8; 4usize],
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 3usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of holds_complex"][::std::mem::size_of::<holds_complex>() - 40usize];
// CHECK-NEXT:     ["Alignment of holds_complex"][::std::mem::align_of::<holds_complex>() - 4usize];
// CHECK-NEXT:     ["Offset of field: holds_complex::c"][::std::mem::offset_of!(holds_complex, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: holds_complex::_unaligned_z"]
// CHECK-NEXT:         [::std::mem::offset_of!(holds_complex, _unaligned_z) - 1usize];
// CHECK-NEXT:     ["Offset of field: holds_complex::_unaligned_n"]
// CHECK-NEXT:         [::std::mem::offset_of!(holds_complex, _unaligned_n) - 33usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl ::std::fmt::Debug for holds_complex {
// CHECK-NEXT:     fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
// CHECK-NEXT:         write!(f, "holds_complex {{\{\{}} c: {:?}, n: {:?} }}", self.c, self.n())
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: impl holds_complex {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn n(&self) -> num {
// CHECK-NEXT:         unsafe { Self::n_raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_n(&mut self, val: num) {
// CHECK-NEXT:         unsafe { Self::set_n_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn n_raw(this: *const Self) -> num {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_n) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_n_raw(this: *mut Self, val: num) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_n) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
