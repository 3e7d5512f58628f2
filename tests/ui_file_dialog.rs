//! Where the desktop has no file dialog (no xdg-desktop-portal, no zenity), Parcours shows
//! its own: saving, opening and importing never silently do nothing.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::document::Document;
use parcours::i18n::Language;
use parcours::model::Project;
use parcours::ui::ParcoursApp;

/// The app on `project` with Parcours's own file dialog starting in `folder`. The dialog's
/// path and file-name fields (from the egui_file crate) carry no accessible name, so the
/// harness's accessibility check is off here.
fn harness(project: Project, folder: &std::path::Path) -> Harness<'static, ParcoursApp> {
    let folder = folder.to_owned();
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1600.0, 900.0))
        .with_theme(egui::Theme::Light)
        // A worker thread that finishes asks for a frame: a few more steps to settle.
        .with_max_steps(16)
        .with_accessibility_check(false)
        .build_eframe(move |cc| {
            ParcoursApp::with_document(&cc.egui_ctx, Document::new(project, None), Language::En)
        });
    harness.state_mut().use_own_file_dialogs(Some(folder));
    harness.run();
    harness
}

#[test]
fn ctrl_s_on_a_new_project_saves_through_parcours_own_dialog() {
    let folder = tempfile::tempdir().unwrap();
    let mut project = Project::empty(Language::En);
    project.info.title = "Atelier".into();
    let mut harness = harness(project, folder.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.run();
    // The dialog says, the first time, why it is Parcours's own.
    harness.get_by_label_contains("the desktop has no file dialog, so this is Parcours's");
    // Its Save button, with the proposed name, writes the file.
    harness.get_all_by_label("Save").last().unwrap().click();
    harness.run();
    harness.run();
    let saved = folder.path().join("parcours.ron");
    assert!(saved.exists(), "nothing written in {:?}", folder.path());
    let document = harness.state().document();
    assert!(!document.is_dirty());
    assert_eq!(document.path(), Some(saved.as_path()));
    let reread = parcours::file::load_project(&saved).unwrap();
    assert_eq!(reread.info.title, "Atelier");
    // A new project's file says when it was created and saved (today, YYYY-MM-DD).
    assert_eq!(reread.info.created.len(), 10, "{:?}", reread.info.created);
    assert_eq!(reread.info.modified, reread.info.created);
    // Saved: the status bar says so.
    harness.get_by_label("✔ Saved");
}

#[test]
fn the_own_dialog_opens_a_survey_export_for_import_and_cancel_leaves_everything_as_it_was() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::ui::data("perso_googleforms_fr.csv"),
        folder.path().join("perso_googleforms_fr.csv"),
    )
    .unwrap();
    let mut harness = harness(parcours::example::example_project(), folder.path());
    // Cancel first: nothing happens, and the keys work again.
    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_all_by_label("Import survey…")
        .last()
        .unwrap()
        .click();
    harness.run();
    harness.get_all_by_label("Cancel").last().unwrap().click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("has no file dialog")
            .is_none()
    );
    assert!(harness.state().project().waves.is_empty());

    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_all_by_label("Import survey…")
        .last()
        .unwrap()
        .click();
    harness.run();
    // The export is listed (the filter shows survey exports); choose it, then Open.
    harness
        .get_by_label_contains("perso_googleforms_fr.csv")
        .click();
    harness.run();
    harness.get_all_by_label("Open").last().unwrap().click();
    common::ui::settle(&mut harness);
    // The import dialog is on the export.
    harness.get_by_label("Import survey");
    harness.get_by_label_contains("perso_googleforms_fr.csv");
}

/// Closing the window on unsaved work that has no file yet: Save asks where, saves there,
/// then the window closes, as the user asked.
#[test]
fn save_then_close_on_a_new_project_closes_once_saved() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness(parcours::example::example_project(), folder.path());
    harness
        .state_mut()
        .command(parcours::ui::command::Command::AddStage);
    harness.run();
    assert!(harness.state().document().is_dirty());
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.get_all_by_label("Save").last().unwrap().click();
    harness.run();
    // The file dialog, then its Save.
    harness.get_by_label_contains("Save as");
    harness.get_all_by_label("Save").last().unwrap().click();
    // The save runs in the background: on a loaded machine it may take more than a few
    // frames, so frames run until the window closes (or for five seconds at most).
    let mut closed = false;
    let start = std::time::Instant::now();
    while !closed && start.elapsed() < std::time::Duration::from_secs(5) {
        harness.step();
        closed |= harness
            .output()
            .viewport_output
            .values()
            .any(|v| v.commands.contains(&egui::ViewportCommand::Close));
        if !closed {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }
    let saved = std::fs::read_dir(folder.path()).unwrap().count();
    assert_eq!(saved, 1, "one file saved");
    assert!(!harness.state().document().is_dirty());
    assert!(closed, "the window did not close after saving");
}

/// Ctrl+S on a project with a file writes it on a worker thread; once written the document
/// is saved and the file holds the change.
#[test]
fn ctrl_s_saves_in_the_background_and_marks_the_document_saved() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("velo.ron");
    let mut harness = harness(parcours::example::example_project(), folder.path());
    harness.state_mut().save_to(&path).unwrap();
    harness
        .state_mut()
        .command(parcours::ui::command::Command::AddStage);
    harness.run();
    assert!(harness.state().document().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::ui::settle(&mut harness);
    assert!(!harness.state().document().is_dirty());
    let saved = parcours::file::load_project(&path).unwrap();
    assert_eq!(saved.maps[0].stages.len(), 7);
    harness.get_by_label("✔ Saved");
}
