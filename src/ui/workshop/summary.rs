//! The workshop summary in a window: the text as it will be pasted, selectable, with a
//! button that copies it.

use egui::{Context, RichText, TextEdit};

use crate::i18n::{Language, Text};

/// The summary on screen.
pub(in crate::ui) struct SummaryWindow {
    /// Its text.
    text: String,
    /// Whether it was copied since it opened.
    copied: bool,
}

impl SummaryWindow {
    /// The window of `text`, not yet copied.
    pub(in crate::ui) fn new(text: String) -> Self {
        Self {
            text,
            copied: false,
        }
    }
}

/// The summary's window; whether it stays open.
pub(in crate::ui) fn summary_ui(
    ctx: &Context,
    summary: &mut SummaryWindow,
    lang: Language,
) -> bool {
    let t = |text: Text| text.get(lang);
    let mut open = true;
    let mut close = false;
    egui::Window::new(t(Text::SummaryMenu).trim_end_matches('…'))
        .id(egui::Id::unique("workshop_summary"))
        .open(&mut open)
        .default_width(700.0)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .default_height(480.0)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(t(Text::SummaryCopy)).strong())
                    .clicked()
                {
                    ctx.copy_text(summary.text.clone());
                    summary.copied = true;
                }
                if summary.copied {
                    ui.label(RichText::new(t(Text::SummaryCopied)).weak());
                }
                if ui.button(t(Text::Close)).clicked() {
                    close = true;
                }
            });
            egui::ScrollArea::vertical().show(ui, |ui| {
                // Read-only, but selectable: a part can be copied as well as the whole.
                let mut shown = summary.text.as_str();
                ui.add(
                    TextEdit::multiline(&mut shown)
                        .font(egui::TextStyle::Monospace)
                        .desired_width(f32::INFINITY),
                );
            });
        });
    open && !close
}
