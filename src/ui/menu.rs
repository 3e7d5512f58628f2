//! The menu bar: File, Edit, View, Map, Help.

use egui::{Button, Ui};

use super::app::ParcoursApp;
use super::command::{Command, shortcut_of};
use crate::i18n::{Language, Text, lane_kind_name};
use crate::model::LaneKind;
use crate::templates::Template;

impl ParcoursApp {
    /// A menu entry for `command`, with its shortcut.
    fn menu_item(&mut self, ui: &mut Ui, label: &str, command: Command, enabled: bool) {
        let mut button = Button::new(label);
        if let Some(shortcut) = shortcut_of(&command) {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        if ui.add_enabled(enabled, button).clicked() {
            self.command(command);
            ui.close();
        }
    }

    fn command_item(&mut self, ui: &mut Ui, command: Command, enabled: bool) {
        let label = command.name(self.language);
        self.menu_item(ui, label, command, enabled);
    }

    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button(self.t(Text::MenuFile), |ui| self.file_menu(ui));
                ui.menu_button(self.t(Text::MenuEdit), |ui| self.edit_menu(ui));
                ui.menu_button(self.t(Text::MenuView), |ui| self.view_menu(ui));
                ui.menu_button(self.t(Text::MenuMap), |ui| self.map_menu(ui));
                ui.menu_button(self.t(Text::MenuHelp), |ui| {
                    self.command_item(ui, Command::Shortcuts, true);
                    self.command_item(ui, Command::About, true);
                });
            });
        });
    }

    fn file_menu(&mut self, ui: &mut Ui) {
        self.command_item(ui, Command::New, true);
        self.command_item(ui, Command::Open, true);
        ui.menu_button(self.t(Text::OpenRecent), |ui| {
            if self.preferences.recent_files.is_empty() {
                ui.label(self.t(Text::NoRecentFiles));
            }
            for path in self.preferences.recent_files.clone() {
                // The file's name first, its folder after: the name is what one looks for.
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let folder = path
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                if ui
                    .button(format!("{name}  —  {folder}"))
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    self.command(Command::OpenPath(path));
                    ui.close();
                }
            }
        });
        self.command_item(ui, Command::OpenExample, true);
        ui.separator();
        self.command_item(ui, Command::Save, true);
        self.command_item(ui, Command::SaveAs, true);
        ui.separator();
        let has_map = self.current_map.is_some();
        self.command_item(ui, Command::ImportSurvey, has_map);
        ui.separator();
        self.command_item(ui, Command::Quit, true);
    }

    fn edit_menu(&mut self, ui: &mut Ui) {
        let history = self.doc.history();
        let undo = history.undo_label().map(|l| l.text(self.language));
        let redo = history.redo_label().map(|l| l.text(self.language));
        let undo_text = match &undo {
            Some(label) => format!("{} {label}", self.t(Text::Undo)),
            None => self.t(Text::Undo).to_owned(),
        };
        let redo_text = match &redo {
            Some(label) => format!("{} {label}", self.t(Text::Redo)),
            None => self.t(Text::Redo).to_owned(),
        };
        self.menu_item(ui, &undo_text, Command::Undo, undo.is_some());
        self.menu_item(ui, &redo_text, Command::Redo, redo.is_some());
        ui.separator();
        let has_cards = !self.selection.cards().is_empty();
        self.command_item(ui, Command::Cut, has_cards);
        self.command_item(ui, Command::Copy, has_cards);
        self.command_item(ui, Command::Paste, !self.clipboard.is_empty());
        self.command_item(ui, Command::Duplicate, has_cards);
        self.command_item(ui, Command::Delete, has_cards);
        self.command_item(ui, Command::Rename, has_cards);
        ui.separator();
        self.command_item(ui, Command::SelectAll, self.current_map.is_some());
    }

    fn view_menu(&mut self, ui: &mut Ui) {
        self.command_item(ui, Command::FitToScreen, true);
        self.command_item(ui, Command::ZoomIn, true);
        self.command_item(ui, Command::ZoomOut, true);
        self.command_item(ui, Command::ActualSize, true);
        ui.separator();
        let navigator = self.t(Text::ShowNavigator);
        ui.checkbox(&mut self.show_navigator, navigator);
        let inspector = self.t(Text::ShowInspector);
        ui.checkbox(&mut self.show_inspector, inspector);
        ui.separator();
        ui.menu_button(self.t(Text::Language), |ui| {
            for language in Language::ALL {
                if ui
                    .radio(self.language == language, language.native_name())
                    .clicked()
                {
                    self.command(Command::SetLanguage(language));
                    ui.close();
                }
            }
        });
    }

    fn map_menu(&mut self, ui: &mut Ui) {
        ui.menu_button(self.t(Text::NewMapFromTemplate), |ui| {
            self.template_items(ui);
        });
        ui.separator();
        let has_map = self.current_map.is_some();
        self.command_item(ui, Command::AddStage, has_map);
        ui.add_enabled_ui(has_map, |ui| {
            ui.menu_button(self.t(Text::AddLane), |ui| {
                for kind in LaneKind::ALL {
                    if ui.button(lane_kind_name(kind, self.language)).clicked() {
                        self.command(Command::AddLane(kind));
                        ui.close();
                    }
                }
            });
        });
    }

    /// One button per template; used by the Map menu and the navigator.
    pub(super) fn template_items(&mut self, ui: &mut Ui) {
        for template in Template::ALL {
            if ui.button(self.t(template.name())).clicked() {
                self.command(Command::AddMap(template));
                ui.close();
            }
        }
    }
}
