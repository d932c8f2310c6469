// --merge-extern-blocks, as bindgen: every function and static of one ABI
// goes into a single extern block, whatever lies between them, and the
// blocks (one per ABI, in the order first met) follow the other items.
// Without it each declaration has its own block in source order.
// RUN: %kbindgen %s --merge-extern-blocks -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s -- %target | FileCheck --match-full-lines %s --check-prefix=APART

int foo(void);
typedef struct point {
  int x;
} point;
__attribute__((ms_abi)) void win(int a);
extern int counter;
int bar(point p);
enum { ONE = 1 };
__attribute__((ms_abi)) void win2(void);

// CHECK:      pub struct point {
// CHECK:      pub const ONE: _bindgen_ty_1 = 1;
// CHECK-NEXT: pub type _bindgen_ty_1 = ::std::os::raw::c_uint;
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub fn foo() -> ::std::os::raw::c_int;
// CHECK-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// CHECK-NEXT:     pub fn bar(p: point) -> ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "win64" {
// CHECK-NEXT:     pub fn win(a: ::std::os::raw::c_int);
// CHECK-NEXT:     pub fn win2();
// CHECK-NEXT: }
// CHECK-EMPTY:

// APART:      unsafe extern "C" {
// APART-NEXT:     pub fn foo() -> ::std::os::raw::c_int;
// APART-NEXT: }
// APART-NEXT: #[repr(C)]
// APART:      unsafe extern "win64" {
// APART-NEXT:     pub fn win(a: ::std::os::raw::c_int);
// APART-NEXT: }
// APART-NEXT: unsafe extern "C" {
// APART-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// APART-NEXT: }
