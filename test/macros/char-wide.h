// Character literal macros: an ordinary one is its byte (u8, as bindgen
// writes it, whatever char's signedness: '\xff' is C's -1 on x86_64 and 255
// on arm, the byte is 255 on both). A multi-character or wide one whose
// value is beyond a byte is an integer of C's value, typed as any integer
// macro: kbindgen before kept its low byte ('ab' was 98u8,
// L'\x100' was 0u8). wchar_t is int on x86_64, unsigned int on arm.
// RUN: %kbindgen %s --use-core -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s --check-prefixes=CHECK,X86 < %t.rs
// RUN: %rustc-check-core %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: python3 %S/../utils/macro_check.py --clang %clang %t.rs %s -- %target \
// RUN:   | FileCheck %s --check-prefix=ORACLE
// RUN: %kbindgen %s --use-core -- --target=armv7-unknown-linux-gnueabihf > %t.arm.rs
// RUN: FileCheck --match-full-lines %s --check-prefixes=CHECK,ARM < %t.arm.rs
// RUN: %rustc-check-target armv7-unknown-linux-gnueabihf %t.arm.rs
// RUN: python3 %S/../utils/macro_check.py --clang %clang %t.arm.rs %s -- \
// RUN:   --target=armv7-unknown-linux-gnueabihf | FileCheck %s --check-prefix=ORACLE
// ORACLE: macro-check: 10 integer constants, 0 value, 0 sign, 0 width mismatches

#define CHAR_A 'a'
#define CHAR_FF '\xff'
#define CHAR_200 '\200'
#define MULTI 'ab'
#define MULTI_FF '\xff\xff'
#define WIDE_FF L'\xff'
#define WIDE_100 L'\x100'
#define WIDE_ALL L'\xffffffff'
#define UTF16_MAX u'\xffff'
#define UTF32_BIG U'\x10000'

// CHECK:      pub const CHAR_A: u8 = 97u8;
// CHECK-NEXT: pub const CHAR_FF: u8 = 255u8;
// CHECK-NEXT: pub const CHAR_200: u8 = 128u8;
// CHECK-NEXT: pub const MULTI: u32 = 24930;
// CHECK-NEXT: pub const MULTI_FF: u32 = 65535;
// CHECK-NEXT: pub const WIDE_FF: u8 = 255u8;
// CHECK-NEXT: pub const WIDE_100: u32 = 256;
// X86-NEXT:   pub const WIDE_ALL: i32 = -1;
// ARM-NEXT:   pub const WIDE_ALL: u32 = 4294967295;
// CHECK-NEXT: pub const UTF16_MAX: ::core::ffi::c_ushort = 65535;
// CHECK-NEXT: pub const UTF32_BIG: u32 = 65536;
