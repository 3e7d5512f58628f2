//! Reading every row of an export through a mapping into score distributions per
//! touchpoint × segment × month, with the verbatims and the import report.

use super::report::{ImportReport, SkipReason, SkippedRow, ValueIssue, ValueProblem, Warning};
use super::source::{RowRef, Source};
use super::values::{RawDate, Score, is_missing, normalize, parse_date, parse_score};
use crate::jobs::Progress;
use crate::model::{
    ColumnRole, Counts, DateOrder, Mapping, MetricKind, Month, Scale, ScoreCell, TouchpointTarget,
    Verbatim,
};

/// The result of reading an export through a mapping.
#[derive(Clone, Debug, Default)]
pub struct Aggregate {
    /// Touchpoint values, as written (trimmed), in order of appearance.
    pub touchpoints: Vec<String>,
    /// Segment values.
    pub segments: Vec<String>,
    /// Distributions, sorted by touchpoint, segment and month.
    pub cells: Vec<ScoreCell>,
    /// Free-text answers (when asked for).
    pub verbatims: Vec<Verbatim>,
    /// Rows read, used, skipped; values not counted; warnings.
    pub report: ImportReport,
    /// The day/month order the dates were read with.
    pub date_order: DateOrder,
    /// Score columns left out because most of their answers did not fit the scale
    /// (0-based); the mapping kept with the wave sets them aside.
    pub set_aside: Vec<usize>,
}

/// Reads every row of `source` through `mapping`. Verbatims are kept only when asked for
/// (the command line does not need them).
pub fn aggregate(source: &Source, mapping: &Mapping, keep_verbatims: bool) -> Aggregate {
    aggregate_with(source, mapping, keep_verbatims, &Progress::default()).unwrap_or_default()
}

/// Like [`aggregate`], advancing `progress` through the file; `None` when it was cancelled.
pub fn aggregate_with(
    source: &Source,
    mapping: &Mapping,
    keep_verbatims: bool,
    progress: &Progress,
) -> Option<Aggregate> {
    let (mut first, minorities) = aggregate_once(source, mapping, keep_verbatims, progress)?;
    if minorities.is_empty() {
        warn_of_damage(source, mapping, &mut first);
        return Some(first);
    }
    // A figure must never stand for a minority of a column's answers: read the file again
    // without those columns, and say why.
    let mut without = mapping.clone();
    for m in &minorities {
        without.columns[m.index].role = ColumnRole::Ignore;
    }
    let (mut again, _) = aggregate_once(source, &without, keep_verbatims, progress)?;
    again.set_aside = minorities.iter().map(|m| m.index).collect();
    let mut warnings: Vec<Warning> = minorities
        .into_iter()
        .map(|m| Warning::MinorityCounted {
            index: m.index,
            column: mapping.columns[m.index].header.clone(),
            metric: m.metric,
            scale: m.scale,
            counted: m.counted,
            answered: m.answered,
        })
        .collect();
    warnings.append(&mut again.report.warnings);
    again.report.warnings = warnings;
    warn_of_damage(source, mapping, &mut again);
    Some(again)
}

/// A quote never closed makes the rest of a CSV file one cell: the rows read then fall far
/// short of the file's lines. Only then is the file searched for the quote, and the report
/// says where it opens.
fn warn_of_damage(source: &Source, mapping: &Mapping, aggregate: &mut Aggregate) {
    let Some(lines) = source.line_count() else {
        return;
    };
    let read = aggregate.report.rows.read + mapping.header_rows as u64;
    if lines <= read + 100 || lines <= read + read / 10 {
        return;
    }
    if let Some(super::Damage::UnclosedQuote { line }) = source.diagnose() {
        aggregate
            .report
            .warnings
            .push(Warning::UnclosedQuote { line });
    }
}

/// A score column most of whose answers could not be counted.
struct Minority {
    index: usize,
    metric: MetricKind,
    scale: Scale,
    counted: u64,
    answered: u64,
}

