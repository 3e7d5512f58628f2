//! A dot vote while it runs: the facilitator's setup, participants voting in turn on the one
//! laptop, the end (the facilitator's, confirmed) and the reveal. Only the ended vote goes
//! into the project, as one edit.

use crate::model::{
    CardId, CardKind, Dot, JourneyMap, MAX_VOTES_PER_PARTICIPANT, MapId, VoteSession,
};

/// The facilitator's choices before the vote starts.
#[derive(Clone, Debug, PartialEq)]
pub struct VoteSetup {
    /// The map voted on.
    pub map: MapId,
    /// Dots per participant, 1 to 20.
    pub votes_per_participant: u8,
    /// Which kinds can be voted on, by [`CardKind::ALL`] index.
    pub kinds: [bool; 4],
    /// Whether dots stay hidden until the reveal.
    pub hidden: bool,
    /// Participants' names, one per line; empty for anonymous voters.
    pub names: String,
    /// How many anonymous voters, when no name is given.
    pub anonymous: u8,
}

impl VoteSetup {
    /// The default setup on `map`: three dots on pain points and opportunities, hidden.
    pub fn new(map: MapId) -> Self {
        Self {
            map,
            votes_per_participant: 3,
            kinds: [true, true, false, false],
            hidden: true,
            names: String::new(),
            anonymous: 3,
        }
    }

    /// The participants: the names given, else numbered voters (`numbered(n)` names them).
    pub fn participants(&self, numbered: impl Fn(usize) -> String) -> Vec<String> {
        let names: Vec<String> = self
            .names
            .lines()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect();
        if names.is_empty() {
            (1..=usize::from(self.anonymous.max(1)))
                .map(numbered)
                .collect()
        } else {
            names
        }
    }

    /// The kinds chosen.
    pub fn chosen_kinds(&self) -> Vec<CardKind> {
        CardKind::ALL
            .into_iter()
            .zip(self.kinds)
            .filter_map(|(kind, on)| on.then_some(kind))
            .collect()
    }

    /// Whether the vote can start: at least one kind.
    pub fn is_ready(&self) -> bool {
        self.kinds.iter().any(|k| *k)
    }

    /// The vote, started.
    pub fn start(&self, name: String, numbered: impl Fn(usize) -> String) -> LiveVote {
        LiveVote {
            map: self.map,
            session: VoteSession {
                name,
                ended: String::new(),
                votes_per_participant: self
                    .votes_per_participant
                    .clamp(1, MAX_VOTES_PER_PARTICIPANT),
                kinds: self.chosen_kinds(),
                hidden: self.hidden,
                participants: self.participants(numbered),
                dots: Vec::new(),
            },
            current: 0,
        }
    }
}

/// A vote under way.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveVote {
    /// The map voted on.
    pub map: MapId,
    /// The session so far (its end time is set when it ends).
    pub session: VoteSession,
    /// Who is voting now, by index.
    pub current: u32,
}

/// Why a click placed no dot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The participant has used every dot.
    NoDotsLeft,
    /// The card is of a kind not voted on.
    NotVotedOn,
}

impl LiveVote {
    /// Dots the current participant has left.
    pub fn dots_left(&self) -> usize {
        usize::from(self.session.votes_per_participant)
            .saturating_sub(self.session.dots_of(self.current))
    }

    /// How many participants have placed at least one dot.
    pub fn voted(&self) -> usize {
        let mut voters: Vec<u32> = self.session.dots.iter().map(|d| d.participant).collect();
        voters.sort_unstable();
        voters.dedup();
        voters.len()
    }

    /// The current participant's name.
    pub fn current_name(&self) -> &str {
        self.session
            .participants
            .get(self.current as usize)
            .map_or("", String::as_str)
    }

    /// Whether the current participant is the last one.
    pub fn is_last(&self) -> bool {
        self.current as usize + 1 >= self.session.participants.len()
    }

    /// Whether a card of `kind` can be voted on.
    pub fn takes(&self, kind: CardKind) -> bool {
        self.session.kinds.contains(&kind)
    }

