//! Export from the window, driven as a user does: File → Export…, the options, Export; and
//! the canvas painting the very lines every export writes.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::Vec2;
use egui_kittest::kittest::Queryable;
use parcours::i18n::Language;
use parcours::layout::MapLayout;
use parcours::metrics::CardScores;
use parcours::scene::{Owner, SceneInput, ScoreView, TextMeasure, build_scene};
use parcours::ui::command::Command;

#[test]
fn file_export_writes_a_pdf_of_the_map_beside_the_project() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = common::ui::harness(common::ui::example_with_survey());
    harness
        .state_mut()
        .use_own_file_dialogs(Some(folder.path().to_owned()));
    let project = folder.path().join("velo.ron");
    harness.state_mut().save_to(&project).unwrap();
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Export…").click();
    common::ui::settle(&mut harness);
    // The dialog proposes a PDF of the map beside the project, and shows its first page.
    harness.get_by_label("Format");
    harness.get_by_label_contains("velo - Achat d'un vélo électrique — aujourd'hui.pdf");
    harness.get_by_label("First page");
    // A poster, at 50 %.
    // Clicked by the pointer, as a hand does.
    harness.get_by_label("Poster").click();
    common::ui::settle(&mut harness);
    harness.get_by_role_and_label(egui::accesskit::Role::Slider, "Print scale");
    harness.get_by_label("One page").click();
    common::ui::settle(&mut harness);
    harness.get_all_by_label("Export").last().unwrap().click();
    common::ui::settle(&mut harness);
    let pdf = folder
        .path()
        .join("velo - Achat d'un vélo électrique — aujourd'hui.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    harness.get_by_label_contains("Exported velo - Achat");
    // The choices are remembered: the dialog opens on them again.
    harness.state_mut().command(Command::Export);
    harness.run();
    harness.get_by_label("First page");
    // The status bar's notice, and the dialog's file.
    assert_eq!(
        harness
            .query_all_by_label_contains("aujourd'hui.pdf")
            .count(),
        2
    );
}

#[test]
fn the_canvas_paints_the_lines_the_scene_broke_the_text_into() {
    let project = parcours::example::example_project();
    let map = project.maps[0].clone();
    let mut harness = common::ui::harness_sized(project, Language::En, Vec2::new(1700.0, 2400.0));
    harness.run();
    // Wide enough for the whole map at 100 %.
    // Each painted row: its text, whether it is a row of its own (not a line egui wrapped),
    // and its width.
    let mut painted: Vec<(String, usize, f32)> = Vec::new();
    for clipped in &harness.output().shapes {
        if let egui::Shape::Text(text) = &clipped.shape {
            let galley = &text.galley;
            let lines: Vec<&str> = galley.text().split('\n').collect();
            // As many rows as lines: egui wrapped nothing.
            let rows = if galley.rows.len() == lines.len() {
                1
            } else {
                galley.rows.len()
            };
            for (line, row) in lines.iter().zip(&galley.rows) {
                painted.push(((*line).to_owned(), rows, row.rect().width()));
            }
        }
    }
    let layout = MapLayout::with_scores(&map, false);
    let scores = CardScores::default();
    let scene = build_scene(&SceneInput {
        map: &map,
        layout: &layout,
        persona: None,
        scores: &scores,
        view: ScoreView::default(),
        language: Language::En,
        editor: true,
        full_titles: false,
        last_vote: true,
    });
    let measure = TextMeasure::get();
    let mut compared = 0;
    let mut ratios = Vec::new();
    for card in &map.cards {
        for block in scene.texts_of(Owner::Card(card.id)) {
            for line in &block.lines {
                let found = painted.iter().find(|(text, _, _)| text == line);
                let (_, rows, width) =
                    found.unwrap_or_else(|| panic!("{line:?} is not painted as one line"));
                assert_eq!(*rows, 1, "{line:?}");
                ratios.push((line.clone(), *width / measure.width(line, block.size)));
                compared += 1;
            }
        }
    }
    assert!(compared > 100, "{compared} lines compared");
    // egui measures every line as the scene did, at the zoom of the view: they fit where
    // the scene put them.
    let mut sorted: Vec<f32> = ratios.iter().map(|(_, r)| *r).collect();
    sorted.sort_by(f32::total_cmp);
    let zoom = sorted[sorted.len() / 2];
    assert!((0.5..=1.0).contains(&zoom), "zoom {zoom}");
    for (line, ratio) in ratios {
        assert!(
            (ratio / zoom - 1.0).abs() < 0.01,
            "{line:?}: {ratio} against {zoom}"
        );
    }
}

#[test]
fn a_verbatim_chosen_in_the_inspector_is_the_one_exports_quote() {
    let project = common::ui::example_with_survey();
    let card = project.maps[0]
        .touchpoints_in_order()
        .iter()
        .find(|c| c.title() == "Paiement en ligne")
        .unwrap()
        .id;
    let mut harness = common::ui::harness(project);
    harness
        .state_mut()
        .select(parcours::ui::Selection::Cards(vec![card]));
    harness.run();
    let star = harness
        .get_all_by_label("Quote it in exports (booklet, HTML viewer)")
        .nth(2)
        .unwrap();
    star.scroll_to_me();
    harness.run();
    harness
        .get_all_by_label("Quote it in exports (booklet, HTML viewer)")
        .nth(2)
        .unwrap()
        .click();
    harness.run();
    let project = harness.state().project().clone();
    let touchpoint = project.maps[0].card(card).unwrap();
    let parcours::model::CardContent::Touchpoint(t) = &touchpoint.content else {
        panic!("a touchpoint");
    };
    assert_eq!(t.quotes.len(), 1, "one verbatim chosen");
    // The booklet and the viewer quote it, and only it.
    let wave = project.waves.last();
    let quoted = parcours::export::quotes_of(touchpoint, wave, &Default::default(), 3);
    assert_eq!(quoted, t.quotes);
    // Chosen again: no longer quoted, and the export quotes the first verbatims again.
    harness
        .get_all_by_label("Quote it in exports (booklet, HTML viewer)")
        .nth(2)
        .unwrap()
        .click();
    harness.run();
    let project = harness.state().project().clone();
    let touchpoint = project.maps[0].card(card).unwrap();
    let quoted =
        parcours::export::quotes_of(touchpoint, project.waves.last(), &Default::default(), 3);
    assert_eq!(quoted.len(), 3);
    assert_ne!(quoted[0], t.quotes[0]);
}
