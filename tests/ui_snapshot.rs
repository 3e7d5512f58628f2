//! An image snapshot of the example map as the app shows it at start.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::Vec2;
use egui_kittest::Harness;
use parcours::document::Document;
use parcours::example::{EXAMPLE_FILE_NAME, example_project};
use parcours::i18n::Language;
use parcours::ui::ParcoursApp;

#[test]
fn the_example_map_at_start() {
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1600.0, 900.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(|cc| {
            let doc = Document::new(example_project(), Some(EXAMPLE_FILE_NAME.to_owned()));
            ParcoursApp::with_document(&cc.egui_ctx, doc, Language::Fr)
        });
    harness.run();
    harness.snapshot("example_map");
}

/// The example with the workshop survey imported: badges in the survey scores lane and
/// touchpoints tinted by NPS, scrolled so that both show.
#[test]
fn the_example_map_with_survey_scores() {
    let project = common::ui::example_with_survey();
    let mut harness = Harness::builder()
        .with_size(Vec2::new(1600.0, 900.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(|cc| {
            let doc = Document::new(project, Some(EXAMPLE_FILE_NAME.to_owned()));
            let mut app = ParcoursApp::with_document(&cc.egui_ctx, doc, Language::Fr);
            app.set_heat_map(Some(parcours::model::MetricKind::Nps));
            app.request_fit();
            app
        });
    harness.run();
    harness.snapshot("example_map_with_scores");
}
