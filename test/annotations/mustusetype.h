// `<div rustbindgen mustusetype>` (or --must-use-type) puts #[must_use] on
// the struct, union or enum, and on every function returning it, also
// through typedefs; an annotated typedef marks the functions returning it.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --must-use-type 'plain_.*' -- %target > %t.re.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=RE < %t.re.rs
// RUN: %rustc-check %t.re.rs

/** <div rustbindgen mustusetype></div> */
struct status {
  int code;
};
typedef struct status status_t;
/** <div rustbindgen mustusetype></div> */
typedef int errno_t;
/** <div rustbindgen mustusetype></div> */
struct token;

struct status check(void);
status_t check_alias(void);
errno_t try_it(void);
int plain(void);
struct plain_result {
  int v;
};
struct plain_result get_plain(void);

// CHECK:      /// <div rustbindgen mustusetype></div>
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone)]
// CHECK-NEXT: #[must_use]
// CHECK-NEXT: pub struct status {
// CHECK:      pub type status_t = status;
// CHECK-NEXT: /// <div rustbindgen mustusetype></div>
// CHECK-NEXT: pub type errno_t = ::std::os::raw::c_int;
// CHECK-NEXT: /// <div rustbindgen mustusetype></div>
// CHECK-NEXT: #[repr(C)]
// CHECK-NEXT: #[derive(Debug)]
// CHECK-NEXT: #[must_use]
// CHECK-NEXT: pub struct token {
// CHECK:          #[must_use]
// CHECK-NEXT:     pub fn check() -> status;
// CHECK:          #[must_use]
// CHECK-NEXT:     pub fn check_alias() -> status_t;
// CHECK:          #[must_use]
// CHECK-NEXT:     pub fn try_it() -> errno_t;
// CHECK:      unsafe extern "C" {
// CHECK-NEXT:     pub fn plain() -> ::std::os::raw::c_int;

// RE:          pub fn plain() -> ::std::os::raw::c_int;
// RE:      #[derive(Debug, Copy, Clone)]
// RE-NEXT: #[must_use]
// RE-NEXT: pub struct plain_result {
// RE:          #[must_use]
// RE-NEXT:     pub fn get_plain() -> plain_result;
