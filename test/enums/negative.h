// An enum with a negative enumerator is signed (c_int); values keep their
// sign in every style.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --rustified-enum errcode -- %target > %t.rust.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=RUST < %t.rust.rs
// RUN: %rustc-check %t.rust.rs

enum errcode { E_OK = 0, E_FAIL = -1, E_MIN = -2147483647 - 1 };
// CHECK:      pub const errcode_E_OK: errcode = 0;
// CHECK-NEXT: pub const errcode_E_FAIL: errcode = -1;
// CHECK-NEXT: pub const errcode_E_MIN: errcode = -2147483648;
// CHECK-NEXT: pub type errcode = ::std::os::raw::c_int;

// RUST:      #[repr(i32)]
// RUST-NEXT: #[derive({{.*}})]
// RUST-NEXT: pub enum errcode {
// RUST-NEXT:     E_OK = 0,
// RUST-NEXT:     E_FAIL = -1,
// RUST-NEXT:     E_MIN = -2147483648,
// RUST-NEXT: }

// Values beyond int make the enum wider.
enum big { BIG_NEG = -1, BIG_POS = 0x100000000LL };
// CHECK:      pub const big_BIG_NEG: big = -1;
// CHECK-NEXT: pub const big_BIG_POS: big = 4294967296;
// CHECK-NEXT: pub type big = ::std::os::raw::c_long;

enum ubig { UBIG = 0xffffffffffffffffULL };
// CHECK:      pub const ubig_UBIG: ubig = 18446744073709551615;
// CHECK-NEXT: pub type ubig = ::std::os::raw::c_ulong;
