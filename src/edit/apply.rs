//! Applying edits. Each application returns the edit that undoes it.

use thiserror::Error;

use crate::i18n::{Language, Text, msg};
use crate::model::{
    Card, CardContent, CardId, JourneyMap, Lane, LaneId, MapId, Persona, PersonaId, Project,
    ProjectInfo, SavedView, Stage, StageId, VoteSession, Wave, WaveId,
};

/// One change to a project.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Inserts a card at `index` of the map's card list.
    AddCard {
        /// The map.
        map: MapId,
        /// The new card (its id comes from [`Project::fresh_card_id`]).
        card: Card,
        /// Index in [`JourneyMap::cards`]; clamped to the list's length.
        index: usize,
    },
    /// Removes a card.
    DeleteCard {
        /// The map.
        map: MapId,
        /// The card.
        card: CardId,
    },
    /// Moves a card to a cell, at `index` of the card list once it is taken out.
    MoveCard {
        /// The map.
        map: MapId,
        /// The card.
        card: CardId,
        /// Target stage.
        stage: StageId,
        /// Target lane.
        lane: LaneId,
        /// Index in [`JourneyMap::cards`] after removal; clamped.
        index: usize,
    },
    /// Replaces what a card says.
    SetCardContent {
        /// The map.
        map: MapId,
        /// The card.
        card: CardId,
        /// The new content.
        content: CardContent,
    },
    /// Inserts a stage, and the cards it holds (used to undo a deletion).
    AddStage {
        /// The map.
        map: MapId,
        /// The stage.
        stage: Stage,
        /// Index among the stages; clamped.
        index: usize,
        /// Cards to put back, with their index in the card list, ascending.
        cards: Vec<(usize, Card)>,
    },
    /// Removes a stage and its cards.
    DeleteStage {
        /// The map.
        map: MapId,
        /// The stage.
        stage: StageId,
    },
    /// Moves a stage to `index` among the stages.
    MoveStage {
        /// The map.
        map: MapId,
        /// The stage.
        stage: StageId,
        /// Target index; clamped.
        index: usize,
    },
    /// Replaces a stage's name, colour and width (found by the id inside).
    SetStage {
        /// The map.
        map: MapId,
        /// The stage with its new fields.
        stage: Stage,
    },
    /// Inserts a lane, and the cards it holds (used to undo a deletion).
    AddLane {
        /// The map.
        map: MapId,
        /// The lane.
        lane: Lane,
        /// Index among the lanes; clamped.
        index: usize,
        /// Cards to put back, with their index in the card list, ascending.
        cards: Vec<(usize, Card)>,
    },
    /// Removes a lane and its cards.
    DeleteLane {
        /// The map.
        map: MapId,
        /// The lane.
        lane: LaneId,
    },
    /// Moves a lane to `index` among the lanes.
    MoveLane {
        /// The map.
        map: MapId,
        /// The lane.
        lane: LaneId,
        /// Target index; clamped.
        index: usize,
    },
    /// Replaces a lane's title and kind (found by the id inside).
    SetLane {
        /// The map.
        map: MapId,
        /// The lane with its new fields.
        lane: Lane,
    },
    /// Inserts a map.
    AddMap {
        /// The map.
        map: Box<JourneyMap>,
        /// Index among the maps; clamped.
        index: usize,
    },
    /// Removes a map.
    DeleteMap {
        /// The map.
        map: MapId,
    },
    /// Moves a map in the navigator.
    MoveMap {
        /// The map.
        map: MapId,
        /// Target index; clamped.
        index: usize,
    },
    /// Renames a map and picks its persona.
    SetMapDetails {
        /// The map.
        map: MapId,
        /// New name.
        name: String,
        /// The persona it is seen through.
        persona: Option<PersonaId>,
    },
    /// Replaces a map's saved views (a view added, renamed, changed or deleted).
    SetViews {
        /// The map.
        map: MapId,
        /// Its views, in navigator order.
        views: Vec<SavedView>,
    },
    /// Replaces a map's dot-voting sessions (a vote ended, or one deleted).
    SetVotes {
        /// The map.
        map: MapId,
        /// Its sessions, oldest first.
        votes: Vec<VoteSession>,
    },
    /// Inserts a persona; `seen_by` lists the maps to point at it again (undo of a deletion).
    AddPersona {
        /// The persona.
        persona: Persona,
        /// Index among the personas; clamped.
        index: usize,
        /// Maps whose persona it becomes.
        seen_by: Vec<MapId>,
    },
    /// Removes a persona; maps seen through it are then seen through none.
    DeletePersona {
        /// The persona.
        persona: PersonaId,
    },
    /// Replaces a persona's fields (found by the id inside).
    SetPersona {
        /// The persona with its new fields.
        persona: Persona,
    },
    /// Inserts an imported survey.
    AddWave {
        /// The wave.
        wave: Box<Wave>,
        /// Index among the waves; clamped.
        index: usize,
    },
    /// Removes an imported survey.
    DeleteWave {
        /// The wave.
        wave: WaveId,
    },
    /// Replaces a wave (found by the id inside): a rename, or a refresh from its file.
    SetWave {
        /// The wave with its new content.
        wave: Box<Wave>,
    },
    /// Replaces the project's details.
    SetProjectInfo {
        /// New details.
        info: ProjectInfo,
    },
    /// Several edits as one step (multi-delete, paste, duplicate, multi-move).
    Batch {
        /// What the step is called in the Edit menu.
        name: Text,
        /// The edits, applied in order.
        edits: Vec<Edit>,
    },
}

