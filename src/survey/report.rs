//! What an import did: rows read, used and skipped (with their lines and reasons), values
//! out of scale, and warnings. Nothing is dropped without a line here.

use super::detect::ColumnNote;
use crate::i18n::{Language, Text, msg};
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
    /// A quote opened on this line is never closed: the rest of the file was read as one
    /// cell.
    UnclosedQuote {
        /// The line where the quote opens.
        line: u64,
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
    msg::column_name(
        language,
        msg::ColumnName {
            number: index + 1,
            header: shown,
        },
    )
}

/// How dates like `03/04/2026` were read, in words.
fn date_order(order: DateOrder, language: Language) -> &'static str {
    match order {
        DateOrder::MonthFirst => Text::DateOrderMonthFirst,
        _ => Text::DateOrderDayFirst,
    }
    .get(language)
}

impl SkipReason {
    /// The reason in words.
    pub fn describe(&self, language: Language) -> String {
        match self {
            SkipReason::NoTouchpoint => Text::SkipNoTouchpoint.get(language).to_owned(),
            SkipReason::TouchpointIgnored(t) => {
                msg::skip_touchpoint_ignored(language, msg::SkipTouchpointIgnored { touchpoint: t })
            }
            SkipReason::NoAnswer => Text::SkipNoAnswer.get(language).to_owned(),
            SkipReason::BadCount(v) => {
                msg::skip_bad_count(language, msg::SkipBadCount { value: v })
            }
        }
    }
}

impl ValueIssue {
    /// The issue in words, with its line.
    pub fn describe(&self, language: Language) -> String {
        let (line, column, value) = (self.line, self.column.as_str(), self.value.as_str());
        match self.problem {
            ValueProblem::OutOfScale(metric, scale) => msg::value_out_of_scale(
                language,
                msg::ValueOutOfScale {
                    line,
                    column,
                    value,
                    metric: metric.short_name(),
                    scale: scale.to_string(),
                },
            ),
            ValueProblem::NotAScore(metric) => msg::value_not_a_score(
                language,
                msg::ValueNotAScore {
                    line,
                    column,
                    value,
                    metric: metric.short_name(),
                },
            ),
            ValueProblem::NotADate => msg::value_not_a_date(
                language,
                msg::ValueNotADate {
                    line,
                    column,
                    value,
                },
            ),
        }
    }
}

