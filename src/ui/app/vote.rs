//! Carrying out a dot vote's steps: only the ended vote changes the project, as one edit.

use super::ParcoursApp;
use crate::edit::Edit;
use crate::i18n::msg;
use crate::model::MapId;
use crate::ui::command::VoteCommand;
use crate::ui::workshop::{VoteSetup, VoteState};

impl ParcoursApp {
    /// Opens the setup of a vote on `map` (a vote under way carries on instead).
    pub(super) fn start_vote(&mut self, map: MapId) {
        if matches!(self.vote, Some(VoteState::Voting { .. })) {
            return;
        }
        self.vote = Some(VoteState::Setup(VoteSetup::new(map)));
    }

    /// Whether one of the vote's dialogs is on screen (its setup, the confirmation of its
    /// end): like any dialog, it takes the keys.
    pub(super) fn vote_dialog_open(&self) -> bool {
        matches!(
            self.vote,
            Some(VoteState::Setup(_))
                | Some(VoteState::Voting {
                    confirming: true,
                    ..
                })
        )
    }

    /// The live vote, while participants vote.
    pub(in crate::ui) fn live_vote(&self) -> Option<&crate::ui::workshop::LiveVote> {
        self.vote.as_ref().and_then(VoteState::live)
    }

    /// Carries out a step of the vote.
    pub(super) fn vote_command(&mut self, command: VoteCommand) {
        let lang = self.language;
        match (command, &mut self.vote) {
            (VoteCommand::Start, _) => {
                if let Some(map) = self.current_map {
                    self.start_vote(map);
                }
            }
            (VoteCommand::Begin, Some(VoteState::Setup(setup))) if setup.is_ready() => {
                let number = self
                    .doc
                    .project()
                    .map(setup.map)
                    .map_or(0, |m| m.votes.len())
                    + 1;
                let name = msg::vote_name(lang, msg::VoteName { number });
                let numbered =
                    |i: usize| msg::participant_name(lang, msg::ParticipantName { number: i });
                let vote = setup.start(name, numbered);
                self.selection = crate::ui::Selection::None;
                self.vote = Some(VoteState::Voting {
                    vote,
                    confirming: false,
                    refused: None,
                });
            }
            (VoteCommand::Cancel, Some(VoteState::Setup(_))) => self.vote = None,
            (VoteCommand::Toggle(card), Some(VoteState::Voting { vote, refused, .. })) => {
                let kind = self
                    .doc
                    .project()
                    .map(vote.map)
                    .and_then(|m| m.card(card))
                    .map(|c| c.content.kind());
                if let Some(kind) = kind {
                    *refused = vote.toggle(card, kind).err();
                }
            }
            (VoteCommand::NextParticipant, Some(VoteState::Voting { vote, refused, .. })) => {
                vote.next_participant();
                *refused = None;
            }
            (VoteCommand::AskToEnd, Some(VoteState::Voting { confirming, .. })) => {
                *confirming = true;
            }
            (VoteCommand::KeepVoting, Some(VoteState::Voting { confirming, .. })) => {
                *confirming = false;
            }
            (VoteCommand::End, Some(VoteState::Voting { .. })) => self.end_vote(),
            (VoteCommand::CloseReveal, Some(VoteState::Reveal { .. })) => self.vote = None,
            _ => {}
        }
    }

    /// Ends the vote: the session goes into its map as one undo step, and the result shows.
    fn end_vote(&mut self) {
        let Some(VoteState::Voting { vote, .. }) = self.vote.take() else {
            return;
        };
        let Some(map) = self.doc.project().map(vote.map) else {
            return;
        };
        let ended = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
        let map_id = map.id;
        let mut votes = map.votes.clone();
        votes.push(vote.ended(map, ended));
        let index = votes.len() - 1;
        self.act(crate::ui::command::Action::Edit(Edit::SetVotes {
            map: map_id,
            votes,
        }));
        self.vote = Some(VoteState::Reveal { map: map_id, index });
    }
}
