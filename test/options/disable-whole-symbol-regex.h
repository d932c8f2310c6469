// Regexes match whole names, as bindgen's (`^(?:REGEX)$`), unless
// --disable-whole-symbol-regex is given, wherever it stands: then a regex
// matches any part of a name, for every option that takes one.
// RUN: %kbindgen %s --allowlist-function 'foo' -- %target > %t.whole.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=WHOLE < %t.whole.rs
// RUN: %kbindgen %s --allowlist-function 'foo' --rustified-enum 'col' --disable-whole-symbol-regex -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s --implicit-check-not=bar_only < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum color { RED };
int foo(void);
int foo_bar(enum color c);
int bar_foo(void);
int bar_only(void);

// WHOLE-NOT:  pub fn foo_bar
// WHOLE:      pub fn foo() -> ::std::os::raw::c_int;
// WHOLE-NOT:  pub fn foo_bar

// CHECK:      pub enum color {
// CHECK:      pub fn foo() -> ::std::os::raw::c_int;
// CHECK:      pub fn foo_bar(c: color) -> ::std::os::raw::c_int;
// CHECK:      pub fn bar_foo() -> ::std::os::raw::c_int;