/// Why an edit could not be applied. The project is left as it was.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{}", self.describe(Language::En))]
pub enum EditError {
    /// The map does not exist.
    NoMap(u64),
    /// The card does not exist.
    NoCard(u64),
    /// The stage does not exist.
    NoStage(u64),
    /// The lane does not exist.
    NoLane(u64),
    /// The persona does not exist.
    NoPersona(u64),
    /// The wave does not exist.
    NoWave(u64),
    /// The id is already in use.
    DuplicateId(u64),
}

impl EditError {
    /// The error in words.
    pub fn describe(&self, language: Language) -> String {
        // Ids are written as they are in the file, without grouping.
        let (item, id) = match self {
            EditError::NoMap(id) => (Text::ItemMap, id),
            EditError::NoCard(id) => (Text::ItemCard, id),
            EditError::NoStage(id) => (Text::ItemStage, id),
            EditError::NoLane(id) => (Text::ItemLane, id),
            EditError::NoPersona(id) => (Text::ItemPersona, id),
            EditError::NoWave(id) => (Text::ItemWave, id),
            EditError::DuplicateId(id) => {
                return msg::edit_duplicate_id(
                    language,
                    msg::EditDuplicateId { id: id.to_string() },
                );
            }
        };
        msg::edit_no_item(
            language,
            msg::EditNoItem {
                item: item.get(language),
                id: id.to_string(),
            },
        )
    }
}

fn map_mut(project: &mut Project, id: MapId) -> Result<&mut JourneyMap, EditError> {
    project.map_mut(id).ok_or(EditError::NoMap(id.0))
}

