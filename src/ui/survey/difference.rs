//! How a compared figure says whether its difference is real: "significant" in the colour of
//! its direction, or "could be noise" uncoloured, with the test named in a tooltip.

use egui::{RichText, Ui};

use crate::i18n::{Language, Text, format, msg};
use crate::metrics::{Difference, TestKind};
use crate::theme::survey;
use crate::ui::style::c;

/// The verdict on a difference, with the test, its statistic and p-value on hover. Higher is
/// better for every metric (NPS, top-2 share, CES mean: easier), so a significant rise is
/// "better"; a difference that is not significant is never coloured.
pub(in crate::ui) fn verdict_ui(ui: &mut Ui, difference: &Difference, lang: Language) {
    let t = |text: Text| text.get(lang);
    let (text, color) = if difference.is_significant() {
        let color = if difference.delta > 0.0 {
            survey::BETTER
        } else {
            survey::WORSE
        };
        (t(Text::DifferenceSignificant), Some(c(color)))
    } else {
        (t(Text::DifferenceNotSignificant), None)
    };
    let mut rich = RichText::new(text).small();
    rich = match color {
        Some(color) => rich.color(color).strong(),
        None => rich.weak(),
    };
    ui.label(rich)
        .on_hover_text(test_description(difference, lang));
}

/// The colour of a delta: only a significant one is coloured.
pub(in crate::ui) fn delta_text(text: String, difference: Option<&Difference>) -> RichText {
    match difference {
        Some(d) if d.is_significant() => RichText::new(text).color(c(if d.delta > 0.0 {
            survey::BETTER
        } else {
            survey::WORSE
        })),
        _ => RichText::new(text),
    }
}

/// The test in words, with its figures.
pub(in crate::ui) fn test_description(difference: &Difference, lang: Language) -> String {
    let statistic = format::decimal(lang, difference.statistic, 2);
    let p = p_value(difference.p_value, lang);
    match difference.test {
        TestKind::NpsDifference => msg::test_nps_difference(
            lang,
            msg::TestNpsDifference {
                statistic,
                p_value: p,
            },
        ),
        TestKind::TwoProportion => msg::test_two_proportion(
            lang,
            msg::TestTwoProportion {
                statistic,
                p_value: p,
            },
        ),
        TestKind::Welch => msg::test_welch(
            lang,
            msg::TestWelch {
                statistic,
                degrees: format::decimal(lang, difference.degrees_of_freedom.unwrap_or(0.0), 1),
                p_value: p,
            },
        ),
    }
}

/// A p-value as people read it: "< 0.001" below that, else three decimals.
fn p_value(p: f64, lang: Language) -> String {
    if p < 0.001 {
        format!("< {}", format::decimal(lang, 0.001, 3))
    } else {
        format::decimal(lang, p, 3)
    }
}
