//! A fixed set of threads for costly CPU work (password hashing): at most `threads` jobs run at
//! once and at most `queue` wait; beyond that a request is told to come back (503) instead of
//! piling up memory. The same threads run every job, so the memory a hash needs (argon2id: 19 MiB)
//! is reused by the next one instead of being kept by one more allocator arena per thread.

use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};

type Job = Box<dyn FnOnce() + Send>;

/// The work could not be queued: everything is busy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

pub struct Workers {
    jobs: SyncSender<Job>,
}

impl Workers {
    /// Starts `threads` named threads (at least one) that take jobs from a queue of `queue`.
    pub fn start(name: &str, threads: usize, queue: usize) -> Workers {
        let (jobs, rx) = mpsc::sync_channel::<Job>(queue);
        let rx: Arc<Mutex<Receiver<Job>>> = Arc::new(Mutex::new(rx));
        for i in 0..threads.max(1) {
            let rx = Arc::clone(&rx);
            let spawned = std::thread::Builder::new()
                .name(format!("{name}-{i}"))
                .spawn(move || {
                    loop {
                        // The lock is held only while waiting for the next job.
                        let job = match rx.lock() {
                            Ok(guard) => guard.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "a worker thread could not start");
            }
        }
        Workers { jobs }
    }

    /// Runs `f` on one of the threads and waits for its answer without blocking the async
    /// threads; `Busy` when the queue is full.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = tx.send(f());
        });
        match self.jobs.try_send(job) {
            Ok(()) => {
                metrics::gauge!("password_hash_queued").increment(1.0);
                let answer = rx.await.map_err(|_| Busy);
                metrics::gauge!("password_hash_queued").decrement(1.0);
                answer
            }
            Err(TrySendError::Full(_)) => {
                metrics::counter!("password_hash_refused_total").increment(1);
                Err(Busy)
            }
            Err(TrySendError::Disconnected(_)) => Err(Busy),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn at_most_threads_plus_queue_are_taken() {
        let workers = Arc::new(Workers::start("test", 1, 2));
        let gate = Arc::new(std::sync::Barrier::new(2));
        // One running (held at the barrier), two waiting: the fourth is refused.
        let mut waiting = Vec::new();
        for _ in 0..3 {
            let w = Arc::clone(&workers);
            let g = Arc::clone(&gate);
            waiting.push(tokio::spawn(async move {
                w.run(move || {
                    g.wait();
                    1
                })
                .await
            }));
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(workers.run(|| 2).await, Err(Busy));
        // Let the three through (each waits for a partner at the barrier).
        for _ in 0..3 {
            gate.wait();
        }
        for w in waiting {
            assert_eq!(w.await.unwrap(), Ok(1));
        }
        assert_eq!(workers.run(|| 3).await, Ok(3));
    }
}
