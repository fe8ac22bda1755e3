use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// The end of the whole check's budget; each step takes the shorter of its own timeout and
/// what is left, so no sequence of steps can outlive the budget.
#[derive(Clone, Copy, Debug)]
pub struct Deadline {
    end: Instant,
}

impl Deadline {
    pub fn after(budget: Duration) -> Deadline {
        Deadline {
            end: Instant::now() + budget,
        }
    }

    pub fn remaining(&self) -> Duration {
        self.end.saturating_duration_since(Instant::now())
    }

    pub fn is_over(&self) -> bool {
        self.remaining().is_zero()
    }

    /// The time a step may take: its own timeout, cut to what remains of the budget.
    pub fn step(&self, step_timeout: Duration) -> Duration {
        step_timeout.min(self.remaining())
    }

    /// Runs `fut` for at most `step(step_timeout)`; `None` when it ran out of time.
    pub async fn run<F: Future>(&self, step_timeout: Duration, fut: F) -> Option<F::Output> {
        tokio::time::timeout(self.step(step_timeout), fut)
            .await
            .ok()
    }
}
