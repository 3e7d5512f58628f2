//! CSV: one row per card of the map, with its stage, lane, kind, every field, and for
//! touchpoints the figures under the filter; each action decided on a card in a row of its
//! own (kind `action`) right after it. UTF-8 with a byte-order mark so that Excel reads
//! accents; text cells that a spreadsheet would take for a formula are escaped.

use super::ExportOptions;
use crate::i18n::{self, Language};
use crate::metrics::CardScores;
use crate::model::{Card, CardContent, Evidence, PlannedAction, Project};

/// The header row: names a script can rely on, whatever the language.
const HEADER: [&str; 38] = [
    "map",
    "stage",
    "lane",
    "lane_kind",
    "kind",
    "title",
    "description",
    "channel",
    "phase",
    "owner",
    "moment_of_truth",
    "emotion",
    "expected_emotion",
    "notes",
    "survey_keys",
    "severity",
    "frequency",
    "votes",
    "impact",
    "effort",
    "responses",
    "nps",
    "nps_margin95",
    "nps_n",
    "promoters_pct",
    "passives_pct",
    "detractors_pct",
    "csat_top2_pct",
    "csat_mean",
    "csat_n",
    "ces_mean",
    "ces_agree_pct",
    "ces_n",
    "evidence",
    "last_vote_dots",
    "due",
    "status",
    "on_card",
];

/// A text cell, escaped when a spreadsheet would run it as a formula (`=`, `+`, `-`, `@`, a
/// tab or a carriage return first): a leading apostrophe, which spreadsheets hide.
pub fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A number cell with `decimals` decimals; a comma as separator when the delimiter is `;`.
fn number(value: f64, decimals: usize, comma: bool) -> String {
    let s = format!("{value:.decimals$}");
    if comma { s.replace('.', ",") } else { s }
}

fn kind_name(content: &CardContent) -> &'static str {
    match content {
        CardContent::Note(_) => "note",
        CardContent::Touchpoint(_) => "touchpoint",
        CardContent::PainPoint(_) => "pain_point",
        CardContent::Opportunity(_) => "opportunity",
    }
}

/// An evidence label's stable name.
fn evidence_id(evidence: Evidence) -> &'static str {
    match evidence {
        Evidence::Observed => "observed",
        Evidence::Research => "research",
        Evidence::Assumed => "assumed",
        Evidence::Proposed => "proposed",
    }
}

/// A row's cells, empty but for its place: the map, the stage and the lane.
fn placed_cells([map, stage, lane]: [&str; 3]) -> Vec<String> {
    let mut cells = vec![String::new(); HEADER.len()];
    cells[0] = text_cell(map);
    cells[1] = text_cell(stage);
    cells[2] = text_cell(lane);
    cells
}

/// An action's row: its card's place, then what, who, by when, its status and its card.
fn action_row(
    action: &PlannedAction,
    card: &Card,
    names: [&str; 3],
    language: Language,
) -> Vec<String> {
    let mut cells = placed_cells(names);
    cells[4] = "action".to_owned();
    cells[5] = text_cell(&action.title);
    cells[9] = text_cell(&action.owner);
    cells[35] = text_cell(&action.due);
    cells[36] = i18n::action_status_name(action.status, language).to_owned();
    cells[37] = text_cell(card.title());
    cells
}

