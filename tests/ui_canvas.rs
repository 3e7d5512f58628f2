//! Canvas gestures driven through the real app: stage headers, the emotion curve,
//! clipboard, rubber band and the interface language.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ui::drag;
use egui::{Modifiers, Pos2, Role, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::document::Document;
use parcours::example::example_project;
use parcours::i18n::Language;
use parcours::model::{CardContent, JourneyMap};
use parcours::ui::{ParcoursApp, Selection};

fn harness() -> Harness<'static, ParcoursApp> {
    Harness::builder()
        .with_size(Vec2::new(1600.0, 900.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(|cc| {
            ParcoursApp::with_document(
                &cc.egui_ctx,
                Document::new(example_project(), None),
                Language::En,
            )
        })
}

fn map(harness: &Harness<'_, ParcoursApp>) -> JourneyMap {
    harness.state().project().maps[0].clone()
}

#[test]
fn dragging_a_stage_header_reorders_the_stages_and_undo_puts_it_back() {
    let mut harness = harness();
    let before: Vec<String> = map(&harness)
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    let from = harness.get_by_label("Comparaison").rect().center();
    let decision = harness.get_by_label("Décision").rect();
    drag(
        &mut harness,
        from,
        pos(decision.right() - 10.0, from.y),
        Modifiers::NONE,
    );
    let after: Vec<String> = map(&harness)
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(after[2], "Décision");
    assert_eq!(after[3], "Comparaison");
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let undone: Vec<String> = map(&harness)
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(undone, before);
}

fn pos(x: f32, y: f32) -> Pos2 {
    Pos2::new(x, y)
}

#[test]
fn dragging_a_stage_edge_resizes_it_in_one_step() {
    let mut harness = harness();
    let header = harness.get_by_label("Reconnaissance du besoin").rect();
    let width_before = map(&harness).stages[0].width;
    // The resize handle sits on the column's edge, just right of the header's colour.
    let edge = pos(header.right() + 3.0, header.center().y);
    drag(&mut harness, edge, edge + vec2(100.0, 0.0), Modifiers::NONE);
    let width_after = map(&harness).stages[0].width;
    assert!(
        width_after > width_before + 80.0,
        "{width_before} → {width_after}"
    );
    assert_eq!(harness.state().document().history().undo_len(), 1);
}

#[test]
fn dragging_a_face_down_lowers_the_emotion() {
    let mut harness = harness();
    let face = harness
        .get_by_label_contains("Emotion Bouche-à-oreille")
        .rect()
        .center();
    // Three points lower on the scale.
    let step = harness.state().canvas_zoom()
        * (parcours::layout::metrics::EMOTION_LANE_HEIGHT
            - 2.0 * parcours::layout::metrics::EMOTION_PADDING)
        / 6.0;
    drag(
        &mut harness,
        face,
        face + vec2(0.0, 3.0 * step),
        Modifiers::NONE,
    );
    let emotion = map(&harness)
        .cards
        .iter()
        .find_map(|c| match &c.content {
            CardContent::Touchpoint(t) if t.title == "Bouche-à-oreille" => Some(t.emotion),
            _ => None,
        })
        .unwrap();
    assert_eq!(emotion, -1);
}

#[test]
fn copy_then_paste_puts_a_copy_after_the_selected_card() {
    let mut harness = harness();
    let count = map(&harness).cards.len();
    harness.get_by_label("Bouche-à-oreille").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::C);
    harness.run();
    harness.get_by_label("Conseil vendeur").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::V);
    harness.run();
    let after = map(&harness);
    assert_eq!(after.cards.len(), count + 1);
    let conseil = after
        .cards
        .iter()
        .find(|c| c.title() == "Conseil vendeur")
        .unwrap();
    let cell: Vec<&str> = after
        .cell_cards(conseil.stage, conseil.lane)
        .map(|c| c.title())
        .collect();
    assert_eq!(
        cell,
        ["Conseil vendeur", "Bouche-à-oreille", "Chat en ligne"]
    );
    // The pasted card is selected; Ctrl+D duplicates it right after itself.
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::D);
    harness.run();
    assert_eq!(map(&harness).cards.len(), count + 2);
}

