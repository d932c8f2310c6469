#[repr(C)]
#[derive(Copy, Clone, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct __BindgenBitfieldUnit<Storage> {
    storage: Storage,
}
impl<Storage> __BindgenBitfieldUnit<Storage> {
    #[inline]
    pub const fn new(storage: Storage) -> Self {
        Self { storage }
    }
}
impl<Storage> __BindgenBitfieldUnit<Storage>
where
    Storage: AsRef<[u8]> + AsMut<[u8]>,
{
    #[inline]
    fn mask(index: usize) -> u8 {
        let bit = if cfg!(target_endian = "big") {
            7 - (index % 8)
        } else {
            index % 8
        };
        1 << bit
    }
    #[inline]
    fn value_bit(i: usize, bit_width: u8) -> usize {
        if cfg!(target_endian = "big") {
            bit_width as usize - 1 - i
        } else {
            i
        }
    }
    #[inline]
    pub fn get_bit(&self, index: usize) -> bool {
        self.storage.as_ref()[index / 8] & Self::mask(index) != 0
    }
    #[inline]
    pub unsafe fn raw_get_bit(this: *const Self, index: usize) -> bool {
        let storage = unsafe { ::std::ptr::addr_of!((*this).storage) as *const u8 };
        unsafe { *storage.add(index / 8) & Self::mask(index) != 0 }
    }
    #[inline]
    pub fn set_bit(&mut self, index: usize, val: bool) {
        let byte = &mut self.storage.as_mut()[index / 8];
        if val {
            *byte |= Self::mask(index)
        } else {
            *byte &= !Self::mask(index)
        }
    }
    #[inline]
    pub unsafe fn raw_set_bit(this: *mut Self, index: usize, val: bool) {
        let storage = unsafe { ::std::ptr::addr_of_mut!((*this).storage) as *mut u8 };
        let byte = unsafe { &mut *storage.add(index / 8) };
        if val {
            *byte |= Self::mask(index)
        } else {
            *byte &= !Self::mask(index)
        }
    }
    #[inline]
    pub fn get(&self, bit_offset: usize, bit_width: u8) -> u64 {
        let mut val = 0;
        for i in 0..(bit_width as usize) {
            if self.get_bit(i + bit_offset) {
                val |= 1 << Self::value_bit(i, bit_width);
            }
        }
        val
    }
    #[inline]
    pub unsafe fn raw_get(this: *const Self, bit_offset: usize, bit_width: u8) -> u64 {
        let mut val = 0;
        for i in 0..(bit_width as usize) {
            if unsafe { Self::raw_get_bit(this, i + bit_offset) } {
                val |= 1 << Self::value_bit(i, bit_width);
            }
        }
        val
    }
    #[inline]
    pub fn set(&mut self, bit_offset: usize, bit_width: u8, val: u64) {
        for i in 0..(bit_width as usize) {
            let bit = val & (1 << i) != 0;
            self.set_bit(Self::value_bit(i, bit_width) + bit_offset, bit);
        }
    }
    #[inline]
    pub unsafe fn raw_set(this: *mut Self, bit_offset: usize, bit_width: u8, val: u64) {
        for i in 0..(bit_width as usize) {
            let bit = val & (1 << i) != 0;
            unsafe { Self::raw_set_bit(this, Self::value_bit(i, bit_width) + bit_offset, bit) };
        }
    }
}
impl<const N: usize> __BindgenBitfieldUnit<[u8; N]> {
    #[inline]
    const fn const_mask(index: usize) -> u8 {
        let bit = if cfg!(target_endian = "big") {
            7 - (index % 8)
        } else {
            index % 8
        };
        1 << bit
    }
    #[inline]
    const fn const_value_bit(i: usize, bit_width: u8) -> usize {
        if cfg!(target_endian = "big") {
            bit_width as usize - 1 - i
        } else {
            i
        }
    }
    #[inline]
    pub const fn get_const<const BIT_OFFSET: usize, const BIT_WIDTH: u8>(&self) -> u64 {
        let mut val = 0;
        let mut i = 0;
        while i < BIT_WIDTH as usize {
            let index = i + BIT_OFFSET;
            if self.storage[index / 8] & Self::const_mask(index) != 0 {
                val |= 1 << Self::const_value_bit(i, BIT_WIDTH);
            }
            i += 1;
        }
        val
    }
    #[inline]
    pub fn set_const<const BIT_OFFSET: usize, const BIT_WIDTH: u8>(&mut self, val: u64) {
        self.set(BIT_OFFSET, BIT_WIDTH, val)
    }
    #[inline]
    pub const unsafe fn raw_get_const<const BIT_OFFSET: usize, const BIT_WIDTH: u8>(
        this: *const Self,
    ) -> u64 {
        let storage = unsafe { ::std::ptr::addr_of!((*this).storage) as *const u8 };
        let mut val = 0;
        let mut i = 0;
        while i < BIT_WIDTH as usize {
            let index = i + BIT_OFFSET;
            if unsafe { *storage.add(index / 8) } & Self::const_mask(index) != 0 {
                val |= 1 << Self::const_value_bit(i, BIT_WIDTH);
            }
            i += 1;
        }
        val
    }
    #[inline]
    pub unsafe fn raw_set_const<const BIT_OFFSET: usize, const BIT_WIDTH: u8>(
        this: *mut Self,
        val: u64,
    ) {
        unsafe { Self::raw_set(this, BIT_OFFSET, BIT_WIDTH, val) }
    }
}
