//! Matching the touchpoint values of an export to the map's touchpoints, ignoring case,
//! accents and punctuation, with suggestions for near misses.

use super::values::normalize;
use crate::model::CardId;

/// How a value of the export relates to the map's touchpoints.
#[derive(Clone, Debug, PartialEq)]
pub enum MatchProposal {
    /// Same name once case, accents and punctuation are set aside.
    Exact(CardId),
    /// No exact match; the closest names, best first.
    Near(Vec<CardId>),
    /// Nothing close.
    None,
}

/// Proposes a card for each label. `touchpoints` are the map's touchpoint cards and titles.
pub fn propose_matches(labels: &[String], touchpoints: &[(CardId, String)]) -> Vec<MatchProposal> {
    let keys: Vec<(CardId, String)> = touchpoints
        .iter()
        .map(|(id, title)| (*id, normalize(title)))
        .collect();
    labels
        .iter()
        .map(|label| {
            let key = normalize(label);
            if let Some((id, _)) = keys.iter().find(|(_, k)| *k == key) {
                return MatchProposal::Exact(*id);
            }
            let mut near: Vec<(f64, CardId)> = keys
                .iter()
                .map(|(id, k)| (similarity(&key, k), *id))
                .filter(|(s, _)| *s >= 0.6)
                .collect();
            near.sort_by(|a, b| b.0.total_cmp(&a.0));
            if near.is_empty() {
                MatchProposal::None
            } else {
                MatchProposal::Near(near.into_iter().take(3).map(|(_, id)| id).collect())
            }
        })
        .collect()
}

/// 1 for equal texts, 0 for nothing in common: the best of edit-distance similarity and
/// shared words (so "Livraison" is close to "Livraison à domicile").
pub fn similarity(a: &str, b: &str) -> f64 {
    let a_chars: Vec<char> = a.chars().collect();
    let b_chars: Vec<char> = b.chars().collect();
    let longest = a_chars.len().max(b_chars.len()).max(1);
    let by_edits = 1.0 - levenshtein(&a_chars, &b_chars) as f64 / longest as f64;
    let a_words: Vec<&str> = a.split(' ').filter(|w| w.len() > 2).collect();
    let b_words: Vec<&str> = b.split(' ').filter(|w| w.len() > 2).collect();
    let shared = a_words.iter().filter(|w| b_words.contains(w)).count();
    let fewest = a_words.len().min(b_words.len()).max(1);
    let by_words = shared as f64 / fewest as f64 * 0.9;
    by_edits.max(by_words)
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_ignoring_case_accents_and_punctuation_then_near_misses() {
        let cards = vec![
            (CardId(1), "Site web – pages conseils".to_owned()),
            (CardId(2), "Livraison à domicile".to_owned()),
            (CardId(3), "Paiement en ligne".to_owned()),
        ];
        let labels = vec![
            "site web - Pages Conseils".to_owned(),
            "LIVRAISON A DOMICILE".to_owned(),
            "Paiment en ligne".to_owned(),
            "Livraison".to_owned(),
            "Hotline".to_owned(),
        ];
        let proposals = propose_matches(&labels, &cards);
        assert_eq!(proposals[0], MatchProposal::Exact(CardId(1)));
        assert_eq!(proposals[1], MatchProposal::Exact(CardId(2)));
        assert_eq!(proposals[2], MatchProposal::Near(vec![CardId(3)]));
        assert!(matches!(&proposals[3], MatchProposal::Near(ids) if ids[0] == CardId(2)));
        assert_eq!(proposals[4], MatchProposal::None);
    }
}
