// A field whose generic type does not fit after its name moves to the next
// line whole when it fits there, as rustfmt does, before breaking inside
// `<...>` (seen on <linux/smc_diag.h>'s rdma uverbs structs).
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

struct ib_uverbs_flow_spec_hdr {
  unsigned int type;
  unsigned long long flow_spec_data[0];
};
struct ib_uverbs_flow_spec_tcp_udp {
  union {
    struct ib_uverbs_flow_spec_hdr hdr;
    struct {
      unsigned int type;
      unsigned short size;
      unsigned short reserved;
    };
  };
};

// CHECK:      pub struct ib_uverbs_flow_spec_tcp_udp__bindgen_ty_1 {
// CHECK-NEXT:     pub hdr: __BindgenUnionField<ib_uverbs_flow_spec_hdr>,
// CHECK-NEXT:     pub __bindgen_anon_1:
// CHECK-NEXT:         __BindgenUnionField<ib_uverbs_flow_spec_tcp_udp__bindgen_ty_1__bindgen_ty_1>,
