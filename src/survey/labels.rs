//! The answer labels and question words of survey exports in seven languages, read from the
//! data files under `assets/labels/` (one per language, embedded in the binary).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::values::normalize;

/// The label files, by language.
const FILES: [(&str, &str); 7] = [
    ("en", include_str!("../../assets/labels/en.txt")),
    ("fr", include_str!("../../assets/labels/fr.txt")),
    ("de", include_str!("../../assets/labels/de.txt")),
    ("es", include_str!("../../assets/labels/es.txt")),
    ("it", include_str!("../../assets/labels/it.txt")),
    ("pt", include_str!("../../assets/labels/pt.txt")),
    ("nl", include_str!("../../assets/labels/nl.txt")),
];

/// What a set of answer labels measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LabelKind {
    /// "Very dissatisfied" … "Very satisfied".
    Satisfaction,
    /// "Strongly disagree" … "Strongly agree".
    Agreement,
    /// "Very difficult" … "Very easy".
    Ease,
    /// "Not at all likely" … "Extremely likely" (the ends of a 0–10 scale).
    Recommendation,
}

/// What a list of question words is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordKind {
    /// A recommendation question (NPS).
    Recommendation,
    /// A satisfaction question (CSAT).
    Satisfaction,
    /// An ease or effort question (CES).
    Ease,
    /// A column naming the touchpoint, channel, step or stage.
    Touchpoint,
    /// A column of counts in an aggregated export.
    Count,
    /// A column derived from answers (a group, a category, a total).
    Derived,
    /// The question words that start "which … are you rating".
    Which,
    /// The verbs of "which … are you rating / did you use".
    Rating,
    /// The answers of an NPS group column: promoter, passive, detractor.
    Group,
}

/// A label's place on one scale: the `position`-th answer (1-based) of a `points`-point
/// scale of `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelPlace {
    /// What the scale measures.
    pub kind: LabelKind,
    /// How many answers the scale has.
    pub points: u8,
    /// The label's answer, 1 for the lowest.
    pub position: u8,
}

/// One word or phrase of a words line.
struct Word {
    /// Normalized text.
    text: String,
    /// Matches inside a word (`satisf*`) rather than as whole words.
    stem: bool,
}

/// Every language's labels and words.
struct Tables {
    places: HashMap<String, Vec<LabelPlace>>,
    words: HashMap<WordKind, Vec<Word>>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut tables = Tables {
        places: HashMap::new(),
        words: HashMap::new(),
    };
    for (_, text) in FILES {
        read_file(text, &mut tables);
    }
    tables
});

/// Reads one label file into the tables. Lines it cannot read are left out (the files are
/// ours and a test reads every line of them).
fn read_file(text: &str, tables: &mut Tables) {
    for line in text.lines() {
        let Some(parsed) = parse_line(line) else {
            continue;
        };
        match parsed {
            Line::Scale {
                kind,
                points,
                answers,
            } => {
                for (i, labels) in answers.into_iter().enumerate() {
                    for label in labels {
                        let place = LabelPlace {
                            kind,
                            points,
                            position: i as u8 + 1,
                        };
                        let entry = tables.places.entry(label).or_default();
                        if !entry.contains(&place) {
                            entry.push(place);
                        }
                    }
                }
            }
            Line::Words { kind, words } => {
                tables.words.entry(kind).or_default().extend(words);
            }
        }
    }
}

/// A line of a label file, read.
enum Line {
    Scale {
        kind: LabelKind,
        points: u8,
        answers: Vec<Vec<String>>,
    },
    Words {
        kind: WordKind,
        words: Vec<Word>,
    },
}

/// Reads one line: `None` for comments, blank lines and lines that are not understood.
fn parse_line(line: &str) -> Option<Line> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let (head, rest) = line.split_once(':')?;
    let mut head = head.split_whitespace();
    let first = head.next()?;
    let second = head.next()?;
    if head.next().is_some() {
        return None;
    }
    if first == "words" {
        let kind = match second {
            "recommendation" => WordKind::Recommendation,
            "satisfaction" => WordKind::Satisfaction,
            "ease" => WordKind::Ease,
            "touchpoint" => WordKind::Touchpoint,
            "count" => WordKind::Count,
            "derived" => WordKind::Derived,
            "which" => WordKind::Which,
            "rating" => WordKind::Rating,
            "group" => WordKind::Group,
            _ => return None,
        };
        let words = rest
            .split(',')
            .filter_map(|w| {
                let w = w.trim();
                let stem = w.ends_with('*');
                let text = normalize(w.trim_end_matches('*'));
                (!text.is_empty()).then_some(Word { text, stem })
            })
            .collect();
        return Some(Line::Words { kind, words });
    }
    let kind = match first {
        "satisfaction" => LabelKind::Satisfaction,
        "agreement" => LabelKind::Agreement,
        "ease" => LabelKind::Ease,
        "recommendation" => LabelKind::Recommendation,
        _ => return None,
    };
    let points: u8 = second.parse().ok()?;
    let answers: Vec<Vec<String>> = rest
        .split('|')
        .map(|answer| {
            answer
                .split('/')
                .map(normalize)
                .filter(|l| !l.is_empty())
                .collect()
        })
        .collect();
    (answers.len() == usize::from(points)).then_some(Line::Scale {
        kind,
        points,
        answers,
    })
}

