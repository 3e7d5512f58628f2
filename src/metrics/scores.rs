//! NPS, CSAT and CES from answer counts, with n and (for NPS) the 95 % margin of error.

use serde::Serialize;

use crate::model::Scale;

/// Below this many answers a figure is flagged as a low sample.
pub const LOW_SAMPLE: u64 = 30;

/// Net Promoter Score figures.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NpsFigures {
    /// Answers.
    pub n: u64,
    /// Answers of 9 or 10.
    pub promoters: u64,
    /// Answers of 7 or 8.
    pub passives: u64,
    /// Answers of 0 to 6.
    pub detractors: u64,
    /// % promoters − % detractors, −100 … +100.
    pub score: f64,
    /// Half-width of the 95 % confidence interval, in NPS points. Adjusted-Wald (Rocks 2016)
    /// below [`LOW_SAMPLE`] answers, Wald above.
    pub margin95: f64,
}

/// The NPS of counts of answers 0–10 (`counts[i]` answers of `i`); `None` without answers.
pub fn nps(counts: &[u64]) -> Option<NpsFigures> {
    let count = |range: std::ops::RangeInclusive<usize>| -> u64 {
        range.filter_map(|i| counts.get(i)).sum()
    };
    let (detractors, passives, promoters) = (count(0..=6), count(7..=8), count(9..=10));
    let n = detractors + passives + promoters;
    if n == 0 {
        return None;
    }
    let score = 100.0 * (promoters as f64 - detractors as f64) / n as f64;
    Some(NpsFigures {
        n,
        promoters,
        passives,
        detractors,
        score,
        margin95: nps_margin95(promoters, detractors, n),
    })
}

/// The 95 % margin of error of an NPS, in points: 1.96·√(Var/n)·100 with
/// Var = p + d − (p − d)². Small samples use the adjusted-Wald interval: 3 more answers,
/// 0.75 more promoters and detractors.
pub fn nps_margin95(promoters: u64, detractors: u64, n: u64) -> f64 {
    let (mut p, mut d, mut n) = (promoters as f64, detractors as f64, n as f64);
    if n < LOW_SAMPLE as f64 {
        p += 0.75;
        d += 0.75;
        n += 3.0;
    }
    let (p, d) = (p / n, d / n);
    let variance = (p + d - (p - d).powi(2)).max(0.0);
    1.96 * (variance / n).sqrt() * 100.0
}

/// Customer satisfaction figures.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct CsatFigures {
    /// Answers.
    pub n: u64,
    /// Share of the two top answers (4–5 on 1–5, 6–7 on 1–7), in %.
    pub top2_pct: f64,
    /// Mean answer.
    pub mean: f64,
    /// The scale.
    #[serde(serialize_with = "scale_as_pair")]
    pub scale: Scale,
}

/// CSAT of counts on `scale`; `None` without answers.
pub fn csat(counts: &[u64], scale: Scale) -> Option<CsatFigures> {
    let (n, mean) = n_and_mean(counts, scale)?;
    let top = counts.iter().rev().take(2).sum::<u64>() as f64;
    Some(CsatFigures {
        n,
        top2_pct: 100.0 * top / n as f64,
        mean,
        scale,
    })
}

/// Customer effort figures.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct CesFigures {
    /// Answers.
    pub n: u64,
    /// Mean answer (higher is easier).
    pub mean: f64,
    /// Share agreeing it was easy (5–7 on 1–7, 4–5 on 1–5), in %.
    pub agree_pct: f64,
    /// The scale.
    #[serde(serialize_with = "scale_as_pair")]
    pub scale: Scale,
}

/// CES of counts on `scale`; `None` without answers.
pub fn ces(counts: &[u64], scale: Scale) -> Option<CesFigures> {
    let (n, mean) = n_and_mean(counts, scale)?;
    let agreeing_from = if scale.len() >= 7 { 4 } else { 3 };
    let agree = counts.iter().skip(agreeing_from).sum::<u64>() as f64;
    Some(CesFigures {
        n,
        mean,
        agree_pct: 100.0 * agree / n as f64,
        scale,
    })
}

fn n_and_mean(counts: &[u64], scale: Scale) -> Option<(u64, f64)> {
    let n: u64 = counts.iter().sum();
    if n == 0 {
        return None;
    }
    let total: f64 = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| (f64::from(scale.min) + i as f64) * c as f64)
        .sum();
    Some((n, total / n as f64))
}

