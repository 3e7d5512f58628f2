//! Sizing an opportunity from the survey: how many answers pass through the touchpoints it
//! addresses, how many of them are detractors, and what the NPS of the whole wave would
//! become if those detractors became passives — with its margin of error.

use std::collections::HashSet;

use crate::model::{CardContent, CardId, JourneyMap, Wave};

use super::scores::{NpsFigures, nps, nps_margin95, percent_margin95};
use super::summary::{Filter, totals_where};

/// An opportunity's size in the survey, under one filter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OpportunitySize {
    /// The touchpoints it addresses that have NPS answers under the filter.
    pub touchpoints: usize,
    /// NPS answers at those touchpoints.
    pub reach: u64,
    /// Detractors among them.
    pub detractors: u64,
    /// The NPS of every answer of the wave under the filter, today.
    pub today: NpsFigures,
    /// The same NPS if the detractors at those touchpoints became passives.
    pub what_if: NpsFigures,
}

impl OpportunitySize {
    /// The reach as a share of every NPS answer under the filter, in %.
    pub fn reach_pct(&self) -> f64 {
        100.0 * self.reach as f64 / self.today.n.max(1) as f64
    }

    /// The detractors' share of the answers reached, in %.
    pub fn detractor_pct(&self) -> f64 {
        100.0 * self.detractors as f64 / self.reach.max(1) as f64
    }

    /// The 95 % margin of [`Self::detractor_pct`], in points.
    pub fn detractor_margin95(&self) -> f64 {
        percent_margin95(self.detractor_pct(), self.reach)
    }

    /// NPS points gained in the what-if.
    pub fn uplift(&self) -> f64 {
        self.what_if.score - self.today.score
    }

    /// An impact from 1 to 5 suggested by the uplift: under half a point 1, under 2 points 2,
    /// under 5 points 3, under 10 points 4, else 5.
    pub fn suggested_impact(&self) -> u8 {
        match self.uplift() {
            u if u < 0.5 => 1,
            u if u < 2.0 => 2,
            u if u < 5.0 => 3,
            u if u < 10.0 => 4,
            _ => 5,
        }
    }
}

/// The touchpoint cards an opportunity addresses: its own links, then those of its pain
/// points, each once, cards that no longer exist left out.
pub fn opportunity_touchpoints(map: &JourneyMap, opportunity: CardId) -> Vec<CardId> {
    let Some(CardContent::Opportunity(o)) = map.card(opportunity).map(|c| &c.content) else {
        return Vec::new();
    };
    let through_pain_points = o.pain_points.iter().filter_map(|p| match map.card(*p) {
        Some(card) => match &card.content {
            CardContent::PainPoint(pain) => Some(pain.touchpoints.iter().copied()),
            _ => None,
        },
        None => None,
    });
    let mut seen = HashSet::new();
    o.touchpoints
        .iter()
        .copied()
        .chain(through_pain_points.flatten())
        .filter(|id| {
            matches!(
                map.card(*id).map(|c| &c.content),
                Some(CardContent::Touchpoint(_))
            )
        })
        .filter(|id| seen.insert(*id))
        .collect()
}

/// The size of an opportunity of `map` in `wave` under `filter`; `None` when it addresses no
/// touchpoint with NPS answers.
pub fn size_opportunity(
    map: &JourneyMap,
    wave: &Wave,
    filter: &Filter,
    opportunity: CardId,
) -> Option<OpportunitySize> {
    let cards = opportunity_touchpoints(map, opportunity);
    let mut indices = HashSet::new();
    let mut touchpoints = 0;
    for card in cards {
        let before = indices.len();
        indices.extend(wave.touchpoint_indices_of(card));
        if indices.len() > before {
            touchpoints += 1;
        }
    }
    if indices.is_empty() {
        return None;
    }
    let reached = totals_where(wave, filter, |cell| {
        cell.touchpoint.is_some_and(|t| indices.contains(&t))
    });
    let whole = totals_where(wave, filter, |_| true);
    let mut size = size_from(&reached.nps, &whole.nps)?;
    size.touchpoints = touchpoints;
    Some(size)
}

