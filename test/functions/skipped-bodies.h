// Function bodies of included headers are skipped; most are passed over as
// text (comments, literals, nested blocks and balanced #if branches
// included), the rest token by token. Either way the parse resumes right
// after the body, #defines inside bodies count, and the output equals the
// one with every body parsed.
// RUN: %kbindgen %s --time-phases -o %t.rs -- %target -I %S/Inputs 2> %t.err
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: FileCheck %s --check-prefix=PHASES < %t.err
// RUN: %kbindgen %s --parse-function-bodies -o %t.parsed.rs -- %target -I %S/Inputs
// RUN: diff %t.rs %t.parsed.rs
// RUN: %rustc-check %t.rs

#include "bodies.h"

// CHECK: pub struct after_literals {
// CHECK: pub struct after_comments {
// CHECK: pub struct after_nested {
// CHECK: pub struct after_conditionals {
// CHECK: pub struct after_unbalanced {
// CHECK: pub struct after_define {
// CHECK: pub struct after_macro_braces {
// CHECK: pub struct after_macro_string {
// CHECK: pub struct after_pragma {
// CHECK: pub fn last_declaration() -> ::std::os::raw::c_int;
// CHECK: pub const DEFINED_IN_A_BODY: u32 = 42;

// Six as text (the empty body too); unbalanced branches, the #define, the
// macro-opened body and _Pragma token by token.
// PHASES: header bodies skipped 6 as text, 4 as tokens
