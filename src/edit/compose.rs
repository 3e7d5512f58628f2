//! Edits made of several changes, computed from the map as it is: moving, deleting,
//! duplicating and pasting cards. Each returns one edit, so each is one undo step.

use super::apply::Edit;
use crate::i18n::Text;
use crate::model::{Card, CardContent, CardId, IdCounter, JourneyMap, LaneId, StageId};

/// Where cards go: a cell and a position in it (counted without the cards that move).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellPosition {
    /// Target stage.
    pub stage: StageId,
    /// Target lane.
    pub lane: LaneId,
    /// Position within the cell.
    pub index_in_cell: usize,
}

/// The ids of `ids` that exist in `map`, in the map's card order.
fn existing_in_order(map: &JourneyMap, ids: &[CardId]) -> Vec<CardId> {
    map.cards
        .iter()
        .filter(|c| ids.contains(&c.id))
        .map(|c| c.id)
        .collect()
}

/// Moves cards to a cell, keeping their relative order. `None` when nothing would move
/// or a card does not fit the target lane.
pub fn move_cards(map: &JourneyMap, ids: &[CardId], to: CellPosition) -> Option<Edit> {
    let ids = existing_in_order(map, ids);
    let lane_kind = map.lane(to.lane)?.kind;
    map.stage(to.stage)?;
    if ids.is_empty()
        || ids.iter().any(|id| {
            map.card(*id)
                .is_some_and(|c| !lane_kind.accepts(&c.content))
        })
    {
        return None;
    }
    // Simulate on a copy: take the moving cards out, then insert them one after another.
    let mut simulated = map.clone();
    let mut moving: Vec<Card> = Vec::new();
    simulated.cards.retain(|c| {
        if ids.contains(&c.id) {
            moving.push(c.clone());
            false
        } else {
            true
        }
    });
    let mut edits: Vec<Edit> = Vec::new();
    let mut placements = Vec::new();
    for (k, mut card) in moving.into_iter().enumerate() {
        let index = simulated.insertion_index(to.stage, to.lane, to.index_in_cell + k);
        card.stage = to.stage;
        card.lane = to.lane;
        simulated.cards.insert(index, card.clone());
        placements.push((index, card));
    }
    if simulated.cards == map.cards {
        return None;
    }
    if let [(index, card)] = placements.as_slice() {
        return Some(Edit::MoveCard {
            map: map.id,
            card: card.id,
            stage: to.stage,
            lane: to.lane,
            index: *index,
        });
    }
    for id in ids.iter().rev() {
        edits.push(Edit::DeleteCard {
            map: map.id,
            card: *id,
        });
    }
    for (index, card) in placements {
        edits.push(Edit::AddCard {
            map: map.id,
            card,
            index,
        });
    }
    Some(Edit::Batch {
        name: Text::EditMoveSeveral,
        edits,
    })
}

/// Deletes cards. `None` when none of them exists.
pub fn delete_cards(map: &JourneyMap, ids: &[CardId]) -> Option<Edit> {
    let ids = existing_in_order(map, ids);
    if ids.is_empty() {
        return None;
    }
    let edits = ids
        .iter()
        .rev()
        .map(|id| Edit::DeleteCard {
            map: map.id,
            card: *id,
        })
        .collect();
    Some(Edit::Batch {
        name: Text::EditDeleteSeveral,
        edits,
    })
}

/// Duplicates cards, each copy right after its original. Returns the edit and the new ids.
pub fn duplicate_cards(
    map: &JourneyMap,
    ids: &[CardId],
    mut fresh_id: impl FnMut() -> CardId,
) -> Option<(Edit, Vec<CardId>)> {
    let ids = existing_in_order(map, ids);
    if ids.is_empty() {
        return None;
    }
    let mut edits = Vec::new();
    let mut new_ids = Vec::new();
    // Insert from the last so that earlier indices stay valid.
    for id in ids.iter().rev() {
        let index = map.card_index(*id)?;
        let mut copy = map.cards[index].clone();
        copy.id = fresh_id();
        new_ids.push(copy.id);
        edits.push(Edit::AddCard {
            map: map.id,
            card: copy,
            index: index + 1,
        });
    }
    new_ids.reverse();
    Some((
        Edit::Batch {
            name: Text::EditDuplicate,
            edits,
        },
        new_ids,
    ))
}

/// Pastes copies of `cards` into `map`: after `after` in its cell when given and the
/// lane accepts them, else into their original cell when the map has it. Cards with
/// nowhere to go are left out. Returns the edit and the new ids.
pub fn paste_cards(
    map: &JourneyMap,
    cards: &[Card],
    after: Option<CardId>,
    mut fresh_id: impl FnMut() -> CardId,
) -> Option<(Edit, Vec<CardId>)> {
    let mut simulated = map.clone();
    let mut edits = Vec::new();
    let mut new_ids = Vec::new();
    let mut anchor = after
        .and_then(|id| map.card(id))
        .map(|c| (c.id, c.stage, c.lane));
    for card in cards {
        let mut copy = card.clone();
        copy.id = fresh_id();
        let target = anchor
            .filter(|(_, _, lane)| {
                map.lane(*lane)
                    .is_some_and(|l| l.kind.accepts(&card.content))
            })
            .map(|(anchor_id, stage, lane)| {
                let index = simulated.card_index(anchor_id).map_or(0, |i| i + 1);
                (index, stage, lane)
            })
            .or_else(|| {
                let fits = map.stage(card.stage).is_some()
                    && map
                        .lane(card.lane)
                        .is_some_and(|l| l.kind.accepts(&card.content));
                fits.then(|| {
                    let end = simulated.insertion_index(card.stage, card.lane, usize::MAX);
                    (end, card.stage, card.lane)
                })
            });
        let Some((index, stage, lane)) = target else {
            continue;
        };
        copy.stage = stage;
        copy.lane = lane;
        simulated.cards.insert(index, copy.clone());
        if anchor.is_some() {
            anchor = Some((copy.id, stage, lane));
        }
        new_ids.push(copy.id);
        edits.push(Edit::AddCard {
            map: map.id,
            card: copy,
            index,
        });
    }
    if edits.is_empty() {
        return None;
    }
    Some((
        Edit::Batch {
            name: Text::EditPaste,
            edits,
        },
        new_ids,
    ))
}

