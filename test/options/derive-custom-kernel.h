// Linux 6.18's derive flags: every struct and union (anonymous members'
// types, opaque and incomplete ones too, as in bindgen) derives
// MaybeZeroable; bindgen's own helper types (__BindgenBitfieldUnit,
// __IncompleteArrayField) and enums do not. The output is compiled against a
// stand-in derive macro that fails on anything but a named, non-generic type.
// RUN: mkdir -p %t.d
// RUN: %rustc --edition 2021 --crate-type proc-macro %S/../Inputs/maybe_zeroable.rs -o %t.d/libmaybe_zeroable.so
// RUN: %kbindgen %s --use-core --with-derive-custom-struct '.*=MaybeZeroable' \
// RUN:   --with-derive-custom-union '.*=MaybeZeroable' --opaque-type opq \
// RUN:   --raw-line 'use maybe_zeroable::MaybeZeroable;' -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check-core %t.rs --extern maybe_zeroable=%t.d/libmaybe_zeroable.so
// RUN: %rustfmt-check %t.rs

struct fwd;
struct outer {
  int a;
  union { int i; char c; };
  unsigned bf : 3;
};
struct opq { int secret; };
struct flex { int n; int data[]; };
enum e { E1 };

// CHECK:      #[derive(Copy, Clone, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
// CHECK-NEXT: pub struct __BindgenBitfieldUnit<Storage> {
// CHECK:      #[derive(Default)]
// CHECK-NEXT: pub struct __IncompleteArrayField<T>(::core::marker::PhantomData<T>, [T; 0]);
// CHECK:      #[derive(Debug, MaybeZeroable)]
// CHECK-NEXT: pub struct fwd {
// CHECK:      #[derive(Copy, Clone, MaybeZeroable)]
// CHECK-NEXT: pub struct outer {
// CHECK:      #[derive(Copy, Clone, MaybeZeroable)]
// CHECK-NEXT: pub union outer__bindgen_ty_1 {
// CHECK:      #[derive(Debug, Copy, Clone, MaybeZeroable)]
// CHECK-NEXT: pub struct opq {
// CHECK-NEXT:     pub _bindgen_opaque_blob: u32,
// CHECK:      #[derive(Debug, MaybeZeroable)]
// CHECK-NEXT: pub struct flex {
// CHECK:      pub type e = ::core::ffi::c_uint;
