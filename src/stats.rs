//! `parcours stats FILE`: per-touchpoint NPS, CSAT and CES of an export, for scripts.

use std::path::Path;

use serde::Serialize;
use thiserror::Error;

use crate::i18n::{Language, Text, format, msg};
use crate::metrics::{CesFigures, CsatFigures, NpsFigures, Totals};
use crate::model::{ColumnRole, MetricKind, Scale};
use crate::survey::{self, Audience, Damage, SAMPLE_ROWS, Source, SurveyError};

/// Columns named on the command line, by header text or 1-based number.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ColumnChoices {
    /// The touchpoint column (header text or 1-based number).
    #[arg(long, value_name = "COLUMN")]
    pub touchpoint: Option<String>,
    /// The NPS (0–10 recommendation) column.
    #[arg(long, value_name = "COLUMN")]
    pub nps: Option<String>,
    /// The CSAT column.
    #[arg(long, value_name = "COLUMN")]
    pub csat: Option<String>,
    /// The CES column.
    #[arg(long, value_name = "COLUMN")]
    pub ces: Option<String>,
    /// The segment column.
    #[arg(long, value_name = "COLUMN")]
    pub segment: Option<String>,
    /// The date column.
    #[arg(long, value_name = "COLUMN")]
    pub date: Option<String>,
}

/// The figures of an export, as printed.
#[derive(Clone, Debug, Serialize)]
pub struct Stats {
    /// One row per touchpoint; `touchpoint: null` for answers about no touchpoint.
    pub rows: Vec<StatsRow>,
    /// Rows left out.
    pub skipped: Vec<StatsSkipped>,
    /// Everything else worth knowing.
    pub warnings: Vec<String>,
}

/// The figures of one touchpoint.
#[derive(Clone, Debug, Serialize)]
pub struct StatsRow {
    /// The touchpoint as written in the export.
    pub touchpoint: Option<String>,
    /// Responses.
    pub responses: u64,
    /// NPS.
    pub nps: Option<NpsFigures>,
    /// CSAT.
    pub csat: Option<CsatFigures>,
    /// CES.
    pub ces: Option<CesFigures>,
}

/// A skipped row.
#[derive(Clone, Debug, Serialize)]
pub struct StatsSkipped {
    /// Its line.
    pub line: u64,
    /// Why.
    pub reason: String,
}

/// Why `stats` produced nothing.
/// Why `stats` gave no figures.
#[derive(Debug, Error)]
#[error("{}", self.describe(Language::En))]
pub enum StatsError {
    /// The file could not be read.
    Unreadable(#[from] SurveyError),
    /// A column option names no column.
    NoSuchColumn {
        /// The file.
        file: String,
        /// What the option said.
        wanted: String,
        /// The columns there are, numbered.
        columns: String,
    },
    /// Nothing in the file could be counted.
    NothingUsable {
        /// The file.
        file: String,
        /// Why.
        why: Unusable,
    },
}

/// Why nothing in a file could be counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// The file has no rows.
    Empty,
    /// No column reads as a score; the file has this many columns.
    NoScoreColumn(usize),
    /// The file is damaged.
    Damaged(Damage),
    /// A header, and no answers under it.
    NoDataRows,
    /// Score columns, but no score in them.
    NoScore {
        /// Rows read.
        read: u64,
        /// Rows skipped.
        skipped: u64,
        /// Values not counted.
        values: usize,
    },
}

impl StatsError {
    /// The process exit code for this error.
    pub fn describe(&self, language: Language) -> String {
        match self {
            StatsError::Unreadable(error) => error.describe(language),
            StatsError::NoSuchColumn {
                file,
                wanted,
                columns,
            } => msg::stats_no_such_column(
                language,
                msg::StatsNoSuchColumn {
                    file,
                    wanted,
                    columns,
                },
            ),
            StatsError::NothingUsable { file, why } => {
                let why = match why {
                    Unusable::Empty => Text::StatsEmpty.get(language).to_owned(),
                    Unusable::Damaged(damage) => damage.describe(language),
                    Unusable::NoDataRows => Text::StatsNoDataRows.get(language).to_owned(),
                    Unusable::NoScoreColumn(columns) => msg::stats_no_score_column(
                        language,
                        msg::StatsNoScoreColumn { columns: *columns },
                    ),
                    Unusable::NoScore {
                        read,
                        skipped,
                        values,
                    } => msg::stats_no_score(
                        language,
                        msg::StatsNoScore {
                            read: *read,
                            skipped: *skipped,
                            values: *values,
                        },
                    ),
                };
                msg::stats_file_why(language, msg::StatsFileWhy { file, why })
            }
        }
    }