impl Warning {
    /// The warning in words, with what the user can do about it.
    pub fn describe(&self, language: Language, audience: Audience) -> String {
        match self {
            Warning::DateOrderGuessed(order) => msg::warning_date_order_guessed(
                language,
                msg::WarningDateOrderGuessed {
                    order: date_order(*order, language),
                },
            ),
            Warning::DateOrderMixed => Text::WarningDateOrderMixed.get(language).to_owned(),
            Warning::UnclosedQuote { line } => {
                super::Damage::UnclosedQuote { line: *line }.describe(language)
            }
            Warning::Column {
                index,
                column,
                note,
            } => msg::warning_column(
                language,
                msg::WarningColumn {
                    column: column_name(*index, column, language),
                    note: describe_note(note, *index, language, audience),
                },
            ),
            Warning::Pooled { metric, columns } => {
                let names: Vec<String> = columns
                    .iter()
                    .map(|(i, h)| column_name(*i, h, language))
                    .collect();
                let names = names.join(Text::ListAnd.get(language));
                msg::warning_pooled(
                    language,
                    msg::WarningPooled {
                        metric: metric.short_name(),
                        columns: names,
                    },
                )
            }
            Warning::MinorityCounted {
                index,
                column,
                metric,
                scale,
                counted,
                answered,
            } => {
                let advice = match audience {
                    Audience::CommandLine => Text::AdviceScaleCommandLine,
                    Audience::ImportDialog => Text::AdviceScaleImportDialog,
                };
                msg::warning_minority(
                    language,
                    msg::WarningMinority {
                        column: column_name(*index, column, language),
                        counted: *counted,
                        answered: *answered,
                        metric: metric.short_name(),
                        scale: scale.to_string(),
                        advice: advice.get(language),
                    },
                )
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
                ColumnNote::OutsideChosenScale { .. } => counted,
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
    let number = column + 1;
    let option = |metric: &MetricKind| format!("--{}", metric.short_name().to_lowercase());
    let command_line = audience == Audience::CommandLine;
    match note {
        ColumnNote::ScaleFound {
            metric,
            min,
            max,
            scale,
        } => match metric {
            MetricKind::Csat => msg::note_scale_found_top_two(
                language,
                msg::NoteScaleFoundTopTwo {
                    metric: metric.short_name(),
                    min: *min,
                    max: *max,
                    scale: scale.to_string(),
                    top: scale.top_two().to_string(),
                },
            ),
            _ => msg::note_scale_found(
                language,
                msg::NoteScaleFound {
                    metric: metric.short_name(),
                    min: *min,
                    max: *max,
                    scale: scale.to_string(),
                },
            ),
        },
        ColumnNote::NpsOneToTen => Text::NoteNpsOneToTen.get(language).to_owned(),
        ColumnNote::AboveScale { max, scale } => msg::note_above_scale(
            language,
            msg::NoteAboveScale {
                max: *max,
                scale: scale.to_string(),
            },
        ),
        ColumnNote::Derived { metric } => msg::note_derived(
            language,
            msg::NoteDerived {
                metric: metric.short_name(),
            },
        ),
        ColumnNote::AlsoLooksLike {
            metric,
            counted,
            counted_header,
        } => {
            let name = metric.short_name();
            let counted = column_name(*counted, counted_header, language);
            if command_line {
                msg::note_also_looks_like_command_line(
                    language,
                    msg::NoteAlsoLooksLikeCommandLine {
                        metric: name,
                        counted,
                        option: option(metric),
                        number,
                    },
                )
            } else {
                msg::note_also_looks_like_import_dialog(
                    language,
                    msg::NoteAlsoLooksLikeImportDialog {
                        metric: name,
                        counted,
                    },
                )
            }
        }
        ColumnNote::FitsNoScale { metric, min, max } => {
            let name = metric.short_name();
            let scales = match metric {
                MetricKind::Nps => "0–10",
                MetricKind::Csat => "1–5, 1–7, 1–10, 0–10",
                MetricKind::Ces => "1–5, 1–7",
            };
            let why = if *max <= 3 && metric != &MetricKind::Nps {
                msg::note_narrow_answers(
                    language,
                    msg::NoteNarrowAnswers {
                        min: *min,
                        max: *max,
                        metric: name,
                    },
                )
            } else {
                msg::note_fits_no_scale(
                    language,
                    msg::NoteFitsNoScale {
                        min: *min,
                        max: *max,
                        metric: name,
                        scales,
                    },
                )
            };
            if command_line {
                msg::note_not_counted_command_line(
                    language,
                    msg::NoteNotCountedCommandLine {
                        why,
                        option: option(metric),
                        number,
                    },
                )
            } else {
                msg::note_not_counted_import_dialog(
                    language,
                    msg::NoteNotCountedImportDialog { why, metric: name },
                )
            }
        }
        ColumnNote::AnswerCodes { first, last } => {
            msg::note_answer_codes(language, msg::NoteAnswerCodes { first, last })
        }
        ColumnNote::CountsByValues if command_line => {
            Text::NoteCountsByValuesCommandLine.get(language).to_owned()
        }
        ColumnNote::CountsByValues => Text::NoteCountsByValuesImportDialog
            .get(language)
            .to_owned(),
        ColumnNote::OutsideChosenScale {
            metric,
            min,
            max,
            scale,
        } => msg::note_outside_chosen_scale(
            language,
            msg::NoteOutsideChosenScale {
                metric: metric.short_name(),
                min: *min,
                max: *max,
                scale: scale.to_string(),
            },
        ),
    }
}

impl ImportReport {
    /// "2400 rows read, 2400 used, 0 skipped; 0 values not counted."
    pub fn summary(&self, language: Language) -> String {
        let r = self.rows;
        msg::report_summary(
            language,
            msg::ReportSummary {
                read: r.read,
                used: r.used,
                skipped: r.skipped,
                values: self.value_issues.len(),
            },
        )
    }

    /// The whole report as plain text, for copying: the file and the summary first.
    pub fn to_text(&self, language: Language) -> String {
        let mut out = msg::report_file(
            language,
            msg::ReportFile {
                file: &self.file_name,
                summary: self.summary(language),
            },
        );
        out.push('\n');
        if let Some(order) = self.dates_read_as {
            out.push_str(&msg::report_dates_read_as(
                language,
                msg::ReportDatesReadAs {
                    order: date_order(order, language),
                },
            ));
            out.push('\n');
        }
        for w in &self.warnings {
            out.push_str("! ");
            out.push_str(&w.describe(language, Audience::ImportDialog));
            out.push('\n');
        }
        if self.skipped.is_empty() && self.value_issues.is_empty() {
            out.push_str(Text::ReportNothingLeftOut.get(language));
            out.push('\n');
        }
        for s in &self.skipped {
            out.push_str(&msg::report_skipped_line(
                language,
                msg::ReportSkippedLine {
                    line: s.line,
                    reason: s.reason.describe(language),
                },
            ));
            out.push('\n');
        }
        for v in &self.value_issues {
            out.push_str(&v.describe(language));
            out.push('\n');
        }
        out
    }
}