fn aggregate_once(
    source: &Source,
    mapping: &Mapping,
    keep_verbatims: bool,
    progress: &Progress,
) -> Option<(Aggregate, Vec<Minority>)> {
    // Large files are read on every core, each part into its own counts, then added up.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let parts = source.parts(if source.len() > 4 << 20 { threads } else { 1 });
    let runs: Vec<(Run<'_>, bool)> = std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                scope.spawn(move || {
                    let mut run = Run::new(mapping, keep_verbatims, source.delimiter());
                    let skip = if i == 0 { mapping.header_rows } else { 0 };
                    let whole = source.for_each_row_with(part, skip, progress, |line, row| {
                        run.row(line, row);
                    });
                    (run, whole)
                })
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    if runs.iter().any(|(_, whole)| !whole) {
        return None;
    }
    let mut runs = runs.into_iter().map(|(run, _)| run);
    let mut total = runs
        .next()
        .unwrap_or_else(|| Run::new(mapping, keep_verbatims, source.delimiter()));
    for run in runs {
        total.absorb(run);
    }
    Some(total.finish(source.file_name.clone()))
}

/// Where no touchpoint, segment or date applies.
const NONE: u32 = u32::MAX;

struct ScoreColumn {
    column: usize,
    metric: MetricKind,
    scale: Scale,
    reversed: bool,
    fixed_touchpoint: Option<u32>,
    /// Answers given in the column (weighted by the row's count).
    answered: u64,
    /// Of those, answers counted.
    counted: u64,
}

#[derive(Default)]
struct RawCell {
    key: (u32, u32, u32),
    responses: u64,
    counts: [Counts; 3],
}

struct Run<'m> {
    mapping: &'m Mapping,
    keep_verbatims: bool,
    delimiter: Option<u8>,
    touchpoint_column: Option<usize>,
    segment_column: Option<usize>,
    date_column: Option<usize>,
    count_column: Option<usize>,
    verbatim_columns: Vec<usize>,
    score_columns: Vec<ScoreColumn>,
    touchpoints: Interner,
    ignored: Vec<bool>,
    segments: Interner,
    cells: Vec<RawCell>,
    cell_index: foldhash::HashMap<(u32, u32, u32), usize>,
    last_cell: Option<((u32, u32, u32), usize)>,
    touched: Vec<usize>,
    /// Per cell, the row that last touched it: whether a cell is in `touched` is known in
    /// constant time, however many cells a wide row touches.
    touched_by: Vec<u64>,
    /// The number of the row being read.
    row_serial: u64,
    raw_verbatims: Vec<(u32, Verbatim)>,
    day_first_seen: bool,
    month_first_seen: bool,
    report: ImportReport,
}

impl<'m> Run<'m> {
    fn new(mapping: &'m Mapping, keep_verbatims: bool, delimiter: Option<u8>) -> Self {
        let find = |role: ColumnRole| mapping.column_with(&role);
        let mut run = Run {
            mapping,
            keep_verbatims,
            delimiter,
            touchpoint_column: find(ColumnRole::Touchpoint),
            segment_column: find(ColumnRole::Segment),
            date_column: find(ColumnRole::Date),
            count_column: find(ColumnRole::Count),
            verbatim_columns: (0..mapping.columns.len())
                .filter(|&c| mapping.columns[c].role == ColumnRole::Verbatim)
                .collect(),
            score_columns: Vec::new(),
            touchpoints: Interner::default(),
            ignored: Vec::new(),
            segments: Interner::default(),
            cells: Vec::new(),
            cell_index: foldhash::HashMap::default(),
            last_cell: None,
            touched: Vec::new(),
            touched_by: Vec::new(),
            row_serial: 0,
            raw_verbatims: Vec::new(),
            day_first_seen: false,
            month_first_seen: false,
            report: ImportReport::default(),
        };
        for (column, c) in mapping.columns.iter().enumerate() {
            if let ColumnRole::Score { metric, touchpoint } = &c.role {
                let fixed_touchpoint = touchpoint
                    .as_ref()
                    .map(|t| run.touchpoint(t.trim().as_bytes()));
                run.score_columns.push(ScoreColumn {
                    column,
                    metric: *metric,
                    scale: mapping.scales.of(*metric),
                    reversed: *metric == MetricKind::Ces && mapping.scales.ces_reversed,
                    fixed_touchpoint,
                    answered: 0,
                    counted: 0,
                });
            }
        }
        run
    }

    fn touchpoint(&mut self, label: &[u8]) -> u32 {
        let (index, new) = self.touchpoints.intern(label);
        if new {
            let text = &self.touchpoints.values[index as usize];
            let ignored = matches!(self.mapping.target_of(text), Some(TouchpointTarget::Ignore));
            self.ignored.push(ignored);
        }
        index
    }

