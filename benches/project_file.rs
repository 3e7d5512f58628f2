//! Opening and saving a project of 10,000 cards: the RON parse and validation, and the RON
//! writing with the safe save.

// Helpers of benchmarks may unwrap: a panic is a failed run with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use parcours::model::Project;

/// The example with enough copies of its cards to reach `cards`.
fn project_with_cards(cards: usize) -> Project {
    let mut project = parcours::example::example_project();
    let originals = project.maps[0].cards.clone();
    let mut round = 0;
    while project.maps[0].cards.len() < cards {
        for card in &originals {
            let mut copy = card.clone();
            copy.id = project.next_id.fresh_card_id();
            copy.content
                .set_title(format!("{} ({round})", card.title()));
            project.maps[0].cards.push(copy);
        }
        round += 1;
    }
    project
}

fn open_and_save(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let project = project_with_cards(10_000);
    parcours::file::save_project(&project, &path).unwrap();
    let mut group = c.benchmark_group("project_file");
    group.sample_size(20);
    group.bench_function("open/10000", |b| {
        b.iter(|| parcours::file::load_project(&path).unwrap());
    });
    group.bench_function("save/10000", |b| {
        b.iter(|| parcours::file::save_project(&project, &path).unwrap());
    });
    group.finish();
}

criterion_group!(benches, open_and_save);
criterion_main!(benches);
