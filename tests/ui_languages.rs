//! The window in German and in French, driven by its labels: translated menus, templates,
//! plurals in the status bar, and figures written with the language's decimal comma.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;

use common::ui::{Dropped, data, harness, harness_in, settle};
use egui_kittest::kittest::Queryable;
use parcours::i18n::Language;
use parcours::model::Project;

#[test]
fn german_menus_and_templates_and_a_pluralised_status_bar() {
    let mut harness = harness_in(Project::empty(Language::De), Language::De);
    harness.get_by_label("Datei");
    harness.get_by_label("Bearbeiten");
    harness.get_by_label("Ansicht");

    // A map from the German purchase journey.
    harness.get_by_label("Karte").click();
    harness.run();
    harness.get_by_label("Neue Karte aus Vorlage").hover();
    harness.run();
    harness.get_by_label("Kaufprozess in sechs Phasen").click();
    harness.run();
    let map = harness.state().project().maps[0].clone();
    assert_eq!(map.stages[0].name, "Bedarfserkennung");
    assert!(map.lanes.iter().any(|l| l.title == "Kontaktpunkte"));
    // No card yet: "0 Karten"; the plural follows the count.
    harness.get_by_label_contains("Kaufprozess in sechs Phasen · 0 Karten");
}

#[test]
fn the_status_bar_counts_one_card_and_two_cards() {
    let mut project = parcours::example::example_project();
    let map = &mut project.maps[0];
    let first = map.cards[0].clone();
    map.cards = vec![first];
    let name = map.name.clone();
    let mut harness = harness(project.clone());
    harness.run();
    harness.get_by_label_contains(&format!("{name} · 1 card"));
    assert!(
        harness
            .query_by_label_contains(&format!("{name} · 1 cards"))
            .is_none()
    );

    let mut two = project;
    let mut second = two.maps[0].cards[0].clone();
    second.id = two.next_id.fresh_card_id();
    two.maps[0].cards.push(second);
    let mut harness = harness_in(two, Language::Fr);
    harness.run();
    harness.get_by_label_contains(&format!("{name} · 2 cartes"));
}

#[test]
fn the_language_menu_switches_the_interface_at_once() {
    let mut harness = harness(parcours::example::example_project());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").hover();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();
    harness.get_by_label("Datei");
    harness.get_by_label("Ansicht").click();
    harness.run();
    harness.get_by_label("Sprache").hover();
    harness.run();
    harness.get_by_label("Français").click();
    harness.run();
    harness.get_by_label("Fichier");
    harness.get_by_label("Affichage");
    assert_eq!(harness.state().language(), Language::Fr);
}

#[test]
fn a_french_nps_is_written_with_a_decimal_comma() {
    let mut harness = harness_in(parcours::example::example_project(), Language::Fr);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(data("reponses_parcours_velo.csv"))));
    settle(&mut harness);
    harness.get_by_label("Suivant").click();
    settle(&mut harness);
    harness.get_by_label("Importer").click();
    settle(&mut harness);
    // The report: thousands grouped with a narrow no-break space, plurals in French.
    harness.get_by_label_contains(
        "2\u{202f}400 lignes lues, 2\u{202f}400 utilisées, 0 écartée\u{202f}; 0 valeur non comptée.",
    );
    harness.get_by_label("Fermer").click();
    harness.run();
    harness.state_mut().request_fit();
    harness.run();
    // The badge of a touchpoint: a decimal comma, in the margin too.
    harness.get_by_label_contains("Livraison à domicile, NPS -64,2 ±9,6 (n = 162)");
}
