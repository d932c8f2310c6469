// size_t/ssize_t/uintptr_t/intptr_t/ptrdiff_t are usize/isize (unless
// --no-size_t-is-usize), the <stdint.h> fixed-width typedefs are Rust's
// primitive integers, and neither gets an alias of its own.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-size_t-is-usize -- %target > %t.nousize.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=NOUSIZE < %t.nousize.rs
// RUN: %rustc-check %t.nousize.rs

typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned long uintptr_t;
typedef long ptrdiff_t;
typedef signed char int8_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;

struct s {
  size_t n;
  ssize_t sn;
  uintptr_t p;
  ptrdiff_t d;
  int8_t i;
  uint32_t u;
  uint64_t q;
};
size_t len(const char *s);

// CHECK-NOT:  pub type size_t
// CHECK-NOT:  pub type uint32_t
// CHECK:      pub struct s {
// CHECK-NEXT:     pub n: usize,
// CHECK-NEXT:     pub sn: isize,
// CHECK-NEXT:     pub p: usize,
// CHECK-NEXT:     pub d: isize,
// CHECK-NEXT:     pub i: i8,
// CHECK-NEXT:     pub u: u32,
// CHECK-NEXT:     pub q: u64,
// CHECK-NEXT: }
// CHECK:          pub fn len(s: *const ::std::os::raw::c_char) -> usize;

// NOUSIZE:      pub type size_t = ::std::os::raw::c_ulong;
// NOUSIZE:      pub struct s {
// NOUSIZE-NEXT:     pub n: size_t,
// NOUSIZE:          pub fn len(s: *const ::std::os::raw::c_char) -> size_t;