/// Applies `edit` to `project` and returns the edit that undoes it. On error the project
/// is unchanged.
pub fn apply(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
    let inverse = match edit {
        Edit::AddCard { map, card, index } => {
            let m = map_mut(project, map)?;
            if m.card(card.id).is_some() {
                return Err(EditError::DuplicateId(card.id.0));
            }
            if m.stage(card.stage).is_none() {
                return Err(EditError::NoStage(card.stage.0));
            }
            if m.lane(card.lane).is_none() {
                return Err(EditError::NoLane(card.lane.0));
            }
            let id = card.id;
            m.cards.insert(index.min(m.cards.len()), card);
            Edit::DeleteCard { map, card: id }
        }
        Edit::DeleteCard { map, card } => {
            let m = map_mut(project, map)?;
            let index = m.card_index(card).ok_or(EditError::NoCard(card.0))?;
            let card = m.cards.remove(index);
            Edit::AddCard { map, card, index }
        }
        Edit::MoveCard {
            map,
            card,
            stage,
            lane,
            index,
        } => {
            let m = map_mut(project, map)?;
            if m.stage(stage).is_none() {
                return Err(EditError::NoStage(stage.0));
            }
            if m.lane(lane).is_none() {
                return Err(EditError::NoLane(lane.0));
            }
            let from = m.card_index(card).ok_or(EditError::NoCard(card.0))?;
            let mut moved = m.cards.remove(from);
            let inverse = Edit::MoveCard {
                map,
                card,
                stage: moved.stage,
                lane: moved.lane,
                index: from,
            };
            moved.stage = stage;
            moved.lane = lane;
            m.cards.insert(index.min(m.cards.len()), moved);
            inverse
        }
        Edit::SetCardContent { map, card, content } => {
            let m = map_mut(project, map)?;
            let target = m
                .cards
                .iter_mut()
                .find(|c| c.id == card)
                .ok_or(EditError::NoCard(card.0))?;
            let old = std::mem::replace(&mut target.content, content);
            Edit::SetCardContent {
                map,
                card,
                content: old,
            }
        }
        Edit::AddStage {
            map,
            stage,
            index,
            cards,
        } => {
            let m = map_mut(project, map)?;
            if m.stage(stage.id).is_some() {
                return Err(EditError::DuplicateId(stage.id.0));
            }
            let id = stage.id;
            m.stages.insert(index.min(m.stages.len()), stage);
            restore_cards(m, cards);
            Edit::DeleteStage { map, stage: id }
        }
        Edit::DeleteStage { map, stage } => {
            let m = map_mut(project, map)?;
            let index = m.stage_index(stage).ok_or(EditError::NoStage(stage.0))?;
            let removed = m.stages.remove(index);
            let cards = take_cards(m, |c| c.stage == stage);
            Edit::AddStage {
                map,
                stage: removed,
                index,
                cards,
            }
        }
        Edit::MoveStage { map, stage, index } => {
            let m = map_mut(project, map)?;
            let from = m.stage_index(stage).ok_or(EditError::NoStage(stage.0))?;
            let moved = m.stages.remove(from);
            m.stages.insert(index.min(m.stages.len()), moved);
            Edit::MoveStage {
                map,
                stage,
                index: from,
            }
        }
        Edit::SetStage { map, stage } => {
            let m = map_mut(project, map)?;
            let target = m
                .stages
                .iter_mut()
                .find(|s| s.id == stage.id)
                .ok_or(EditError::NoStage(stage.id.0))?;
            let old = std::mem::replace(target, stage);
            Edit::SetStage { map, stage: old }
        }
        Edit::AddLane {
            map,
            lane,
            index,
            cards,
        } => {
            let m = map_mut(project, map)?;
            if m.lane(lane.id).is_some() {
                return Err(EditError::DuplicateId(lane.id.0));
            }
            let id = lane.id;
            m.lanes.insert(index.min(m.lanes.len()), lane);
            restore_cards(m, cards);
            Edit::DeleteLane { map, lane: id }
        }
        Edit::DeleteLane { map, lane } => {
            let m = map_mut(project, map)?;
            let index = m.lane_index(lane).ok_or(EditError::NoLane(lane.0))?;
            let removed = m.lanes.remove(index);
            let cards = take_cards(m, |c| c.lane == lane);
            Edit::AddLane {
                map,
                lane: removed,
                index,
                cards,
            }
        }
        Edit::MoveLane { map, lane, index } => {
            let m = map_mut(project, map)?;
            let from = m.lane_index(lane).ok_or(EditError::NoLane(lane.0))?;
            let moved = m.lanes.remove(from);
            m.lanes.insert(index.min(m.lanes.len()), moved);
            Edit::MoveLane {
                map,
                lane,
                index: from,
            }
        }
        Edit::SetLane { map, lane } => {
            let m = map_mut(project, map)?;
            let target = m
                .lanes
                .iter_mut()
                .find(|l| l.id == lane.id)
                .ok_or(EditError::NoLane(lane.id.0))?;
            let old = std::mem::replace(target, lane);
            Edit::SetLane { map, lane: old }
        }
        Edit::AddMap { map, index } => {
            if project.map(map.id).is_some() {
                return Err(EditError::DuplicateId(map.id.0));
            }
            let id = map.id;
            let index = index.min(project.maps.len());
            project.maps.insert(index, *map);
            Edit::DeleteMap { map: id }
        }
        Edit::DeleteMap { map } => {
            let index = project
                .maps
                .iter()
                .position(|m| m.id == map)
                .ok_or(EditError::NoMap(map.0))?;
            let removed = project.maps.remove(index);
            Edit::AddMap {
                map: Box::new(removed),
                index,
            }
        }
        Edit::MoveMap { map, index } => {
            let from = project
                .maps
                .iter()
                .position(|m| m.id == map)
                .ok_or(EditError::NoMap(map.0))?;
            let moved = project.maps.remove(from);
            let index = index.min(project.maps.len());
            project.maps.insert(index, moved);
            Edit::MoveMap { map, index: from }
        }
        Edit::SetMapDetails { map, name, persona } => {
            if let Some(p) = persona
                && project.persona(p).is_none()
            {
                return Err(EditError::NoPersona(p.0));
            }
            let m = map_mut(project, map)?;
            let old_name = std::mem::replace(&mut m.name, name);
            let old_persona = std::mem::replace(&mut m.persona, persona);
            Edit::SetMapDetails {
                map,
                name: old_name,
                persona: old_persona,
            }
        }
        Edit::SetViews { map, views } => {
            let m = map_mut(project, map)?;
            let old = std::mem::replace(&mut m.views, views);
            Edit::SetViews { map, views: old }
        }
        Edit::SetVotes { map, votes } => {
            let m = map_mut(project, map)?;
            let old = std::mem::replace(&mut m.votes, votes);
            Edit::SetVotes { map, votes: old }
        }
        Edit::AddPersona {
            persona,
            index,
            seen_by,
        } => {
            if project.persona(persona.id).is_some() {
                return Err(EditError::DuplicateId(persona.id.0));
            }
            if let Some(missing) = seen_by.iter().find(|id| project.map(**id).is_none()) {
                return Err(EditError::NoMap(missing.0));
            }
            let id = persona.id;
            let index = index.min(project.personas.len());
            project.personas.insert(index, persona);
            for map in &mut project.maps {
                if seen_by.contains(&map.id) {
                    map.persona = Some(id);
                }
            }
            Edit::DeletePersona { persona: id }
        }
        Edit::DeletePersona { persona } => {
            let index = project
                .personas
                .iter()
                .position(|p| p.id == persona)
                .ok_or(EditError::NoPersona(persona.0))?;
            let removed = project.personas.remove(index);
            let mut seen_by = Vec::new();
            for map in &mut project.maps {
                if map.persona == Some(persona) {
                    map.persona = None;
                    seen_by.push(map.id);
                }
            }
            Edit::AddPersona {
                persona: removed,
                index,
                seen_by,
            }
        }
        Edit::SetPersona { persona } => {
            let target = project
                .personas
                .iter_mut()
                .find(|p| p.id == persona.id)
                .ok_or(EditError::NoPersona(persona.id.0))?;
            let old = std::mem::replace(target, persona);
            Edit::SetPersona { persona: old }
        }
        Edit::AddWave { wave, index } => {
            if project.wave(wave.id).is_some() {
                return Err(EditError::DuplicateId(wave.id.0));
            }
            let id = wave.id;
            let index = index.min(project.waves.len());
            project.waves.insert(index, *wave);
            Edit::DeleteWave { wave: id }
        }
        Edit::DeleteWave { wave } => {
            let index = project
                .waves
                .iter()
                .position(|w| w.id == wave)
                .ok_or(EditError::NoWave(wave.0))?;
            Edit::AddWave {
                wave: Box::new(project.waves.remove(index)),
                index,
            }
        }
        Edit::SetWave { wave } => {
            let target = project
                .waves
                .iter_mut()
                .find(|w| w.id == wave.id)
                .ok_or(EditError::NoWave(wave.id.0))?;
            let old = std::mem::replace(target, *wave);
            Edit::SetWave {
                wave: Box::new(old),
            }
        }
        Edit::SetProjectInfo { info } => {
            let old = std::mem::replace(&mut project.info, info);
            Edit::SetProjectInfo { info: old }
        }
        Edit::Batch { name, edits } => {
            let mut inverses = Vec::with_capacity(edits.len());
            for edit in edits {
                match apply(project, edit) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(error) => {
                        // Roll back what was applied so the project is left untouched.
                        for inverse in inverses.into_iter().rev() {
                            let _ = apply(project, inverse);
                        }
                        return Err(error);
                    }
                }
            }
            inverses.reverse();
            Edit::Batch {
                name,
                edits: inverses,
            }
        }
    };
    Ok(inverse)
}

/// Removes the cards matching `pred`, returning them with their former indices, ascending.
fn take_cards(map: &mut JourneyMap, pred: impl Fn(&Card) -> bool) -> Vec<(usize, Card)> {
    let mut taken = Vec::new();
    let mut kept = Vec::with_capacity(map.cards.len());
    for (index, card) in std::mem::take(&mut map.cards).into_iter().enumerate() {
        if pred(&card) {
            taken.push((index, card));
        } else {
            kept.push(card);
        }
    }
    map.cards = kept;
    taken
}

/// Puts back cards removed by [`take_cards`], at their former indices.
fn restore_cards(map: &mut JourneyMap, cards: Vec<(usize, Card)>) {
    for (index, card) in cards {
        let index = index.min(map.cards.len());
        map.cards.insert(index, card);
    }
}
