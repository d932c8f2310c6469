//! A stand-in for the `libloading` crate with the part of its API that
//! `--dynamic-loading` bindings use (`Library::new`, `Library::get`,
//! `Symbol`'s `Deref`, `Error`), implemented on dlopen/dlsym, so that the
//! tests can compile and run the bindings offline. Not the real crate: no
//! Windows, no error strings from dlerror.

use std::ffi::{c_char, c_int, c_void, CString, OsStr};
use std::marker::PhantomData;
use std::ops::Deref;
use std::os::unix::ffi::OsStrExt;

extern "C" {
    fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    fn dlclose(handle: *mut c_void) -> c_int;
}

const RTLD_NOW: c_int = 2;

#[derive(Debug)]
pub enum Error {
    /// The library could not be opened.
    Open(String),
    /// The symbol is not in the library.
    Symbol(String),
}

pub struct Library(*mut c_void);

impl Library {
    /// # Safety
    /// Opening a library runs its initialisers.
    pub unsafe fn new<P: AsRef<OsStr>>(filename: P) -> Result<Library, Error> {
        let name = filename.as_ref();
        let c = CString::new(name.as_bytes()).map_err(|_| Error::Open(format!("{name:?}")))?;
        let handle = unsafe { dlopen(c.as_ptr(), RTLD_NOW) };
        if handle.is_null() {
            return Err(Error::Open(format!("{name:?}")));
        }
        Ok(Library(handle))
    }

    /// # Safety
    /// T must be the symbol's type; `symbol` must end with a NUL.
    pub unsafe fn get<T>(&self, symbol: &[u8]) -> Result<Symbol<'_, T>, Error> {
        assert_eq!(symbol.last(), Some(&0), "symbol names end with a NUL");
        let ptr = unsafe { dlsym(self.0, symbol.as_ptr().cast()) };
        if ptr.is_null() {
            return Err(Error::Symbol(String::from_utf8_lossy(symbol).into_owned()));
        }
        Ok(Symbol { ptr, marker: PhantomData })
    }
}

impl Drop for Library {
    fn drop(&mut self) {
        unsafe { dlclose(self.0) };
    }
}

/// The address of a symbol, seen as a T (a function pointer or `*mut V`).
pub struct Symbol<'lib, T> {
    ptr: *mut c_void,
    marker: PhantomData<&'lib T>,
}

impl<T> Deref for Symbol<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        assert_eq!(std::mem::size_of::<T>(), std::mem::size_of::<*mut c_void>());
        unsafe { &*(&self.ptr as *const *mut c_void).cast::<T>() }
    }
}
