//! The vote's windows: the facilitator's setup, the banner saying who votes, the
//! confirmation that ends the vote, and the reveal ranking the cards by dots.

use egui::{Align2, Context, CornerRadius, Painter, Rect, RichText, Stroke, Ui, vec2};

use super::vote::{LiveVote, Refused, VoteSetup, VoteState};
use crate::i18n::{Language, Text, msg};
use crate::model::{CardKind, JourneyMap, MAX_VOTES_PER_PARTICIPANT, Project};
use crate::theme::workshop;
use crate::ui::command::{Command, VoteCommand};
use crate::ui::frame::Outbox;
use crate::ui::style::c;

/// The name of a card kind, plural, as the setup lists them.
fn kind_name(kind: CardKind, lang: Language) -> &'static str {
    match kind {
        CardKind::PainPoint => Text::KindPainPoints,
        CardKind::Opportunity => Text::KindOpportunities,
        CardKind::Touchpoint => Text::KindTouchpoints,
        CardKind::Note => Text::KindNotes,
    }
    .get(lang)
}

/// The vote's windows for its state.
pub(in crate::ui) fn vote_ui(
    ctx: &Context,
    state: &mut VoteState,
    project: &Project,
    lang: Language,
    presenting: bool,
    out: &mut Outbox,
) {
    match state {
        VoteState::Setup(setup) => setup_ui(ctx, setup, lang, out),
        VoteState::Voting {
            vote,
            confirming,
            refused,
        } => {
            banner_ui(ctx, vote, *refused, lang, presenting, out);
            if *confirming {
                confirm_end_ui(ctx, vote, lang, out);
            }
        }
        VoteState::Reveal { map, index } => {
            if let Some(map) = project.map(*map) {
                reveal_ui(ctx, map, *index, lang, out);
            }
        }
    }
}

fn setup_ui(ctx: &Context, setup: &mut VoteSetup, lang: Language, out: &mut Outbox) {
    let t = |text: Text| text.get(lang);
    egui::Modal::new(egui::Id::unique("vote_setup")).show(ctx, |ui| {
        ui.set_width(380.0);
        ui.heading(t(Text::VoteSetupTitle));
        ui.add_space(6.0);
        egui::Grid::new("vote_setup_grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let label = ui.label(t(Text::VotesPerParticipant)).id;
                ui.add(
                    egui::DragValue::new(&mut setup.votes_per_participant)
                        .range(1..=MAX_VOTES_PER_PARTICIPANT),
                )
                .labelled_by(label);
                ui.end_row();
                ui.label(t(Text::VoteOn));
                ui.vertical(|ui| {
                    for (kind, on) in CardKind::ALL.into_iter().zip(setup.kinds.iter_mut()) {
                        ui.checkbox(on, kind_name(kind, lang));
                    }
                });
                ui.end_row();
                ui.label("");
                ui.checkbox(&mut setup.hidden, t(Text::VoteHidden));
                ui.end_row();
                let label = ui.label(t(Text::VoteParticipants)).id;
                ui.add(
                    egui::TextEdit::multiline(&mut setup.names)
                        .desired_rows(4)
                        .hint_text(t(Text::VoteParticipantsHint)),
                )
                .labelled_by(label);
                ui.end_row();
                // Always there, so the dialog keeps its size: used when no name is given.
                let label = ui.label(t(Text::VoteAnonymous)).id;
                ui.add_enabled(
                    setup.names.trim().is_empty(),
                    egui::DragValue::new(&mut setup.anonymous).range(1..=40),
                )
                .labelled_by(label);
                ui.end_row();
            });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let start = ui.add_enabled(
                setup.is_ready(),
                egui::Button::new(RichText::new(t(Text::VoteStart)).strong()),
            );
            if start.clicked() {
                out.command(Command::Vote(VoteCommand::Begin));
            }
            if ui.button(t(Text::Cancel)).clicked() {
                out.command(Command::Vote(VoteCommand::Cancel));
            }
        });
    });
}

/// The banner over the map: who votes, with their colour and dots left, and the
/// facilitator's buttons. At the top of the editor's map; at the bottom of a presentation,
/// where it leaves the stage's name in view.
fn banner_ui(
    ctx: &Context,
    vote: &LiveVote,
    refused: Option<Refused>,
    lang: Language,
    presenting: bool,
    out: &mut Outbox,
) {
    let t = |text: Text| text.get(lang);
    let (align, offset) = if presenting {
        (Align2::CENTER_BOTTOM, vec2(0.0, -56.0))
    } else {
        (Align2::CENTER_TOP, vec2(0.0, 44.0))
    };
    egui::Area::new(egui::Id::unique("vote_banner"))
        .order(egui::Order::Foreground)
        .anchor(align, offset)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(c(workshop::BANNER_FILL))
                .stroke(Stroke::new(
                    3.0,
                    c(workshop::participant_color(vote.current)),
                ))
                .corner_radius(CornerRadius::same(10))
                .inner_margin(12.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        participant_swatch(ui, vote.current);
                        ui.label(
                            RichText::new(msg::now_voting(
                                lang,
                                msg::NowVoting {
                                    participant: vote.current_name(),
                                    dots: vote.dots_left(),
                                },
                            ))
                            .size(18.0)
                            .strong(),
                        );
                        let next = ui.add_enabled(
                            !vote.is_last(),
                            egui::Button::new(t(Text::VoteNextParticipant)),
                        );
                        if next.clicked() {
                            out.command(Command::Vote(VoteCommand::NextParticipant));
                        }
                        if ui.button(t(Text::VoteEnd)).clicked() {
                            out.command(Command::Vote(VoteCommand::AskToEnd));
                        }
                    });
                    let note = match refused {
                        Some(Refused::NoDotsLeft) => Some(t(Text::VoteNoDotsLeft)),
                        Some(Refused::NotVotedOn) => Some(t(Text::VoteNotOnThisKind)),
                        None if vote.is_last() && vote.dots_left() == 0 => {
                            Some(t(Text::VoteEveryoneVoted))
                        }
                        None => Some(t(Text::VoteHowTo)),
                    };
                    if let Some(note) = note {
                        ui.label(RichText::new(note).small().weak());
                    }
                });
        });
}

