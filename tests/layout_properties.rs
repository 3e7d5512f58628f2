//! The layout of any map: every card inside its cell, no two cards overlapping, every
//! emotion point inside its lane, in journey order.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use parcours::layout::MapLayout;
use parcours::model::{CardContent, JourneyMap};
use proptest::prelude::*;

fn check(map: &JourneyMap) -> Result<(), TestCaseError> {
    let layout = MapLayout::compute(map);
    prop_assert_eq!(layout.cards.len(), map.cards.len());
    for card in &layout.cards {
        let cell = layout.cell_rect(card.stage_index, card.lane_index).unwrap();
        prop_assert!(cell.contains(card.rect.min) && cell.contains(card.rect.max));
        prop_assert_eq!(map.cards[card.card_index].id, card.id);
    }
    for (i, a) in layout.cards.iter().enumerate() {
        for b in &layout.cards[i + 1..] {
            let overlap = a.rect.min.x < b.rect.max.x
                && b.rect.min.x < a.rect.max.x
                && a.rect.min.y < b.rect.max.y
                && b.rect.min.y < a.rect.max.y;
            prop_assert!(!overlap, "{:?} overlaps {:?}", a.id, b.id);
        }
    }
    let touchpoints = map
        .cards
        .iter()
        .filter(|c| matches!(c.content, CardContent::Touchpoint(_)))
        .count();
    for emotion in &layout.emotions {
        prop_assert_eq!(emotion.points.len(), touchpoints);
        let row = layout.lanes[emotion.lane_index].row;
        for pair in emotion.points.windows(2) {
            prop_assert!(
                pair[0].pos.x <= pair[1].pos.x,
                "journey order runs left to right"
            );
        }
        for point in &emotion.points {
            prop_assert!(row.contains(point.pos));
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_map_lays_out_cleanly(map in common::any_map(0)) {
        check(&map)?;
    }

    #[test]
    fn a_map_without_stages_or_lanes_lays_out(map in common::any_map(0), drop_stages in any::<bool>()) {
        let mut map = map;
        if drop_stages {
            map.stages.clear();
        } else {
            map.lanes.clear();
        }
        map.cards.clear();
        let layout = MapLayout::compute(&map);
        prop_assert!(layout.cards.is_empty());
        prop_assert!(layout.size.x > 0.0 && layout.size.y > 0.0);
    }
}
