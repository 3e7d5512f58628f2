//! Proposing a mapping: how many header rows, what each column means, the scales found.

use std::collections::{BTreeMap, HashMap};

use super::labels::{self, WordKind};
use super::values::{
    Score, answer_code, is_missing, label_position, normalize, parse_date, parse_number,
    parse_score,
};
use crate::model::{ColumnMapping, ColumnRole, DateOrder, Mapping, MetricKind, Scale, Scales};

/// How the answers are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One row per response with a touchpoint column.
    Long,
    /// One score column per touchpoint.
    Wide,
    /// One row per touchpoint × score with a count.
    Aggregated,
    /// Scores about no particular touchpoint.
    Overall,
}

/// Something the user should know about a column.
#[derive(Clone, Debug, PartialEq)]
pub enum ColumnNote {
    /// The range of answers found in a score column, and the scale they are read on.
    ScaleFound {
        /// The metric.
        metric: MetricKind,
        /// Smallest answer seen.
        min: i64,
        /// Largest answer seen.
        max: i64,
        /// The scale the answers are read on.
        scale: Scale,
    },
    /// A recommendation question with no 0 among many answers: probably asked on 1–10.
    NpsOneToTen,
    /// A few answers above the scale's top: they are not counted.
    AboveScale {
        /// The largest answer seen.
        max: i64,
        /// The scale assumed.
        scale: Scale,
    },
    /// A group, category, recoded or total column (Qualtrics' `Q1_NPS_GROUP`): derived from
    /// the answers, never counted as answers.
    Derived {
        /// The metric it is derived from.
        metric: MetricKind,
    },
    /// The column qualifies for a metric another column is counted for.
    AlsoLooksLike {
        /// The metric.
        metric: MetricKind,
        /// The column counted instead (0-based).
        counted: usize,
        /// Its header.
        counted_header: String,
    },
    /// The question reads like a metric but its answers fit none of the metric's scales.
    FitsNoScale {
        /// The metric.
        metric: MetricKind,
        /// Smallest answer seen.
        min: i64,
        /// Largest answer seen.
        max: i64,
    },
    /// Answers given as codes (LimeSurvey's `A1` … `A11`), read by their position.
    AnswerCodes {
        /// The first code seen, as written.
        first: String,
        /// The last code seen, as written.
        last: String,
    },
    /// Positive whole numbers beside the scores, each touchpoint and score once: counts.
    CountsByValues,
    /// The user chose a metric for a column whose answers fall outside its scale.
    OutsideChosenScale {
        /// The metric chosen.
        metric: MetricKind,
        /// Smallest answer seen.
        min: i64,
        /// Largest answer seen.
        max: i64,
        /// The scale the answers will be read on.
        scale: Scale,
    },
}

/// What detection found.
#[derive(Clone, Debug)]
pub struct Detection {
    /// The proposed mapping.
    pub mapping: Mapping,
    /// How the answers are laid out.
    pub layout: Layout,
    /// Notes per column, same order as the columns.
    pub notes: Vec<Vec<ColumnNote>>,
}

/// Proposes a mapping from the first rows of an export (headers included).
pub fn detect(sample: &[Vec<String>]) -> Detection {
    detect_with(sample, &[])
}

/// Like [`detect`], with some columns' roles decided beforehand (the command line's
/// `--nps 5`). A forced touchpoint, date or segment column replaces the one found; a forced
/// score column replaces the columns found for that metric.
pub fn detect_with(sample: &[Vec<String>], forced: &[(usize, ColumnRole)]) -> Detection {
    detect_with_header_rows(sample, forced, detect_header_rows(sample))
}

/// What the user should know at once of counting column `column` of `sample` as `metric`
/// on `scale`: when its whole-number answers run outside the scale, their range (the
/// answers outside it will not be counted), rather than only in the report.
pub fn check_chosen_scale(
    sample: &[Vec<String>],
    header_rows: usize,
    column: usize,
    metric: MetricKind,
    scale: Scale,
) -> Option<ColumnNote> {
    let data = &sample[header_rows.min(sample.len())..];
    let stats = ColumnStats::of(data, column);
    let (&min, _) = stats.numbers.first_key_value()?;
    let (&max, _) = stats.numbers.last_key_value()?;
    let inside = |v: i64| v >= i64::from(scale.min) && v <= i64::from(scale.max);
    (!inside(min) || !inside(max)).then_some(ColumnNote::OutsideChosenScale {
        metric,
        min,
        max,
        scale,
    })
}

/// The number of columns of a sample: the longest row, leaving out rows far longer than
/// most (a line of 915,000 delimiters in a 2-column export), whose extra cells are noise.
fn sample_width(sample: &[Vec<String>]) -> usize {
    let mut lengths: Vec<usize> = sample.iter().map(Vec::len).collect();
    if lengths.is_empty() {
        return 0;
    }
    lengths.sort_unstable();
    // The lower median: with two rows, the shorter.
    let median = lengths[(lengths.len() - 1) / 2];
    let plausible = median.saturating_mul(4).saturating_add(16);
    lengths
        .into_iter()
        .filter(|&n| n <= plausible)
        .max()
        .unwrap_or(median)
}

