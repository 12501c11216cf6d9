// A binding in an enum variant's pattern (tuple or struct variant, by value or through a reference's default binding mode) has the variant's field type (rustc_hir_typeck pat.rs check_pat_tuple_struct / check_struct_pat_fields), so an awaited payload and a payload kept across an await are laid out.
#![allow(unused)]

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

async fn tick() {
    tokio::task::yield_now().await;
}

pub struct Job {
    id: u32,
    payload: [u8; 20],
}

impl Future for Job {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(self.id)
    }
}

enum Slot {
    Running(Job),
    Done(u32),
    Named { label: [u64; 3], code: u16 },
}

pub struct Runner {
    slot: Slot,
}

async fn await_payload(slot: Slot) -> u32 {
    match slot {
        Slot::Running(job) => job.await,
        Slot::Done(code) => code,
        Slot::Named { code, .. } => code as u32,
    }
}

async fn await_through_reference(runner: &mut Runner) -> u32 {
    match &mut runner.slot {
        Slot::Running(job) => {
            let out = job.await;
            tick().await;
            out
        }
        Slot::Done(code) => *code,
        Slot::Named { label, code } => {
            tick().await;
            label[0] as u32 + *code as u32
        }
    }
}
