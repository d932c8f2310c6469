// C scalar types: the c_* aliases, bool, f32/f64, i128/u128, and
// `long double` as a same-sized integer (no Rust type has x87's layout).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct scalars {
  char c;
  signed char sc;
  unsigned char uc;
  short s;
  unsigned short us;
  int i;
  unsigned int ui;
  long l;
  unsigned long ul;
  long long ll;
  unsigned long long ull;
  float f;
  double d;
  _Bool b;
};

struct wide {
  __int128 i128;
  unsigned __int128 u128;
  long double ld;
};

// CHECK:      pub struct scalars {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub sc: ::std::os::raw::c_schar,
// CHECK-NEXT:     pub uc: ::std::os::raw::c_uchar,
// CHECK-NEXT:     pub s: ::std::os::raw::c_short,
// CHECK-NEXT:     pub us: ::std::os::raw::c_ushort,
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub ui: ::std::os::raw::c_uint,
// CHECK-NEXT:     pub l: ::std::os::raw::c_long,
// CHECK-NEXT:     pub ul: ::std::os::raw::c_ulong,
// CHECK-NEXT:     pub ll: ::std::os::raw::c_longlong,
// CHECK-NEXT:     pub ull: ::std::os::raw::c_ulonglong,
// CHECK-NEXT:     pub f: f32,
// CHECK-NEXT:     pub d: f64,
// CHECK-NEXT:     pub b: bool,
// CHECK-NEXT: }
// CHECK:          ["Size of scalars"][::std::mem::size_of::<scalars>() - 72usize];

// CHECK:      pub struct wide {
// CHECK-NEXT:     pub i128_: i128,
// CHECK-NEXT:     pub u128_: u128,
// CHECK-NEXT:     pub ld: u128,
// CHECK-NEXT: }
// CHECK:          ["Size of wide"][::std::mem::size_of::<wide>() - 48usize];
// CHECK-NEXT:     ["Alignment of wide"][::std::mem::align_of::<wide>() - 16usize];
