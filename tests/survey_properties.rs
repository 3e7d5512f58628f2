//! Figures computed from the stored distributions equal the figures computed from the raw
//! answers, for any filter.

use parcours::metrics::{self, Filter, card_totals};
use parcours::model::{CardId, IdCounter, Mapping, Month, Scale, TouchpointTarget};
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
        let wave = survey::wave_from(aggregate, mapping, "w".into(), "p.csv".into(), String::new(), &mut IdCounter(1));

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
