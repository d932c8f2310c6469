// A record both packed and aligned (`__attribute__((packed, aligned(N)))`,
// or `#pragma pack` with `aligned`): Rust takes no repr(packed) with
// repr(align) (E0587), and packed(N) alone misplaces a field packing put
// below its alignment. kbindgen keeps C's size and alignment with repr(C)
// plus align(N) and explicit padding; a field no repr can place is byte
// storage read and written unaligned through accessors. Where every field
// already sits at its alignment (the kernel's xregs_state), packing is
// dropped and every field stays a field; a packed and aligned union is
// packed to its alignment.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct __attribute__((packed, aligned(2))) pb {
  char c;
  unsigned int x : 4;
  unsigned int y : 4;
  long l;
};

struct __attribute__((packed, aligned(4))) pa {
  char c;
  int i;
};

union __attribute__((packed, aligned(4))) pu {
  char c;
  long l;
};

#pragma pack(2)
struct pp {
  char c;
  int i;
  short s;
} __attribute__((aligned(8)));
#pragma pack()

struct a16 {
  int x;
} __attribute__((aligned(16)));
struct __attribute__((packed, aligned(64))) natural {
  struct a16 f;
  unsigned long long h[8];
  unsigned char area[];
};

// CHECK:      #[repr(C, packed(2))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct pb {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// CHECK-NEXT:     pub l: ::std::os::raw::c_long,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pb"][::std::mem::size_of::<pb>() - 10usize];
// CHECK-NEXT:     ["Alignment of pb"][::std::mem::align_of::<pb>() - 2usize];
// CHECK-NEXT:     ["Offset of field: pb::c"][::std::mem::offset_of!(pb, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pb::l"][::std::mem::offset_of!(pb, l) - 2usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl pb {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn x(&self) -> ::std::os::raw::c_uint {
// CHECK-NEXT:         let raw = self._bitfield_1.get(0usize, 4u8);
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u32) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_x(&mut self, val: ::std::os::raw::c_uint) {
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         self._bitfield_1.set(0usize, 4u8, raw as u64)
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn x_raw(this: *const Self) -> ::std::os::raw::c_uint {
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of!((*this)._bitfield_1) };
// CHECK-NEXT:         let raw = unsafe { __BindgenBitfieldUnit::raw_get(unit, 0usize, 4u8) };
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u32) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_x_raw(this: *mut Self, val: ::std::os::raw::c_uint) {
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of_mut!((*this)._bitfield_1) };
// CHECK-NEXT:         unsafe { __BindgenBitfieldUnit::raw_set(unit, 0usize, 4u8, raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn y(&self) -> ::std::os::raw::c_uint {
// CHECK-NEXT:         let raw = self._bitfield_1.get(4usize, 4u8);
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u32) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_y(&mut self, val: ::std::os::raw::c_uint) {
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         self._bitfield_1.set(4usize, 4u8, raw as u64)
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn y_raw(this: *const Self) -> ::std::os::raw::c_uint {
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of!((*this)._bitfield_1) };
// CHECK-NEXT:         let raw = unsafe { __BindgenBitfieldUnit::raw_get(unit, 4usize, 4u8) };
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u32) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_y_raw(this: *mut Self, val: ::std::os::raw::c_uint) {
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of_mut!((*this)._bitfield_1) };
// CHECK-NEXT:         unsafe { __BindgenBitfieldUnit::raw_set(unit, 4usize, 4u8, raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn new_bitfield_1(
// CHECK-NEXT:         x: ::std::os::raw::c_uint,
// CHECK-NEXT:         y: ::std::os::raw::c_uint,
// CHECK-NEXT:     ) -> __BindgenBitfieldUnit<[u8; 1usize]> {
// CHECK-NEXT:         let mut __bindgen_bitfield_unit: __BindgenBitfieldUnit<[u8; 1usize]> = Default::default();
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(x) };
// CHECK-NEXT:         __bindgen_bitfield_unit.set(0usize, 4u8, raw as u64);
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(y) };
// CHECK-NEXT:         __bindgen_bitfield_unit.set(4usize, 4u8, raw as u64);
// CHECK-NEXT:         __bindgen_bitfield_unit
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(4))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct pa {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub _unaligned_i: [u8; 4usize],
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 3usize],
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pa"][::std::mem::size_of::<pa>() - 8usize];
// CHECK-NEXT:     ["Alignment of pa"][::std::mem::align_of::<pa>() - 4usize];
// CHECK-NEXT:     ["Offset of field: pa::c"][::std::mem::offset_of!(pa, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pa::_unaligned_i"][::std::mem::offset_of!(pa, _unaligned_i) - 1usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl pa {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn i(&self) -> ::std::os::raw::c_int {
// CHECK-NEXT:         unsafe { Self::i_raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_i(&mut self, val: ::std::os::raw::c_int) {
// CHECK-NEXT:         unsafe { Self::set_i_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn i_raw(this: *const Self) -> ::std::os::raw::c_int {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_i) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_i_raw(this: *mut Self, val: ::std::os::raw::c_int) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_i) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C, packed(4))]
// CHECK-NEXT: #[derive(Copy, Clone)]
// CHECK-NEXT: pub union pu {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub l: ::std::os::raw::c_long,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pu"][::std::mem::size_of::<pu>() - 8usize];
// CHECK-NEXT:     ["Alignment of pu"][::std::mem::align_of::<pu>() - 4usize];
// CHECK-NEXT:     ["Offset of field: pu::c"][::std::mem::offset_of!(pu, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pu::l"][::std::mem::offset_of!(pu, l) - 0usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(8))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct pp {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub __bindgen_padding_0: [u8; 1usize],
// CHECK-NEXT:     pub _unaligned_i: [u8; 4usize],
// CHECK-NEXT:     pub s: ::std::os::raw::c_short,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pp"][::std::mem::size_of::<pp>() - 8usize];
// CHECK-NEXT:     ["Alignment of pp"][::std::mem::align_of::<pp>() - 8usize];
// CHECK-NEXT:     ["Offset of field: pp::c"][::std::mem::offset_of!(pp, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pp::_unaligned_i"][::std::mem::offset_of!(pp, _unaligned_i) - 2usize];
// CHECK-NEXT:     ["Offset of field: pp::s"][::std::mem::offset_of!(pp, s) - 6usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl pp {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn i(&self) -> ::std::os::raw::c_int {
// CHECK-NEXT:         unsafe { Self::i_raw(self) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_i(&mut self, val: ::std::os::raw::c_int) {
// CHECK-NEXT:         unsafe { Self::set_i_raw(self, val) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn i_raw(this: *const Self) -> ::std::os::raw::c_int {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of!((*this)._unaligned_i) };
// CHECK-NEXT:         unsafe { ::std::ptr::read_unaligned(p.cast()) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_i_raw(this: *mut Self, val: ::std::os::raw::c_int) {
// CHECK-NEXT:         let p = unsafe { ::std::ptr::addr_of_mut!((*this)._unaligned_i) };
// CHECK-NEXT:         unsafe { ::std::ptr::write_unaligned(p.cast(), val) }
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(16))]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct a16 {
// CHECK-NEXT:     pub x: ::std::os::raw::c_int,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of a16"][::std::mem::size_of::<a16>() - 16usize];
// CHECK-NEXT:     ["Alignment of a16"][::std::mem::align_of::<a16>() - 16usize];
// CHECK-NEXT:     ["Offset of field: a16::x"][::std::mem::offset_of!(a16, x) - 0usize];
// CHECK-NEXT: };
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[repr(align(64))]
// CHECK-NEXT: pub struct natural {
// CHECK-NEXT:     pub f: a16,
// CHECK-NEXT:     pub h: [::std::os::raw::c_ulonglong; 8usize],
// CHECK-NEXT:     pub area: __IncompleteArrayField<::std::os::raw::c_uchar>,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of natural"][::std::mem::size_of::<natural>() - 128usize];
// CHECK-NEXT:     ["Alignment of natural"][::std::mem::align_of::<natural>() - 64usize];
// CHECK-NEXT:     ["Offset of field: natural::f"][::std::mem::offset_of!(natural, f) - 0usize];
// CHECK-NEXT:     ["Offset of field: natural::h"][::std::mem::offset_of!(natural, h) - 16usize];
// CHECK-NEXT:     ["Offset of field: natural::area"][::std::mem::offset_of!(natural, area) - 80usize];
// CHECK-NEXT: };
