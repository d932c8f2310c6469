// With --enable-function-attribute-detection, noreturn functions return `!`
// and warn_unused_result ones are #[must_use]. Without it, GNU
// __attribute__((noreturn)) (part of the function type) still gives `!`,
// and nothing is #[must_use].
// RUN: %kbindgen %s --enable-function-attribute-detection -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s -- %target > %t.plain.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=PLAIN < %t.plain.rs
// RUN: %rustc-check %t.plain.rs

_Noreturn void panic_c11(const char *msg);
__attribute__((noreturn)) void panic_gnu(void);
__attribute__((warn_unused_result)) int must_check(void);
__attribute__((warn_unused_result, noreturn)) int both(void);

// CHECK:          pub fn panic_c11(msg: *const ::std::os::raw::c_char) -> !;
// CHECK:          pub fn panic_gnu() -> !;
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     #[must_use]
// CHECK-NEXT:     pub fn must_check() -> ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn both() -> !;
// CHECK-NEXT: }

// PLAIN:          pub fn panic_gnu() -> !;
// PLAIN:      unsafe extern "C" {
// PLAIN-NEXT:     pub fn must_check() -> ::std::os::raw::c_int;
// PLAIN-NEXT: }
// PLAIN-NOT:  #[must_use]
