//! Reading single cells: missing values, scores written as numbers or labels, dates.

use unicode_normalization::UnicodeNormalization;

use super::labels::{self, LabelKind};
use crate::model::{MetricKind, Scale};

/// Lower case, accents removed, punctuation turned into single spaces: `"Site web – Pages
/// conseils!"` becomes `"site web pages conseils"`. Used to match names and headers.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            // "Äußerst" and "ausserst" are one word.
            if c == 'ß' {
                out.push_str("ss");
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// Whether a cell says "no answer": blank, `NA`, `N/A`, `-`, `null`.
pub fn is_missing(cell: &[u8]) -> bool {
    let cell = cell.trim_ascii();
    cell.is_empty()
        || cell == b"-"
        || cell.eq_ignore_ascii_case(b"na")
        || cell.eq_ignore_ascii_case(b"n/a")
        || cell.eq_ignore_ascii_case(b"null")
        || cell.eq_ignore_ascii_case(b"nan")
}

/// What a score cell holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Score {
    /// No answer.
    Missing,
    /// A number (from `9`, `9.0`, `9,0`, `10 - Extremely likely`, a known label or an
    /// answer code).
    Value(f64),
    /// Text that is not a score.
    Unreadable,
}

/// Reads a score cell of a metric asked on `scale`. Labels ("Somewhat satisfied") are read
/// on the scale's number of points, and answer codes (LimeSurvey's `A1`, `AO05`) by their
/// position: the first code is the scale's lowest answer.
pub fn parse_score(cell: &[u8], metric: MetricKind, scale: Scale) -> Score {
    let cell = cell.trim_ascii();
    // Fast path: one or two digits, what nearly every cell holds.
    match cell {
        [d] if d.is_ascii_digit() => return Score::Value(f64::from(d - b'0')),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
            return Score::Value(f64::from((a - b'0') * 10 + (b - b'0')));
        }
        _ => {}
    }
    if is_missing(cell) {
        return Score::Missing;
    }
    let Ok(text) = std::str::from_utf8(cell) else {
        return Score::Unreadable;
    };
    if let Some(value) = parse_number(text) {
        return Score::Value(value);
    }
    // "10 - Extremely likely", "5 = Very satisfied", "7: Strongly agree".
    let digits: &str =
        &text[..text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len()];
    if !digits.is_empty() {
        let rest = text[digits.len()..].trim_start();
        if (rest.starts_with(['-', '–', '=', ':', '(', ' ']) || rest.is_empty())
            && let Ok(value) = digits.parse::<u32>()
        {
            return Score::Value(f64::from(value));
        }
    }
    if let Some(code) = answer_code(text) {
        return Score::Value(f64::from(scale.min) + f64::from(code) - 1.0);
    }
    match label_position(&normalize(text), metric, scale.len()) {
        Some(position) => Score::Value(f64::from(scale.min) + f64::from(position) - 1.0),
        None => Score::Unreadable,
    }
}

/// The number of an answer code such as LimeSurvey's `A1`, `A11` or `AO05`: one to three
/// letters then one to three digits.
pub fn answer_code(text: &str) -> Option<u32> {
    let text = text.trim();
    let digits_at = text.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = text.split_at(digits_at);
    let letters_ok =
        (1..=3).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_alphabetic());
    let digits_ok = (1..=3).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    if letters_ok && digits_ok {
        digits.parse().ok()
    } else {
        None
    }
}

/// Where a label (normalized) sits on a `points`-point scale of the metric, 1-based.
pub fn label_position(label: &str, metric: MetricKind, points: usize) -> Option<u8> {
    let kinds: &[LabelKind] = match metric {
        MetricKind::Nps => &[LabelKind::Recommendation],
        MetricKind::Csat => &[LabelKind::Satisfaction],
        MetricKind::Ces => &[LabelKind::Agreement, LabelKind::Ease],
    };
    labels::position(label, kinds, points)
}

/// A number with a decimal point or a decimal comma.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if let Ok(value) = text.parse::<f64>() {
        return value.is_finite().then_some(value);
    }
    if text.matches(',').count() == 1 && !text.contains('.') {
        return text
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite());
    }
    None
}

/// A date as read from a cell, before the day/month order of the column is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RawDate {
    /// Year, month and day are known (ISO dates, Unix times).
    Known {
        /// Year.
        year: i32,
        /// Month 1–12.
        month: u32,
    },
    /// `a/b/yyyy`: either day/month or month/day.
    Ambiguous {
        /// Year.
        year: i32,
        /// First number.
        first: u32,
        /// Second number.
        second: u32,
    },
}

/// Reads a date: `2026-03-04`, `2026-03-04T10:00:00Z`, `04/03/2026 17:05:47`, `3/4/2026`,
/// `04.03.2026`, or a Unix time in seconds. The time of day is not needed and dropped.
pub fn parse_date(cell: &[u8]) -> Option<RawDate> {
    let cell = cell.trim_ascii();
    let date_part = cell
        .split(|&b| b == b' ' || b == b'T')
        .next()
        .unwrap_or(cell);
    // Up to three parts, without allocating: this runs once per row of large files.
    let mut parts: [&[u8]; 3] = [&[]; 3];
    let mut count = 0;
    for part in date_part.split(|&b| b == b'-' || b == b'/' || b == b'.') {
        if count == 3 {
            return None;
        }
        parts[count] = part;
        count += 1;
    }
    if count == 3 {
        let numbers = [
            ascii_number(parts[0])?,
            ascii_number(parts[1])?,
            ascii_number(parts[2])?,
        ];
        if parts[0].len() == 4 {
            let (year, month, day) = (numbers[0] as i32, numbers[1], numbers[2]);
            return ((1..=12).contains(&month) && (1..=31).contains(&day))
                .then_some(RawDate::Known { year, month });
        }
        if parts[2].len() == 4 || parts[2].len() == 2 {
            let year = if parts[2].len() == 2 {
                2000 + numbers[2] as i32
            } else {
                numbers[2] as i32
            };
            let (first, second) = (numbers[0], numbers[1]);
            let valid = (1..=31).contains(&first)
                && (1..=31).contains(&second)
                && (first <= 12 || second <= 12);
            return valid.then_some(RawDate::Ambiguous {
                year,
                first,
                second,
            });
        }
        return None;
    }
    // Unix time: 9 to 10 digits of seconds, or 12 to 13 of milliseconds.
    if count == 1 && cell.iter().all(u8::is_ascii_digit) {
        let value: i64 = std::str::from_utf8(cell).ok()?.parse().ok()?;
        let seconds = match cell.len() {
            9 | 10 => value,
            12 | 13 => value / 1000,
            _ => return None,
        };
        let date = chrono::DateTime::from_timestamp(seconds, 0)?.date_naive();
        use chrono::Datelike;
        return Some(RawDate::Known {
            year: date.year(),
            month: date.month(),
        });
    }
    None
}

