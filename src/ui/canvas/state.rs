//! The canvas's view state: pan and zoom, the gesture under way, the field being renamed.
//! None of it is saved in the project.

use egui::{Pos2, Rect, Vec2};

use crate::edit::MergeKey;
use crate::model::{CardId, LaneId, MapId, Project, StageId};
use crate::ui::selection::Selection;
use crate::ui::view_transform::ViewTransform;

/// What is being renamed in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameTarget {
    /// A card's title.
    Card(CardId),
    /// A stage's name.
    Stage(StageId),
    /// A lane's title.
    Lane(LaneId),
}

/// An in-place rename under way.
#[derive(Clone, Debug, PartialEq)]
pub struct Rename {
    /// What is renamed.
    pub target: RenameTarget,
    /// The text typed so far.
    pub text: String,
    /// Whether the field has been given keyboard focus yet.
    pub focused: bool,
    /// For the naming of what was just added: the key its addition was made under, so that
    /// adding and naming is one undo step, and Escape takes the addition back.
    pub new_item: Option<MergeKey>,
}

impl Rename {
    /// A rename of `target` starting from its current `text`.
    pub fn start(target: RenameTarget, text: String) -> Self {
        Self {
            target,
            text,
            focused: false,
            new_item: None,
        }
    }

    /// The naming of `target`, just added under `key`.
    pub fn naming_new(target: RenameTarget, text: String, key: MergeKey) -> Self {
        Self {
            new_item: Some(key),
            ..Self::start(target, text)
        }
    }
}

/// A drag gesture under way.
#[derive(Clone, Debug, PartialEq)]
pub enum Gesture {
    /// Cards follow the pointer; `grab` is the pointer's offset from the grabbed card's
    /// top-left corner, in map units.
    MoveCards {
        /// The cards moving.
        ids: Vec<CardId>,
        /// The card under the pointer.
        grabbed: CardId,
        /// Pointer offset from that card's corner.
        grab: Vec2,
    },
    /// A stage header is dragged to a new place.
    MoveStage(StageId),
    /// A stage is resized from its right edge.
    ResizeStage {
        /// The stage.
        id: StageId,
        /// Its width when the drag started.
        start_width: f32,
    },
    /// An emotion point is dragged up or down.
    Emotion {
        /// The touchpoint.
        card: CardId,
        /// Which emotion lane, as an index in the layout's lanes (a map may have several).
        lane_index: usize,
    },
    /// A rubber band from this map point.
    RubberBand(Pos2),
}

/// The canvas's state between frames.
#[derive(Clone, Debug)]
pub struct CanvasState {
    /// Pan and zoom.
    pub transform: ViewTransform,
    /// Fit the map to the canvas at the next frame.
    pub fit_pending: bool,
    /// Fit the map's width at the next frame (when a map is first shown).
    pub fit_width_pending: bool,
    /// The gesture under way.
    pub gesture: Option<Gesture>,
    /// The rename under way.
    pub rename: Option<Rename>,
    /// The canvas rectangle at the last frame, for zoom commands.
    pub last_rect: Rect,
    /// The cell (stage index, lane index) under the last right-click on the background.
    pub context_cell: Option<(usize, usize)>,
    /// A card to scroll into view at the next frame.
    pub reveal: Option<CardId>,
}

impl Default for CanvasState {
    fn default() -> Self {
        Self {
            transform: ViewTransform::default(),
            fit_pending: false,
            fit_width_pending: true,
            gesture: None,
            rename: None,
            last_rect: Rect::NOTHING,
            context_cell: None,
            reveal: None,
        }
    }
}

impl CanvasState {
    /// Fit the whole map at the next frame.
    pub fn request_fit(&mut self) {
        self.fit_pending = true;
    }

    /// Zooms around the canvas centre.
    pub fn zoom_by(&mut self, factor: f32) {
        if self.last_rect.is_positive() {
            self.transform
                .zoom_around(self.last_rect.min, self.last_rect.center(), factor);
        } else {
            self.transform.zoom *= factor;
        }
    }

    /// Zooms to `zoom` around the canvas centre.
    pub fn zoom_to(&mut self, zoom: f32) {
        let factor = zoom / self.transform.zoom;
        self.zoom_by(factor);
    }

    /// Cancels a gesture or rename; returns whether there was one.
    pub fn cancel(&mut self) -> bool {
        let had = self.gesture.is_some() || self.rename.is_some();
        self.gesture = None;
        self.rename = None;
        had
    }

    /// Starts renaming the selected card, stage or lane in place.
    pub fn rename_selection(
        &mut self,
        selection: &Selection,
        project: &Project,
        map: Option<MapId>,
    ) {
        let Some(map) = map.and_then(|id| project.map(id)) else {
            return;
        };
        let (target, text) = match selection {
            Selection::Cards(ids) if ids.len() == 1 => match map.card(ids[0]) {
                Some(card) => (RenameTarget::Card(card.id), card.title().to_owned()),
                None => return,
            },
            Selection::Stage(id) => match map.stage(*id) {
                Some(stage) => (RenameTarget::Stage(*id), stage.name.clone()),
                None => return,
            },
            Selection::Lane(id) => match map.lane(*id) {
                Some(lane) => (RenameTarget::Lane(*id), lane.title.clone()),
                None => return,
            },
            _ => return,
        };
        self.rename = Some(Rename::start(target, text));
    }
}
