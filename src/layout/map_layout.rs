//! The layout of one journey map.

use std::collections::HashMap;

use super::geometry::{Point, Rect};
use crate::model::{
    Card, CardContent, CardId, EMOTION_MAX, EMOTION_MIN, JourneyMap, LaneId, LaneKind, StageId,
};

/// Sizes of the grid, in map units.
pub mod metrics {
    /// Width of the lane title column at the left.
    pub const LANE_HEADER_WIDTH: f32 = 180.0;
    /// Height of the stage header row at the top.
    pub const STAGE_HEADER_HEIGHT: f32 = 56.0;
    /// Height of a card.
    pub const CARD_HEIGHT: f32 = 66.0;
    /// Space between cards in a cell.
    pub const CARD_GAP: f32 = 8.0;
    /// Padding inside a cell.
    pub const CELL_PADDING: f32 = 10.0;
    /// Room left under the last card of a cell for the "+" button.
    pub const ADD_SLOT_HEIGHT: f32 = 26.0;
    /// Height of an emotion lane.
    pub const EMOTION_LANE_HEIGHT: f32 = 190.0;
    /// Height of a metrics lane.
    pub const METRICS_LANE_HEIGHT: f32 = 64.0;
    /// Height of a touchpoint's score badge in a metrics lane.
    pub const BADGE_HEIGHT: f32 = 80.0;
    /// Vertical padding inside the emotion lane, so faces at ±3 stay inside.
    pub const EMOTION_PADDING: f32 = 26.0;
    /// Samples per segment of the smooth emotion curve.
    pub const CURVE_SAMPLES: usize = 12;
}

use metrics::*;

/// A stage column.
#[derive(Clone, Debug, PartialEq)]
pub struct StageLayout {
    /// The stage.
    pub id: StageId,
    /// The header at the top of the column.
    pub header: Rect,
    /// The whole column below the header.
    pub column: Rect,
}

/// A lane row.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneLayout {
    /// The lane.
    pub id: LaneId,
    /// What it holds.
    pub kind: LaneKind,
    /// The title box at the left.
    pub header: Rect,
    /// The whole row right of the title.
    pub row: Rect,
}

/// A card's place.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLayout {
    /// The card.
    pub id: CardId,
    /// Its index in [`JourneyMap::cards`].
    pub card_index: usize,
    /// Where it is drawn.
    pub rect: Rect,
    /// Index of its stage in [`MapLayout::stages`].
    pub stage_index: usize,
    /// Index of its lane in [`MapLayout::lanes`].
    pub lane_index: usize,
    /// Its position within the cell.
    pub index_in_cell: usize,
}

/// A touchpoint's point on the emotion curve.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionPoint {
    /// The touchpoint.
    pub card: CardId,
    /// Its index in [`JourneyMap::cards`].
    pub card_index: usize,
    /// Where the point is.
    pub pos: Point,
    /// The score it shows.
    pub emotion: i8,
}

/// The emotion curve in one emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionLayout {
    /// Index of the lane in [`MapLayout::lanes`].
    pub lane_index: usize,
    /// The lived emotion at each touchpoint, in journey order.
    pub points: Vec<EmotionPoint>,
    /// A smooth line through `points`.
    pub curve: Vec<Point>,
    /// The expected experience, where it is set.
    pub expected_points: Vec<EmotionPoint>,
    /// A smooth line through `expected_points`.
    pub expected_curve: Vec<Point>,
}

/// The three lines of a service blueprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlueprintLineKind {
    /// Between the customer and the frontstage.
    Interaction,
    /// Between frontstage and backstage.
    Visibility,
    /// Between backstage and support processes.
    InternalInteraction,
}

/// A blueprint line across the map.
#[derive(Clone, Debug, PartialEq)]
pub struct BlueprintLine {
    /// Which line.
    pub kind: BlueprintLineKind,
    /// Its height.
    pub y: f32,
    /// Where it starts and ends.
    pub x_range: (f32, f32),
}

/// A direction on the map, for moving the selection with the arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards earlier stages.
    Left,
    /// Towards later stages.
    Right,
    /// Towards the lanes above.
    Up,
    /// Towards the lanes below.
    Down,
}