    /// The process's exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            StatsError::Unreadable(_) => 3,
            StatsError::NoSuchColumn { .. } => 2,
            StatsError::NothingUsable { .. } => 1,
        }
    }
}

/// Reads an export and computes its figures.
pub fn stats(
    path: &Path,
    choices: &ColumnChoices,
    language: Language,
) -> Result<Stats, StatsError> {
    let source = Source::open(path)?;
    stats_of(&source, choices, language)
}

/// Computes the figures of an export already opened.
pub fn stats_of(
    source: &Source,
    choices: &ColumnChoices,
    language: Language,
) -> Result<Stats, StatsError> {
    let file = source.file_name.clone();
    let sample = source.sample(SAMPLE_ROWS);
    if sample.is_empty() {
        return Err(StatsError::NothingUsable {
            file,
            why: Unusable::Empty,
        });
    }
    let plain = survey::detect(&sample);
    let mut forced = Vec::new();
    let wanted = [
        (&choices.touchpoint, ColumnRole::Touchpoint),
        (&choices.nps, score(MetricKind::Nps)),
        (&choices.csat, score(MetricKind::Csat)),
        (&choices.ces, score(MetricKind::Ces)),
        (&choices.segment, ColumnRole::Segment),
        (&choices.date, ColumnRole::Date),
    ];
    for (choice, role) in wanted {
        let Some(name) = choice else { continue };
        let Some(column) = survey::find_column(&plain.mapping, name) else {
            let columns = plain
                .mapping
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{} \"{}\"", i + 1, c.header))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(StatsError::NoSuchColumn {
                file,
                wanted: name.clone(),
                columns,
            });
        };
        forced.push((column, role));
    }
    let detection = if forced.is_empty() {
        plain
    } else {
        survey::detect_with(&sample, &forced)
    };
    let mapping = detection.mapping;
    if !mapping
        .columns
        .iter()
        .any(|c| matches!(c.role, ColumnRole::Score { .. }))
    {
        // Say what is wrong with the file when it is damaged, rather than that no column
        // was found.
        let why = match source.diagnose() {
            Some(damage) => Unusable::Damaged(damage),
            None if sample.len() <= mapping.header_rows => Unusable::NoDataRows,
            None => Unusable::NoScoreColumn(mapping.columns.len()),
        };
        return Err(StatsError::NothingUsable { file, why });
    }
    let aggregate = survey::aggregate(source, &mapping, false);
    let report = &aggregate.report;

    let audience = Audience::CommandLine;
    let mut warnings: Vec<String> = survey::column_warnings(&mapping, &detection.notes)
        .iter()
        .map(|w| w.describe(language, audience))
        .collect();
    warnings.extend(
        report
            .warnings
            .iter()
            .map(|w| w.describe(language, audience)),
    );
    warnings.extend(report.value_issues.iter().map(|v| v.describe(language)));

    let scales = mapping.scales;
    let mut per_touchpoint: Vec<Totals> = vec![Totals::default(); aggregate.touchpoints.len()];
    let mut overall = Totals::default();
    for cell in &aggregate.cells {
        match cell.touchpoint {
            Some(t) => per_touchpoint[t as usize].add(cell),
            None => overall.add(cell),
        }
    }
    let row = |touchpoint: Option<String>, totals: &Totals| {
        let f = totals.figures(&scales);
        StatsRow {
            touchpoint,
            responses: f.responses,
            nps: f.nps,
            csat: f.csat,
            ces: f.ces,
        }
    };
    let mut rows: Vec<StatsRow> = aggregate
        .touchpoints
        .iter()
        .zip(&per_touchpoint)
        .filter(|(_, t)| t.responses > 0)
        .map(|(label, totals)| row(Some(label.clone()), totals))
        .collect();
    if overall.responses > 0 {
        rows.push(row(None, &overall));
    }
    if rows
        .iter()
        .all(|r| r.nps.is_none() && r.csat.is_none() && r.ces.is_none())
    {
        return Err(StatsError::NothingUsable {
            file,
            why: Unusable::NoScore {
                read: report.rows.read,
                skipped: report.rows.skipped,
                values: report.value_issues.len(),
            },
        });
    }
    let skipped = report
        .skipped
        .iter()
        .map(|s| StatsSkipped {
            line: s.line,
            reason: s.reason.describe(language),
        })
        .collect();
    Ok(Stats {
        rows,
        skipped,
        warnings,
    })
}

