//! One small export in the style of each survey tool, for each way a figure went wrong:
//! two questions pooled, group columns counted, counts not found, a scale assumed that the
//! answers do not fit, labels and codes not read, questions and touchpoint columns not
//! found. Each gives exactly the figures computed independently by `tests/data/tools/make.py`
//! and the warning that tells the user what was done.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use parcours::stats::{ColumnChoices, Stats, StatsRow, stats};
use serde_json::Value;

fn tool_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/tools")
        .join(name)
}

fn close(actual: f64, expected: &Value, what: &str) {
    let expected = expected.as_f64().unwrap();
    assert!(
        (actual - expected).abs() <= 1e-9,
        "{what}: got {actual}, expected {expected}"
    );
}

fn whole(actual: u64, expected: &Value, what: &str) {
    assert_eq!(actual, expected.as_u64().unwrap(), "{what}");
}

/// The figures of `name` with no column option equal its `.expected.json`, touchpoint by
/// touchpoint; returns the figures for further checks.
fn figures_match(name: &str) -> Stats {
    figures_match_with(name, &ColumnChoices::default())
}

fn figures_match_with(name: &str, choices: &ColumnChoices) -> Stats {
    let figures = stats(&tool_file(name), choices, parcours::i18n::Language::En).unwrap();
    let expected_path = tool_file(&name.replace(".csv", ".expected.json"));
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(expected_path).unwrap()).unwrap();
    let expected = expected.as_object().unwrap();
    assert_eq!(
        figures.rows.len(),
        expected.len(),
        "{name}: rows {:?}",
        figures
            .rows
            .iter()
            .map(|r| r.touchpoint.clone())
            .collect::<Vec<_>>()
    );
    for (touchpoint, metrics) in expected {
        let row: &StatsRow = figures
            .rows
            .iter()
            .find(|r| r.touchpoint.as_deref().unwrap_or("__overall__") == touchpoint)
            .unwrap_or_else(|| panic!("{name}: no row for {touchpoint}"));
        let what = |m: &str| format!("{name}, {touchpoint}, {m}");
        if let Some(e) = metrics.get("nps") {
            let f = row.nps.unwrap_or_else(|| panic!("{}", what("no NPS")));
            whole(f.n, &e["n"], &what("NPS n"));
            whole(f.promoters, &e["promoters"], &what("promoters"));
            whole(f.detractors, &e["detractors"], &what("detractors"));
            close(f.score, &e["score"], &what("NPS"));
        } else {
            assert!(row.nps.is_none(), "{}", what("an NPS nobody asked"));
        }
        if let Some(e) = metrics.get("csat") {
            let f = row.csat.unwrap_or_else(|| panic!("{}", what("no CSAT")));
            whole(f.n, &e["n"], &what("CSAT n"));
            close(f.top2_pct, &e["top2_pct"], &what("CSAT top-2"));
            close(f.mean, &e["mean"], &what("CSAT mean"));
        } else {
            assert!(row.csat.is_none(), "{}", what("a CSAT nobody asked"));
        }
        if let Some(e) = metrics.get("ces") {
            let f = row.ces.unwrap_or_else(|| panic!("{}", what("no CES")));
            whole(f.n, &e["n"], &what("CES n"));
            close(f.mean, &e["mean"], &what("CES mean"));
            close(f.agree_pct, &e["agree_pct"], &what("CES agree"));
        } else {
            assert!(row.ces.is_none(), "{}", what("a CES nobody asked"));
        }
    }
    figures
}

fn has_warning(figures: &Stats, text: &str) {
    assert!(
        figures.warnings.iter().any(|w| w.contains(text)),
        "no warning with {text:?} among {:#?}",
        figures.warnings
    );
}

#[test]
fn qualtrics_nps_group_is_never_counted_whichever_row_names_it() {
    let figures = figures_match("qualtrics_nps_group.csv");
    has_warning(
        &figures,
        "column 4 \"Q1_NPS_GROUP · How likely are you to recommend us to a frien…\": a group, category or total derived from NPS answers (like Qualtrics' NPS group): never counted as answers",
    );
}

#[test]
fn an_aggregated_export_headed_respondents_is_weighted() {
    let figures = figures_match("aggregated_respondents.csv");
    let n: u64 = figures.rows.iter().map(|r| r.responses).sum();
    assert_eq!(n, 423);
}

#[test]
fn counts_are_found_by_their_values() {
    let figures = figures_match("aggregated_by_values.csv");
    has_warning(
        &figures,
        "column 3 \"Volume\": whole numbers beside the scores, each touchpoint and score once: read as counts",
    );
}

#[test]
fn a_satisfaction_question_on_one_to_ten_is_read_on_one_to_ten() {
    let figures = figures_match("satisfaction_1_to_10.csv");
    let csat = figures.rows[0].csat.unwrap();
    assert_eq!(csat.scale, parcours::model::Scale::ONE_TO_TEN);
    assert!(
        figures.warnings.iter().all(|w| !w.contains("outside")),
        "{:?}",
        figures.warnings
    );
}

#[test]
fn a_one_to_three_item_is_not_pooled_with_a_satisfaction_question() {
    let figures = figures_match("two_satisfaction_items.csv");
    has_warning(
        &figures,
        "column 3 \"How satisfied were you with the session length? (1 = too sho…\": answers only from 1 to 3: not a CSAT scale; not counted (use --csat 3 to count it anyway)",
    );
}

#[test]
fn survey_monkey_somewhat_labels_are_read() {
    let figures = figures_match("surveymonkey_labels.csv");
    assert!(
        figures
            .warnings
            .iter()
            .all(|w| !w.contains("not a CSAT score")),
        "{:?}",
        figures.warnings
    );
}

#[test]
fn a_spanish_recommendation_header_with_html_is_found() {
    figures_match("typeform_spanish.csv");
}

#[test]
fn a_german_ease_header_is_found() {
    figures_match("german_ease.csv");
}

#[test]
fn limesurvey_answer_codes_are_read_by_position() {
    let figures = figures_match("limesurvey_codes.csv");
    has_warning(&figures, "answers given as codes (A1 … A11");
    has_warning(&figures, "answers given as codes (AO01 … AO05");
}

#[test]
fn a_column_headed_channel_is_the_touchpoint() {
    figures_match("channel_column.csv");
}
