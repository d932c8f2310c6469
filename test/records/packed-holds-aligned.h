// A packed record holding an aligned one (directly, through another record
// or an anonymous member, or under #pragma pack): Rust rejects a repr(align)
// type inside a packed one (E0588, rust-bindgen#2179), so such a field is
// byte storage at C's offset with accessors that read and write it
// unaligned (`in_()`, `set_in()`, `in__raw()`, `set_in_raw()`), and the
// record keeps C's size and alignment. An array of such a type is allowed
// by rustc and stays a field.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct inner {
  int x;
} __attribute__((aligned(8)));

struct __attribute__((packed)) outer {
  char c;
  struct inner in;
};

struct wraps_inner {
  struct inner w;
};
struct __attribute__((packed)) transitive {
  char c;
  struct wraps_inner wi;
  short s;
};

struct __attribute__((packed)) array_of_aligned {
  char c;
  struct inner a[2];
};

#pragma pack(1)
struct pragma_outer {
  char c;
  struct inner in;
  int after;
};
#pragma pack()

struct __attribute__((packed)) anon_aligned {
  char c;
  struct {
    long l;
  } __attribute__((aligned(16)));
};

// CHECK:      #[repr(C)]
// CHECK-NEXT: #[repr(align(8))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct inner {
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of inner"][::std::mem::size_of::<inner>() - 8usize];
// CHECK-NEXT:     ["Alignment of inner"][::std::mem::align_of::<inner>() - 8usize];
// CHECK-NEXT:     ["Offset of field: inner::x"][::std::mem::offset_of!(inner, x) - 0usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct outer {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned_in_: [u8; 8usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of outer"][::std::mem::size_of::<outer>() - 9usize];
// CHECK-NEXT:     ["Alignment of outer"][::std::mem::align_of::<outer>() - 1usize];
// CHECK-NEXT:     ["Offset of field: outer::c"][::std::mem::offset_of!(outer, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: outer::_unaligned_in_"]
// CHECK-NEXT:         [::std::mem::offset_of!(outer, _unaligned_in_) - 1usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl outer {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn in_(&self) -> inner {
// CHECK-NEXT:         unsafe { Self::in__raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_in(&mut self, val: inner) {
// CHECK-NEXT:         unsafe { Self::set_in_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn in__raw(this: *const Self) -> inner {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_in_) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_in_raw(this: *mut Self, val: inner) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_in_) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct wraps_inner {
// CHECK-NEXT:     pub w: inner,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of wraps_inner"][::std::mem::size_of::<wraps_inner>() - 8usize];
// CHECK-NEXT:     ["Alignment of wraps_inner"][::std::mem::align_of::<wraps_inner>() - 8usize];
// CHECK-NEXT:     ["Offset of field: wraps_inner::w"][::std::mem::offset_of!(wraps_inner, w) - 0usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C, packed)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct transitive {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned_wi: [u8; 8usize],
// CHECK-NEXT:     pub s: ::std::os::raw::c_short,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of transitive"][::std::mem::size_of::<transitive>() - 11usize];
// CHECK-NEXT:     ["Alignment of transitive"][::std::mem::align_of::<transitive>() - 1usize];
// CHECK-NEXT:     ["Offset of field: transitive::c"][::std::mem::offset_of!(transitive, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: transitive::_unaligned_wi"]
// CHECK-NEXT:         [::std::mem::offset_of!(transitive, _unaligned_wi) - 1usize];
// CHECK-NEXT:     ["Offset of field: transitive::s"][::std::mem::offset_of!(transitive, s) - 9usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl transitive {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn wi(&self) -> wraps_inner {
// CHECK-NEXT:         unsafe { Self::wi_raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_wi(&mut self, val: wraps_inner) {
// CHECK-NEXT:         unsafe { Self::set_wi_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn wi_raw(this: *const Self) -> wraps_inner {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_wi) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_wi_raw(this: *mut Self, val: wraps_inner) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_wi) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C, packed)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct array_of_aligned {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub a: [inner; 2usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of array_of_aligned"][::std::mem::size_of::<array_of_aligned>() - 17usize];
// CHECK-NEXT:     ["Alignment of array_of_aligned"][::std::mem::align_of::<array_of_aligned>() - 1usize];
// CHECK-NEXT:     ["Offset of field: array_of_aligned::c"][::std::mem::offset_of!(array_of_aligned, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: array_of_aligned::a"][::std::mem::offset_of!(array_of_aligned, a) - 1usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C, packed)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct pragma_outer {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned_in_: [u8; 8usize],
// CHECK-NEXT:     pub after: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pragma_outer"][::std::mem::size_of::<pragma_outer>() - 13usize];
// CHECK-NEXT:     ["Alignment of pragma_outer"][::std::mem::align_of::<pragma_outer>() - 1usize];
// CHECK-NEXT:     ["Offset of field: pragma_outer::c"][::std::mem::offset_of!(pragma_outer, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pragma_outer::_unaligned_in_"]
// CHECK-NEXT:         [::std::mem::offset_of!(pragma_outer, _unaligned_in_) - 1usize];
// CHECK-NEXT:     ["Offset of field: pragma_outer::after"][::std::mem::offset_of!(pragma_outer, after) - 9usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl pragma_outer {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn in_(&self) -> inner {
// CHECK-NEXT:         unsafe { Self::in__raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_in(&mut self, val: inner) {
// CHECK-NEXT:         unsafe { Self::set_in_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn in__raw(this: *const Self) -> inner {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_in_) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_in_raw(this: *mut Self, val: inner) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_in_) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct anon_aligned {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned___bindgen_anon_1: [u8; 16usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of anon_aligned"][::std::mem::size_of::<anon_aligned>() - 17usize];
// CHECK-NEXT:     ["Alignment of anon_aligned"][::std::mem::align_of::<anon_aligned>() - 1usize];
// CHECK-NEXT:     ["Offset of field: anon_aligned::c"][::std::mem::offset_of!(anon_aligned, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: anon_aligned::_unaligned___bindgen_anon_1"]
// CHECK-NEXT:         [::std::mem::offset_of!(anon_aligned, _unaligned___bindgen_anon_1) - 1usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl anon_aligned {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn __bindgen_anon_1(&self) -> anon_aligned__bindgen_ty_1 {
// CHECK-NEXT:         unsafe { Self::__bindgen_anon_1_raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set___bindgen_anon_1(&mut self, val: anon_aligned__bindgen_ty_1) {
// CHECK-NEXT:         unsafe { Self::set___bindgen_anon_1_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn __bindgen_anon_1_raw(this: *const Self) -> anon_aligned__bindgen_ty_1 {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned___bindgen_anon_1) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set___bindgen_anon_1_raw(this: *mut Self, val: anon_aligned__bindgen_ty_1) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned___bindgen_anon_1) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(16))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct anon_aligned__bindgen_ty_1 {
// CHECK-NEXT:     pub l: ::std::os::raw::c_long,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of anon_aligned__bindgen_ty_1"]
// CHECK-NEXT:         [::std::mem::size_of::<anon_aligned__bindgen_ty_1>() - 16usize];
// CHECK-NEXT:     ["Alignment of anon_aligned__bindgen_ty_1"]
// CHECK-NEXT:         [::std::mem::align_of::<anon_aligned__bindgen_ty_1>() - 16usize];
// CHECK-NEXT:     ["Offset of field: anon_aligned__bindgen_ty_1::l"]
// CHECK-NEXT:         [::std::mem::offset_of!(anon_aligned__bindgen_ty_1, l) - 0usize];
// CHECK-NEXT: };
