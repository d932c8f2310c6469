// The --dynamic-loading constructor's symbol lookups as rustfmt lays them
// out (found by scripts/rustfmt-fuzz.py). A variable's `get::<T>(..)`:
// rustfmt rewrites T in the segment's own width, not after `.get::<`, so T
// stays on one line when it fits there even if `.get::<T>(` then takes the
// whole line (the chain breaks before `.get`); T broken, the argument
// follows `>>(` when it fits after that line, else goes below without a
// trailing comma. A layout rustfmt would choose with a line over 100
// columns fails its rewrite and is kept as written: T broken after
// `__library.get::<` (fn_var_short). In an `unsafe` block (--wrap-unsafe-ops)
// the block stays one line below `let x =` only when that line leaves a
// column for the `;`, and `unsafe {` opens after `let x =` only when that
// line does; else the opened block goes below.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/../functions/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Lib --wrap-unsafe-ops -- %target > %t/wrap.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=WRAP < %t/wrap.rs
// RUN: %rustc-check %t/wrap.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/wrap.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all -- %target > %t/req.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=REQ < %t/req.rs
// RUN: %rustc-check %t/req.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/req.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all --wrap-unsafe-ops -- %target > %t/both.rs
// RUN: %rustc-check %t/both.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/both.rs
// RUN: %kbindgen %s --dynamic-loading Lib -- %target > %t/dyn.rs
// RUN: %rustc-check %t/dyn.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/dyn.rs

extern short (*fn_var_short)(void);
extern int (*fn_var_int)(void);
extern void *(*a_function_pointer_variable_with_a_name_long_enough_to_move_its_arg)(void);
extern const char *(*a_function_pointer_variable_of_medium_length)(void);
int a_function_whose_unsafe_block_line_is_a_hundred_columns_xy(int a);
int a_function_whose_let_line_is_a_hundred_columns_so_the_unsafe_block_goes_below(int a);

// WRAP:         let fn_var_short = unsafe {
// WRAP-NEXT:        __library.get::<*mut ::std::option::Option<
// WRAP-NEXT:            unsafe extern "C" fn() -> ::std::os::raw::c_short,
// WRAP-NEXT:        >>(b"fn_var_short\0")
// WRAP-NEXT:    }
// WRAP-NEXT:    .map(|sym| *sym);
// WRAP-NEXT:    let fn_var_int = unsafe {
// WRAP-NEXT:        __library
// WRAP-NEXT:            .get::<*mut ::std::option::Option<unsafe extern "C" fn() -> ::std::os::raw::c_int>>(
// WRAP-NEXT:                b"fn_var_int\0",
// WRAP-NEXT:            )
// WRAP-NEXT:    }
// WRAP-NEXT:    .map(|sym| *sym);
// WRAP-NEXT:    let a_function_pointer_variable_with_a_name_long_enough_to_move_its_arg = unsafe {
// WRAP-NEXT:        __library.get::<*mut ::std::option::Option<
// WRAP-NEXT:            unsafe extern "C" fn() -> *mut ::std::os::raw::c_void,
// WRAP-NEXT:        >>(
// WRAP-NEXT:            b"a_function_pointer_variable_with_a_name_long_enough_to_move_its_arg\0"
// WRAP-NEXT:        )
// WRAP-NEXT:    }
// WRAP-NEXT:    .map(|sym| *sym);
// WRAP-NEXT:    let a_function_pointer_variable_of_medium_length = unsafe {
// WRAP-NEXT:        __library.get::<*mut ::std::option::Option<
// WRAP-NEXT:            unsafe extern "C" fn() -> *const ::std::os::raw::c_char,
// WRAP-NEXT:        >>(b"a_function_pointer_variable_of_medium_length\0")
// WRAP-NEXT:    }
// WRAP-NEXT:    .map(|sym| *sym);
// WRAP-NEXT:    let a_function_whose_unsafe_block_line_is_a_hundred_columns_xy = unsafe {
// WRAP-NEXT:        __library.get(b"a_function_whose_unsafe_block_line_is_a_hundred_columns_xy\0")
// WRAP-NEXT:    }
// WRAP-NEXT:    .map(|sym| *sym);
// WRAP-NEXT:    let a_function_whose_let_line_is_a_hundred_columns_so_the_unsafe_block_goes_below =
// WRAP-NEXT:        unsafe {
// WRAP-NEXT:            __library.get(
// WRAP-NEXT:                b"a_function_whose_let_line_is_a_hundred_columns_so_the_unsafe_block_goes_below\0",
// WRAP-NEXT:            )
// WRAP-NEXT:        }
// WRAP-NEXT:        .map(|sym| *sym);

// REQ:          let fn_var_short = __library
// REQ-NEXT:         .get::<*mut ::std::option::Option<unsafe extern "C" fn() -> ::std::os::raw::c_short>>(
// REQ-NEXT:             b"fn_var_short\0",
// REQ-NEXT:         )
// REQ-NEXT:         .map(|sym| *sym)?;
