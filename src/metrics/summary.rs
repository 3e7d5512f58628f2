//! Adding up a wave's distributions under a filter (segment, period) and turning them into
//! figures.

use std::collections::HashMap;

use crate::model::{CardId, Counts, MetricKind, Month, Scales, ScoreCell, Wave};
use crate::survey::add_counts;

use super::scores::{CesFigures, CsatFigures, NpsFigures, ces, csat, nps};

/// Which answers count: every figure on screen is computed through one of these.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Filter {
    /// Only this segment (by name), or all.
    pub segment: Option<String>,
    /// From this month on (inclusive).
    pub from: Option<Month>,
    /// Up to this month (inclusive).
    pub to: Option<Month>,
}

impl Filter {
    /// Whether a cell of `wave` passes the filter.
    pub fn admits(&self, wave: &Wave, cell: &ScoreCell) -> bool {
        self.admits_at(wave, cell.segment, cell.month)
    }

    /// Whether answers of a segment (index in [`Wave::segments`]) and month pass the filter:
    /// for cells and verbatims alike.
    pub fn admits_at(&self, wave: &Wave, segment: Option<u32>, month: Option<Month>) -> bool {
        if let Some(wanted) = &self.segment {
            let name = segment.and_then(|s| wave.segments.get(s as usize));
            if name != Some(wanted) {
                return false;
            }
        }
        if self.from.is_some() || self.to.is_some() {
            let Some(month) = month else {
                return false;
            };
            if self.from.is_some_and(|from| month < from) || self.to.is_some_and(|to| month > to) {
                return false;
            }
        }
        true
    }

    /// Whether the filter lets everything through.
    pub fn is_everything(&self) -> bool {
        self == &Filter::default()
    }
}

/// Answer counts added up over cells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Responses.
    pub responses: u64,
    /// NPS counts.
    pub nps: Counts,
    /// CSAT counts.
    pub csat: Counts,
    /// CES counts.
    pub ces: Counts,
}

impl Totals {
    /// Adds a cell.
    pub fn add(&mut self, cell: &ScoreCell) {
        self.responses += cell.responses;
        add_counts(&mut self.nps, &cell.nps);
        add_counts(&mut self.csat, &cell.csat);
        add_counts(&mut self.ces, &cell.ces);
    }

    /// Adds other totals (a stage's touchpoints pooled).
    pub fn merge(&mut self, other: &Totals) {
        self.responses += other.responses;
        add_counts(&mut self.nps, &other.nps);
        add_counts(&mut self.csat, &other.csat);
        add_counts(&mut self.ces, &other.ces);
    }

    /// The counts of a metric.
    pub fn counts(&self, metric: MetricKind) -> &Counts {
        match metric {
            MetricKind::Nps => &self.nps,
            MetricKind::Csat => &self.csat,
            MetricKind::Ces => &self.ces,
        }
    }

    /// The figures of these counts.
    pub fn figures(&self, scales: &Scales) -> Figures {
        Figures {
            responses: self.responses,
            nps: nps(&self.nps),
            csat: csat(&self.csat, scales.csat),
            ces: ces(&self.ces, scales.ces),
        }
    }
}

/// NPS, CSAT and CES of some answers.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figures {
    /// Responses.
    pub responses: u64,
    /// NPS, if asked.
    pub nps: Option<NpsFigures>,
    /// CSAT, if asked.
    pub csat: Option<CsatFigures>,
    /// CES, if asked.
    pub ces: Option<CesFigures>,
}

impl Figures {
    /// The headline value of a metric with its 95 % margin of error.
    pub fn headline_with_margin(
        &self,
        metric: MetricKind,
        totals: &Totals,
        scales: &Scales,
    ) -> Option<(f64, f64, u64)> {
        let (value, n) = self.headline(metric)?;
        let margin = match metric {
            MetricKind::Nps => self.nps.map_or(0.0, |f| f.margin95),
            MetricKind::Csat => super::scores::percent_margin95(value, n),
            MetricKind::Ces => super::scores::mean_margin95(&totals.ces, scales.ces),
        };
        Some((value, margin, n))
    }

    /// The headline value of a metric (NPS score, CSAT top-2 %, CES mean) and its n.
    pub fn headline(&self, metric: MetricKind) -> Option<(f64, u64)> {
        match metric {
            MetricKind::Nps => self.nps.map(|f| (f.score, f.n)),
            MetricKind::Csat => self.csat.map(|f| (f.top2_pct, f.n)),
            MetricKind::Ces => self.ces.map(|f| (f.mean, f.n)),
        }
    }
}

/// The totals of every card a wave's touchpoints are matched to, under a filter, in one pass
/// over the cells.
pub fn totals_per_card(wave: &Wave, filter: &Filter) -> HashMap<CardId, Totals> {
    let mut totals: HashMap<CardId, Totals> = HashMap::new();
    for cell in &wave.cells {
        let card = cell
            .touchpoint
            .and_then(|t| wave.touchpoints.get(t as usize))
            .and_then(|t| t.card);
        if let Some(card) = card
            && filter.admits(wave, cell)
        {
            totals.entry(card).or_default().add(cell);
        }
    }
    totals
}

/// The totals of a card's touchpoint in a wave, under a filter.
pub fn card_totals(wave: &Wave, card: CardId, filter: &Filter) -> Totals {
    let indices: Vec<u32> = wave.touchpoint_indices_of(card).collect();
    totals_where(wave, filter, |cell| {
        cell.touchpoint.is_some_and(|t| indices.contains(&t))
    })
}

/// The totals of the cells that pass the filter and `keep`.
pub fn totals_where(wave: &Wave, filter: &Filter, keep: impl Fn(&ScoreCell) -> bool) -> Totals {
    let mut totals = Totals::default();
    for cell in &wave.cells {
        if keep(cell) && filter.admits(wave, cell) {
            totals.add(cell);
        }
    }
    totals
}

/// The answers of the filter's segment and those of every other segment (and of answers
/// without one) in the same months: `None` when the filter names no segment.
pub fn segment_and_rest(wave: &Wave, filter: &Filter) -> Option<(Totals, Totals)> {
    let segment = filter.segment.as_ref()?;
    let months = Filter {
        segment: None,
        ..filter.clone()
    };
    let index = wave.segments.iter().position(|s| s == segment);
    let in_segment =
        |cell: &ScoreCell| index.is_some() && cell.segment.map(|s| s as usize) == index;
    let chosen = totals_where(wave, &months, in_segment);
    let rest = totals_where(wave, &months, |cell| !in_segment(cell));
    Some((chosen, rest))
}

/// A card's figures month by month, in order.
pub fn card_trend(wave: &Wave, card: CardId, filter: &Filter) -> Vec<(Month, Figures)> {
    let indices: Vec<u32> = wave.touchpoint_indices_of(card).collect();
    let mut months: Vec<(Month, Totals)> = Vec::new();
    for cell in &wave.cells {
        let (Some(month), Some(t)) = (cell.month, cell.touchpoint) else {
            continue;
        };
        if !indices.contains(&t) || !filter.admits(wave, cell) {
            continue;
        }
        match months.iter_mut().find(|(m, _)| *m == month) {
            Some((_, totals)) => totals.add(cell),
            None => {
                let mut totals = Totals::default();
                totals.add(cell);
                months.push((month, totals));
            }
        }
    }
    months.sort_by_key(|(m, _)| *m);
    months
        .into_iter()
        .map(|(m, t)| (m, t.figures(&wave.mapping.scales)))
        .collect()
}
