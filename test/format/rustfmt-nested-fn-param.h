// A function-pointer type with a parameter of function-pointer type whose
// `name: ::std::option::Option<` line does not fit: rustfmt's rewrite of
// the outer type fails, so it keeps the method's signature as written and
// puts the body's `{` right after it (found by scripts/rustfmt-fuzz.py on a
// --dynamic-loading variable's method).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/../functions/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Lib -- %target > %t/dyn.rs
// RUN: FileCheck --match-full-lines %s < %t/dyn.rs
// RUN: %rustc-check %t/dyn.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/dyn.rs

extern double (*a_variable)(double (*a_parameter_whose_name_is_long_enough_to_push_its_option_past_the_edge)(long long, int *, float), double);

// CHECK:          pub unsafe fn a_variable(
// CHECK-NEXT:         &self,
// CHECK-NEXT:     ) -> *mut ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             a_parameter_whose_name_is_long_enough_to_push_its_option_past_the_edge: ::std::option::Option<
// CHECK-NEXT:                 unsafe extern "C" fn(
// CHECK-NEXT:                     arg1: ::std::os::raw::c_longlong,
// CHECK-NEXT:                     arg2: *mut ::std::os::raw::c_int,
// CHECK-NEXT:                     arg3: f32,
// CHECK-NEXT:                 ) -> f64,
// CHECK-NEXT:             >,
// CHECK-NEXT:             arg2: f64,
// CHECK-NEXT:         ) -> f64,
// CHECK-NEXT:     >{
