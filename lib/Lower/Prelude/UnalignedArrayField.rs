#[repr(C)]
#[derive(Default)]
pub struct __BindgenUnalignedArrayField<T>(::std::marker::PhantomData<T>, [u8; 0]);
impl<T> __BindgenUnalignedArrayField<T> {
    #[inline]
    pub const fn new() -> Self {
        __BindgenUnalignedArrayField(::std::marker::PhantomData, [])
    }
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self as *const _ as *const T
    }
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut _ as *mut T
    }
    #[inline]
    pub unsafe fn read(&self, index: usize) -> T {
        unsafe { self.as_ptr().add(index).read_unaligned() }
    }
    #[inline]
    pub unsafe fn write(&mut self, index: usize, val: T) {
        unsafe { self.as_mut_ptr().add(index).write_unaligned(val) }
    }
}
impl<T> ::std::fmt::Debug for __BindgenUnalignedArrayField<T> {
    fn fmt(&self, fmt: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        fmt.write_str("__BindgenUnalignedArrayField")
    }
}
