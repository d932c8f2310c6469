// Right-hand sides, heads and types that do not fit on one line, laid out by
// rustfmt's rules (found by scripts/rustfmt-fuzz.py): a `let` value that is
// one line below `let x =` goes there (choose_rhs); a call whose arguments
// cannot break puts them one a line; a constant whose type does not fit
// after its name breaks after the colon and again after `=`; a tuple struct
// breaks one field a line; an impl header breaks before `for`; an array of
// function pointers breaks inside its element type; a function without
// parameters whose return type cannot break opens its `()`.
// RUN: %kbindgen %s --newtype-enum 'a_newtype.*' --bitfield-enum 'a_bitfield_enum.*' --no-layout-tests -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct bits {
  unsigned int a_bitfield_whose_name_moves_the_value_down_xxxxxx : 3;
  unsigned int a_bitfield_whose_name_is_so_long_that_the_transmute_argument_breaks_too_x : 5;
};
// CHECK:          let raw: u32 =
// CHECK-NEXT:             unsafe { ::std::mem::transmute(a_bitfield_whose_name_moves_the_value_down_xxxxxx) };
// CHECK-NEXT:         __bindgen_bitfield_unit.set(0usize, 3u8, raw as u64);
// CHECK-NEXT:         let raw: u32 = unsafe {
// CHECK-NEXT:             ::std::mem::transmute(
// CHECK-NEXT:                 a_bitfield_whose_name_is_so_long_that_the_transmute_argument_breaks_too_x,
// CHECK-NEXT:             )
// CHECK-NEXT:         };

enum a_newtype_enum_whose_name_is_long_enough_to_break_the_constant_head {
  a_variant_with_a_long_name_too = 1,
};
// CHECK:      impl a_newtype_enum_whose_name_is_long_enough_to_break_the_constant_head {
// CHECK-NEXT:     pub const a_variant_with_a_long_name_too:
// CHECK-NEXT:         a_newtype_enum_whose_name_is_long_enough_to_break_the_constant_head =
// CHECK-NEXT:         a_newtype_enum_whose_name_is_long_enough_to_break_the_constant_head(1);
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(transparent)]
// CHECK-NEXT: #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub struct a_newtype_enum_whose_name_is_long_enough_to_break_the_constant_head(
// CHECK-NEXT:     pub ::std::os::raw::c_uint,
// CHECK-NEXT: );

enum a_bitfield_enum_whose_name_is_long_enough_to_break_the_impl_header_x {
  a_flag = 1,
};
// CHECK:      impl ::std::ops::BitOr<a_bitfield_enum_whose_name_is_long_enough_to_break_the_impl_header_x>
// CHECK-NEXT:     for a_bitfield_enum_whose_name_is_long_enough_to_break_the_impl_header_x
// CHECK-NEXT: {
// CHECK-NEXT:     type Output = Self;

struct callbacks {
  int (*a_table_of_callbacks_with_long_names[4])(unsigned long first_argument, const char *second_argument);
};
// CHECK:      pub struct callbacks {
// CHECK-NEXT:     pub a_table_of_callbacks_with_long_names: [::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             arg1: ::std::os::raw::c_ulong,
// CHECK-NEXT:             arg2: *const ::std::os::raw::c_char,
// CHECK-NEXT:         ) -> ::std::os::raw::c_int,
// CHECK-NEXT:     >; 4usize],
// CHECK-NEXT: }

int a_function_without_parameters_whose_name_and_return_type_reach_col_100(void);
// CHECK:          pub fn a_function_without_parameters_whose_name_and_return_type_reach_col_100(
// CHECK-NEXT:     ) -> ::std::os::raw::c_int;

// A function pointer's return type goes below its `)` when that line, with
// its indentation, and the type exceed the width left after the prefix.
struct a_record_whose_name_has_fifty_eight_characters_in_it_xyz;
struct returns {
  struct a_record_whose_name_has_fifty_eight_characters_in_it_xyz *(*table[6])(unsigned char a);
};
// CHECK:      pub struct returns {
// CHECK-NEXT:     pub table: [::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             arg1: ::std::os::raw::c_uchar,
// CHECK-NEXT:         )
// CHECK-NEXT:             -> *mut a_record_whose_name_has_fifty_eight_characters_in_it_xyz,
// CHECK-NEXT:     >; 6usize],
// CHECK-NEXT: }
