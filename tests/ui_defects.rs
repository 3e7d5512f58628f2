//! Defects a new user hit, each driven through the window as they found it, and held here.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ui::{click_at, drop_file, harness, harness_sized, settle};
use egui::{Key, Pos2, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::i18n::Language;
use parcours::model::{CardContent, Channel, LaneKind, Phase, Project};
use parcours::templates::Template;
use parcours::ui::ParcoursApp;

fn tools(name: &str) -> std::path::PathBuf {
    common::ui::data("tools").join(name)
}

/// Drops `path` and imports it as detected.
fn import(harness: &mut Harness<'_, ParcoursApp>, path: std::path::PathBuf) {
    drop_file(harness, path);
    harness.get_by_label("Next").click();
    settle(harness);
    harness.get_by_label("Import").click();
    settle(harness);
    harness.get_by_label("Close").click();
    harness.run();
}

/// A new project with the purchase journey, empty.
fn purchase_journey() -> Project {
    let mut project = Project::empty(Language::En);
    let map = Template::PurchaseJourney.build(Language::En, &mut project.next_id);
    project.maps.push(map);
    project
}

/// Where the empty cell of `stage` and `lane` is on screen.
fn cell_center(harness: &Harness<'_, ParcoursApp>, stage: &str, lane: &str) -> Pos2 {
    let x = harness.get_by_label(stage).rect().center().x;
    let y = harness.get_by_label(lane).rect().center().y;
    Pos2::new(x, y)
}

#[test]
fn a_new_wave_starts_with_no_filter_and_the_title_says_what_is_filtered() {
    let mut harness = harness(parcours::example::example_project());
    import(&mut harness, common::ui::data("reponses_parcours_velo.csv"));
    harness
        .get_by_role_and_label(Role::ComboBox, "Segment")
        .click();
    harness.run();
    harness.get_by_label("Professionnel").click();
    harness.run();
    harness.get_by_label("Dashboard").click();
    harness.run();
    // Filtered: the title names the segment, not "whole survey".
    harness.get_by_label_contains("reponses_parcours_velo · Professionnel");
    assert!(harness.query_by_label_contains("· whole survey").is_none());

    // A survey without segments: the filter does not outlive its wave.
    import(&mut harness, tools("channel_column.csv"));
    harness.get_by_label_contains("channel_column · whole survey");
    // Figures do not break across lines: their spaces are no-break ones.
    harness.get_by_label_contains("72\u{a0}responses");
}

#[test]
fn an_import_turns_the_heat_map_on_and_scores_sit_under_the_touchpoints() {
    let mut harness = harness(parcours::example::example_project());
    import(&mut harness, common::ui::data("reponses_parcours_velo.csv"));
    // The heat map shows the first metric the survey has.
    harness.get_by_label("NPS");
    let map = &harness.state().project().maps[0];
    let kinds: Vec<LaneKind> = map.lanes.iter().map(|l| l.kind).collect();
    let touchpoints = kinds
        .iter()
        .position(|k| *k == LaneKind::Touchpoints)
        .unwrap();
    assert_eq!(kinds[touchpoints + 1], LaneKind::Metrics);
}

#[test]
fn a_click_in_an_empty_cell_creates_nothing_and_the_plus_adds_a_card() {
    let mut harness = harness(purchase_journey());
    harness.state_mut().request_fit();
    harness.run();
    let cell = cell_center(&harness, "Need recognition", "Touchpoints");
    // Near the top of the empty cell, where the "+" used to be: a click deselects only.
    let top = Pos2::new(cell.x - 60.0, cell.y - 20.0);
    click_at(&mut harness, top);
    assert!(harness.state().project().maps[0].cards.is_empty());

    // The "+" is in the middle of the cell.
    harness.hover_at(cell);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add card")
        .click();
    harness.run();
    assert_eq!(harness.state().project().maps[0].cards.len(), 1);
}

#[test]
fn adding_and_naming_a_card_is_one_undo_step_and_escape_takes_it_back() {
    let mut harness = harness(purchase_journey());
    harness.state_mut().request_fit();
    harness.run();
    let cell = cell_center(&harness, "Need recognition", "Touchpoints");
    harness.hover_at(cell);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add card")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Rename")
        .type_text("Friend's advice");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let map = &harness.state().project().maps[0];
    assert_eq!(map.cards.len(), 1);
    assert_eq!(map.cards[0].title(), "Friend's advice");
    // A touchpoint in the first stage happens before purchase.
    let CardContent::Touchpoint(t) = &map.cards[0].content else {
        panic!("a touchpoint");
    };
    assert_eq!(t.phase, Phase::Before);
    // One undo: no card at all, not a card called "New card".
    assert!(harness.state().document().history().undo_label().is_some());
    harness
        .state_mut()
        .command(parcours::ui::command::Command::Undo);
    harness.run();
    assert!(harness.state().project().maps[0].cards.is_empty());
    assert!(harness.state().document().history().undo_label().is_none());

    // Escape while naming a new card: it is gone, and nothing is left to redo.
    harness.hover_at(cell);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add card")
        .click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().project().maps[0].cards.is_empty());
    assert!(harness.state().document().history().redo_label().is_none());
}

