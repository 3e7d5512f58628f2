//! Proposing a mapping: how many header rows, what each column means, the scales found.

use super::values::{Score, is_missing, normalize, parse_date, parse_score};
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
    /// The range of whole numbers found in a score column.
    ScaleFound {
        /// The metric.
        metric: MetricKind,
        /// Smallest answer seen.
        min: i64,
        /// Largest answer seen.
        max: i64,
    },
    /// A recommendation question with no 0 among many answers: probably asked on 1–10.
    NpsOneToTen,
    /// Answers above the scale's top.
    AboveScale {
        /// The largest answer seen.
        max: i64,
        /// The scale assumed.
        scale: Scale,
    },
    /// Qualtrics' NPS group column (1, 2, 3): the 0–10 answers are used instead.
    NpsGroupIgnored,
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

/// Like [`detect_with`], with the number of header rows decided by the user.
pub fn detect_with_header_rows(
    sample: &[Vec<String>],
    forced: &[(usize, ColumnRole)],
    header_rows: usize,
) -> Detection {
    let header_rows = header_rows.min(sample.len());
    let width = sample.iter().map(Vec::len).max().unwrap_or(0);
    let headers = column_headers(sample, header_rows, width);
    let data = &sample[header_rows.min(sample.len())..];
    let stats: Vec<ColumnStats> = (0..width).map(|c| ColumnStats::of(data, c)).collect();
    let keys: Vec<String> = headers.iter().map(|h| normalize(h)).collect();

    let mut roles = vec![ColumnRole::Ignore; width];
    let mut notes = vec![Vec::new(); width];

    for c in 0..width {
        let key = &keys[c];
        let st = &stats[c];
        if key.ends_with("nps group") {
            notes[c].push(ColumnNote::NpsGroupIgnored);
            continue;
        }
        let role = if let Some(metric) = metric_from_header(key) {
            if st.scores(metric) * 2 >= st.answered.max(1) {
                Some(ColumnRole::Score {
                    metric,
                    touchpoint: None,
                })
            } else {
                None
            }
        } else if has_any(key, TOUCHPOINT_WORDS) && st.answered > 0 {
            Some(ColumnRole::Touchpoint)
        } else if has_any(key, SEGMENT_WORDS) {
            Some(ColumnRole::Segment)
        } else if has_any(key, DATE_WORDS) && (st.dates + st.unix_times) * 10 >= st.answered * 8 {
            Some(ColumnRole::Date)
        } else if has_any(key, VERBATIM_WORDS) {
            Some(ColumnRole::Verbatim)
        } else if has_any(key, ID_WORDS) || key == "id" {
            Some(ColumnRole::RespondentId)
        } else if has_any(key, COUNT_WORDS) && st.answered > 0 && st.whole == st.answered {
            Some(ColumnRole::Count)
        } else if st.answered > 0 && st.dates == st.answered && header_rows > 0 {
            Some(ColumnRole::Date)
        } else {
            None
        };
        if let Some(role) = role {
            let single = !matches!(role, ColumnRole::Score { .. });
            if !single || !roles.contains(&role) {
                roles[c] = role;
            }
        }
    }

    for (column, role) in forced {
        for r in roles.iter_mut() {
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
        }
    }

    // Aggregated exports: a count column makes the remaining small-integer column a score.
    if roles.contains(&ColumnRole::Count)
        && !roles.iter().any(|r| matches!(r, ColumnRole::Score { .. }))
        && let Some(c) = (0..width).find(|&c| {
            roles[c] == ColumnRole::Ignore
                && stats[c].answered > 0
                && stats[c].whole == stats[c].answered
        })
    {
        let metric = match stats[c].max {
            Some(max) if max > 7 => MetricKind::Nps,
            Some(max) if max > 5 => MetricKind::Ces,
            _ => MetricKind::Csat,
        };
        roles[c] = ColumnRole::Score {
            metric,
            touchpoint: None,
        };
    }

    // Wide format: several score columns of one metric named after touchpoints.
    let has_touchpoint_column = roles.contains(&ColumnRole::Touchpoint);
    if !has_touchpoint_column {
        for metric in MetricKind::ALL {
            let columns: Vec<usize> = (0..width)
                .filter(
                    |&c| matches!(&roles[c], ColumnRole::Score { metric: m, .. } if *m == metric),
                )
                .collect();
            if columns.len() < 2 {
                continue;
            }
            for c in columns {
                if let Some(name) = touchpoint_in_header(&headers[c]) {
                    roles[c] = ColumnRole::Score {
                        metric,
                        touchpoint: Some(name),
                    };
                }
            }
        }
    }

    // Scales, from the answers seen.
    let mut scales = Scales::default();
    for c in 0..width {
        let ColumnRole::Score { metric, .. } = roles[c] else {
            continue;
        };
        let (Some(min), Some(max)) = (stats[c].min, stats[c].max) else {
            continue;
        };
        notes[c].push(ColumnNote::ScaleFound { metric, min, max });
        match metric {
            MetricKind::Nps => {
                if max > 10 {
                    notes[c].push(ColumnNote::AboveScale {
                        max,
                        scale: Scale::NPS,
                    });
                } else if min >= 1
                    && (stats[c].answered >= 30
                        || keys[c].contains("1 10")
                        || keys[c].contains("1 a 10"))
                {
                    notes[c].push(ColumnNote::NpsOneToTen);
                }
            }
            MetricKind::Csat => {
                if max > 5 {
                    scales.csat = Scale::ONE_TO_SEVEN;
                }
                if max > 7 {
                    notes[c].push(ColumnNote::AboveScale {
                        max,
                        scale: scales.csat,
                    });
                }
            }
            MetricKind::Ces => {
                if max <= 5 {
                    scales.ces = Scale::ONE_TO_FIVE;
                }
                if max > 7 {
                    notes[c].push(ColumnNote::AboveScale {
                        max,
                        scale: scales.ces,
                    });
                }
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

const TOUCHPOINT_WORDS: &[&str] = &[
    "touchpoint",
    "touch point",
    "point de contact",
    "kontaktpunkt",
];
const SEGMENT_WORDS: &[&str] = &[
    "segment",
    "persona",
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
    "comment",
    "feedback",
    "pourquoi",
    "why",
    "remarque",
    "kommentar",
    "open ended",
];
const ID_WORDS: &[&str] = &[
    "respondent",
    "response id",
    "responseid",
    "id reponse",
    "record id",
    "antwort id",
];
const COUNT_WORDS: &[&str] = &[
    "count",
    "nombre",
    "effectif",
    "anzahl",
    "frequency",
    "responses",
];

/// Whether the normalized text holds one of the words or phrases, at word boundaries.
fn has_any(key: &str, words: &[&str]) -> bool {
    let padded = format!(" {key} ");
    words
        .iter()
        .any(|w| padded.contains(&format!(" {w} ")) || (w.len() > 6 && key.contains(w)))
}

fn metric_from_header(key: &str) -> Option<MetricKind> {
    if has_any(key, &["nps", "net promoter"])
        || key.contains("recommend")
        || key.contains("recommand")
        || key.contains("empfehl")
    {
        Some(MetricKind::Nps)
    } else if has_any(key, &["csat"]) || key.contains("satisf") || key.contains("zufrieden") {
        Some(MetricKind::Csat)
    } else if has_any(key, &["ces", "customer effort"])
        || key.contains("effort")
        || has_any(key, &["easy", "facile", "einfach"])
    {
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
            let metric_on_left = metric_from_header(&normalize(left)).is_some();
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
    let numeric = |cell: &String| super::values::parse_number(cell).is_some();
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
        strip_html(text).trim().to_owned()
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

/// What the sample rows hold in one column.
#[derive(Default)]
struct ColumnStats {
    answered: usize,
    whole: usize,
    dates: usize,
    unix_times: usize,
    min: Option<i64>,
    max: Option<i64>,
    /// Cells readable as CSAT answers (numbers or satisfaction labels).
    csat: usize,
    /// Cells readable as CES answers (numbers or agreement labels).
    ces: usize,
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
            if parse_date(cell.as_bytes()).is_some() {
                // Bare numbers read as Unix times only under a date-like header.
                if cell.trim().chars().all(|c| c.is_ascii_digit()) {
                    st.unix_times += 1;
                } else {
                    st.dates += 1;
                }
            }
            if let Score::Value(v) = parse_score(cell.as_bytes(), MetricKind::Nps)
                && v.fract() == 0.0
            {
                st.whole += 1;
                st.min = Some(st.min.map_or(v as i64, |m| m.min(v as i64)));
                st.max = Some(st.max.map_or(v as i64, |m| m.max(v as i64)));
            }
            if let Score::Value(_) = parse_score(cell.as_bytes(), MetricKind::Csat) {
                st.csat += 1;
            }
            if let Score::Value(_) = parse_score(cell.as_bytes(), MetricKind::Ces) {
                st.ces += 1;
            }
        }
        st
    }

    /// Cells readable as answers of this metric.
    fn scores(&self, metric: MetricKind) -> usize {
        match metric {
            MetricKind::Nps => self.whole,
            MetricKind::Csat => self.csat,
            MetricKind::Ces => self.ces,
        }
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
        assert!(d.notes[0].contains(&ColumnNote::NpsGroupIgnored));
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
}
