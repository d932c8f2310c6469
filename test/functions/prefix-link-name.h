// --prefix-link-name PREFIX: every extern function and static links to
// PREFIX followed by its C name, an asm-labelled one too (bindgen's link
// name callback); constants are not symbols and do not change.
// RUN: %kbindgen %s --prefix-link-name mylib_ -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %expect-exit 2 %kbindgen %s --prefix-link-name 'a-b' 2>&1 \
// RUN:   | FileCheck --check-prefix=BAD --match-full-lines %s

extern int counter;
int open_thing(const char *name);
int renamed(void) __asm__("real_renamed");
static const int limit = 4;

// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     #[link_name = "\u{1}mylib_counter"]
// CHECK-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     #[link_name = "\u{1}mylib_open_thing"]
// CHECK-NEXT:     pub fn open_thing(name: *const ::std::os::raw::c_char) -> ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     #[link_name = "\u{1}mylib_renamed"]
// CHECK-NEXT:     pub fn renamed() -> ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK-NEXT: pub const limit: ::std::os::raw::c_int = 4;

// BAD: kbindgen: error: --prefix-link-name: 'a-b' is not made of letters, digits and '_'