    fn skip(&mut self, line: u64, reason: SkipReason) {
        self.report.rows.skipped += 1;
        self.report.skipped.push(SkippedRow { line, reason });
    }

    fn issue(&mut self, line: u64, column: usize, value: &[u8], problem: ValueProblem) {
        self.report.value_issues.push(ValueIssue {
            line,
            column: self.mapping.columns[column].header.clone(),
            value: String::from_utf8_lossy(value).into_owned(),
            problem,
        });
    }

    fn cell(&mut self, key: (u32, u32, u32)) -> usize {
        if let Some((last, index)) = self.last_cell
            && last == key
        {
            return index;
        }
        let index = *self.cell_index.entry(key).or_insert_with(|| {
            self.cells.push(RawCell {
                key,
                ..RawCell::default()
            });
            self.cells.len() - 1
        });
        self.last_cell = Some((key, index));
        index
    }

    fn row(&mut self, line: u64, row: &dyn RowRef) {
        self.report.rows.read += 1;
        let weight = match self.count_column {
            None => 1,
            Some(c) => {
                let cell = row.cell(c).unwrap_or_default().trim_ascii();
                match std::str::from_utf8(cell)
                    .ok()
                    .and_then(|t| t.parse::<u64>().ok())
                {
                    Some(w) => w,
                    None => {
                        let value = String::from_utf8_lossy(cell).into_owned();
                        return self.skip(line, SkipReason::BadCount(value));
                    }
                }
            }
        };
        let touchpoint = match self.touchpoint_column {
            None => NONE,
            Some(c) => {
                let cell = row.cell(c).unwrap_or_default().trim_ascii();
                if is_missing(cell) {
                    return self.skip(line, SkipReason::NoTouchpoint);
                }
                let index = self.touchpoint(cell);
                if self.ignored[index as usize] {
                    let label = self.touchpoints.values[index as usize].clone();
                    return self.skip(line, SkipReason::TouchpointIgnored(label));
                }
                index
            }
        };
        let segment = match self.segment_column.and_then(|c| row.cell(c)) {
            Some(cell) if !is_missing(cell) => self.segments.intern(cell.trim_ascii()).0,
            _ => NONE,
        };
        let date = match self.date_column.and_then(|c| row.cell(c).map(|v| (c, v))) {
            Some((c, cell)) if !is_missing(cell) => match parse_date(cell) {
                Some(raw) => self.date_key(raw),
                None => {
                    self.issue(line, c, cell, ValueProblem::NotADate);
                    NONE
                }
            },
            _ => NONE,
        };

        self.touched.clear();
        self.row_serial += 1;
        let mut nps_answer = None;
        for i in 0..self.score_columns.len() {
            let column = &self.score_columns[i];
            let (c, metric, scale, reversed, fixed) = (
                column.column,
                column.metric,
                column.scale,
                column.reversed,
                column.fixed_touchpoint,
            );
            let Some(cell) = row.cell(c) else { continue };
            let value = match parse_score(cell, metric, scale) {
                Score::Missing => continue,
                Score::Unreadable => {
                    self.score_columns[i].answered += weight;
                    self.issue(line, c, cell, ValueProblem::NotAScore(metric));
                    continue;
                }
                Score::Value(v) => v,
            };
            self.score_columns[i].answered += weight;
            if !scale.contains(value) {
                self.issue(line, c, cell, ValueProblem::OutOfScale(metric, scale));
                continue;
            }
            self.score_columns[i].counted += weight;
            let step = if reversed {
                f64::from(scale.max) - value
            } else {
                value - f64::from(scale.min)
            } as usize;
            if metric == MetricKind::Nps {
                nps_answer = Some(value as u8);
            }
            let cell_index = self.cell((fixed.unwrap_or(touchpoint), segment, date));
            let counts = &mut self.cells[cell_index].counts[metric as usize];
            if counts.is_empty() {
                counts.resize(scale.len(), 0);
            }
            counts[step] += weight;
            if self.touched_by.len() <= cell_index {
                self.touched_by.resize(cell_index + 1, 0);
            }
            if self.touched_by[cell_index] != self.row_serial {
                self.touched_by[cell_index] = self.row_serial;
                self.touched.push(cell_index);
            }
        }

        let mut commented = false;
        for i in 0..self.verbatim_columns.len() {
            let c = self.verbatim_columns[i];
            let Some(cell) = row.cell(c) else { continue };
            if is_missing(cell) {
                continue;
            }
            commented = true;
            if self.keep_verbatims {
                self.raw_verbatims.push((
                    date,
                    Verbatim {
                        touchpoint: (touchpoint != NONE).then_some(touchpoint),
                        segment: (segment != NONE).then_some(segment),
                        month: None,
                        nps: nps_answer,
                        text: String::from_utf8_lossy(cell.trim_ascii()).into_owned(),
                    },
                ));
            }
        }

        if self.touched.is_empty() {
            if !commented {
                return self.skip(line, SkipReason::NoAnswer);
            }
            let index = self.cell((touchpoint, segment, date));
            self.touched.push(index);
        }
        self.report.rows.used += 1;
        for i in 0..self.touched.len() {
            let index = self.touched[i];
            self.cells[index].responses += weight;
        }
    }

