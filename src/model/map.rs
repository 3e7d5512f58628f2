//! Journey maps: a grid of stages (columns) and lanes (rows) holding cards.

use serde::{Deserialize, Serialize};

use super::card::{
    Card, CardContent, Evidence, Note, Opportunity, PainPoint, Phase, PlannedAction, Touchpoint,
};
use super::color::Rgb;
use super::ids::{CardId, LaneId, MapId, PersonaId, StageId, WaveId};
use super::vote::VoteSession;
use super::wave::Month;

/// The default width of a stage column, in map units.
pub const DEFAULT_STAGE_WIDTH: f32 = 240.0;
/// The narrowest a stage may be resized to.
pub const MIN_STAGE_WIDTH: f32 = 140.0;
/// The widest a stage may be resized to.
pub const MAX_STAGE_WIDTH: f32 = 800.0;

/// One journey map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JourneyMap {
    /// Stable id.
    pub id: MapId,
    /// Name shown in the navigator.
    pub name: String,
    /// The persona the map is seen through.
    #[serde(default)]
    pub persona: Option<PersonaId>,
    /// Columns, left to right.
    pub stages: Vec<Stage>,
    /// Rows, top to bottom.
    pub lanes: Vec<Lane>,
    /// Cards; within a cell, their order here is their order on the map.
    pub cards: Vec<Card>,
    /// Saved views for presenting the map (written only when there are some).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<SavedView>,
    /// Dot-voting sessions, oldest first (written only when there are some).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<VoteSession>,
}

impl JourneyMap {
    /// What a card added in (`stage`, `lane`) holds, titled `title`: a touchpoint takes the
    /// channel and phase most of its stage's touchpoints have (else the map's channel, and
    /// the phase of the stage's place in the journey: the first third before purchase, the
    /// last third after), rather than always "Web site, during purchase".
    pub fn new_card_content(
        &self,
        stage: StageId,
        lane: LaneId,
        title: String,
    ) -> Option<CardContent> {
        let kind = self.lane(lane)?.kind;
        let mut content = kind.new_card_content(title);
        if let CardContent::Touchpoint(touchpoint) = &mut content {
            let in_stage: Vec<&Touchpoint> = self
                .cards
                .iter()
                .filter(|c| c.stage == stage)
                .filter_map(|c| match &c.content {
                    CardContent::Touchpoint(t) => Some(t),
                    _ => None,
                })
                .collect();
            let everywhere: Vec<&Touchpoint> = self
                .cards
                .iter()
                .filter_map(|c| match &c.content {
                    CardContent::Touchpoint(t) => Some(t),
                    _ => None,
                })
                .collect();
            let channels = if in_stage.is_empty() {
                &everywhere
            } else {
                &in_stage
            };
            if let Some(channel) = most_common(channels.iter().map(|t| t.channel)) {
                touchpoint.channel = channel;
            }
            touchpoint.phase = most_common(in_stage.iter().map(|t| t.phase)).unwrap_or_else(|| {
                let index = self.stage_index(stage).unwrap_or(0);
                let count = self.stages.len().max(1);
                match index * 3 / count {
                    0 => Phase::Before,
                    1 => Phase::During,
                    _ => Phase::After,
                }
            });
        }
        Some(content)
    }

    /// Every action decided on the map's pain points and opportunities, in card order, with
    /// the card it is on.
    pub fn actions(&self) -> Vec<(CardId, usize, &PlannedAction)> {
        self.cards
            .iter()
            .flat_map(|card| {
                card.content
                    .actions()
                    .iter()
                    .enumerate()
                    .map(move |(index, action)| (card.id, index, action))
            })
            .collect()
    }

    /// The stage with this id.
    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The index of the stage with this id.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The lane with this id.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// The index of the lane with this id.
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// The card with this id.
    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// The index of the card with this id in [`Self::cards`].
    pub fn card_index(&self, id: CardId) -> Option<usize> {
        self.cards.iter().position(|c| c.id == id)
    }

