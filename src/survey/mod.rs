//! Reading survey exports (CSV, XLSX, ODS): encoding, delimiter, header rows, long, wide or
//! aggregated layouts, scores written as text; and turning them into score distributions
//! per touchpoint × segment × month. No egui.

mod aggregate;
mod decode;
mod detect;
mod labels;
mod matching;
mod plan;
mod report;
mod source;
mod values;

use thiserror::Error;

pub use aggregate::{Aggregate, add_counts, aggregate, aggregate_with};
pub use decode::{TextEncoding, decode};
pub use detect::{
    ColumnNote, Detection, Layout, check_chosen_scale, detect, detect_header_rows, detect_with,
    detect_with_header_rows, touchpoint_in_header,
};
pub use matching::{MatchProposal, propose_matches, similarity};
pub use plan::{
    ImportChoices, PlannedImport, TouchpointChoice, plan_import, plan_import_with, refresh_wave,
    refresh_wave_with,
};
pub use report::{
    Audience, ImportReport, SkipReason, SkippedRow, ValueIssue, ValueProblem, Warning, column_name,
    column_warnings, describe_note,
};
pub use source::{Damage, RowRef, SAMPLE_ROWS, Source, SourceKind, detect_delimiter};
pub use values::{
    RawDate, Score, answer_code, is_missing, normalize, parse_date, parse_number, parse_score,
};

use crate::model::{IdCounter, Mapping, TouchpointTarget, Wave, WaveId, WaveTouchpoint};

/// Why an export could not be read.
#[derive(Debug, Error)]
#[error("{}", self.describe(crate::i18n::Language::En))]
pub enum SurveyError {
    /// The file could not be read.
    Io {
        /// The file.
        file: String,
        /// The system's error.
        source: std::io::Error,
    },
    /// The spreadsheet could not be read.
    Sheet {
        /// The file.
        file: String,
        /// What calamine said.
        message: String,
    },
    /// The workbook has no sheet.
    NoSheet {
        /// The file.
        file: String,
    },
    /// The workbook unpacks to more than Parcours reads (a zip bomb).
    Unpacks {
        /// The file.
        file: String,
        /// What it unpacks to, in megabytes.
        megabytes: u64,
    },
    /// The sheet's used area is larger than Parcours reads.
    TooLarge {
        /// The file.
        file: String,
        /// Rows of the used area.
        rows: u64,
        /// Columns of the used area.
        columns: u64,
    },
}

impl SurveyError {
    /// The error in words, with the file.
    pub fn describe(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::msg;
        match self {
            SurveyError::Io { file, source } => msg::survey_unreadable(
                language,
                msg::SurveyUnreadable {
                    file,
                    error: source.to_string(),
                },
            ),
            SurveyError::Sheet { file, message } => {
                msg::survey_bad_sheet(language, msg::SurveyBadSheet { file, message })
            }
            SurveyError::NoSheet { file } => {
                msg::survey_no_sheet(language, msg::SurveyNoSheet { file })
            }
            SurveyError::Unpacks { file, megabytes } => msg::survey_unpacks(
                language,
                msg::SurveyUnpacks {
                    file,
                    megabytes: *megabytes,
                },
            ),
            SurveyError::TooLarge {
                file,
                rows,
                columns,
            } => msg::survey_too_large(
                language,
                msg::SurveyTooLarge {
                    file,
                    rows: *rows,
                    columns: *columns,
                },
            ),
        }
    }
}

/// Builds the wave `id` from an aggregate: touchpoint values are linked to the cards the
/// mapping names. A refresh passes the id of the wave it replaces.
pub fn wave_from(
    id: WaveId,
    aggregate: Aggregate,
    mapping: Mapping,
    name: String,
    source: String,
    imported: String,
) -> Wave {
    let touchpoints = aggregate
        .touchpoints
        .into_iter()
        .map(|label| {
            let card = match mapping.target_of(&label) {
                Some(TouchpointTarget::Card(id)) => Some(*id),
                _ => None,
            };
            WaveTouchpoint { label, card }
        })
        .collect();
    let mut mapping = mapping;
    mapping.date_order = aggregate.date_order;
    for &column in &aggregate.set_aside {
        if let Some(c) = mapping.columns.get_mut(column) {
            c.role = crate::model::ColumnRole::Ignore;
        }
    }
    Wave {
        id,
        name,
        source,
        imported,
        mapping,
        rows: aggregate.report.rows,
        touchpoints,
        segments: aggregate.segments,
        cells: aggregate.cells,
        verbatims: aggregate.verbatims,
    }
}

/// The file extensions of survey exports Parcours reads.
pub const EXPORT_EXTENSIONS: [&str; 7] = ["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"];

/// Whether a file looks like a survey export, by its extension.
pub fn is_export(path: &std::path::Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| EXPORT_EXTENSIONS.contains(&e.as_str()))
}

/// Reads an export with the mapping detection proposes and the touchpoint values matched to
/// the cards of `map` whose titles are the same (case, accents and punctuation aside): the
/// import dialog's proposals, accepted as they are.
pub fn wave_with_proposals(
    source: &Source,
    map: &crate::model::JourneyMap,
    name: String,
    ids: &mut IdCounter,
) -> Wave {
    let mut mapping = detect(&source.sample(SAMPLE_ROWS)).mapping;
    let cards: Vec<_> = map
        .touchpoints_in_order()
        .iter()
        .map(|c| (c.id, c.title().to_owned()))
        .collect();
    let labels = aggregate(source, &mapping, false).touchpoints;
    for (label, proposal) in labels.iter().zip(propose_matches(&labels, &cards)) {
        if let MatchProposal::Exact(id) = proposal {
            mapping
                .touchpoints
                .push((label.clone(), TouchpointTarget::Card(id)));
        }
    }
    let aggregate = aggregate(source, &mapping, true);
    wave_from(
        ids.fresh_wave_id(),
        aggregate,
        mapping,
        name,
        source.file_name.clone(),
        String::new(),
    )
}

/// Finds a column by its header (exact, then ignoring case and accents) or its 1-based
/// number.
pub fn find_column(mapping: &Mapping, wanted: &str) -> Option<usize> {
    if let Ok(number) = wanted.trim().parse::<usize>()
        && number >= 1
        && number <= mapping.columns.len()
    {
        return Some(number - 1);
    }
    mapping
        .columns
        .iter()
        .position(|c| c.header == wanted)
        .or_else(|| {
            let key = normalize(wanted);
            mapping
                .columns
                .iter()
                .position(|c| normalize(&c.header) == key)
        })
}