/// Where a dragged card would land.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DropTarget {
    /// Target stage.
    pub stage: StageId,
    /// Target lane.
    pub lane: LaneId,
    /// Position in the target cell, counted without the dragged card.
    pub index_in_cell: usize,
}

/// Where a touchpoint's score badge goes in a metrics lane.
#[derive(Clone, Debug, PartialEq)]
pub struct BadgeLayout {
    /// The touchpoint card.
    pub card: CardId,
    /// Its index in [`JourneyMap::cards`].
    pub card_index: usize,
    /// The metrics lane.
    pub lane_index: usize,
    /// The badge.
    pub rect: Rect,
}

/// Where everything of a map goes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapLayout {
    /// The size of the whole map, from (0, 0).
    pub size: Point,
    /// Columns, left to right.
    pub stages: Vec<StageLayout>,
    /// Rows, top to bottom.
    pub lanes: Vec<LaneLayout>,
    /// Cards, in the map's card order.
    pub cards: Vec<CardLayout>,
    /// One per emotion lane.
    pub emotions: Vec<EmotionLayout>,
    /// Blueprint lines.
    pub blueprint_lines: Vec<BlueprintLine>,
    /// The touchpoints in journey order, as indices in [`JourneyMap::cards`].
    pub touchpoints: Vec<usize>,
    /// Score badges of the touchpoints, in the metrics lanes, below their stage.
    pub badges: Vec<BadgeLayout>,
}

/// The emotion score for a height in an emotion lane's row.
pub fn emotion_at_y(row: &Rect, y: f32) -> i8 {
    let top = row.min.y + EMOTION_PADDING;
    let span = (row.height() - 2.0 * EMOTION_PADDING).max(1.0);
    let t = ((y - top) / span).clamp(0.0, 1.0);
    let range = f32::from(EMOTION_MAX - EMOTION_MIN);
    (f32::from(EMOTION_MAX) - t * range).round() as i8
}

/// The height of an emotion score in an emotion lane's row (scores off the scale are
/// drawn at its ends).
pub fn y_of_emotion(row: &Rect, emotion: i8) -> f32 {
    let top = row.min.y + EMOTION_PADDING;
    let span = row.height() - 2.0 * EMOTION_PADDING;
    let range = f32::from(EMOTION_MAX - EMOTION_MIN);
    let emotion = emotion.clamp(EMOTION_MIN, EMOTION_MAX);
    top + f32::from(EMOTION_MAX - emotion) / range * span
}

impl MapLayout {
    /// Lays out `map`, with metrics lanes of their usual height (no survey).
    pub fn compute(map: &JourneyMap) -> Self {
        Self::with_scores(map, false)
    }

    /// Lays out `map` for the editor; with `scores`, metrics lanes grow to hold a score badge
    /// per touchpoint.
    pub fn with_scores(map: &JourneyMap, scores: bool) -> Self {
        Self::with_options(map, scores, true)
    }

    /// Lays out `map`; with `scores`, metrics lanes grow to hold a score badge per touchpoint;
    /// with `editor`, card lanes keep room for the "+" under their last card (an export has
    /// none).
    pub fn with_options(map: &JourneyMap, scores: bool, editor: bool) -> Self {
        Self::with_card_heights(map, scores, editor, None)
    }

