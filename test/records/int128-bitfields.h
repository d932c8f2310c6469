// An __int128 bitfield: one wider than 64 bits is read and written in two
// parts (the unit's get/set move 64 bits at most: one call truncated the
// value, and overflowed its shift in debug builds), the high part first on
// a big-endian target; a signed one narrower than 128 bits is sign-extended
// as an int one is. Found by the layout fuzzer (scripts/layout-fuzz.sh
// --target riscv64, then x86_64 with values).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kbindgen %s -o %t/b.rs -- %target
// RUN: FileCheck --match-full-lines %s < %t/b.rs
// RUN: %rustc-check %t/b.rs
// RUN: %rustfmt-check %t/b.rs
// RUN: env KBINDGEN_BINDINGS=%t/b.rs %rustc --edition 2021 -C debug-assertions -o %t/main %S/Inputs/int128-bitfields.rs
// RUN: %t/main | FileCheck --check-prefix=OUT %s
// RUN: %kbindgen %s -- --target=s390x-unknown-linux-gnu | FileCheck --match-full-lines --check-prefix=BE %s
// REQUIRES: x86_64-linux

struct wide {
  __int128 a : 100;
  unsigned __int128 b : 28;
  __int128 s : 5;
};

// CHECK:          pub fn a(&self) -> i128 {
// CHECK-NEXT:         let lo = self._bitfield_1.get(0usize, 64u8) as u128;
// CHECK-NEXT:         let hi = self._bitfield_1.get(64usize, 36u8) as u128;
// CHECK-NEXT:         let raw = lo | (hi << 64);
// CHECK-NEXT:         let raw = ((raw as i128) << 28) >> 28;
// CHECK-NEXT:         unsafe { ::std::mem::transmute(raw as u128) }
// CHECK-NEXT:     }
// CHECK-NEXT:     #[inline]
// CHECK-NEXT:     pub fn set_a(&mut self, val: i128) {
// CHECK-NEXT:         let raw: u128 = unsafe { ::std::mem::transmute(val) };
// CHECK-NEXT:         self._bitfield_1.set(0usize, 64u8, raw as u64);
// CHECK-NEXT:         self._bitfield_1.set(64usize, 36u8, (raw >> 64) as u64)
// CHECK-NEXT:     }
// CHECK:          pub unsafe fn a_raw(this: *const Self) -> i128 {
// CHECK-NEXT:         let unit = unsafe { ::std::ptr::addr_of!((*this)._bitfield_1) };
// CHECK-NEXT:         let lo = unsafe { __BindgenBitfieldUnit::raw_get(unit, 0usize, 64u8) } as u128;
// CHECK-NEXT:         let hi = unsafe { __BindgenBitfieldUnit::raw_get(unit, 64usize, 36u8) } as u128;
// CHECK:          pub fn s(&self) -> i128 {
// CHECK-NEXT:         let raw = self._bitfield_1.get(128usize, 5u8);
// CHECK-NEXT:         let raw = ((raw as i128) << 123) >> 123;

// OUT: int128 bitfields: ok

// BE:          pub fn a(&self) -> i128 {
// BE-NEXT:         let hi = self._bitfield_1.get(0usize, 36u8) as u128;
// BE-NEXT:         let lo = self._bitfield_1.get(36usize, 64u8) as u128;
// BE-NEXT:         let raw = lo | (hi << 64);
// BE:          pub fn set_a(&mut self, val: i128) {
// BE-NEXT:         let raw: u128 = unsafe { ::std::mem::transmute(val) };
// BE-NEXT:         self._bitfield_1.set(0usize, 36u8, (raw >> 64) as u64);
// BE-NEXT:         self._bitfield_1.set(36usize, 64u8, raw as u64)
