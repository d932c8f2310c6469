// A string constant whose call does not fit in its opened `unsafe` block:
// rustfmt breaks the call before its argument when the byte string fits
// below it; one too long for that line too fails rustfmt's rewrite, which
// keeps the line as written. (Found by scripts/rustfmt-fuzz.py.)
// RUN: %kbindgen %s --generate-cstr --rust-target 1.68 -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

#define A_STRING_CONSTANT "a string constant whose call does not fit on its line, but its argument fits below"
#define ANOTHER_STRING "a string constant too long for any line: rustfmt fails on its call and keeps the line as it is written"

// CHECK:      pub const A_STRING_CONSTANT: &::std::ffi::CStr = unsafe {
// CHECK-NEXT:     ::std::ffi::CStr::from_bytes_with_nul_unchecked(
// CHECK-NEXT:         b"a string constant whose call does not fit on its line, but its argument fits below\0",
// CHECK-NEXT:     )
// CHECK-NEXT: };
// CHECK:      pub const ANOTHER_STRING: &::std::ffi::CStr = unsafe {
// CHECK-NEXT:     ::std::ffi::CStr::from_bytes_with_nul_unchecked(b"a string constant too long for any line: rustfmt fails on its call and keeps the line as it is written\0")
// CHECK-NEXT: };