fn ascii_number(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 4 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_without_case_accents_or_punctuation() {
        assert_eq!(
            normalize("Site web – Pages conseils!"),
            "site web pages conseils"
        );
        assert_eq!(normalize("  Bouche-à-oreille "), "bouche a oreille");
        assert_eq!(normalize("PROGRAMME DE FIDÉLITÉ"), "programme de fidelite");
    }

    #[test]
    fn missing_is_never_zero() {
        for cell in ["", "  ", "NA", "n/a", "N/A", "-", "null"] {
            assert_eq!(
                parse_score(cell.as_bytes(), MetricKind::Nps, Scale::NPS),
                Score::Missing,
                "{cell}"
            );
        }
        assert_eq!(
            parse_score(b"0", MetricKind::Nps, Scale::NPS),
            Score::Value(0.0)
        );
    }

    #[test]
    fn scores_as_numbers_and_labels() {
        let read = |s: &str, m| {
            let scale = match m {
                MetricKind::Nps => Scale::NPS,
                MetricKind::Csat => Scale::ONE_TO_FIVE,
                MetricKind::Ces => Scale::ONE_TO_SEVEN,
            };
            parse_score(s.as_bytes(), m, scale)
        };
        assert_eq!(read("9", MetricKind::Nps), Score::Value(9.0));
        assert_eq!(read("9.0", MetricKind::Nps), Score::Value(9.0));
        assert_eq!(read("9,0", MetricKind::Nps), Score::Value(9.0));
        assert_eq!(
            read("10 - Extremely likely", MetricKind::Nps),
            Score::Value(10.0)
        );
        assert_eq!(
            read("0 - Not at all likely", MetricKind::Nps),
            Score::Value(0.0)
        );
        assert_eq!(read("Très satisfait", MetricKind::Csat), Score::Value(5.0));
        assert_eq!(read("Somewhat agree", MetricKind::Ces), Score::Value(5.0));
        assert_eq!(read("peut-être", MetricKind::Nps), Score::Unreadable);
        assert_eq!(
            read("Somewhat satisfied", MetricKind::Csat),
            Score::Value(4.0)
        );
        assert_eq!(
            read("Somewhat dissatisfied", MetricKind::Csat),
            Score::Value(2.0)
        );
        assert_eq!(
            read("Not at all likely", MetricKind::Nps),
            Score::Value(0.0)
        );
        assert_eq!(
            read("10 = Extremely likely", MetricKind::Nps),
            Score::Value(10.0)
        );
    }

    #[test]
    fn answer_codes_are_read_by_their_position_on_the_scale() {
        let nps = |s: &str| parse_score(s.as_bytes(), MetricKind::Nps, Scale::NPS);
        assert_eq!(nps("A1"), Score::Value(0.0));
        assert_eq!(nps("A11"), Score::Value(10.0));
        let csat = |s: &str| parse_score(s.as_bytes(), MetricKind::Csat, Scale::ONE_TO_FIVE);
        assert_eq!(csat("AO01"), Score::Value(1.0));
        assert_eq!(csat("AO05"), Score::Value(5.0));
        assert_eq!(answer_code("Paiement"), None);
        assert_eq!(answer_code("A1B"), None);
    }

    #[test]
    fn seven_point_labels_on_a_seven_point_scale() {
        let seven = Scale::ONE_TO_SEVEN;
        let read = |s: &str| parse_score(s.as_bytes(), MetricKind::Csat, seven);
        assert_eq!(read("Somewhat satisfied"), Score::Value(5.0));
        assert_eq!(read("Satisfied"), Score::Value(6.0));
        assert_eq!(read("Extremely satisfied"), Score::Value(7.0));
    }

    #[test]
    fn dates_in_the_formats_exports_use() {
        let known = |year, month| Some(RawDate::Known { year, month });
        assert_eq!(parse_date(b"2026-03-04"), known(2026, 3));
        assert_eq!(parse_date(b"2026-03-04 10:00:00"), known(2026, 3));
        assert_eq!(parse_date(b"2026-03-04T10:00:00Z"), known(2026, 3));
        assert_eq!(parse_date(b"1772582400"), known(2026, 3));
        assert_eq!(
            parse_date(b"25/05/2026 17:05:47"),
            Some(RawDate::Ambiguous {
                year: 2026,
                first: 25,
                second: 5
            })
        );
        assert_eq!(
            parse_date(b"3/4/2026"),
            Some(RawDate::Ambiguous {
                year: 2026,
                first: 3,
                second: 4
            })
        );
        assert_eq!(parse_date(b"hier"), None);
        assert_eq!(parse_date(b"2026-13-01"), None);
    }
}
