//! Figures computed from the stored distributions equal the figures computed from the raw
//! answers, for any filter.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use parcours::metrics::{self, Filter, card_totals};
use parcours::model::{CardId, Mapping, Month, Scale, TouchpointTarget, WaveId};
use parcours::survey::{self, SAMPLE_ROWS, Source};
use proptest::prelude::*;

const TOUCHPOINTS: [&str; 3] = ["Paiement en ligne", "Livraison", "Service après-vente"];
const SEGMENTS: [&str; 3] = ["Particulier", "Professionnel", "Étudiant"];

#[derive(Clone, Debug)]
struct Answer {
    touchpoint: usize,
    segment: Option<usize>,
    month: Option<u32>,
    nps: Option<u8>,
    csat: Option<u8>,
    ces: Option<u8>,
}

fn answer() -> impl Strategy<Value = Answer> {
    (
        0..TOUCHPOINTS.len(),
        proptest::option::of(0..SEGMENTS.len()),
        proptest::option::weighted(0.9, 1u32..=8),
        proptest::option::of(0u8..=10),
        proptest::option::of(1u8..=5),
        proptest::option::of(1u8..=7),
    )
        .prop_map(|(touchpoint, segment, month, nps, csat, ces)| Answer {
            touchpoint,
            segment,
            month,
            nps,
            csat,
            ces,
        })
}

fn filter() -> impl Strategy<Value = Filter> {
    (
        proptest::option::of(0..SEGMENTS.len()),
        proptest::option::of(1u32..=8),
        proptest::option::of(1u32..=8),
    )
        .prop_map(|(segment, from, to)| Filter {
            segment: segment.map(|s| SEGMENTS[s].to_owned()),
            from: from.map(|m| Month::new(2026, m)),
            to: to.map(|m| Month::new(2026, m)),
        })
}

fn cell(value: Option<u8>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn stored_distributions_give_the_raw_figures(
        answers in proptest::collection::vec(answer(), 1..120),
        filter in filter(),
    ) {
        let mut text = String::from("date;touchpoint;segment;nps;csat;ces\n");
        for a in &answers {
            let date = a.month.map(|m| format!("15/{m:02}/2026")).unwrap_or_default();
            let segment = a.segment.map(|s| SEGMENTS[s]).unwrap_or("");
            text.push_str(&format!(
                "{date};{};{segment};{};{};{}\n",
                TOUCHPOINTS[a.touchpoint], cell(a.nps), cell(a.csat), cell(a.ces)
            ));
        }
        let source = Source::from_bytes("p.csv".into(), text.into_bytes());
        let mut mapping: Mapping = survey::detect(&source.sample(SAMPLE_ROWS)).mapping;
        mapping.touchpoints = TOUCHPOINTS
            .iter()
            .enumerate()
            .map(|(i, t)| (t.to_string(), TouchpointTarget::Card(CardId(100 + i as u64))))
            .collect();
        let aggregate = survey::aggregate(&source, &mapping, false);
        let wave = survey::wave_from(WaveId(1), aggregate, mapping, "w".into(), "p.csv".into(), String::new());

        for (t, _) in TOUCHPOINTS.iter().enumerate() {
            let kept: Vec<&Answer> = answers
                .iter()
                .filter(|a| a.touchpoint == t)
                .filter(|a| filter.segment.as_ref().is_none_or(|s| a.segment.map(|i| SEGMENTS[i]) == Some(s.as_str())))
                .filter(|a| {
                    let month = a.month.map(|m| Month::new(2026, m));
                    (filter.from.is_none() || month.is_some_and(|m| m >= filter.from.unwrap()))
                        && (filter.to.is_none() || month.is_some_and(|m| m <= filter.to.unwrap()))
                })
                .filter(|a| a.nps.is_some() || a.csat.is_some() || a.ces.is_some())
                .collect();
            let raw = |pick: fn(&Answer) -> Option<u8>| -> Vec<u8> { kept.iter().filter_map(|a| pick(a)).collect() };
            let figures = card_totals(&wave, CardId(100 + t as u64), &filter).figures(&wave.mapping.scales);
            prop_assert_eq!(figures.responses, kept.len() as u64);
            prop_assert_eq!(figures.nps, metrics::nps(&metrics::counts_of(&raw(|a| a.nps), Scale::NPS)));
            prop_assert_eq!(figures.csat, metrics::csat(&metrics::counts_of(&raw(|a| a.csat), Scale::ONE_TO_FIVE), Scale::ONE_TO_FIVE));
            let ces_scale = wave.mapping.scales.ces;
            prop_assert_eq!(figures.ces, metrics::ces(&metrics::counts_of(&raw(|a| a.ces), ces_scale), ces_scale));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the bytes, reading them as an export never panics; `stats` answers with
    /// figures or a reason.
    #[test]
    fn any_bytes_are_read_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let source = Source::from_bytes("random.csv".into(), bytes);
        let sample = source.sample(SAMPLE_ROWS);
        let mapping = survey::detect(&sample).mapping;
        let _ = survey::aggregate(&source, &mapping, true);
        let _ = parcours::stats::stats_of(&source, &parcours::stats::ColumnChoices::default(), parcours::i18n::Language::En);
    }

    /// CSV-like text with scores, labels, blanks, quotes and odd dates: no panic, and every
    /// data row is used or reported.
    #[test]
    fn every_row_is_used_or_reported(
        rows in proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![
                    Just(String::new()),
                    Just("NA".to_owned()),
                    Just("10 - Extremely likely".to_owned()),
                    Just("\"a, b\"".to_owned()),
                    Just("31/02/2026".to_owned()),
                    Just("Paiement".to_owned()),
                    (0u8..=12).prop_map(|n| n.to_string()),
                    "[a-zé ]{0,8}",
                ],
                4,
            ),
            1..40,
        )
    ) {
        let mut text = String::from("touchpoint,nps,csat,date\n");
        for row in &rows {
            text.push_str(&row.join(","));
            text.push('\n');
        }
        let source = Source::from_bytes("rows.csv".into(), text.into_bytes());
        let mapping = survey::detect(&source.sample(SAMPLE_ROWS)).mapping;
        let aggregate = survey::aggregate(&source, &mapping, true);
        let rows_counted = aggregate.report.rows;
        prop_assert_eq!(rows_counted.used + rows_counted.skipped, rows_counted.read);
        prop_assert_eq!(rows_counted.skipped as usize, aggregate.report.skipped.len());
    }
}

