// Pointers keep C's const-correctness: `const T *` is `*const T`, a const
// pointer to mutable data is still `*mut T`.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct node;

struct ptrs {
  int *mut_int;
  const int *const_int;
  int *const const_ptr_mut_int;
  const char *const *argv;
  char **envp;
  void *opaque;
  const void *ro;
  struct node *next;
  const volatile int *cv;
};

// CHECK:      pub struct ptrs {
// CHECK-NEXT:     pub mut_int: *mut ::std::os::raw::c_int,
// CHECK-NEXT:     pub const_int: *const ::std::os::raw::c_int,
// CHECK-NEXT:     pub const_ptr_mut_int: *mut ::std::os::raw::c_int,
// CHECK-NEXT:     pub argv: *const *const ::std::os::raw::c_char,
// CHECK-NEXT:     pub envp: *mut *mut ::std::os::raw::c_char,
// CHECK-NEXT:     pub opaque: *mut ::std::os::raw::c_void,
// CHECK-NEXT:     pub ro: *const ::std::os::raw::c_void,
// CHECK-NEXT:     pub next: *mut node,
// CHECK-NEXT:     pub cv: *const ::std::os::raw::c_int,
// CHECK-NEXT: }

void copy(void *dst, const void *src, unsigned long n);
// CHECK:          pub fn copy(
// CHECK-NEXT:         dst: *mut ::std::os::raw::c_void,
// CHECK-NEXT:         src: *const ::std::os::raw::c_void,
// CHECK-NEXT:         n: ::std::os::raw::c_ulong,
// CHECK-NEXT:     );
