//! One re-armable timer for all the I/O deadlines of a client connection.
//!
//! The HTTP layer keeps one per connection on the connection's own future
//! (`Deadline<&mut Sleep>`); the TLS bridge keeps a boxed one
//! (`Deadline<Box<Sleep>>`) from a connection's first wait for a request
//! until it goes idle, to notice when it does.
//!
//! A monoio timer costs a clock read, a timer-wheel insertion and a removal,
//! and its 256-byte entry is built and moved with every timeout future: a
//! keep-alive request used to pay that four or five times (idle wait,
//! target write, response read, client write, flush). A [`Deadline`] keeps
//! one timer for the connection and moves it only when an operation needs
//! it to fire *earlier*; a later deadline is only recorded, and checked
//! when the timer fires, which then re-arms it for the recorded instant.
//! A busy connection so re-arms its timer about once per timeout period
//! instead of several times per request (nginx's timers are lazy the same
//! way). Every deadline is still kept exactly: an operation times out at
//! its own deadline, never earlier.
//!
//! Operations use the timer one at a time: each `run_*` call sets the
//! deadline for the future it drives.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::ops::DerefMut;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use monoio::time::{Instant, Sleep};

/// The deadline passed before the operation completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Elapsed;

/// A connection's timer over a pinned `Sleep` behind `P` (`&mut Sleep` or
/// `Box<Sleep>`); see the module documentation.
pub struct Deadline<P: DerefMut<Target = Sleep>> {
    sleep: RefCell<Pin<P>>,
    /// The deadline of the operation in progress (or of the last one).
    wanted: Cell<Instant>,
}

impl<P: DerefMut<Target = Sleep>> Deadline<P> {
    /// A timer over `sleep`, which must not have been polled elsewhere; its
    /// deadline is the first one in force.
    pub fn new(sleep: Pin<P>) -> Self {
        let wanted = Cell::new(sleep.deadline());
        Deadline {
            sleep: RefCell::new(sleep),
            wanted,
        }
    }

    /// Makes `at` the deadline in force. The underlying timer moves only
    /// when `at` is earlier than the instant it is armed for.
    pub fn set(&self, at: Instant) {
        self.wanted.set(at);
        let mut sleep = self.sleep.borrow_mut();
        if at < sleep.deadline() {
            sleep.as_mut().reset(at);
        }
    }

    /// Ready once the deadline in force has passed; a timer that fired
    /// early (armed for an earlier operation) is re-armed instead.
    fn poll_elapsed(&self, cx: &mut Context<'_>) -> Poll<()> {
        let mut sleep = self.sleep.borrow_mut();
        loop {
            std::task::ready!(sleep.as_mut().poll(cx));
            let wanted = self.wanted.get();
            if Instant::now() >= wanted {
                return Poll::Ready(());
            }
            sleep.as_mut().reset(wanted);
        }
    }

    /// Drives `fut` to completion unless `at` passes first. The caller pins
    /// `fut` (`std::pin::pin!`) in its own state: taking it by value would
    /// store it twice in an `async fn`'s state, and connection futures are
    /// what idle connections cost.
    pub fn run_until<'a, F: Future>(
        &'a self,
        at: Instant,
        mut fut: Pin<&'a mut F>,
    ) -> impl Future<Output = Result<F::Output, Elapsed>> + 'a
    where
        P: 'a,
    {
        self.set(at);
        std::future::poll_fn(move |cx| {
            if let Poll::Ready(out) = fut.as_mut().poll(cx) {
                return Poll::Ready(Ok(out));
            }
            self.poll_elapsed(cx).map(|()| Err(Elapsed))
        })
    }

    /// Drives `fut` to completion unless it takes longer than `limit`.
    pub fn run_for<'a, F: Future>(
        &'a self,
        limit: Duration,
        fut: Pin<&'a mut F>,
    ) -> impl Future<Output = Result<F::Output, Elapsed>> + 'a
    where
        P: 'a,
    {
        self.run_until(Instant::now() + limit, fut)
    }
}

impl<P: DerefMut<Target = Sleep>> std::fmt::Debug for Deadline<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deadline")
            .field("wanted", &self.wanted.get())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::pin::pin;

    fn block_on<F: Future>(f: F) -> F::Output {
        monoio::RuntimeBuilder::<monoio::FusionDriver>::new()
            .enable_timer()
            .build()
            .unwrap()
            .block_on(f)
    }

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn an_operation_that_finishes_in_time_returns_its_output() {
        block_on(async {
            let sleep = pin!(monoio::time::sleep(ms(1_000)));
            let timer = Deadline::new(sleep);
            let out = timer
                .run_for(ms(200), pin!(monoio::time::sleep(ms(10))))
                .await;
            assert_eq!(out, Ok(()));
        });
    }

    #[test]
    fn an_operation_past_its_deadline_is_stopped_at_that_deadline() {
        block_on(async {
            let sleep = pin!(monoio::time::sleep(ms(10_000)));
            let timer = Deadline::new(sleep);
            let started = Instant::now();
            let out = timer
                .run_for(ms(60), pin!(std::future::pending::<()>()))
                .await;
            assert_eq!(out, Err(Elapsed));
            let took = started.elapsed();
            assert!(took >= ms(60), "stopped after {took:?}");
            assert!(took < ms(2_000), "stopped after {took:?}");
        });
    }

    #[test]
    fn a_later_deadline_is_kept_even_though_the_timer_was_armed_earlier() {
        block_on(async {
            // Armed for 30 ms by a first operation; the second wants 150 ms
            // and must not be stopped when the timer fires at 30 ms.
            let sleep = pin!(monoio::time::sleep(ms(10_000)));
            let timer = Deadline::new(sleep);
            assert_eq!(timer.run_for(ms(30), pin!(async {})).await, Ok(()));
            let started = Instant::now();
            let out = timer
                .run_for(ms(150), pin!(std::future::pending::<()>()))
                .await;
            assert_eq!(out, Err(Elapsed));
            assert!(
                started.elapsed() >= ms(150),
                "stopped after {:?}",
                started.elapsed()
            );
            // And an operation that finishes between the two instants completes.
            assert_eq!(timer.run_for(ms(30), pin!(async {})).await, Ok(()));
            let out = timer
                .run_for(ms(200), pin!(monoio::time::sleep(ms(80))))
                .await;
            assert_eq!(out, Ok(()));
        });
    }

    #[test]
    fn an_earlier_deadline_moves_the_timer() {
        block_on(async {
            let sleep = pin!(monoio::time::sleep(ms(60_000)));
            let timer = Deadline::new(sleep);
            let started = Instant::now();
            let out = timer
                .run_for(ms(40), pin!(std::future::pending::<()>()))
                .await;
            assert_eq!(out, Err(Elapsed));
            assert!(
                started.elapsed() < ms(5_000),
                "stopped after {:?}",
                started.elapsed()
            );
        });
    }

    #[test]
    fn a_timer_that_fired_unwatched_is_rearmed_for_the_next_deadline() {
        block_on(async {
            let sleep = pin!(monoio::time::sleep(ms(20)));
            let timer = Deadline::new(sleep);
            // The timer fires while nothing watches it.
            monoio::time::sleep(ms(50)).await;
            let out = timer
                .run_for(ms(100), pin!(monoio::time::sleep(ms(30))))
                .await;
            assert_eq!(
                out,
                Ok(()),
                "an elapsed timer does not stop a later deadline"
            );
        });
    }
}