    /// Adds the rows another run read (the next part of the file).
    fn absorb(&mut self, other: Run<'_>) {
        let touchpoints: Vec<u32> = other
            .touchpoints
            .values
            .iter()
            .map(|label| self.touchpoint(label.as_bytes()))
            .collect();
        let segments: Vec<u32> = other
            .segments
            .values
            .iter()
            .map(|label| self.segments.intern(label.as_bytes()).0)
            .collect();
        let remap = |index: u32, table: &[u32]| {
            if index == NONE {
                NONE
            } else {
                table[index as usize]
            }
        };
        for raw in other.cells {
            let (t, s, d) = raw.key;
            let index = self.cell((remap(t, &touchpoints), remap(s, &segments), d));
            let cell = &mut self.cells[index];
            cell.responses += raw.responses;
            for (total, more) in cell.counts.iter_mut().zip(&raw.counts) {
                add_counts(total, more);
            }
        }
        for (date, mut verbatim) in other.raw_verbatims {
            verbatim.touchpoint = verbatim.touchpoint.map(|t| touchpoints[t as usize]);
            verbatim.segment = verbatim.segment.map(|s| segments[s as usize]);
            self.raw_verbatims.push((date, verbatim));
        }
        for (mine, theirs) in self.score_columns.iter_mut().zip(&other.score_columns) {
            mine.answered += theirs.answered;
            mine.counted += theirs.counted;
        }
        self.day_first_seen |= other.day_first_seen;
        self.month_first_seen |= other.month_first_seen;
        let rows = &mut self.report.rows;
        rows.read += other.report.rows.read;
        rows.used += other.report.rows.used;
        rows.skipped += other.report.rows.skipped;
        self.report.skipped.extend(other.report.skipped);
        self.report.value_issues.extend(other.report.value_issues);
    }

    /// A key for a date whose month may depend on the column's day/month order.
    fn date_key(&mut self, raw: RawDate) -> u32 {
        match raw {
            RawDate::Known { year, month } => (1 << 31) | Month::new(year, month).0,
            RawDate::Ambiguous {
                year,
                first,
                second,
            } => {
                self.day_first_seen |= first > 12;
                self.month_first_seen |= second > 12;
                ((year.clamp(0, 4095) as u32) << 10) | (first << 5) | second
            }
        }
    }

