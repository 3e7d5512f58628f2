//! Whether a difference between two figures is real or could be noise: a two-sample test
//! per metric, at 95 %.
//!
//! - NPS: the difference of two independent NPS, each with the variance its margin of error
//!   uses, Var = (p + d − (p − d)²) / n (a z test).
//! - CSAT top-2-box: the two-proportion z test with the pooled proportion.
//! - CES means: Welch's t test, with the Welch–Satterthwaite degrees of freedom.

use statrs::distribution::{ContinuousCDF, Normal, StudentsT};

use crate::model::{MetricKind, Scale, Scales};

use super::scores::nps;
use super::summary::Totals;

/// The level below which a p-value makes a difference significant.
pub const SIGNIFICANCE_LEVEL: f64 = 0.05;

/// Which test a difference went through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestKind {
    /// Two independent NPS, z test on the difference.
    NpsDifference,
    /// Two proportions, pooled z test.
    TwoProportion,
    /// Two means with unequal variances, Welch's t test.
    Welch,
}

impl TestKind {
    /// The test used for a metric's headline figure.
    pub fn for_metric(metric: MetricKind) -> Self {
        match metric {
            MetricKind::Nps => TestKind::NpsDifference,
            MetricKind::Csat => TestKind::TwoProportion,
            MetricKind::Ces => TestKind::Welch,
        }
    }
}

/// The outcome of comparing `after` with `before`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    /// The test used.
    pub test: TestKind,
    /// `after` − `before`, in the metric's unit (NPS points, percentage points, scale points).
    pub delta: f64,
    /// The test statistic (z or t).
    pub statistic: f64,
    /// The two-sided p-value.
    pub p_value: f64,
    /// Welch's degrees of freedom (t test only).
    pub degrees_of_freedom: Option<f64>,
}

impl Difference {
    /// Whether the difference is significant at 95 %.
    pub fn is_significant(&self) -> bool {
        self.p_value < SIGNIFICANCE_LEVEL
    }
}

/// The two-sided p-value of a z statistic.
fn standard_normal_two_sided(z: f64) -> f64 {
    (2.0 * Normal::standard().sf(z.abs())).clamp(0.0, 1.0)
}

/// A difference with no spread on either side: significant only when the values differ.
fn without_spread(test: TestKind, delta: f64) -> Difference {
    let differs = delta.abs() > 1e-12;
    Difference {
        test,
        delta,
        statistic: if differs { f64::INFINITY } else { 0.0 },
        p_value: if differs { 0.0 } else { 1.0 },
        degrees_of_freedom: None,
    }
}

/// The NPS of `after` against the NPS of `before`, from counts of answers 0–10. `None` when
/// either side has no answers.
pub fn nps_difference(before: &[u64], after: &[u64]) -> Option<Difference> {
    let (a, b) = (nps(before)?, nps(after)?);
    let variance = |p: u64, d: u64, n: u64| {
        let (p, d, n) = (p as f64 / n as f64, d as f64 / n as f64, n as f64);
        (p + d - (p - d).powi(2)).max(0.0) / n
    };
    // In proportions, so that the statistic does not depend on the ×100.
    let delta = (b.score - a.score) / 100.0;
    let se = (variance(a.promoters, a.detractors, a.n) + variance(b.promoters, b.detractors, b.n))
        .sqrt();
    let test = TestKind::NpsDifference;
    if se == 0.0 {
        return Some(without_spread(test, delta * 100.0));
    }
    let z = delta / se;
    Some(Difference {
        test,
        delta: delta * 100.0,
        statistic: z,
        p_value: standard_normal_two_sided(z),
        degrees_of_freedom: None,
    })
}

/// The share of the two top answers in `after` against `before` (counts on one scale, lowest
/// answer first). `None` when either side has no answers.
pub fn top2_difference(before: &[u64], after: &[u64]) -> Option<Difference> {
    let top2 = |counts: &[u64]| -> (u64, u64) {
        let n: u64 = counts.iter().sum();
        (counts.iter().rev().take(2).sum(), n)
    };
    let ((x1, n1), (x2, n2)) = (top2(before), top2(after));
    proportion_difference(x1, n1, x2, n2)
}

