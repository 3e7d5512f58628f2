//! The workshop's results, without egui: the priority matrix's quadrants and the session
//! summary (votes ranked, the matrix, actions with owners, what changed on the map).

use std::fmt::Write as _;

use crate::i18n::{self, Language, Text, msg};
use crate::model::{CardContent, JourneyMap, Opportunity, SCORE_MAX};

/// A quadrant of the priority matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quadrant {
    /// High impact, low effort.
    QuickWins,
    /// High impact, high effort.
    BigBets,
    /// Low impact, low effort.
    FillIns,
    /// Low impact, high effort.
    MoneyPits,
}

impl Quadrant {
    /// Every quadrant, in the order a summary lists them.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::QuickWins,
        Quadrant::BigBets,
        Quadrant::FillIns,
        Quadrant::MoneyPits,
    ];

    /// The quadrant of an opportunity: the middle value (3) counts as high impact and as low
    /// effort.
    pub fn of(opportunity: &Opportunity) -> Self {
        let middle = SCORE_MAX.div_ceil(2);
        match (opportunity.impact >= middle, opportunity.effort <= middle) {
            (true, true) => Quadrant::QuickWins,
            (true, false) => Quadrant::BigBets,
            (false, true) => Quadrant::FillIns,
            (false, false) => Quadrant::MoneyPits,
        }
    }

    /// Its name.
    pub fn name(self, lang: Language) -> &'static str {
        match self {
            Quadrant::QuickWins => Text::QuadrantQuickWins,
            Quadrant::BigBets => Text::QuadrantBigBets,
            Quadrant::FillIns => Text::QuadrantFillIns,
            Quadrant::MoneyPits => Text::QuadrantMoneyPits,
        }
        .get(lang)
    }
}

/// How the map changed since the session began: cards added (their titles), removed and
/// changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapChanges {
    /// Titles of the cards added.
    pub added: Vec<String>,
    /// Titles of the cards removed.
    pub removed: Vec<String>,
    /// How many cards kept their id but changed (title, fields, cell).
    pub changed: usize,
}

impl MapChanges {
    /// The changes from `before` to `after` (the same map at two moments).
    pub fn between(before: &JourneyMap, after: &JourneyMap) -> Self {
        let mut changes = MapChanges::default();
        for card in &after.cards {
            match before.card(card.id) {
                None => changes.added.push(card.title().to_owned()),
                Some(old) if old != card => changes.changed += 1,
                Some(_) => {}
            }
        }
        for card in &before.cards {
            if after.card(card.id).is_none() {
                changes.removed.push(card.title().to_owned());
            }
        }
        changes
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed == 0
    }
}

