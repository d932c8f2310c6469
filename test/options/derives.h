// Derive options: Debug/Copy/Clone by default; --with-derive-* adds traits
// where every field allows them, --no-derive-* and --no-* REGEX remove them,
// --with-derive-default on a union implements Default by zeroing.
// RUN: %kbindgen %s --with-derive-default --with-derive-hash --with-derive-partialeq --with-derive-eq -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs
// RUN: %kbindgen %s --no-derive-debug --no-copy 'plain' -- %target > %t.no.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=NO < %t.no.rs
// RUN: %rustc-check %t.no.rs
// RUN: %kbindgen %s --with-derive-custom-struct 'plain=PartialEq' -- %target > %t.custom.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=CUSTOM < %t.custom.rs
// RUN: %rustc-check %t.custom.rs

struct plain { int a; char b; };
struct with_float { float f; };
struct with_ptr { int *p; };
union u { int i; float f; };

// CHECK:      #[derive(Debug, Default, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub struct plain {
// Floats are neither Hash nor Eq.
// CHECK:      #[derive(Debug, Default, Copy, Clone, PartialEq)]
// CHECK-NEXT: pub struct with_float {
// Raw pointers have no Default.
// CHECK:      #[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]
// CHECK-NEXT: pub struct with_ptr {
// CHECK:      impl Default for with_ptr {
// CHECK-NEXT:     fn default() -> Self {
// CHECK:      #[derive(Copy, Clone)]
// CHECK-NEXT: pub union u {
// CHECK:      impl Default for u {

// NO:      #[repr(C)]
// NO-NEXT: pub struct plain {
// NO:      #[repr(C)]
// NO-NEXT: #[derive(Copy, Clone)]
// NO-NEXT: pub struct with_float {

// CUSTOM:      #[derive(Debug, Copy, Clone, PartialEq)]
// CUSTOM-NEXT: pub struct plain {
// CUSTOM:      #[derive(Debug, Copy, Clone)]
// CUSTOM-NEXT: pub struct with_float {
