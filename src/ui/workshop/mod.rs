//! The workshop kit in the window: the facilitator's timer, dot votes, quick capture, the
//! priority matrix and the action plan.

mod action_plan;
mod capture;
mod matrix;
mod summary;
mod timer;
mod vote;
mod vote_ui;

/// A workshop view shown in the canvas's place, with its own state.
pub(in crate::ui) enum Workspace {
    /// The priority matrix.
    Matrix(MatrixState),
    /// The action plan, in its order.
    ActionPlan(PlanOrder),
}

impl Workspace {
    /// Whether `other` is the same view (whatever its state).
    pub(in crate::ui) fn is_same_view(&self, other: &Workspace) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

pub(in crate::ui) use action_plan::{PlanOrder, action_plan_ui};
pub(in crate::ui) use capture::{CaptureBar, capture_ui};
pub(in crate::ui) use matrix::{MatrixState, matrix_ui};
pub(in crate::ui) use summary::{SummaryWindow, summary_ui};
pub(in crate::ui) use timer::{Timer, timer_ui};
pub(in crate::ui) use vote::{LiveVote, VoteSetup, VoteState};
pub(in crate::ui) use vote_ui::{paint_live_dots, vote_ui};
