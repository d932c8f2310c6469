// A packed struct can only derive Debug when all its fields are Copy (the
// derive copies each field out, since references into a packed struct are
// not allowed); a flexible array member is not Copy. Found on
// <linux/btrfs_tree.h>'s btrfs_inode_extref and <linux/if_pppox.h>.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct __attribute__((packed)) inode_extref {
  unsigned long long parent;
  unsigned short name_len;
  unsigned char name[];
};

// CHECK:      #[repr(C, packed)]
// CHECK-NOT:  Debug
// CHECK:      pub struct inode_extref {
// CHECK-NEXT:     pub parent: ::std::os::raw::c_ulonglong,
// CHECK-NEXT:     pub name_len: ::std::os::raw::c_ushort,
// CHECK-NEXT:     pub name: __IncompleteArrayField<::std::os::raw::c_uchar>,
// CHECK-NEXT: }
// CHECK:          ["Size of inode_extref"][::std::mem::size_of::<inode_extref>() - 10usize];