/// A participant's colour as a dot in a line of text.
fn participant_swatch(ui: &mut Ui, participant: u32) {
    let (rect, _) = ui.allocate_exact_size(vec2(16.0, 16.0), egui::Sense::hover());
    dot(ui.painter(), rect.center(), 7.0, participant);
}

/// One vote dot: the participant's colour with a dark rim.
pub(in crate::ui) fn dot(painter: &Painter, center: egui::Pos2, radius: f32, participant: u32) {
    painter.circle(
        center,
        radius,
        c(workshop::participant_color(participant)),
        Stroke::new(1.0, c(workshop::TIMER_INK)),
    );
}

/// The live vote on a card of the canvas or the presentation: the veil over a card the
/// vote is not on, else the dots on screen, in a row at its bottom right (where the last
/// vote's dots go, which are not drawn meanwhile).
pub(in crate::ui) fn paint_live_dots(
    painter: &Painter,
    rect: Rect,
    vote: &LiveVote,
    card: &crate::model::Card,
    zoom: f32,
) {
    if !vote.takes(card.content.kind()) {
        painter.rect_filled(rect, 4.0 * zoom, c(workshop::NOT_VOTED_VEIL));
        return;
    }
    let radius = (5.5 * zoom).clamp(3.0, 14.0);
    let mut x = rect.max.x - radius - 6.0 * zoom;
    let y = rect.max.y - radius - 5.0 * zoom;
    for dot_on_card in vote.visible_dots().filter(|d| d.card == card.id) {
        dot(painter, egui::pos2(x, y), radius, dot_on_card.participant);
        x -= radius * 2.0 + 2.0;
    }
}

fn confirm_end_ui(ctx: &Context, vote: &LiveVote, lang: Language, out: &mut Outbox) {
    let t = |text: Text| text.get(lang);
    egui::Modal::new(egui::Id::unique("vote_confirm_end")).show(ctx, |ui| {
        ui.set_width(360.0);
        ui.heading(t(Text::VoteEndTitle));
        ui.label(msg::vote_end_question(
            lang,
            msg::VoteEndQuestion {
                dots: vote.session.dots.len(),
                voted: vote.voted(),
                participants: vote.session.participants.len(),
            },
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(t(Text::VoteEndAndReveal)).strong())
                .clicked()
            {
                out.command(Command::Vote(VoteCommand::End));
            }
            if ui.button(t(Text::VoteKeepVoting)).clicked() {
                out.command(Command::Vote(VoteCommand::KeepVoting));
            }
        });
    });
}

/// The reveal: the cards ranked by dots, each with its voters' dots.
fn reveal_ui(ctx: &Context, map: &JourneyMap, index: usize, lang: Language, out: &mut Outbox) {
    let t = |text: Text| text.get(lang);
    let Some(session) = map.votes.get(index) else {
        return;
    };
    let mut open = true;
    egui::Window::new(msg::vote_result_title(
        lang,
        msg::VoteResultTitle {
            name: session.name.as_str(),
        },
    ))
    .id(egui::Id::unique("vote_reveal"))
    .collapsible(false)
    .open(&mut open)
    .anchor(Align2::CENTER_CENTER, vec2(0.0, 0.0))
    .default_width(440.0)
    .show(ctx, |ui| {
        ui.label(
            RichText::new(msg::vote_result_caption(
                lang,
                msg::VoteResultCaption {
                    participants: session.participants.len(),
                    dots: session.dots.len(),
                    ended: session.ended.as_str(),
                },
            ))
            .weak(),
        );
        ui.add_space(6.0);
        let places = session.places();
        if places.is_empty() {
            ui.label(t(Text::VoteNoDots));
        }
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                egui::Grid::new("vote_ranking")
                    .num_columns(3)
                    .striped(true)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        for (place, card, count) in &places {
                            let title = map.card(*card).map_or("–", |c| c.title());
                            ui.label(RichText::new(format!("{place}.")).strong());
                            ui.label(title);
                            ui.horizontal(|ui| {
                                for participant in session.voters_of(*card) {
                                    participant_swatch(ui, participant);
                                }
                                ui.label(msg::dot_count(lang, msg::DotCount { count: *count }));
                            });
                            ui.end_row();
                        }
                    });
            });
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            for (i, name) in session.participants.iter().enumerate() {
                participant_swatch(ui, i as u32);
                ui.label(name);
            }
        });
        ui.add_space(6.0);
        if ui.button(t(Text::Close)).clicked() {
            out.command(Command::Vote(VoteCommand::CloseReveal));
        }
    });
    if !open {
        out.command(Command::Vote(VoteCommand::CloseReveal));
    }
}
