//! Exports: the example map to SVG, PNG at 2× and PDF, and maps of 1,000 and 10,000 cards to
//! PDF, all with a survey wave shown.

// Helpers of benchmarks may unwrap: a panic is a failed run with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{add_survey, project_with_cards};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use parcours::export::{ExportOptions, Format, export};
use parcours::i18n::Language;
use parcours::model::Project;

fn options(project: &Project, format: Format) -> ExportOptions {
    let mut options = ExportOptions::new(project.maps[0].id, Language::En, "2026-12-01".into());
    options.format = format;
    options
}

fn example(c: &mut Criterion) {
    let mut project = parcours::example::example_project();
    add_survey(&mut project);
    let mut group = c.benchmark_group("export_example");
    group.sample_size(10);
    for (name, format) in [
        ("svg", Format::Svg),
        ("png2x", Format::Png),
        ("pdf", Format::Pdf),
    ] {
        let options = options(&project, format);
        group.bench_function(name, |b| {
            b.iter(|| export(&project, &options, &mut |_| true).unwrap());
        });
    }
    group.finish();
}

fn large_maps(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_pdf");
    group.sample_size(10);
    for cards in [1_000, 10_000] {
        let mut project = project_with_cards(cards);
        add_survey(&mut project);
        let options = options(&project, Format::Pdf);
        group.bench_with_input(BenchmarkId::from_parameter(cards), &cards, |b, _| {
            b.iter(|| export(&project, &options, &mut |_| true).unwrap());
        });
    }
    group.finish();
}

criterion_group!(benches, example, large_maps);
criterion_main!(benches);