#[test]
fn a_new_touchpoint_takes_the_channel_of_its_stage() {
    let mut project = purchase_journey();
    let map = &mut project.maps[0];
    let (stage, lane) = (
        map.stages[3].id,
        map.lanes
            .iter()
            .find(|l| l.kind == LaneKind::Touchpoints)
            .unwrap()
            .id,
    );
    let content = map.new_card_content(stage, lane, "a".into()).unwrap();
    let CardContent::Touchpoint(mut first) = content else {
        panic!("a touchpoint");
    };
    first.channel = Channel::Store;
    let id = project.next_id.fresh_card_id();
    project.maps[0].cards.push(parcours::model::Card {
        id,
        stage,
        lane,
        content: CardContent::Touchpoint(first),
    });
    let CardContent::Touchpoint(next) = project.maps[0]
        .new_card_content(stage, lane, "b".into())
        .unwrap()
    else {
        panic!("a touchpoint");
    };
    assert_eq!(next.channel, Channel::Store);
    assert_eq!(next.phase, Phase::During);
}

#[test]
fn at_1366_by_768_the_whole_width_of_the_example_shows() {
    let mut harness = harness_sized(
        parcours::example::example_project(),
        Language::En,
        egui::vec2(1366.0, 768.0),
    );
    harness.run();
    // Nothing selected: no inspector; the navigator folded into a strip.
    assert!(harness.query_by_label_contains("Select a card").is_none());
    harness.get_by_label("Project navigator");
    let map = &harness.state().project().maps[0];
    for stage in &map.stages {
        let rect = harness.get_by_label(&stage.name).rect();
        assert!(
            rect.max.x <= 1366.0,
            "{} ends at {}",
            stage.name,
            rect.max.x
        );
    }
    assert!(
        harness.state().canvas_zoom() >= 0.8,
        "legible: {}",
        harness.state().canvas_zoom()
    );
    // The navigator opens from its strip and folds back.
    harness.get_by_label("Project navigator").click();
    harness.run();
    harness.get_by_label("Maps");
    harness.get_by_label("Fold the navigator away").click();
    harness.run();
    assert!(harness.query_by_label("Maps").is_none());
    // Selecting a card brings the inspector.
    harness.get_by_label("Paiement en ligne").click();
    harness.run();
    harness.get_by_label("Title");
}

#[test]
fn the_filter_bar_keeps_one_row_and_its_end_at_1366() {
    let mut harness = harness_sized(
        common::ui::example_with_survey(),
        Language::Fr,
        egui::vec2(1366.0, 768.0),
    );
    harness.run();
    harness.run();
    // The period and the badges moved into a menu; the dashboard is still in reach.
    let more = harness.get_by_label("Période, badges…").rect();
    let dashboard = harness.get_by_label("Tableau de bord").rect();
    assert!(dashboard.max.x <= 1366.0, "{dashboard:?}");
    // One row: everything on the bar at one height.
    assert!((more.center().y - dashboard.center().y).abs() < 4.0);
    // The reset button is there even with no filter (nothing moves when one is set).
    harness.get_by_label("Réinitialiser le filtre");
}

/// A small export in a folder of its own.
fn export(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.csv");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn a_role_menu_reopened_after_a_click_on_the_backdrop_takes_the_click() {
    let mut harness = harness(parcours::example::example_project());
    drop_file(&mut harness, common::ui::data("reponses_parcours_velo.csv"));
    // Every click by the pointer, as a hand does, so that what is on top takes it.
    let open_role_menu = |harness: &mut Harness<'_, ParcoursApp>| {
        let at = harness
            .get_by_role_and_label(Role::ComboBox, "4 · canal")
            .rect()
            .center();
        click_at(harness, at);
    };
    open_role_menu(&mut harness);
    // Dismissed by a click on the dimmed background, outside the dialog.
    click_at(&mut harness, Pos2::new(60.0, 860.0));
    // Opened again, its items take a click of the pointer, not the dialog beneath.
    open_role_menu(&mut harness);
    let item = harness.get_by_label("Segment").rect().center();
    click_at(&mut harness, item);
    harness.get_by_label("Next").click();
    settle(&mut harness);
    harness.get_by_label("Import").click();
    settle(&mut harness);
    let wave = &harness.state().project().waves[0];
    let canal = &wave.mapping.columns[3];
    assert_eq!(
        canal.role,
        parcours::model::ColumnRole::Segment,
        "{canal:?}"
    );
}

#[test]
fn choosing_csat_for_answers_outside_its_scale_warns_at_once() {
    let (_dir, path) = export(
        "touchpoint,mood\nWeb,-1\nWeb,3\nStore,0\nStore,2\nWeb,1\nStore,3\nWeb,-1\nStore,2\n",
    );
    let mut harness = harness(parcours::example::example_project());
    drop_file(&mut harness, path);
    harness
        .get_by_role_and_label(Role::ComboBox, "2 · mood")
        .click();
    harness.run();
    harness.get_by_label("CSAT").click();
    harness.run();
    harness.get_by_label_contains("answers run from -1 to 3, outside the CSAT scale 1–5");
}

#[test]
fn escape_closes_a_menu_and_a_context_menu() {
    let mut harness = harness(parcours::example::example_project());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Open recent").is_none());
    // A context menu too, and the selection stays.
    harness.get_by_label("Paiement en ligne").click_secondary();
    harness.run();
    harness.get_by_label("Duplicate");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Duplicate").is_none());
}

#[test]
fn a_title_cut_to_fit_its_card_shows_whole_on_hover() {
    let mut harness = harness(parcours::example::example_project());
    harness.run();
    let title = "Comparateur maison avec autonomie mesurée en conditions réelles";
    let card = harness.get_by_label(title).rect().center();
    harness.hover_at(card);
    harness.run();
    // The card names itself, and the tooltip gives the whole title.
    assert_eq!(harness.get_all_by_label(title).count(), 2);
}