/// The two-proportion z test of `x2 / n2` against `x1 / n1`, with the pooled proportion
/// (as `statsmodels.stats.proportion.proportions_ztest`). The delta is in percentage points.
pub fn proportion_difference(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<Difference> {
    if n1 == 0 || n2 == 0 {
        return None;
    }
    let (p1, p2) = (x1 as f64 / n1 as f64, x2 as f64 / n2 as f64);
    let pooled = (x1 as f64 + x2 as f64) / (n1 as f64 + n2 as f64);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1 as f64 + 1.0 / n2 as f64)).sqrt();
    let test = TestKind::TwoProportion;
    if se == 0.0 {
        return Some(without_spread(test, (p2 - p1) * 100.0));
    }
    let z = (p2 - p1) / se;
    Some(Difference {
        test,
        delta: (p2 - p1) * 100.0,
        statistic: z,
        p_value: standard_normal_two_sided(z),
        degrees_of_freedom: None,
    })
}

/// Welch's t test of the mean answer of `after` against `before` (counts on `scale`, lowest
/// answer first), as `scipy.stats.ttest_ind(…, equal_var=False)`. `None` unless both sides
/// have at least two answers.
pub fn mean_difference(before: &[u64], after: &[u64], scale: Scale) -> Option<Difference> {
    let moments = |counts: &[u64]| -> Option<(f64, f64, f64)> {
        let n: u64 = counts.iter().sum();
        if n < 2 {
            return None;
        }
        let value = |i: usize| f64::from(scale.min) + i as f64;
        let n_f = n as f64;
        let mean = counts
            .iter()
            .enumerate()
            .map(|(i, &c)| value(i) * c as f64)
            .sum::<f64>()
            / n_f;
        let squares: f64 = counts
            .iter()
            .enumerate()
            .map(|(i, &c)| (value(i) - mean).powi(2) * c as f64)
            .sum();
        Some((mean, squares / (n_f - 1.0), n_f))
    };
    let ((m1, v1, n1), (m2, v2, n2)) = (moments(before)?, moments(after)?);
    let (s1, s2) = (v1 / n1, v2 / n2);
    let test = TestKind::Welch;
    if s1 + s2 == 0.0 {
        return Some(without_spread(test, m2 - m1));
    }
    let t = (m2 - m1) / (s1 + s2).sqrt();
    let df = (s1 + s2).powi(2) / (s1.powi(2) / (n1 - 1.0) + s2.powi(2) / (n2 - 1.0));
    let p_value = match StudentsT::new(0.0, 1.0, df) {
        Ok(dist) => (2.0 * dist.sf(t.abs())).clamp(0.0, 1.0),
        // Degrees of freedom out of reach of the distribution: the normal limit.
        Err(_) => standard_normal_two_sided(t),
    };
    Some(Difference {
        test,
        delta: m2 - m1,
        statistic: t,
        p_value,
        degrees_of_freedom: Some(df),
    })
}

