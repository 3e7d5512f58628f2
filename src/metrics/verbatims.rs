//! A touchpoint's verbatims under a filter and a search, found once per change: a large wave
//! holds hundreds of thousands of them.

use super::summary::Filter;
use crate::model::{CardId, Wave, WaveId};
use crate::survey::normalize;

/// What a verbatim list is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbatimQuery {
    /// The project's generation (it changes with every edit).
    pub generation: u64,
    /// The wave.
    pub wave: WaveId,
    /// The touchpoint card.
    pub card: CardId,
    /// Segment and period.
    pub filter: Filter,
    /// Words looked for, ignoring case and accents; empty for all.
    pub search: String,
}

/// The verbatims a query finds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerbatimMatches {
    /// The card's verbatims under the filter.
    pub total: usize,
    /// Of those, the indices (in the wave's list) of the ones matching the search.
    pub matching: Vec<usize>,
}

/// The verbatims of a card under a filter: how many, and which match the search.
pub fn find_verbatims(wave: &Wave, card: CardId, filter: &Filter, search: &str) -> VerbatimMatches {
    let indices: Vec<u32> = wave.touchpoint_indices_of(card).collect();
    let needle = normalize(search);
    let mut found = VerbatimMatches::default();
    for (i, v) in wave.verbatims.iter().enumerate() {
        if !v.touchpoint.is_some_and(|t| indices.contains(&t))
            || !filter.admits_at(wave, v.segment, v.month)
        {
            continue;
        }
        found.total += 1;
        if needle.is_empty() || normalize(&v.text).contains(&needle) {
            found.matching.push(i);
        }
    }
    found
}

/// The last query's matches, found again only when the query changes.
#[derive(Default)]
pub struct VerbatimCache {
    query: Option<VerbatimQuery>,
    matches: VerbatimMatches,
}

impl VerbatimCache {
    /// The matches of `query` in `wave` (the wave the query names).
    pub fn get(&mut self, query: VerbatimQuery, wave: &Wave) -> &VerbatimMatches {
        if self.query.as_ref() != Some(&query) {
            self.matches = find_verbatims(wave, query.card, &query.filter, &query.search);
            self.query = Some(query);
        }
        &self.matches
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mapping, Month, Verbatim, WaveTouchpoint};

    fn wave() -> Wave {
        let verbatim = |touchpoint, segment, month: u32, text: &str| Verbatim {
            touchpoint: Some(touchpoint),
            segment,
            month: Some(Month::new(2026, month)),
            nps: None,
            text: text.to_owned(),
        };
        Wave {
            id: WaveId(3),
            name: "w".into(),
            source: "w.csv".into(),
            imported: String::new(),
            mapping: Mapping::default(),
            rows: Default::default(),
            touchpoints: vec![
                WaveTouchpoint {
                    label: "Paiement".into(),
                    card: Some(CardId(10)),
                },
                WaveTouchpoint {
                    label: "Livraison".into(),
                    card: Some(CardId(11)),
                },
            ],
            segments: vec!["Pro".into(), "Particulier".into()],
            cells: Vec::new(),
            verbatims: vec![
                verbatim(0, Some(0), 1, "Paiement refusé deux fois"),
                verbatim(1, Some(0), 1, "Livré en retard"),
                verbatim(0, Some(1), 3, "Très rapide, REFUSÉ rien"),
                verbatim(0, None, 5, "Simple"),
            ],
        }
    }

    #[test]
    fn a_cards_verbatims_under_the_filter_and_search_ignoring_case_and_accents() {
        let wave = wave();
        let all = find_verbatims(&wave, CardId(10), &Filter::default(), "");
        assert_eq!(all.total, 3);
        assert_eq!(all.matching, [0, 2, 3]);
        let refused = find_verbatims(&wave, CardId(10), &Filter::default(), "refuse");
        assert_eq!((refused.total, refused.matching), (3, vec![0, 2]));
        let pro = Filter {
            segment: Some("Pro".into()),
            ..Filter::default()
        };
        assert_eq!(find_verbatims(&wave, CardId(10), &pro, "").matching, [0]);
    }

    #[test]
    fn the_cache_searches_again_only_for_a_new_query() {
        let mut wave = wave();
        let mut cache = VerbatimCache::default();
        let query = |search: &str| VerbatimQuery {
            generation: 1,
            wave: WaveId(3),
            card: CardId(10),
            filter: Filter::default(),
            search: search.to_owned(),
        };
        assert_eq!(cache.get(query(""), &wave).total, 3);
        wave.verbatims.clear();
        assert_eq!(cache.get(query(""), &wave).total, 3);
        assert_eq!(cache.get(query("x"), &wave).total, 0);
    }
}