    /// The cards of one cell, in order.
    pub fn cell_cards(&self, stage: StageId, lane: LaneId) -> impl Iterator<Item = &Card> {
        self.cards
            .iter()
            .filter(move |c| c.stage == stage && c.lane == lane)
    }

    /// The index in [`Self::cards`] at which a card inserted at `position_in_cell` of the
    /// cell lands (the end of the list when the cell has fewer cards).
    pub fn insertion_index(&self, stage: StageId, lane: LaneId, position_in_cell: usize) -> usize {
        let mut seen = 0;
        let mut last_in_cell = None;
        for (index, card) in self.cards.iter().enumerate() {
            if card.stage == stage && card.lane == lane {
                if seen == position_in_cell {
                    return index;
                }
                seen += 1;
                last_in_cell = Some(index);
            }
        }
        last_in_cell.map_or(self.cards.len(), |i| i + 1)
    }

    /// The touchpoints in journey order: by stage, then by their order in the cell, lanes
    /// top to bottom.
    pub fn touchpoints_in_order(&self) -> Vec<&Card> {
        let lane_rank: std::collections::HashMap<LaneId, usize> = self
            .lanes
            .iter()
            .filter(|l| l.kind == LaneKind::Touchpoints)
            .enumerate()
            .map(|(rank, l)| (l.id, rank))
            .collect();
        let stage_rank: std::collections::HashMap<StageId, usize> = self
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        let mut out: Vec<(usize, usize, usize, &Card)> = self
            .cards
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.content, CardContent::Touchpoint(_)))
            .filter_map(|(i, c)| Some((*stage_rank.get(&c.stage)?, *lane_rank.get(&c.lane)?, i, c)))
            .collect();
        out.sort_unstable_by_key(|(stage, lane, index, _)| (*stage, *lane, *index));
        out.into_iter().map(|(_, _, _, c)| c).collect()
    }
}

/// A stage of the journey: one column.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    /// Stable id.
    pub id: StageId,
    /// Name in the header.
    pub name: String,
    /// Header colour.
    pub color: Rgb,
    /// Column width in map units.
    pub width: f32,
    /// What the presenter says at this stage (written only when there are some).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A lane: one row of a given kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    /// Stable id.
    pub id: LaneId,
    /// Title shown at the left of the row.
    pub title: String,
    /// What the lane holds.
    pub kind: LaneKind,
}

/// The kinds of lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// Free text: doing, thinking, feeling, customer actions…
    Text,
    /// Touchpoints.
    Touchpoints,
    /// The emotion curve through the touchpoints' emotion scores.
    Emotion,
    /// Pain points.
    PainPoints,
    /// Opportunities.
    Opportunities,
    /// Survey scores of the touchpoints.
    Metrics,
    /// Service blueprint: physical evidence.
    PhysicalEvidence,
    /// Service blueprint: frontstage actions (above the line of visibility).
    Frontstage,
    /// Service blueprint: backstage actions.
    Backstage,
    /// Service blueprint: support processes.
    Support,
}

impl LaneKind {
    /// Every kind, in menu order.
    pub const ALL: [LaneKind; 10] = [
        LaneKind::Text,
        LaneKind::Touchpoints,
        LaneKind::Emotion,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Metrics,
        LaneKind::PhysicalEvidence,
        LaneKind::Frontstage,
        LaneKind::Backstage,
        LaneKind::Support,
    ];

    /// Whether cards can be placed in lanes of this kind (the emotion and metrics lanes
    /// are drawn from the touchpoints).
    pub fn holds_cards(self) -> bool {
        !matches!(self, LaneKind::Emotion | LaneKind::Metrics)
    }

    /// Whether this is one of the service blueprint lanes.
    pub fn is_blueprint(self) -> bool {
        matches!(
            self,
            LaneKind::PhysicalEvidence
                | LaneKind::Frontstage
                | LaneKind::Backstage
                | LaneKind::Support
        )
    }

