// An enum bitfield is as signed as the enum's integer type: with a negative
// enumerator (here a 64-bit signed one) `enum neg n : 1` holding all ones
// reads -1 in C, so the getters sign-extend; an enum without negative
// enumerators is unsigned and is not. Found by the layout fuzzer.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum neg { neg_min = -308945390361, neg_one = 1 };
enum pos { pos_zero, pos_one };
struct ebits {
  enum neg n : 1;
  enum neg wide : 40;
  enum pos p : 1;
};

// CHECK:      pub const neg_neg_min: neg = -308945390361;
// CHECK-NEXT: pub const neg_neg_one: neg = 1;
// CHECK-NEXT: pub type neg = ::std::os::raw::c_long;
// CHECK-NEXT: pub const pos_pos_zero: pos = 0;
// CHECK-NEXT: pub const pos_pos_one: pos = 1;
// CHECK-NEXT: pub type pos = ::std::os::raw::c_uint;
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: pub struct ebits {
// CHECK-NEXT:     pub _bindgen_align: [u64; 0],
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 6usize]>,
// CHECK-NEXT:     pub __bindgen_padding_0: u16,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of ebits"][::std::mem::size_of::<ebits>() - 8usize];
// CHECK-NEXT:     ["Alignment of ebits"][::std::mem::align_of::<ebits>() - 8usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl ebits {
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn n(&self) -> neg {
// CHECK-NEXT:         let raw = self._bitfield_1.get(0usize, 1u8);
// CHECK-NEXT:         let raw = ((raw as i64) << 63) >> 63;
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_n(&mut self, val: neg) {
// CHECK-NEXT:         let raw: u64 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         self._bitfield_1.set(0usize, 1u8, raw as u64)
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn n_raw(this: *const Self) -> neg {
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of!((*this)._bitfield_1) };
// CHECK-NEXT:         let raw = unsafe { __BindgenBitfieldUnit::raw_get(unit, 0usize, 1u8) };
// CHECK-NEXT:         let raw = ((raw as i64) << 63) >> 63;
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_n_raw(this: *mut Self, val: neg) {
// CHECK-NEXT:         let raw: u64 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of_mut!((*this)._bitfield_1) };
// CHECK-NEXT:         unsafe { __BindgenBitfieldUnit::raw_set(unit, 0usize, 1u8, raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn wide(&self) -> neg {
// CHECK-NEXT:         let raw = self._bitfield_1.get(1usize, 40u8);
// CHECK-NEXT:         let raw = ((raw as i64) << 24) >> 24;
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_wide(&mut self, val: neg) {
// CHECK-NEXT:         let raw: u64 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         self._bitfield_1.set(1usize, 40u8, raw as u64)
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn wide_raw(this: *const Self) -> neg {
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of!((*this)._bitfield_1) };
// CHECK-NEXT:         let raw = unsafe { __BindgenBitfieldUnit::raw_get(unit, 1usize, 40u8) };
// CHECK-NEXT:         let raw = ((raw as i64) << 24) >> 24;
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_wide_raw(this: *mut Self, val: neg) {
// CHECK-NEXT:         let raw: u64 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of_mut!((*this)._bitfield_1) };
// CHECK-NEXT:         unsafe { __BindgenBitfieldUnit::raw_set(unit, 1usize, 40u8, raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn p(&self) -> pos {
// CHECK-NEXT:         let raw = self._bitfield_1.get(41usize, 1u8);
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u32) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_p(&mut self, val: pos) {
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         self._bitfield_1.set(41usize, 1u8, raw as u64)
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn p_raw(this: *const Self) -> pos {
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of!((*this)._bitfield_1) };
// CHECK-NEXT:         let raw = unsafe { __BindgenBitfieldUnit::raw_get(unit, 41usize, 1u8) };
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u32) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub unsafe fn set_p_raw(this: *mut Self, val: pos) {
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of_mut!((*this)._bitfield_1) };
// CHECK-NEXT:         unsafe { __BindgenBitfieldUnit::raw_set(unit, 41usize, 1u8, raw as u64) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn new_bitfield_1(n: neg, wide: neg, p: pos) -> __BindgenBitfieldUnit<[u8; 6usize]> {
// CHECK-NEXT:         let mut __bindgen_bitfield_unit: __BindgenBitfieldUnit<[u8; 6usize]> = Default::default();
// CHECK-NEXT:         let raw: u64 = unsafe { ::std::mem::transmute(n) };
// CHECK-NEXT:         __bindgen_bitfield_unit.set(0usize, 1u8, raw as u64);
// CHECK-NEXT:         let raw: u64 = unsafe { ::std::mem::transmute(wide) };
// CHECK-NEXT:         __bindgen_bitfield_unit.set(1usize, 40u8, raw as u64);
// CHECK-NEXT:         let raw: u32 = unsafe { ::std::mem::transmute(p) };
// CHECK-NEXT:         __bindgen_bitfield_unit.set(41usize, 1u8, raw as u64);
// CHECK-NEXT:         __bindgen_bitfield_unit
// CHECK-NEXT:     }
// CHECK-NEXT: }
