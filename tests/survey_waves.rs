//! Waves in a project: imported, refreshed, removed and undone as single steps; saved and
//! checked on load.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use parcours::document::Document;
use parcours::edit::Edit;
use parcours::i18n::Language;
use parcours::model::Project;

#[test]
fn import_refresh_and_removal_are_single_undoable_steps() {
    let mut project = common::ui::example_with_survey();
    let wave = project.waves.pop().unwrap();
    assert!(wave.touchpoints.iter().all(|t| t.card.is_some()));
    let id = wave.id;
    let mut doc = Document::new(project.clone(), None);
    doc.apply(Edit::AddWave {
        wave: Box::new(wave.clone()),
        index: 0,
    })
    .unwrap();
    assert_eq!(
        doc.history().undo_label().unwrap().text(Language::En),
        "import survey 'Vague 1'"
    );

    let mut renamed = wave.clone();
    renamed.name = "Printemps 2026".into();
    doc.apply(Edit::SetWave {
        wave: Box::new(renamed),
    })
    .unwrap();
    assert_eq!(doc.project().waves[0].name, "Printemps 2026");
    doc.apply(Edit::DeleteWave { wave: id }).unwrap();
    assert!(doc.project().waves.is_empty());

    doc.undo();
    assert_eq!(doc.project().waves[0].name, "Printemps 2026");
    doc.undo();
    assert_eq!(doc.project().waves[0], wave);
    doc.undo();
    assert_eq!(doc.project(), &project);
    doc.redo();
    assert_eq!(doc.project().waves[0], wave);
    assert_eq!(
        doc.apply(Edit::DeleteWave {
            wave: parcours::model::WaveId(999_999)
        }),
        Err(parcours::edit::EditError::NoWave(999_999))
    );
}

#[test]
fn a_project_with_a_wave_saves_and_loads_unchanged() {
    let project = common::ui::example_with_survey();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("velo.ron");
    parcours::file::save_project(&project, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    // Months and counts are written plainly.
    assert!(text.contains("month: \"2026-03\""), "months as YYYY-MM");
    assert!(text.contains("nps: \""), "counts as one line");
    let loaded = parcours::file::load_project(&path).unwrap();
    assert_eq!(loaded, project);
    // Saved twice, the same bytes.
    parcours::file::save_project(&loaded, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

fn load_edited(project: &Project, edit: impl Fn(String) -> String) -> parcours::file::FileError {
    let text = edit(parcours::file::to_ron(project).unwrap());
    parcours::file::parse_project(text.as_bytes(), Path::new("edited.ron")).unwrap_err()
}

#[test]
fn hand_edited_waves_are_refused_with_a_reason() {
    let project = common::ui::example_with_survey();

    let error = load_edited(&project, |t| {
        t.replacen("touchpoint: 0,", "touchpoint: 40,", 1)
    });
    assert!(
        error.to_string().contains("names a touchpoint or segment"),
        "{error}"
    );

    let error = load_edited(&project, |t| {
        t.replacen("month: \"2026-", "month: \"2026/", 1)
    });
    assert!(
        error.to_string().contains("expected a month YYYY-MM"),
        "{error}"
    );
    assert!(error.location().is_some());

    let error = load_edited(&project, |t| {
        let at = t.find("nps: \"").unwrap() + 6;
        format!("{}x{}", &t[..at], &t[at..])
    });
    assert!(
        error.to_string().contains("expected answer counts"),
        "{error}"
    );
}
