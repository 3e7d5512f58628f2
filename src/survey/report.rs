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
        /// The column's place in the file, 0-based.
        index: usize,
        /// The column's header.
        column: String,
        /// The note.
        note: ColumnNote,
    },
    /// Several columns were counted for one metric together, as the mapping asks.
    Pooled {
        /// The metric.
        metric: MetricKind,
        /// The columns, 0-based, with their headers.
        columns: Vec<(usize, String)>,
    },
    /// Most of a column's answers could not be counted on the scale assumed: its figures
    /// would stand for a minority, so none of its answers were counted.
    MinorityCounted {
        /// The column's place in the file, 0-based.
        index: usize,
        /// The column's header.
        column: String,
        /// The metric.
        metric: MetricKind,
        /// The scale assumed.
        scale: Scale,
        /// Answers that fit the scale.
        counted: u64,
        /// Answers given.
        answered: u64,
    },
}

/// Who reads a note: what the user can do about it differs between the command line and
/// the import dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// `parcours stats`: options such as `--nps 38`.
    CommandLine,
    /// The import dialog: the column's Role menu and the scale menus.
    ImportDialog,
}

/// `column 38 "How likely are you to recommend Python to a colleague…"`: a column by
/// number (1-based) and header, the header cut at 60 characters.
pub fn column_name(index: usize, header: &str, language: Language) -> String {
    let mut shown: String = header.chars().take(60).collect();
    if shown.len() < header.len() {
        shown.push('…');
    }
    match language {
        Language::Fr => format!("colonne {} « {shown} »", index + 1),
        Language::En => format!("column {} \"{shown}\"", index + 1),
    }
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
    /// The warning in words, with what the user can do about it.
    pub fn describe(&self, language: Language, audience: Audience) -> String {
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
            Warning::Column {
                index,
                column,
                note,
            } => {
                let name = column_name(*index, column, language);
                let separator = if fr { " : " } else { ": " };
                let note = describe_note(note, *index, language, audience);
                format!("{name}{separator}{note}")
            }
            Warning::Pooled { metric, columns } => {
                let names: Vec<String> = columns
                    .iter()
                    .map(|(i, h)| column_name(*i, h, language))
                    .collect();
                let names = names.join(if fr { " et " } else { " and " });
                let metric = metric.short_name();
                if fr {
                    format!("{metric} compte ensemble les réponses de {names}, comme demandé")
                } else {
                    format!("{metric} counts the answers of {names} together, as asked")
                }
            }
            Warning::MinorityCounted {
                index,
                column,
                metric,
                scale,
                counted,
                answered,
            } => {
                let name = column_name(*index, column, language);
                let metric = metric.short_name();
                let what = match (audience, fr) {
                    (Audience::CommandLine, true) => "vérifiez l'échelle de la question",
                    (Audience::CommandLine, false) => "check the question's scale",
                    (Audience::ImportDialog, true) => {
                        "choisissez l'échelle de la question dans le dialogue d'import"
                    }
                    (Audience::ImportDialog, false) => {
                        "choose the question's scale in the import dialog"
                    }
                };
                if fr {
                    format!(
                        "{name} : seules {counted} des {answered} réponses tiennent dans l'échelle {metric} {scale} ; la colonne n'est pas comptée ({what})"
                    )
                } else {
                    format!(
                        "{name}: only {counted} of {answered} answers fit the {metric} scale {scale}; the column is not counted ({what})"
                    )
                }
            }
        }
    }
}

/// The detection's notes worth a warning (all but the scale found), for the import report
/// and the command line: a note about a score column while it is counted, a note about a
/// column set aside while it still is.
pub fn column_warnings(mapping: &Mapping, notes: &[Vec<ColumnNote>]) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (index, (column, notes)) in mapping.columns.iter().zip(notes).enumerate() {
        let counted = matches!(column.role, ColumnRole::Score { .. });
        for note in notes {
            let applies = match note {
                ColumnNote::ScaleFound { .. } => false,
                ColumnNote::NpsOneToTen
                | ColumnNote::AboveScale { .. }
                | ColumnNote::AnswerCodes { .. } => counted,
                ColumnNote::Derived { .. } | ColumnNote::FitsNoScale { .. } => !counted,
                ColumnNote::AlsoLooksLike { metric, .. } => !matches!(
                    &column.role,
                    ColumnRole::Score { metric: m, .. } if m == metric
                ),
                ColumnNote::CountsByValues => column.role == ColumnRole::Count,
            };
            if applies {
                warnings.push(Warning::Column {
                    index,
                    column: column.header.clone(),
                    note: note.clone(),
                });
            }
        }
    }
    warnings
}

