//! Survey scores in the window: the import dialog, the filter bar, badges and heat tint on
//! the canvas, the touchpoint's scores in the inspector, and the dashboard.

mod dashboard;
mod difference;
mod filter_bar;
mod import;
mod inspector;
pub(super) mod palette;
mod sizing;
mod waves;

pub(super) use dashboard::dashboard_ui;
pub(super) use filter_bar::filter_bar_ui;
pub(super) use import::{ImportOutcome, ImportSession, import_dialog_ui, map_touchpoints};
pub(super) use inspector::touchpoint_scores_ui;
pub(super) use sizing::opportunity_sizing_ui;
pub(super) use waves::{rename_wave_ui, surveys_section_ui};

use crate::document::Document;
use crate::metrics::{CardScores, Filter, ScoreCache, Totals, VerbatimCache};
use crate::model::{ColumnRole, MetricKind, Project, Wave, WaveId};

/// What the user chose to see of the surveys, and the caches of the figures it gives.
#[derive(Default)]
pub struct SurveyView {
    /// The wave shown; the latest one when `None` or gone.
    pub wave: Option<WaveId>,
    /// Segment and period.
    pub filter: Filter,
    /// The metric touchpoint cards are tinted by.
    pub heat: Option<MetricKind>,
    /// The metrics hidden from the badges, by [`MetricKind`] index (all shown at first).
    pub hidden_badges: [bool; 3],
    /// The dashboard replaces the canvas.
    pub dashboard: bool,
    /// A second wave to compare with, in the inspector.
    pub compare_with: Option<WaveId>,
    /// The inspector's comment search.
    pub verbatim_search: String,
    /// The metric the dashboard ranks by.
    pub ranking: Option<MetricKind>,
    /// The inspector's verbatim list for its query.
    pub(in crate::ui) verbatims: VerbatimCache,
    /// The inspector's trend and comparison for its card.
    pub(in crate::ui) inspector: Option<inspector::CardDetails>,
    /// The dashboard's segment against the rest, for its project generation, wave and filter.
    pub(in crate::ui) segment_rest: SegmentRestCache,
    /// The opportunity sizing shown in the inspector.
    pub(in crate::ui) sizing: sizing::SizingCache,
    /// A wave being renamed, with the name typed so far.
    pub renaming: Option<(WaveId, String)>,
    /// The wave the filter was chosen on: a filter does not outlive its wave.
    filter_wave: Option<WaveId>,
    /// A wave just imported, whose heat map is to be turned on once it is in the project.
    just_imported: Option<WaveId>,
    /// The width the filter bar takes with every control in line, as last measured.
    pub(in crate::ui) filter_bar_width: f32,
    scores: ScoreCache,
}

/// The segment's answers and the rest's, for the project generation, wave and filter they
/// were added up for.
pub(in crate::ui) type SegmentRestCache =
    crate::ui::memo::Memo<(u64, WaveId, Filter), Option<(Totals, Totals)>>;

/// How survey scores show on the canvas: the view's choices, copied for one frame.
pub type BadgeOptions = crate::scene::ScoreView;

impl SurveyView {
    /// The wave shown: the chosen one, else the latest.
    pub fn current_wave<'p>(&self, project: &'p Project) -> Option<&'p Wave> {
        self.wave
            .and_then(|id| project.wave(id))
            .or_else(|| project.waves.last())
    }

    /// The figures of the current wave and filter, recomputed when the project, the wave or
    /// the filter changed.
    pub fn scores(&mut self, doc: &Document) -> &CardScores {
        let wave = self.current_wave(doc.project());
        self.scores.get(doc.generation(), wave, &self.filter)
    }

    /// Keeps the filter to the wave shown, once a frame before anything reads it: showing
    /// another wave resets the filter, and a segment the wave does not have is dropped, so
    /// that no figure is ever filtered by a choice the screen no longer shows.
    pub fn follow_wave(&mut self, project: &Project) {
        let current = self.current_wave(project);
        let id = current.map(|w| w.id);
        if id != self.filter_wave {
            self.filter = Filter::default();
            self.filter_wave = id;
        }
        if let (Some(wave), Some(segment)) = (current, &self.filter.segment)
            && !wave.segments.contains(segment)
        {
            self.filter.segment = None;
        }
        // A wave just imported shows at once: its first metric tints the map.
        if let Some(wave) = self.just_imported.and_then(|id| project.wave(id)) {
            self.just_imported = None;
            if self.heat.is_none() {
                self.heat = MetricKind::ALL.into_iter().find(|metric| {
                    wave.mapping.columns.iter().any(
                        |c| matches!(c.role, ColumnRole::Score { metric: m, .. } if m == *metric),
                    )
                });
            }
        }
    }

    /// Shows `wave`, just imported: the filter starts afresh and the heat map shows its
    /// first metric when none was chosen.
    pub fn show_imported(&mut self, wave: WaveId) {
        self.wave = Some(wave);
        self.just_imported = Some(wave);
    }

    /// How scores show on the canvas.
    pub fn badge_options(&self, project: &Project) -> BadgeOptions {
        BadgeOptions {
            hidden_badges: self.hidden_badges,
            heat: self.heat,
            any_wave: !project.waves.is_empty(),
        }
    }
}

/// Today's date, `YYYY-MM-DD`, for the waves' import date.
pub(in crate::ui) fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}