    /// Lays out `map` as [`Self::with_options`] does, each card `heights[card index]` tall
    /// where heights are given (a presentation, whose titles are never cut), else
    /// [`CARD_HEIGHT`].
    pub fn with_card_heights(
        map: &JourneyMap,
        scores: bool,
        editor: bool,
        heights: Option<&[f32]>,
    ) -> Self {
        let height_of = |card_index: usize| {
            heights
                .and_then(|h| h.get(card_index).copied())
                .unwrap_or(CARD_HEIGHT)
                .max(CARD_HEIGHT)
        };
        // Without the editor, the last card's gap goes too.
        let add_slot = if editor { ADD_SLOT_HEIGHT } else { -CARD_GAP };
        let stage_index: HashMap<StageId, usize> = map
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        let lane_index: HashMap<LaneId, usize> = map
            .lanes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id, i))
            .collect();

        // Cards per cell, in order.
        let stage_count = map.stages.len();
        let mut cells: Vec<Vec<usize>> = vec![Vec::new(); stage_count * map.lanes.len()];
        for (card_index, card) in map.cards.iter().enumerate() {
            if let (Some(&s), Some(&l)) = (stage_index.get(&card.stage), lane_index.get(&card.lane))
            {
                cells[l * stage_count + s].push(card_index);
            }
        }

        // Touchpoints per stage, in journey order: their badges stack in the metrics lanes.
        let touchpoints_in_order = map.touchpoints_in_order();
        let mut touchpoints_by_stage: Vec<Vec<CardId>> = vec![Vec::new(); stage_count];
        for card in &touchpoints_in_order {
            if let Some(&s) = stage_index.get(&card.stage) {
                touchpoints_by_stage[s].push(card.id);
            }
        }
        let most_touchpoints = if scores {
            touchpoints_by_stage.iter().map(Vec::len).max().unwrap_or(0)
        } else {
            0
        };

        let total_width = LANE_HEADER_WIDTH + map.stages.iter().map(|s| s.width).sum::<f32>();
        let mut lanes = Vec::with_capacity(map.lanes.len());
        let mut y = STAGE_HEADER_HEIGHT;
        for (l, lane) in map.lanes.iter().enumerate() {
            let height = match lane.kind {
                LaneKind::Emotion => EMOTION_LANE_HEIGHT,
                LaneKind::Metrics => METRICS_LANE_HEIGHT.max(
                    2.0 * CELL_PADDING + most_touchpoints as f32 * (BADGE_HEIGHT + CARD_GAP)
                        - CARD_GAP,
                ),
                _ => {
                    let tallest = (0..stage_count)
                        .map(|s| {
                            let cell = &cells[l * stage_count + s];
                            cell.iter().map(|&i| height_of(i) + CARD_GAP).sum::<f32>()
                        })
                        .fold(0.0, f32::max)
                        // An empty lane keeps room for one card: it is where the next goes.
                        .max(CARD_HEIGHT + CARD_GAP);
                    2.0 * CELL_PADDING + tallest + add_slot
                }
            };
            lanes.push(LaneLayout {
                id: lane.id,
                kind: lane.kind,
                header: Rect::from_min_size(0.0, y, LANE_HEADER_WIDTH, height),
                row: Rect::from_min_size(
                    LANE_HEADER_WIDTH,
                    y,
                    total_width - LANE_HEADER_WIDTH,
                    height,
                ),
            });
            y += height;
        }
        let total_height = y;

        let mut stages = Vec::with_capacity(stage_count);
        let mut x = LANE_HEADER_WIDTH;
        for stage in &map.stages {
            stages.push(StageLayout {
                id: stage.id,
                header: Rect::from_min_size(x, 0.0, stage.width, STAGE_HEADER_HEIGHT),
                column: Rect::from_min_size(
                    x,
                    STAGE_HEADER_HEIGHT,
                    stage.width,
                    total_height - STAGE_HEADER_HEIGHT,
                ),
            });
            x += stage.width;
        }

        let mut cards = Vec::with_capacity(map.cards.len());
        for (l, lane) in lanes.iter().enumerate() {
            for (s, stage) in stages.iter().enumerate() {
                let mut top = lane.row.min.y + CELL_PADDING;
                for (index_in_cell, &card_index) in cells[l * stage_count + s].iter().enumerate() {
                    let height = height_of(card_index);
                    cards.push((
                        card_index,
                        CardLayout {
                            id: map.cards[card_index].id,
                            card_index,
                            rect: Rect::from_min_size(
                                stage.column.min.x + CELL_PADDING,
                                top,
                                stage.column.width() - 2.0 * CELL_PADDING,
                                height,
                            ),
                            stage_index: s,
                            lane_index: l,
                            index_in_cell,
                        },
                    ));
                    top += height + CARD_GAP;
                }
            }
        }
        cards.sort_unstable_by_key(|(card_index, _)| *card_index);
        let cards = cards.into_iter().map(|(_, c)| c).collect();

        let mut layout = MapLayout {
            size: Point::new(total_width, total_height),
            stages,
            lanes,
            cards,
            emotions: Vec::new(),
            touchpoints: Vec::new(),
            blueprint_lines: Vec::new(),
            badges: Vec::new(),
        };
        let index_of: HashMap<CardId, usize> = map
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        layout.touchpoints = touchpoints_in_order
            .iter()
            .map(|c| index_of[&c.id])
            .collect();
        for (l, lane) in layout.lanes.iter().enumerate() {
            if !scores || lane.kind != LaneKind::Metrics {
                continue;
            }
            for (s, stage) in layout.stages.iter().enumerate() {
                for (i, card) in touchpoints_by_stage[s].iter().enumerate() {
                    layout.badges.push(BadgeLayout {
                        card: *card,
                        card_index: index_of[card],
                        lane_index: l,
                        rect: Rect::from_min_size(
                            stage.column.min.x + CELL_PADDING,
                            lane.row.min.y + CELL_PADDING + i as f32 * (BADGE_HEIGHT + CARD_GAP),
                            stage.column.width() - 2.0 * CELL_PADDING,
                            BADGE_HEIGHT,
                        ),
                    });
                }
            }
        }
        layout.emotions = layout.emotion_layouts(map);
        layout.blueprint_lines = layout.blueprint_line_layouts();
        layout
    }

    fn emotion_layouts(&self, map: &JourneyMap) -> Vec<EmotionLayout> {
        let touchpoints: Vec<(usize, &Card)> = self
            .touchpoints
            .iter()
            .map(|&i| (i, &map.cards[i]))
            .collect();
        // Touchpoints of one stage are spread evenly across its column.
        let mut per_stage: HashMap<StageId, usize> = HashMap::new();
        for (_, card) in &touchpoints {
            *per_stage.entry(card.stage).or_default() += 1;
        }
        let mut seen: HashMap<StageId, usize> = HashMap::new();
        let mut xs = Vec::with_capacity(touchpoints.len());
        for &(card_index, card) in &touchpoints {
            let Some(stage) = self.stages.iter().find(|s| s.id == card.stage) else {
                continue;
            };
            let count = per_stage[&card.stage];
            let i = seen.entry(card.stage).or_default();
            let x = stage.column.min.x + stage.column.width() * (*i as f32 + 0.5) / count as f32;
            *i += 1;
            xs.push((card_index, card, x));
        }
        self.lanes
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind == LaneKind::Emotion)
            .map(|(lane_index, lane)| {
                let mut points = Vec::new();
                let mut expected_points = Vec::new();
                for &(card_index, card, x) in &xs {
                    if let CardContent::Touchpoint(t) = &card.content {
                        points.push(EmotionPoint {
                            card: card.id,
                            card_index,
                            pos: Point::new(x, y_of_emotion(&lane.row, t.emotion)),
                            emotion: t.emotion,
                        });
                        if let Some(expected) = t.expected {
                            expected_points.push(EmotionPoint {
                                card: card.id,
                                card_index,
                                pos: Point::new(x, y_of_emotion(&lane.row, expected)),
                                emotion: expected,
                            });
                        }
                    }
                }
                let curve = smooth_curve(&points, &lane.row);
                let expected_curve = smooth_curve(&expected_points, &lane.row);
                EmotionLayout {
                    lane_index,
                    points,
                    curve,
                    expected_points,
                    expected_curve,
                }
            })
            .collect()
    }

    fn blueprint_line_layouts(&self) -> Vec<BlueprintLine> {
        let x_range = (0.0, self.size.x);
        let first_of = |kind: LaneKind| self.lanes.iter().position(|l| l.kind == kind);
        let mut lines = Vec::new();
        let pairs = [
            (LaneKind::Frontstage, BlueprintLineKind::Interaction),
            (LaneKind::Backstage, BlueprintLineKind::Visibility),
            (LaneKind::Support, BlueprintLineKind::InternalInteraction),
        ];
        for (kind, line) in pairs {
            // A line sits above the first lane of its kind, unless that lane is the first.
            if let Some(index) = first_of(kind).filter(|i| *i > 0) {
                lines.push(BlueprintLine {
                    kind: line,
                    y: self.lanes[index].row.min.y,
                    x_range,
                });
            }
        }
        lines
    }

    /// The index of the stage column under `x`.
    pub fn stage_at_x(&self, x: f32) -> Option<usize> {
        self.stages
            .iter()
            .position(|s| x >= s.column.min.x && x < s.column.max.x)
    }

    /// The index of the lane row under `y`.
    pub fn lane_at_y(&self, y: f32) -> Option<usize> {
        self.lanes
            .iter()
            .position(|l| y >= l.row.min.y && y < l.row.max.y)
    }

    /// The rectangle of a cell.
    pub fn cell_rect(&self, stage_index: usize, lane_index: usize) -> Option<Rect> {
        let stage = self.stages.get(stage_index)?;
        let lane = self.lanes.get(lane_index)?;
        Some(Rect {
            min: Point::new(stage.column.min.x, lane.row.min.y),
            max: Point::new(stage.column.max.x, lane.row.max.y),
        })
    }

    /// How many cards a cell holds.
    pub fn cell_card_count(&self, stage_index: usize, lane_index: usize) -> usize {
        self.cards
            .iter()
            .filter(|c| c.stage_index == stage_index && c.lane_index == lane_index)
            .count()
    }

    /// Where the "+" button of a cell goes: a small button, centred, under its last card, or
    /// in the middle of an empty cell, so that a click in the rest of the cell (to deselect)
    /// creates nothing.
    pub fn add_button_rect(&self, stage_index: usize, lane_index: usize) -> Option<Rect> {
        let cell = self.cell_rect(stage_index, lane_index)?;
        let count = self.cell_card_count(stage_index, lane_index);
        let (width, height) = (2.0 * ADD_SLOT_HEIGHT, ADD_SLOT_HEIGHT - 4.0);
        let top = if count == 0 {
            cell.min.y + (cell.height() - height) / 2.0
        } else {
            cell.min.y + CELL_PADDING + count as f32 * (CARD_HEIGHT + CARD_GAP)
        };
        Some(Rect::from_min_size(
            cell.min.x + (cell.width() - width) / 2.0,
            top,
            width,
            height,
        ))
    }

    /// The topmost card under `p`.
    pub fn card_at(&self, p: Point) -> Option<&CardLayout> {
        self.cards.iter().find(|c| c.rect.contains(p))
    }

    /// The card layout of `id`.
    pub fn card(&self, id: CardId) -> Option<&CardLayout> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// Where a card dropped at `p` lands: the cell under `p`, before the first card whose
    /// middle is below `p`. `moving` is left out of the count. `None` outside card lanes.
    pub fn drop_target(&self, map: &JourneyMap, p: Point, moving: &[CardId]) -> Option<DropTarget> {
        let s = self.stage_at_x(p.x)?;
        let l = self.lane_at_y(p.y)?;
        if !self.lanes[l].kind.holds_cards() {
            return None;
        }
        let index_in_cell = self
            .cards
            .iter()
            .filter(|c| c.stage_index == s && c.lane_index == l && !moving.contains(&c.id))
            .filter(|c| c.rect.center().y < p.y)
            .count();
        Some(DropTarget {
            stage: map.stages[s].id,
            lane: map.lanes[l].id,
            index_in_cell,
        })
    }

    /// The nearest card from `from` in `direction`: among the cards whose centre lies that
    /// way, the one closest along the direction, straying least across it.
    pub fn neighbour(&self, from: CardId, direction: Direction) -> Option<CardId> {
        let origin = self.card(from)?.rect.center();
        self.cards
            .iter()
            .filter(|c| c.id != from)
            .filter_map(|c| {
                let p = c.rect.center();
                let (along, across) = match direction {
                    Direction::Left => (origin.x - p.x, p.y - origin.y),
                    Direction::Right => (p.x - origin.x, p.y - origin.y),
                    Direction::Up => (origin.y - p.y, p.x - origin.x),
                    Direction::Down => (p.y - origin.y, p.x - origin.x),
                };
                // Straying across counts double, so a card straight ahead wins.
                (along > 1.0).then(|| (along + 2.0 * across.abs(), c.id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    }

    /// The ids of the cards overlapping `rect`, in card order.
    pub fn cards_in(&self, rect: &Rect) -> Vec<CardId> {
        self.cards
            .iter()
            .filter(|c| c.rect.intersects(rect))
            .map(|c| c.id)
            .collect()
    }
}

/// A Catmull-Rom spline through the points, sampled, and kept inside the lane.
fn smooth_curve(points: &[EmotionPoint], row: &Rect) -> Vec<Point> {
    if points.len() < 2 {
        return points.iter().map(|p| p.pos).collect();
    }
    let p = |i: isize| {
        let i = i.clamp(0, points.len() as isize - 1) as usize;
        points[i].pos
    };
    let mut out = Vec::with_capacity(points.len() * CURVE_SAMPLES);
    for i in 0..points.len() as isize - 1 {
        let (p0, p1, p2, p3) = (p(i - 1), p(i), p(i + 1), p(i + 2));
        for step in 0..CURVE_SAMPLES {
            let t = step as f32 / CURVE_SAMPLES as f32;
            let (t2, t3) = (t * t, t * t * t);
            let coord = |a: f32, b: f32, c: f32, d: f32| {
                0.5 * (2.0 * b
                    + (-a + c) * t
                    + (2.0 * a - 5.0 * b + 4.0 * c - d) * t2
                    + (-a + 3.0 * b - 3.0 * c + d) * t3)
            };
            let y = coord(p0.y, p1.y, p2.y, p3.y).clamp(row.min.y + 4.0, row.max.y - 4.0);
            out.push(Point::new(coord(p0.x, p1.x, p2.x, p3.x), y));
        }
    }
    out.push(points[points.len() - 1].pos);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::example_project;

    #[test]
    fn every_card_of_the_example_is_placed_inside_its_cell() {
        let project = example_project();
        let map = &project.maps[0];
        let layout = MapLayout::compute(map);
        assert_eq!(layout.cards.len(), map.cards.len());
        for card in &layout.cards {
            let cell = layout.cell_rect(card.stage_index, card.lane_index).unwrap();
            assert!(cell.contains(card.rect.min) && cell.contains(card.rect.max));
        }
    }

    #[test]
    fn arrow_keys_find_the_neighbouring_card() {
        let project = example_project();
        let map = &project.maps[0];
        let layout = MapLayout::compute(map);
        let id = |title: &str| map.cards.iter().find(|c| c.title() == title).unwrap().id;
        let from = id("Site web – pages conseils");
        assert_eq!(
            layout.neighbour(from, Direction::Right),
            Some(id("Comparateur en ligne"))
        );
        assert_eq!(
            layout.neighbour(from, Direction::Left),
            Some(id("Publicité réseaux sociaux"))
        );
        assert_eq!(
            layout.neighbour(from, Direction::Down),
            Some(id("Forum et avis clients"))
        );
        assert_eq!(
            layout.neighbour(from, Direction::Up),
            Some(id("« Quelle autonomie me faut-il vraiment ? »"))
        );
        let last = id("Plateforme téléphonique");
        assert_eq!(layout.neighbour(last, Direction::Right), None);
        assert_eq!(layout.neighbour(last, Direction::Down), None);
    }

    #[test]
    fn the_emotion_curve_goes_through_every_touchpoint() {
        let project = example_project();
        let map = &project.maps[0];
        let layout = MapLayout::compute(map);
        let emotion = &layout.emotions[0];
        assert_eq!(emotion.points.len(), map.touchpoints_in_order().len());
        for point in &emotion.points {
            assert!(
                emotion
                    .curve
                    .iter()
                    .any(|c| (c.x - point.pos.x).abs() < 0.01 && (c.y - point.pos.y).abs() < 0.01)
            );
        }
        let row = layout.lanes[emotion.lane_index].row;
        for point in &emotion.points {
            assert_eq!(emotion_at_y(&row, point.pos.y), point.emotion);
        }
    }
}
