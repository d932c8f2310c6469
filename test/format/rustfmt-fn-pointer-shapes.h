// Function pointer types in the shapes rustfmt gives them (found by
// scripts/rustfmt-fuzz.py): a function pointer's parameter list does not
// count the trailing comma against the width; a return type broken inside
// its generic arguments needs its path to fit the width left after the
// `fn` prefix (else the type moves below its name), and puts `-> Path<`
// below `)` when that line does not fit there.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/../functions/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all -- %target > %t/out.rs
// RUN: FileCheck --match-full-lines %s < %t/out.rs
// RUN: %rustc-check %t/out.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/out.rs

_Bool (*a_function_whose_name_is_long_enough_that_its_return_path_cannot(double first, unsigned char second))(long long);
const char *(*a_function_name_of_forty_three_characters_(unsigned long *first, double second))(char, void *, int, long, short, float);
struct with_callbacks {
  void (*callback)(long first, char (*fifteen_chars_x)(void));
};

// CHECK:      pub struct with_callbacks {
// CHECK-NEXT:     pub callback: ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             first: ::std::os::raw::c_long,
// CHECK-NEXT:             fifteen_chars_x: ::std::option::Option<unsafe extern "C" fn() -> ::std::os::raw::c_char>,
// CHECK-NEXT:         ),
// CHECK-NEXT:     >,
// CHECK-NEXT: }
// CHECK:      pub struct Lib {
// CHECK-NEXT:     __library: ::libloading::Library,
// CHECK-NEXT:     pub a_function_whose_name_is_long_enough_that_its_return_path_cannot:
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             first: f64,
// CHECK-NEXT:             second: ::std::os::raw::c_uchar,
// CHECK-NEXT:         ) -> ::std::option::Option<
// CHECK-NEXT:             unsafe extern "C" fn(arg1: ::std::os::raw::c_longlong) -> bool,
// CHECK-NEXT:         >,
// CHECK-NEXT:     pub a_function_name_of_forty_three_characters_: unsafe extern "C" fn(
// CHECK-NEXT:         first: *mut ::std::os::raw::c_ulong,
// CHECK-NEXT:         second: f64,
// CHECK-NEXT:     )
// CHECK-NEXT:         -> ::std::option::Option<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             arg1: ::std::os::raw::c_char,
// CHECK-NEXT:             arg2: *mut ::std::os::raw::c_void,
// CHECK-NEXT:             arg3: ::std::os::raw::c_int,
// CHECK-NEXT:             arg4: ::std::os::raw::c_long,
// CHECK-NEXT:             arg5: ::std::os::raw::c_short,
// CHECK-NEXT:             arg6: f32,
// CHECK-NEXT:         ) -> *const ::std::os::raw::c_char,
// CHECK-NEXT:     >,
// CHECK-NEXT: }
