//! Dot-voting sessions: who voted for which card, as the facilitator ended the vote.

use serde::{Deserialize, Serialize};

use super::card::CardContent;
use super::ids::CardId;

/// The kinds of card, for what a vote is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardKind {
    /// Sticky notes of text and blueprint lanes.
    Note,
    /// Touchpoints.
    Touchpoint,
    /// Pain points.
    PainPoint,
    /// Opportunities.
    Opportunity,
}

impl CardKind {
    /// Every kind, in menu order.
    pub const ALL: [CardKind; 4] = [
        CardKind::PainPoint,
        CardKind::Opportunity,
        CardKind::Touchpoint,
        CardKind::Note,
    ];
}

impl CardContent {
    /// The card's kind.
    pub fn kind(&self) -> CardKind {
        match self {
            CardContent::Note(_) => CardKind::Note,
            CardContent::Touchpoint(_) => CardKind::Touchpoint,
            CardContent::PainPoint(_) => CardKind::PainPoint,
            CardContent::Opportunity(_) => CardKind::Opportunity,
        }
    }
}

/// The most votes a participant may have in one session.
pub const MAX_VOTES_PER_PARTICIPANT: u8 = 20;

/// One participant's dot on one card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dot {
    /// The card voted for.
    pub card: CardId,
    /// The participant, by index in [`VoteSession::participants`].
    pub participant: u32,
}

/// One dot-voting session of a map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoteSession {
    /// Its name ("Vote 1").
    pub name: String,
    /// When it ended, `YYYY-MM-DD HH:MM`, local time.
    pub ended: String,
    /// Dots each participant had.
    pub votes_per_participant: u8,
    /// The kinds of card that could be voted on.
    pub kinds: Vec<CardKind>,
    /// Whether the dots were hidden until the reveal.
    pub hidden: bool,
    /// The participants, by name ("Participant 2" for anonymous voters).
    pub participants: Vec<String>,
    /// Every dot placed, in the order placed.
    pub dots: Vec<Dot>,
}

impl VoteSession {
    /// The cards voted for, most dots first; cards with as many dots keep the order of
    /// their first dot.
    pub fn ranking(&self) -> Vec<(CardId, usize)> {
        let mut ranked: Vec<(CardId, usize)> = Vec::new();
        for dot in &self.dots {
            match ranked.iter_mut().find(|(card, _)| *card == dot.card) {
                Some((_, count)) => *count += 1,
                None => ranked.push((dot.card, 1)),
            }
        }
        // A stable sort keeps the first-dot order among equals.
        ranked.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
        ranked
    }

    /// The ranking with each card's place: cards with as many dots share a place, and the
    /// next place counts them ("1, 2, 2, 4").
    pub fn places(&self) -> Vec<(usize, CardId, usize)> {
        let mut places = Vec::new();
        let mut place = 0;
        let mut last = None;
        for (position, (card, count)) in self.ranking().into_iter().enumerate() {
            if last != Some(count) {
                place = position + 1;
                last = Some(count);
            }
            places.push((place, card, count));
        }
        places
    }

    /// The participants (by index) with a dot on `card`, in the order placed.
    pub fn voters_of(&self, card: CardId) -> impl Iterator<Item = u32> + '_ {
        self.dots
            .iter()
            .filter(move |d| d.card == card)
            .map(|d| d.participant)
    }

    /// The dots `participant` placed.
    pub fn dots_of(&self, participant: u32) -> usize {
        self.dots
            .iter()
            .filter(|d| d.participant == participant)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_by_dots_then_by_first_dot() {
        let dot = |card, participant| Dot {
            card: CardId(card),
            participant,
        };
        let session = VoteSession {
            name: "Vote 1".into(),
            ended: "2026-12-02 14:32".into(),
            votes_per_participant: 3,
            kinds: vec![CardKind::PainPoint],
            hidden: true,
            participants: vec!["A".into(), "B".into()],
            dots: vec![dot(5, 0), dot(7, 0), dot(7, 1), dot(9, 1), dot(5, 1)],
        };
        assert_eq!(
            session.ranking(),
            vec![(CardId(5), 2), (CardId(7), 2), (CardId(9), 1)]
        );
        assert_eq!(
            session.places(),
            vec![(1, CardId(5), 2), (1, CardId(7), 2), (3, CardId(9), 1)]
        );
        assert_eq!(session.voters_of(CardId(7)).collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(session.dots_of(1), 3);
    }
}
