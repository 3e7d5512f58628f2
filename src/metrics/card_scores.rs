//! What the current wave and filter give each touchpoint card, computed once per change and
//! read by the canvas badges, the heat map, the inspector, the dashboard and (next) export.

use std::collections::HashMap;

use super::summary::{Figures, Filter, Totals, totals_per_card, totals_where};
use crate::model::{CardId, Month, Scales, Wave, WaveId};

/// The figures of one wave under one filter.
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
}

impl CardScores {
    /// The figures of `wave` (none without a wave) under `filter`, in one pass over its cells
    /// per table.
    pub fn of(wave: Option<&Wave>, filter: &Filter) -> CardScores {
        let Some(wave) = wave else {
            return CardScores::default();
        };
        let totals = totals_per_card(wave, filter);
        let scales = wave.mapping.scales;
        let figures = totals
            .iter()
            .map(|(card, t)| (*card, t.figures(&scales)))
            .collect();
        CardScores {
            totals,
            figures,
            whole: totals_where(wave, filter, |_| true),
            months: wave.months(),
            scales,
        }
    }
}

/// [`CardScores`] kept until the project, the wave or the filter changes.
#[derive(Default)]
pub struct ScoreCache {
    key: Option<(u64, Option<WaveId>, Filter)>,
    scores: CardScores,
}

impl ScoreCache {
    /// The figures of `wave` under `filter` for the project at `generation` (which changes
    /// with every edit), recomputed only when one of the three changed.
    pub fn get(&mut self, generation: u64, wave: Option<&Wave>, filter: &Filter) -> &CardScores {
        let key = (generation, wave.map(|w| w.id), filter.clone());
        if self.key.as_ref() != Some(&key) {
            self.scores = CardScores::of(wave, filter);
            self.key = Some(key);
        }
        &self.scores
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mapping, ScoreCell, TouchpointTarget, WaveTouchpoint};

    fn wave() -> Wave {
        let cell = |touchpoint, month, nps: &[u64]| ScoreCell {
            touchpoint: Some(touchpoint),
            segment: None,
            month: Some(month),
            responses: nps.iter().sum(),
            nps: nps.to_vec(),
            ..ScoreCell::default()
        };
        Wave {
            id: WaveId(7),
            name: "w".into(),
            source: "w.csv".into(),
            imported: String::new(),
            mapping: Mapping {
                touchpoints: vec![("A".into(), TouchpointTarget::Card(CardId(1)))],
                ..Mapping::default()
            },
            rows: Default::default(),
            touchpoints: vec![
                WaveTouchpoint {
                    label: "A".into(),
                    card: Some(CardId(1)),
                },
                WaveTouchpoint {
                    label: "B".into(),
                    card: None,
                },
            ],
            segments: Vec::new(),
            cells: vec![
                cell(0, Month::new(2026, 1), &[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]),
                cell(0, Month::new(2026, 2), &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]),
                cell(1, Month::new(2026, 2), &[4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            ],
            verbatims: Vec::new(),
        }
    }

    #[test]
    fn figures_per_card_and_for_the_whole_wave_under_the_filter() {
        let wave = wave();
        let all = CardScores::of(Some(&wave), &Filter::default());
        let card = all.figures[&CardId(1)].nps.unwrap();
        assert_eq!((card.n, card.promoters, card.detractors), (6, 5, 1));
        // The unmatched touchpoint counts in the whole wave, not on any card.
        assert_eq!(all.figures.len(), 1);
        assert_eq!(all.whole.figures(&all.scales).nps.unwrap().n, 10);
        assert_eq!(all.months.len(), 2);

        let february = Filter {
            from: Some(Month::new(2026, 2)),
            ..Filter::default()
        };
        let later = CardScores::of(Some(&wave), &february);
        assert_eq!(later.figures[&CardId(1)].nps.unwrap().n, 2);
        assert!(CardScores::of(None, &february).figures.is_empty());
    }

    #[test]
    fn the_cache_recomputes_only_when_the_project_wave_or_filter_changes() {
        let mut wave = wave();
        let mut cache = ScoreCache::default();
        let filter = Filter::default();
        assert_eq!(cache.get(1, Some(&wave), &filter).whole.responses, 10);
        // Same generation: the figures kept, even if the wave were different in memory.
        wave.cells.pop();
        assert_eq!(cache.get(1, Some(&wave), &filter).whole.responses, 10);
        assert_eq!(cache.get(2, Some(&wave), &filter).whole.responses, 6);
    }
}