/// Like [`detect_with`], with the number of header rows decided by the user.
pub fn detect_with_header_rows(
    sample: &[Vec<String>],
    forced: &[(usize, ColumnRole)],
    header_rows: usize,
) -> Detection {
    let header_rows = header_rows.min(sample.len());
    let width = sample_width(sample);
    let headers = column_headers(sample, header_rows, width);
    let data = &sample[header_rows..];
    let stats: Vec<ColumnStats> = (0..width).map(|c| ColumnStats::of(data, c)).collect();
    let keys: Vec<String> = headers.iter().map(|h| normalize(h)).collect();

    let mut roles = vec![ColumnRole::Ignore; width];
    let mut notes = vec![Vec::new(); width];
    // The columns that qualify for each metric, in the file's order.
    let mut qualified: [Vec<usize>; 3] = Default::default();
    let mut touchpoint_like = Vec::new();
    let mut count_named = Vec::new();

    for c in 0..width {
        let key = &keys[c];
        let st = &stats[c];
        let texts = header_texts(sample, header_rows, c, &headers[c]);
        if let Some(metric) = derived_metric(&texts, st) {
            notes[c].push(ColumnNote::Derived { metric });
            continue;
        }
        if let Some(metric) = metric_from_header(&headers[c], key) {
            match st.fit(metric, scale_in_header(key), true) {
                Fit::Scale(_) => {
                    qualified[metric as usize].push(c);
                    continue;
                }
                Fit::Nothing { min, max } => {
                    notes[c].push(ColumnNote::FitsNoScale { metric, min, max });
                    continue;
                }
                // Text under a question that reads like a metric: maybe its comments.
                Fit::Unreadable => {}
            }
        }
        let role = if is_touchpoint_header(key) && st.is_categorical() {
            touchpoint_like.push(c);
            None
        } else if has_any(key, SEGMENT_WORDS) {
            Some(ColumnRole::Segment)
        } else if has_any(key, DATE_WORDS) && (st.dates + st.unix_times) * 10 >= st.answered * 8 {
            Some(ColumnRole::Date)
        } else if has_any(key, VERBATIM_WORDS) && !starts_with_which(key) {
            Some(ColumnRole::Verbatim)
        } else if has_any(key, ID_WORDS) || key == "id" {
            Some(ColumnRole::RespondentId)
        } else if labels::has_word(key, WordKind::Count) && st.is_counts() {
            count_named.push(c);
            None
        } else if st.answered > 0 && st.dates == st.answered && header_rows > 0 {
            Some(ColumnRole::Date)
        } else {
            None
        };
        if let Some(role) = role
            && !roles.contains(&role)
        {
            roles[c] = role;
        }
    }
    // The first column like a touchpoint is the touchpoint; the next, a segment.
    for (i, &c) in touchpoint_like.iter().enumerate() {
        if i == 0 {
            roles[c] = ColumnRole::Touchpoint;
        } else if !roles.contains(&ColumnRole::Segment) {
            roles[c] = ColumnRole::Segment;
        }
    }
    for metric in MetricKind::ALL {
        for &c in &qualified[metric as usize] {
            roles[c] = score_role(metric);
        }
    }

    for (column, role) in forced {
        for r in &mut roles {
            let clash = match (&*r, role) {
                (ColumnRole::Score { metric: a, .. }, ColumnRole::Score { metric: b, .. }) => {
                    a == b
                }
                (a, b) => a == b,
            };
            if clash {
                *r = ColumnRole::Ignore;
            }
        }
        if *column < width {
            roles[*column] = role.clone();
            notes[*column].retain(|n| {
                !matches!(
                    n,
                    ColumnNote::Derived { .. } | ColumnNote::FitsNoScale { .. }
                )
            });
        }
    }

    // Aggregated exports: a column of counts, by its header or by its values.
    if !roles.contains(&ColumnRole::Count)
        && let Some((count, score)) = {
            let set_aside: Vec<usize> = (0..width).filter(|&c| !notes[c].is_empty()).collect();
            find_counts(&roles, &stats, data, &count_named, &set_aside)
        }
    {
        roles[count] = ColumnRole::Count;
        if !count_named.contains(&count) {
            notes[count].push(ColumnNote::CountsByValues);
        }
        if let Some(c) = score {
            let metric = match stats[c].max_number() {
                Some(max) if max > 7 => MetricKind::Nps,
                Some(max) if max > 5 => MetricKind::Ces,
                _ => MetricKind::Csat,
            };
            roles[c] = score_role(metric);
        }
    }

    // Wide format: several score columns of one metric named after touchpoints.
    let has_touchpoint_column = roles.contains(&ColumnRole::Touchpoint);
    if !has_touchpoint_column {
        for metric in MetricKind::ALL {
            let columns: Vec<usize> = (0..width)
                .filter(|&c| roles[c] == score_role(metric))
                .collect();
            if columns.len() < 2 {
                continue;
            }
            let names: Vec<Option<String>> = columns
                .iter()
                .map(|&c| touchpoint_in_header(&headers[c]))
                .collect();
            // Wide only when the columns name different touchpoints.
            let named: Vec<&String> = names.iter().flatten().collect();
            // Linear in the columns: a wide export may have a hundred thousand.
            let mut seen = std::collections::HashSet::with_capacity(named.len());
            let distinct = named.iter().all(|n| seen.insert(normalize(n)));
            if named.len() < 2 || !distinct {
                continue;
            }
            for (c, name) in columns.into_iter().zip(names) {
                if let Some(name) = name {
                    roles[c] = ColumnRole::Score {
                        metric,
                        touchpoint: Some(name),
                    };
                }
            }
        }
    }

    // One column per metric: the others that qualify are set aside, and say so.
    for metric in MetricKind::ALL {
        let forced_column = forced
            .iter()
            .find(|(c, r)| *c < width && *r == score_role(metric))
            .map(|(c, _)| *c);
        let counted =
            forced_column.or_else(|| (0..width).find(|&c| roles[c] == score_role(metric)));
        let Some(counted) = counted else { continue };
        let mut others: Vec<usize> = (0..width)
            .filter(|&c| c != counted && roles[c] == score_role(metric))
            .collect();
        others.extend(
            qualified[metric as usize]
                .iter()
                .filter(|&&c| c != counted && roles[c] == ColumnRole::Ignore),
        );
        others.sort_unstable();
        others.dedup();
        for c in others {
            roles[c] = ColumnRole::Ignore;
            notes[c].push(ColumnNote::AlsoLooksLike {
                metric,
                counted,
                counted_header: headers[counted].clone(),
            });
        }
    }

    // Scales, from the answers and the questions.
    let mut scales = Scales::default();
    for metric in MetricKind::ALL {
        let columns: Vec<usize> = (0..width)
            .filter(|&c| matches!(&roles[c], ColumnRole::Score { metric: m, .. } if *m == metric))
            .collect();
        if columns.is_empty() {
            continue;
        }
        let mut merged = ColumnStats::default();
        for &c in &columns {
            merged.absorb(&stats[c]);
        }
        let hint = columns.iter().find_map(|&c| scale_in_header(&keys[c]));
        let scale = match merged.fit(metric, hint, false) {
            Fit::Scale(scale) => scale,
            _ => scales.of(metric),
        };
        match metric {
            MetricKind::Nps => {}
            MetricKind::Csat => scales.csat = scale,
            MetricKind::Ces => scales.ces = scale,
        }
        for c in columns {
            let st = &stats[c];
            if let Some((min, max)) = st.answer_range(metric, scale) {
                notes[c].push(ColumnNote::ScaleFound {
                    metric,
                    min,
                    max,
                    scale,
                });
                if max > i64::from(scale.max) {
                    notes[c].push(ColumnNote::AboveScale { max, scale });
                } else if metric == MetricKind::Nps
                    && min >= 1
                    && (st.answered >= 30 || hint == Some(Scale { min: 1, max: 10 }))
                {
                    notes[c].push(ColumnNote::NpsOneToTen);
                }
            }
            if let Some((first, last)) = st.code_span() {
                notes[c].push(ColumnNote::AnswerCodes { first, last });
            }
        }
    }

    let layout = if roles.contains(&ColumnRole::Count) {
        Layout::Aggregated
    } else if has_touchpoint_column {
        Layout::Long
    } else if roles.iter().any(|r| {
        matches!(
            r,
            ColumnRole::Score {
                touchpoint: Some(_),
                ..
            }
        )
    }) {
        Layout::Wide
    } else {
        Layout::Overall
    };

    let columns = headers
        .into_iter()
        .zip(roles)
        .map(|(header, role)| ColumnMapping { header, role })
        .collect();
    Detection {
        mapping: Mapping {
            header_rows,
            columns,
            scales,
            date_order: DateOrder::Auto,
            touchpoints: Vec::new(),
        },
        layout,
        notes,
    }
}

