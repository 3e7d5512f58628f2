//! What an edit is called in the Edit menu: "Undo move 'Paiement en ligne'".

use super::apply::Edit;
use crate::i18n::{Language, Text};
use crate::model::Project;

/// The name of an undo step: a verb and, when there is one, the name of what it touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditLabel {
    /// What was done.
    pub verb: Text,
    /// The title of what it was done to.
    pub subject: Option<String>,
}

impl EditLabel {
    /// The label in words, e.g. `move 'Paiement en ligne'`.
    pub fn text(&self, language: Language) -> String {
        match &self.subject {
            Some(subject) => format!("{} '{}'", self.verb.get(language), subject),
            None => self.verb.get(language).to_owned(),
        }
    }

    /// Names `edit`, reading titles from `project` as it is before the edit.
    pub fn of(edit: &Edit, project: &Project) -> Self {
        let card_title = |map, card| {
            project
                .map(map)
                .and_then(|m| m.card(card))
                .map(|c| c.title().to_owned())
        };
        let (verb, subject) = match edit {
            Edit::AddCard { card, .. } => (Text::EditAddCard, Some(card.title().to_owned())),
            Edit::DeleteCard { map, card } => (Text::EditDeleteCard, card_title(*map, *card)),
            Edit::MoveCard { map, card, .. } => (Text::EditMoveCard, card_title(*map, *card)),
            Edit::SetCardContent { map, card, content } => {
                let old = card_title(*map, *card);
                let renamed = old.as_deref().is_some_and(|t| t != content.title());
                let verb = if renamed {
                    Text::EditRenameCard
                } else {
                    Text::EditChangeCard
                };
                (verb, old)
            }
            Edit::AddStage { stage, .. } => (Text::EditAddStage, Some(stage.name.clone())),
            Edit::DeleteStage { map, stage } => (
                Text::EditDeleteStage,
                project
                    .map(*map)
                    .and_then(|m| m.stage(*stage))
                    .map(|s| s.name.clone()),
            ),
            Edit::MoveStage { map, stage, .. } => (
                Text::EditMoveStage,
                project
                    .map(*map)
                    .and_then(|m| m.stage(*stage))
                    .map(|s| s.name.clone()),
            ),
            Edit::SetStage { map, stage } => {
                let old = project.map(*map).and_then(|m| m.stage(stage.id));
                let resized = old.is_some_and(|o| o.width != stage.width);
                let verb = if resized {
                    Text::EditResizeStage
                } else {
                    Text::EditChangeStage
                };
                (verb, old.map(|s| s.name.clone()))
            }
            Edit::AddLane { lane, .. } => (Text::EditAddLane, Some(lane.title.clone())),
            Edit::DeleteLane { map, lane } => (
                Text::EditDeleteLane,
                project
                    .map(*map)
                    .and_then(|m| m.lane(*lane))
                    .map(|l| l.title.clone()),
            ),
            Edit::MoveLane { map, lane, .. } => (
                Text::EditMoveLane,
                project
                    .map(*map)
                    .and_then(|m| m.lane(*lane))
                    .map(|l| l.title.clone()),
            ),
            Edit::SetLane { lane, .. } => (Text::EditChangeLane, Some(lane.title.clone())),
            Edit::AddMap { map, .. } => (Text::EditAddMap, Some(map.name.clone())),
            Edit::DeleteMap { map } => (
                Text::EditDeleteMap,
                project.map(*map).map(|m| m.name.clone()),
            ),
            Edit::MoveMap { map, .. } => {
                (Text::EditMoveMap, project.map(*map).map(|m| m.name.clone()))
            }
            Edit::SetMapDetails { map, .. } => (
                Text::EditChangeMap,
                project.map(*map).map(|m| m.name.clone()),
            ),
            Edit::SetViews { map, .. } => (
                Text::EditChangeViews,
                project.map(*map).map(|m| m.name.clone()),
            ),
            Edit::SetVotes { votes, .. } => (Text::EditVote, votes.last().map(|v| v.name.clone())),
            Edit::AddPersona { persona, .. } => (Text::EditAddPersona, Some(persona.name.clone())),
            Edit::DeletePersona { persona } => (
                Text::EditDeletePersona,
                project.persona(*persona).map(|p| p.name.clone()),
            ),
            Edit::SetPersona { persona } => (
                Text::EditChangePersona,
                project.persona(persona.id).map(|p| p.name.clone()),
            ),
            Edit::AddWave { wave, .. } => (Text::EditImportSurvey, Some(wave.name.clone())),
            Edit::DeleteWave { wave } => (
                Text::EditDeleteWave,
                project.wave(*wave).map(|w| w.name.clone()),
            ),
            Edit::SetWave { wave } => (
                Text::EditChangeWave,
                project.wave(wave.id).map(|w| w.name.clone()),
            ),
            Edit::SetProjectInfo { .. } => (Text::EditChangeProject, None),
            Edit::Batch { name, edits } => {
                // A batch of one names its only edit.
                if let [only] = edits.as_slice() {
                    let inner = Self::of(only, project);
                    (inner.verb, inner.subject)
                } else {
                    (*name, None)
                }
            }
        };
        Self { verb, subject }
    }
}