fn score(metric: MetricKind) -> ColumnRole {
    ColumnRole::Score {
        metric,
        touchpoint: None,
    }
}

impl Stats {
    /// The JSON the command prints.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A table for people, its figures written for `language`.
    pub fn to_table(&self, language: Language) -> String {
        let t = |text: Text| text.get(language);
        let all = t(Text::StatsAll);
        let name_width = self
            .rows
            .iter()
            .map(|r| r.touchpoint.as_deref().unwrap_or(all).chars().count())
            .chain([t(Text::StatsTouchpoint).chars().count()])
            .max()
            .unwrap_or(5)
            .max(10);
        let headers = [
            t(Text::StatsResponses),
            "NPS n",
            "NPS",
            "±95%",
            "CSAT n",
            t(Text::StatsTopTwo),
            t(Text::StatsMean),
            "CES n",
            t(Text::StatsMean),
            t(Text::StatsAgree),
        ];
        let widths: Vec<usize> = [9, 5, 7, 6, 5, 6, 6, 5, 6, 7]
            .iter()
            .zip(headers)
            .map(|(w, h)| (*w).max(h.chars().count()))
            .collect();
        let mut out = String::new();
        let pad_right = |text: &str, width: usize| {
            let pad = width.saturating_sub(text.chars().count());
            format!("{text}{}", " ".repeat(pad))
        };
        let pad_left = |text: &str, width: usize| {
            let pad = width.saturating_sub(text.chars().count());
            format!("{}{text}", " ".repeat(pad))
        };
        out.push_str(&pad_right(t(Text::StatsTouchpoint), name_width));
        for (header, width) in headers.iter().zip(&widths) {
            out.push_str("  ");
            out.push_str(&pad_left(header, *width));
        }
        out.push('\n');
        let dash = "–".to_owned();
        let number = |value: f64, decimals: usize| format::decimal(language, value, decimals);
        for r in &self.rows {
            let mut cells = vec![format::count(language, r.responses)];
            match &r.nps {
                Some(n) => cells.extend([
                    format::count(language, n.n),
                    number(n.score, 1),
                    number(n.margin95, 1),
                ]),
                None => cells.extend([dash.clone(), dash.clone(), dash.clone()]),
            }
            match &r.csat {
                Some(c) => cells.extend([
                    format::count(language, c.n),
                    number(c.top2_pct, 1),
                    number(c.mean, 2),
                ]),
                None => cells.extend([dash.clone(), dash.clone(), dash.clone()]),
            }
            match &r.ces {
                Some(c) => cells.extend([
                    format::count(language, c.n),
                    number(c.mean, 2),
                    number(c.agree_pct, 1),
                ]),
                None => cells.extend([dash.clone(), dash.clone(), dash.clone()]),
            }
            out.push_str(&pad_right(
                r.touchpoint.as_deref().unwrap_or(all),
                name_width,
            ));
            for (cell, width) in cells.iter().zip(&widths) {
                out.push_str("  ");
                out.push_str(&pad_left(cell, *width));
            }
            out.push('\n');
        }
        // Say which answers the top-2 and the agreeing share stand for, when not the usual.
        let csat_scale = self.rows.iter().find_map(|r| r.csat.map(|c| c.scale));
        if let Some(scale) = csat_scale.filter(|s| *s != Scale::ONE_TO_FIVE) {
            out.push_str(&msg::stats_csat_scale(
                language,
                msg::StatsCsatScale {
                    scale: scale.to_string(),
                    answers: scale.top_two().to_string(),
                },
            ));
            out.push('\n');
        }
        let ces_scale = self.rows.iter().find_map(|r| r.ces.map(|c| c.scale));
        if let Some(scale) = ces_scale.filter(|s| *s != Scale::ONE_TO_SEVEN) {
            let answers = format!("{}–{}", scale.max - 1, scale.max);
            out.push_str(&msg::stats_ces_scale(
                language,
                msg::StatsCesScale {
                    scale: scale.to_string(),
                    answers,
                },
            ));
            out.push('\n');
        }
        for s in &self.skipped {
            out.push_str(&msg::stats_skipped_line(
                language,
                msg::StatsSkippedLine {
                    line: s.line,
                    reason: &s.reason,
                },
            ));
            out.push('\n');
        }
        for w in &self.warnings {
            out.push_str(&msg::stats_warning(
                language,
                msg::StatsWarning { warning: w },
            ));
            out.push('\n');
        }
        out
    }
}
