//! Checks a parsed project for what the grammar cannot see: unique ids, cards in cells that
//! exist and that accept their kind, personas that exist. A hand-edited file that breaks
//! these is refused with the line of the item at fault, rather than drawn wrong.

use std::collections::HashSet;

use crate::i18n::{self, Language, Text, msg};
use crate::model::{
    CardContent, EMOTION_MAX, EMOTION_MIN, LaneKind, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH, MetricKind,
    Project, SCORE_MAX, SEVERITY_MAX,
};

/// A problem found in a parsed project: what is wrong, and the id of the item at fault.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// What is wrong.
    pub kind: ProblemKind,
    /// The id whose definition the problem is about.
    pub id: u64,
}

/// What is wrong in a parsed project.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// Two items have one id.
    DuplicateId {
        /// The id.
        id: u64,
        /// The kind of the second item.
        item: Item,
    },
    /// A stage's width is not a number.
    StageWidth {
        /// The stage.
        stage: u64,
    },
    /// A card is in a stage its map does not have.
    CardStage {
        /// The card.
        card: u64,
        /// The stage.
        stage: u64,
    },
    /// A card is in a lane its map does not have.
    CardLane {
        /// The card.
        card: u64,
        /// The lane.
        lane: u64,
    },
    /// A card is in a lane that does not hold its kind.
    CardKind {
        /// The card.
        card: u64,
        /// The lane.
        lane: u64,
        /// The lane's kind.
        kind: LaneKind,
    },
    /// A map is seen through a persona that does not exist.
    Persona {
        /// The map.
        map: u64,
        /// The persona.
        persona: u64,
    },
    /// A score cell names a touchpoint or segment its wave does not list.
    Cell {
        /// The wave.
        wave: u64,
    },
    /// A touchpoint of a wave is matched to a card no map has.
    WaveCard {
        /// The wave.
        wave: u64,
        /// The card.
        card: u64,
    },
    /// A score cell holds a count no survey can have.
    CountTooLarge {
        /// The wave.
        wave: u64,
    },
    /// A score cell has more counts than its scale has answers.
    Counts {
        /// The wave.
        wave: u64,
        /// The metric.
        metric: MetricKind,
        /// The scale, written.
        scale: String,
    },
}

/// The kinds of items that have ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A persona.
    Persona,
    /// A map.
    Map,
    /// A stage.
    Stage,
    /// A lane.
    Lane,
    /// A card.
    Card,
    /// A survey wave.
    Wave,
}

impl ProblemKind {
    /// The problem in words.
    pub fn describe(&self, language: Language) -> String {
        // Ids are written as they are in the file, without grouping.
        let id = |n: &u64| n.to_string();
        match self {
            ProblemKind::DuplicateId { id: n, item } => {
                let item = match item {
                    Item::Persona => Text::ItemPersona,
                    Item::Map => Text::ItemMap,
                    Item::Stage => Text::ItemStage,
                    Item::Lane => Text::ItemLane,
                    Item::Card => Text::ItemCard,
                    Item::Wave => Text::ItemWave,
                };
                msg::problem_duplicate_id(
                    language,
                    msg::ProblemDuplicateId {
                        id: id(n),
                        item: item.get(language),
                    },
                )
            }
            ProblemKind::StageWidth { stage } => {
                msg::problem_stage_width(language, msg::ProblemStageWidth { stage: id(stage) })
            }
            ProblemKind::CardStage { card, stage } => msg::problem_card_stage(
                language,
                msg::ProblemCardStage {
                    card: id(card),
                    stage: id(stage),
                },
            ),
            ProblemKind::CardLane { card, lane } => msg::problem_card_lane(
                language,
                msg::ProblemCardLane {
                    card: id(card),
                    lane: id(lane),
                },
            ),
            ProblemKind::CardKind { card, lane, kind } => msg::problem_card_kind(
                language,
                msg::ProblemCardKind {
                    card: id(card),
                    lane: id(lane),
                    kind: i18n::lane_kind_name(*kind, language),
                },
            ),
            ProblemKind::Persona { map, persona } => msg::problem_persona(
                language,
                msg::ProblemPersona {
                    map: id(map),
                    persona: id(persona),
                },
            ),
            ProblemKind::Cell { wave } => {
                msg::problem_cell(language, msg::ProblemCell { wave: id(wave) })
            }
            ProblemKind::WaveCard { wave, card } => msg::problem_wave_card(
                language,
                msg::ProblemWaveCard {
                    wave: id(wave),
                    card: id(card),
                },
            ),
            ProblemKind::CountTooLarge { wave } => msg::problem_count_too_large(
                language,
                msg::ProblemCountTooLarge {
                    wave: id(wave),
                    max: MAX_COUNT,
                },
            ),
            ProblemKind::Counts {
                wave,
                metric,
                scale,
            } => msg::problem_counts(
                language,
                msg::ProblemCounts {
                    wave: id(wave),
                    metric: metric.short_name(),
                    scale,
                },
            ),
        }
    }
}

