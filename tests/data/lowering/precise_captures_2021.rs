// Edition 2021 captures places, not variables (RFC 2229): a closure or async block that
// uses only some fields of a struct stores those fields, each its own upvar.
use std::rc::Rc;

pub struct Job {
    pub name: String,
    pub payload: [u64; 8],
    pub id: u64,
}

pub struct Tracked {
    pub label: String,
    pub count: u64,
}

impl Drop for Tracked {
    fn drop(&mut self) {}
}

pub struct Shared {
    pub title: String,
    pub local: Rc<u8>,
}

async fn tick() {}

// A move block that reads one field holds that field alone.
pub async fn one_field(job: Job) -> usize {
    let len = async move { job.name.len() };
    tick().await;
    len.await
}

// A move block storing two fields: one moved, one Copy.
pub async fn two_fields(job: Job) -> usize {
    let b = async move {
        let n = job.name;
        tick().await;
        n.len() + job.id as usize
    };
    b.await
}

// Without `move`: the moved field by value, the read one by reference.
pub async fn moved_and_borrowed(job: Job) -> usize {
    let b = async {
        let n = job.name;
        tick().await;
        n.len() + job.id as usize
    };
    b.await
}

// A use of the whole variable captures all of it.
pub async fn whole_and_field(job: Job) -> usize {
    let b = async move {
        let all = &job;
        tick().await;
        all.id as usize + job.name.len()
    };
    b.await
}

// Through a reference the place stops at the deref: the reference is captured.
pub async fn through_reference(job: &Job) -> usize {
    let b = async move {
        tick().await;
        job.name.len()
    };
    b.await
}

// A type with a Drop impl cannot be moved out of: its non-Copy field's capture is cut to
// the variable; a Copy field is only copied and stays precise.
pub async fn drop_type_moved(t: Tracked) -> usize {
    let b = async move {
        tick().await;
        t.label.len()
    };
    b.await
}

pub async fn drop_type_copied(t: Tracked) -> u64 {
    let b = async move {
        tick().await;
        t.count
    };
    b.await
}

// A closure kept across an await holds only the field it uses.
pub async fn closure_field(job: Job) -> usize {
    let name_len = move || job.name.len();
    tick().await;
    name_len()
}

// The block holds only the `title`, so the `Rc` beside it does not make it !Send.
pub fn spawn_title(shared: Shared) {
    tokio::spawn(async move {
        tick().await;
        shared.title.len()
    });
}
fn main() {}
