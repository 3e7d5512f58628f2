//! When nothing changes, the app asks for no repaint: an idle window costs nothing.

use egui::{RawInput, Rect, ViewportId, pos2, vec2};
use parcours::document::Document;
use parcours::example::example_project;
use parcours::i18n::Language;
use parcours::ui::ParcoursApp;

#[test]
fn an_idle_app_requests_no_repaint() {
    let ctx = egui::Context::default();
    let mut app =
        ParcoursApp::with_document(&ctx, Document::new(example_project(), None), Language::En);
    let input = || RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1600.0, 900.0))),
        ..Default::default()
    };
    // Let layout settle (first frames measure text and panels).
    for _ in 0..4 {
        let mut output = ctx.run_ui(input(), |ui| app.show(ui));
        output.textures_delta.clear();
    }
    let mut output = ctx.run_ui(input(), |ui| app.show(ui));
    output.textures_delta.clear();
    let delay = output.viewport_output[&ViewportId::ROOT].repaint_delay;
    assert_eq!(
        delay,
        std::time::Duration::MAX,
        "the idle app asked for a repaint"
    );
}
