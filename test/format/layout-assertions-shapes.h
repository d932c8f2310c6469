// Layout assertions laid out by rustfmt's own rules for `["msg"][CALL - N];`
// (rewrite_index, rewrite_all_pairs/rewrite_pair, the generic call and the
// macro call), modelled with rustfmt's shapes rather than measured limits
// (found by scripts/rustfmt-fuzz.py): the index moves below the message and
// the subtraction below the call; `()` opens onto its own line when two
// columns are not left after the generic arguments; `offset_of!` breaks its
// arguments and the subtraction goes below its `)`.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --use-core -- %target > %t.core.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=CORE < %t.core.rs
// RUN: %rustc-check-core %t.core.rs
// RUN: %rustfmt-check %t.core.rs

struct a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz { long x; };
// CHECK:      const _: () = {
// CHECK-NEXT:     ["Size of a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz"][::std::mem::size_of::<
// CHECK-NEXT:         a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz,
// CHECK-NEXT:     >() - 8usize];
// CHECK-NEXT:     ["Alignment of a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz"]
// CHECK-NEXT:         [::std::mem::align_of::<a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz>()
// CHECK-NEXT:             - 8usize];
// CHECK-NEXT:     ["Offset of field: a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz::x"][::std::mem::offset_of!(
// CHECK-NEXT:         a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz,
// CHECK-NEXT:         x
// CHECK-NEXT:     )
// CHECK-NEXT:         - 0usize];
// CHECK-NEXT: };
// CORE:           ["Alignment of a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz"]
// CORE-NEXT:          [::core::mem::align_of::<a_struct_whose_name_opens_the_parentheses_of_align_of_below_xyz>(
// CORE-NEXT:          ) - 8usize];

struct a_struct_whose_name_is_so_long_that_its_opening_brace_goes_to_the_next_line_of_its_head_xyzw { long x; };
// CHECK:      pub struct a_struct_whose_name_is_so_long_that_its_opening_brace_goes_to_the_next_line_of_its_head_xyzw
// CHECK-NEXT: {
// CHECK-NEXT:     pub x: ::std::os::raw::c_long,
// CHECK-NEXT: }
