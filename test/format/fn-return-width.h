// A function's return type: rustfmt lays `-> T` out in the width left after
// the indentation, not after `)`. Without parameters it opens `(` / `)` when
// the name and that first line pass the width (`-> T` itself then stays on
// one line when it fits from the indentation); after vertical parameters the
// `) -> T;` line may pass the width by the `) ` and `;`.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

long aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(void);
long bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(void);
char (*a_function_returning_a_function_pointer(void))(void);
long (*returns_a_function_pointer_too_wide_for_any_line(void))(int first, int second, int third, int fourth);
long (*vertical_params_and_a_return_line_past_the_width(int the_first_parameter, int the_second_one))(double, double);

// CHECK: unsafe extern "C" {
// CHECK-NEXT:     pub fn aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa() -> ::std::os::raw::c_long;
// CHECK-NEXT: }
// CHECK: unsafe extern "C" {
// CHECK-NEXT:     pub fn bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb(
// CHECK-NEXT:     ) -> ::std::os::raw::c_long;
// CHECK-NEXT: }
// CHECK: unsafe extern "C" {
// CHECK-NEXT:     pub fn a_function_returning_a_function_pointer(
// CHECK-NEXT:     ) -> ::std::option::Option<unsafe extern "C" fn() -> ::std::os::raw::c_char>;
// CHECK-NEXT: }
// CHECK: unsafe extern "C" {
// CHECK-NEXT:     pub fn returns_a_function_pointer_too_wide_for_any_line() -> ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             arg1: ::std::os::raw::c_int,
// CHECK-NEXT:             arg2: ::std::os::raw::c_int,
// CHECK-NEXT:             arg3: ::std::os::raw::c_int,
// CHECK-NEXT:             arg4: ::std::os::raw::c_int,
// CHECK-NEXT:         ) -> ::std::os::raw::c_long,
// CHECK-NEXT:     >;
// CHECK-NEXT: }
// CHECK: unsafe extern "C" {
// CHECK-NEXT:     pub fn vertical_params_and_a_return_line_past_the_width(
// CHECK-NEXT:         the_first_parameter: ::std::os::raw::c_int,
// CHECK-NEXT:         the_second_one: ::std::os::raw::c_int,
// CHECK-NEXT:     ) -> ::std::option::Option<unsafe extern "C" fn(arg1: f64, arg2: f64) -> ::std::os::raw::c_long>;
// CHECK-NEXT: }
