//! Presenting: drawing the deck of a map (once per presentation, and after a change), one
//! frame of a move between stages (a slide seen through a camera), and the slides PDF; on
//! the example and on maps of 1,000 and 10,000 cards, with a survey wave shown.

// Helpers of benchmarks may unwrap: a panic is a failed run with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{add_survey, project_with_cards};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use parcours::export::{ExportOptions, Format, PdfLayout, export};
use parcours::i18n::Language;
use parcours::layout::Point;
use parcours::metrics::Filter;
use parcours::model::Project;
use parcours::present::{Deck, DeckInput, SLIDE_SCREEN, SlideInfo, slide_scene};
use parcours::scene::ScoreView;

fn deck(project: &Project) -> Deck {
    Deck::new(&DeckInput {
        project,
        map: &project.maps[0],
        view: None,
        wave: project.waves.last(),
        filter: &Filter::default(),
        scores: ScoreView {
            any_wave: true,
            ..ScoreView::default()
        },
        language: Language::En,
        last_vote: true,
    })
}

fn projects() -> Vec<(String, Project)> {
    let mut example = parcours::example::example_project();
    add_survey(&mut example);
    let mut out = vec![("example".to_owned(), example)];
    for cards in [1_000, 10_000] {
        let mut project = project_with_cards(cards);
        add_survey(&mut project);
        out.push((cards.to_string(), project));
    }
    out
}

fn presenting(c: &mut Criterion) {
    let screen = Point::new(SLIDE_SCREEN.0, SLIDE_SCREEN.1);
    let projects = projects();
    let mut group = c.benchmark_group("present_deck");
    group.sample_size(10);
    for (name, project) in &projects {
        group.bench_with_input(BenchmarkId::from_parameter(name), project, |b, project| {
            b.iter(|| deck(project));
        });
    }
    group.finish();

    // One frame of a move: the camera halfway from the overview to the first stage.
    let mut group = c.benchmark_group("present_move_frame");
    for (name, project) in &projects {
        let deck = deck(project);
        let from = deck.camera(0, screen, 0.0);
        let to = deck.camera(1, screen, 0.0);
        let camera = from.toward(to, 0.5);
        let info = SlideInfo {
            marker: "Stage · 1 / 6".into(),
        };
        group.bench_with_input(BenchmarkId::from_parameter(name), &deck, |b, deck| {
            b.iter(|| slide_scene(deck, 1, camera, screen, &info));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("present_slides_pdf");
    group.sample_size(10);
    for (name, project) in projects.iter().take(2) {
        let mut options = ExportOptions::new(project.maps[0].id, Language::En, "2026-12-01".into());
        options.format = Format::Pdf;
        options.pdf = PdfLayout::Slides { notes: true };
        group.bench_with_input(BenchmarkId::from_parameter(name), project, |b, project| {
            b.iter(|| export(project, &options, &mut |_| true).unwrap());
        });
    }
    group.finish();
}

criterion_group!(benches, presenting);
criterion_main!(benches);
