// A stand-in for async-io: async fns a dependent crate awaits, one generic over the
// closure it is given, one pinning its argument with lite's statement `pin!`.
use lite::{pin, poll_fn};
use std::future::Future;
use std::task::Poll;

pub struct Line {
    fd: u64,
    label: [u8; 12],
}

impl Line {
    pub fn new(fd: u64) -> Line {
        Line { fd, label: [0; 12] }
    }

    pub async fn recv(&self, buf: &mut [u8]) -> usize {
        self.wait_with(|line| line.fd as usize + buf.len()).await
    }

    async fn wait_with<R>(&self, mut op: impl FnMut(&Line) -> R) -> R {
        optimistic(Ready { ticks: [0; 3], label: self.label }).await;
        op(self)
    }
}

struct Ready {
    ticks: [u64; 3],
    label: [u8; 12],
}

impl Future for Ready {
    type Output = ();
    fn poll(self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> Poll<()> {
        Poll::Ready(())
    }
}

async fn optimistic(fut: impl Future<Output = ()>) {
    let mut polled = false;
    pin!(fut);
    poll_fn(|cx| {
        if !polled {
            polled = true;
            fut.as_mut().poll(cx)
        } else {
            Poll::Ready(())
        }
    })
    .await
}
