//! Generators of projects and edits for property tests.

#![allow(dead_code)]

pub mod ui;

use parcours::edit::Edit;
use parcours::i18n::{Language, Text};
use parcours::model::*;
use proptest::prelude::*;

/// Any text a user might type: accents, quotes, backslashes, newlines, raw-string markers.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 éèàçœ«»–—'\"\\\\#\\n\\t{}()\\[\\],:]{0,24}",
        any::<String>().prop_map(|s| s.chars().take(24).collect()),
        Just("\"#".to_owned()),
        Just("r#\"x\"#".to_owned()),
    ]
}

fn channel() -> impl Strategy<Value = Channel> {
    prop::sample::select(Channel::ALL.to_vec())
}

fn card_content(kind: LaneKind) -> BoxedStrategy<CardContent> {
    match kind {
        LaneKind::Touchpoints => (
            any_text(),
            any_text(),
            channel(),
            prop::sample::select(Phase::ALL.to_vec()),
            any_text(),
            any::<bool>(),
            EMOTION_MIN..=EMOTION_MAX,
            prop::option::of(EMOTION_MIN..=EMOTION_MAX),
            any_text(),
            prop::collection::vec(any_text(), 0..2),
            prop::collection::vec(any_text(), 0..2),
        )
            .prop_map(
                |(
                    title,
                    description,
                    channel,
                    phase,
                    owner,
                    moment_of_truth,
                    emotion,
                    expected,
                    notes,
                    survey_keys,
                    quotes,
                )| {
                    CardContent::Touchpoint(Touchpoint {
                        evidence: evidence_of(&title),
                        title,
                        description,
                        channel,
                        phase,
                        owner,
                        moment_of_truth,
                        emotion,
                        expected,
                        notes,
                        survey_keys,
                        quotes,
                    })
                },
            )
            .boxed(),
        LaneKind::PainPoints => (
            any_text(),
            any_text(),
            1..=SEVERITY_MAX,
            prop::sample::select(Frequency::ALL.to_vec()),
            prop::collection::vec(any::<u64>().prop_map(CardId), 0..3),
            any::<u32>(),
        )
            .prop_map(
                |(title, description, severity, frequency, touchpoints, votes)| {
                    CardContent::PainPoint(PainPoint {
                        evidence: evidence_of(&title),
                        actions: actions_of(&title, &description),
                        title,
                        description,
                        severity,
                        frequency,
                        touchpoints,
                        votes,
                    })
                },
            )
            .boxed(),
        LaneKind::Opportunities => (
            any_text(),
            any_text(),
            prop::collection::vec(any::<u64>().prop_map(CardId), 0..3),
            prop::collection::vec(any::<u64>().prop_map(CardId), 0..2),
            1..=SCORE_MAX,
            1..=SCORE_MAX,
        )
            .prop_map(
                |(title, description, pain_points, touchpoints, impact, effort)| {
                    CardContent::Opportunity(Opportunity {
                        evidence: evidence_of(&title),
                        actions: actions_of(&title, &description),
                        title,
                        description,
                        pain_points,
                        touchpoints,
                        impact,
                        effort,
                    })
                },
            )
            .boxed(),
        _ => (any_text(), any_text())
            .prop_map(|(title, description)| {
                CardContent::Note(Note {
                    evidence: evidence_of(&description),
                    title,
                    description,
                })
            })
            .boxed(),
    }
}

/// An evidence label, or none, chosen by a text's length.
fn evidence_of(text: &str) -> Option<Evidence> {
    let pick = text.len() % (Evidence::ALL.len() + 1);
    Evidence::ALL.get(pick).copied()
}

/// An action on the card when its description is not empty, its fields taken from the texts.
fn actions_of(title: &str, description: &str) -> Vec<PlannedAction> {
    if description.is_empty() {
        return Vec::new();
    }
    vec![PlannedAction {
        title: description.to_owned(),
        owner: title.to_owned(),
        due: if title.len().is_multiple_of(2) {
            "2026-12-31".into()
        } else {
            String::new()
        },
        status: ActionStatus::ALL[description.len() % ActionStatus::ALL.len()],
    }]
}

