//! The importer against real and synthetic exports: each is detected as what it is, and
//! the figures are exactly the expected ones.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use parcours::metrics::Totals;
use parcours::model::{ColumnRole, MetricKind, Project};
use parcours::stats::{ColumnChoices, stats};
use parcours::survey::{self, Layout, SAMPLE_ROWS, Source, SourceKind, TextEncoding};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn close(actual: f64, expected: f64, tolerance: f64, what: &str) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{what}: got {actual}, expected {expected}"
    );
}

/// (header rows, encoding, delimiter) of each export.
#[test]
fn every_export_is_detected_as_what_it_is() {
    let cases = [
        ("reponses_parcours_velo.csv", 1, TextEncoding::Utf8Bom, b';'),
        ("csat_by_touchpoint_wide.csv", 1, TextEncoding::Utf8, b','),
        (
            "qualtRics_sample_v3_german_labels.csv",
            3,
            TextEncoding::Utf8,
            b',',
        ),
        (
            "qualtRics_sample_legacy_bom.csv",
            2,
            TextEncoding::Utf8Bom,
            b',',
        ),
        (
            "QualtricsTools_NoBasis_insights2016_3rowheader.csv",
            3,
            TextEncoding::Utf8,
            b',',
        ),
        (
            "QualtricsTools_Better_Sample_Survey_insights2016.csv",
            3,
            TextEncoding::Utf8,
            b',',
        ),
        (
            "QualtricsTools_NoBasis_legacy_bom.csv",
            2,
            TextEncoding::Utf8Bom,
            b',',
        ),
        (
            "ohbm_2022_community_survey_surveymonkey_via_pandas.csv",
            2,
            TextEncoding::Utf8,
            b',',
        ),
        ("perso_googleforms_fr.csv", 1, TextEncoding::Utf8, b','),
        (
            "SomervilleHappinessSurvey2015_utf16le_noheader.csv",
            0,
            TextEncoding::Utf16Le,
            b',',
        ),
    ];
    for (file, header_rows, encoding, delimiter) in cases {
        let source = Source::open(&data(file)).unwrap();
        assert_eq!(
            source.kind,
            SourceKind::Csv {
                encoding,
                delimiter
            },
            "{file}"
        );
        let detection = survey::detect(&source.sample(SAMPLE_ROWS));
        assert_eq!(
            detection.mapping.header_rows, header_rows,
            "{file}: header rows"
        );
    }
}

#[test]
fn survey_monkey_export_has_311_responses_and_readable_headers() {
    let source = Source::open(&data(
        "ohbm_2022_community_survey_surveymonkey_via_pandas.csv",
    ))
    .unwrap();
    let detection = survey::detect(&source.sample(SAMPLE_ROWS));
    let headers: Vec<&str> = detection
        .mapping
        .columns
        .iter()
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(headers[1], "Are you a member of OHBM?");
    // "Unnamed: 13" continues the platform question, with its option.
    assert!(
        headers[5].starts_with("Which of the following platforms"),
        "{}",
        headers[5]
    );
    assert!(
        headers[5].contains("Official OHBM Emails"),
        "{}",
        headers[5]
    );
    let mut rows = 0;
    source.for_each_row(detection.mapping.header_rows, |_, _| rows += 1);
    assert_eq!(rows, 311);
}

#[test]
fn qualtrics_headers_use_the_question_labels() {
    let source = Source::open(&data("qualtRics_sample_v3_german_labels.csv")).unwrap();
    let detection = survey::detect(&source.sample(SAMPLE_ROWS));
    let q1 = &detection.mapping.columns[17].header;
    assert!(q1.contains("This is a multiple choice question."), "{q1}");
    let mut rows = 0;
    source.for_each_row(3, |_, _| rows += 1);
    assert_eq!(rows, 1);
}

