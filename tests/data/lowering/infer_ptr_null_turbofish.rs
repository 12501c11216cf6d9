// Inference: `std::ptr::null_mut::<T>()` / `std::ptr::null::<T>()` take `T` from the
// turbofish (core::ptr's `fn null_mut<T>() -> *mut T`), so the saved raw pointers are typed
// and sized: a thin pointer is 8 bytes.
async fn tick() {}

pub async fn pointers() -> bool {
    let written = std::ptr::null_mut::<u64>();
    let read = std::ptr::null::<[u8; 4]>();
    tick().await;
    written.is_null() && read.is_null()
}

fn main() {
    let _ = pointers();
}
