//! Every change to a [`Project`](crate::model::Project) as a value ([`Edit`]), applied in one
//! place with its inverse, and the undo/redo [`History`]. No egui here.

mod apply;
mod history;
mod label;

pub use apply::{Edit, EditError, apply};
pub use history::{History, MergeKey};
pub use label::EditLabel;
