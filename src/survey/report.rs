//! What an import did: rows read, used and skipped (with their lines and reasons), values
//! out of scale, and warnings. Nothing is dropped without a line here.

use super::detect::ColumnNote;
use crate::i18n::Language;
use crate::model::{ColumnRole, DateOrder, Mapping, MetricKind, RowCounts, Scale};

/// The report of one import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// The file read.
    pub file_name: String,
    /// Rows read, used and skipped.
    pub rows: RowCounts,
    /// Rows left out, with why.
    pub skipped: Vec<SkippedRow>,
    /// Cells that could not be counted (the rest of their row was).
    pub value_issues: Vec<ValueIssue>,
    /// Things to check.
    pub warnings: Vec<Warning>,
    /// How dates like `03/04/2026` were read, when the file has such dates.
    pub dates_read_as: Option<DateOrder>,
}

/// A row left out.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedRow {
    /// Line in the file (1-based).
    pub line: u64,
    /// Why.
    pub reason: SkipReason,
}

/// Why a row was left out.
#[derive(Clone, Debug, PartialEq)]
pub enum SkipReason {
    /// The touchpoint cell is blank.
    NoTouchpoint,
    /// The touchpoint was set aside in the mapping.
    TouchpointIgnored(String),
    /// No score and no comment in the row.
    NoAnswer,
    /// The count of an aggregated row is not a whole number.
    BadCount(String),
}

/// A cell that could not be counted.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueIssue {
    /// Line in the file.
    pub line: u64,
    /// The column's header.
    pub column: String,
    /// The cell as written.
    pub value: String,
    /// What is wrong.
    pub problem: ValueProblem,
}

/// What is wrong with a cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueProblem {
    /// A number outside the metric's scale.
    OutOfScale(MetricKind, Scale),
    /// Text that is not a score.
    NotAScore(MetricKind),
    /// Text that is not a date.
    NotADate,
}

/// Something about the whole file the user should check.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// Every date fits both orders; this one was assumed.
    DateOrderGuessed(DateOrder),
    /// Some dates only fit day/month, others only month/day.
    DateOrderMixed,
    /// A note about a column.
    Column {
        /// The column's header.
        column: String,
        /// The note.
        note: ColumnNote,
    },
}

impl SkipReason {
    /// The reason in words.
    pub fn describe(&self, language: Language) -> String {
        let fr = language == Language::Fr;
        match self {
            SkipReason::NoTouchpoint if fr => "point de contact vide".to_owned(),
            SkipReason::NoTouchpoint => "no touchpoint".to_owned(),
            SkipReason::TouchpointIgnored(t) if fr => format!("point de contact « {t} » ignoré"),
            SkipReason::TouchpointIgnored(t) => format!("touchpoint \"{t}\" set aside"),
            SkipReason::NoAnswer if fr => "ni note ni commentaire".to_owned(),
            SkipReason::NoAnswer => "no score and no comment".to_owned(),
            SkipReason::BadCount(v) if fr => format!("effectif illisible « {v} »"),
            SkipReason::BadCount(v) => format!("count \"{v}\" is not a whole number"),
        }
    }
}

impl ValueIssue {
    /// The issue in words, with its line.
    pub fn describe(&self, language: Language) -> String {
        let fr = language == Language::Fr;
        let (line, column, value) = (self.line, &self.column, &self.value);
        match self.problem {
            ValueProblem::OutOfScale(metric, scale) if fr => format!(
                "ligne {line}, {column} : « {value} » hors de l'échelle {} {scale}, non compté",
                metric.short_name()
            ),
            ValueProblem::OutOfScale(metric, scale) => format!(
                "line {line}, {column}: \"{value}\" is outside the {} scale {scale}, not counted",
                metric.short_name()
            ),
            ValueProblem::NotAScore(metric) if fr => format!(
                "ligne {line}, {column} : « {value} » n'est pas une note {}, non compté",
                metric.short_name()
            ),
            ValueProblem::NotAScore(metric) => format!(
                "line {line}, {column}: \"{value}\" is not a {} score, not counted",
                metric.short_name()
            ),
            ValueProblem::NotADate if fr => {
                format!(
                    "ligne {line}, {column} : « {value} » n'est pas une date, réponse sans mois"
                )
            }
            ValueProblem::NotADate => {
                format!(
                    "line {line}, {column}: \"{value}\" is not a date, answer kept without a month"
                )
            }
        }
    }
}