    /// A click on a card by the current participant: places a dot, or takes back the one
    /// they placed there.
    pub fn toggle(&mut self, card: CardId, kind: CardKind) -> Result<(), Refused> {
        if !self.takes(kind) {
            return Err(Refused::NotVotedOn);
        }
        let current = self.current;
        if let Some(at) = self
            .session
            .dots
            .iter()
            .position(|d| d.card == card && d.participant == current)
        {
            self.session.dots.remove(at);
            return Ok(());
        }
        if self.dots_left() == 0 {
            return Err(Refused::NoDotsLeft);
        }
        self.session.dots.push(Dot {
            card,
            participant: current,
        });
        Ok(())
    }

    /// The next participant's turn (the last one stays).
    pub fn next_participant(&mut self) {
        if !self.is_last() {
            self.current += 1;
        }
    }

    /// The dots on screen: everyone's when the vote is open, else only the current
    /// participant's.
    pub fn visible_dots(&self) -> impl Iterator<Item = &Dot> + '_ {
        let current = self.current;
        let hidden = self.session.hidden;
        self.session
            .dots
            .iter()
            .filter(move |d| !hidden || d.participant == current)
    }

    /// The ended session for the map, dots on cards that no longer exist left out.
    pub fn ended(mut self, map: &JourneyMap, ended: String) -> VoteSession {
        self.session.ended = ended;
        self.session.dots.retain(|d| map.card(d.card).is_some());
        self.session
    }
}

/// Where the vote stands.
#[derive(Clone, Debug, PartialEq)]
pub enum VoteState {
    /// The facilitator is setting it up.
    Setup(VoteSetup),
    /// Participants are voting; `confirming` while the facilitator is asked to confirm the
    /// end.
    Voting {
        /// The vote.
        vote: LiveVote,
        /// Whether the end is being confirmed.
        confirming: bool,
        /// What the last click was refused for, shown in the banner.
        refused: Option<Refused>,
    },
    /// The result, ranked, of the map's session of this index.
    Reveal {
        /// The map.
        map: MapId,
        /// The session's index in the map's votes.
        index: usize,
    },
}

impl VoteState {
    /// The vote under way, while participants vote.
    pub fn live(&self) -> Option<&LiveVote> {
        match self {
            VoteState::Voting { vote, .. } => Some(vote),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(i: usize) -> String {
        format!("Participant {i}")
    }

    #[test]
    fn three_participants_vote_in_turn_and_one_takes_a_dot_back() {
        let mut setup = VoteSetup::new(MapId(1));
        setup.names = "Ana\n\n  Bo \nCy".into();
        let mut vote = setup.start("Vote 1".into(), numbered);
        assert_eq!(vote.session.participants, vec!["Ana", "Bo", "Cy"]);
        let (a, b, c) = (CardId(1), CardId(2), CardId(3));
        let pain = CardKind::PainPoint;
        for card in [a, b, c] {
            vote.toggle(card, pain).unwrap();
        }
        assert_eq!(vote.toggle(CardId(4), pain), Err(Refused::NoDotsLeft));
        assert_eq!(
            vote.toggle(CardId(4), CardKind::Note),
            Err(Refused::NotVotedOn)
        );
        // Clicking a card again takes the dot back.
        vote.toggle(c, pain).unwrap();
        assert_eq!(vote.dots_left(), 1);
        vote.next_participant();
        assert_eq!(vote.current_name(), "Bo");
        // Hidden: Bo sees none of Ana's dots.
        assert_eq!(vote.visible_dots().count(), 0);
        vote.toggle(a, pain).unwrap();
        assert_eq!(vote.visible_dots().count(), 1);
        vote.next_participant();
        vote.next_participant();
        assert!(vote.is_last());
        assert_eq!(vote.current_name(), "Cy");
        assert_eq!(vote.voted(), 2);
    }

    #[test]
    fn anonymous_voters_are_numbered() {
        let setup = VoteSetup {
            anonymous: 2,
            ..VoteSetup::new(MapId(1))
        };
        assert_eq!(
            setup.participants(numbered),
            vec!["Participant 1", "Participant 2"]
        );
        let none = VoteSetup {
            kinds: [false; 4],
            ..setup
        };
        assert!(!none.is_ready());
    }
}