/// The difference in one metric's headline between two sets of answers, by the metric's
/// test; `None` when a side has no answers, or when CSAT or CES were asked on different
/// scales (their figures cannot be compared).
pub fn totals_difference(
    metric: MetricKind,
    (before, before_scales): (&Totals, &Scales),
    (after, after_scales): (&Totals, &Scales),
) -> Option<Difference> {
    match metric {
        MetricKind::Nps => nps_difference(&before.nps, &after.nps),
        MetricKind::Csat if before_scales.csat == after_scales.csat => {
            top2_difference(&before.csat, &after.csat)
        }
        MetricKind::Ces if before_scales.ces == after_scales.ces => {
            mean_difference(&before.ces, &after.ces, after_scales.ces)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    fn nps_counts(detractors: u64, passives: u64, promoters: u64) -> Vec<u64> {
        let mut counts = vec![0; 11];
        counts[3] = detractors;
        counts[7] = passives;
        counts[10] = promoters;
        counts
    }

    // Reference figures computed once with SciPy 1.17.1 / statsmodels 0.15.0 (Python 3.11):
    //
    //   from scipy.stats import norm, ttest_ind
    //   from statsmodels.stats.proportion import proportions_ztest
    //   def nps_z(d1, pa1, p1, d2, pa2, p2):
    //       n1, n2 = d1 + pa1 + p1, d2 + pa2 + p2
    //       v = lambda p, d, n: (p/n + d/n - (p/n - d/n)**2) / n
    //       z = ((p2 - d2)/n2 - (p1 - d1)/n1) / (v(p1, d1, n1) + v(p2, d2, n2))**0.5
    //       return z, 2 * norm.sf(abs(z))
    //   nps_z(40, 30, 30, 25, 30, 45)        # (2.581989, 0.0098233)
    //   nps_z(45, 30, 25, 40, 30, 30)        # (0.860663, 0.389424)
    //   proportions_ztest([60, 45], [100, 100])  # (2.123977, 0.0336721)
    //   proportions_ztest([52, 48], [100, 100])  # (0.565685, 0.571608)
    //   ttest_ind(after, before, equal_var=False) on the answers below.

    #[test]
    fn nps_difference_against_scipy() {
        // NPS −10 (n 100) → +20 (n 100): significant.
        let d = nps_difference(&nps_counts(40, 30, 30), &nps_counts(25, 30, 45)).unwrap();
        assert!(close(d.delta, 30.0, 1e-9));
        assert!(close(d.statistic, 2.581_989, 1e-5), "{}", d.statistic);
        assert!(close(d.p_value, 0.009_823_3, 1e-6), "{}", d.p_value);
        assert!(d.is_significant());
        // NPS −20 → −10 on 100 each: could be noise, and must say so.
        let d = nps_difference(&nps_counts(45, 30, 25), &nps_counts(40, 30, 30)).unwrap();
        assert!(close(d.statistic, 0.860_663, 1e-5), "{}", d.statistic);
        assert!(close(d.p_value, 0.389_424, 1e-5), "{}", d.p_value);
        assert!(!d.is_significant());
        assert!(nps_difference(&[0; 11], &nps_counts(1, 1, 1)).is_none());
    }

    #[test]
    fn two_proportion_test_against_statsmodels() {
        // proportions_ztest is count1 against count2: after = 60/100, before = 45/100.
        let d = proportion_difference(45, 100, 60, 100).unwrap();
        assert!(close(d.statistic, 2.123_977, 1e-5), "{}", d.statistic);
        assert!(close(d.p_value, 0.033_672_1, 1e-6), "{}", d.p_value);
        assert!(d.is_significant());
        let d = proportion_difference(48, 100, 52, 100).unwrap();
        assert!(close(d.statistic, 0.565_685, 1e-5), "{}", d.statistic);
        assert!(close(d.p_value, 0.571_608, 1e-5), "{}", d.p_value);
        assert!(!d.is_significant());
        // Top-2 from counts on 1–5: 4 and 5 are the top two.
        let d = top2_difference(&[10, 20, 25, 30, 15], &[5, 10, 25, 35, 25]).unwrap();
        assert!(close(d.delta, 15.0, 1e-9));
    }

    #[test]
    fn welch_test_against_scipy() {
        // before: 1×2, 2×4, 3×6, 4×5, 5×3 (n 20); after: 2×1, 3×3, 4×8, 5×6, 6×2 (n 20),
        // on 1–7. scipy.stats.ttest_ind(before, after, equal_var=False):
        //   statistic 3.085_396, pvalue 0.003_848_5, df 36.779 (after first).
        let scale = Scale { min: 1, max: 7 };
        let before = [2, 4, 6, 5, 3, 0, 0];
        let after = [0, 1, 3, 8, 6, 2, 0];
        let d = mean_difference(&before, &after, scale).unwrap();
        assert!(close(d.delta, 1.1, 1e-9));
        assert!(close(d.statistic, 3.085_396, 1e-5), "{}", d.statistic);
        assert!(close(d.p_value, 0.003_848_5, 1e-6), "{}", d.p_value);
        assert!(close(d.degrees_of_freedom.unwrap(), 36.779, 1e-3));
        // A small shift on few answers: not significant.
        // before 3,4,4,5,5 ; after 4,4,5,5,6 → t 1.133_893, p 0.289_672, df 8.0.
        let before = [0, 0, 1, 2, 2, 0, 0];
        let after = [0, 0, 0, 2, 2, 1, 0];
        let d = mean_difference(&before, &after, scale).unwrap();
        assert!(close(d.statistic, 1.133_893, 1e-5), "{}", d.statistic);
        assert!(close(d.p_value, 0.289_672, 1e-5), "{}", d.p_value);
        assert!(!d.is_significant());
        assert!(mean_difference(&[0, 0, 1, 0, 0, 0, 0], &after, scale).is_none());
    }

    #[test]
    fn no_spread_is_significant_only_when_the_values_differ() {
        let d = proportion_difference(10, 10, 10, 10).unwrap();
        assert!(!d.is_significant());
        let d = proportion_difference(0, 10, 10, 10).unwrap();
        assert!(d.is_significant());
    }
}
