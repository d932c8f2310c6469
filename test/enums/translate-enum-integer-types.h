// --translate-enum-integer-types: an enum that is not a Rust enum gets Rust's
// integer of its size and sign as its type, not its C type; Rust enums
// already have #[repr(u32)] and do not change.
// RUN: %kbindgen %s --translate-enum-integer-types --newtype-enum flags \
// RUN:   --constified-enum-module mod_e --rustified-enum rust_e \
// RUN:   --no-layout-tests -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum plain { P_A = 1 };
enum small { S_A = -1 } __attribute__((packed));
enum flags { F_A = 1, F_B = 2 };
enum mod_e { M_A };
enum rust_e { R_A };
enum big { G_A = 0x100000000 };

// CHECK:      pub const plain_P_A: plain = 1;
// CHECK-NEXT: pub type plain = u32;
// CHECK-NEXT: pub const small_S_A: small = -1;
// CHECK-NEXT: pub type small = i8;
// CHECK:      pub struct flags(pub u32);
// CHECK:      pub mod mod_e {
// CHECK-NEXT:     pub type Type = u32;
// CHECK:      #[repr(u32)]
// CHECK:      pub enum rust_e {
// CHECK:      pub const big_G_A: big = 4294967296;
// CHECK-NEXT: pub type big = u64;
