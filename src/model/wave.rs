//! Imported surveys ("waves"): score distributions per touchpoint × segment × month, the
//! verbatims, and the mapping that produced them, so that a refresh re-applies it.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ids::{CardId, WaveId};

/// The three survey metrics Parcours computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MetricKind {
    /// Net Promoter Score, 0–10 recommendation.
    Nps,
    /// Customer satisfaction, 1–5 or 1–7.
    Csat,
    /// Customer effort score, 1–7 or 1–5.
    Ces,
}

impl MetricKind {
    /// All metrics, in display order.
    pub const ALL: [MetricKind; 3] = [MetricKind::Nps, MetricKind::Csat, MetricKind::Ces];

    /// The short name users know.
    pub fn short_name(self) -> &'static str {
        match self {
            MetricKind::Nps => "NPS",
            MetricKind::Csat => "CSAT",
            MetricKind::Ces => "CES",
        }
    }
}

/// The answer scale of a metric: whole numbers from `min` to `max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Scale {
    /// Lowest answer.
    pub min: u8,
    /// Highest answer.
    pub max: u8,
}

impl Scale {
    /// 0–10, the NPS scale.
    pub const NPS: Scale = Scale { min: 0, max: 10 };
    /// 1–5.
    pub const ONE_TO_FIVE: Scale = Scale { min: 1, max: 5 };
    /// 1–7.
    pub const ONE_TO_SEVEN: Scale = Scale { min: 1, max: 7 };
    /// 1–10.
    pub const ONE_TO_TEN: Scale = Scale { min: 1, max: 10 };
    /// 0–10 (the NPS scale, also used for satisfaction).
    pub const ZERO_TO_TEN: Scale = Scale { min: 0, max: 10 };

    /// The answers that make the top-2-box: `"4–5"` on 1–5, `"9–10"` on 0–10.
    pub fn top_two(self) -> Scale {
        Scale {
            min: self.max.saturating_sub(1).max(self.min),
            max: self.max,
        }
    }

    /// How many answers the scale has.
    pub fn len(self) -> usize {
        usize::from(self.max.saturating_sub(self.min)) + 1
    }

    /// Never empty; here for clippy's sake.
    pub fn is_empty(self) -> bool {
        false
    }

    /// Whether a value is one of the scale's answers.
    pub fn contains(self, value: f64) -> bool {
        value.fract() == 0.0 && value >= f64::from(self.min) && value <= f64::from(self.max)
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.min, self.max)
    }
}

/// The scales a wave's metrics were asked on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scales {
    /// Always 0–10 for NPS.
    pub nps: Scale,
    /// CSAT: 1–5, 1–7, 1–10 or 0–10.
    pub csat: Scale,
    /// CES: 1–7 or 1–5.
    pub ces: Scale,
    /// CES asked the other way round (1 = easy): answers are flipped on import, so that
    /// stored CES always reads "higher is easier".
    #[serde(default)]
    pub ces_reversed: bool,
}

impl Default for Scales {
    fn default() -> Self {
        Self {
            nps: Scale::NPS,
            csat: Scale::ONE_TO_FIVE,
            ces: Scale::ONE_TO_SEVEN,
            ces_reversed: false,
        }
    }
}

impl Scales {
    /// The scale of a metric.
    pub fn of(&self, metric: MetricKind) -> Scale {
        match metric {
            MetricKind::Nps => self.nps,
            MetricKind::Csat => self.csat,
            MetricKind::Ces => self.ces,
        }
    }
}

/// A calendar month, written `YYYY-MM` in project files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month(pub u32);

impl Month {
    /// The month of a year (month 1–12).
    pub fn new(year: i32, month: u32) -> Self {
        Month((year.max(0) as u32) * 12 + month.clamp(1, 12) - 1)
    }

    /// The year.
    pub fn year(self) -> u32 {
        self.0 / 12
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.0 % 12 + 1
    }

    /// The month written `YYYY-MM`, if it is one.
    pub fn parse(text: &str) -> Option<Self> {
        let (year, month) = text.split_once('-')?;
        let year: i32 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        (1..=12).contains(&month).then(|| Month::new(year, month))
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Month::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a month YYYY-MM, got {text:?}"))
        })
    }
}

/// What one column of an export means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColumnRole {
    /// Not used.
    Ignore,
    /// The touchpoint each row is about (long format).
    Touchpoint,
    /// Answers to a metric question. `touchpoint` is set in wide format, where each column
    /// belongs to one touchpoint; otherwise the row's touchpoint (or none) applies.
    Score {
        /// The metric.
        metric: MetricKind,
        /// The touchpoint the column is about, as written in the export.
        touchpoint: Option<String>,
    },
    /// When the answer was given.
    Date,
    /// The customer segment.
    Segment,
    /// Free-text comments.
    Verbatim,
    /// The respondent's id.
    RespondentId,
    /// How many answers the row stands for (aggregated exports).
    Count,
}

/// Where a touchpoint value of an export goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TouchpointTarget {
    /// A touchpoint card of the project.
    Card(CardId),
    /// Left out of the import.
    Ignore,
}

/// How the days and months of dates like `03/04/2026` are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateOrder {
    /// Decided from the whole column.
    #[default]
    Auto,
    /// `dd/mm/yyyy`.
    DayFirst,
    /// `m/d/yyyy`.
    MonthFirst,
}

