//! Presentation mode driven by its keys: F5 opens it over the whole window, the steps go
//! overview → stages and back, Esc finds the editor as it was; an ended move costs nothing;
//! a saved view's hidden lanes show nowhere; the spotlight as a room sees it.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::document::Document;
use parcours::example::{EXAMPLE_FILE_NAME, example_project};
use parcours::i18n::Language;
use parcours::model::{LaneKind, SavedView};
use parcours::scene::Owner;
use parcours::ui::command::PresentCommand;
use parcours::ui::{Command, ParcoursApp, Selection};

fn press(harness: &mut Harness<'_, ParcoursApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// The marker the presentation shows, as its label says.
fn marker(harness: &Harness<'_, ParcoursApp>) -> String {
    let presentation = harness.state().presentation().expect("presenting");
    presentation.marker(Language::En)
}

#[test]
fn f5_presents_the_map_step_by_step_and_esc_finds_the_editor_as_it_was() {
    let mut harness = common::ui::harness(example_project());
    harness.run();
    let first = harness.state().project().maps[0].cards[0].id;
    harness.state_mut().select(Selection::Cards(vec![first]));
    harness.run();
    let zoom = harness.state().canvas_zoom();
    assert!(harness.query_by_label("File").is_some());

    press(&mut harness, Key::F5);
    assert!(harness.state().is_presenting());
    // The editing chrome is gone: no menus, no status bar, no inspector.
    assert!(harness.query_by_label("File").is_none());
    assert!(harness.query_by_label("Undo").is_none());
    assert_eq!(marker(&harness), "Overview");
    harness.get_by_label("Overview");

    let stages: Vec<String> = harness.state().project().maps[0]
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    press(&mut harness, Key::ArrowRight);
    assert_eq!(marker(&harness), format!("{} · 1 / 6", stages[0]));
    press(&mut harness, Key::Space);
    press(&mut harness, Key::PageDown);
    assert_eq!(marker(&harness), format!("{} · 3 / 6", stages[2]));
    harness.get_by_label(&format!("{} · 3 / 6", stages[2]));
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().presentation().unwrap().step, 2);
    press(&mut harness, Key::End);
    assert_eq!(marker(&harness), format!("{} · 6 / 6", stages[5]));
    // Past the last stage, the last stays.
    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().presentation().unwrap().step, 6);
    press(&mut harness, Key::Home);
    assert_eq!(harness.state().presentation().unwrap().step, 1);
    press(&mut harness, Key::Num4);
    assert_eq!(marker(&harness), format!("{} · 4 / 6", stages[3]));
    press(&mut harness, Key::PageUp);
    press(&mut harness, Key::Backspace);
    assert_eq!(harness.state().presentation().unwrap().step, 2);
    press(&mut harness, Key::O);
    assert_eq!(marker(&harness), "Overview");
    // Editing keys do nothing in a presentation.
    press(&mut harness, Key::Delete);
    assert_eq!(harness.state().project(), &example_project());

    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_presenting());
    harness.get_by_label("File");
    assert_eq!(harness.state().selection(), &Selection::Cards(vec![first]));
    assert_eq!(harness.state().canvas_zoom(), zoom);
    assert_eq!(
        harness.state().current_map(),
        Some(harness.state().project().maps[0].id)
    );
}

#[test]
fn view_present_in_the_menu_and_a_click_goes_on() {
    let mut harness = common::ui::harness(example_project());
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("Present").click();
    harness.run();
    assert!(harness.state().is_presenting());
    harness.get_by_label("Overview").click();
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().step, 1);
}

#[test]
fn the_presentation_requests_no_repaint_once_a_move_has_ended() {
    use egui::{RawInput, Rect, ViewportId, pos2, vec2};
    let ctx = egui::Context::default();
    let doc = Document::new(example_project(), None);
    let mut app = ParcoursApp::with_document(&ctx, doc, Language::En);
    let input = |frame: u32| RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1366.0, 768.0))),
        time: Some(f64::from(frame) * 0.1),
        ..Default::default()
    };
    let mut frame = 0;
    let mut run = |app: &mut ParcoursApp| {
        let mut output = ctx.run_ui(input(frame), |ui| app.show(ui));
        frame += 1;
        output.textures_delta.clear();
        output.viewport_output[&ViewportId::ROOT].repaint_delay != std::time::Duration::MAX
    };
    for _ in 0..4 {
        run(&mut app);
    }
    app.command(Command::Present(None));
    run(&mut app);
    app.command(Command::Presenting(PresentCommand::NextStep));
    // The move animates: frames follow one another while it lasts.
    run(&mut app);
    assert!(run(&mut app), "a move asks for its next frame");
    for _ in 0..6 {
        run(&mut app);
    }
    assert_eq!(app.presentation().unwrap().step, 1);
    assert!(!run(&mut app), "an ended move asks for nothing");
}

