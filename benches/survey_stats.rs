//! `parcours stats` on a long-format export of 1,000,000 responses (about 65 MB), the shape of
//! `gen_responses.py` in the project's peer baselines: read, detect, aggregate, compute.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;

use criterion::{Criterion, criterion_group, criterion_main};
use parcours::stats::{ColumnChoices, stats};

const TOUCHPOINTS: [&str; 12] = [
    "Publicité Instagram",
    "Recherche Google",
    "Site web - fiche produit",
    "Comparateur de prix",
    "Avis clients",
    "Magasin - conseil vendeur",
    "Panier en ligne",
    "Paiement",
    "Livraison",
    "Installation",
    "Service après-vente",
    "Programme fidélité",
];
const SEGMENTS: [&str; 3] = ["Particulier", "Professionnel", "Étudiant"];

/// A small, fixed pseudo-random sequence (xorshift), so every run reads the same file.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn write_export(path: &std::path::Path, rows: u32) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(
        out,
        "response_id,date,touchpoint,segment,nps,csat,ces,comment"
    )
    .unwrap();
    let mut random = Random(7);
    for i in 0..rows {
        let tp = random.below(12) as usize;
        let month = 1 + random.below(10);
        let day = 1 + random.below(28);
        let comment = if random.below(5) == 0 {
            "\"Très bien, merci; livraison rapide\""
        } else {
            ""
        };
        writeln!(
            out,
            "R_{i:07},2026-{month:02}-{day:02},{},{},{},{},{},{comment}",
            TOUCHPOINTS[tp],
            SEGMENTS[random.below(3) as usize],
            random.below(11),
            1 + random.below(5),
            1 + random.below(7),
        )
        .unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("responses_1m.csv");
    write_export(&path, 1_000_000);
    let mut group = c.benchmark_group("survey_stats");
    group.sample_size(10);
    group.bench_function("stats_1m_rows", |b| {
        b.iter(|| {
            stats(
                &path,
                &ColumnChoices::default(),
                parcours::i18n::Language::En,
            )
            .unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
