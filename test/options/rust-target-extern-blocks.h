// Rust 1.82 and later get `unsafe extern "C"` blocks; an older
// --rust-target gets plain `extern "C"`. --merge-extern-blocks puts adjacent
// declarations in one block.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --rust-target 1.68 --merge-extern-blocks -- %target > %t.old.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=OLD < %t.old.rs
// RUN: %rustc-check %t.old.rs
// RUN: %rustfmt-check %t.old.rs
// RUN: %expect-exit 2 %kbindgen %s --rust-target banana -- %target 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD

void f(void);
void g(int x);
extern int counter;

// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn f();
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub fn g(x: ::std::os::raw::c_int);
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// CHECK-NEXT: }

// OLD:      extern "C" {
// OLD-NEXT:     pub fn f();
// OLD-NEXT:     pub fn g(x: ::std::os::raw::c_int);
// OLD-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// OLD-NEXT: }

// BAD: kbindgen: error: invalid Rust target 'banana'