/// A map with ids from `base` upwards.
pub fn any_map(base: u64) -> impl Strategy<Value = JourneyMap> {
    (
        any_text(),
        prop::collection::vec(
            (
                any_text(),
                any::<(u8, u8, u8)>(),
                140.0f32..800.0,
                any_text(),
            ),
            1..5,
        ),
        prop::collection::vec(
            (any_text(), prop::sample::select(LaneKind::ALL.to_vec())),
            1..6,
        ),
        prop::collection::vec((any::<usize>(), any::<usize>(), any::<u64>()), 0..12),
        prop::collection::vec((any_text(), any::<u8>(), any::<bool>()), 0..3),
    )
        .prop_flat_map(move |(name, stages, lanes, cards, views)| {
            let stages: Vec<Stage> = stages
                .into_iter()
                .enumerate()
                .map(|(i, (name, (r, g, b), width, notes))| Stage {
                    id: StageId(base + 1 + i as u64),
                    name,
                    color: Rgb(r, g, b),
                    width,
                    notes,
                })
                .collect();
            let lanes: Vec<Lane> = lanes
                .into_iter()
                .enumerate()
                .map(|(i, (title, kind))| Lane {
                    id: LaneId(base + 100 + i as u64),
                    title,
                    kind,
                })
                .collect();
            let card_lanes: Vec<&Lane> = lanes.iter().filter(|l| l.kind.holds_cards()).collect();
            let cards: Vec<BoxedStrategy<Card>> = if card_lanes.is_empty() {
                Vec::new()
            } else {
                cards
                    .into_iter()
                    .enumerate()
                    .map(|(i, (s, l, _))| {
                        let stage = stages[s % stages.len()].id;
                        let lane = card_lanes[l % card_lanes.len()];
                        let (lane_id, kind) = (lane.id, lane.kind);
                        card_content(kind)
                            .prop_map(move |content| Card {
                                id: CardId(base + 1000 + i as u64),
                                stage,
                                lane: lane_id,
                                content,
                            })
                            .boxed()
                    })
                    .collect()
            };
            // Saved views over those lanes and stages: some lanes hidden (by the bits of
            // `mask`), the stages reversed, a lane zoomed on, a segment and months.
            let views: Vec<SavedView> = views
                .into_iter()
                .map(|(name, mask, reorder)| SavedView {
                    name,
                    hidden_lanes: lanes
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << (i % 8)) != 0)
                        .map(|(_, l)| l.id)
                        .collect(),
                    stages: reorder.then(|| stages.iter().rev().map(|s| s.id).collect()),
                    lane_zoom: if mask % 2 == 1 {
                        vec![(stages[0].id, lanes[0].id)]
                    } else {
                        Vec::new()
                    },
                    segment: reorder.then(|| format!("segment {mask}")),
                    from: (mask > 100).then(|| Month::new(2026, u32::from(mask % 12) + 1)),
                    evidence: if mask % 3 == 0 {
                        vec![Evidence::Observed, Evidence::Proposed]
                    } else {
                        Vec::new()
                    },
                    ..SavedView::default()
                })
                .collect();
            (Just(name), Just(stages), Just(lanes), cards, Just(views))
        })
        .prop_map(move |(name, stages, lanes, cards, views)| {
            // A vote session on some of the cards, when there are any.
            let votes = if cards.is_empty() || name.len() % 2 == 1 {
                Vec::new()
            } else {
                vec![VoteSession {
                    name: format!("Vote {}", cards.len()),
                    ended: "2026-12-02 14:32".into(),
                    votes_per_participant: 3,
                    kinds: vec![CardKind::PainPoint, CardKind::Note],
                    hidden: cards.len() % 2 == 0,
                    participants: vec![name.clone(), "Participant 2".into()],
                    dots: cards
                        .iter()
                        .take(3)
                        .enumerate()
                        .map(|(i, c)| Dot {
                            card: c.id,
                            participant: (i % 2) as u32,
                        })
                        .collect(),
                }]
            };
            JourneyMap {
                id: MapId(base),
                name,
                persona: None,
                stages,
                lanes,
                cards,
                views,
                votes,
            }
        })
}

