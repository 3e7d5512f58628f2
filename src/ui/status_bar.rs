//! The status bar: file, saved state, zoom.

use egui::{RichText, Ui};

use super::app::ParcoursApp;
use super::command::Command;
use crate::i18n::Text;

impl ParcoursApp {
    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                let name = self
                    .doc
                    .path()
                    .map(|p| p.display().to_string())
                    .or_else(|| self.doc.name())
                    .unwrap_or_else(|| self.t(Text::Untitled).to_owned());
                ui.label(name);
                ui.separator();
                if self.doc.path().is_none() && self.doc.name().is_none() {
                    ui.label(self.t(Text::NotSavedYet));
                } else if self.doc.is_dirty() {
                    ui.label(
                        RichText::new(self.t(Text::Unsaved))
                            .color(super::style::c(crate::theme::survey::LOW_SAMPLE)),
                    );
                } else {
                    ui.label(format!("✔ {}", self.t(Text::Saved)));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    // Right to left: fit, zoom in, the zoom, zoom out.
                    if ui
                        .small_button("⛶")
                        .accessible_name(self.t(Text::FitToScreen))
                        .on_hover_text(self.t(Text::FitToScreen))
                        .clicked()
                    {
                        self.command(Command::FitToScreen);
                    }
                    if ui
                        .small_button("+")
                        .accessible_name(self.t(Text::ZoomIn))
                        .on_hover_text(self.t(Text::ZoomIn))
                        .clicked()
                    {
                        self.command(Command::ZoomIn);
                    }
                    let zoom = (self.canvas.transform.zoom * 100.0).round();
                    ui.label(format!("{} {zoom:.0} %", self.t(Text::Zoom)));
                    if ui
                        .small_button("−")
                        .accessible_name(self.t(Text::ZoomOut))
                        .on_hover_text(self.t(Text::ZoomOut))
                        .clicked()
                    {
                        self.command(Command::ZoomOut);
                    }
                    if let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) {
                        ui.separator();
                        ui.label(format!(
                            "{} · {} {}",
                            map.name,
                            map.cards.len(),
                            self.t(Text::CardsWord)
                        ));
                    }
                });
            });
        });
    }
}
