//! Every change to a [`Project`](crate::model::Project) as a value ([`Edit`]), applied in one
//! place with its inverse, and the undo/redo [`History`]. No egui here.

mod apply;
mod compose;
mod history;
mod label;

pub use apply::{Edit, EditError, apply};
pub use compose::{
    CellPosition, add_card, delete_cards, duplicate_cards, duplicate_map, move_cards, paste_cards,
};
pub use history::{History, MergeKey};
pub use label::EditLabel;
