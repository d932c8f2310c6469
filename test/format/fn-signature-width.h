// A function declaration whose one-line form reaches exactly column 100 is
// broken by rustfmt before `->` (the parameters still fit on one line); one
// column less stays on one line. (<sys/socket.h>'s listen() is such a case.)
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

int listen(int __fd, int __n);
int liste(int __fd, int __n);

// CHECK:          pub fn listen(__fd: ::std::os::raw::c_int, __n: ::std::os::raw::c_int)
// CHECK-NEXT:         -> ::std::os::raw::c_int;
// CHECK:          pub fn liste(__fd: ::std::os::raw::c_int, __n: ::std::os::raw::c_int) -> ::std::os::raw::c_int;
