// An array type `[T; N]` that does not fit its line, laid out as rustfmt's
// rewrite_pair lays it out (found by scripts/rustfmt-fuzz.py): T is laid
// out in the width left after `[` less the `;`; when it is one line there,
// `N]` goes on the next line, one level in (knuft, and the last field, whose
// type moves below its name); else T breaks and `; N]` follows its last
// line.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct arrays {
  unsigned char (*knuft[6])(_Bool);
  unsigned short (*a_field_of_medium_length[3])(_Bool);
  unsigned short (*a_field_whose_name_is_so_long_that_its_array_type_goes_to_the_next_line_abcd[3])(_Bool);
};

// CHECK:      pub struct arrays {
// CHECK-NEXT:     pub knuft: [::std::option::Option<unsafe extern "C" fn(arg1: bool) -> ::std::os::raw::c_uchar>;
// CHECK-NEXT:         6usize],
// CHECK-NEXT:     pub a_field_of_medium_length: [::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(arg1: bool) -> ::std::os::raw::c_ushort,
// CHECK-NEXT:     >; 3usize],
// CHECK-NEXT:     pub a_field_whose_name_is_so_long_that_its_array_type_goes_to_the_next_line_abcd:
// CHECK-NEXT:         [::std::option::Option<unsafe extern "C" fn(arg1: bool) -> ::std::os::raw::c_ushort>;
// CHECK-NEXT:             3usize],
// CHECK-NEXT: }