impl Warning {
    /// The warning in words.
    pub fn describe(&self, language: Language) -> String {
        let fr = language == Language::Fr;
        match self {
            Warning::DateOrderGuessed(order) => {
                let order = match (order, fr) {
                    (DateOrder::MonthFirst, _) => "m/d/yyyy",
                    (_, true) => "jj/mm/aaaa",
                    _ => "dd/mm/yyyy",
                };
                if fr {
                    format!("toutes les dates conviennent aux deux ordres : lues comme {order}")
                } else {
                    format!("every date fits both day/month orders: read as {order}")
                }
            }
            Warning::DateOrderMixed if fr => {
                "les dates mélangent jj/mm et mm/jj : lues jour d'abord quand c'est possible"
                    .to_owned()
            }
            Warning::DateOrderMixed => {
                "dates mix dd/mm and mm/dd: read day first where possible".to_owned()
            }
            Warning::Column { column, note } => {
                format!("{column}: {}", describe_note(note, language))
            }
        }
    }
}

/// The detection's notes worth a warning (all but the scale found) on the columns `keep`
/// accepts, for the import report and the command line.
pub fn column_warnings(
    mapping: &Mapping,
    notes: &[Vec<ColumnNote>],
    keep: impl Fn(&ColumnRole) -> bool,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (column, notes) in mapping.columns.iter().zip(notes) {
        if !keep(&column.role) {
            continue;
        }
        for note in notes {
            if !matches!(note, ColumnNote::ScaleFound { .. }) {
                warnings.push(Warning::Column {
                    column: column.header.clone(),
                    note: note.clone(),
                });
            }
        }
    }
    warnings
}

/// A column note in words.
pub fn describe_note(note: &ColumnNote, language: Language) -> String {
    let fr = language == Language::Fr;
    match note {
        ColumnNote::ScaleFound { metric, min, max } if fr => {
            format!("{} : réponses de {min} à {max}", metric.short_name())
        }
        ColumnNote::ScaleFound { metric, min, max } => {
            format!("{}: answers from {min} to {max}", metric.short_name())
        }
        ColumnNote::NpsOneToTen if fr => {
            "recommandation demandée de 1 à 10, pas de 0 à 10 : aucun 0 parmi les réponses"
                .to_owned()
        }
        ColumnNote::NpsOneToTen => {
            "recommendation asked on 1–10, not 0–10: no answer is 0".to_owned()
        }
        ColumnNote::AboveScale { max, scale } if fr => {
            format!("des réponses vont jusqu'à {max}, au-delà de l'échelle {scale}")
        }
        ColumnNote::AboveScale { max, scale } => {
            format!("answers go up to {max}, beyond the {scale} scale")
        }
        ColumnNote::NpsGroupIgnored if fr => {
            "groupe NPS de Qualtrics ignoré : le NPS est calculé à partir des notes 0–10".to_owned()
        }
        ColumnNote::NpsGroupIgnored => {
            "Qualtrics NPS group ignored: NPS is computed from the 0–10 answers".to_owned()
        }
    }
}

impl ImportReport {
    /// "2400 rows read, 2400 used, 0 skipped; 0 values not counted."
    pub fn summary(&self, language: Language) -> String {
        let (r, values) = (self.rows, self.value_issues.len());
        match language {
            Language::Fr => format!(
                "{} lignes lues, {} utilisées, {} écartées ; {values} valeurs non comptées.",
                r.read, r.used, r.skipped
            ),
            Language::En => format!(
                "{} rows read, {} used, {} skipped; {values} values not counted.",
                r.read, r.used, r.skipped
            ),
        }
    }

    /// The whole report as plain text, for copying: the file and the summary first.
    pub fn to_text(&self, language: Language) -> String {
        let fr = language == Language::Fr;
        let separator = if fr { " : " } else { ": " };
        let mut out = format!("{}{separator}{}\n", self.file_name, self.summary(language));
        if let Some(order) = self.dates_read_as {
            let order = match (order, fr) {
                (DateOrder::MonthFirst, _) => "m/d/yyyy",
                (_, true) => "jj/mm/aaaa",
                _ => "dd/mm/yyyy",
            };
            if fr {
                out.push_str(&format!("dates lues comme {order}\n"));
            } else {
                out.push_str(&format!("dates read as {order}\n"));
            }
        }
        for w in &self.warnings {
            out.push_str(&format!("! {}\n", w.describe(language)));
        }
        if self.skipped.is_empty() && self.value_issues.is_empty() {
            out.push_str(if fr {
                "Aucune ligne écartée, aucune valeur hors échelle.\n"
            } else {
                "No row skipped, no value out of scale.\n"
            });
        }
        for s in &self.skipped {
            let line = if fr { "ligne" } else { "line" };
            out.push_str(&format!(
                "{line} {}: {}\n",
                s.line,
                s.reason.describe(language)
            ));
        }
        for v in &self.value_issues {
            out.push_str(&format!("{}\n", v.describe(language)));
        }
        out
    }
}
