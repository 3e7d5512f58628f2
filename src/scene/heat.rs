//! Where a touchpoint's figure sits on its metric's heat scale, and the scale's labels.

use crate::i18n::{Language, format};
use crate::metrics::Figures;
use crate::model::{MetricKind, Scales};

/// Where a figure sits on its metric's range, −1 … +1: NPS −100 … +100, CSAT top-2 0 … 100 %,
/// CES mean from the bottom to the top of its scale.
pub fn heat_position(metric: MetricKind, figures: &Figures, scales: &Scales) -> Option<f32> {
    let (value, _) = figures.headline(metric)?;
    let t = match metric {
        MetricKind::Nps => value / 100.0,
        MetricKind::Csat => (value - 50.0) / 50.0,
        MetricKind::Ces => {
            let (min, max) = (f64::from(scales.ces.min), f64::from(scales.ces.max));
            (value - (min + max) / 2.0) / ((max - min) / 2.0)
        }
    };
    Some(t as f32)
}

/// The ends and middle of a metric's heat scale, as labels.
pub fn heat_scale_labels(metric: MetricKind, scales: &Scales, language: Language) -> [String; 3] {
    match metric {
        MetricKind::Nps => ["−100".into(), "0".into(), "+100".into()],
        MetricKind::Csat => [0.0, 50.0, 100.0].map(|v| format::percent(language, v, 0)),
        MetricKind::Ces => {
            let (min, max) = (f64::from(scales.ces.min), f64::from(scales.ces.max));
            let middle = (min + max) / 2.0;
            let decimals = usize::from(middle.fract() != 0.0);
            [
                format::decimal(language, min, 0),
                format::decimal(language, middle, decimals),
                format::decimal(language, max, 0),
            ]
        }
    }
}
