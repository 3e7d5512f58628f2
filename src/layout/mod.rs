//! Pure geometry: where every stage, lane, card and curve point of a map goes, in map
//! coordinates. The canvas and the export both draw from this, so they show the same map.
//! No egui here.

mod geometry;
mod map_layout;

pub use geometry::{Point, Rect};
pub use map_layout::{
    BadgeLayout, BlueprintLine, BlueprintLineKind, CardLayout, Direction, DropTarget,
    EmotionLayout, EmotionPoint, LaneLayout, MapLayout, StageLayout, emotion_at_y, metrics,
    y_of_emotion,
};
