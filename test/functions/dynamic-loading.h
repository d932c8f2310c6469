// --dynamic-loading NAME: functions and extern variables are reached through
// a libloading struct NAME (bindgen 0.72's shape) instead of extern blocks;
// types and constants are unchanged. The output is type-checked against
// Inputs/libloading.rs, a stand-in for the libloading crate (the real one is
// not available offline) with the API the bindings use.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %rustc --edition 2021 --crate-type rlib --crate-name libloading \
// RUN:   -o %t/liblibloading.rlib %S/Inputs/libloading.rs
// RUN: %kbindgen %s --dynamic-loading Dev -- %target > %t/dyn.rs
// RUN: FileCheck --match-full-lines %s < %t/dyn.rs
// RUN: %rustc-check %t/dyn.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/dyn.rs
// RUN: %kbindgen %s --dynamic-loading Dev --dynamic-link-require-all -- %target > %t/req.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=REQ < %t/req.rs
// RUN: %rustc-check %t/req.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/req.rs
// RUN: %kbindgen %s --dynamic-loading Dev --wrap-unsafe-ops -- %target > %t/wrap.rs
// RUN: FileCheck --match-full-lines %s --check-prefix=WRAP < %t/wrap.rs
// RUN: %rustc-check %t/wrap.rs --extern libloading=%t/liblibloading.rlib
// RUN: %rustfmt-check %t/wrap.rs

struct point { int x, y; };
/// Opens the device.
int dev_open(const char *name, unsigned flags);
void dev_close(int);
struct point *dev_origin(void);
int dev_log(const char *fmt, ...);
int dev_count;
extern const int dev_limit;
extern struct point dev_points[4];
static const int dev_default = 3;
int dev_rename(const char *) __asm__("dev_rename_v2");

// CHECK-NOT:  extern "C"
// CHECK:      pub struct point {
// CHECK:      pub const dev_default: ::std::os::raw::c_int = 3;
// CHECK-NEXT: pub struct Dev {
// CHECK-NEXT:     __library: ::libloading::Library,
// CHECK-NEXT:     pub dev_open: Result<
// CHECK-NEXT:         unsafe extern "C" fn(
// CHECK-NEXT:             name: *const ::std::os::raw::c_char,
// CHECK-NEXT:             flags: ::std::os::raw::c_uint,
// CHECK-NEXT:         ) -> ::std::os::raw::c_int,
// CHECK-NEXT:         ::libloading::Error,
// CHECK-NEXT:     >,
// CHECK-NEXT:     pub dev_close: Result<unsafe extern "C" fn(arg1: ::std::os::raw::c_int), ::libloading::Error>,
// CHECK-NEXT:     pub dev_origin: Result<unsafe extern "C" fn() -> *mut point, ::libloading::Error>,
// CHECK-NEXT:     pub dev_log: Result<
// CHECK-NEXT:         unsafe extern "C" fn(fmt: *const ::std::os::raw::c_char, ...) -> ::std::os::raw::c_int,
// CHECK-NEXT:         ::libloading::Error,
// CHECK-NEXT:     >,
// CHECK-NEXT:     pub dev_count: Result<*mut ::std::os::raw::c_int, ::libloading::Error>,
// CHECK-NEXT:     pub dev_limit: Result<*mut ::std::os::raw::c_int, ::libloading::Error>,
// CHECK-NEXT:     pub dev_points: Result<*mut [point; 4usize], ::libloading::Error>,
// CHECK-NEXT:     pub dev_rename: Result<
// CHECK-NEXT:         unsafe extern "C" fn(arg1: *const ::std::os::raw::c_char) -> ::std::os::raw::c_int,
// CHECK-NEXT:         ::libloading::Error,
// CHECK-NEXT:     >,
// CHECK-NEXT: }
// CHECK-NEXT: impl Dev {
// CHECK-NEXT:     pub unsafe fn new<P>(path: P) -> Result<Self, ::libloading::Error>
// CHECK-NEXT:     where
// CHECK-NEXT:         P: AsRef<::std::ffi::OsStr>,
// CHECK-NEXT:     {
// CHECK-NEXT:         let path = path.as_ref();
// CHECK-NEXT:         let library = ::libloading::Library::new(path)?;
// CHECK-NEXT:         Self::from_library(library)
// CHECK-NEXT:     }
// CHECK-NEXT:     pub unsafe fn from_library<L>(library: L) -> Result<Self, ::libloading::Error>
// CHECK-NEXT:     where
// CHECK-NEXT:         L: Into<::libloading::Library>,
// CHECK-NEXT:     {
// CHECK-NEXT:         let __library = library.into();
// CHECK-NEXT:         let dev_open = __library.get(b"dev_open\0").map(|sym| *sym);
// CHECK-NEXT:         let dev_close = __library.get(b"dev_close\0").map(|sym| *sym);
// CHECK-NEXT:         let dev_origin = __library.get(b"dev_origin\0").map(|sym| *sym);
// CHECK-NEXT:         let dev_log = __library.get(b"dev_log\0").map(|sym| *sym);
// CHECK-NEXT:         let dev_count = __library
// CHECK-NEXT:             .get::<*mut ::std::os::raw::c_int>(b"dev_count\0")
// CHECK-NEXT:             .map(|sym| *sym);
// CHECK-NEXT:         let dev_limit = __library
// CHECK-NEXT:             .get::<*mut ::std::os::raw::c_int>(b"dev_limit\0")
// CHECK-NEXT:             .map(|sym| *sym);
// CHECK-NEXT:         let dev_points = __library
// CHECK-NEXT:             .get::<*mut [point; 4usize]>(b"dev_points\0")
// CHECK-NEXT:             .map(|sym| *sym);
// CHECK-NEXT:         let dev_rename = __library.get(b"dev_rename_v2\0").map(|sym| *sym);
// CHECK-NEXT:         Ok(Dev {
// CHECK-NEXT:             __library,
// CHECK-NEXT:             dev_open,
// CHECK-NEXT:             dev_close,
// CHECK-NEXT:             dev_origin,
// CHECK-NEXT:             dev_log,
// CHECK-NEXT:             dev_count,
// CHECK-NEXT:             dev_limit,
// CHECK-NEXT:             dev_points,
// CHECK-NEXT:             dev_rename,
// CHECK-NEXT:         })
// CHECK-NEXT:     }
// CHECK-NEXT:     /// Opens the device.
// CHECK-NEXT:     pub unsafe fn dev_open(
// CHECK-NEXT:         &self,
// CHECK-NEXT:         name: *const ::std::os::raw::c_char,
// CHECK-NEXT:         flags: ::std::os::raw::c_uint,
// CHECK-NEXT:     ) -> ::std::os::raw::c_int {
// CHECK-NEXT:         (self
// CHECK-NEXT:             .dev_open
// CHECK-NEXT:             .as_ref()
// CHECK-NEXT:             .expect("Expected function, got error."))(name, flags)
// CHECK-NEXT:     }
// CHECK-NEXT:     pub unsafe fn dev_close(&self, arg1: ::std::os::raw::c_int) {
// CHECK-NEXT:         (self
// CHECK-NEXT:             .dev_close
// CHECK-NEXT:             .as_ref()
// CHECK-NEXT:             .expect("Expected function, got error."))(arg1)
// CHECK-NEXT:     }
// CHECK-NEXT:     pub unsafe fn dev_origin(&self) -> *mut point {
// CHECK-NEXT:         (self
// CHECK-NEXT:             .dev_origin
// CHECK-NEXT:             .as_ref()
// CHECK-NEXT:             .expect("Expected function, got error."))()
// CHECK-NEXT:     }
// CHECK-NEXT:     pub unsafe fn dev_count(&self) -> *mut ::std::os::raw::c_int {
// CHECK-NEXT:         *self
// CHECK-NEXT:             .dev_count
// CHECK-NEXT:             .as_ref()
// CHECK-NEXT:             .expect("Expected variable, got error.")
// CHECK-NEXT:     }
// CHECK:          pub unsafe fn dev_rename(&self, arg1: *const ::std::os::raw::c_char) -> ::std::os::raw::c_int {
// CHECK-NEXT:         (self
// CHECK-NEXT:             .dev_rename
// CHECK-NEXT:             .as_ref()
// CHECK-NEXT:             .expect("Expected function, got error."))(arg1)
// CHECK-NEXT:     }
// CHECK-NEXT: }

