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

/// The app on the project file at `path`, as opened from the command line.
fn harness_on_file(
    path: &std::path::Path,
) -> egui_kittest::Harness<'static, parcours::ui::ParcoursApp> {
    let document = parcours::document::Document::open(path).unwrap();
    egui_kittest::Harness::builder()
        .with_size(egui::Vec2::new(1600.0, 900.0))
        .with_max_steps(16)
        .build_eframe(move |cc| {
            parcours::ui::ParcoursApp::with_document(
                &cc.egui_ctx,
                document,
                parcours::i18n::Language::En,
            )
        })
}

/// Runs frames until the save under way is done.
fn wait_for_work(harness: &mut egui_kittest::Harness<'_, parcours::ui::ParcoursApp>) {
    let start = std::time::Instant::now();
    harness.run();
    while harness.state().is_busy() {
        assert!(start.elapsed().as_secs() < 20);
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

#[test]
fn a_file_changed_by_another_program_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    parcours::file::save_project(&parcours::example::example_project(), &path).unwrap();
    let mut harness = harness_on_file(&path);
    harness.run();
    // Someone else's edit, on disk, while the project is open.
    let mut theirs = parcours::example::example_project();
    theirs.info.title = "Their title".into();
    parcours::file::save_project(&theirs, &path).unwrap();
    // Our edit, then Ctrl+S.
    harness.state_mut().command(Command::AddStage);
    harness.run();
    harness.state_mut().command(Command::Save);
    wait_for_work(&mut harness);
    harness.get_by_label("The file was changed by another program");
    assert_eq!(
        parcours::file::load_project(&path).unwrap().info.title,
        "Their title"
    );
    // The user chooses to replace it.
    harness.get_by_label("Replace it with mine").click();
    wait_for_work(&mut harness);
    let saved = parcours::file::load_project(&path).unwrap();
    assert_ne!(saved.info.title, "Their title");
    assert_eq!(saved.maps[0].stages.len(), 7);
    assert!(!harness.state().document().is_dirty());
    // Saved by us: the next save does not ask again.
    harness.state_mut().command(Command::AddStage);
    harness.run();
    harness.state_mut().command(Command::Save);
    wait_for_work(&mut harness);
    assert!(
        harness
            .query_by_label("The file was changed by another program")
            .is_none()
    );
    assert_eq!(
        parcours::file::load_project(&path).unwrap().maps[0]
            .stages
            .len(),
        8
    );
}

#[test]
fn a_newer_version_left_by_a_save_cut_short_is_offered_when_the_file_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    let saved = parcours::example::example_project();
    parcours::file::save_project(&saved, &path).unwrap();
    // What a killed save left: the new version under the safe save's temporary name.
    let mut newer = saved.clone();
    newer.info.title = "Après l'atelier".into();
    let leftover = dir.path().join(".parcours-0badf00d.tmp");
    std::fs::write(&leftover, parcours::file::to_ron(&newer).unwrap()).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&leftover)
        .unwrap()
        .set_modified(later)
        .unwrap();

    let mut harness = harness(parcours::model::Project::empty(
        parcours::i18n::Language::En,
    ));
    harness.state_mut().command(Command::OpenPath(path.clone()));
    harness.run();
    harness.get_by_label("Work not saved last time");
    harness
        .get_by_label_contains("Restore the version of")
        .click();
    harness.run();
    assert_eq!(harness.state().project(), &newer);
    assert!(harness.state().document().is_dirty());
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
    // Chosen: the leftover is cleaned up.
    assert!(!leftover.exists());
}

#[test]
fn a_change_on_disk_is_said_when_the_window_comes_back_and_the_file_can_be_reloaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    parcours::file::save_project(&parcours::example::example_project(), &path).unwrap();
    let mut harness = harness_on_file(&path);
    harness.run();
    // The user goes to a text editor and changes the title there.
    harness.input_mut().focused = false;
    harness.run();
    let mut theirs = parcours::example::example_project();
    theirs.info.title = "Their title".into();
    parcours::file::save_project(&theirs, &path).unwrap();
    // Back in Parcours.
    harness.input_mut().focused = true;
    harness.run();
    harness.get_by_label("The file was changed by another program");
    harness.get_by_label("Reload the file").click();
    harness.run();
    assert_eq!(harness.state().project().info.title, "Their title");
    // Told once: coming back again says nothing more.
    harness.input_mut().focused = false;
    harness.run();
    harness.input_mut().focused = true;
    harness.run();
    assert!(
        harness
            .query_by_label("The file was changed by another program")
            .is_none()
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_open_in_another_window_is_said_and_the_mark_goes_with_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    parcours::file::save_project(&parcours::example::example_project(), &path).unwrap();
    let folder = dir.path().join("recovery");
    // Another Parcours has it open: its mark names a process that runs (1, here).
    let (other, _) = Recovery::at(&folder).mark_open(&path);
    std::fs::write(other.path().unwrap(), "1").unwrap();

    let mut harness = harness(parcours::model::Project::empty(
        parcours::i18n::Language::En,
    ));
    harness.state_mut().set_recovery(Recovery::at(&folder));
    harness.state_mut().command(Command::OpenPath(path.clone()));
    harness.run();
    harness.get_by_label("This file is open in another window");
    harness.get_by_label_contains("(process 1)");
    // This window's mark replaced the other's; a new document lets the file go.
    let mark = other.path().unwrap().to_owned();
    assert_eq!(
        std::fs::read_to_string(&mark).unwrap(),
        std::process::id().to_string()
    );
    harness.get_by_label("OK").click();
    harness.run();
    harness.state_mut().command(Command::New);
    harness.run();
    assert!(!mark.exists());
    std::mem::forget(other);
}