/// How an export was read: enough to read the same file again the same way.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    /// Header rows above the answers (0–3).
    pub header_rows: usize,
    /// One entry per column, in the file's order.
    pub columns: Vec<ColumnMapping>,
    /// The metrics' scales.
    #[serde(default)]
    pub scales: Scales,
    /// Day/month order of dates.
    #[serde(default)]
    pub date_order: DateOrder,
    /// The touchpoint values of the export and where they go.
    #[serde(default)]
    pub touchpoints: Vec<(String, TouchpointTarget)>,
}

impl Mapping {
    /// The index of the first column with this role.
    pub fn column_with(&self, role: &ColumnRole) -> Option<usize> {
        self.columns.iter().position(|c| &c.role == role)
    }

    /// Where a touchpoint value goes, if the mapping says.
    pub fn target_of(&self, label: &str) -> Option<&TouchpointTarget> {
        self.touchpoints
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, t)| t)
    }
}

/// One column of an export and its role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// The column's header, as shown to the user.
    pub header: String,
    /// What it means.
    pub role: ColumnRole,
}

/// Answer counts on a scale: `counts[i]` answers of `scale.min + i`.
pub type Counts = Vec<u64>;

/// The answers of one touchpoint × segment × month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoreCell {
    /// Index in [`Wave::touchpoints`]; `None` for questions about no touchpoint.
    pub touchpoint: Option<u32>,
    /// Index in [`Wave::segments`].
    #[serde(default)]
    pub segment: Option<u32>,
    /// When; `None` without a date.
    #[serde(default)]
    pub month: Option<Month>,
    /// Rows (respondents) that answered something here.
    pub responses: u64,
    /// NPS answer counts (empty when none).
    #[serde(default, with = "counts_as_text")]
    pub nps: Counts,
    /// CSAT answer counts.
    #[serde(default, with = "counts_as_text")]
    pub csat: Counts,
    /// CES answer counts (already flipped when the scale runs the other way).
    #[serde(default, with = "counts_as_text")]
    pub ces: Counts,
}

impl ScoreCell {
    /// The counts of a metric.
    pub fn counts(&self, metric: MetricKind) -> &Counts {
        match metric {
            MetricKind::Nps => &self.nps,
            MetricKind::Csat => &self.csat,
            MetricKind::Ces => &self.ces,
        }
    }

    /// The counts of a metric, mutable.
    pub fn counts_mut(&mut self, metric: MetricKind) -> &mut Counts {
        match metric {
            MetricKind::Nps => &mut self.nps,
            MetricKind::Csat => &mut self.csat,
            MetricKind::Ces => &mut self.ces,
        }
    }
}

/// Counts written as one line of numbers, `"0 2 5 9 …"`: a pretty-printed list would take a
/// line per number and make project files long for nothing.
mod counts_as_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(counts: &[u64], serializer: S) -> Result<S::Ok, S::Error> {
        let text: Vec<String> = counts.iter().map(u64::to_string).collect();
        serializer.serialize_str(&text.join(" "))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u64>, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.split_whitespace()
            .map(|n| {
                n.parse::<u64>().map_err(|_| {
                    serde::de::Error::custom(format!(
                        "expected answer counts like \"0 4 12\", found {n:?}"
                    ))
                })
            })
            .collect()
    }
}

/// A free-text answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verbatim {
    /// Index in [`Wave::touchpoints`].
    pub touchpoint: Option<u32>,
    /// Index in [`Wave::segments`].
    #[serde(default)]
    pub segment: Option<u32>,
    /// When.
    #[serde(default)]
    pub month: Option<Month>,
    /// The respondent's NPS answer, when given.
    #[serde(default)]
    pub nps: Option<u8>,
    /// The text.
    pub text: String,
}

/// A touchpoint value of an export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaveTouchpoint {
    /// As written in the export.
    pub label: String,
    /// The touchpoint card it was matched to.
    pub card: Option<CardId>,
}

/// One imported survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Wave {
    /// Stable id.
    pub id: WaveId,
    /// The name users see ("Spring 2026").
    pub name: String,
    /// The file it came from (its name, or a path relative to the project).
    pub source: String,
    /// Import date, `YYYY-MM-DD`.
    #[serde(default)]
    pub imported: String,
    /// How the file was read.
    pub mapping: Mapping,
    /// Rows read, used and skipped at import.
    #[serde(default)]
    pub rows: RowCounts,
    /// Touchpoint values of the export.
    pub touchpoints: Vec<WaveTouchpoint>,
    /// Segment values.
    #[serde(default)]
    pub segments: Vec<String>,
    /// The distributions.
    pub cells: Vec<ScoreCell>,
    /// Free-text answers.
    #[serde(default)]
    pub verbatims: Vec<Verbatim>,
}

/// Row counts of an import.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowCounts {
    /// Data rows read.
    pub read: u64,
    /// Rows that gave at least one answer.
    pub used: u64,
    /// Rows left out (each reported with its line).
    pub skipped: u64,
}

impl Wave {
    /// The wave-touchpoint indices matched to a card.
    pub fn touchpoint_indices_of(&self, card: CardId) -> impl Iterator<Item = u32> + '_ {
        self.touchpoints
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.card == Some(card))
            .map(|(i, _)| i as u32)
    }

    /// The months the wave covers, sorted.
    pub fn months(&self) -> Vec<Month> {
        let mut months: Vec<Month> = self.cells.iter().filter_map(|c| c.month).collect();
        months.sort_unstable();
        months.dedup();
        months
    }
}
