//! Survey metrics: NPS with its margin of error, CSAT, CES, added up under filters. No egui.

mod card_scores;
mod scores;
mod summary;
mod verbatims;

pub use card_scores::{CardScores, ScoreCache};
pub use scores::{
    CesFigures, CsatFigures, LOW_SAMPLE, NpsFigures, ces, counts_of, csat, mean_margin95, nps,
    nps_margin95, percent_margin95,
};
pub use summary::{
    Figures, Filter, Totals, card_totals, card_trend, totals_per_card, totals_where,
};
pub use verbatims::{VerbatimCache, VerbatimMatches, VerbatimQuery, find_verbatims};
