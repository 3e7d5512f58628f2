//! `parcours stats FILE`: per-touchpoint NPS, CSAT and CES of an export, for scripts.

use std::path::Path;

use serde::Serialize;
use thiserror::Error;

use crate::i18n::Language;
use crate::metrics::{CesFigures, CsatFigures, NpsFigures, Totals};
use crate::model::{ColumnRole, MetricKind, Scale};
use crate::survey::{self, Audience, SAMPLE_ROWS, Source, SurveyError};

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
#[derive(Debug, Error)]
pub enum StatsError {
    /// The file could not be read (exit 3).
    #[error(transparent)]
    Unreadable(#[from] SurveyError),
    /// A column named on the command line does not exist (exit 2).
    #[error("{file}: no column \"{wanted}\"; the columns are: {columns}")]
    NoSuchColumn {
        /// The file.
        file: String,
        /// What was asked.
        wanted: String,
        /// The headers, numbered.
        columns: String,
    },
    /// Nothing in the file can be counted (exit 1).
    #[error("{file}: {why}")]
    NothingUsable {
        /// The file.
        file: String,
        /// Why.
        why: String,
    },
}

impl StatsError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            StatsError::Unreadable(_) => 3,
            StatsError::NoSuchColumn { .. } => 2,
            StatsError::NothingUsable { .. } => 1,
        }
    }
}

/// Reads an export and computes its figures.
pub fn stats(path: &Path, choices: &ColumnChoices) -> Result<Stats, StatsError> {
    let source = Source::open(path)?;
    stats_of(&source, choices)
}

/// Computes the figures of an export already opened.
pub fn stats_of(source: &Source, choices: &ColumnChoices) -> Result<Stats, StatsError> {
    let file = source.file_name.clone();
    let sample = source.sample(SAMPLE_ROWS);
    if sample.is_empty() {
        return Err(StatsError::NothingUsable {
            file,
            why: "the file is empty".to_owned(),
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
        return Err(StatsError::NothingUsable {
            file,
            why: format!(
                "no NPS, CSAT or CES column found among {} columns; name one with --nps, --csat or --ces",
                mapping.columns.len()
            ),
        });
    }
    let aggregate = survey::aggregate(source, &mapping, false);
    let report = &aggregate.report;

    let audience = Audience::CommandLine;
    let mut warnings: Vec<String> = survey::column_warnings(&mapping, &detection.notes)
        .iter()
        .map(|w| w.describe(Language::En, audience))
        .collect();
    warnings.extend(
        report
            .warnings
            .iter()
            .map(|w| w.describe(Language::En, audience)),
    );
    warnings.extend(report.value_issues.iter().map(|v| v.describe(Language::En)));

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
            why: format!(
                "no score could be read: {} rows read, {} skipped, {} values not counted",
                report.rows.read,
                report.rows.skipped,
                report.value_issues.len()
            ),
        });
    }
    let skipped = report
        .skipped
        .iter()
        .map(|s| StatsSkipped {
            line: s.line,
            reason: s.reason.describe(Language::En),
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

    /// A table for people.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let name_width = self
            .rows
            .iter()
            .map(|r| r.touchpoint.as_deref().unwrap_or("(all)").chars().count())
            .max()
            .unwrap_or(5)
            .max(10);
        out.push_str(&format!(
            "{:<name_width$}  {:>9}  {:>5}  {:>7}  {:>6}  {:>5}  {:>6}  {:>6}  {:>5}  {:>6}  {:>7}\n",
            "touchpoint", "responses", "NPS n", "NPS", "±95%", "CSAT n", "top-2%", "mean", "CES n", "mean", "agree%"
        ));
        let dash = "–";
        for r in &self.rows {
            let name = r.touchpoint.as_deref().unwrap_or("(all)");
            let pad = name_width.saturating_sub(name.chars().count());
            out.push_str(&format!("{name}{}  {:>9}", " ".repeat(pad), r.responses));
            match &r.nps {
                Some(n) => out.push_str(&format!(
                    "  {:>5}  {:>7.1}  {:>6.1}",
                    n.n, n.score, n.margin95
                )),
                None => out.push_str(&format!("  {dash:>5}  {dash:>7}  {dash:>6}")),
            }
            match &r.csat {
                Some(c) => out.push_str(&format!(
                    "  {:>5}  {:>6.1}  {:>6.2}",
                    c.n, c.top2_pct, c.mean
                )),
                None => out.push_str(&format!("  {dash:>5}  {dash:>6}  {dash:>6}")),
            }
            match &r.ces {
                Some(c) => out.push_str(&format!(
                    "  {:>5}  {:>6.2}  {:>7.1}",
                    c.n, c.mean, c.agree_pct
                )),
                None => out.push_str(&format!("  {dash:>5}  {dash:>6}  {dash:>7}")),
            }
            out.push('\n');
        }
        // Say which answers the top-2 and the agreeing share stand for, when not the usual.
        let csat_scale = self.rows.iter().find_map(|r| r.csat.map(|c| c.scale));
        if let Some(scale) = csat_scale.filter(|s| *s != Scale::ONE_TO_FIVE) {
            out.push_str(&format!(
                "CSAT on {scale}: top-2% is the share of {}\n",
                scale.top_two()
            ));
        }
        let ces_scale = self.rows.iter().find_map(|r| r.ces.map(|c| c.scale));
        if let Some(scale) = ces_scale.filter(|s| *s != Scale::ONE_TO_SEVEN) {
            out.push_str(&format!(
                "CES on {scale}: agree% is the share of {}–{}\n",
                scale.max - 1,
                scale.max
            ));
        }
        for s in &self.skipped {
            out.push_str(&format!("skipped line {}: {}\n", s.line, s.reason));
        }
        for w in &self.warnings {
            out.push_str(&format!("warning: {w}\n"));
        }
        out
    }
}
