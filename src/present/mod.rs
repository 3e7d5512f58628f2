//! Presenting a map to a room: the map as a saved view shows it, its steps (the overview,
//! then each stage), where the camera stands for each step, and the slide each step makes.
//! The presentation on screen and the slides PDF both draw [`Deck::slide`]. No egui here.

mod camera;
mod slide;

pub use camera::Camera;
pub use slide::{SlideInfo, slide_scene};

use crate::layout::MapLayout;
use crate::metrics::{CardScores, Filter};
use crate::model::{JourneyMap, LaneId, Project, SavedView, StageId, Wave};
use crate::scene::{Scene, SceneInput, ScoreView, build_scene, full_title_heights};

/// Card titles in a stage's step are at least this many pixels tall on the screen the
/// slides are drawn for.
pub const LEGIBLE_TITLE_PX: f32 = 28.0;
/// Badge figures in a stage's step are at least this many pixels tall.
pub const LEGIBLE_FIGURE_PX: f32 = 22.0;
/// The screen slides are drawn for: a projector's 1366 × 768.
pub const SLIDE_SCREEN: (f32, f32) = (1366.0, 768.0);

/// One step of a presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The whole map.
    Overview,
    /// One stage, maybe zoomed on one lane.
    Stage {
        /// The stage.
        stage: StageId,
        /// Its index in the presented map (and its layout).
        index: usize,
        /// The lane the step zooms on.
        lane: Option<LaneId>,
    },
}

/// What a presentation is made from.
pub struct DeckInput<'a> {
    /// The project (personas).
    pub project: &'a Project,
    /// The map presented.
    pub map: &'a JourneyMap,
    /// The saved view played; everything when `None`.
    pub view: Option<&'a SavedView>,
    /// The wave whose figures show (the view's, else the editor's).
    pub wave: Option<&'a Wave>,
    /// The filter of the figures (the view's, else the editor's).
    pub filter: &'a Filter,
    /// How scores show.
    pub scores: ScoreView,
    /// The language of captions.
    pub language: crate::i18n::Language,
    /// Whether the dots of the map's last vote show (not while another vote is under way).
    pub last_vote: bool,
}

/// A presentation ready to play: the map as its view shows it, laid out with whole titles
/// and no editor marks, its drawing, and its steps.
#[derive(Clone, Debug)]
pub struct Deck {
    /// The map as the view shows it: its lanes, its stages in its order.
    pub map: JourneyMap,
    /// Its layout.
    pub layout: MapLayout,
    /// Its drawing.
    pub scene: Scene,
    /// The steps: the overview, then each stage.
    pub steps: Vec<Step>,
}

/// The wave a view plays: the one it names, else `current`.
pub fn wave_of_view<'p>(
    project: &'p Project,
    view: Option<&SavedView>,
    current: Option<&'p Wave>,
) -> Option<&'p Wave> {
    match view.and_then(|v| v.wave) {
        Some(id) => project.wave(id).or(current),
        None => current,
    }
}

/// The filter a view plays: its own when it sets one, else `current`.
pub fn filter_of_view(view: Option<&SavedView>, current: &Filter) -> Filter {
    match view {
        Some(v) if v.has_filter() => Filter {
            segment: v.segment.clone(),
            from: v.from,
            to: v.to,
        },
        _ => current.clone(),
    }
}

/// `map` as `view` shows it: hidden lanes and their cards gone, the view's stages in its
/// order (and only their cards), seen through the view's persona. No view: the map itself.
pub fn viewed_map(map: &JourneyMap, view: Option<&SavedView>) -> JourneyMap {
    let mut shown = map.clone();
    shown.views.clear();
    let Some(view) = view else {
        return shown;
    };
    shown.lanes.retain(|l| !view.hidden_lanes.contains(&l.id));
    shown.stages = view
        .stage_order(map)
        .iter()
        .filter_map(|id| map.stage(*id).cloned())
        .collect();
    if view.persona.is_some() {
        shown.persona = view.persona;
    }
    let stages: std::collections::HashSet<StageId> = shown.stages.iter().map(|s| s.id).collect();
    let lanes: std::collections::HashSet<LaneId> = shown.lanes.iter().map(|l| l.id).collect();
    shown.cards.retain(|c| {
        stages.contains(&c.stage) && lanes.contains(&c.lane) && view.shows_evidence_of(c)
    });
    shown
}

impl Deck {
    /// The presentation of `input`.
    pub fn new(input: &DeckInput<'_>) -> Self {
        let map = viewed_map(input.map, input.view);
        let scores = CardScores::of(input.wave, input.filter);
        let heights = full_title_heights(&map);
        let layout =
            MapLayout::with_card_heights(&map, input.wave.is_some(), false, Some(&heights));
        let persona = map
            .persona
            .and_then(|id| input.project.persona(id))
            .map(|p| p.name.as_str());
        let scene = build_scene(&SceneInput {
            map: &map,
            layout: &layout,
            persona,
            scores: &scores,
            view: input.scores,
            language: input.language,
            editor: false,
            full_titles: true,
            last_vote: input.last_vote,
        });
        let mut steps = vec![Step::Overview];
        steps.extend(
            map.stages
                .iter()
                .enumerate()
                .map(|(index, stage)| Step::Stage {
                    stage: stage.id,
                    index,
                    lane: input.view.and_then(|v| v.zoomed_lane(stage.id)),
                }),
        );
        Self {
            map,
            layout,
            scene,
            steps,
        }
    }

    /// The number of stages presented.
    pub fn stage_count(&self) -> usize {
        self.steps.len().saturating_sub(1)
    }

    /// The step at `index`, the last one past the end.
    pub fn step(&self, index: usize) -> Step {
        self.steps
            .get(index.min(self.steps.len().saturating_sub(1)))
            .copied()
            .unwrap_or(Step::Overview)
    }

    /// The speaker notes of a step (a stage's notes; none for the overview).
    pub fn notes(&self, index: usize) -> &str {
        match self.step(index) {
            Step::Overview => "",
            Step::Stage { index, .. } => self.map.stages.get(index).map_or("", |s| s.notes.trim()),
        }
    }

    /// The marker of a step: "Stage · 3 / 6", or "Overview".
    pub fn marker(&self, index: usize, language: crate::i18n::Language) -> String {
        use crate::i18n::{Text, msg};
        match self.step(index) {
            Step::Overview => Text::Overview.get(language).to_owned(),
            Step::Stage { index: stage, .. } => msg::slide_marker(
                language,
                msg::SlideMarker {
                    stage: self.step_name(index, "").to_owned(),
                    number: (stage + 1).to_string(),
                    count: self.stage_count().to_string(),
                },
            ),
        }
    }

    /// The name of a step: its stage's, or `overview` for the overview.
    pub fn step_name<'a>(&'a self, index: usize, overview: &'a str) -> &'a str {
        match self.step(index) {
            Step::Overview => overview,
            Step::Stage { index, .. } => self.map.stages.get(index).map_or("", |s| s.name.as_str()),
        }
    }
}