/// Adds a new card at the end of a cell.
pub fn add_card(map: &JourneyMap, card: Card) -> Edit {
    let index = map.insertion_index(card.stage, card.lane, usize::MAX);
    Edit::AddCard {
        map: map.id,
        card,
        index,
    }
}

/// A copy of `map` under fresh ids from `ids`, named "NAME (2)": cards stay in their cells
/// and the links between cards (a pain point's touchpoints, an opportunity's pain points)
/// follow them.
pub fn duplicate_map(map: &JourneyMap, ids: &mut IdCounter) -> JourneyMap {
    let mut copy = map.clone();
    // Fresh ids everywhere, keeping cards in their cells and links between cards.
    copy.id = ids.fresh_map_id();
    let mut stage_ids = std::collections::HashMap::new();
    for stage in &mut copy.stages {
        let new = ids.fresh_stage_id();
        stage_ids.insert(stage.id, new);
        stage.id = new;
    }
    let mut lane_ids = std::collections::HashMap::new();
    for lane in &mut copy.lanes {
        let new = ids.fresh_lane_id();
        lane_ids.insert(lane.id, new);
        lane.id = new;
    }
    let mut card_ids = std::collections::HashMap::new();
    for card in &mut copy.cards {
        let new = ids.fresh_card_id();
        card_ids.insert(card.id, new);
        card.id = new;
        card.stage = stage_ids.get(&card.stage).copied().unwrap_or(card.stage);
        card.lane = lane_ids.get(&card.lane).copied().unwrap_or(card.lane);
    }
    for card in &mut copy.cards {
        match &mut card.content {
            CardContent::PainPoint(p) => {
                for t in &mut p.touchpoints {
                    *t = card_ids.get(t).copied().unwrap_or(*t);
                }
            }
            CardContent::Opportunity(o) => {
                for p in o.pain_points.iter_mut().chain(o.touchpoints.iter_mut()) {
                    *p = card_ids.get(p).copied().unwrap_or(*p);
                }
            }
            _ => {}
        }
    }
    copy.name = format!("{} (2)", copy.name);
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply;
    use crate::example::example_project;

    #[test]
    fn moving_two_cards_keeps_their_order_and_undoes() {
        let mut project = example_project();
        let original = project.clone();
        let map = &project.maps[0];
        let touchpoints: Vec<CardId> = map.touchpoints_in_order().iter().map(|c| c.id).collect();
        let target = map.card(touchpoints[11]).unwrap();
        let to = CellPosition {
            stage: target.stage,
            lane: target.lane,
            index_in_cell: 0,
        };
        let edit = move_cards(map, &[touchpoints[0], touchpoints[1]], to).unwrap();
        let inverse = apply(&mut project, edit).unwrap();
        let moved: Vec<_> = project.maps[0]
            .cell_cards(to.stage, to.lane)
            .map(|c| c.title().to_owned())
            .collect();
        assert_eq!(
            moved,
            [
                "Publicité réseaux sociaux",
                "Bouche-à-oreille",
                "Service après-vente",
                "Programme de fidélité"
            ]
        );
        apply(&mut project, inverse).unwrap();
        assert_eq!(project, original);
    }

    #[test]
    fn a_touchpoint_cannot_be_dropped_in_the_pain_points_lane() {
        let project = example_project();
        let map = &project.maps[0];
        let touchpoint = map.touchpoints_in_order()[0].id;
        let pain_lane = map
            .lanes
            .iter()
            .find(|l| l.kind == crate::model::LaneKind::PainPoints)
            .unwrap();
        let to = CellPosition {
            stage: map.stages[0].id,
            lane: pain_lane.id,
            index_in_cell: 0,
        };
        assert!(move_cards(map, &[touchpoint], to).is_none());
    }

    #[test]
    fn duplicates_follow_their_originals() {
        let mut project = example_project();
        let map = &project.maps[0];
        let first = map.cards[0].id;
        let mut next = 10_000;
        let (edit, ids) = duplicate_cards(map, &[first], || {
            next += 1;
            CardId(next)
        })
        .unwrap();
        apply(&mut project, edit).unwrap();
        assert_eq!(project.maps[0].cards[1].id, ids[0]);
        assert_eq!(
            project.maps[0].cards[1].title(),
            project.maps[0].cards[0].title()
        );
    }

    #[test]
    fn a_duplicated_map_has_fresh_ids_and_its_links_follow() {
        let project = example_project();
        let map = &project.maps[0];
        let mut ids = project.next_id;
        let copy = duplicate_map(map, &mut ids);
        assert_ne!(copy.id, map.id);
        assert_eq!(copy.cards.len(), map.cards.len());
        let old: std::collections::HashSet<u64> = map.cards.iter().map(|c| c.id.0).collect();
        assert!(copy.cards.iter().all(|c| !old.contains(&c.id.0)));
        assert!(copy.cards.iter().all(|c| copy.stage(c.stage).is_some()));
        // A pain point of the copy points at touchpoints of the copy.
        for card in &copy.cards {
            if let CardContent::PainPoint(p) = &card.content {
                assert!(p.touchpoints.iter().all(|t| copy.card(*t).is_some()));
            }
        }
        assert!(ids.0 > project.next_id.0);
    }
}
