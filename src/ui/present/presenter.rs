//! The presenter's window: the current step small, the next one, the speaker notes, the
//! elapsed time and the clock. A second native window where the platform has them, else a
//! window inside the presentation.

use egui::{RichText, Sense, Ui, ViewportBuilder, ViewportClass, ViewportId, vec2};

use super::{Presentation, paint_slide};
use crate::i18n::{Language, Text, msg};
use crate::layout::Point;
use crate::present::SLIDE_SCREEN;

/// The presenter's window, while it is open; closing it turns it off.
pub(in crate::ui) fn presenter_window(
    ctx: &egui::Context,
    presentation: &mut Presentation,
    language: Language,
) {
    if !presentation.presenter {
        return;
    }
    let title = Text::PresenterWindowTitle.get(language);
    let builder = ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([960.0, 600.0]);
    let mut open = true;
    // The previews are drawn once per step, not at each tick of the clock.
    presentation.draw_previews(&[presentation.step, presentation.step + 1]);
    ctx.show_viewport_immediate(
        ViewportId::from_hash_of("presenter"),
        builder,
        |ctx, class| {
            if class == ViewportClass::EmbeddedWindow {
                egui::Window::new(title)
                    .open(&mut open)
                    .default_size([720.0, 440.0])
                    .show(ctx, |ui| presenter_ui(ui, presentation, language));
            } else {
                egui::CentralPanel::default()
                    .show(ctx, |ui| presenter_ui(ui, presentation, language));
                if ctx.input(|i| i.viewport().close_requested()) {
                    open = false;
                }
            }
        },
    );
    if !open {
        presentation.presenter = false;
    }
    // The clocks tick once a second while the window is open.
    ctx.request_repaint_after(std::time::Duration::from_secs(1));
}

fn presenter_ui(ui: &mut Ui, presentation: &Presentation, language: Language) {
    let t = |text: Text| text.get(language);
    let Some(deck) = presentation.deck() else {
        return;
    };
    let elapsed = presentation.started.elapsed().as_secs();
    let time = format!("{:02}:{:02}", elapsed / 60, elapsed % 60);
    let clock = chrono::Local::now().format("%H:%M").to_string();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(msg::presenter_elapsed(
                language,
                msg::PresenterElapsed { time },
            ))
            .size(22.0)
            .strong(),
        );
        ui.add_space(24.0);
        ui.label(
            RichText::new(msg::presenter_clock(
                language,
                msg::PresenterClock { time: clock },
            ))
            .size(22.0),
        );
        ui.add_space(24.0);
        ui.label(RichText::new(presentation.marker(language)).size(22.0));
    });
    ui.separator();
    let screen = Point::new(SLIDE_SCREEN.0, SLIDE_SCREEN.1);
    let next = presentation.step + 1;
    ui.columns(2, |columns| {
        let steps = [
            (Some(presentation.step), Text::PresenterNow),
            (
                (next < deck.steps.len()).then_some(next),
                Text::PresenterNext,
            ),
        ];
        for (ui, (step, heading)) in columns.iter_mut().zip(steps) {
            ui.label(RichText::new(t(heading)).strong());
            let width = ui.available_width();
            let scale = width / screen.x;
            let (rect, _) = ui.allocate_exact_size(vec2(width, screen.y * scale), Sense::hover());
            match step {
                Some(step) => {
                    if let Some(slide) = presentation.preview(step) {
                        paint_slide(&ui.painter_at(rect), slide, rect.min, scale);
                    }
                    ui.label(deck.step_name(step, t(Text::Overview)));
                }
                None => {
                    ui.painter().rect_filled(
                        rect,
                        4.0,
                        crate::ui::style::c(crate::theme::present::BACKDROP),
                    );
                    ui.label(t(Text::PresenterEnd));
                }
            }
        }
    });
    ui.separator();
    ui.label(RichText::new(t(Text::PresenterNotes)).strong());
    let notes = deck.notes(presentation.step);
    egui::ScrollArea::vertical().show(ui, |ui| {
        if notes.is_empty() {
            ui.label(RichText::new(t(Text::PresenterNoNotes)).size(18.0).weak());
        } else {
            ui.label(RichText::new(notes).size(22.0));
        }
    });
}