fn row(
    card: &Card,
    last_vote_dots: usize,
    names: [&str; 3],
    scores: &CardScores,
    language: Language,
    comma: bool,
) -> Vec<String> {
    let mut cells = placed_cells(names);
    cells[4] = kind_name(&card.content).to_owned();
    cells[5] = text_cell(card.title());
    match &card.content {
        CardContent::Note(n) => cells[6] = text_cell(&n.description),
        CardContent::Touchpoint(t) => {
            cells[6] = text_cell(&t.description);
            cells[7] = i18n::channel_name(t.channel, language).to_owned();
            cells[8] = i18n::phase_name(t.phase, language).to_owned();
            cells[9] = text_cell(&t.owner);
            cells[10] = t.moment_of_truth.to_string();
            cells[11] = t.emotion.to_string();
            cells[12] = t.expected.map(|e| e.to_string()).unwrap_or_default();
            cells[13] = text_cell(&t.notes);
            cells[14] = text_cell(&t.survey_keys.join(" | "));
        }
        CardContent::PainPoint(p) => {
            cells[6] = text_cell(&p.description);
            cells[15] = p.severity.to_string();
            cells[16] = i18n::frequency_name(p.frequency, language).to_owned();
            cells[17] = p.votes.to_string();
        }
        CardContent::Opportunity(o) => {
            cells[6] = text_cell(&o.description);
            cells[18] = o.impact.to_string();
            cells[19] = o.effort.to_string();
        }
    }
    cells[33] = card
        .content
        .evidence()
        .map(|e| evidence_id(e).to_owned())
        .unwrap_or_default();
    cells[34] = last_vote_dots.to_string();
    if let Some(figures) = scores.figures.get(&card.id) {
        cells[20] = figures.responses.to_string();
        if let Some(f) = figures.nps {
            let share = |k: u64| number(100.0 * k as f64 / f.n.max(1) as f64, 1, comma);
            cells[21] = number(f.score, 1, comma);
            cells[22] = number(f.margin95, 1, comma);
            cells[23] = f.n.to_string();
            cells[24] = share(f.promoters);
            cells[25] = share(f.passives);
            cells[26] = share(f.detractors);
        }
        if let Some(f) = figures.csat {
            cells[27] = number(f.top2_pct, 1, comma);
            cells[28] = number(f.mean, 2, comma);
            cells[29] = f.n.to_string();
        }
        if let Some(f) = figures.ces {
            cells[30] = number(f.mean, 2, comma);
            cells[31] = number(f.agree_pct, 1, comma);
            cells[32] = f.n.to_string();
        }
    }
    cells
}

/// The CSV of the map of `options`.
pub fn cards_csv(project: &Project, options: &ExportOptions) -> Vec<u8> {
    let delimiter = if options.csv_delimiter == b';' {
        b';'
    } else {
        b','
    };
    let comma = delimiter == b';';
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let Some(map) = project.map(options.map) else {
        return out;
    };
    let scores = CardScores::of(super::wave_of(project, options), &options.filter);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    // Writing into memory cannot fail.
    let _ = writer.write_record(HEADER);
    // Cards in the map's reading order: stage by stage, lane by lane.
    for stage in &map.stages {
        for lane in &map.lanes {
            for card in map
                .cards
                .iter()
                .filter(|c| c.stage == stage.id && c.lane == lane.id)
            {
                let names = [map.name.as_str(), stage.name.as_str(), lane.title.as_str()];
                let dots = map
                    .votes
                    .last()
                    .map_or(0, |session| session.voters_of(card.id).count());
                let mut cells = row(card, dots, names, &scores, options.language, comma);
                let lane_kind = i18n::lane_kind_name(lane.kind, options.language);
                cells[3] = lane_kind.to_owned();
                let _ = writer.write_record(&cells);
                for action in card.content.actions() {
                    let mut cells = action_row(action, card, names, options.language);
                    cells[3] = lane_kind.to_owned();
                    let _ = writer.write_record(&cells);
                }
            }
        }
    }
    let _ = writer.flush();
    drop(writer);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_escaped_and_plain_text_is_not() {
        assert_eq!(text_cell("=1+1"), "'=1+1");
        assert_eq!(text_cell("+33 1 23"), "'+33 1 23");
        assert_eq!(text_cell("-x"), "'-x");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("Site web"), "Site web");
    }

    #[test]
    fn decimals_follow_the_delimiter() {
        assert_eq!(number(-12.345, 1, false), "-12.3");
        assert_eq!(number(-12.345, 1, true), "-12,3");
    }
}
