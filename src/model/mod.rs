//! The domain: projects, journey maps, stages, lanes, cards and personas. No egui here.

mod card;
mod color;
mod ids;
mod language;
mod map;
mod project;
mod vote;
mod wave;

pub use card::{
    ActionStatus, Card, CardContent, Channel, EMOTION_MAX, EMOTION_MIN, Evidence, Frequency, Note,
    Opportunity, PainPoint, Phase, PlannedAction, SCORE_MAX, SEVERITY_MAX, Touchpoint,
};
pub use color::Rgb;
pub use ids::{CardId, IdCounter, LaneId, MapId, PersonaId, StageId, WaveId};
pub use language::Language;
pub use map::{
    DEFAULT_STAGE_WIDTH, JourneyMap, Lane, LaneKind, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH, SavedView,
    Stage,
};
pub use project::{FORMAT_NAME, FORMAT_VERSION, Persona, Project, ProjectInfo};
pub use vote::{CardKind, Dot, MAX_VOTES_PER_PARTICIPANT, VoteSession};
pub use wave::{
    ColumnMapping, ColumnRole, Counts, DateOrder, Mapping, MetricKind, Month, RowCounts, Scale,
    Scales, ScoreCell, TouchpointTarget, Verbatim, Wave, WaveTouchpoint,
};