#[test]
fn text_pasted_from_another_app_becomes_one_card_per_line() {
    let mut harness = harness();
    harness.get_by_label("Essai en magasin").click();
    harness.run();
    harness.event(egui::Event::Paste(
        "Réservation de l'essai\n\nRetour du vélo\n".to_owned(),
    ));
    harness.run();
    let after = map(&harness);
    let essai = after
        .cards
        .iter()
        .find(|c| c.title() == "Essai en magasin")
        .unwrap();
    let cell: Vec<&str> = after
        .cell_cards(essai.stage, essai.lane)
        .map(|c| c.title())
        .collect();
    assert_eq!(
        cell,
        [
            "Comparateur en ligne",
            "Essai en magasin",
            "Réservation de l'essai",
            "Retour du vélo"
        ]
    );
}

#[test]
fn shift_dragging_the_background_selects_with_a_rubber_band() {
    let mut harness = harness();
    let a = harness.get_by_label("Publicité réseaux sociaux").rect();
    let b = harness.get_by_label("Forum et avis clients").rect();
    drag(
        &mut harness,
        a.left_top() - vec2(6.0, 6.0),
        b.right_bottom() + vec2(4.0, 4.0),
        Modifiers::SHIFT,
    );
    let Selection::Cards(ids) = harness.state().selection().clone() else {
        panic!(
            "cards should be selected, not {:?}",
            harness.state().selection()
        );
    };
    let map = map(&harness);
    let mut titles: Vec<&str> = ids
        .iter()
        .map(|id| map.card(*id).unwrap().title())
        .collect();
    titles.sort_unstable();
    assert_eq!(
        titles,
        [
            "Bouche-à-oreille",
            "Forum et avis clients",
            "Publicité réseaux sociaux",
            "Site web – pages conseils"
        ]
    );
    // Delete removes all four in one step.
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert_eq!(
        harness.state().project().maps[0].cards.len(),
        map.cards.len() - 4
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().project().maps[0].cards.len(),
        map.cards.len()
    );
}

#[test]
fn the_interface_switches_to_french() {
    let mut harness = harness();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").hover();
    harness.run();
    harness.get_by_label("Français").click();
    harness.run();
    assert_eq!(harness.state().language(), Language::Fr);
    assert!(harness.query_by_label("Fichier").is_some());
    assert!(harness.query_by_label("Affichage").is_some());
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "File")
            .is_none()
    );
}

#[test]
fn dragging_a_card_within_its_cell_reorders_it() {
    let mut harness = harness();
    let first = harness.get_by_label("Publicité réseaux sociaux").rect();
    let second = harness.get_by_label("Bouche-à-oreille").rect();
    // Drop the second card on the upper half of the first.
    drag(
        &mut harness,
        second.center(),
        pos(first.center().x, first.top() + 8.0),
        Modifiers::NONE,
    );
    let map = map(&harness);
    let moved = map
        .cards
        .iter()
        .find(|c| c.title() == "Bouche-à-oreille")
        .unwrap();
    let cell: Vec<&str> = map
        .cell_cards(moved.stage, moved.lane)
        .map(|c| c.title())
        .collect();
    assert_eq!(cell, ["Bouche-à-oreille", "Publicité réseaux sociaux"]);
    assert_eq!(
        harness
            .state()
            .document()
            .history()
            .undo_label()
            .map(|l| l.text(Language::En)),
        Some("move 'Bouche-à-oreille'".to_owned())
    );
}

#[test]
fn shift_click_adds_to_the_selection_and_the_context_menu_duplicates() {
    let mut harness = harness();
    let count = map(&harness).cards.len();
    harness.get_by_label("Bouche-à-oreille").click();
    harness.run();
    harness
        .get_by_label("Conseil vendeur")
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    assert_eq!(harness.state().selection().cards().len(), 2);
    // Right-click one of them: the menu acts on both.
    let card = harness.get_by_label("Conseil vendeur").rect();
    harness.get_by_label("Conseil vendeur").click_secondary();
    harness.run();
    // The inspector also has a Duplicate button; take the menu's, next to the card.
    harness
        .get_all_by_label("Duplicate")
        .min_by_key(|node| (node.rect().center() - card.center()).length() as i64)
        .unwrap()
        .click();
    harness.run();
    let after = map(&harness);
    assert_eq!(after.cards.len(), count + 2);
    let titles = |title: &str| after.cards.iter().filter(|c| c.title() == title).count();
    assert_eq!(titles("Bouche-à-oreille"), 2);
    assert_eq!(titles("Conseil vendeur"), 2);
}