#[test]
fn long_format_figures_match_the_expected_file_exactly() {
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(data("reponses_parcours_velo.expected.json")).unwrap(),
    )
    .unwrap();
    let expected = expected["expected"].as_object().unwrap();
    let figures = stats(
        &data("reponses_parcours_velo.csv"),
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    assert!(figures.skipped.is_empty());
    assert_eq!(figures.rows.len(), 12);
    let mut overall_n = 0;
    let mut overall_net = 0i64;
    for row in &figures.rows {
        let name = row.touchpoint.as_deref().unwrap();
        let e = &expected[name];
        let nps = row.nps.unwrap();
        let csat = row.csat.unwrap();
        let ces = row.ces.unwrap();
        assert_eq!(row.responses, e["responses"].as_u64().unwrap(), "{name}");
        assert_eq!(nps.n, e["nps_n"].as_u64().unwrap(), "{name}");
        assert_eq!(nps.promoters, e["promoters"].as_u64().unwrap(), "{name}");
        assert_eq!(nps.passives, e["passives"].as_u64().unwrap(), "{name}");
        assert_eq!(nps.detractors, e["detractors"].as_u64().unwrap(), "{name}");
        close(nps.score, e["nps"].as_f64().unwrap(), 0.005, name);
        assert_eq!(csat.n, e["csat_n"].as_u64().unwrap(), "{name}");
        close(
            csat.top2_pct,
            e["csat_top2_pct"].as_f64().unwrap(),
            0.005,
            name,
        );
        close(csat.mean, e["csat_mean"].as_f64().unwrap(), 0.0005, name);
        assert_eq!(ces.n, e["ces_n"].as_u64().unwrap(), "{name}");
        close(ces.mean, e["ces_mean"].as_f64().unwrap(), 0.0005, name);
        assert_eq!(
            (csat.scale.min, csat.scale.max, ces.scale.min, ces.scale.max),
            (1, 5, 1, 7)
        );
        overall_n += nps.n;
        overall_net += nps.promoters as i64 - nps.detractors as i64;
    }
    assert_eq!(
        overall_n,
        expected["__overall__"]["nps_n"].as_u64().unwrap()
    );
    close(
        100.0 * overall_net as f64 / overall_n as f64,
        expected["__overall__"]["nps"].as_f64().unwrap(),
        0.005,
        "overall",
    );
}

#[test]
fn long_format_keeps_segments_months_and_verbatims() {
    let source = Source::open(&data("reponses_parcours_velo.csv")).unwrap();
    let detection = survey::detect(&source.sample(SAMPLE_ROWS));
    assert_eq!(detection.layout, Layout::Long);
    let aggregate = survey::aggregate(&source, &detection.mapping, true);
    assert_eq!(aggregate.report.rows.read, 2400);
    assert_eq!(aggregate.report.rows.used, 2400);
    assert_eq!(aggregate.date_order, parcours::model::DateOrder::DayFirst);
    assert_eq!(aggregate.segments.len(), 3);
    assert_eq!(aggregate.verbatims.len(), 428);
    let months: std::collections::BTreeSet<String> = aggregate
        .cells
        .iter()
        .filter_map(|c| c.month)
        .map(|m| m.to_string())
        .collect();
    assert_eq!(months.first().unwrap(), "2026-01");
    assert_eq!(months.len(), 9);
    // Adding every cell up gives the whole file's NPS answers.
    let mut totals = Totals::default();
    aggregate.cells.iter().for_each(|c| totals.add(c));
    assert_eq!(totals.nps.iter().sum::<u64>(), 2269);
}

#[test]
fn wide_format_figures_match_the_expected_file_exactly() {
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(data("csat_by_touchpoint_wide.expected.json")).unwrap(),
    )
    .unwrap();
    let expected = expected["expected"].as_object().unwrap();
    let figures = stats(
        &data("csat_by_touchpoint_wide.csv"),
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    assert_eq!(figures.rows.len(), 13);
    for row in &figures.rows {
        match row.touchpoint.as_deref() {
            Some(name) => {
                let csat = row.csat.unwrap();
                assert_eq!(csat.n, expected[name]["csat_n"].as_u64().unwrap(), "{name}");
                close(
                    csat.top2_pct,
                    expected[name]["csat_top2_pct"].as_f64().unwrap(),
                    0.005,
                    name,
                );
                assert!(row.nps.is_none());
            }
            None => {
                let nps = row.nps.unwrap();
                assert_eq!(nps.n, 757);
                close(nps.score, -11.89, 0.005, "overall");
            }
        }
    }
}

