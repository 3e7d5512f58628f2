//! Numbers, percentages, margins and dates written for a language: the one place that
//! decides the decimal separator, the grouping of thousands and the space before `%`.
//! The canvas, the inspector, the dashboard, reports, the command line and exports all
//! write their figures through here.

use super::{Language, Text, msg};
use crate::model::Month;

/// The separators and spacing a language writes numbers with.
struct Conventions {
    decimal: char,
    group: &'static str,
    /// Between a number and `%` (nothing in English).
    before_percent: &'static str,
}

fn conventions(language: Language) -> Conventions {
    match language.code() {
        // French: decimal comma, a narrow no-break space between thousands and before %.
        "fr" => Conventions {
            decimal: ',',
            group: "\u{202f}",
            before_percent: "\u{202f}",
        },
        "de" => Conventions {
            decimal: ',',
            group: ".",
            before_percent: "\u{a0}",
        },
        _ => Conventions {
            decimal: '.',
            group: ",",
            before_percent: "",
        },
    }
}

/// `value` with exactly `decimals` decimals and thousands grouped: `1,234.5`, `1 234,5`,
/// `1.234,5`. Minus is the hyphen-minus, so that figures can be pasted into a spreadsheet.
pub fn decimal(language: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let c = conventions(language);
    let plain = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let mut out = String::new();
    // "-0.0" is written "0.0": a figure rounded to zero has no sign.
    if value < 0.0 && plain.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    // Four-digit numbers are grouped too (1,234), as CLDR does for these languages.
    let digits = whole.len();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push_str(c.group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(c.decimal);
        out.push_str(fraction);
    }
    out
}

/// A whole number: `12,345`.
pub fn integer(language: Language, value: i64) -> String {
    // An i64 beyond 2^53 loses digits as f64: write those without grouping.
    if value.unsigned_abs() > (1 << 53) {
        return value.to_string();
    }
    #[allow(clippy::cast_precision_loss)]
    decimal(language, value as f64, 0)
}

/// A count: `12,345`.
pub fn count(language: Language, value: u64) -> String {
    integer(language, i64::try_from(value).unwrap_or(i64::MAX))
}

/// A figure with its sign: `+23.4`, `-5.0`, `0.0`.
pub fn signed(language: Language, value: f64, decimals: usize) -> String {
    let text = decimal(language, value, decimals);
    if text.starts_with('-') || text.bytes().all(|b| !b.is_ascii_digit() || b == b'0') {
        text
    } else {
        format!("+{text}")
    }
}

/// A percentage of `value` (already ×100): `29.4%`, `29,4 %`.
pub fn percent(language: Language, value: f64, decimals: usize) -> String {
    let c = conventions(language);
    format!(
        "{}{}%",
        decimal(language, value, decimals),
        c.before_percent
    )
}

/// A margin of error: `±4.2`.
pub fn margin(language: Language, value: f64, decimals: usize) -> String {
    format!("±{}", decimal(language, value, decimals))
}

/// A month: `Mar 2026`, `mars 2026`, `März 2026`.
pub fn month(language: Language, month: Month) -> String {
    const NAMES: [Text; 12] = [
        Text::Month1,
        Text::Month2,
        Text::Month3,
        Text::Month4,
        Text::Month5,
        Text::Month6,
        Text::Month7,
        Text::Month8,
        Text::Month9,
        Text::Month10,
        Text::Month11,
        Text::Month12,
    ];
    let index = usize::try_from(month.month().clamp(1, 12)).unwrap_or(1) - 1;
    let name = NAMES[index].get(language);
    // The year as written, without grouping.
    msg::month_year(
        language,
        msg::MonthYear {
            month: name,
            year: month.year().to_string(),
        },
    )
}

/// A file size: `812 KB`, `3.4 MB`.
pub fn bytes(language: Language, value: u64) -> String {
    const KB: f64 = 1000.0;
    let v = value as f64;
    if v < KB {
        format!("{} B", count(language, value))
    } else if v < KB * KB {
        format!("{} KB", decimal(language, v / KB, 0))
    } else {
        format!("{} MB", decimal(language, v / KB / KB, 1))
    }
}

/// A sample size: `n = 1,234`.
pub fn n(language: Language, value: u64) -> String {
    format!("n = {}", count(language, value))
}

/// `text` with the spaces that must not end a line made no-break ones: between the digits
/// of a number (`3 000`), before a unit or a high punctuation mark (`800 €`, `29 %`,
/// `vraiment ?`), and inside guillemets (`« Oui »`). So a line never starts with `€`.
pub fn keep_together(text: &str) -> std::borrow::Cow<'_, str> {
    const GLUED_BEFORE: &[char] = &['€', '$', '£', '%', ':', ';', '?', '!', '»'];
    // Most titles have no such space: they are returned as they are, without a copy (this
    // runs for every card drawn, every frame).
    let bytes = text.as_bytes();
    let any = bytes.windows(2).enumerate().any(|(i, pair)| {
        pair[0] == b' '
            && (pair[1].is_ascii_digit() && i > 0 && bytes[i - 1].is_ascii_digit()
                || text[i + 1..].starts_with(GLUED_BEFORE))
    }) || text.contains("« ");
    if !any {
        return text.into();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let after = chars.get(i + 1).copied();
        let glued = c == ' '
            && (before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit())
                || after.is_some_and(|a| GLUED_BEFORE.contains(&a))
                || before == Some('«'));
        out.push(if glued { '\u{a0}' } else { c });
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_uses_a_point_and_commas() {
        assert_eq!(decimal(Language::En, 1234.56, 1), "1,234.6");
        assert_eq!(percent(Language::En, 29.44, 1), "29.4%");
        assert_eq!(signed(Language::En, 23.44, 1), "+23.4");
        assert_eq!(signed(Language::En, -5.0, 1), "-5.0");
        assert_eq!(signed(Language::En, -0.01, 1), "0.0");
        assert_eq!(margin(Language::En, 4.21, 1), "±4.2");
        assert_eq!(integer(Language::En, 999), "999");
        assert_eq!(integer(Language::En, -1_000_000), "-1,000,000");
    }

    #[test]
    fn french_uses_a_comma_and_narrow_spaces() {
        assert_eq!(decimal(Language::Fr, 1234.56, 1), "1\u{202f}234,6");
        assert_eq!(percent(Language::Fr, 29.44, 1), "29,4\u{202f}%");
        assert_eq!(signed(Language::Fr, -9.26, 1), "-9,3");
    }

    #[test]
    fn german_uses_a_comma_and_points() {
        assert_eq!(decimal(Language::De, 12345.0, 0), "12.345");
        assert_eq!(percent(Language::De, 7.0, 0), "7\u{a0}%");
    }

    #[test]
    fn months_are_named_in_the_language() {
        let march = Month::new(2026, 3);
        assert_eq!(month(Language::En, march), "Mar 2026");
        assert_eq!(month(Language::Fr, march), "mars 2026");
        assert_eq!(month(Language::De, march), "März 2026");
    }

    #[test]
    fn a_unit_stays_with_its_number() {
        assert_eq!(
            keep_together("refusé au-delà de 3 000 €"),
            "refusé au-delà de 3\u{a0}000\u{a0}€"
        );
        assert_eq!(keep_together("« Oui ? »"), "«\u{a0}Oui\u{a0}?\u{a0}»");
        assert_eq!(keep_together("two words"), "two words");
    }

    #[test]
    fn what_is_not_a_number_is_a_dash() {
        assert_eq!(decimal(Language::En, f64::NAN, 1), "–");
    }
}
