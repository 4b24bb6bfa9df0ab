//! The drain deadline's last step: wakes every remaining connection task so that it drops its sockets.
//!
//! A monoio runtime that is dropped while tasks still wait on I/O leaks
//! those tasks, and with them their client and target sockets: the peers
//! would hang until the process exits, and an in-process `Server` (tests,
//! `portcullis demo`) would keep the descriptors forever. Each connection
//! task therefore races its work against [`KillSwitch::killed`]; firing the
//! switch completes that future, the work future is dropped, and the
//! sockets close.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// One shard's switch; thread-local, so `Cell`/`RefCell` suffice.
#[derive(Default)]
pub(super) struct KillSwitch {
    fired: Cell<bool>,
    next_id: Cell<u64>,
    /// Tasks waiting on [`Killed`], by registration id.
    waiting: RefCell<HashMap<u64, Waker>>,
}

impl KillSwitch {
    /// Resolves once [`KillSwitch::fire`] is called.
    pub(super) fn killed(self: &Rc<Self>) -> Killed {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        Killed {
            switch: self.clone(),
            id,
            registered: false,
        }
    }

    /// Completes every pending and future [`Killed`].
    pub(super) fn fire(&self) {
        self.fired.set(true);
        // Collected first: waking must not happen while the map is borrowed.
        let wakers: Vec<Waker> = self.waiting.borrow_mut().drain().map(|(_, w)| w).collect();
        for w in wakers {
            w.wake();
        }
    }
}

/// Future returned by [`KillSwitch::killed`].
pub(super) struct Killed {
    switch: Rc<KillSwitch>,
    id: u64,
    registered: bool,
}

impl Future for Killed {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.switch.fired.get() {
            return Poll::Ready(());
        }
        // Registered once: only the connection task that owns this future
        // polls it, so its first waker stays the right one, and the task
        // polls this on every wake-up (a map lookup each time would cost).
        if !self.registered {
            let waker = cx.waker().clone();
            self.switch.waiting.borrow_mut().insert(self.id, waker);
            self.registered = true;
        }
        Poll::Pending
    }
}

impl Drop for Killed {
    fn drop(&mut self) {
        if self.registered {
            self.switch.waiting.borrow_mut().remove(&self.id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firing_completes_waiting_tasks_and_dropped_waiters_unregister() {
        let mut rt = monoio::RuntimeBuilder::<monoio::LegacyDriver>::new()
            .enable_timer()
            .build()
            .unwrap();
        rt.block_on(async {
            let switch = Rc::new(KillSwitch::default());
            let done = Rc::new(Cell::new(0));
            for _ in 0..3 {
                let (k, done) = (switch.killed(), done.clone());
                monoio::spawn(async move {
                    k.await;
                    done.set(done.get() + 1);
                });
            }
            // A waiter that goes away before the switch fires leaves nothing behind.
            let gone = switch.killed();
            let _ = monoio::time::timeout(std::time::Duration::from_millis(1), gone).await;
            monoio::time::sleep(std::time::Duration::from_millis(5)).await;
            assert_eq!(switch.waiting.borrow().len(), 3);
            switch.fire();
            monoio::time::sleep(std::time::Duration::from_millis(5)).await;
            assert_eq!(done.get(), 3);
            assert!(switch.waiting.borrow().is_empty());
            // Fired for good: a later waiter completes at once.
            switch.killed().await;
        });
    }
}