fn score_role(metric: MetricKind) -> ColumnRole {
    ColumnRole::Score {
        metric,
        touchpoint: None,
    }
}

/// The count column of an aggregated export and, when no score column was found, the column
/// of scores it counts. Counts are whole numbers, at least 1, beside a score column whose
/// values never repeat for one touchpoint (and segment and date).
fn find_counts(
    roles: &[ColumnRole],
    stats: &[ColumnStats],
    data: &[Vec<String>],
    named: &[usize],
    set_aside: &[usize],
) -> Option<(usize, Option<usize>)> {
    // The cells that tell one aggregated row from another; a date column only when its
    // dates repeat (a timestamp per response makes every row unique).
    let keys: Vec<usize> = (0..roles.len())
        .filter(|&c| match roles[c] {
            ColumnRole::Touchpoint | ColumnRole::Segment => true,
            ColumnRole::Date => stats[c].texts.len() * 2 <= stats[c].answered,
            _ => false,
        })
        .collect();
    let touchpoint = roles.iter().position(|r| *r == ColumnRole::Touchpoint);
    let found_score = (0..roles.len()).find(|&c| {
        matches!(
            roles[c],
            ColumnRole::Score {
                touchpoint: None,
                ..
            }
        )
    });
    let free = |c: usize| {
        roles[c] == ColumnRole::Ignore && stats[c].is_counts() && !set_aside.contains(&c)
    };
    let scores: Vec<usize> = match found_score {
        Some(c) => vec![c],
        None => (0..roles.len())
            .filter(|&c| free(c) && stats[c].max_number().is_some_and(|m| m <= 10))
            .collect(),
    };
    let unique = |score: usize| -> bool {
        let mut seen = std::collections::HashSet::new();
        let mut rows = 0;
        for row in data {
            let cell = |c: usize| row.get(c).map_or("", |v| v.trim());
            if is_missing(cell(score).as_bytes()) {
                continue;
            }
            rows += 1;
            let key: Vec<&str> = keys.iter().chain([&score]).map(|&c| cell(c)).collect();
            if !seen.insert(key) {
                return false;
            }
        }
        // Each touchpoint has several score rows in an aggregated export.
        let touchpoints = touchpoint.map_or(1, |t| stats[t].texts.len().max(1));
        rows >= 2 && touchpoints * 2 <= rows
    };
    let enough_rows = data.len() >= 4;
    for &score in &scores {
        let candidates: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&c| c != score && roles[c] == ColumnRole::Ignore)
            .chain(
                (0..roles.len())
                    .filter(|&c| c != score && free(c) && stats[c].min_number() >= Some(1)),
            )
            .collect();
        let Some(&count) = candidates.first() else {
            continue;
        };
        // Without a header that says so, the counts must not look like scores themselves.
        let by_values = !named.contains(&count);
        if by_values
            && (!enough_rows
                || touchpoint.is_none()
                || (found_score.is_none()
                    && stats[count].max_number() <= stats[score].max_number()))
        {
            continue;
        }
        if unique(score) {
            return Some((count, found_score.is_none().then_some(score)));
        }
    }
    None
}

/// The text of each header row of a column, and its readable header.
fn header_texts(
    sample: &[Vec<String>],
    header_rows: usize,
    column: usize,
    readable: &str,
) -> Vec<String> {
    let mut texts: Vec<String> = sample[..header_rows]
        .iter()
        .filter_map(|row| row.get(column))
        .map(|text| decode_entities(&strip_html(text)))
        .filter(|text| !text.trim().is_empty())
        .collect();
    texts.push(readable.to_owned());
    texts
}

