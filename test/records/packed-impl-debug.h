// --impl-debug on a packed record (which cannot derive Debug with a
// flexible array member): `write!` takes references, which rustc refuses to
// unaligned fields of a packed struct (E0793), so each Copy field above
// 1-byte alignment is copied out first, `{ self.i }`; the call is broken
// where rustfmt breaks it (arguments over 60 columns).
// RUN: %kbindgen %s --impl-debug -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct __attribute__((packed)) pdbg {
  char c;
  int i;
  unsigned char area[];
};

struct __attribute__((packed)) pdbg_long {
  char tag;
  unsigned long long first_long_field_name;
  unsigned short second_long_field_name;
  unsigned char area[];
};

// CHECK:      #[repr(C, packed)]
// CHECK-NEXT: pub struct pdbg {
// CHECK-NEXT:     pub c: ::std::os::raw::c_char,
// CHECK-NEXT:     pub i: ::std::os::raw::c_int,
// CHECK-NEXT:     pub area: __IncompleteArrayField<::std::os::raw::c_uchar>,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pdbg"][::std::mem::size_of::<pdbg>() - 5usize];
// CHECK-NEXT:     ["Alignment of pdbg"][::std::mem::align_of::<pdbg>() - 1usize];
// CHECK-NEXT:     ["Offset of field: pdbg::c"][::std::mem::offset_of!(pdbg, c) - 0usize];
// CHECK-NEXT:     ["Offset of field: pdbg::i"][::std::mem::offset_of!(pdbg, i) - 1usize];
// CHECK-NEXT:     ["Offset of field: pdbg::area"][::std::mem::offset_of!(pdbg, area) - 5usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl ::std::fmt::Debug for pdbg {
// CHECK-NEXT:     fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
// CHECK-NEXT:         write!(
// CHECK-NEXT:             f,
// CHECK-NEXT:             "pdbg {{\{\{}} c: {:?}, i: {:?}, area: {:?} }}",
// CHECK-NEXT:             self.c,
// CHECK-NEXT:             { self.i },
// CHECK-NEXT:             self.area,
// CHECK-NEXT:         )
// CHECK-NEXT:     }
// CHECK-NEXT: }
// CHECK-NEXT: #[repr(C, packed)]
// CHECK-NEXT: pub struct pdbg_long {
// CHECK-NEXT:     pub tag: ::std::os::raw::c_char,
// CHECK-NEXT:     pub first_long_field_name: ::std::os::raw::c_ulonglong,
// CHECK-NEXT:     pub second_long_field_name: ::std::os::raw::c_ushort,
// CHECK-NEXT:     pub area: __IncompleteArrayField<::std::os::raw::c_uchar>,
// CHECK-NEXT: }
// CHECK-NEXT: #[allow(clippy::unnecessary_operation, clippy::identity_op)]
// CHECK-NEXT: const _: () = {
// CHECK-NEXT:     ["Size of pdbg_long"][::std::mem::size_of::<pdbg_long>() - 11usize];
// CHECK-NEXT:     ["Alignment of pdbg_long"][::std::mem::align_of::<pdbg_long>() - 1usize];
// CHECK-NEXT:     ["Offset of field: pdbg_long::tag"][::std::mem::offset_of!(pdbg_long, tag) - 0usize];
// CHECK-NEXT:     ["Offset of field: pdbg_long::first_long_field_name"]
// CHECK-NEXT:         [::std::mem::offset_of!(pdbg_long, first_long_field_name) - 1usize];
// CHECK-NEXT:     ["Offset of field: pdbg_long::second_long_field_name"]
// CHECK-NEXT:         [::std::mem::offset_of!(pdbg_long, second_long_field_name) - 9usize];
// CHECK-NEXT:     ["Offset of field: pdbg_long::area"][::std::mem::offset_of!(pdbg_long, area) - 11usize];
// CHECK-NEXT: };
// CHECK-NEXT: impl ::std::fmt::Debug for pdbg_long {
// CHECK-NEXT:     fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
// CHECK-NEXT:         write!(
// CHECK-NEXT:             f,
// CHECK-NEXT:             "pdbg_long {{\{\{}} tag: {:?}, first_long_field_name: {:?}, second_long_field_name: {:?}, area: {:?} }}",
// CHECK-NEXT:             self.tag,
// CHECK-NEXT:             { self.first_long_field_name },
// CHECK-NEXT:             { self.second_long_field_name },
// CHECK-NEXT:             self.area,
// CHECK-NEXT:         )
// CHECK-NEXT:     }
// CHECK-NEXT: }