    fn finish(mut self, file_name: String) -> (Aggregate, Vec<Minority>) {
        let minorities: Vec<Minority> = self
            .score_columns
            .iter()
            .filter(|c| c.answered > 0 && c.counted * 2 < c.answered)
            .map(|c| Minority {
                index: c.column,
                metric: c.metric,
                scale: c.scale,
                counted: c.counted,
                answered: c.answered,
            })
            .collect();
        // Two columns counted for one metric: only because the mapping says so.
        for metric in MetricKind::ALL {
            let pooled: Vec<(usize, String)> = self
                .mapping
                .columns
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.role
                        == ColumnRole::Score {
                            metric,
                            touchpoint: None,
                        }
                })
                .map(|(i, c)| (i, c.header.clone()))
                .collect();
            if pooled.len() > 1 {
                self.report.warnings.push(Warning::Pooled {
                    metric,
                    columns: pooled,
                });
            }
        }
        let has_ambiguous = self
            .cells
            .iter()
            .any(|c| c.key.2 != NONE && c.key.2 & (1 << 31) == 0);
        let order = match self.mapping.date_order {
            DateOrder::Auto => match (self.day_first_seen, self.month_first_seen) {
                (true, false) => DateOrder::DayFirst,
                (false, true) => DateOrder::MonthFirst,
                (true, true) => {
                    self.report.warnings.push(Warning::DateOrderMixed);
                    DateOrder::DayFirst
                }
                (false, false) => {
                    // Semicolon files come from European Excel, and a header like
                    // "Horodateur" from a French form: the day comes first in both.
                    let european_header = self.date_column.is_some_and(|c| {
                        let header = normalize(&self.mapping.columns[c].header);
                        [
                            "horodateur",
                            "horodatage",
                            "datum",
                            "zeitstempel",
                            "fecha",
                            "data",
                        ]
                        .iter()
                        .any(|w| header.contains(w))
                    });
                    let guess = if self.delimiter == Some(b',') && !european_header {
                        DateOrder::MonthFirst
                    } else {
                        DateOrder::DayFirst
                    };
                    if has_ambiguous {
                        self.report.warnings.push(Warning::DateOrderGuessed(guess));
                    }
                    guess
                }
            },
            fixed => fixed,
        };
        let month_of = |key: u32| -> Option<Month> {
            if key == NONE {
                return None;
            }
            if key & (1 << 31) != 0 {
                return Some(Month(key & !(1 << 31)));
            }
            let (year, first, second) = ((key >> 10) as i32, (key >> 5) & 31, key & 31);
            let month = match order {
                DateOrder::MonthFirst if first <= 12 => first,
                DateOrder::MonthFirst => second,
                _ if second <= 12 => second,
                _ => first,
            };
            Some(Month::new(year, month))
        };

        // Fold day-level keys into months.
        let mut folded: foldhash::HashMap<(u32, u32, Option<Month>), ScoreCell> =
            foldhash::HashMap::default();
        for raw in self.cells {
            let (touchpoint, segment, date) = raw.key;
            let month = month_of(date);
            let cell = folded
                .entry((touchpoint, segment, month))
                .or_insert_with(|| ScoreCell {
                    touchpoint: (touchpoint != NONE).then_some(touchpoint),
                    segment: (segment != NONE).then_some(segment),
                    month,
                    ..ScoreCell::default()
                });
            cell.responses += raw.responses;
            for metric in MetricKind::ALL {
                add_counts(cell.counts_mut(metric), &raw.counts[metric as usize]);
            }
        }
        let mut cells: Vec<ScoreCell> = folded.into_values().collect();
        cells.sort_by_key(|c| (c.touchpoint, c.segment, c.month));
        let verbatims = self
            .raw_verbatims
            .into_iter()
            .map(|(date, mut v)| {
                v.month = month_of(date);
                v
            })
            .collect();
        self.report.file_name = file_name;
        self.report.dates_read_as = has_ambiguous.then_some(order);
        let aggregate = Aggregate {
            touchpoints: self.touchpoints.values,
            segments: self.segments.values,
            cells,
            verbatims,
            report: self.report,
            date_order: order,
            set_aside: Vec::new(),
        };
        (aggregate, minorities)
    }
}

/// Adds `more` to `total`, growing it as needed.
pub fn add_counts(total: &mut Counts, more: &Counts) {
    if more.is_empty() {
        return;
    }
    if total.len() < more.len() {
        total.resize(more.len(), 0);
    }
    for (t, m) in total.iter_mut().zip(more) {
        *t += m;
    }
}

/// Hands out one index per distinct text, remembering the last one looked up.
#[derive(Default)]
struct Interner {
    values: Vec<String>,
    index: foldhash::HashMap<Box<[u8]>, u32>,
    last: Option<u32>,
}

impl Interner {
    /// The index of a value, and whether it is new.
    fn intern(&mut self, value: &[u8]) -> (u32, bool) {
        if let Some(last) = self.last
            && self.values[last as usize].as_bytes() == value
        {
            return (last, false);
        }
        let (index, new) = match self.index.get(value) {
            Some(&index) => (index, false),
            None => {
                let index = self.values.len() as u32;
                self.values
                    .push(String::from_utf8_lossy(value).into_owned());
                self.index.insert(value.into(), index);
                (index, true)
            }
        };
        self.last = Some(index);
        (index, new)
    }
}
