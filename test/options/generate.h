// --generate KINDS writes only the items of those kinds (functions, types,
// vars; C++'s methods, constructors and destructors are accepted);
// --ignore-functions leaves out functions whatever --generate says.
// RUN: %kbindgen %s --generate types --no-layout-tests -- %target > %t.types.rs
// RUN: FileCheck --match-full-lines --check-prefix=TYPES %s < %t.types.rs
// RUN: %rustc-check %t.types.rs
// RUN: %rustfmt-check %t.types.rs
// RUN: %kbindgen %s --generate functions,vars,methods -- %target > %t.fv.rs
// RUN: FileCheck --match-full-lines --check-prefix=FV %s < %t.fv.rs
// RUN: %rustc-check %t.fv.rs
// RUN: %rustfmt-check %t.fv.rs
// RUN: %kbindgen %s --generate functions,types,vars --ignore-functions \
// RUN:   --no-layout-tests -- %target > %t.ignore.rs
// RUN: FileCheck --match-full-lines --check-prefix=IGNORE %s < %t.ignore.rs
// RUN: %rustc-check %t.ignore.rs
// RUN: %kbindgen %s --ignore-functions --generate functions --explain add \
// RUN:   -- %target 2>&1 >/dev/null | FileCheck --check-prefix=EXPLAIN %s
// RUN: %kbindgen %s --generate functions,types,vars,constructors,destructors \
// RUN:   -- %target > %t.all.rs
// RUN: %kbindgen %s -- %target | diff %t.all.rs -

struct point { int x, y; };
enum mode { MODE_A, MODE_B };
typedef unsigned long word_t;
extern int counter;
int add(int a, int b);
#define LIMIT 16

// TYPES:      #[repr(C)]
// TYPES-NEXT: #[derive(Debug, Copy, Clone)]
// TYPES-NEXT: pub struct point {
// TYPES-NEXT:     pub x: ::std::os::raw::c_int,
// TYPES-NEXT:     pub y: ::std::os::raw::c_int,
// TYPES-NEXT: }
// TYPES-NEXT: pub const mode_MODE_A: mode = 0;
// TYPES-NEXT: pub const mode_MODE_B: mode = 1;
// TYPES-NEXT: pub type mode = ::std::os::raw::c_uint;
// TYPES-NEXT: pub type word_t = ::std::os::raw::c_ulong;
// TYPES-NOT:  {{.+}}

// FV:      unsafe extern "C" {
// FV-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// FV-NEXT: }
// FV-NEXT: unsafe extern "C" {
// FV-NEXT:     pub fn add(a: ::std::os::raw::c_int, b: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
// FV-NEXT: }
// FV-NEXT: pub const LIMIT: u32 = 16;
// FV-NOT:  {{.+}}

// IGNORE:      pub type word_t = ::std::os::raw::c_ulong;
// IGNORE-NEXT: unsafe extern "C" {
// IGNORE-NEXT:     pub static mut counter: ::std::os::raw::c_int;
// IGNORE-NEXT: }
// IGNORE-NEXT: pub const LIMIT: u32 = 16;
// IGNORE-NOT:  {{.+}}

// EXPLAIN: not generated: --ignore-functions leaves out items of its kind