    /// Whether a card with this content may sit in a lane of this kind.
    pub fn accepts(self, content: &CardContent) -> bool {
        match content {
            CardContent::Touchpoint(_) => self == LaneKind::Touchpoints,
            CardContent::PainPoint(_) => self == LaneKind::PainPoints,
            CardContent::Opportunity(_) => self == LaneKind::Opportunities,
            CardContent::Note(_) => {
                self.holds_cards()
                    && !matches!(
                        self,
                        LaneKind::Touchpoints | LaneKind::PainPoints | LaneKind::Opportunities
                    )
            }
        }
    }

    /// A new, empty card of the kind this lane holds.
    pub fn new_card_content(self, title: String) -> CardContent {
        match self {
            LaneKind::Touchpoints => CardContent::Touchpoint(Touchpoint {
                title,
                ..Touchpoint::default()
            }),
            LaneKind::PainPoints => CardContent::PainPoint(PainPoint {
                title,
                ..PainPoint::default()
            }),
            LaneKind::Opportunities => CardContent::Opportunity(Opportunity {
                title,
                ..Opportunity::default()
            }),
            _ => CardContent::Note(Note {
                title,
                ..Note::default()
            }),
        }
    }
}

/// The value that comes most often, the first one seen among equals.
fn most_common<T: PartialEq + Copy>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for value in values {
        match counts.iter_mut().find(|(v, _)| *v == value) {
            Some((_, n)) => *n += 1,
            None => counts.push((value, 1)),
        }
    }
    // The first of the most common: max_by_key keeps the last of equals, so go backwards.
    counts
        .into_iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(v, _)| v)
}

/// A saved way of presenting a map: which lanes, which persona, which survey wave and
/// filter, which stages in which order, and where to zoom on one lane. Ids that no longer
/// exist in the map are passed over when the view is played.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    /// Name shown in the navigator and given to `--view`.
    pub name: String,
    /// Lanes left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden_lanes: Vec<LaneId>,
    /// The stages shown, in the order played; every stage in map order when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<StageId>>,
    /// Per stage, one lane the stage's step zooms on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lane_zoom: Vec<(StageId, LaneId)>,
    /// The persona the map is seen through; the map's own when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<PersonaId>,
    /// The survey wave shown; the one chosen in the editor when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wave: Option<WaveId>,
    /// Only this segment; the editor's filter when no part of the filter is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// From this month on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Month>,
    /// Up to this month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Month>,
    /// Only the cards with one of these evidence labels; every card when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

impl SavedView {
    /// Whether the view shows `card` by its evidence label.
    pub fn shows_evidence_of(&self, card: &Card) -> bool {
        self.evidence.is_empty()
            || card
                .content
                .evidence()
                .is_some_and(|e| self.evidence.contains(&e))
    }

    /// Whether the view sets a filter of its own (else the editor's applies).
    pub fn has_filter(&self) -> bool {
        self.segment.is_some() || self.from.is_some() || self.to.is_some()
    }

    /// The stages the view plays, in order: those of `map` it names that exist.
    pub fn stage_order(&self, map: &JourneyMap) -> Vec<StageId> {
        match &self.stages {
            None => map.stages.iter().map(|s| s.id).collect(),
            Some(ids) => {
                let mut seen = std::collections::HashSet::new();
                ids.iter()
                    .copied()
                    .filter(|id| map.stage(*id).is_some() && seen.insert(*id))
                    .collect()
            }
        }
    }

    /// The lane a stage's step zooms on, if the view names one that is shown.
    pub fn zoomed_lane(&self, stage: StageId) -> Option<LaneId> {
        self.lane_zoom
            .iter()
            .find(|(s, _)| *s == stage)
            .map(|(_, l)| *l)
            .filter(|l| !self.hidden_lanes.contains(l))
    }
}
