//! Maps of many cards, with a survey wave, shared by the benchmarks.

#![allow(dead_code)]

use parcours::i18n::Language;
use parcours::model::{
    Card, CardContent, Channel, Mapping, Month, Project, RowCounts, ScoreCell, Touchpoint, Wave,
    WaveTouchpoint,
};
use parcours::templates::Template;

/// A purchase-journey map holding `cards` cards spread over its card lanes.
pub fn project_with_cards(cards: usize) -> Project {
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
pub fn add_survey(project: &mut Project) {
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
