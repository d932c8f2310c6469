// Each bitfield has four accessors: NAME(), set_NAME(), NAME_raw() and
// set_NAME_raw(). When one of them is already an accessor of an earlier
// bitfield of the record (a bitfield `set_x` before `x`), the later one gets
// `_bindgen_bitfield` appended, as many times as needed, as in bindgen; the
// constructor's parameters and follow. Before, both got the
// same method name and the output did not compile (duplicate definitions).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct test {
  char set_x : 1;
  char x : 1;
  char set_x_bindgen_bitfield : 1;
  char y : 1;
};

// CHECK:      impl test {
// CHECK:          pub fn set_x(&self) -> ::std::os::raw::c_char {
// CHECK:          pub fn set_set_x(&mut self, val: ::std::os::raw::c_char) {
// CHECK:          pub unsafe fn set_x_raw(this: *const Self) -> ::std::os::raw::c_char {
// CHECK:          pub unsafe fn set_set_x_raw(this: *mut Self, val: ::std::os::raw::c_char) {
// CHECK:          pub fn x_bindgen_bitfield(&self) -> ::std::os::raw::c_char {
// CHECK:          pub fn set_x_bindgen_bitfield(&mut self, val: ::std::os::raw::c_char) {
// CHECK:          pub unsafe fn x_bindgen_bitfield_raw(this: *const Self) -> ::std::os::raw::c_char {
// CHECK:          pub unsafe fn set_x_bindgen_bitfield_raw(this: *mut Self, val: ::std::os::raw::c_char) {
// CHECK:          pub fn set_x_bindgen_bitfield_bindgen_bitfield(&self) -> ::std::os::raw::c_char {
// CHECK:          pub fn set_set_x_bindgen_bitfield_bindgen_bitfield(&mut self, val: ::std::os::raw::c_char) {
// CHECK:          pub unsafe fn set_x_bindgen_bitfield_bindgen_bitfield_raw(
// CHECK:          pub unsafe fn set_set_x_bindgen_bitfield_bindgen_bitfield_raw(
// CHECK:          pub fn y(&self) -> ::std::os::raw::c_char {
// CHECK:          pub fn new_bitfield_1(
// CHECK-NEXT:         set_x: ::std::os::raw::c_char,
// CHECK-NEXT:         x_bindgen_bitfield: ::std::os::raw::c_char,
// CHECK-NEXT:         set_x_bindgen_bitfield_bindgen_bitfield: ::std::os::raw::c_char,
// CHECK-NEXT:         y: ::std::os::raw::c_char,
// CHECK-NEXT:     ) -> __BindgenBitfieldUnit<[u8; 1usize]> {
