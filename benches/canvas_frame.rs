//! One canvas frame (egui run + tessellate at 1600×900) for maps of 100, 1,000 and 10,000
//! cards: at the start view, fitted to the screen, with a card in the inspector, and fitted
//! with survey badges and the NPS heat map; and the layout of a whole map.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{add_survey, project_with_cards};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::{RawInput, Rect, pos2, vec2};
use parcours::document::Document;
use parcours::i18n::Language;
use parcours::layout::MapLayout;
use parcours::model::MetricKind;
use parcours::ui::{ParcoursApp, Selection};

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1600.0, 900.0))),
        ..Default::default()
    }
}

fn canvas_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("canvas_frame");
    for cards in [100, 1_000, 10_000] {
        for view in ["start", "fit", "selected", "scores"] {
            let ctx = egui::Context::default();
            let mut project = project_with_cards(cards);
            if view == "scores" {
                add_survey(&mut project);
            }
            let mut app =
                ParcoursApp::with_document(&ctx, Document::new(project, None), Language::En);
            if view == "scores" {
                // Badges in the metrics lane and cards tinted by NPS, the whole map in view.
                app.set_heat_map(Some(MetricKind::Nps));
                app.request_fit();
            }
            if view == "fit" {
                app.request_fit();
            }
            if view == "selected" {
                // A touchpoint in the inspector, as while editing it.
                let touchpoint = app.project().maps[0].touchpoints_in_order()[0].id;
                app.select(Selection::Cards(vec![touchpoint]));
            }
            for _ in 0..3 {
                let mut output = ctx.run_ui(input(), |ui| app.show(ui));
                output.textures_delta.clear();
            }
            group.bench_with_input(BenchmarkId::new(view, cards), &cards, |b, _| {
                b.iter(|| {
                    let mut output = ctx.run_ui(input(), |ui| app.show(ui));
                    output.textures_delta.clear();
                    ctx.tessellate(output.shapes, output.pixels_per_point)
                });
            });
        }
    }
    group.finish();
}

/// Laying out a whole map: done again after every change, e.g. at each keystroke in the
/// inspector.
fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    for cards in [100, 1_000, 10_000] {
        let project = project_with_cards(cards);
        group.bench_with_input(
            BenchmarkId::from_parameter(cards),
            &project,
            |b, project| {
                b.iter(|| MapLayout::compute(&project.maps[0]));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, canvas_frame, layout);
criterion_main!(benches);