/// The products of the recommendation and satisfaction questions a generated export asks.
const PRODUCTS: [&str; 4] = [
    "our shop",
    "the app",
    "our delivery service",
    "the helpline",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// When k ≥ 2 columns qualify for one metric, the figures are those of the first column
    /// alone, and a warning names each of the others.
    #[test]
    fn two_questions_of_one_kind_are_never_pooled(
        satisfaction in any::<bool>(),
        k in 2usize..=4,
        rows in proptest::collection::vec(
            proptest::collection::vec(proptest::option::weighted(0.8, 0u8..=10), 4),
            1..80,
        ),
    ) {
        let (metric_name, top, low) = if satisfaction { ("CSAT", 5, 1) } else { ("NPS", 10, 0) };
        let answer = |v: Option<u8>| v.map(|v| low + v % (top - low + 1));
        let question = |i: usize| if satisfaction {
            format!("How satisfied are you with {}?", PRODUCTS[i])
        } else {
            format!("How likely are you to recommend {} to a friend?", PRODUCTS[i])
        };
        let mut text = (0..k).map(question).collect::<Vec<_>>().join(",");
        text.push('\n');
        // The first row answers every question at the top of the scale, so that every
        // column qualifies whatever the rest holds.
        text.push_str(&vec![top.to_string(); k].join(","));
        text.push('\n');
        for row in &rows {
            let cells: Vec<String> = row[..k].iter().map(|v| cell(answer(*v))).collect();
            text.push_str(&cells.join(","));
            text.push('\n');
        }
        let source = Source::from_bytes("k.csv".into(), text.into_bytes());
        let stats = parcours::stats::stats_of(&source, &parcours::stats::ColumnChoices::default(), parcours::i18n::Language::En)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;

        let first: Vec<u8> = std::iter::once(top)
            .chain(rows.iter().filter_map(|r| answer(r[0])))
            .collect();
        prop_assert_eq!(stats.rows.len(), 1);
        let row = &stats.rows[0];
        prop_assert_eq!(row.responses, first.len() as u64);
        if satisfaction {
            let scale = Scale::ONE_TO_FIVE;
            prop_assert_eq!(row.csat, metrics::csat(&metrics::counts_of(&first, scale), scale));
        } else {
            prop_assert_eq!(row.nps, metrics::nps(&metrics::counts_of(&first, Scale::NPS)));
        }
        for other in 1..k {
            // Long headers are cut in warnings; their start is enough to name them.
            let start: String = question(other).chars().take(30).collect();
            let named = format!("column {} \"{start}", other + 1);
            let also = format!("also looks like {metric_name}; not counted, column 1 \"");
            prop_assert!(
                stats.warnings.iter().any(|w| w.starts_with(&named) && w.contains(&also)),
                "no warning names {}: {:?}", named, stats.warnings
            );
        }
    }
}