/// The size from the NPS counts reached and those of the whole (which hold the reached
/// ones). `None` without answers reached.
pub fn size_from(reached: &[u64], whole: &[u64]) -> Option<OpportunitySize> {
    let reach = nps(reached)?;
    let today = nps(whole)?;
    // The reached answers are part of the whole; a hand-edited file may say otherwise.
    let detractors = reach.detractors.min(today.detractors);
    let remaining = today.detractors - detractors;
    let what_if = NpsFigures {
        n: today.n,
        promoters: today.promoters,
        passives: today.passives.saturating_add(detractors),
        detractors: remaining,
        score: 100.0 * (today.promoters as f64 - remaining as f64) / today.n as f64,
        margin95: nps_margin95(today.promoters, remaining, today.n),
    };
    Some(OpportunitySize {
        touchpoints: 0,
        reach: reach.n,
        detractors: reach.detractors,
        today,
        what_if,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Card, LaneId, Mapping, Opportunity, PainPoint, ScoreCell, StageId, Touchpoint, WaveId,
        WaveTouchpoint,
    };
    use proptest::prelude::*;

    fn nps_counts(detractors: u64, passives: u64, promoters: u64) -> Vec<u64> {
        let mut counts = vec![0; 11];
        counts[2] = detractors;
        counts[8] = passives;
        counts[9] = promoters;
        counts
    }

    #[test]
    fn hand_computed_size_of_a_small_wave() {
        // Whole wave: 30 detractors, 40 passives, 30 promoters (NPS 0, n 100).
        // At the touchpoints: 12 detractors, 6 passives, 2 promoters (n 20).
        let size = size_from(&nps_counts(12, 6, 2), &nps_counts(30, 40, 30)).unwrap();
        assert_eq!(size.reach, 20);
        assert!((size.reach_pct() - 20.0).abs() < 1e-9);
        assert_eq!(size.detractors, 12);
        assert!((size.detractor_pct() - 60.0).abs() < 1e-9);
        // 1.96 · √(0.6 · 0.4 / 20) · 100 = 21.47.
        assert!((size.detractor_margin95() - 21.470_9).abs() < 1e-3);
        assert!(size.today.score.abs() < 1e-9);
        // If the 12 became passives: (30 − 18) / 100 = +12.
        assert!((size.what_if.score - 12.0).abs() < 1e-9);
        assert_eq!(size.what_if.detractors, 18);
        assert_eq!(size.what_if.passives, 52);
        // 1.96 · √((0.30 + 0.18 − 0.12²) / 100) · 100 = 13.374.
        assert!((size.what_if.margin95 - 13.374).abs() < 1e-3);
        assert_eq!(size.suggested_impact(), 5);
    }

    #[test]
    fn the_wave_and_map_are_read_through_the_pain_points() {
        let (stage, lanes) = (StageId(1), [LaneId(1), LaneId(2), LaneId(3)]);
        let card = |id: u64, lane: usize, content: CardContent| Card {
            id: CardId(id),
            stage,
            lane: lanes[lane],
            content,
        };
        let mut map = crate::example::example_project().maps.swap_remove(0);
        map.cards = vec![
            card(1, 0, CardContent::Touchpoint(Touchpoint::default())),
            card(2, 0, CardContent::Touchpoint(Touchpoint::default())),
            card(
                3,
                1,
                CardContent::PainPoint(PainPoint {
                    touchpoints: vec![CardId(1), CardId(99)],
                    ..PainPoint::default()
                }),
            ),
            card(
                4,
                2,
                CardContent::Opportunity(Opportunity {
                    pain_points: vec![CardId(3)],
                    touchpoints: vec![CardId(1)],
                    ..Opportunity::default()
                }),
            ),
        ];
        assert_eq!(opportunity_touchpoints(&map, CardId(4)), vec![CardId(1)]);
        let tp = |label: &str, card| WaveTouchpoint {
            label: label.into(),
            card: Some(CardId(card)),
        };
        let cell = |touchpoint, responses, nps| ScoreCell {
            touchpoint: Some(touchpoint),
            responses,
            nps,
            ..ScoreCell::default()
        };
        let wave = Wave {
            id: WaveId(1),
            name: "w".into(),
            source: "w.csv".into(),
            imported: String::new(),
            mapping: Mapping::default(),
            rows: Default::default(),
            touchpoints: vec![tp("A", 1), tp("B", 2)],
            segments: Vec::new(),
            cells: vec![
                cell(0, 20, nps_counts(12, 6, 2)),
                cell(1, 80, nps_counts(18, 34, 28)),
            ],
            verbatims: Vec::new(),
        };
        let size = size_opportunity(&map, &wave, &Filter::default(), CardId(4)).unwrap();
        assert_eq!((size.touchpoints, size.reach, size.detractors), (1, 20, 12));
        assert!((size.what_if.score - 12.0).abs() < 1e-9);
        // An opportunity reaching no touchpoint with answers has no size.
        map.cards.truncate(3);
        assert!(size_opportunity(&map, &wave, &Filter::default(), CardId(4)).is_none());
    }

    proptest! {
        #[test]
        fn the_what_if_never_lowers_the_nps(
            reached in proptest::collection::vec(0u64..500, 11),
            rest in proptest::collection::vec(0u64..500, 11),
        ) {
            let whole: Vec<u64> = reached.iter().zip(&rest).map(|(a, b)| a + b).collect();
            if let Some(size) = size_from(&reached, &whole) {
                prop_assert!(size.what_if.score >= size.today.score - 1e-9);
                prop_assert!(size.what_if.score <= 100.0 + 1e-9);
                prop_assert_eq!(size.what_if.n, size.today.n);
                if size.detractors == 0 {
                    prop_assert!((size.what_if.score - size.today.score).abs() < 1e-9);
                    prop_assert!((size.what_if.margin95 - size.today.margin95).abs() < 1e-9);
                }
            }
        }
    }
}
