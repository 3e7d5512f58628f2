//! The workshop summary in a window: the text as it will be pasted, selectable, with a
//! button that copies it.

use egui::{Context, RichText, TextEdit};

use crate::i18n::{Language, Text};

/// The summary's window; whether it stays open.
pub(in crate::ui) fn summary_ui(ctx: &Context, text: &str, lang: Language) -> bool {
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
                    ctx.copy_text(text.to_owned());
                    ui.memory_mut(|m| m.data.insert_temp(egui::Id::unique("summary_copied"), true));
                }
                if ui.memory(|m| m.data.get_temp::<bool>(egui::Id::unique("summary_copied")))
                    == Some(true)
                {
                    ui.label(RichText::new(t(Text::SummaryCopied)).weak());
                }
                if ui.button(t(Text::Close)).clicked() {
                    close = true;
                }
            });
            egui::ScrollArea::vertical().show(ui, |ui| {
                // Read-only, but selectable: a part can be copied as well as the whole.
                let mut shown = text;
                ui.add(
                    TextEdit::multiline(&mut shown)
                        .font(egui::TextStyle::Monospace)
                        .desired_width(f32::INFINITY),
                );
            });
        });
    open && !close
}
