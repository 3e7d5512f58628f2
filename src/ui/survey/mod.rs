//! Survey scores in the window: the import dialog, the filter bar, badges and heat tint on
//! the canvas, the touchpoint's scores in the inspector, and the dashboard.

mod dashboard;
mod filter_bar;
mod import;
mod inspector;
pub(super) mod palette;
mod waves;

use std::collections::HashMap;

pub(super) use import::ImportSession;

use crate::document::Document;
use crate::metrics::{Figures, Filter, Totals, totals_per_card, totals_where};
use crate::model::{CardId, MetricKind, Month, Project, Scales, Wave, WaveId};

/// What the user chose to see of the surveys, and the figures it gives.
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
    /// The inspector's verbatim list for its query: total, and indices of the matches.
    pub(in crate::ui) verbatims: Option<(inspector::VerbatimQuery, usize, Vec<usize>)>,
    /// The inspector's trend and comparison for its card.
    pub(in crate::ui) inspector: Option<inspector::CardDetails>,
    /// A wave being renamed, with the name typed so far.
    pub renaming: Option<(WaveId, String)>,
    cache_key: Option<(u64, Option<WaveId>, Filter)>,
    scores: CardScores,
}

/// What the current wave and filter give, computed once per change and read by the canvas,
/// the filter bar, the inspector and the dashboard.
#[derive(Clone, Debug, Default)]
pub struct CardScores {
    /// Answer counts per touchpoint card.
    pub totals: HashMap<CardId, Totals>,
    /// Figures per touchpoint card.
    pub figures: HashMap<CardId, Figures>,
    /// Every answer of the wave under the filter, touchpoints or not.
    pub whole: Totals,
    /// The months the wave covers.
    pub months: Vec<Month>,
    /// The wave's scales.
    pub scales: Scales,
    /// The metrics hidden from the badges, by [`MetricKind`] index.
    pub hidden_badges: [bool; 3],
    /// The heat-map metric.
    pub heat: Option<MetricKind>,
    /// Whether the project has any wave at all.
    pub any_wave: bool,
}

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
        let project = doc.project();
        let wave = self.current_wave(project);
        let key = (doc.generation(), wave.map(|w| w.id), self.filter.clone());
        if self.cache_key.as_ref() != Some(&key) {
            let scores = &mut self.scores;
            scores.totals = wave
                .map(|w| totals_per_card(w, &self.filter))
                .unwrap_or_default();
            scores.scales = wave.map(|w| w.mapping.scales).unwrap_or_default();
            scores.figures = scores
                .totals
                .iter()
                .map(|(card, t)| (*card, t.figures(&scores.scales)))
                .collect();
            scores.whole = wave
                .map(|w| totals_where(w, &self.filter, |_| true))
                .unwrap_or_default();
            scores.months = wave.map(Wave::months).unwrap_or_default();
            self.cache_key = Some(key);
        }
        self.scores.any_wave = !project.waves.is_empty();
        self.scores.heat = self.heat;
        self.scores.hidden_badges = self.hidden_badges;
        &self.scores
    }
}

/// Today's date, `YYYY-MM-DD`, for the waves' import date.
fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}
