//! The import dialog's choices turned into one edit, and a wave refreshed from its file,
//! without a window: what the dialog and the navigator carry out.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ui::data;
use parcours::document::Document;
use parcours::metrics::{CardScores, Filter};
use parcours::model::{CardId, LaneKind, TouchpointTarget};
use parcours::survey::{
    self, ImportChoices, MatchProposal, SAMPLE_ROWS, Source, TouchpointChoice, plan_import,
};

#[test]
fn an_import_with_a_new_touchpoint_is_one_step_with_its_report() {
    let project = parcours::example::example_project();
    let map = project.maps[0].clone();
    let mut doc = Document::new(project.clone(), None);
    let source = Source::open(&data("reponses_parcours_velo.csv")).unwrap();
    let detection = survey::detect(&source.sample(SAMPLE_ROWS));
    let labels = survey::aggregate(&source, &detection.mapping, false).touchpoints;
    let cards: Vec<(CardId, String)> = map
        .touchpoints_in_order()
        .iter()
        .map(|c| (c.id, c.title().to_owned()))
        .collect();
    // Every value on its card, but the first made a new touchpoint in the last stage and
    // the second left out.
    let mut choices: Vec<TouchpointChoice> = survey::propose_matches(&labels, &cards)
        .into_iter()
        .map(|p| match p {
            MatchProposal::Exact(id) => TouchpointChoice::Card(id),
            _ => TouchpointChoice::Unassigned,
        })
        .collect();
    choices[0] = TouchpointChoice::Create;
    choices[1] = TouchpointChoice::Leave;
    let last_stage = map.stages.last().unwrap().id;
    let planned = plan_import(
        ImportChoices {
            source: &source,
            mapping: detection.mapping.clone(),
            notes: &detection.notes,
            labels: &labels,
            choices: &choices,
            new_stage: Some(last_stage),
            name: "  ".into(),
            source_reference: "reponses_parcours_velo.csv".into(),
            imported: "2026-12-01".into(),
        },
        &map,
        doc.ids(),
    );
    doc.apply(planned.edit).unwrap();

    let project_after = doc.project();
    let wave = project_after.wave(planned.wave).unwrap();
    // A blank name is the file's.
    assert_eq!(wave.name, "reponses_parcours_velo.csv");
    assert_eq!(wave.imported, "2026-12-01");
    let map_after = &project_after.maps[0];
    let created = map_after
        .cards
        .iter()
        .find(|c| c.title() == labels[0] && !map.cards.iter().any(|o| o.id == c.id))
        .expect("the new touchpoint card");
    assert_eq!(created.stage, last_stage);
    assert_eq!(
        map_after.lane(created.lane).unwrap().kind,
        LaneKind::Touchpoints
    );
    assert_eq!(
        wave.mapping.target_of(&labels[0]),
        Some(&TouchpointTarget::Card(created.id))
    );
    assert_eq!(
        wave.mapping.target_of(&labels[1]),
        Some(&TouchpointTarget::Ignore)
    );
    // The left-out value's rows are in the report, one line each.
    let left_out = planned
        .report
        .skipped
        .iter()
        .filter(
            |s| matches!(&s.reason, survey::SkipReason::TouchpointIgnored(t) if *t == labels[1]),
        )
        .count();
    assert!(left_out > 0);
    assert_eq!(
        planned.report.rows.skipped as usize,
        planned.report.skipped.len()
    );
    // The new card has its figures.
    let scores = CardScores::of(Some(wave), &Filter::default());
    assert!(scores.figures[&created.id].nps.is_some());

    // One undo takes the wave and the card away (ids handed out stay used).
    doc.undo();
    assert_eq!(doc.project().maps, project.maps);
    assert!(doc.project().waves.is_empty());
}

#[test]
fn a_refresh_reads_the_file_again_with_the_same_mapping() {
    let mut project = common::ui::example_with_survey();
    let wave = project.waves[0].clone();
    // As if the file had grown a row since the import.
    let mut bytes = std::fs::read(data("reponses_parcours_velo.csv")).unwrap();
    bytes.extend_from_slice(
        "R9999;01/08/2026;Paiement en ligne;Web;Particulier;10;5;7;Parfait\r\n".as_bytes(),
    );
    let source = Source::from_bytes("reponses_parcours_velo.csv".into(), bytes);
    let (edit, report) = survey::refresh_wave(&wave, &source, "2026-12-01".into());
    assert_eq!(report.rows.read, wave.rows.read + 1);
    let mut doc = Document::new(project.clone(), None);
    doc.apply(edit).unwrap();
    let fresh = &doc.project().waves[0];
    assert_eq!(
        (fresh.id, &fresh.name, &fresh.mapping),
        (wave.id, &wave.name, &wave.mapping)
    );
    assert_eq!(fresh.rows.used, wave.rows.used + 1);
    doc.undo();
    project.waves[0] = wave;
    assert_eq!(doc.project(), &project);
}
