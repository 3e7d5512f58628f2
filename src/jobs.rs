//! Work that can take more than a tenth of a second, done on a worker thread: its progress,
//! a way to cancel it, and its result when it is done. No egui: the window shows it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::time::Duration;

/// How far a job has come, and whether it was asked to stop.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
}

impl Progress {
    /// Progress towards `total` units (bytes, rows); 0 when the amount is not known.
    pub fn new(total: u64) -> Self {
        Self {
            total: AtomicU64::new(total),
            ..Self::default()
        }
    }

    /// Some more units done.
    pub fn advance(&self, amount: u64) {
        self.done.fetch_add(amount, Ordering::Relaxed);
    }

    /// The share done, 0 … 1, when the total is known.
    pub fn fraction(&self) -> Option<f32> {
        let total = self.total.load(Ordering::Relaxed);
        (total > 0).then(|| {
            (self.done.load(Ordering::Relaxed) as f64 / total as f64).clamp(0.0, 1.0) as f32
        })
    }

    /// Asks the job to stop as soon as it can.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether the job was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// A job running on a worker thread.
pub struct Job<T> {
    progress: Arc<Progress>,
    result: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a worker thread with a progress towards `total`; `wake` is called
    /// when it is done (the window asks for a frame).
    pub fn spawn(
        total: u64,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
        wake: impl FnOnce() + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::new(total));
        let (sender, result) = channel();
        let shared = Arc::clone(&progress);
        std::thread::spawn(move || {
            let value = work(&shared);
            // Nobody waits any more when the window was closed.
            let _ = sender.send(value);
            wake();
        });
        Self { progress, result }
    }
}

impl<T> Job<T> {
    /// The job's progress.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// The result if the job is done; [`JobLost`] if it ended without one (it panicked).
    pub fn try_take(&self) -> Result<Option<T>, JobLost> {
        match self.result.try_recv() {
            Ok(value) => Ok(Some(value)),
            Err(TryRecvError::Empty) => Ok(None),
            Err(TryRecvError::Disconnected) => Err(JobLost),
        }
    }

    /// Waits up to `timeout` for the result: short work is then done before the window
    /// would show any progress.
    pub fn wait(&self, timeout: Duration) -> Result<Option<T>, JobLost> {
        match self.result.recv_timeout(timeout) {
            Ok(value) => Ok(Some(value)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(JobLost),
        }
    }
}

/// A job that ended without a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JobLost;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_reports_its_progress_and_its_result() {
        let job = Job::spawn(
            10,
            |progress| {
                progress.advance(5);
                42
            },
            || {},
        );
        assert_eq!(job.wait(Duration::from_secs(5)), Ok(Some(42)));
        assert_eq!(job.progress().fraction(), Some(0.5));
    }

    #[test]
    fn a_cancelled_job_stops_and_says_so() {
        let (go, wait) = channel::<()>();
        let job = Job::spawn(
            0,
            move |progress| {
                let _ = wait.recv();
                progress.is_cancelled()
            },
            || {},
        );
        assert_eq!(job.try_take(), Ok(None));
        assert_eq!(job.progress().fraction(), None);
        job.progress().cancel();
        go.send(()).unwrap();
        assert_eq!(job.wait(Duration::from_secs(5)), Ok(Some(true)));
    }
}