/// The largest answer count a score cell may hold (a hundred billion): far above any survey,
/// far below what sums of counts could overflow.
pub const MAX_COUNT: u64 = 100_000_000_000;

/// Checks `project`; fixes silently what loses nothing (the id counter, stage widths and
/// scores out of their range) and reports the rest.
pub fn validate(project: &mut Project) -> Result<(), Problem> {
    let mut seen = HashSet::new();
    let mut check_unique = |id: u64, item: Item| {
        if seen.insert(id) {
            Ok(())
        } else {
            Err(Problem {
                kind: ProblemKind::DuplicateId { id, item },
                id,
            })
        }
    };
    for persona in &project.personas {
        check_unique(persona.id.0, Item::Persona)?;
    }
    for map in &project.maps {
        check_unique(map.id.0, Item::Map)?;
        for stage in &map.stages {
            check_unique(stage.id.0, Item::Stage)?;
            if !stage.width.is_finite() {
                return Err(Problem {
                    kind: ProblemKind::StageWidth { stage: stage.id.0 },
                    id: stage.id.0,
                });
            }
        }
        for lane in &map.lanes {
            check_unique(lane.id.0, Item::Lane)?;
        }
        for card in &map.cards {
            check_unique(card.id.0, Item::Card)?;
            let problem = |kind: ProblemKind| Problem {
                kind,
                id: card.id.0,
            };
            if map.stage(card.stage).is_none() {
                return Err(problem(ProblemKind::CardStage {
                    card: card.id.0,
                    stage: card.stage.0,
                }));
            }
            let Some(lane) = map.lane(card.lane) else {
                return Err(problem(ProblemKind::CardLane {
                    card: card.id.0,
                    lane: card.lane.0,
                }));
            };
            if !lane.kind.accepts(&card.content) {
                return Err(problem(ProblemKind::CardKind {
                    card: card.id.0,
                    lane: lane.id.0,
                    kind: lane.kind,
                }));
            }
        }
        if let Some(persona) = map.persona
            && project.persona(persona).is_none()
        {
            return Err(Problem {
                kind: ProblemKind::Persona {
                    map: map.id.0,
                    persona: persona.0,
                },
                id: map.id.0,
            });
        }
    }
    for wave in &project.waves {
        check_unique(wave.id.0, Item::Wave)?;
        let problem = |kind: ProblemKind| Problem {
            kind,
            id: wave.id.0,
        };
        let (touchpoints, segments) = (wave.touchpoints.len(), wave.segments.len());
        // Every touchpoint of the wave is matched to a card that exists, or to none.
        for touchpoint in &wave.touchpoints {
            if let Some(card) = touchpoint.card
                && !project.maps.iter().any(|m| m.card(card).is_some())
            {
                return Err(problem(ProblemKind::WaveCard {
                    wave: wave.id.0,
                    card: card.0,
                }));
            }
        }
        for cell in &wave.cells {
            // Counts a survey can have: sums of them cannot overflow anywhere.
            let too_many = MetricKind::ALL
                .iter()
                .flat_map(|m| cell.counts(*m).iter())
                .chain(std::iter::once(&cell.responses))
                .any(|n| *n > MAX_COUNT);
            if too_many {
                return Err(problem(ProblemKind::CountTooLarge { wave: wave.id.0 }));
            }
            if cell.touchpoint.is_some_and(|t| t as usize >= touchpoints)
                || cell.segment.is_some_and(|s| s as usize >= segments)
            {
                return Err(problem(ProblemKind::Cell { wave: wave.id.0 }));
            }
            for metric in MetricKind::ALL {
                if cell.counts(metric).len() > wave.mapping.scales.of(metric).len() {
                    return Err(problem(ProblemKind::Counts {
                        wave: wave.id.0,
                        metric,
                        scale: wave.mapping.scales.of(metric).to_string(),
                    }));
                }
            }
        }
    }
    let highest = seen.iter().copied().max().unwrap_or(0);
    project.next_id.0 = project.next_id.0.max(highest + 1);
    for map in &mut project.maps {
        for stage in &mut map.stages {
            stage.width = stage.width.clamp(MIN_STAGE_WIDTH, MAX_STAGE_WIDTH);
        }
        for card in &mut map.cards {
            bring_into_range(&mut card.content);
        }
    }
    Ok(())
}

