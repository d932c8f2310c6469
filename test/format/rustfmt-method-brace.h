// A method whose signature breaks keeps ` {` after its `) -> T` line only
// when that line, counted with its indentation, fits the width left after
// the method's indentation: rustfmt measures the last line of a multi-line
// signature with its indentation (a 97-column line inside an impl puts the
// brace on the next line; found by scripts/rustfmt-fuzz.py).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/../functions/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all -- %target > %t/req.rs
// RUN: FileCheck --match-full-lines %s < %t/req.rs
// RUN: %rustc-check %t/req.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/req.rs

typedef int a_typedef_whose_name_puts_the_brace_of_a_variable_method_at_column_ninety_seven_x;
typedef int a_typedef_whose_name_keeps_the_brace_of_a_variable_method_at_column_ninety_six_x;
extern a_typedef_whose_name_puts_the_brace_of_a_variable_method_at_column_ninety_seven_x brace_below;
extern a_typedef_whose_name_keeps_the_brace_of_a_variable_method_at_column_ninety_six_x brace_after;

// CHECK:          pub unsafe fn brace_below(
// CHECK-NEXT:         &self,
// CHECK-NEXT:     ) -> *mut a_typedef_whose_name_puts_the_brace_of_a_variable_method_at_column_ninety_seven_x
// CHECK-NEXT:     {
// CHECK-NEXT:         self.brace_below
// CHECK-NEXT:     }
// CHECK-NEXT:     pub unsafe fn brace_after(
// CHECK-NEXT:         &self,
// CHECK-NEXT:     ) -> *mut a_typedef_whose_name_keeps_the_brace_of_a_variable_method_at_column_ninety_six_x {
// CHECK-NEXT:         self.brace_after
// CHECK-NEXT:     }