#[test]
fn the_navigator_adds_a_persona_and_the_map_is_seen_through_it() {
    let mut harness = harness();
    harness.get_by_label("Add persona").click();
    harness.run();
    let personas = harness.state().project().personas.clone();
    assert_eq!(personas.len(), 2);
    // The new persona is selected: name it in the inspector.
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Karim, 52 ans, artisan");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().project().personas[1].name,
        "Karim, 52 ans, artisan"
    );
    // Pick it for the map in the map's inspector.
    harness
        .get_by_label("Achat d'un vélo électrique — aujourd'hui")
        .click();
    harness.run();
    harness.get_by_label("Seen through").click();
    harness.run();
    harness
        .get_all_by_label("Karim, 52 ans, artisan")
        .last()
        .unwrap()
        .click();
    harness.run();
    let karim = harness.state().project().personas[1].id;
    assert_eq!(map(&harness).persona, Some(karim));
}

#[test]
fn the_navigator_duplicates_a_map_with_all_its_cards() {
    let mut harness = harness();
    harness
        .get_by_label("Achat d'un vélo électrique — aujourd'hui")
        .click_secondary();
    harness.run();
    harness.get_by_label("Duplicate").click();
    harness.run();
    let project = harness.state().project().clone();
    assert_eq!(project.maps.len(), 2);
    assert_eq!(project.maps[1].cards.len(), project.maps[0].cards.len());
    assert_eq!(harness.state().current_map(), Some(project.maps[1].id));
    // The copy is independent: its ids are new.
    assert!(
        project.maps[1]
            .cards
            .iter()
            .all(|c| project.maps[0].card(c.id).is_none())
    );
    // And the file with both maps is valid.
    let text = parcours::file::to_ron(&project).unwrap();
    parcours::file::parse_project(text.as_bytes(), std::path::Path::new("p.ron")).unwrap();
}

#[test]
fn arrow_keys_move_the_selection_and_enter_renames() {
    let mut harness = harness();
    let title_of_selection = |h: &Harness<'_, ParcoursApp>| {
        let id = h.state().selection().cards()[0];
        map(h).card(id).unwrap().title().to_owned()
    };
    harness.get_by_label("Site web – pages conseils").click();
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(title_of_selection(&harness), "Comparateur en ligne");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(title_of_selection(&harness), "Essai en magasin");
    // Far to the right, off screen: the canvas scrolls to show it.
    for _ in 0..3 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    assert_eq!(title_of_selection(&harness), "Programme de fidélité");
    let card = harness.get_by_label("Programme de fidélité").rect();
    let inspector = harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .rect();
    assert!(
        card.max.x < inspector.min.x,
        "{card:?} is hidden under the inspector"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Rename")
        .type_text("Club VéloCité");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(title_of_selection(&harness), "Club VéloCité");
}

#[test]
fn a_face_dragged_in_a_second_emotion_lane_changes_the_emotion() {
    let mut harness = harness();
    harness.get_by_label("Map").click();
    harness.run();
    harness.get_by_label("Add lane").hover();
    harness.run();
    harness.get_by_label("Emotion curve").click();
    harness.run();
    // See the whole map, both emotion lanes included.
    harness.key_press_modifiers(Modifiers::SHIFT, egui::Key::Num1);
    harness.run();
    let faces: Vec<_> = harness
        .get_all_by_label_contains("Emotion Bouche-à-oreille")
        .map(|node| node.rect().center())
        .collect();
    assert_eq!(faces.len(), 2, "one face per emotion lane");
    let lower = faces
        .into_iter()
        .max_by(|a, b| a.y.total_cmp(&b.y))
        .unwrap();
    let step = harness.state().canvas_zoom()
        * (parcours::layout::metrics::EMOTION_LANE_HEIGHT
            - 2.0 * parcours::layout::metrics::EMOTION_PADDING)
        / 6.0;
    drag(
        &mut harness,
        lower,
        lower + vec2(0.0, 3.0 * step),
        Modifiers::NONE,
    );
    let emotion = map(&harness)
        .cards
        .iter()
        .find_map(|c| match &c.content {
            CardContent::Touchpoint(t) if t.title == "Bouche-à-oreille" => Some(t.emotion),
            _ => None,
        })
        .unwrap();
    assert_eq!(emotion, -1);
}
