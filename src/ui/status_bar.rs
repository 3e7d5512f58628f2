//! The status bar: file, saved state, zoom.

use egui::{RichText, Ui};

use super::command::Command;
use super::frame::{FrameCtx, Outbox};
use super::style::c;
use crate::i18n::{Text, format, msg};
use crate::theme::survey;

/// The status bar at the bottom of the window.
pub(super) fn status_bar_ui(ui: &mut Ui, ctx: &FrameCtx<'_>, out: &mut Outbox) {
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let doc = ctx.document;
            let name = doc
                .path()
                .map(|p| p.display().to_string())
                .or_else(|| doc.name())
                .unwrap_or_else(|| ctx.t(Text::Untitled).to_owned());
            ui.label(name);
            ui.separator();
            if doc.path().is_none() && doc.name().is_none() {
                ui.label(ctx.t(Text::NotSavedYet));
            } else if doc.is_dirty() {
                ui.label(RichText::new(ctx.t(Text::Unsaved)).color(c(survey::LOW_SAMPLE)));
            } else {
                ui.label(format!("✔ {}", ctx.t(Text::Saved)));
            }
            if let Some(notice) = ctx.notice {
                ui.separator();
                ui.label(notice);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // Right to left: fit, zoom in, the zoom, zoom out.
                let mut button = |ui: &mut Ui, icon: &str, text: Text, command: Command| {
                    if ui
                        .small_button(icon)
                        .accessible_name(ctx.t(text))
                        .on_hover_text(ctx.t(text))
                        .clicked()
                    {
                        out.command(command);
                    }
                };
                button(ui, "⛶", Text::FitToScreen, Command::FitToScreen);
                button(ui, "+", Text::ZoomIn, Command::ZoomIn);
                let zoom = format::percent(ctx.language, f64::from(ctx.zoom) * 100.0, 0);
                ui.label(msg::status_zoom(
                    ctx.language,
                    msg::StatusZoom { percent: zoom },
                ));
                button(ui, "−", Text::ZoomOut, Command::ZoomOut);
                if let Some(map) = ctx.map {
                    ui.separator();
                    ui.label(msg::status_cards(
                        ctx.language,
                        msg::StatusCards {
                            map: &map.name,
                            count: map.cards.len(),
                        },
                    ));
                }
            });
        });
    });
}
