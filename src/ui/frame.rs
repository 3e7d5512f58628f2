//! What a panel gets for one frame: the project and the view lent read-only ([`FrameCtx`]),
//! and an [`Outbox`] for what the user asked for. The app runs the panels, drops the borrows,
//! then carries out the outbox in one place; the borrow checker keeps panels from changing
//! the document themselves.

use std::path::PathBuf;

use super::command::{Action, Command};
use super::selection::Selection;
use crate::document::Document;
use crate::edit::Edit;
use crate::i18n::{Language, Text};
use crate::model::{JourneyMap, MapId, Project};

/// The project and the view, read-only, for one frame.
pub struct FrameCtx<'a> {
    /// The open document (its file, its saved state).
    pub document: &'a Document,
    /// The map on the canvas.
    pub map: Option<&'a JourneyMap>,
    /// The interface language.
    pub language: Language,
    /// The canvas's zoom (1 = 100 %).
    pub zoom: f32,
    /// What is selected.
    pub selection: &'a Selection,
    /// Whether copied cards wait to be pasted.
    pub can_paste: bool,
    /// The files opened last, newest first.
    pub recent_files: &'a [PathBuf],
    /// What the app last did that has no place of its own on screen ("Exported …").
    pub notice: Option<&'a str>,
}

impl FrameCtx<'_> {
    /// The project.
    pub fn project(&self) -> &Project {
        self.document.project()
    }

    /// A text in the interface language.
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.language)
    }
}

/// What panels ask for during a frame, carried out by the app after it.
#[derive(Default)]
pub struct Outbox {
    actions: Vec<Action>,
}

impl Outbox {
    /// A command, as from a menu.
    pub fn command(&mut self, command: Command) {
        self.actions.push(Action::Command(command));
    }

    /// Any action.
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// A change to the project, one undo step.
    pub fn edit(&mut self, edit: Edit) {
        self.actions.push(Action::Edit(edit));
    }

    /// A new selection.
    pub fn select(&mut self, selection: Selection) {
        self.actions.push(Action::Select(selection));
    }

    /// Shows a map on the canvas (fitted, when it was not the one shown).
    pub fn show_map(&mut self, map: MapId) {
        self.actions.push(Action::ShowMap(map));
    }

    /// A command after the user chose not to save their changes.
    pub fn run_discarding(&mut self, command: Command) {
        self.actions.push(Action::RunDiscarding(command));
    }

    /// Save, then the command once saved.
    pub fn save_then(&mut self, command: Command) {
        self.actions.push(Action::SaveThen(command));
    }

    /// What was asked, in order.
    pub fn into_actions(self) -> Vec<Action> {
        self.actions
    }
}

/// The frame context of the app, built from its fields so that a panel's own state can be
/// lent mutably beside it.
macro_rules! frame_ctx {
    ($app:expr) => {
        $crate::ui::frame::FrameCtx {
            document: &$app.doc,
            map: $app.current_map.and_then(|id| $app.doc.project().map(id)),
            language: $app.language,
            zoom: $app.canvas.transform.zoom,
            selection: &$app.selection,
            can_paste: !$app.clipboard.is_empty(),
            recent_files: &$app.preferences.recent_files,
            notice: $app.notice.as_deref(),
        }
    };
}
pub(in crate::ui) use frame_ctx;
