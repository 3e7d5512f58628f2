//! Presenting from the app: entering and leaving full screen, the presentation's commands,
//! and its frame in place of the editor's panels.

use egui::{Context, Ui};

use super::ParcoursApp;
use crate::present::{Deck, DeckInput, filter_of_view, wave_of_view};
use crate::ui::command::PresentCommand;
use crate::ui::present::{
    Blank, DeckKey, Presentation, presentation_ui, presenter_window, size_of,
};

impl ParcoursApp {
    /// Whether a presentation is under way.
    pub fn is_presenting(&self) -> bool {
        self.presentation.is_some()
    }

    /// The presentation under way (for tests).
    pub fn presentation(&self) -> Option<&Presentation> {
        self.presentation.as_ref()
    }

    /// Starts presenting the current map with the saved view `view`, full screen.
    pub(super) fn start_presentation(&mut self, ctx: &Context, view: Option<usize>) {
        let Some(map) = self.current_map else { return };
        let view = view.filter(|v| {
            self.doc
                .project()
                .map(map)
                .is_some_and(|m| *v < m.views.len())
        });
        self.canvas.cancel();
        let mut presentation = Presentation::new(map, view);
        self.refresh_deck(&mut presentation);
        self.presentation = Some(presentation);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Back to the editor, as it was.
    pub(super) fn end_presentation(&mut self, ctx: &Context) {
        if self.presentation.take().is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
    }

    /// Carries out a key of the presentation (outside one, it does nothing).
    pub(super) fn presentation_command(&mut self, ctx: &Context, command: PresentCommand) {
        let screen = size_of(ctx.content_rect());
        let pointer = ctx.input(|i| i.pointer.hover_pos());
        if command == PresentCommand::EndPresentation {
            self.end_presentation(ctx);
            return;
        }
        if command == PresentCommand::StartVote {
            if let Some(presentation) = &self.presentation {
                let map = presentation.map;
                self.start_vote(map);
            }
            return;
        }
        if command == PresentCommand::ShowTimer {
            let now = ctx.input(|i| i.time);
            self.timer
                .apply(crate::ui::command::TimerCommand::Show, now);
            return;
        }
        let Some(presentation) = &mut self.presentation else {
            return;
        };
        match command {
            PresentCommand::NextStep => presentation.next(),
            PresentCommand::PreviousStep => presentation.previous(),
            PresentCommand::FirstStage => presentation.go_to(1),
            PresentCommand::LastStage => presentation.last(),
            PresentCommand::GoToStage(number) => presentation.go_to(number),
            PresentCommand::Overview => presentation.go_to(0),
            PresentCommand::ScrollStageDown => presentation.scroll_by(1.0, screen),
            PresentCommand::ScrollStageUp => presentation.scroll_by(-1.0, screen),
            PresentCommand::BlankBlack => presentation.toggle_blank(Blank::Black),
            PresentCommand::BlankWhite => presentation.toggle_blank(Blank::White),
            PresentCommand::LaserPointer => presentation.laser = !presentation.laser,
            PresentCommand::ZoomOnCard => {
                presentation.toggle_card_zoom(pointer, ctx.content_rect());
            }
            PresentCommand::PresenterWindow => presentation.presenter = !presentation.presenter,
            PresentCommand::EndPresentation
            | PresentCommand::ShowTimer
            | PresentCommand::StartVote => {}
        }
    }

    /// What the presentation's deck is drawn from now.
    fn deck_key(&mut self, presentation: &Presentation) -> DeckKey {
        let project = self.doc.project();
        let view = presentation
            .view
            .and_then(|i| project.map(presentation.map)?.views.get(i));
        let wave = wave_of_view(project, view, self.survey.current_wave(project)).map(|w| w.id);
        let filter = filter_of_view(view, &self.survey.filter);
        (
            self.doc.generation(),
            presentation.map,
            presentation.view,
            wave,
            filter,
            self.survey.badge_options(project),
            self.language,
            // A vote under way on the map shows its own dots, not the last vote's.
            self.live_vote().is_none_or(|v| v.map != presentation.map),
        )
    }

    /// Draws the presentation's deck again when what it is drawn from has changed (the
    /// project may change under a presentation: a reload); none when its map is gone.
    fn refresh_deck(&mut self, presentation: &mut Presentation) {
        let key = self.deck_key(presentation);
        if presentation.deck_key() != Some(&key) {
            presentation.set_deck(self.deck_for(presentation, key));
        }
    }

    /// The deck of a presentation, drawn from `key`.
    fn deck_for(&self, presentation: &Presentation, key: DeckKey) -> Option<(DeckKey, Deck)> {
        let project = self.doc.project();
        let map = project.map(presentation.map)?;
        let view = presentation.view.and_then(|i| map.views.get(i));
        let wave = key.3.and_then(|id| project.wave(id));
        let deck = Deck::new(&DeckInput {
            project,
            map,
            view,
            wave,
            filter: &key.4,
            scores: key.5,
            language: self.language,
            last_vote: key.7,
        });
        Some((key, deck))
    }

    /// The presentation's frame: the slide over the whole window, and the presenter's
    /// window when it is open.
    pub(super) fn presentation_frame(&mut self, ui: &mut Ui) {
        let Some(mut presentation) = self.presentation.take() else {
            return;
        };
        self.refresh_deck(&mut presentation);
        if presentation.deck().is_none() {
            // The map is gone: nothing to present.
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            return;
        }
        let vote = self.live_vote();
        let voted = egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                presentation_ui(ui, &mut presentation, self.language, vote)
            })
            .inner;
        if let Some(card) = voted {
            self.command(crate::ui::command::Command::Vote(
                crate::ui::command::VoteCommand::Toggle(card),
            ));
        }
        presenter_window(ui.ctx(), &mut presentation, self.language);
        self.presentation = Some(presentation);
    }
}
