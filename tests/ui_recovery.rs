//! Crash recovery through the window: unsaved work is copied to the recovery folder, a clean
//! exit removes the copy, and a copy left by a session that crashed is offered back.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ui::harness;
use egui_kittest::kittest::Queryable;
use parcours::file::Recovery;
use parcours::ui::command::Command;

fn copies(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn unsaved_work_is_copied_and_a_clean_exit_removes_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(parcours::example::example_project());
    harness.state_mut().set_recovery(Recovery::at(dir.path()));
    harness.run();
    // Nothing unsaved: no copy.
    assert!(copies(dir.path()).is_empty());
    harness.state_mut().command(Command::AddStage);
    harness.run();
    let start = std::time::Instant::now();
    let copy = dir
        .path()
        .join(format!("session-{}.ron", std::process::id()));
    while !copy.exists() {
        assert!(
            start.elapsed().as_secs() < 20,
            "no copy in {:?}",
            copies(dir.path())
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    // The copy holds the new stage; the user's file is not touched.
    let copied = parcours::file::load_project(&copy).unwrap();
    assert_eq!(
        copied.maps[0].stages.len(),
        harness.state().project().maps[0].stages.len()
    );
    eframe::App::on_exit(harness.state_mut());
    assert!(copies(dir.path()).is_empty(), "{:?}", copies(dir.path()));
}

#[test]
fn a_copy_left_by_a_crash_is_offered_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let saved_file = dir.path().join("atelier.ron");
    let saved = parcours::example::example_project();
    parcours::file::save_project(&saved, &saved_file).unwrap();
    // The crashed session had added a stage.
    let mut work = saved.clone();
    let mut stage = work.maps[0].stages[0].clone();
    stage.id = work.next_id.fresh_stage_id();
    stage.name = "Après-vente".into();
    work.maps[0].stages.push(stage);
    let folder = dir.path().join("recovery");
    Recovery::at(&folder)
        .write_for(&work, Some(&saved_file), 0)
        .unwrap();

    let mut harness = harness(parcours::model::Project::empty(
        parcours::i18n::Language::En,
    ));
    harness.state_mut().set_recovery(Recovery::at(&folder));
    harness.run();
    harness.get_by_label("Work not saved last time");
    harness.get_by_label_contains("The copy: 1 map, 7 stages");
    harness.get_by_label_contains("The saved file: 1 map, 6 stages");
    harness
        .get_by_label_contains("Restore the version of")
        .click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.project(), &work);
    // Unsaved, and saved where it belongs.
    assert!(state.document().is_dirty());
    assert_eq!(state.document().path(), Some(saved_file.as_path()));
    // Chosen: the copy is gone, and not offered again.
    assert!(Recovery::at(&folder).found().is_empty());
}

#[test]
fn a_discarded_copy_is_removed_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    let work = parcours::example::example_project();
    Recovery::at(&folder).write_for(&work, None, 0).unwrap();
    let empty = parcours::model::Project::empty(parcours::i18n::Language::En);
    let mut harness = harness(empty.clone());
    harness.state_mut().set_recovery(Recovery::at(&folder));
    harness.run();
    harness.get_by_label("Discard the copy").click();
    harness.run();
    assert_eq!(harness.state().project(), &empty);
    assert!(harness.query_by_label("Work not saved last time").is_none());
    assert!(Recovery::at(&folder).found().is_empty());
}
