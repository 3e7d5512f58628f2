//! One canvas frame (egui run + tessellate at 1600×900) for maps of 100, 1,000 and 10,000
//! cards: at the start view, fitted to the screen, with a card in the inspector, and fitted
//! with survey badges and the NPS heat map; and the layout of a whole map.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::{RawInput, Rect, pos2, vec2};
use parcours::document::Document;
use parcours::i18n::Language;
use parcours::layout::MapLayout;
use parcours::model::{
    Card, CardContent, Channel, Mapping, MetricKind, Month, Project, RowCounts, ScoreCell,
    Touchpoint, Wave, WaveTouchpoint,
};
use parcours::templates::Template;
use parcours::ui::{ParcoursApp, Selection};

/// A purchase-journey map holding `cards` cards spread over its card lanes.
fn project_with_cards(cards: usize) -> Project {
    let mut project = Project::empty(Language::En);
    let mut map = Template::PurchaseJourney.build(Language::En, &mut project.next_id);
    // Big maps get more stages, as real big maps do.
    let stage_count = (cards / 50).max(6);
    while map.stages.len() < stage_count {
        let mut stage = map.stages[map.stages.len() % 6].clone();
        stage.id = project.next_id.fresh_stage_id();
        stage.name = format!("Stage {}", map.stages.len() + 1);
        map.stages.push(stage);
    }
    let lanes: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| l.kind.holds_cards())
        .cloned()
        .collect();
    for i in 0..cards {
        let stage = map.stages[i % map.stages.len()].id;
        let lane = &lanes[(i / map.stages.len()) % lanes.len()];
        let title = format!("Card number {i} with a title long enough to wrap onto two lines");
        let mut content = lane.kind.new_card_content(title.clone());
        if let CardContent::Touchpoint(_) = content {
            content = CardContent::Touchpoint(Touchpoint {
                title,
                channel: Channel::ALL[i % Channel::ALL.len()],
                emotion: (i % 7) as i8 - 3,
                ..Touchpoint::default()
            });
        }
        map.cards.push(Card {
            id: project.next_id.fresh_card_id(),
            stage,
            lane: lane.id,
            content,
        });
    }
    project.maps.push(map);
    project
}

/// A survey wave with answers for every touchpoint of the map: 3 segments × 8 months each.
fn add_survey(project: &mut Project) {
    let touchpoints: Vec<(parcours::model::CardId, String)> = project.maps[0]
        .touchpoints_in_order()
        .iter()
        .map(|c| (c.id, c.title().to_owned()))
        .collect();
    let mut cells = Vec::new();
    for (t, _) in touchpoints.iter().enumerate() {
        for segment in 0..3u32 {
            for month in 1..=8 {
                let nps: Vec<u64> = (0..11)
                    .map(|s| ((t + s + month as usize) % 7) as u64)
                    .collect();
                cells.push(ScoreCell {
                    touchpoint: Some(t as u32),
                    segment: Some(segment),
                    month: Some(Month::new(2026, month)),
                    responses: nps.iter().sum(),
                    csat: vec![1, 2, 3, 4, 5],
                    ces: vec![1, 1, 2, 3, 4, 3, 2],
                    nps,
                });
            }
        }
    }
    let id = project.next_id.fresh_wave_id();
    project.waves.push(Wave {
        id,
        name: "Wave".into(),
        source: "wave.csv".into(),
        imported: String::new(),
        mapping: Mapping::default(),
        rows: RowCounts::default(),
        touchpoints: touchpoints
            .into_iter()
            .map(|(id, label)| WaveTouchpoint {
                label,
                card: Some(id),
            })
            .collect(),
        segments: vec!["A".into(), "B".into(), "C".into()],
        cells,
        verbatims: Vec::new(),
    });
}

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