/// Any project: maps, personas, details.
pub fn any_project() -> impl Strategy<Value = Project> {
    (
        (
            any_text(),
            any_text(),
            any_text(),
            any_text(),
            any_text(),
            any::<bool>(),
        ),
        prop::collection::vec(any_map(0), 1..3),
        prop::collection::vec(
            (
                any_text(),
                any_text(),
                any_text(),
                any_text(),
                any_text(),
                prop::option::of(any_text()),
            ),
            0..3,
        ),
    )
        .prop_map(
            |((title, client, author, created, modified, fr), maps, personas)| {
                let mut project = Project::empty(if fr { Language::Fr } else { Language::En });
                project.info = ProjectInfo {
                    title,
                    client,
                    author,
                    created,
                    modified,
                    language: project.info.language,
                };
                project.personas = personas
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (name, segment, goals, frustrations, quote, photo))| Persona {
                            id: PersonaId(900_000 + i as u64),
                            name,
                            segment,
                            goals,
                            frustrations,
                            quote,
                            photo,
                        },
                    )
                    .collect();
                // Give each map its own id range.
                project.maps = maps
                    .into_iter()
                    .enumerate()
                    .map(|(m, mut map)| {
                        let base = (m as u64 + 1) * 10_000;
                        map.id = MapId(base);
                        for s in &mut map.stages {
                            s.id = StageId(s.id.0 + base);
                        }
                        for l in &mut map.lanes {
                            l.id = LaneId(l.id.0 + base);
                        }
                        for c in &mut map.cards {
                            c.id = CardId(c.id.0 + base);
                            c.stage = StageId(c.stage.0 + base);
                            c.lane = LaneId(c.lane.0 + base);
                        }
                        if let Some(p) = project.personas.first() {
                            map.persona = Some(p.id);
                        }
                        map
                    })
                    .collect();
                project.next_id = IdCounter(1_000_000);
                project
            },
        )
}

/// A recipe for an edit, turned into a valid edit against the project as it is then.
#[derive(Clone, Debug)]
pub struct EditRecipe {
    kind: u8,
    a: usize,
    b: usize,
    c: usize,
    text: String,
}

/// Any edit recipe.
pub fn any_recipe() -> impl Strategy<Value = EditRecipe> {
    (
        0u8..16,
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
        any_text(),
    )
        .prop_map(|(kind, a, b, c, text)| EditRecipe {
            kind,
            a,
            b,
            c,
            text,
        })
}

