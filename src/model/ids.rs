//! Stable identifiers. Ids are never reused within a project: the project hands them out from
//! one counter, so an id saved in a file means the same thing forever.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);
    };
}

id_type!(
    /// Identifies a journey map within a project.
    MapId
);
id_type!(
    /// Identifies a stage (column) within a project.
    StageId
);
id_type!(
    /// Identifies a lane (row) within a project.
    LaneId
);
id_type!(
    /// Identifies a card within a project.
    CardId
);
id_type!(
    /// Identifies a persona within a project.
    PersonaId
);
id_type!(
    /// Identifies an imported survey (a wave) within a project.
    WaveId
);

/// Hands out the ids of a project: one counter for every kind, so an id is never given
/// twice. Written in project files as a plain number, the next id to hand out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IdCounter(pub u64);

impl IdCounter {
    /// A fresh id number.
    pub fn fresh(&mut self) -> u64 {
        let id = self.0;
        self.0 += 1;
        id
    }

    /// A fresh map id.
    pub fn fresh_map_id(&mut self) -> MapId {
        MapId(self.fresh())
    }

    /// A fresh stage id.
    pub fn fresh_stage_id(&mut self) -> StageId {
        StageId(self.fresh())
    }

    /// A fresh lane id.
    pub fn fresh_lane_id(&mut self) -> LaneId {
        LaneId(self.fresh())
    }

    /// A fresh card id.
    pub fn fresh_card_id(&mut self) -> CardId {
        CardId(self.fresh())
    }

    /// A fresh wave id.
    pub fn fresh_wave_id(&mut self) -> WaveId {
        WaveId(self.fresh())
    }

    /// A fresh persona id.
    pub fn fresh_persona_id(&mut self) -> PersonaId {
        PersonaId(self.fresh())
    }
}
