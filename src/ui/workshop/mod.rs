//! The workshop kit in the window: the facilitator's timer, dot votes, quick capture, the
//! priority matrix and the action plan.

mod action_plan;
mod capture;
mod matrix;
mod summary;
mod timer;
mod vote;
mod vote_ui;

pub(in crate::ui) use action_plan::{PlanOrder, action_plan_ui};
pub(in crate::ui) use capture::{CaptureBar, capture_ui};
pub(in crate::ui) use matrix::{MatrixState, matrix_ui};
pub(in crate::ui) use summary::summary_ui;
pub(in crate::ui) use timer::{Timer, timer_ui};
pub(in crate::ui) use vote::{LiveVote, VoteSetup, VoteState};
pub(in crate::ui) use vote_ui::{paint_live_dots, vote_ui};
