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
