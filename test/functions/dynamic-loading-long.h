// --dynamic-loading with long names, laid out as rustfmt lays them out
// (found by scripts/rustfmt-fuzz.py): a chain of one segment is not held to
// chain_width (`self.name` and `(self.name)(args)` stay on one line when they
// fit); a lookup whose argument breaks stays on `__library`'s line when its
// own line would not save a line (format_last_child); a field whose function
// type cannot put its return type after `)` in the width left moves below
// its name, and so does one with under 4 columns left after its `fn`
// (--dynamic-link-require-all).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all -- %target > %t/req.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=REQ < %t/req.rs
// RUN: %rustc-check %t/req.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/req.rs
// RUN: %kbindgen %s --dynamic-loading Lib --wrap-unsafe-ops -- %target > %t/wrap.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=WRAP < %t/wrap.rs
// RUN: %rustc-check %t/wrap.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/wrap.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all --wrap-unsafe-ops -- %target > %t/both.rs
// RUN: %rustc-check %t/both.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/both.rs
// RUN: %kbindgen %s --dynamic-loading Lib -- %target > %t/dyn.rs
// RUN: %rustc-check %t/dyn.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/dyn.rs

int a_function_whose_name_is_long_enough_for_the_field_read_to_pass_sixty(int a);
char *a_function_with_a_long_name_and_a_return_type_that_does_not_fit(unsigned long long first_argument, ...);
extern double a_variable_whose_name_is_long_enough_to_break_its_lookup_call_into_xx;
extern long a_variable_with_a_name_of_medium_length_x;
void a_function_whose_name_leaves_three_columns_after_the_fn_prefix_abc(int a, unsigned long a_parameter_whose_name_is_long_enough_to_break_the_list);

// REQ:          pub a_function_with_a_long_name_and_a_return_type_that_does_not_fit:
// REQ-NEXT:         unsafe extern "C" fn(
// REQ-NEXT:             first_argument: ::std::os::raw::c_ulonglong,
// REQ-NEXT:             ...
// REQ-NEXT:         ) -> *mut ::std::os::raw::c_char,
// REQ:          pub a_function_whose_name_leaves_three_columns_after_the_fn_prefix_abc:
// REQ-NEXT:         unsafe extern "C" fn(
// REQ-NEXT:             a: ::std::os::raw::c_int,
// REQ-NEXT:             a_parameter_whose_name_is_long_enough_to_break_the_list: ::std::os::raw::c_ulong,
// REQ-NEXT:         ),
// REQ:          ) -> ::std::os::raw::c_int {
// REQ-NEXT:         (self.a_function_whose_name_is_long_enough_for_the_field_read_to_pass_sixty)(a)
// REQ-NEXT:     }
// REQ:          ) -> *mut f64 {
// REQ-NEXT:         self.a_variable_whose_name_is_long_enough_to_break_its_lookup_call_into_xx
// REQ-NEXT:     }

// WRAP:         let a_function_with_a_long_name_and_a_return_type_that_does_not_fit = unsafe {
// WRAP-NEXT:        __library.get(b"a_function_with_a_long_name_and_a_return_type_that_does_not_fit\0")
// WRAP-NEXT:    }
// WRAP-NEXT:    .map(|sym| *sym);
// WRAP-NEXT:    let a_variable_whose_name_is_long_enough_to_break_its_lookup_call_into_xx = unsafe {
// WRAP-NEXT:        __library.get::<*mut f64>(
// WRAP-NEXT:            b"a_variable_whose_name_is_long_enough_to_break_its_lookup_call_into_xx\0",
// WRAP-NEXT:        )
// WRAP-NEXT:    }
// WRAP-NEXT:    .map(|sym| *sym);
