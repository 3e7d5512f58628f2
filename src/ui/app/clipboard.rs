//! Copy, cut, paste, duplicate and delete of the selection.

use egui::Context;

use super::ParcoursApp;
use crate::edit::{self, Edit};
use crate::model::{Card, CardId, JourneyMap, LaneId, StageId};
use crate::ui::selection::Selection;

impl ParcoursApp {
    pub(super) fn copy_selection(&mut self, ctx: &Context) {
        let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) else {
            return;
        };
        let cards: Vec<Card> = map
            .cards
            .iter()
            .filter(|c| self.selection.has_card(c.id))
            .cloned()
            .collect();
        if cards.is_empty() {
            return;
        }
        // Other applications get the titles, one per line.
        ctx.copy_text(clipboard_text(&cards));
        self.clipboard = cards;
    }

    /// Applies a card edit that needs fresh ids (paste, duplicate) to the current map, and
    /// selects the new cards.
    pub(super) fn apply_new_cards(
        &mut self,
        make: impl FnOnce(&JourneyMap, &mut dyn FnMut() -> CardId) -> Option<(Edit, Vec<CardId>)>,
    ) {
        // A copy of the map, because fresh ids come from the same project.
        let Some(map) = self
            .current_map
            .and_then(|id| self.doc.project().map(id))
            .cloned()
        else {
            return;
        };
        let doc = &mut self.doc;
        let mut fresh = || doc.ids().fresh_card_id();
        if let Some((edit, ids)) = make(&map, &mut fresh) {
            self.apply(edit);
            self.selection = Selection::Cards(ids);
        }
    }

    pub(super) fn paste(&mut self) {
        let after = self.selection.cards().last().copied();
        let clipboard = self.clipboard.clone();
        self.apply_new_cards(|map, fresh| edit::paste_cards(map, &clipboard, after, fresh));
    }

    /// Pastes text from the system clipboard: the copied cards when it is what Parcours
    /// put there, else one new card per line after the selected card.
    pub(super) fn paste_text(&mut self, text: &str) {
        if !self.clipboard.is_empty() && text == clipboard_text(&self.clipboard) {
            self.paste();
            return;
        }
        let Some(anchor) = self.selection.cards().last().copied() else {
            return;
        };
        self.apply_new_cards(|map, fresh| {
            let anchor = map.card(anchor)?;
            let cards = cards_of_lines(map, anchor.stage, anchor.lane, text)?;
            edit::paste_cards(map, &cards, Some(anchor.id), fresh)
        });
    }

    /// Quick capture: one card per line of `text` at the end of a cell of the current map,
    /// in one undo step.
    pub(super) fn capture_cards(&mut self, stage: StageId, lane: LaneId, text: &str) {
        self.apply_new_cards(|map, fresh| {
            map.stage(stage)?;
            let cards = cards_of_lines(map, stage, lane, text)?;
            edit::paste_cards(map, &cards, None, fresh)
        });
    }

    pub(super) fn duplicate_selection(&mut self) {
        let ids = self.selection.cards().to_vec();
        self.apply_new_cards(|map, fresh| edit::duplicate_cards(map, &ids, fresh));
    }

    pub(super) fn delete_selection(&mut self) {
        let Some(map_id) = self.current_map else {
            return;
        };
        let Some(map) = self.doc.project().map(map_id) else {
            return;
        };
        let edit = match &self.selection {
            Selection::Cards(ids) => edit::delete_cards(map, ids),
            Selection::Stage(id) => Some(Edit::DeleteStage {
                map: map_id,
                stage: *id,
            }),
            Selection::Lane(id) => Some(Edit::DeleteLane {
                map: map_id,
                lane: *id,
            }),
            _ => None,
        };
        if let Some(edit) = edit {
            self.apply(edit);
            self.selection = Selection::None;
        }
    }
}

/// One card of the lane's kind per line of `text` (blank lines left out), in the cell; `None`
/// when the map has no such lane. Their ids are given when they are added.
fn cards_of_lines(map: &JourneyMap, stage: StageId, lane: LaneId, text: &str) -> Option<Vec<Card>> {
    let kind = map.lane(lane)?.kind;
    Some(
        text.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| Card {
                id: CardId(0),
                stage,
                lane,
                content: kind.new_card_content(line.to_owned()),
            })
            .collect(),
    )
}

/// What copied cards put on the system clipboard: their titles, one per line.
pub(super) fn clipboard_text(cards: &[Card]) -> String {
    cards.iter().map(Card::title).collect::<Vec<_>>().join("\n")
}
