//! The real app driven by label and keys: templates, adding, renaming, dragging, undo,
//! redo, deleting, saving and reopening.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ui::{Dropped, harness, settle};
use egui::{Modifiers, Pos2, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::document::Document;
use parcours::i18n::Language;
use parcours::model::{CardContent, LaneKind, Project};
use parcours::ui::ParcoursApp;

fn center_of(harness: &Harness<'_, ParcoursApp>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

/// Drags from `from` to `to` in small steps, as a hand would.
fn drag(harness: &mut Harness<'_, ParcoursApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=10 {
        let t = step as f32 / 10.0;
        harness.hover_at(from + (to - from) * t);
        harness.step();
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn build_a_map_edit_it_undo_redo_save_and_reopen() {
    let mut harness = harness(Project::empty(Language::En));

    // Create a map from a template through the Map menu.
    harness.get_by_label("Map").click();
    harness.run();
    harness.get_by_label("New map from template").hover();
    harness.run();
    harness.get_by_label("Six-stage purchase journey").click();
    harness.run();
    let map = harness.state().project().maps[0].clone();
    assert_eq!(map.stages.len(), 6);
    assert_eq!(map.stages[0].name, "Need recognition");

    // Add a touchpoint with the "+" of the hovered cell, and type its name.
    let lane_y = center_of(&harness, "Touchpoints").y;
    let first_stage_x = center_of(&harness, "Need recognition").x;
    harness.hover_at(Pos2::new(first_stage_x, lane_y));
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add card")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Rename")
        .type_text("Paiement en ligne");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let project = harness.state().project().clone();
    let card = project.maps[0]
        .cards
        .iter()
        .find(|c| c.title() == "Paiement en ligne")
        .expect("the new touchpoint is on the map")
        .clone();
    assert!(matches!(card.content, CardContent::Touchpoint(_)));
    assert_eq!(card.stage, map.stages[0].id);
    let touchpoint_lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .unwrap();
    assert_eq!(card.lane, touchpoint_lane.id);

    // Drag it to the "Purchase" stage.
    let from = center_of(&harness, "Paiement en ligne");
    let to = Pos2::new(center_of(&harness, "Purchase").x, from.y);
    drag(&mut harness, from, to);
    let stage_of =
        |h: &Harness<'_, ParcoursApp>| h.state().project().maps[0].card(card.id).map(|c| c.stage);
    assert_eq!(stage_of(&harness), Some(map.stages[4].id));

    // The Edit menu names the step; undo and redo it with the keyboard.
    harness.get_by_label("Edit").click();
    harness.run();
    let undo_item = harness.get_by_label_contains("Undo");
    assert_eq!(
        undo_item.accesskit_node().label().as_deref(),
        Some("Undo move 'Paiement en ligne' Ctrl+Z")
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(stage_of(&harness), Some(map.stages[0].id));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    harness.run();
    assert_eq!(stage_of(&harness), Some(map.stages[4].id));

    // Save, then delete the card: the saved file keeps it, and reopening brings it back.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    harness.state_mut().save_to(&path).unwrap();
    assert!(!harness.state().document().is_dirty());
    let saved = harness.state().project().clone();

    harness.get_by_label("Paiement en ligne").click();
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(harness.state().project().maps[0].card(card.id).is_none());
    assert!(harness.state().document().is_dirty());

    // Undo the deletion and save with Ctrl+S to the same file.
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    harness.key_press(egui::Key::Delete);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    let after_delete = harness.state().project().clone();
    assert!(path.with_file_name("atelier.ron.bak").exists());

    let reopened = Document::open(&path).unwrap();
    assert_eq!(reopened.project(), &after_delete);
    let backup = Document::open(&path.with_file_name("atelier.ron.bak")).unwrap();
    assert_eq!(backup.project(), &saved);

    harness.state_mut().open_path(&path);
    harness.run();
    assert_eq!(harness.state().project(), &after_delete);
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
}

#[test]
fn typing_a_title_in_the_inspector_is_one_undo_step() {
    let mut harness = harness(parcours::example::example_project());
    harness.get_by_label("Bouche-à-oreille").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .focus();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.run();
    for ch in [" ", "e", "t", " ", "a", "m", "i", "s"] {
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .type_text(ch);
        harness.run();
    }
    let title = |h: &Harness<'_, ParcoursApp>| {
        h.state().project().maps[0]
            .touchpoints_in_order()
            .iter()
            .map(|c| c.title().to_owned())
            .find(|t| t.starts_with("Bouche"))
            .unwrap()
    };
    assert_eq!(title(&harness), "Bouche-à-oreille et amis");
    // Leave the field, then one undo restores the whole title.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(title(&harness), "Bouche-à-oreille");
}

#[test]
fn an_unsaved_project_asks_before_new_discards_it() {
    let mut harness = harness(parcours::example::example_project());
    harness.get_by_label("Bouche-à-oreille").click();
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert!(
        harness
            .query_by_label("Save the changes to this project first?")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    let cards = harness.state().project().maps[0].cards.len();
    assert_eq!(
        cards,
        parcours::example::example_project().maps[0].cards.len() - 1
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().project().maps[0].cards.is_empty());
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_damaged_file_is_refused_with_its_line_and_column_and_nothing_changes() {
    let mut harness = harness(parcours::example::example_project());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("abime.ron");
    let text = parcours::example::EXAMPLE_RON;
    std::fs::write(&path, &text[..text.len() / 3]).unwrap();
    let before = harness.state().project().clone();
    harness.state_mut().open_path(&path);
    harness.run();
    let message = harness.state().dialog_message().expect("an error is shown");
    assert!(message.contains("abime.ron, line "), "{message}");
    assert!(message.contains(", column "), "{message}");
    assert_eq!(harness.state().project(), &before);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        &text[..text.len() / 3]
    );
}

#[test]
fn a_project_dropped_on_the_window_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    let mut project = Project::empty(Language::Fr);
    project.info.title = "Atelier du mardi".to_owned();
    parcours::file::save_project(&project, &path).unwrap();

    let mut harness = harness(parcours::example::example_project());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    settle(&mut harness);
    assert_eq!(harness.state().project().info.title, "Atelier du mardi");
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
}

#[test]
fn closing_the_window_with_unsaved_work_asks_first() {
    let mut harness = harness(parcours::example::example_project());
    harness.get_by_label("Bouche-à-oreille").click();
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(commands.contains(&egui::ViewportCommand::CancelClose));
    harness.run();
    assert!(
        harness
            .query_by_label("Save the changes to this project first?")
            .is_some()
    );
    // Cancel keeps the window and the work.
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().document().is_dirty());
    assert!(harness.state().dialog_message().is_none());
}
