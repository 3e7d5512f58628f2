//! Stages and lanes share their menu: rename, insert a neighbour, move, delete. One
//! definition serves the canvas's context menus and the inspector's buttons.

use egui::{Button, Ui};

use super::command::{Action, Command};
use crate::edit::Edit;
use crate::i18n::{Language, Text};
use crate::model::{LaneId, MapId, StageId};

/// A stage (column) or a lane (row) of a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridItem {
    /// A stage.
    Stage(StageId),
    /// A lane.
    Lane(LaneId),
}

/// What the user picked in a grid item's menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridChoice {
    /// Rename in place.
    Rename,
    /// An action to carry out.
    Act(GridAction),
}

/// A change to the grid picked from a menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridAction {
    /// Insert a new neighbour at this index.
    InsertAt(usize),
    /// Move the item to this index.
    MoveTo(usize),
    /// Delete the item (and its cards).
    Delete,
}

impl GridItem {
    /// The texts of the menu: insert before/after, move back/forward, delete.
    fn texts(self) -> [Text; 5] {
        match self {
            GridItem::Stage(_) => [
                Text::InsertStageBefore,
                Text::InsertStageAfter,
                Text::MoveLeft,
                Text::MoveRight,
                Text::DeleteStage,
            ],
            GridItem::Lane(_) => [
                Text::InsertLaneAbove,
                Text::InsertLaneBelow,
                Text::MoveUp,
                Text::MoveDown,
                Text::DeleteLane,
            ],
        }
    }

    /// The menu's buttons for the item at `index` of `count`; `rename` adds "Rename" first.
    /// Closes the enclosing menu when something is picked.
    pub fn menu_ui(
        self,
        ui: &mut Ui,
        language: Language,
        index: usize,
        count: usize,
        rename: bool,
    ) -> Option<GridChoice> {
        let [before, after, back, forward, delete] = self.texts().map(|t| t.get(language));
        let mut choice = None;
        if rename && ui.button(Text::Rename.get(language)).clicked() {
            choice = Some(GridChoice::Rename);
        }
        if ui.button(before).clicked() {
            choice = Some(GridChoice::Act(GridAction::InsertAt(index)));
        }
        if ui.button(after).clicked() {
            choice = Some(GridChoice::Act(GridAction::InsertAt(index + 1)));
        }
        if ui.add_enabled(index > 0, Button::new(back)).clicked() {
            choice = Some(GridChoice::Act(GridAction::MoveTo(index.saturating_sub(1))));
        }
        if ui
            .add_enabled(index + 1 < count, Button::new(forward))
            .clicked()
        {
            choice = Some(GridChoice::Act(GridAction::MoveTo(index + 1)));
        }
        ui.separator();
        if ui.button(delete).clicked() {
            choice = Some(GridChoice::Act(GridAction::Delete));
        }
        if choice.is_some() {
            ui.close();
        }
        choice
    }

    /// The app action that carries out `action` on this item of `map`.
    pub fn action(self, map: MapId, action: GridAction) -> Action {
        match (self, action) {
            (GridItem::Stage(_), GridAction::InsertAt(index)) => {
                Action::Command(Command::InsertStage(index))
            }
            (GridItem::Lane(_), GridAction::InsertAt(index)) => {
                Action::Command(Command::InsertLane(index))
            }
            (GridItem::Stage(stage), GridAction::MoveTo(index)) => {
                Action::Edit(Edit::MoveStage { map, stage, index })
            }
            (GridItem::Lane(lane), GridAction::MoveTo(index)) => {
                Action::Edit(Edit::MoveLane { map, lane, index })
            }
            (GridItem::Stage(stage), GridAction::Delete) => {
                Action::Edit(Edit::DeleteStage { map, stage })
            }
            (GridItem::Lane(lane), GridAction::Delete) => {
                Action::Edit(Edit::DeleteLane { map, lane })
            }
        }
    }
}
