// --default-enum-style sets the style of every enum no rule names.
// RUN: %kbindgen %s --default-enum-style rust -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --default-enum-style moduleconsts -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=MOD
// RUN: %kbindgen %s --default-enum-style newtype --rustified-enum b -- %target \
// RUN:   | FileCheck --match-full-lines %s --check-prefix=NEWTYPE
// RUN: not %kbindgen %s --default-enum-style bogus -- %target 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD

enum a { A0, A1 };
enum b { B0 = -1 };

// CHECK:      #[repr(u32)]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub enum a {
// CHECK-NEXT:     A0 = 0,
// CHECK-NEXT:     A1 = 1,
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(i32)]
// CHECK-NEXT: #[derive({{.*}})]
// CHECK-NEXT: pub enum b {
// CHECK-NEXT:     B0 = -1,
// CHECK-NEXT: }

// MOD:      pub mod a {
// MOD-NEXT:     pub type Type = ::std::os::raw::c_uint;
// MOD:      pub mod b {
// MOD-NEXT:     pub type Type = ::std::os::raw::c_int;
// MOD-NEXT:     pub const B0: Type = -1;
// MOD-NEXT: }

// NEWTYPE:      pub struct a(pub ::std::os::raw::c_uint);
// NEWTYPE:      pub enum b {

// BAD: kbindgen: error: invalid enum style 'bogus'{{.*}}