fn scale_as_pair<S: serde::Serializer>(scale: &Scale, serializer: S) -> Result<S::Ok, S::Error> {
    [scale.min, scale.max].serialize(serializer)
}

/// The 95 % margin of error of a percentage `pct` of `n` answers, in points (Wald).
pub fn percent_margin95(pct: f64, n: u64) -> f64 {
    if n == 0 {
        return 0.0;
    }
    let p = pct / 100.0;
    1.96 * (p * (1.0 - p) / n as f64).sqrt() * 100.0
}

/// The 95 % margin of error of the mean of counts on `scale` (normal approximation).
pub fn mean_margin95(counts: &[u64], scale: Scale) -> f64 {
    let Some((n, mean)) = n_and_mean(counts, scale) else {
        return 0.0;
    };
    if n < 2 {
        return 0.0;
    }
    let squares: f64 = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| (f64::from(scale.min) + i as f64 - mean).powi(2) * c as f64)
        .sum();
    let sd = (squares / (n - 1) as f64).sqrt();
    1.96 * sd / (n as f64).sqrt()
}

/// Counts of raw 0–10 answers, for tests and callers holding answers.
pub fn counts_of(answers: &[u8], scale: Scale) -> Vec<u64> {
    let mut counts = vec![0; scale.len()];
    for &a in answers {
        if a >= scale.min && a <= scale.max {
            counts[usize::from(a - scale.min)] += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nps_of(answers: &[u8]) -> NpsFigures {
        nps(&counts_of(answers, Scale::NPS)).unwrap()
    }

    fn round2(v: f64) -> f64 {
        (v * 100.0).round() / 100.0
    }

    #[test]
    fn nps_test_vectors_of_the_samples_readme() {
        assert_eq!(
            round2(nps_of(&[9, 5, 10, 6, 4, 5, 7, 8, 8, 9, 6]).score),
            -18.18
        );
        assert_eq!(round2(nps_of(&[1, 5, 5, 6, 7, 3, 9, 10, 10]).score), -22.22);
        // `NA` is not an answer: n = 6.
        let f = nps_of(&[1, 8, 8, 10, 5, 9]);
        assert_eq!((f.n, f.score), (6, 0.0));
        let mut counts = vec![0u64; 11];
        counts[10] = 60;
        counts[8] = 25;
        counts[3] = 15;
        let f = nps(&counts).unwrap();
        assert_eq!(f.score, 45.0);
        assert_eq!((f.margin95 * 10.0).round() / 10.0, 14.5);
    }

    #[test]
    fn small_samples_get_the_adjusted_wald_margin() {
        // 3 promoters, 1 detractor of 5: adjusted n = 8, p = 3.75/8, d = 1.75/8.
        let f = nps_of(&[9, 9, 10, 7, 2]);
        let (p, d) = (3.75 / 8.0, 1.75 / 8.0);
        let expected = 1.96 * ((p + d - (p - d) * (p - d)) / 8.0_f64).sqrt() * 100.0;
        assert!((f.margin95 - expected).abs() < 1e-9);
        assert!(nps(&[0; 11]).is_none());
    }

    #[test]
    fn csat_top_two_box_and_ces_agreement() {
        let c = csat(
            &counts_of(&[1, 2, 3, 4, 5, 5], Scale::ONE_TO_FIVE),
            Scale::ONE_TO_FIVE,
        )
        .unwrap();
        assert_eq!(c.n, 6);
        assert!((c.top2_pct - 50.0).abs() < 1e-9);
        assert!((c.mean - 20.0 / 6.0).abs() < 1e-9);
        let c = csat(
            &counts_of(&[6, 7, 5, 1], Scale::ONE_TO_SEVEN),
            Scale::ONE_TO_SEVEN,
        )
        .unwrap();
        assert!((c.top2_pct - 50.0).abs() < 1e-9);
        let e = ces(
            &counts_of(&[5, 6, 7, 4, 1], Scale::ONE_TO_SEVEN),
            Scale::ONE_TO_SEVEN,
        )
        .unwrap();
        assert!((e.agree_pct - 60.0).abs() < 1e-9);
        let e = ces(
            &counts_of(&[4, 5, 3, 1], Scale::ONE_TO_FIVE),
            Scale::ONE_TO_FIVE,
        )
        .unwrap();
        assert!((e.agree_pct - 50.0).abs() < 1e-9);
        assert!((e.mean - 3.25).abs() < 1e-9);
    }
}