/// The places a label (already normalized) has on the known scales.
pub fn places(label: &str) -> &'static [LabelPlace] {
    TABLES.places.get(label).map_or(&[], Vec::as_slice)
}

/// The answer a label stands for on a `points`-point scale of one of `kinds`, 1-based.
pub fn position(label: &str, kinds: &[LabelKind], points: usize) -> Option<u8> {
    places(label)
        .iter()
        .find(|p| usize::from(p.points) == points && kinds.contains(&p.kind))
        .map(|p| p.position)
}

/// Whether a normalized header holds one of the words of `kind`, in any language: whole
/// words and phrases at word boundaries, stems anywhere.
pub fn has_word(key: &str, kind: WordKind) -> bool {
    let Some(words) = TABLES.words.get(&kind) else {
        return false;
    };
    let padded = format!(" {key} ");
    words.iter().any(|w| {
        if w.stem {
            key.contains(&w.text)
        } else {
            padded.contains(&format!(" {} ", w.text))
        }
    })
}

/// Whether one of the words of `kind` is the whole of `word`.
pub fn is_word(word: &str, kind: WordKind) -> bool {
    TABLES
        .words
        .get(&kind)
        .is_some_and(|words| words.iter().any(|w| w.text == word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_every_label_file_is_understood() {
        for (language, text) in FILES {
            for (number, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                assert!(
                    parse_line(line).is_some(),
                    "assets/labels/{language}.txt:{}: not understood",
                    number + 1
                );
            }
        }
    }

    #[test]
    fn every_language_has_every_scale_and_word_list() {
        for (language, text) in FILES {
            let mut tables = Tables {
                places: HashMap::new(),
                words: HashMap::new(),
            };
            read_file(text, &mut tables);
            for kind in [
                LabelKind::Satisfaction,
                LabelKind::Agreement,
                LabelKind::Ease,
            ] {
                for points in [5, 7] {
                    assert!(
                        tables
                            .places
                            .values()
                            .flatten()
                            .any(|p| p.kind == kind && p.points == points),
                        "{language}: no {points}-point {kind:?} scale"
                    );
                }
            }
            for kind in [
                WordKind::Recommendation,
                WordKind::Satisfaction,
                WordKind::Ease,
                WordKind::Touchpoint,
                WordKind::Count,
            ] {
                assert!(
                    tables.words.contains_key(&kind),
                    "{language}: no {kind:?} words"
                );
            }
        }
    }

    #[test]
    fn labels_have_their_place_on_five_and_seven_point_scales() {
        let satisfaction = [LabelKind::Satisfaction];
        assert_eq!(position("somewhat satisfied", &satisfaction, 5), Some(4));
        assert_eq!(position("somewhat satisfied", &satisfaction, 7), Some(5));
        assert_eq!(position("plutot satisfait", &satisfaction, 5), Some(4));
        assert_eq!(position("eher zufrieden", &satisfaction, 5), Some(4));
        assert_eq!(position("algo satisfecho", &satisfaction, 5), Some(4));
        assert_eq!(
            position("abbastanza soddisfatto", &satisfaction, 5),
            Some(4)
        );
        assert_eq!(
            position("neither satisfied nor dissatisfied", &satisfaction, 5),
            Some(3)
        );
        assert_eq!(position("moderately satisfied", &satisfaction, 5), None);
        assert_eq!(
            position("strongly agree", &[LabelKind::Agreement], 7),
            Some(7)
        );
    }

    #[test]
    fn header_words_at_word_boundaries_and_stems() {
        assert!(has_word(
            "how likely are you to recommend us",
            WordKind::Recommendation
        ));
        assert!(has_word(
            "que tan probable es que recomiendes nuestra tienda",
            WordKind::Recommendation
        ));
        assert!(has_word(
            "der service hat es mir leicht gemacht",
            WordKind::Ease
        ));
        assert!(has_word("channel", WordKind::Touchpoint));
        assert!(!has_word("please tell us more", WordKind::Ease));
        assert!(has_word("number of respondents", WordKind::Count));
    }
}