/// The metric a group, category, recoded or total column is derived from: Qualtrics'
/// `Q1_NPS_GROUP` (in whichever header row), "… - Group", "NPS category", "CSAT total", or
/// a column of promoter / passive / detractor labels.
fn derived_metric(texts: &[String], st: &ColumnStats) -> Option<MetricKind> {
    for text in texts {
        let key = normalize(text);
        let Some(metric) = metric_from_header(text, &key) else {
            continue;
        };
        let last_part_derived =
            text.rsplit_once(['-', '–', '_', ':', '('])
                .is_some_and(|(_, last)| {
                    let last = normalize(last);
                    !last.is_empty()
                        && !last.contains(' ')
                        && labels::is_word(&last, WordKind::Derived)
                });
        let words: Vec<&str> = key.split(' ').collect();
        let short = words.len() <= 4 && words.iter().any(|w| labels::is_word(w, WordKind::Derived));
        if last_part_derived || short {
            return Some(metric);
        }
    }
    (st.answered > 0 && st.group_labels * 10 >= st.answered * 8).then_some(MetricKind::Nps)
}

/// Whether a header reads like the column of touchpoints: a touchpoint, channel, step,
/// stage or session, or "which … are you rating / did you use".
fn is_touchpoint_header(key: &str) -> bool {
    if labels::has_word(key, WordKind::Touchpoint) {
        return true;
    }
    starts_with_which(key) && labels::has_word(key, WordKind::Rating)
}

/// "Which …", "Quel …", "Welche …": a question whose answers are one of a list.
fn starts_with_which(key: &str) -> bool {
    let first = key.split(' ').next().unwrap_or("");
    labels::is_word(first, WordKind::Which)
}

/// A scale a question states: "on a scale of 1 to 10", "(0-10)", "de 1 à 5".
fn scale_in_header(key: &str) -> Option<Scale> {
    let words: Vec<&str> = key.split(' ').collect();
    let number = |w: &str| -> Option<u8> { w.parse().ok() };
    for i in 0..words.len() {
        let Some(low) = number(words[i]).filter(|&n| n <= 1) else {
            continue;
        };
        let high = match (words.get(i + 1), words.get(i + 2)) {
            (Some(w), _) if number(w).is_some() => number(w),
            (Some(w), Some(h)) if w.len() <= 4 => number(h),
            _ => None,
        };
        if let Some(high) = high.filter(|h| [5, 7, 10].contains(h)) {
            return Some(Scale {
                min: low,
                max: high,
            });
        }
    }
    None
}

const SEGMENT_WORDS: &[&str] = &[
    "segment",
    "segments",
    "persona",
    "personas",
    "customer type",
    "type de client",
    "profil",
];
const DATE_WORDS: &[&str] = &[
    "date",
    "horodateur",
    "horodatage",
    "timestamp",
    "submitted",
    "datum",
    "zeitstempel",
    "recorded",
    "startdate",
    "enddate",
    "start time",
    "completion time",
    "end time",
];
const VERBATIM_WORDS: &[&str] = &[
    "verbatim",
    "verbatims",
    "comment",
    "comments",
    "commentaire",
    "commentaires",
    "feedback",
    "pourquoi",
    "why",
    "remarque",
    "kommentar",
    "open ended",
];
const ID_WORDS: &[&str] = &[
    "respondent id",
    "respondentid",
    "response id",
    "responseid",
    "id reponse",
    "record id",
    "recordid",
    "antwort id",
];

/// Whether the normalized text holds one of the words or phrases, at word boundaries.
fn has_any(key: &str, words: &[&str]) -> bool {
    let padded = format!(" {key} ");
    words.iter().any(|w| padded.contains(&format!(" {w} ")))
}

/// The metric a question asks about, from its header: NPS, CSAT, CES written as such, or
/// the words of a recommendation, satisfaction or ease question in any of the languages.
fn metric_from_header(header: &str, key: &str) -> Option<MetricKind> {
    // "ces" is also a French word: the abbreviations count in capitals, or alone in a short
    // header ("nps_score").
    let short = key.split(' ').count() <= 3;
    let abbreviation = |upper: &str| {
        header
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == upper || (short && w.eq_ignore_ascii_case(upper)))
    };
    if abbreviation("NPS") || labels::has_word(key, WordKind::Recommendation) {
        Some(MetricKind::Nps)
    } else if abbreviation("CSAT") || labels::has_word(key, WordKind::Satisfaction) {
        Some(MetricKind::Csat)
    } else if abbreviation("CES") || labels::has_word(key, WordKind::Ease) {
        Some(MetricKind::Ces)
    } else {
        None
    }
}

/// `"CSAT - Paiement en ligne"` → `"Paiement en ligne"`: the part of a wide-format header
/// that is not the metric's name.
pub fn touchpoint_in_header(header: &str) -> Option<String> {
    for separator in [" - ", " – ", " — ", ": ", " | "] {
        if let Some((left, right)) = header.split_once(separator) {
            let (left, right) = (left.trim(), right.trim());
            let metric_on_left = metric_from_header(left, &normalize(left)).is_some();
            let name = if metric_on_left { right } else { left };
            if !name.is_empty() {
                return Some(name.to_owned());
            }
        }
    }
    None
}

/// 0 when the first row already holds answers, 3 for Qualtrics' `ImportId` row, 2 for a
/// label row under the question row (SurveyMonkey, legacy Qualtrics), else 1.
pub fn detect_header_rows(sample: &[Vec<String>]) -> usize {
    let Some(first) = sample.first() else {
        return 0;
    };
    if sample.get(2).is_some_and(|row| {
        row.iter().filter(|c| c.contains("ImportId")).count() * 2 >= row.len().max(1)
    }) {
        return 3;
    }
    let numeric = |cell: &String| parse_number(cell).is_some();
    let filled: Vec<&String> = first.iter().filter(|c| !c.trim().is_empty()).collect();
    if !filled.is_empty() && filled.iter().all(|c| numeric(c)) {
        return 0;
    }
    if let Some(second) = sample.get(1) {
        // Legacy Qualtrics: V1, V2, … over ResponseID, ResponseSet, …
        let legacy = first.first().is_some_and(|c| c.trim() == "V1")
            && first.get(1).is_some_and(|c| c.trim() == "V2");
        let survey_monkey = second
            .iter()
            .filter(|c| matches!(c.trim(), "Response" | "Open-Ended Response" | "Réponse"))
            .count()
            >= 2;
        // Generic: columns holding numbers below, but text in the second row.
        let data = &sample[2.min(sample.len())..];
        let label_row = !data.is_empty() && {
            let numeric_columns: Vec<usize> = (0..second.len())
                .filter(|&c| {
                    let answered: Vec<&String> = data
                        .iter()
                        .filter_map(|r| r.get(c))
                        .filter(|v| !v.trim().is_empty())
                        .collect();
                    !answered.is_empty() && answered.iter().all(|v| numeric(v))
                })
                .collect();
            numeric_columns.len() >= 2
                && numeric_columns.iter().all(|&c| {
                    second
                        .get(c)
                        .is_some_and(|v| !v.trim().is_empty() && !numeric(v))
                })
        };
        if legacy || survey_monkey || label_row {
            return 2;
        }
    }
    1
}