/// A column note in words, with what the user can do about it. `column` is the note's
/// column, 0-based.
pub fn describe_note(
    note: &ColumnNote,
    column: usize,
    language: Language,
    audience: Audience,
) -> String {
    let fr = language == Language::Fr;
    let number = column + 1;
    let option = |metric: &MetricKind| format!("--{}", metric.short_name().to_lowercase());
    match note {
        ColumnNote::ScaleFound {
            metric,
            min,
            max,
            scale,
        } => {
            let top = match metric {
                MetricKind::Csat => {
                    if fr {
                        format!(", top-2 = {}", scale.top_two())
                    } else {
                        format!(", top-2-box = {}", scale.top_two())
                    }
                }
                _ => String::new(),
            };
            let metric = metric.short_name();
            if fr {
                format!("{metric} : réponses de {min} à {max}, échelle {scale}{top}")
            } else {
                format!("{metric}: answers from {min} to {max}, read on {scale}{top}")
            }
        }
        ColumnNote::NpsOneToTen if fr => {
            "recommandation demandée de 1 à 10, pas de 0 à 10 : aucun 0 parmi les réponses"
                .to_owned()
        }
        ColumnNote::NpsOneToTen => {
            "recommendation asked on 1–10, not 0–10: no answer is 0".to_owned()
        }
        ColumnNote::AboveScale { max, scale } if fr => {
            format!(
                "des réponses vont jusqu'à {max}, au-delà de l'échelle {scale} : elles ne sont pas comptées"
            )
        }
        ColumnNote::AboveScale { max, scale } => {
            format!("answers go up to {max}, beyond the {scale} scale: those are not counted")
        }
        ColumnNote::Derived { metric } => {
            let metric = metric.short_name();
            if fr {
                format!(
                    "groupe, catégorie ou total calculé à partir des réponses {metric} (comme le groupe NPS de Qualtrics) : jamais compté comme des réponses"
                )
            } else {
                format!(
                    "a group, category or total derived from {metric} answers (like Qualtrics' NPS group): never counted as answers"
                )
            }
        }
        ColumnNote::AlsoLooksLike {
            metric,
            counted,
            counted_header,
        } => {
            let name = metric.short_name();
            let counted = column_name(*counted, counted_header, language);
            match (audience, fr) {
                (Audience::CommandLine, true) => format!(
                    "ressemble aussi à {name} ; non comptée, c'est la {counted} qui l'est (utilisez {} {number} pour compter celle-ci à la place)",
                    option(metric)
                ),
                (Audience::CommandLine, false) => format!(
                    "also looks like {name}; not counted, {counted} is (use {} {number} to count it instead)",
                    option(metric)
                ),
                (Audience::ImportDialog, true) => format!(
                    "ressemble aussi à {name} ; non comptée, c'est la {counted} qui l'est (choisissez {name} comme rôle pour compter celle-ci, et Ignorer pour l'autre)"
                ),
                (Audience::ImportDialog, false) => format!(
                    "also looks like {name}; not counted, {counted} is (choose {name} as its role to count it, and Ignore for the other)"
                ),
            }
        }
        ColumnNote::FitsNoScale { metric, min, max } => {
            let name = metric.short_name();
            let scales = match metric {
                MetricKind::Nps => "0–10",
                MetricKind::Csat => "1–5, 1–7, 1–10, 0–10",
                MetricKind::Ces => "1–5, 1–7",
            };
            let narrow = *max <= 3 && metric != &MetricKind::Nps;
            let why = match (narrow, fr) {
                (true, true) => format!("réponses de {min} à {max} seulement : pas une échelle {name}"),
                (true, false) => format!("answers only from {min} to {max}: not a {name} scale"),
                (false, true) => format!("réponses de {min} à {max}, hors des échelles {name} ({scales})"),
                (false, false) => format!("answers from {min} to {max} fit no {name} scale ({scales})"),
            };
            match (audience, fr) {
                (Audience::CommandLine, true) => {
                    format!("{why} ; non comptée (utilisez {} {number} pour la compter quand même)", option(metric))
                }
                (Audience::CommandLine, false) => {
                    format!("{why}; not counted (use {} {number} to count it anyway)", option(metric))
                }
                (Audience::ImportDialog, true) => {
                    format!("{why} ; non comptée (choisissez {name} comme rôle pour la compter quand même)")
                }
                (Audience::ImportDialog, false) => {
                    format!("{why}; not counted (choose {name} as its role to count it anyway)")
                }
            }
        }
        ColumnNote::AnswerCodes { first, last } => {
            if fr {
                format!(
                    "réponses codées ({first} … {last}, comme LimeSurvey) : lues selon leur rang, le premier code étant la réponse la plus basse"
                )
            } else {
                format!(
                    "answers given as codes ({first} … {last}, as LimeSurvey writes them): read by their position, the first code being the lowest answer"
                )
            }
        }
        ColumnNote::CountsByValues if audience == Audience::CommandLine => {
            if fr {
                "nombres entiers à côté des notes, chaque point de contact et note une seule fois : lus comme des effectifs".to_owned()
            } else {
                "whole numbers beside the scores, each touchpoint and score once: read as counts"
                    .to_owned()
            }
        }
        ColumnNote::CountsByValues if fr => {
            "nombres entiers à côté des notes, chaque point de contact et note une seule fois : lus comme des effectifs (choisissez Ignorer comme rôle si ce n'en sont pas)".to_owned()
        }
        ColumnNote::CountsByValues => {
            "whole numbers beside the scores, each touchpoint and score once: read as counts (choose Ignore as its role if they are not)".to_owned()
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
            out.push_str(&format!(
                "! {}\n",
                w.describe(language, Audience::ImportDialog)
            ));
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
