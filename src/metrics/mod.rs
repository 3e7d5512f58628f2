//! Survey metrics: NPS with its margin of error, CSAT, CES, added up under filters; tests of
//! differences; opportunities sized from the answers. No egui.

mod card_scores;
mod scores;
mod significance;
mod sizing;
mod summary;
mod verbatims;

pub use card_scores::{CardScores, ScoreCache};
pub use scores::{
    CesFigures, CsatFigures, LOW_SAMPLE, NpsFigures, ces, counts_of, csat, mean_margin95, nps,
    nps_margin95, percent_margin95,
};
pub use significance::{
    Difference, SIGNIFICANCE_LEVEL, TestKind, mean_difference, nps_difference,
    proportion_difference, top2_difference, totals_difference,
};
pub use sizing::{OpportunitySize, opportunity_touchpoints, size_from, size_opportunity};
pub use summary::{
    Figures, Filter, Totals, card_totals, card_trend, segment_and_rest, totals_per_card,
    totals_where,
};
pub use verbatims::{VerbatimCache, VerbatimMatches, VerbatimQuery, find_verbatims};
