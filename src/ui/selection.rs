//! What is selected: view state, never saved.

use crate::model::{CardId, LaneId, MapId, PersonaId, StageId};

/// The current selection.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// One or more cards of the current map.
    Cards(Vec<CardId>),
    /// A stage of the current map.
    Stage(StageId),
    /// A lane of the current map.
    Lane(LaneId),
    /// A map's details.
    Map(MapId),
    /// A persona.
    Persona(PersonaId),
    /// The project's details.
    Project,
}

impl Selection {
    /// The selected cards (empty when the selection is not cards).
    pub fn cards(&self) -> &[CardId] {
        match self {
            Selection::Cards(ids) => ids,
            _ => &[],
        }
    }

    /// Whether `card` is selected.
    pub fn has_card(&self, card: CardId) -> bool {
        self.cards().contains(&card)
    }

    /// Adds or removes `card` (Shift/Ctrl-click).
    pub fn toggle_card(&mut self, card: CardId) {
        match self {
            Selection::Cards(ids) => {
                if let Some(i) = ids.iter().position(|c| *c == card) {
                    ids.remove(i);
                    if ids.is_empty() {
                        *self = Selection::None;
                    }
                } else {
                    ids.push(card);
                }
            }
            _ => *self = Selection::Cards(vec![card]),
        }
    }
}