/// Scores written by hand outside their scale are brought back to its nearest end.
fn bring_into_range(content: &mut CardContent) {
    match content {
        CardContent::Touchpoint(t) => {
            t.emotion = t.emotion.clamp(EMOTION_MIN, EMOTION_MAX);
            t.expected = t.expected.map(|e| e.clamp(EMOTION_MIN, EMOTION_MAX));
        }
        CardContent::PainPoint(p) => p.severity = p.severity.clamp(1, SEVERITY_MAX),
        CardContent::Opportunity(o) => {
            o.impact = o.impact.clamp(1, SCORE_MAX);
            o.effort = o.effort.clamp(1, SCORE_MAX);
        }
        CardContent::Note(_) => {}
    }
}

/// The 1-based line and column where `id: N` is first written in `text`, or (1, 1).
pub fn location_of_id(text: &str, id: u64) -> (usize, usize) {
    let needle = format!("id: {id},");
    for (number, line) in text.lines().enumerate() {
        if let Some(column) = line.find(&needle) {
            return (number + 1, line[..column].chars().count() + 1);
        }
    }
    (1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::example_project;
    use crate::model::StageId;

    #[test]
    fn the_example_is_valid() {
        assert_eq!(validate(&mut example_project()), Ok(()));
    }

    #[test]
    fn a_card_in_a_missing_stage_is_refused() {
        let mut project = example_project();
        project.maps[0].cards[3].stage = StageId(999_999);
        let problem = validate(&mut project).unwrap_err();
        assert_eq!(problem.id, project.maps[0].cards[3].id.0);
        assert!(problem.kind.describe(Language::En).contains("999999"));
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut project = example_project();
        let first = project.maps[0].cards[0].id;
        project.maps[0].cards[1].id = first;
        assert!(validate(&mut project).is_err());
    }

    #[test]
    fn scores_out_of_scale_are_brought_back() {
        let mut project = example_project();
        let CardContent::Touchpoint(t) = &mut project.maps[0].cards[12].content else {
            panic!("card 12 of the example is a touchpoint");
        };
        t.emotion = 9;
        validate(&mut project).unwrap();
        let CardContent::Touchpoint(t) = &project.maps[0].cards[12].content else {
            unreachable!()
        };
        assert_eq!(t.emotion, EMOTION_MAX);
    }

    #[test]
    fn a_low_id_counter_is_raised() {
        let mut project = example_project();
        project.next_id.0 = 1;
        validate(&mut project).unwrap();
        assert!(project.next_id.0 > project.maps[0].cards.iter().map(|c| c.id.0).max().unwrap());
    }
}
