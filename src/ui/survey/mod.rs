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
use crate::metrics::{Figures, Filter, Totals};
use crate::model::{CardId, MetricKind, Project, Scales, Wave, WaveId};

/// What the user chose to see of the surveys, and the figures it gives.
#[derive(Default)]
pub struct SurveyView {
    /// The wave shown; the latest one when `None` or gone.
    pub wave: Option<WaveId>,
    /// Segment and period.
    pub filter: Filter,
    /// The metric touchpoint cards are tinted by.
    pub heat: Option<MetricKind>,
    /// The metrics hidden from the badges (all are shown at first).
    pub hidden_badges: Vec<MetricKind>,
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
    /// A wave being renamed, with the name typed so far.
    pub renaming: Option<(WaveId, String)>,
    cache_key: Option<(u64, Option<WaveId>, Filter)>,
    scores: CardScores,
}

/// Figures per touchpoint card for the current wave and filter.
#[derive(Clone, Debug, Default)]
pub struct CardScores {
    /// Per card.
    pub figures: HashMap<CardId, Figures>,
    /// The wave's scales.
    pub scales: Scales,
    /// Metrics shown on the badges.
    pub badges: Vec<MetricKind>,
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

    /// The figures per card, recomputed when the project, the wave or the filter changed.
    pub fn scores(&mut self, doc: &Document) -> &CardScores {
        let project = doc.project();
        let wave = self.current_wave(project);
        let key = (doc.generation(), wave.map(|w| w.id), self.filter.clone());
        if self.cache_key.as_ref() != Some(&key) {
            self.scores.figures = wave
                .map(|w| figures_per_card(w, &self.filter))
                .unwrap_or_default();
            self.scores.scales = wave.map(|w| w.mapping.scales).unwrap_or_default();
            self.cache_key = Some(key);
        }
        self.scores.any_wave = !project.waves.is_empty();
        self.scores.heat = self.heat;
        self.scores.badges = MetricKind::ALL
            .into_iter()
            .filter(|m| !self.hidden_badges.contains(m))
            .collect();
        &self.scores
    }
}

/// Adds up a wave's cells per card, in one pass.
pub fn figures_per_card(wave: &Wave, filter: &Filter) -> HashMap<CardId, Figures> {
    let mut totals: HashMap<CardId, Totals> = HashMap::new();
    for cell in &wave.cells {
        let Some(card) = cell
            .touchpoint
            .and_then(|t| wave.touchpoints.get(t as usize))
            .and_then(|t| t.card)
        else {
            continue;
        };
        if filter.admits(wave, cell) {
            totals.entry(card).or_default().add(cell);
        }
    }
    totals
        .into_iter()
        .map(|(card, t)| (card, t.figures(&wave.mapping.scales)))
        .collect()
}