// The variadic function has a field but no method.
// CHECK-NOT:  pub unsafe fn dev_log

// REQ:          pub dev_close: unsafe extern "C" fn(arg1: ::std::os::raw::c_int),
// REQ:          pub dev_count: *mut ::std::os::raw::c_int,
// REQ:          let dev_open = __library.get(b"dev_open\0").map(|sym| *sym)?;
// REQ:          let dev_count = __library
// REQ-NEXT:         .get::<*mut ::std::os::raw::c_int>(b"dev_count\0")
// REQ-NEXT:         .map(|sym| *sym)?;
// REQ:          pub unsafe fn dev_close(&self, arg1: ::std::os::raw::c_int) {
// REQ-NEXT:         (self.dev_close)(arg1)
// REQ-NEXT:     }
// REQ:          pub unsafe fn dev_count(&self) -> *mut ::std::os::raw::c_int {
// REQ-NEXT:         self.dev_count
// REQ-NEXT:     }

// WRAP:         let library = unsafe { ::libloading::Library::new(path) }?;
// WRAP-NEXT:    unsafe { Self::from_library(library) }
// WRAP:         let dev_open = unsafe { __library.get(b"dev_open\0") }.map(|sym| *sym);
// WRAP:         let dev_count =
// WRAP-NEXT:        unsafe { __library.get::<*mut ::std::os::raw::c_int>(b"dev_count\0") }.map(|sym| *sym);
// WRAP:         pub unsafe fn dev_close(&self, arg1: ::std::os::raw::c_int) {
// WRAP-NEXT:        unsafe {
// WRAP-NEXT:            (self
// WRAP-NEXT:                .dev_close
// WRAP-NEXT:                .as_ref()
// WRAP-NEXT:                .expect("Expected function, got error."))(arg1)
// WRAP-NEXT:        }
// WRAP-NEXT:    }
