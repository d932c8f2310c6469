// --generate-inline-functions binds an inline function with external
// linkage (C99 `inline`, GNU `extern inline`) as an extern function, as
// bindgen does; a static inline one still has no symbol and stays skipped,
// and under --wrap-static-fns an inline function with external linkage is
// skipped (bindgen cannot wrap it either).
// RUN: %kbindgen %s --generate-inline-functions -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s -- %target | FileCheck --check-prefix=DEFAULT %s
// RUN: %kbindgen %s --generate-inline-functions --wrap-static-fns \
// RUN:   --wrap-static-fns-path %t.wrap -- %target \
// RUN:   | FileCheck --check-prefix=WRAP --match-full-lines %s

inline int twice(int x) { return 2 * x; }
extern inline __attribute__((gnu_inline)) int thrice(int x) { return 3 * x; }
static inline int hidden(int x) { return x; }
int plain(int x);

// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn twice(x: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub fn thrice(x: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK-NEXT: unsafe extern "C" {
// CHECK-NEXT:     pub fn plain(x: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// CHECK-NEXT: }
// CHECK-NOT:  hidden

// DEFAULT-NOT: twice
// DEFAULT-NOT: thrice
// DEFAULT:     pub fn plain(

// WRAP:      #[link_name = "hidden__extern"]
// WRAP-NEXT: pub fn hidden(x: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// WRAP-NOT:  twice
