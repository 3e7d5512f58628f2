//! The project navigator: the project's details, its maps and its personas.

use egui::{RichText, Ui};

use super::app::ParcoursApp;
use super::selection::Selection;
use crate::edit::Edit;
use crate::i18n::Text;
use crate::model::MapId;

impl ParcoursApp {
    pub(super) fn navigator_panel(&mut self, ui: &mut Ui) {
        egui::Panel::left("navigator")
            .resizable(true)
            .default_size(210.0)
            .min_size(160.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.add_space(6.0);
                    let title = if self.doc.project().info.title.is_empty() {
                        self.t(Text::Project).to_owned()
                    } else {
                        self.doc.project().info.title.clone()
                    };
                    if ui
                        .selectable_label(
                            self.selection == Selection::Project,
                            RichText::new(title).strong(),
                        )
                        .clicked()
                    {
                        self.selection = Selection::Project;
                    }
                    ui.add_space(8.0);
                    self.maps_section(ui);
                    ui.add_space(12.0);
                    self.personas_section(ui);
                    ui.separator();
                    self.surveys_section(ui);
                });
            });
    }

    fn maps_section(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(self.t(Text::Maps)).heading().size(15.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.menu_button("+", |ui| {
                    let mut out = crate::ui::frame::Outbox::default();
                    crate::ui::menu::template_items(ui, self.language, &mut out);
                    self.actions.extend(out.into_actions());
                })
                .response
                .accessible_name(self.t(Text::AddMap))
                .on_hover_text(self.t(Text::NewMapFromTemplate));
            });
        });
        let maps: Vec<(MapId, String)> = self
            .doc
            .project()
            .maps
            .iter()
            .map(|m| (m.id, m.name.clone()))
            .collect();
        let count = maps.len();
        for (index, (id, name)) in maps.into_iter().enumerate() {
            let current = self.current_map == Some(id);
            let response = ui.selectable_label(current, &name);
            if response.clicked() {
                if !current {
                    self.current_map = Some(id);
                    self.canvas.request_fit();
                }
                self.selection = Selection::Map(id);
            }
            response.context_menu(|ui| {
                if ui.button(self.t(Text::Rename)).clicked() {
                    self.current_map = Some(id);
                    self.selection = Selection::Map(id);
                    ui.close();
                }
                if ui.button(self.t(Text::Duplicate)).clicked() {
                    self.duplicate_map(id, index + 1);
                    ui.close();
                }
                if ui
                    .add_enabled(index > 0, egui::Button::new(self.t(Text::MoveUp)))
                    .clicked()
                {
                    self.act_edit(Edit::MoveMap {
                        map: id,
                        index: index - 1,
                    });
                    ui.close();
                }
                if ui
                    .add_enabled(index + 1 < count, egui::Button::new(self.t(Text::MoveDown)))
                    .clicked()
                {
                    self.act_edit(Edit::MoveMap {
                        map: id,
                        index: index + 1,
                    });
                    ui.close();
                }
                ui.separator();
                if ui.button(self.t(Text::Delete)).clicked() {
                    self.act_edit(Edit::DeleteMap { map: id });
                    ui.close();
                }
            });
        }
    }

    fn personas_section(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(self.t(Text::Personas)).heading().size(15.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let name = self.t(Text::AddPersona);
                if ui
                    .button("+")
                    .accessible_name(name)
                    .on_hover_text(name)
                    .clicked()
                {
                    self.command(crate::ui::command::Command::AddPersona);
                }
            });
        });
        let seen_through = self
            .current_map
            .and_then(|id| self.doc.project().map(id))
            .and_then(|m| m.persona);
        let personas: Vec<_> = self
            .doc
            .project()
            .personas
            .iter()
            .map(|p| (p.id, p.name.clone(), p.segment.clone()))
            .collect();
        for (id, name, segment) in personas {
            let mut text = format!("👤 {name}");
            if seen_through == Some(id) {
                text.push_str("  ★");
            }
            let response = ui
                .selectable_label(self.selection == Selection::Persona(id), text)
                .on_hover_text(segment);
            if response.clicked() {
                self.selection = Selection::Persona(id);
            }
            response.context_menu(|ui| {
                if let Some(map) = self.current_map.and_then(|m| self.doc.project().map(m)) {
                    let (map_id, map_name) = (map.id, map.name.clone());
                    if ui
                        .button(format!("{} ({map_name})", self.t(Text::SeenThrough)))
                        .clicked()
                    {
                        self.act_edit(Edit::SetMapDetails {
                            map: map_id,
                            name: map_name,
                            persona: Some(id),
                        });
                        ui.close();
                    }
                }
                if ui.button(self.t(Text::Delete)).clicked() {
                    self.act_edit(Edit::DeletePersona { persona: id });
                    ui.close();
                }
            });
        }
    }

    pub(super) fn act_edit(&mut self, edit: Edit) {
        self.act(super::command::Action::Edit(edit));
    }

    fn duplicate_map(&mut self, id: MapId, index: usize) {
        self.command(crate::ui::command::Command::DuplicateMap(id, index));
    }
}
