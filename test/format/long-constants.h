// Enum constants whose `pub const NAME: TYPE =` alone exceeds 100 columns
// (common in <linux/videodev2.h>, where 2,500 such lines make the uapi
// bindings rustfmt-unclean) are broken after the colon, as rustfmt does;
// a head that fits keeps the value on the next line.
// RUN: %kbindgen %s -- %target > %t.rs
// RUN: FileCheck --match-full-lines %s < %t.rs
// RUN: %rustc-check %t.rs
// RUN: %rustfmt-check %t.rs

enum v4l2_power_line_frequency {
  V4L2_CID_POWER_LINE_FREQUENCY_DISABLED = 0,
  V4L2_CID_POWER_LINE_FREQUENCY_50HZ = 1,
};

// CHECK:      pub const v4l2_power_line_frequency_V4L2_CID_POWER_LINE_FREQUENCY_DISABLED:
// CHECK-NEXT:     v4l2_power_line_frequency = 0;
// CHECK-NEXT: pub const v4l2_power_line_frequency_V4L2_CID_POWER_LINE_FREQUENCY_50HZ: v4l2_power_line_frequency =
// CHECK-NEXT:     1;
// CHECK-NEXT: pub type v4l2_power_line_frequency = ::std::os::raw::c_uint;
