// --dynamic-loading methods as rustfmt lays them out (found by
// scripts/rustfmt-fuzz.py): a call with a single argument stays on one line
// whenever it fits (fn_call_width bounds only several arguments); a getter
// whose function pointer type cannot be laid out (a parameter too long for
// its line) fails rustfmt's rewrite of the signature, which then keeps the
// signature as written and puts the body's `{` right after it.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/../functions/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all -- %target > %t/out.rs
// RUN: FileCheck --match-full-lines %s < %t/out.rs
// RUN: %rustc-check %t/out.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/out.rs

int take_one(long a_single_argument_whose_name_is_longer_than_sixty_columns_alone);
extern int (*callback_variable)(char first, long a_parameter_name_so_long_that_its_line_passes_the_width_by_far_away);

// CHECK:          pub unsafe fn take_one(
// CHECK-NEXT:         &self,
// CHECK-NEXT:         a_single_argument_whose_name_is_longer_than_sixty_columns_alone: ::std::os::raw::c_long,
// CHECK-NEXT:     ) -> ::std::os::raw::c_int {
// CHECK-NEXT:         (self.take_one)(a_single_argument_whose_name_is_longer_than_sixty_columns_alone)
// CHECK-NEXT:     }
// CHECK-NEXT:     pub unsafe fn callback_variable(
// CHECK-NEXT:         &self,
// CHECK-NEXT:     ) -> *mut ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             first: ::std::os::raw::c_char,
// CHECK-NEXT:             a_parameter_name_so_long_that_its_line_passes_the_width_by_far_away: ::std::os::raw::c_long,
// CHECK-NEXT:         ) -> ::std::os::raw::c_int,
// CHECK-NEXT:     >{
// CHECK-NEXT:         self.callback_variable
// CHECK-NEXT:     }