#[test]
fn google_forms_french_nps() {
    let figures = stats(
        &data("perso_googleforms_fr.csv"),
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    assert_eq!(figures.rows.len(), 1);
    let row = &figures.rows[0];
    assert_eq!(row.touchpoint, None);
    let nps = row.nps.unwrap();
    assert_eq!(
        (nps.n, nps.promoters, nps.passives, nps.detractors),
        (93, 36, 32, 25)
    );
    close(nps.score, 11.83, 0.005, "NPS");
    // "Horodateur": a French form, days first.
    assert!(
        figures.warnings.iter().any(|w| w.contains("dd/mm/yyyy")),
        "{:?}",
        figures.warnings
    );
}

/// Two recommendation questions (about R, then about Python): the first is counted alone,
/// and a warning names the second with the option that counts it instead.
#[test]
fn two_recommendation_questions_are_never_pooled() {
    let file = data("rsurvey_2019_english_gforms.csv");
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(data("rsurvey_2019_english_gforms.expected.json")).unwrap(),
    )
    .unwrap();
    let check = |figures: &parcours::stats::Stats, e: &serde_json::Value| {
        assert_eq!(figures.rows.len(), 1);
        let nps = figures.rows[0].nps.unwrap();
        assert_eq!(nps.n, e["nps_n"].as_u64().unwrap());
        assert_eq!(nps.promoters, e["promoters"].as_u64().unwrap());
        assert_eq!(nps.passives, e["passives"].as_u64().unwrap());
        assert_eq!(nps.detractors, e["detractors"].as_u64().unwrap());
        close(nps.score, e["nps"].as_f64().unwrap(), 1e-9, "NPS");
        close(
            nps.margin95,
            e["margin95"].as_f64().unwrap(),
            1e-9,
            "margin",
        );
    };
    let figures = stats(
        &file,
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    check(&figures, &expected["expected"]["__overall__"]);
    let warning = "column 38 \"How likely are you to recommend Python to a colleague, frien…\": \
                   also looks like NPS; not counted, column 19 \"How likely are you to recommend R to a \
                   colleague, friend, or…\" is (use --nps 38 to count it instead)";
    assert!(
        figures.warnings.iter().any(|w| w == warning),
        "{:#?}",
        figures.warnings
    );
    // Asked for, the second question is counted alone in its turn.
    let choices = ColumnChoices {
        nps: Some("38".into()),
        ..ColumnChoices::default()
    };
    let figures = stats(&file, &choices, parcours::i18n::Language::En).unwrap();
    check(&figures, &expected["second_question_column_38"]);
    assert!(
        figures
            .warnings
            .iter()
            .any(|w| w.starts_with("column 19 ") && w.contains("use --nps 19 to count it instead"))
    );
}

#[test]
fn somerville_without_header_needs_a_named_column() {
    let file = data("SomervilleHappinessSurvey2015_utf16le_noheader.csv");
    let error = stats(
        &file,
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap_err();
    assert_eq!(error.exit_code(), 1);
    assert!(error.to_string().contains("--nps"));
    let choices = ColumnChoices {
        csat: Some("2".into()),
        ..ColumnChoices::default()
    };
    let figures = stats(&file, &choices, parcours::i18n::Language::En).unwrap();
    let csat = figures.rows[0].csat.unwrap();
    assert_eq!(csat.n, 143);
}

#[test]
fn the_json_has_exactly_the_documented_shape() {
    let figures = stats(
        &data("perso_googleforms_fr.csv"),
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    let json = figures.to_json();
    assert!(
        json.starts_with(concat!(
            r#"{"rows":[{"touchpoint":null,"responses":93,"#,
            r#""nps":{"n":93,"promoters":36,"passives":32,"detractors":25,"score":11.827956989247312,"margin95":"#
        )),
        "{json}"
    );
    assert!(
        json.contains(r#"},"csat":null,"ces":null}],"skipped":[],"warnings":["#),
        "{json}"
    );

    let long = stats(
        &data("reponses_parcours_velo.csv"),
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    let json = long.to_json();
    assert!(json.contains(r#","csat":{"n":"#), "{json}");
    assert!(json.contains(r#","scale":[1,5]},"ces":{"n":"#), "{json}");
    assert!(json.contains(r#","scale":[1,7]}}"#), "{json}");
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    let csat = parsed["rows"][0]["csat"].as_object().unwrap();
    assert_eq!(csat.len(), 4);
    assert!(csat.contains_key("top2_pct") && csat.contains_key("mean"));
    let ces = parsed["rows"][0]["ces"].as_object().unwrap();
    assert!(ces.contains_key("agree_pct") && ces.len() == 4);
}

#[test]
fn columns_can_be_named_by_header_or_number() {
    let file = data("reponses_parcours_velo.csv");
    let by_number = ColumnChoices {
        touchpoint: Some("4".into()),
        ..ColumnChoices::default()
    };
    // Column 4 is the channel: figures per channel.
    let figures = stats(&file, &by_number, parcours::i18n::Language::En).unwrap();
    assert_eq!(figures.rows.len(), 8);
    let by_name = ColumnChoices {
        nps: Some("CSAT".into()),
        ..ColumnChoices::default()
    };
    let figures = stats(&file, &by_name, parcours::i18n::Language::En).unwrap();
    // CSAT read as NPS: still 0–10, so every answer counts; CSAT is gone.
    assert!(figures.rows.iter().all(|r| r.csat.is_none()));
    let missing = ColumnChoices {
        ces: Some("effort score".into()),
        ..ColumnChoices::default()
    };
    let error = stats(&file, &missing, parcours::i18n::Language::En).unwrap_err();
    assert_eq!(error.exit_code(), 2);
    assert!(error.to_string().contains("point_de_contact"));
}

#[test]
fn bad_rows_are_reported_with_their_lines_never_counted_as_zero() {
    let text = "touchpoint;nps;csat;comment\n\
                Paiement;9;4;\n\
                ;7;3;no touchpoint\n\
                Paiement;NA;;\n\
                Paiement;11;5;\n\
                Paiement;peut-être;N/A;\n\
                Paiement;\"9,0\";2;\"two\nlines\"\n\
                Livraison;0 - Not at all likely;1;\n";
    let source = Source::from_bytes("t.csv".into(), text.as_bytes().to_vec());
    let detection = survey::detect(&source.sample(SAMPLE_ROWS));
    assert_eq!(
        detection.mapping.columns[1].role,
        ColumnRole::Score {
            metric: MetricKind::Nps,
            touchpoint: None
        }
    );
    let aggregate = survey::aggregate(&source, &detection.mapping, true);
    let report = &aggregate.report;
    assert_eq!(report.rows.read, 7);
    let skipped: Vec<u64> = report.skipped.iter().map(|s| s.line).collect();
    assert_eq!(skipped, [3, 4, 6]);
    let issues: Vec<u64> = report.value_issues.iter().map(|v| v.line).collect();
    assert_eq!(issues, [5, 6]);
    assert_eq!(report.rows.used, 4);
    let mut totals = Totals::default();
    aggregate.cells.iter().for_each(|c| totals.add(c));
    // 9, 9,0 and 0: the NA, the 11 and the text are not zeros.
    assert_eq!(totals.nps.iter().sum::<u64>(), 3);
    assert_eq!(totals.nps[0], 1);
    assert_eq!(totals.nps[9], 2);
    // The skipped row's comment is not kept either.
    assert_eq!(aggregate.verbatims.len(), 1);
    assert_eq!(aggregate.verbatims[0].text, "two\nlines");
    assert_eq!(aggregate.verbatims[0].touchpoint, Some(0));
}

#[test]
fn aggregated_counts_and_ces_on_a_reversed_scale() {
    let text = "touchpoint,score,count\nPaiement,10,60\nPaiement,8,25\nPaiement,3,15\n";
    let figures = parcours::stats::stats_of(
        &Source::from_bytes("agg.csv".into(), text.as_bytes().to_vec()),
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    let nps = figures.rows[0].nps.unwrap();
    assert_eq!((nps.n, nps.score), (100, 45.0));
    close(nps.margin95, 14.5, 0.05, "margin");

    let text = "touchpoint,effort\nA,1\nA,2\nA,5\n";
    let source = Source::from_bytes("ces.csv".into(), text.as_bytes().to_vec());
    let mut mapping = survey::detect(&source.sample(SAMPLE_ROWS)).mapping;
    assert_eq!(mapping.scales.ces, parcours::model::Scale::ONE_TO_FIVE);
    mapping.scales.ces_reversed = true;
    let aggregate = survey::aggregate(&source, &mapping, false);
    let mut totals = Totals::default();
    aggregate.cells.iter().for_each(|c| totals.add(c));
    // 1 (easy) becomes 5, 2 becomes 4, 5 becomes 1.
    assert_eq!(totals.ces, vec![1, 0, 0, 1, 1]);
}

#[test]
fn windows_1252_and_us_dates() {
    let bytes = b"Date,Touchpoint,NPS\n3/14/2026,Caf\xE9,9\n4/2/2026,Caf\xE9,3\n".to_vec();
    let source = Source::from_bytes("cp.csv".into(), bytes);
    assert_eq!(
        source.kind,
        SourceKind::Csv {
            encoding: TextEncoding::Windows1252,
            delimiter: b','
        }
    );
    let detection = survey::detect(&source.sample(SAMPLE_ROWS));
    let aggregate = survey::aggregate(&source, &detection.mapping, false);
    assert_eq!(aggregate.touchpoints, ["Café"]);
    assert_eq!(aggregate.date_order, parcours::model::DateOrder::MonthFirst);
    let months: Vec<String> = aggregate
        .cells
        .iter()
        .map(|c| c.month.unwrap().to_string())
        .collect();
    assert_eq!(months, ["2026-03", "2026-04"]);
}

#[test]
fn an_xlsx_export_reads_like_its_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let rows: [[&str; 3]; 5] = [
        ["Touchpoint", "NPS", "CSAT"],
        ["Paiement", "9", "4"],
        ["Paiement", "", "5"],
        ["Livraison", "3", "2"],
        ["Livraison", "10 - Extremely likely", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            match cell.parse::<f64>() {
                // Numbers as numbers, as Excel stores them.
                Ok(n) => sheet.write_number(r as u32, c as u16, n).map(|_| ()),
                Err(_) if cell.is_empty() => Ok(()),
                Err(_) => sheet.write_string(r as u32, c as u16, *cell).map(|_| ()),
            }
            .unwrap();
        }
    }
    workbook.save(&path).unwrap();

    let source = Source::open(&path).unwrap();
    assert!(matches!(source.kind, SourceKind::Sheet { .. }));
    let figures = stats(
        &path,
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap();
    let paiement = &figures.rows[0];
    assert_eq!(paiement.touchpoint.as_deref(), Some("Paiement"));
    assert_eq!(paiement.nps.unwrap().n, 1, "the blank cell is not a 0");
    assert_eq!(paiement.csat.unwrap().n, 2);
    let livraison = &figures.rows[1];
    assert_eq!(livraison.nps.unwrap().promoters, 1);
    assert_eq!(livraison.nps.unwrap().detractors, 1);
}

#[test]
fn a_file_that_is_not_a_spreadsheet_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.xlsx");
    std::fs::write(&path, b"not a zip").unwrap();
    let error = stats(
        &path,
        &ColumnChoices::default(),
        parcours::i18n::Language::En,
    )
    .unwrap_err();
    assert_eq!(error.exit_code(), 3);
    assert!(
        error
            .to_string()
            .starts_with("broken.xlsx: not a readable spreadsheet"),
        "{error}"
    );
}

#[test]
fn a_large_survey_stays_a_few_kilobytes_in_the_project() {
    // 100,000 responses over 12 touchpoints, 3 segments and 10 months.
    let mut text = String::from("touchpoint,segment,date,nps,csat,ces\n");
    for i in 0..100_000u32 {
        text.push_str(&format!(
            "TP {},Seg {},2026-{:02}-15,{},{},{}\n",
            i % 12,
            i % 3,
            1 + i % 10,
            i % 11,
            1 + i % 5,
            1 + i % 7
        ));
    }
    let source = Source::from_bytes("big.csv".into(), text.into_bytes());
    let mapping = survey::detect(&source.sample(SAMPLE_ROWS)).mapping;
    let aggregate = survey::aggregate(&source, &mapping, false);
    let mut project = Project::empty(parcours::i18n::Language::En);
    let wave = survey::wave_from(
        project.next_id.fresh_wave_id(),
        aggregate,
        mapping,
        "big".into(),
        "big.csv".into(),
        String::new(),
    );
    let empty_size = parcours::file::to_ron(&project).unwrap().len();
    project.waves.push(wave);
    let size = parcours::file::to_ron(&project).unwrap().len() - empty_size;
    assert!(size < 40_000, "{size} bytes");
    // And it reads back the same.
    let text = parcours::file::to_ron(&project).unwrap();
    let back =
        parcours::file::parse_project(text.as_bytes(), std::path::Path::new("big.ron")).unwrap();
    assert!(back == project, "the wave reads back unchanged");
    eprintln!("a 100,000-response wave adds {size} bytes");
}
