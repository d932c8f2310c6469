// A lookup chain ending in `?` (--dynamic-link-require-all) stays on one
// line only when it leaves two columns more than one without: rustfmt
// subtracts the `?` from the last segment's width twice and then writes it
// (found by scripts/rustfmt-fuzz.py: a 99-column line breaks before `.map`).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/../functions/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Lib --dynamic-link-require-all --wrap-unsafe-ops -- %target > %t/both.rs
// RUN: FileCheck --match-full-lines %s < %t/both.rs
// RUN: %rustc-check %t/both.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/both.rs

int a_function_whose_lookup_is_98_columns(int a);
int a_function_whose_lookup_is_99_columns_(int a);

// CHECK:          let a_function_whose_lookup_is_98_columns =
// CHECK-NEXT:         unsafe { __library.get(b"a_function_whose_lookup_is_98_columns\0") }.map(|sym| *sym)?;
// CHECK-NEXT:     let a_function_whose_lookup_is_99_columns_ =
// CHECK-NEXT:         unsafe { __library.get(b"a_function_whose_lookup_is_99_columns_\0") }
// CHECK-NEXT:             .map(|sym| *sym)?;