impl EditRecipe {
    /// The edit this recipe makes of `project`, with new ids from `next_id`; `None` when
    /// the project has nothing it could apply to.
    pub fn edit(&self, project: &Project, next_id: &mut u64) -> Option<Edit> {
        let mut fresh = || {
            *next_id += 1;
            *next_id
        };
        let map = project.maps.get(self.a % project.maps.len().max(1))?;
        let pick = |len: usize, n: usize| if len == 0 { None } else { Some(n % len) };
        Some(match self.kind {
            0 | 1 => {
                let stage = &map.stages[pick(map.stages.len(), self.b)?];
                let lanes: Vec<&Lane> = map.lanes.iter().filter(|l| l.kind.holds_cards()).collect();
                let lane = lanes[pick(lanes.len(), self.c)?];
                Edit::AddCard {
                    map: map.id,
                    card: Card {
                        id: CardId(fresh()),
                        stage: stage.id,
                        lane: lane.id,
                        content: lane.kind.new_card_content(self.text.clone()),
                    },
                    index: self.b % (map.cards.len() + 1),
                }
            }
            2 => Edit::DeleteCard {
                map: map.id,
                card: map.cards[pick(map.cards.len(), self.b)?].id,
            },
            3 | 4 => {
                let card = &map.cards[pick(map.cards.len(), self.b)?];
                let lanes: Vec<&Lane> = map
                    .lanes
                    .iter()
                    .filter(|l| l.kind.accepts(&card.content))
                    .collect();
                let lane = lanes[pick(lanes.len(), self.c)?];
                Edit::MoveCard {
                    map: map.id,
                    card: card.id,
                    stage: map.stages[self.c % map.stages.len()].id,
                    lane: lane.id,
                    index: self.a % (map.cards.len() + 1),
                }
            }
            5 => {
                let card = &map.cards[pick(map.cards.len(), self.b)?];
                let mut content = card.content.clone();
                content.set_title(self.text.clone());
                Edit::SetCardContent {
                    map: map.id,
                    card: card.id,
                    content,
                }
            }
            6 => Edit::AddStage {
                map: map.id,
                stage: Stage {
                    id: StageId(fresh()),
                    name: self.text.clone(),
                    color: Rgb::stage_color(self.b),
                    width: 200.0,
                    notes: String::new(),
                },
                index: self.b % (map.stages.len() + 1),
                cards: Vec::new(),
            },
            7 => Edit::DeleteStage {
                map: map.id,
                stage: map.stages[pick(map.stages.len(), self.b)?].id,
            },
            8 => Edit::MoveStage {
                map: map.id,
                stage: map.stages[pick(map.stages.len(), self.b)?].id,
                index: self.c % map.stages.len().max(1),
            },
            9 => {
                let mut stage = map.stages[pick(map.stages.len(), self.b)?].clone();
                stage.name = self.text.clone();
                stage.width = 140.0 + (self.c % 600) as f32;
                Edit::SetStage { map: map.id, stage }
            }
            10 => Edit::AddLane {
                map: map.id,
                lane: Lane {
                    id: LaneId(fresh()),
                    title: self.text.clone(),
                    kind: LaneKind::ALL[self.c % LaneKind::ALL.len()],
                },
                index: self.b % (map.lanes.len() + 1),
                cards: Vec::new(),
            },
            11 => Edit::DeleteLane {
                map: map.id,
                lane: map.lanes[pick(map.lanes.len(), self.b)?].id,
            },
            12 => Edit::MoveLane {
                map: map.id,
                lane: map.lanes[pick(map.lanes.len(), self.b)?].id,
                index: self.c % map.lanes.len().max(1),
            },
            13 => Edit::SetMapDetails {
                map: map.id,
                name: self.text.clone(),
                persona: project
                    .personas
                    .get(self.b % (project.personas.len() + 1))
                    .map(|p| p.id),
            },
            14 => {
                if self.b.is_multiple_of(2) {
                    Edit::AddPersona {
                        persona: Persona {
                            id: PersonaId(fresh()),
                            name: self.text.clone(),
                            ..Persona::default()
                        },
                        index: self.c % (project.personas.len() + 1),
                        seen_by: Vec::new(),
                    }
                } else {
                    Edit::DeletePersona {
                        persona: project.personas[pick(project.personas.len(), self.c)?].id,
                    }
                }
            }
            _ => {
                let ids: Vec<CardId> = map
                    .cards
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| (self.b >> (i % 32)) & 1 == 1)
                    .map(|(_, c)| c.id)
                    .collect();
                if ids.is_empty() {
                    return None;
                }
                Edit::Batch {
                    name: Text::EditDeleteSeveral,
                    edits: ids
                        .iter()
                        .rev()
                        .map(|id| Edit::DeleteCard {
                            map: map.id,
                            card: *id,
                        })
                        .collect(),
                }
            }
        })
    }
}