/// One readable header per column, from the header rows.
fn column_headers(sample: &[Vec<String>], header_rows: usize, width: usize) -> Vec<String> {
    let cell = |row: usize, c: usize| -> String {
        let text = sample
            .get(row)
            .and_then(|r| r.get(c))
            .map(String::as_str)
            .unwrap_or("");
        decode_entities(&strip_html(text)).trim().to_owned()
    };
    let mut headers = Vec::with_capacity(width);
    let mut carried = String::new();
    for c in 0..width {
        let header = match header_rows {
            0 => String::new(),
            1 => cell(0, c),
            _ => {
                let (top, label) = (cell(0, c), cell(1, c));
                let legacy = cell(0, 0) == "V1";
                if legacy || header_rows == 3 {
                    if label.is_empty() || label == top || legacy {
                        if label.is_empty() { top } else { label }
                    } else if top.len() <= 20 {
                        format!("{top} · {label}")
                    } else {
                        label
                    }
                } else {
                    // SurveyMonkey: the question over "Response" or an option; merged cells
                    // leave the question blank (or "Unnamed: 13" once re-saved by pandas).
                    let top = if top.is_empty() || top.starts_with("Unnamed: ") {
                        carried.clone()
                    } else {
                        carried = top.clone();
                        top
                    };
                    match label.as_str() {
                        "" | "Response" | "Open-Ended Response" | "Réponse" => top,
                        _ if top.is_empty() => label,
                        _ => format!("{top} — {label}"),
                    }
                }
            }
        };
        headers.push(if header.is_empty() {
            format!("Column {}", c + 1)
        } else {
            header
        });
    }
    headers
}

