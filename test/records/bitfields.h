// Adjacent bitfields share a __BindgenBitfieldUnit storage unit; each gets a
// getter, a setter, raw-pointer accessors (`_raw`) and the unit a
// constructor. The helper type is emitted once, first.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct flags {
  unsigned int a : 3;
  unsigned int b : 5;
  int c : 10;
  unsigned long long d : 40;
};

struct mixed {
  unsigned char x;
  unsigned int lo : 4;
  unsigned int hi : 4;
  unsigned char y;
};

// CHECK:      pub struct __BindgenBitfieldUnit<Storage> {
// CHECK:      impl<Storage> __BindgenBitfieldUnit<Storage>
// CHECK-NOT:  pub struct __BindgenBitfieldUnit<Storage> {

// CHECK:      pub struct flags {
// CHECK-NEXT:     pub _bindgen_align: [u64; 0],
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 8usize]>,
// CHECK-NEXT: }
// CHECK:          ["Size of flags"][::std::mem::size_of::<flags>() - 8usize];
// CHECK-NEXT:     ["Alignment of flags"][::std::mem::align_of::<flags>() - 8usize];
// CHECK:      impl flags {
// CHECK:          pub fn a(&self) -> ::std::os::raw::c_uint {
// CHECK:          pub fn set_a(&mut self, val: ::std::os::raw::c_uint) {
// CHECK:          pub unsafe fn a_raw(this: *const Self) -> ::std::os::raw::c_uint {
// CHECK:          pub unsafe fn set_a_raw(this: *mut Self, val: ::std::os::raw::c_uint) {
// CHECK:          pub fn b(&self) -> ::std::os::raw::c_uint {
// CHECK:          pub fn c(&self) -> ::std::os::raw::c_int {
// CHECK:          pub fn set_c(&mut self, val: ::std::os::raw::c_int) {
// CHECK:          pub fn d(&self) -> ::std::os::raw::c_ulonglong {
// CHECK:          pub unsafe fn set_d_raw(this: *mut Self, val: ::std::os::raw::c_ulonglong) {
// CHECK:          pub fn new_bitfield_1(
// CHECK-NEXT:         a: ::std::os::raw::c_uint,
// CHECK-NEXT:         b: ::std::os::raw::c_uint,
// CHECK-NEXT:         c: ::std::os::raw::c_int,
// CHECK-NEXT:         d: ::std::os::raw::c_ulonglong,
// CHECK-NEXT:     ) -> __BindgenBitfieldUnit<[u8; 8usize]> {

// CHECK:      pub struct mixed {
// CHECK-NEXT:     pub _bindgen_align: [u32; 0],
// CHECK-NEXT:     pub x: ::std::os::raw::c_uchar,
// CHECK-NEXT:     pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>,
// CHECK-NEXT:     pub y: ::std::os::raw::c_uchar,
// CHECK-NEXT: }
// CHECK:          ["Size of mixed"][::std::mem::size_of::<mixed>() - 4usize];
// CHECK-NEXT:     ["Alignment of mixed"][::std::mem::align_of::<mixed>() - 4usize];
// CHECK:      impl mixed {
// CHECK:          pub fn lo(&self) -> ::std::os::raw::c_uint {
// CHECK:          pub fn hi(&self) -> ::std::os::raw::c_uint {
// CHECK:          pub fn new_bitfield_1(
// CHECK-NEXT:         lo: ::std::os::raw::c_uint,
// CHECK-NEXT:         hi: ::std::os::raw::c_uint,
// CHECK-NEXT:     ) -> __BindgenBitfieldUnit<[u8; 1usize]> {