/// The workshop summary of `map` as text, ready to paste in an e-mail: its votes ranked, the
/// matrix's quadrants, the actions with their owners, and, when `before` is the map as the
/// session found it, what changed since.
pub fn summary_text(map: &JourneyMap, before: Option<&JourneyMap>, lang: Language) -> String {
    let t = |text: Text| text.get(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        msg::summary_title(
            lang,
            msg::SummaryTitle {
                map: map.name.as_str()
            }
        )
    );
    // Votes, the latest first.
    let _ = writeln!(out, "\n{}", t(Text::SummaryVotes));
    if map.votes.is_empty() {
        let _ = writeln!(out, "  {}", t(Text::SummaryNoVote));
    }
    for session in map.votes.iter().rev() {
        let _ = writeln!(
            out,
            "  {} — {}",
            session.name,
            msg::vote_result_caption(
                lang,
                msg::VoteResultCaption {
                    participants: session.participants.len(),
                    dots: session.dots.len(),
                    ended: session.ended.as_str(),
                },
            )
        );
        for (place, card, count) in session.places() {
            let title = map.card(card).map_or("–", |c| c.title());
            let dots = msg::dot_count(lang, msg::DotCount { count });
            let _ = writeln!(out, "    {place}. {title} — {dots}");
        }
    }
    // The matrix.
    let _ = writeln!(out, "\n{}", t(Text::PriorityMatrix));
    let opportunities: Vec<&Opportunity> = map
        .cards
        .iter()
        .filter_map(|c| match &c.content {
            CardContent::Opportunity(o) => Some(o),
            _ => None,
        })
        .collect();
    if opportunities.is_empty() {
        let _ = writeln!(out, "  {}", t(Text::SummaryNoOpportunity));
    }
    for quadrant in Quadrant::ALL {
        let mut in_quadrant: Vec<&&Opportunity> = opportunities
            .iter()
            .filter(|o| Quadrant::of(o) == quadrant)
            .collect();
        if in_quadrant.is_empty() {
            continue;
        }
        in_quadrant.sort_by_key(|o| (std::cmp::Reverse(o.impact), o.effort));
        let _ = writeln!(out, "  {}", quadrant.name(lang));
        for o in in_quadrant {
            let caption = msg::opportunity_caption(
                lang,
                msg::OpportunityCaption {
                    impact: o.impact,
                    effort: o.effort,
                },
            );
            let _ = writeln!(out, "    • {} ({caption})", o.title);
        }
    }
    // Actions.
    let _ = writeln!(out, "\n{}", t(Text::Actions));
    let actions = map.actions();
    if actions.is_empty() {
        let _ = writeln!(out, "  {}", t(Text::SummaryNoAction));
    }
    for (card, _, action) in actions {
        let on = map.card(card).map_or("–", |c| c.title());
        let owner = if action.owner.is_empty() {
            t(Text::SummaryNoOwner)
        } else {
            action.owner.as_str()
        };
        let due = if action.due.is_empty() {
            "–"
        } else {
            action.due.as_str()
        };
        let _ = writeln!(
            out,
            "  • {} — {owner}, {due}, {} ({} {on})",
            action.title,
            i18n::action_status_name(action.status, lang),
            t(Text::ActionOn),
        );
    }
    // What changed during the session.
    if let Some(before) = before {
        let changes = MapChanges::between(before, map);
        let _ = writeln!(out, "\n{}", t(Text::SummaryChanges));
        if changes.is_empty() {
            let _ = writeln!(out, "  {}", t(Text::SummaryNoChange));
        } else {
            let _ = writeln!(
                out,
                "  {}",
                msg::summary_change_counts(
                    lang,
                    msg::SummaryChangeCounts {
                        added: changes.added.len(),
                        removed: changes.removed.len(),
                        changed: changes.changed,
                    },
                )
            );
            for title in &changes.added {
                let _ = writeln!(out, "    + {title}");
            }
            for title in &changes.removed {
                let _ = writeln!(out, "    − {title}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CardId, Dot, PlannedAction, VoteSession};

    #[test]
    fn quadrants_split_at_the_middle_value() {
        let at = |impact, effort| {
            Quadrant::of(&Opportunity {
                impact,
                effort,
                ..Opportunity::default()
            })
        };
        assert_eq!(at(5, 1), Quadrant::QuickWins);
        assert_eq!(at(3, 3), Quadrant::QuickWins);
        assert_eq!(at(4, 5), Quadrant::BigBets);
        assert_eq!(at(2, 2), Quadrant::FillIns);
        assert_eq!(at(1, 4), Quadrant::MoneyPits);
    }

    #[test]
    fn the_summary_ranks_votes_sorts_the_matrix_and_lists_actions_and_changes() {
        let before = crate::example::example_project().maps.swap_remove(0);
        let mut map = before.clone();
        let pains: Vec<CardId> = map
            .cards
            .iter()
            .filter(|c| matches!(c.content, CardContent::PainPoint(_)))
            .map(|c| c.id)
            .collect();
        map.votes.push(VoteSession {
            name: "Vote 1".into(),
            ended: "2026-12-02 14:32".into(),
            votes_per_participant: 2,
            kinds: vec![crate::model::CardKind::PainPoint],
            hidden: true,
            participants: vec!["Ana".into(), "Bo".into()],
            dots: vec![
                Dot {
                    card: pains[1],
                    participant: 0,
                },
                Dot {
                    card: pains[0],
                    participant: 0,
                },
                Dot {
                    card: pains[1],
                    participant: 1,
                },
            ],
        });
        let pain_title = map.card(pains[1]).unwrap().title().to_owned();
        if let Some(CardContent::PainPoint(p)) = map
            .cards
            .iter_mut()
            .find(|c| c.id == pains[1])
            .map(|c| &mut c.content)
        {
            p.actions.push(PlannedAction {
                title: "Call back within a day".into(),
                owner: "Léa".into(),
                due: "2027-01-15".into(),
                ..PlannedAction::default()
            });
        }
        let removed = map.cards.remove(0).title().to_owned();
        let text = summary_text(&map, Some(&before), Language::En);
        assert!(
            text.contains(&format!("1. {pain_title} — 2 dots")),
            "{text}"
        );
        assert!(
            text.contains("2 participants, 3 dots, ended 2026-12-02 14:32"),
            "{text}"
        );
        assert!(
            text.contains("Quick wins") || text.contains("Big bets"),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "• Call back within a day — Léa, 2027-01-15, To do (On {pain_title})"
            )),
            "{text}"
        );
        assert!(text.contains(&format!("− {removed}")), "{text}");
        assert!(text.contains("1 changed"), "{text}");
    }
}
