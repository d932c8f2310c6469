// Lines that only exceed 100 columns because of long C names are broken the
// way rustfmt breaks them, so the output stays `rustfmt --check` clean.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct a_structure_whose_name_is_long_enough_to_push_lines_past_the_limit_of_100 { int a; };
extern struct a_structure_whose_name_is_long_enough_to_push_lines_past_the_limit_of_100 the_global_instance;
typedef unsigned long long an_integer_typedef_whose_name_is_long_enough_to_push_the_line_past;
struct bitfields_with_long_names {
  unsigned int writeback_in_progress_flag_for_this_inode_and_its_pages_xx : 1;
};

// CHECK:          ["Size of a_structure_whose_name_is_long_enough_to_push_lines_past_the_limit_of_100"]
// CHECK-NEXT:         [::std::mem::size_of::<
// CHECK-NEXT:             a_structure_whose_name_is_long_enough_to_push_lines_past_the_limit_of_100,
// CHECK-NEXT:         >() - 4usize];
// CHECK:          pub static mut the_global_instance:
// CHECK-NEXT:         a_structure_whose_name_is_long_enough_to_push_lines_past_the_limit_of_100;
// CHECK:      pub type an_integer_typedef_whose_name_is_long_enough_to_push_the_line_past =
// CHECK-NEXT:     ::std::os::raw::c_ulonglong;
// CHECK:              let raw: u32 = unsafe {
// CHECK-NEXT:             ::std::mem::transmute(writeback_in_progress_flag_for_this_inode_and_its_pages_xx)
// CHECK-NEXT:         };
