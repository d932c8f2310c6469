// Fixed-size arrays, multi-dimensional arrays and arrays of pointers.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

#define NAME_LEN 16

struct arrays {
  char name[NAME_LEN];
  int matrix[2][3];
  const char *argv[4];
  unsigned char mac[6];
};
// CHECK:      pub struct arrays {
// CHECK-NEXT:     pub name: [::std::os::raw::c_char; 16usize],
// CHECK-NEXT:     pub matrix: {{\[\[}}::std::os::raw::c_int; 3usize]; 2usize],
// CHECK-NEXT:     pub argv: [*const ::std::os::raw::c_char; 4usize],
// CHECK-NEXT:     pub mac: [::std::os::raw::c_uchar; 6usize],
// CHECK-NEXT: }
// CHECK:          ["Size of arrays"][::std::mem::size_of::<arrays>() - 80usize];

typedef unsigned char mac_addr[6];
// CHECK:      pub type mac_addr = [::std::os::raw::c_uchar; 6usize];

// An array parameter is a pointer.
void fill(int buf[8], const int src[]);
// CHECK:          pub fn fill(buf: *mut ::std::os::raw::c_int, src: *const ::std::os::raw::c_int);

extern int table[4];
// CHECK:          pub static mut table: [::std::os::raw::c_int; 4usize];
