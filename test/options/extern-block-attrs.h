// --extern-block-attrs ATTRIBUTE goes on every extern block, of functions
// and of statics, before the --extern-fn-block-attrs ones; with
// --merge-extern-blocks the one block carries it once.
// RUN: %kbindgen %s --no-layout-tests --extern-block-attrs '#[allow(dead_code)]' --extern-fn-block-attrs '#[allow(unused)]' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-layout-tests --extern-block-attrs '#[allow(dead_code)]' --merge-extern-blocks -- %target > %t.merged.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=MERGED < %t.merged.rs
// RUN: %rustc-check %t.merged.rs

void f(void);
extern int v;

// CHECK:      #[allow(dead_code)]
// CHECK-NEXT: #[allow(unused)]
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub fn f();
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(dead_code)]
// CHECK-NEXT: #[allow(unused)]
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub static mut v: ::std::os::raw::c_int;
// CHECK-NEXT: }

// MERGED:      #[allow(dead_code)]
// MERGED-NEXT: unsafe extern "C" {
// MERGED-NEXT:     pub fn f();
// MERGED-NEXT:     pub static mut v: ::std::os::raw::c_int;
// MERGED-NEXT: }