fn strip_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// `&#39;`, `&amp;`, `&quot;`, `&lt;`, `&gt;`, `&nbsp;` and numeric references, as Typeform
/// writes them in headers.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let decoded = after.find(';').filter(|&end| end <= 8).and_then(|end| {
            let name = &after[..end];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                _ => name.strip_prefix('#').and_then(|n| {
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => n.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// At most this many distinct texts are remembered per column.
const DISTINCT_LIMIT: usize = 64;

/// What the sample rows hold in one column.
#[derive(Default)]
struct ColumnStats {
    answered: usize,
    dates: usize,
    unix_times: usize,
    /// Cells holding a number (whole or not).
    numeric: usize,
    /// Whole-number answers (`9`, `9,0`, `10 - Extremely likely`) and how often each.
    numbers: BTreeMap<i64, usize>,
    /// Answer codes (`A1`, `AO05`) by number, with one spelling of each.
    codes: BTreeMap<u32, (usize, String)>,
    /// Other texts, normalized, and how often each (labels, if anything).
    labels: HashMap<String, usize>,
    /// Every distinct value as written, up to [`DISTINCT_LIMIT`] + 1.
    texts: HashMap<String, usize>,
    /// Cells saying promoter, passive or detractor.
    group_labels: usize,
}

/// How a column's answers fit a metric.
enum Fit {
    /// On this scale, with at most a handful of answers outside it.
    Scale(Scale),
    /// Numbers that fit none of the metric's scales.
    Nothing {
        /// Smallest answer seen.
        min: i64,
        /// Largest answer seen.
        max: i64,
    },
    /// Mostly text that is not an answer of the metric.
    Unreadable,
}

impl ColumnStats {
    fn of(rows: &[Vec<String>], column: usize) -> ColumnStats {
        let mut st = ColumnStats::default();
        for row in rows {
            let Some(cell) = row.get(column) else {
                continue;
            };
            if is_missing(cell.as_bytes()) {
                continue;
            }
            st.answered += 1;
            let trimmed = cell.trim();
            if st.texts.len() <= DISTINCT_LIMIT || st.texts.contains_key(trimmed) {
                *st.texts.entry(trimmed.to_owned()).or_default() += 1;
            }
            if parse_date(cell.as_bytes()).is_some() {
                // Bare numbers read as Unix times only under a date-like header.
                if trimmed.chars().all(|c| c.is_ascii_digit()) {
                    st.unix_times += 1;
                } else {
                    st.dates += 1;
                }
            }
            if parse_number(trimmed).is_some() {
                st.numeric += 1;
            }
            if let Some(code) = answer_code(trimmed) {
                let entry = st.codes.entry(code).or_insert((0, trimmed.to_owned()));
                entry.0 += 1;
                continue;
            }
            match parse_score(cell.as_bytes(), MetricKind::Nps, Scale::NPS) {
                Score::Value(v) if v.fract() == 0.0 && v.abs() < 1e15 => {
                    *st.numbers.entry(v as i64).or_default() += 1;
                }
                Score::Value(_) => {}
                _ => {
                    let label = normalize(trimmed);
                    if labels::is_word(&label, WordKind::Group) {
                        st.group_labels += 1;
                    }
                    if st.labels.len() <= DISTINCT_LIMIT || st.labels.contains_key(&label) {
                        *st.labels.entry(label).or_default() += 1;
                    }
                }
            }
        }
        st
    }

    /// Adds another column's answers (the columns of one metric in a wide export).
    fn absorb(&mut self, other: &ColumnStats) {
        self.answered += other.answered;
        self.numeric += other.numeric;
        for (v, n) in &other.numbers {
            *self.numbers.entry(*v).or_default() += n;
        }
        for (code, (n, text)) in &other.codes {
            self.codes.entry(*code).or_insert((0, text.clone())).0 += n;
        }
        for (label, n) in &other.labels {
            *self.labels.entry(label.clone()).or_default() += n;
        }
    }

    fn min_number(&self) -> Option<i64> {
        self.numbers.keys().next().copied()
    }

    fn max_number(&self) -> Option<i64> {
        self.numbers.keys().next_back().copied()
    }

    /// Whole numbers, none below 0, in every answered cell: counts, if beside scores.
    fn is_counts(&self) -> bool {
        let whole: usize = self.numbers.values().sum();
        self.answered > 0 && whole == self.answered && self.min_number() >= Some(0)
    }

    /// A small set of text values repeated over many rows.
    fn is_categorical(&self) -> bool {
        let distinct = self.texts.len();
        (1..=60).contains(&distinct)
            && self.numeric * 2 < self.answered
            && (self.answered < 10 || distinct * 3 <= self.answered)
    }

    /// The first and last answer codes, as written, when the column holds codes.
    fn code_span(&self) -> Option<(String, String)> {
        let first = self.codes.values().next()?;
        let last = self.codes.values().next_back()?;
        Some((first.1.clone(), last.1.clone()))
    }

    /// How the answers fit `metric`: the first of its scales (the one the question states
    /// first) that holds all but a handful of them and can read most of the column.
    /// `strict` also refuses an item whose answers all stay within 1–3 as CSAT or CES.
    fn fit(&self, metric: MetricKind, stated: Option<Scale>, strict: bool) -> Fit {
        let options: &[Scale] = match metric {
            MetricKind::Nps => &[Scale::NPS],
            MetricKind::Csat => &[
                Scale::ONE_TO_FIVE,
                Scale::ONE_TO_SEVEN,
                Scale::ONE_TO_TEN,
                Scale::ZERO_TO_TEN,
            ],
            MetricKind::Ces => &[Scale::ONE_TO_FIVE, Scale::ONE_TO_SEVEN],
        };
        let stated = stated.filter(|s| options.contains(s));
        // A handful: one answer in fifty; then, failing every scale, a single stray answer
        // (a typo) in a small sample.
        let handfuls = [self.answered / 50, (self.answered / 50).max(1)];
        let narrow = metric != MetricKind::Nps
            && strict
            && self.answered >= 20
            && self.codes.is_empty()
            && self.labels.is_empty()
            && self.min_number() >= Some(0)
            && self.max_number() <= Some(3);
        if !narrow {
            for handful in handfuls {
                for &scale in stated.iter().chain(options) {
                    let (readable, outside) = self.readable_on(metric, scale);
                    if readable > 0 && readable * 2 >= self.answered && outside <= handful {
                        return Fit::Scale(scale);
                    }
                }
            }
        }
        let codes = self.codes.keys().map(|&c| i64::from(c));
        let values: Vec<i64> = self.numbers.keys().copied().chain(codes).collect();
        match (values.iter().min(), values.iter().max()) {
            (Some(&min), Some(&max))
                if (self.numbers.values().sum::<usize>() + self.codes.len()) * 2
                    >= self.answered =>
            {
                Fit::Nothing { min, max }
            }
            _ => Fit::Unreadable,
        }
    }

    /// How many answers are readable on `scale`, and how many are numbers or codes outside
    /// it. Labels count when each has its own answer on a scale of that many points.
    fn readable_on(&self, metric: MetricKind, scale: Scale) -> (usize, usize) {
        let (mut readable, mut outside) = (0, 0);
        for (&v, &n) in &self.numbers {
            if v >= i64::from(scale.min) && v <= i64::from(scale.max) {
                readable += n;
            } else {
                outside += n;
            }
        }
        for (&code, &(n, _)) in &self.codes {
            if code >= 1 && code as usize <= scale.len() {
                readable += n;
            } else {
                outside += n;
            }
        }
        let mut positions: Vec<u8> = Vec::with_capacity(self.labels.len());
        let mut label_answers = 0;
        for (label, &n) in &self.labels {
            if let Some(p) = label_position(label, metric, scale.len()) {
                positions.push(p);
                label_answers += n;
            }
        }
        let distinct = {
            let mut sorted = positions.clone();
            sorted.sort_unstable();
            sorted.dedup();
            sorted.len() == positions.len()
        };
        if distinct {
            readable += label_answers;
        }
        (readable, outside)
    }

    /// The smallest and largest answers on `scale`, numbers, codes and labels alike.
    fn answer_range(&self, metric: MetricKind, scale: Scale) -> Option<(i64, i64)> {
        let base = i64::from(scale.min) - 1;
        let codes = self.codes.keys().map(|&c| base + i64::from(c));
        let labels = self
            .labels
            .keys()
            .filter_map(|l| label_position(l, metric, scale.len()))
            .map(|p| base + i64::from(p));
        let all: Vec<i64> = self
            .numbers
            .keys()
            .copied()
            .chain(codes)
            .chain(labels)
            .collect();
        Some((*all.iter().min()?, *all.iter().max()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        text.lines()
            .map(|l| l.split(',').map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn long_format_columns_get_their_roles() {
        let d = detect(&rows(
            "id,date,touchpoint,segment,nps,csat,ces,comment\nR1,2026-01-02,Paiement,Pro,9,4,6,bien\nR2,2026-01-03,Livraison,Pro,3,2,2,",
        ));
        let roles: Vec<&ColumnRole> = d.mapping.columns.iter().map(|c| &c.role).collect();
        assert_eq!(d.layout, Layout::Long);
        assert_eq!(d.mapping.header_rows, 1);
        assert_eq!(roles[0], &ColumnRole::RespondentId);
        assert_eq!(roles[1], &ColumnRole::Date);
        assert_eq!(roles[2], &ColumnRole::Touchpoint);
        assert_eq!(roles[3], &ColumnRole::Segment);
        assert_eq!(
            roles[4],
            &ColumnRole::Score {
                metric: MetricKind::Nps,
                touchpoint: None
            }
        );
        assert_eq!(
            roles[5],
            &ColumnRole::Score {
                metric: MetricKind::Csat,
                touchpoint: None
            }
        );
        assert_eq!(
            roles[6],
            &ColumnRole::Score {
                metric: MetricKind::Ces,
                touchpoint: None
            }
        );
        assert_eq!(roles[7], &ColumnRole::Verbatim);
    }

    #[test]
    fn microsoft_forms_and_typeform_headers() {
        let d = detect(&rows(
            "ID,Start time,Completion time,<strong>How easy</strong> was it to pay?,Submit Date (UTC)\n1,1/15/2026 10:05:33,1/15/2026 10:07:00,6,2026-01-15 10:07:00",
        ));
        assert_eq!(d.mapping.columns[1].role, ColumnRole::Date);
        // One date column is enough; the others are left aside.
        assert_eq!(d.mapping.columns[2].role, ColumnRole::Ignore);
        assert_eq!(d.mapping.columns[3].header, "How easy was it to pay?");
        assert_eq!(
            d.mapping.columns[3].role,
            ColumnRole::Score {
                metric: MetricKind::Ces,
                touchpoint: None
            }
        );
    }

    #[test]
    fn unix_times_under_a_date_header_are_dates() {
        let d = detect(&rows(
            "submitted_at,id,nps\n1772582400,1772582400,9\n1772668800,1772668801,7",
        ));
        assert_eq!(d.mapping.columns[0].role, ColumnRole::Date);
        assert_eq!(d.mapping.columns[1].role, ColumnRole::RespondentId);
    }

    #[test]
    fn aggregated_counts_are_recognised() {
        let d = detect(&rows("touchpoint,score,count\nPaiement,9,12\nPaiement,3,4"));
        assert_eq!(d.layout, Layout::Aggregated);
        assert_eq!(
            d.mapping.columns[1].role,
            ColumnRole::Score {
                metric: MetricKind::Nps,
                touchpoint: None
            }
        );
        assert_eq!(d.mapping.columns[2].role, ColumnRole::Count);
    }

    #[test]
    fn qualtrics_nps_group_is_set_aside_and_labels_are_scores() {
        let d = detect(&rows(
            "Q1_NPS_GROUP,Q1,Satisfaction\n3,10 - Extremely likely,Très satisfait\n1,0 - Not at all likely,Insatisfait",
        ));
        assert_eq!(d.mapping.columns[0].role, ColumnRole::Ignore);
        assert!(d.notes[0].contains(&ColumnNote::Derived {
            metric: MetricKind::Nps
        }));
        // "Q1" says nothing; the user picks NPS for it in the dialog.
        assert_eq!(d.mapping.columns[1].role, ColumnRole::Ignore);
        assert_eq!(
            d.mapping.columns[2].role,
            ColumnRole::Score {
                metric: MetricKind::Csat,
                touchpoint: None
            }
        );
    }

    #[test]
    fn one_to_ten_recommendation_is_flagged() {
        let mut text = String::from("How likely are you to recommend us (1-10)\n");
        for i in 0..40 {
            text.push_str(&format!("{}\n", 1 + i % 10));
        }
        let d = detect(&rows(&text));
        assert!(d.notes[0].contains(&ColumnNote::NpsOneToTen));
    }

    fn role_of(d: &Detection, column: usize) -> &ColumnRole {
        &d.mapping.columns[column].role
    }

    #[test]
    fn questions_in_seven_languages() {
        let cases = [
            (
                "¿Qué tan probable es que recomiendes nuestra tienda?",
                MetricKind::Nps,
            ),
            (
                "Quanto è probabile che consiglieresti il negozio?",
                MetricKind::Nps,
            ),
            (
                "Hoe waarschijnlijk is het dat u ons aanbeveelt?",
                MetricKind::Nps,
            ),
            (
                "Qual a probabilidade de recomendar a loja?",
                MetricKind::Nps,
            ),
            (
                "Wie wahrscheinlich würden Sie uns weiterempfehlen?",
                MetricKind::Nps,
            ),
            (
                "Quelle est la probabilité que vous recommandiez…",
                MetricKind::Nps,
            ),
            ("¿Qué tan satisfecho está con la entrega?", MetricKind::Csat),
            ("Quanto sei soddisfatto della consegna?", MetricKind::Csat),
            ("Hoe tevreden bent u over de levering?", MetricKind::Csat),
            (
                "Der Service hat es mir leicht gemacht, mein Anliegen zu lösen.",
                MetricKind::Ces,
            ),
            (
                "Het was makkelijk om mijn vraag op te lossen",
                MetricKind::Ces,
            ),
            ("Foi fácil resolver o meu problema", MetricKind::Ces),
            ("<strong>How easy</strong> was it to pay?", MetricKind::Ces),
        ];
        for (header, metric) in cases {
            let text = format!("{header}\n5\n4\n");
            let sample: Vec<Vec<String>> = text.lines().map(|l| vec![l.to_owned()]).collect();
            let d = detect(&sample);
            assert_eq!(
                role_of(&d, 0),
                &ColumnRole::Score {
                    metric,
                    touchpoint: None
                },
                "{header}"
            );
        }
    }

    #[test]
    fn ces_in_a_french_sentence_is_not_the_effort_score() {
        let d = detect(&rows(
            "Parmi ces options laquelle préférez-vous,CES\nLivraison,6\nRetrait,5",
        ));
        assert_eq!(role_of(&d, 0), &ColumnRole::Ignore);
        assert_eq!(
            role_of(&d, 1),
            &ColumnRole::Score {
                metric: MetricKind::Ces,
                touchpoint: None
            }
        );
    }

    #[test]
    fn group_category_and_total_columns_are_never_answers() {
        for header in [
            "NPS category",
            "nps_group",
            "brand1_NPS_GROUP",
            "Satisfaction (total)",
            "CSAT recoded",
            "How likely are you to recommend us? - Group",
        ] {
            let d = detect(&rows(&format!("{header}\n1\n3\n2")));
            assert_eq!(role_of(&d, 0), &ColumnRole::Ignore, "{header}");
            assert!(
                matches!(d.notes[0][..], [ColumnNote::Derived { .. }]),
                "{header}: {:?}",
                d.notes[0]
            );
        }
        // Promoter / passive / detractor labels under any header.
        let d = detect(&rows("Segment NPS\nPromoter\nDetractor\nPassive"));
        assert!(matches!(d.notes[0][..], [ColumnNote::Derived { .. }]));
        // A question that merely mentions a total is still a question.
        let d = detect(&rows(
            "How satisfied are you with the total price of your order?\n4\n5",
        ));
        assert_eq!(
            role_of(&d, 0),
            &ColumnRole::Score {
                metric: MetricKind::Csat,
                touchpoint: None
            }
        );
    }

    #[test]
    fn count_headers_in_seven_languages() {
        for header in [
            "respondents",
            "number of responses",
            "effectif",
            "Anzahl",
            "cantidad",
            "risposte",
            "aantal",
            "contagem",
        ] {
            let d = detect(&rows(&format!(
                "touchpoint,nps,{header}\nWeb,9,12\nWeb,3,4\nApp,10,7\nApp,6,2"
            )));
            assert_eq!(d.layout, Layout::Aggregated, "{header}");
            assert_eq!(role_of(&d, 2), &ColumnRole::Count, "{header}");
        }
        // Whole numbers beside repeated scores are not counts.
        let d = detect(&rows(
            "touchpoint,nps,age\nWeb,9,31\nWeb,9,45\nApp,10,52\nApp,10,28",
        ));
        assert_eq!(d.layout, Layout::Long);
        assert_eq!(role_of(&d, 2), &ColumnRole::Ignore);
    }

    #[test]
    fn touchpoint_columns_by_their_header_and_values() {
        for header in [
            "channel",
            "Channel",
            "session",
            "Which channel did you use?",
            "Which touchpoint are you rating?",
            "Kanal",
            "Canal utilisé",
            "Etapa",
        ] {
            let d = detect(&rows(&format!(
                "{header},nps\nWeb,9\nApp,3\nWeb,7\nStore,10\nApp,8"
            )));
            assert_eq!(role_of(&d, 0), &ColumnRole::Touchpoint, "{header}");
            assert_eq!(d.layout, Layout::Long, "{header}");
        }
        // A second such column is a segment.
        let d = detect(&rows(
            "channel,stage,nps\nWeb,Achat,9\nApp,Achat,3\nWeb,Conseil,7",
        ));
        assert_eq!(role_of(&d, 0), &ColumnRole::Touchpoint);
        assert_eq!(role_of(&d, 1), &ColumnRole::Segment);
        // Free text under a channel-like header is not a touchpoint column.
        let mut text = String::from("Which channel did you use?,nps\n");
        for i in 0..40 {
            text.push_str(&format!("I used the app on day {i},9\n"));
        }
        assert_eq!(role_of(&detect(&rows(&text)), 0), &ColumnRole::Ignore);
    }

    #[test]
    fn stated_scales_and_entities() {
        assert_eq!(
            scale_in_header(&normalize("on a scale of 1 to 10")),
            Some(Scale::ONE_TO_TEN)
        );
        assert_eq!(scale_in_header(&normalize("Note (0-10)")), Some(Scale::NPS));
        assert_eq!(
            scale_in_header(&normalize("de 1 à 5")),
            Some(Scale::ONE_TO_FIVE)
        );
        assert_eq!(scale_in_header(&normalize("in 2026, 1 answer")), None);
        assert_eq!(
            decode_entities("What&#39;s &amp; &lt;b&gt; &#x41;&nbsp;&bogus;"),
            "What's & <b> A &bogus;"
        );
    }

    #[test]
    fn satisfaction_scales_from_the_answers() {
        let column = |values: &str| -> Detection {
            let mut text = String::from("How satisfied are you?\n");
            for v in values.split(' ') {
                text.push_str(v);
                text.push('\n');
            }
            detect(&rows(&text))
        };
        let many = |values: &[u8]| -> String {
            (0..60)
                .map(|i| values[i % values.len()].to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            column(&many(&[1, 4, 5, 3])).mapping.scales.csat,
            Scale::ONE_TO_FIVE
        );
        assert_eq!(
            column(&many(&[1, 6, 7])).mapping.scales.csat,
            Scale::ONE_TO_SEVEN
        );
        assert_eq!(
            column(&many(&[2, 9, 10, 7])).mapping.scales.csat,
            Scale::ONE_TO_TEN
        );
        assert_eq!(
            column(&many(&[0, 9, 10, 7])).mapping.scales.csat,
            Scale::ZERO_TO_TEN
        );
        // Answers within 1–3 are not a satisfaction scale.
        let narrow = column(&many(&[1, 2, 3]));
        assert_eq!(role_of(&narrow, 0), &ColumnRole::Ignore);
        assert!(matches!(
            narrow.notes[0][..],
            [ColumnNote::FitsNoScale { min: 1, max: 3, .. }]
        ));
        // Nor are answers up to 40.
        let wide = column(&many(&[5, 20, 40]));
        assert_eq!(role_of(&wide, 0), &ColumnRole::Ignore);
        // Seven-point labels make a 1–7 scale, five-point ones a 1–5 scale.
        let labelled = |labels: &[&str]| -> Detection {
            let mut text = String::from("How satisfied are you?\n");
            for l in labels {
                text.push_str(l);
                text.push('\n');
            }
            detect(&rows(&text))
        };
        let seven = labelled(&[
            "Satisfied",
            "Somewhat satisfied",
            "Very satisfied",
            "Neutral",
        ]);
        assert_eq!(seven.mapping.scales.csat, Scale::ONE_TO_SEVEN);
        let five = labelled(&["Somewhat satisfied", "Very satisfied", "Very dissatisfied"]);
        assert_eq!(five.mapping.scales.csat, Scale::ONE_TO_FIVE);
    }
}
