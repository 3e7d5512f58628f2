//! The workshop kit in the window: the facilitator's timer, dot votes, quick capture and
//! the priority matrix.

mod capture;
mod matrix;
mod timer;
mod vote;
mod vote_ui;

pub(in crate::ui) use capture::{CaptureBar, capture_ui};
pub(in crate::ui) use matrix::{MatrixState, matrix_ui};
pub(in crate::ui) use timer::{Timer, timer_ui};
pub(in crate::ui) use vote::{LiveVote, VoteSetup, VoteState};
pub(in crate::ui) use vote_ui::{paint_live_dots, vote_ui};