/// The example with a view that hides the two text lanes and plays three stages, the last
/// first.
fn example_with_a_view() -> parcours::model::Project {
    let mut project = common::ui::example_with_survey();
    let map = &mut project.maps[0];
    let hidden: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Text)
        .map(|l| l.id)
        .collect();
    assert_eq!(hidden.len(), 2);
    let stages = vec![map.stages[5].id, map.stages[1].id, map.stages[2].id];
    map.views.push(SavedView {
        name: "Comité".into(),
        hidden_lanes: hidden,
        stages: Some(stages),
        ..SavedView::default()
    });
    map.stages[2].notes = "Insister sur le comparateur.".into();
    project
}

#[test]
fn a_view_hiding_two_lanes_shows_their_cards_nowhere_and_survives_save_and_load() {
    let project = example_with_a_view();
    let map = &project.maps[0];
    let hidden_cards: Vec<_> = map
        .cards
        .iter()
        .filter(|c| map.views[0].hidden_lanes.contains(&c.lane))
        .map(|c| c.id)
        .collect();
    assert!(hidden_cards.len() >= 12);
    let mut harness = common::ui::harness(project.clone());
    harness.run();
    harness.state_mut().command(Command::Present(Some(0)));
    harness.run();
    let deck = harness.state().presentation().unwrap().deck().unwrap();
    assert_eq!(
        deck.steps.len(),
        4,
        "the overview and the view's three stages"
    );
    let owners: std::collections::HashSet<_> =
        deck.scene.shapes.iter().filter_map(|d| d.owner).collect();
    for card in &hidden_cards {
        assert!(!owners.contains(&Owner::Card(*card)));
    }
    // Played in the view's order: the last stage first.
    press(&mut harness, Key::ArrowRight);
    assert_eq!(
        marker(&harness),
        format!("{} · 1 / 3", project.maps[0].stages[5].name)
    );

    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("vues.ron");
    parcours::file::save_project(&project, &path).unwrap();
    let loaded = parcours::file::load_project(&path).unwrap();
    assert_eq!(loaded.maps[0].views, project.maps[0].views);
    assert_eq!(
        loaded.maps[0].stages[2].notes,
        "Insister sur le comparateur."
    );
}

#[test]
fn the_spotlight_on_the_third_stage() {
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1366.0, 768.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(|cc| {
            let doc = Document::new(
                common::ui::example_with_survey(),
                Some(EXAMPLE_FILE_NAME.to_owned()),
            );
            ParcoursApp::with_document(&cc.egui_ctx, doc, Language::Fr)
        });
    harness.run();
    harness.state_mut().command(Command::Present(None));
    harness.run();
    harness
        .state_mut()
        .command(Command::Presenting(PresentCommand::GoToStage(3)));
    harness.run();
    harness.snapshot("spotlight_third_stage");
}

#[test]
fn presenter_tools_blank_point_zoom_scroll_and_open_the_presenter_window() {
    let mut project = example_project();
    project.maps[0].stages[0].notes = "Commencer par l'histoire de Camille.".into();
    let mut harness = common::ui::harness_sized(project, Language::En, Vec2::new(1366.0, 768.0));
    harness.run();
    press(&mut harness, Key::F5);
    press(&mut harness, Key::ArrowRight);
    let p = |h: &Harness<'_, ParcoursApp>| {
        let p = h.state().presentation().unwrap();
        (p.blank, p.laser, p.presenter, p.scroll)
    };
    press(&mut harness, Key::B);
    assert_eq!(p(&harness).0, Some(parcours::ui::present::Blank::Black));
    press(&mut harness, Key::W);
    assert_eq!(p(&harness).0, Some(parcours::ui::present::Blank::White));
    press(&mut harness, Key::W);
    assert_eq!(p(&harness).0, None);
    press(&mut harness, Key::L);
    assert!(p(&harness).1);
    press(&mut harness, Key::L);
    assert!(!p(&harness).1);
    // A stage taller than the screen scrolls down, and back up.
    press(&mut harness, Key::ArrowDown);
    assert!(p(&harness).3 > 0.0);
    press(&mut harness, Key::ArrowUp);
    assert_eq!(p(&harness).3, 0.0);
    // The presenter's window shows the stage's notes and what comes next.
    press(&mut harness, Key::P);
    assert!(p(&harness).2);
    harness.get_by_label("Commencer par l'histoire de Camille.");
    harness.get_by_label("Next");
    press(&mut harness, Key::P);
    assert!(!p(&harness).2);
    // Z on a card zooms on it; Z again goes back; a step's keys leave the zoom.
    harness.hover_at(egui::pos2(820.0, 220.0));
    harness.run();
    press(&mut harness, Key::Z);
    assert!(harness.state().presentation().unwrap().is_zoomed_on_card());
    press(&mut harness, Key::Z);
    assert!(!harness.state().presentation().unwrap().is_zoomed_on_card());
    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_presenting());
}
