//! Carrying out commands: files, undo and redo, view, maps, stages and lanes.

use crate::ui::workshop::Workspace;
use std::path::Path;

use egui::Context;

use super::ParcoursApp;
use crate::document::Document;
use crate::edit::{self, Edit, MergeKey};
use crate::example::{EXAMPLE_FILE_NAME, example_project};
use crate::file::FileError;
use crate::i18n::{Text, msg};
use crate::model::{
    Card, DEFAULT_STAGE_WIDTH, Lane, LaneId, LaneKind, Persona, Project, Rgb, Stage, StageId,
};
use crate::templates::Template;
use crate::ui::canvas::CanvasState;
use crate::ui::command::Action;
use crate::ui::command::Command;
use crate::ui::dialogs::Dialog;
use crate::ui::file_dialog::{FilePurpose, FileRequest};
use crate::ui::selection::Selection;

impl ParcoursApp {
    pub(super) fn run_command(&mut self, ctx: &Context, command: Command) {
        // Commands that would discard unsaved work ask first.
        let discards = matches!(
            command,
            Command::New
                | Command::Open
                | Command::OpenPath(_)
                | Command::OpenExample
                | Command::Quit
        );
        if discards && self.doc.is_dirty() && !self.close_confirmed {
            self.dialog = Some(Dialog::Unsaved { then: command });
            return;
        }
        self.run_confirmed(ctx, command);
    }

    /// Runs a command, unsaved work already dealt with.
    pub(in crate::ui) fn run_confirmed(&mut self, ctx: &Context, command: Command) {
        let map_id = self.current_map;
        match command {
            Command::New => {
                let mut project = Project::empty(self.language);
                let map = Template::PurchaseJourney.build(self.language, &mut project.next_id);
                project.maps.push(map);
                self.replace_document(Document::new(project, None));
            }
            Command::Open => {
                let request = self.file_request(FilePurpose::Open, Text::Open);
                self.files.request(ctx, request, self.language);
            }
            Command::OpenPath(path) => self.open_path(&path),
            Command::OpenExample => self.replace_document(Document::new(
                example_project(),
                Some(EXAMPLE_FILE_NAME.to_owned()),
            )),
            Command::Save => match self.doc.path().map(Path::to_owned) {
                Some(path) => self.save_in_background(path, None),
                None => self.run_confirmed(ctx, Command::SaveAs),
            },
            Command::SaveOverwriting(then) => {
                if let Some(path) = self.doc.path().map(Path::to_owned) {
                    self.save_overwriting(path, then.map(|c| *c));
                }
            }
            Command::SaveAs => {
                let mut request = self.file_request(FilePurpose::SaveAs, Text::SaveAs);
                request.file_name = Some(
                    self.doc
                        .name()
                        .filter(|n| n.ends_with(".ron"))
                        .unwrap_or_else(|| "parcours.ron".to_owned()),
                );
                self.files.request(ctx, request, self.language);
            }
            Command::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::Undo => {
                self.canvas.cancel();
                self.doc.undo();
            }
            Command::Redo => {
                self.canvas.cancel();
                self.doc.redo();
            }
            Command::Copy => self.copy_selection(ctx),
            Command::Cut => {
                self.copy_selection(ctx);
                self.delete_selection();
            }
            Command::Paste => self.paste(),
            Command::PasteText(text) => self.paste_text(&text),
            Command::Duplicate => self.duplicate_selection(),
            Command::Delete => self.delete_selection(),
            Command::Rename => {
                self.canvas
                    .rename_selection(&self.selection, self.doc.project(), map_id);
            }
            Command::SelectAll => {
                if let Some(map) = map_id.and_then(|id| self.doc.project().map(id)) {
                    self.selection = Selection::Cards(map.cards.iter().map(|c| c.id).collect());
                }
            }
            Command::SelectNeighbour(direction) => {
                let Some(map_id) = map_id else { return };
                let layout = self.layout.get(&self.doc, map_id);
                let target = match self.selection.cards().last() {
                    Some(from) => layout.neighbour(*from, direction),
                    // Nothing selected yet: start from the first card.
                    None => layout.cards.first().map(|c| c.id),
                };
                if let Some(id) = target {
                    self.selection = Selection::Cards(vec![id]);
                    self.canvas.reveal = Some(id);
                }
            }
            Command::Escape => {
                // Escape while naming what was just added takes the addition back.
                let new_item = self.canvas.rename.as_ref().and_then(|r| r.new_item);
                if let Some(key) = new_item
                    && self.doc.retract(key)
                {
                    self.selection = Selection::None;
                }
                if !self.canvas.cancel() {
                    self.selection = Selection::None;
                }
            }
            Command::FitToScreen => self.canvas.request_fit(),
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::ActualSize => self.canvas.zoom_to(1.0),
            Command::AddMap(template) => {
                let map = template.build(self.language, self.doc.ids());
                let id = map.id;
                let index = self.doc.project().maps.len();
                self.apply(Edit::AddMap {
                    map: Box::new(map),
                    index,
                });
                self.current_map = Some(id);
                self.selection = Selection::None;
                self.canvas.request_fit();
            }
            Command::DuplicateMap(id, index) => {
                let Some(map) = self.doc.project().map(id).cloned() else {
                    return;
                };
                let copy = edit::duplicate_map(&map, self.doc.ids());
                let new_id = copy.id;
                self.apply(Edit::AddMap {
                    map: Box::new(copy),
                    index,
                });
                self.current_map = Some(new_id);
                self.selection = Selection::None;
                self.canvas.request_fit();
            }
            Command::RefreshWave(id) => self.refresh_wave(id),
            Command::ChoosePersonaPhoto(id) => {
                let request = self.file_request(FilePurpose::PersonaPhoto(id), Text::ChoosePhoto);
                self.files.request(ctx, request, self.language);
            }
            Command::AddPersona => {
                let id = self.doc.ids().fresh_persona_id();
                let index = self.doc.project().personas.len();
                self.apply(Edit::AddPersona {
                    persona: Persona {
                        id,
                        name: self.t(Text::NewPersona).to_owned(),
                        ..Persona::default()
                    },
                    index,
                    seen_by: Vec::new(),
                });
                self.selection = Selection::Persona(id);
            }
            Command::AddStage => {
                if let Some(map) = map_id.and_then(|id| self.doc.project().map(id)) {
                    let index = map.stages.len();
                    self.insert_stage(index);
                }
            }
            Command::AddLane(kind) => {
                if let Some(map) = map_id.and_then(|id| self.doc.project().map(id)) {
                    let index = map.lanes.len();
                    self.insert_lane(index, kind);
                }
            }
            Command::AddCard(stage, lane) => self.add_card(stage, lane),
            Command::InsertStage(index) => self.insert_stage(index),
            Command::InsertLane(index) => self.insert_lane(index, LaneKind::Text),
            Command::SetLanguage(language) => {
                self.language = language;
                self.preferences.set_language(language);
            }
            Command::ImportSurvey => {
                let request = self.file_request(FilePurpose::ImportSurvey, Text::ImportSurvey);
                self.files.request(ctx, request, self.language);
            }
            Command::Export => self.open_export_dialog(),
            Command::RepeatExport => self.repeat_export(),
            Command::ChooseExportFile => {
                if let Some(dialog) = &self.export_dialog {
                    let format = dialog.options.format;
                    let mut request =
                        self.file_request(FilePurpose::ExportTo(format), Text::ExportTitle);
                    request.file_name = dialog
                        .destination
                        .as_ref()
                        .and_then(|p| p.file_name())
                        .map(|n| n.to_string_lossy().into_owned());
                    request.folder = dialog
                        .destination
                        .as_ref()
                        .and_then(|p| p.parent())
                        .map(Path::to_owned)
                        .or(request.folder);
                    self.files.request(ctx, request, self.language);
                }
            }
            Command::RunExport => self.run_export(),
            Command::Present(view) => self.start_presentation(ctx, view),
            Command::Presenting(command) => self.presentation_command(ctx, command),
            Command::Vote(command) => self.vote_command(command),
            Command::QuickCapture => self.capture.toggle(),
            Command::WorkshopSummary => {
                self.summary = self.current_map.and_then(|id| {
                    let map = self.doc.project().map(id)?;
                    let before = self.session_start.map(id);
                    let text = crate::workshop::summary_text(map, before, self.language);
                    Some(crate::ui::workshop::SummaryWindow::new(text))
                });
            }
            Command::Capture { stage, lane, text } => self.capture_cards(stage, lane, &text),
            Command::PriorityMatrix => {
                self.toggle_workspace(Workspace::Matrix(Default::default()));
            }
            Command::ActionPlan => self.toggle_workspace(Workspace::ActionPlan(Default::default())),
            Command::Timer(command) => {
                let now = ctx.input(|i| i.time);
                self.timer.apply(command, now);
            }
            Command::About => self.dialog = Some(Dialog::About),
            Command::Shortcuts => self.dialog = Some(Dialog::Shortcuts),
        }
    }

    /// Saves, then carries out `then` once saved: now, or when the file dialog of a
    /// project without a file has saved it. Nothing follows a failed or cancelled save.
    pub(super) fn save_then(&mut self, ctx: &Context, then: Command) {
        match self.doc.path().map(Path::to_owned) {
            Some(path) => self.save_in_background(path, Some(then)),
            None => {
                self.run_confirmed(ctx, Command::SaveAs);
                if self.files.is_open() {
                    self.after_save = Some(then);
                }
            }
        }
    }

    /// What to ask the file dialog for: its title, filter and starting folder (the
    /// project's).
    pub(in crate::ui) fn file_request(&self, purpose: FilePurpose, title: Text) -> FileRequest {
        let filter = match purpose {
            FilePurpose::Open | FilePurpose::SaveAs => {
                (self.t(Text::ProjectFiles).to_owned(), vec!["ron"])
            }
            FilePurpose::ImportSurvey => (
                self.t(Text::SurveyFiles).to_owned(),
                crate::survey::EXPORT_EXTENSIONS.to_vec(),
            ),
            FilePurpose::PersonaPhoto(_) => (
                self.t(Text::ImageFiles).to_owned(),
                vec!["png", "jpg", "jpeg"],
            ),
            FilePurpose::ExportTo(format) => (
                self.t(Text::ExportFiles).to_owned(),
                vec![format.extension()],
            ),
        };
        FileRequest {
            purpose,
            title: self.t(title).trim_end_matches('…').to_owned(),
            filter,
            file_name: None,
            folder: self.doc.path().and_then(Path::parent).map(Path::to_owned),
        }
    }

    /// Carries out what a file was chosen for.
    pub(in crate::ui) fn file_chosen(&mut self, purpose: FilePurpose, path: &Path) {
        match purpose {
            FilePurpose::Open => self.open_path(path),
            FilePurpose::SaveAs => {
                let then = self.after_save.take();
                self.save_in_background(path.to_owned(), then);
            }
            FilePurpose::ImportSurvey => self.start_import(path),
            FilePurpose::ExportTo(_) => {
                if let Some(dialog) = &mut self.export_dialog {
                    dialog.set_destination(path);
                }
            }
            FilePurpose::PersonaPhoto(id) => {
                let Some(persona) = self.doc.project().persona(id) else {
                    return;
                };
                // Stored relative to the project file when it sits beside it, so the
                // project can move with its photos.
                let folder = self.doc.path().and_then(Path::parent);
                let stored = folder
                    .and_then(|folder| path.strip_prefix(folder).ok())
                    .unwrap_or(path);
                let mut edited = persona.clone();
                edited.photo = Some(stored.display().to_string());
                self.act(Action::Edit(Edit::SetPersona { persona: edited }));
            }
        }
    }

    /// Adds a card at the end of a cell, selects it and starts renaming it in place.
    pub(super) fn add_card(&mut self, stage: StageId, lane: LaneId) {
        let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) else {
            return;
        };
        let title = self.t(Text::NewCard).to_owned();
        let Some(content) = map.new_card_content(stage, lane, title.clone()) else {
            return;
        };
        let id = self.doc.ids().fresh_card_id();
        let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) else {
            return;
        };
        let card = Card {
            id,
            stage,
            lane,
            content,
        };
        let edit = edit::add_card(map, card);
        // Added under a key of its own, so that naming it joins the same undo step.
        let key = new_item_key(id.0);
        self.doc.seal();
        if let Err(error) = self.doc.apply_merging(edit, key) {
            self.show_error(Text::ErrorTitle, error.describe(self.language));
            return;
        }
        self.selection = Selection::Cards(vec![id]);
        self.canvas.rename = Some(crate::ui::canvas::Rename::naming_new(
            crate::ui::canvas::RenameTarget::Card(id),
            title,
            key,
        ));
    }

    /// Inserts a new stage at `index` of the current map and starts renaming it.
    pub(super) fn insert_stage(&mut self, index: usize) {
        let Some(map_id) = self.current_map else {
            return;
        };
        let id = self.doc.ids().fresh_stage_id();
        let color = Rgb::stage_color(index);
        let stage = Stage {
            id,
            name: self.t(Text::NewStage).to_owned(),
            color,
            width: DEFAULT_STAGE_WIDTH,
            notes: String::new(),
        };
        self.apply(Edit::AddStage {
            map: map_id,
            stage,
            index,
            cards: Vec::new(),
        });
        self.selection = Selection::Stage(id);
    }

    /// Inserts a new lane at `index` of the current map.
    pub(super) fn insert_lane(&mut self, index: usize, kind: LaneKind) {
        let Some(map_id) = self.current_map else {
            return;
        };
        let id = self.doc.ids().fresh_lane_id();
        let lane = Lane {
            id,
            title: crate::i18n::lane_kind_name(kind, self.language).to_owned(),
            kind,
        };
        self.apply(Edit::AddLane {
            map: map_id,
            lane,
            index,
            cards: Vec::new(),
        });
        self.selection = Selection::Lane(id);
    }

    /// Opens a file, replacing the document; on error the document stays as it was.
    pub fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(doc) => {
                self.preferences.add_recent(path);
                self.replace_document(doc);
                // Another window with the same file: each would overwrite the other's saves.
                let (mark, other) = self.autosave.recovery.mark_open(path);
                self.open_mark = Some(mark);
                if let Some(process) = other {
                    self.show_error(
                        Text::AlreadyOpenTitle,
                        msg::already_open(
                            self.language,
                            msg::AlreadyOpen {
                                file: path.display().to_string(),
                                process: process.to_string(),
                            },
                        ),
                    );
                }
                // A save of this file that was cut short left a newer version beside it.
                if self.autosave.offered.is_none() {
                    self.offer_recovered(crate::file::interrupted_save(path));
                }
            }
            Err(error) => {
                if matches!(error, FileError::Io { .. }) {
                    self.preferences.remove_recent(path);
                }
                self.show_error(Text::CouldNotOpen, error.describe(self.language));
            }
        }
    }

    /// Shows a workshop view in the canvas's place (the dashboard gives way), or the map
    /// again when it is already shown.
    fn toggle_workspace(&mut self, wanted: Workspace) {
        self.workspace = match self.workspace.take() {
            Some(shown) if shown.is_same_view(&wanted) => None,
            _ => {
                self.survey.dashboard = false;
                Some(wanted)
            }
        };
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        // The copy belonged to the document replaced, whose changes the user let go; so did
        // the mark on its file.
        self.autosave.clear();
        self.open_mark = None;
        self.doc = doc;
        // A new session on this document: the summary's changes count from here.
        self.session_start = self.doc.project().clone();
        self.vote = None;
        self.summary = None;
        self.current_map = self.doc.project().maps.first().map(|m| m.id);
        self.selection = Selection::None;
        self.canvas = CanvasState::default();
        self.layout = super::LayoutCache::default();
        self.close_confirmed = false;
    }
}

/// The merge key of an item just added, by its id: naming it merges into its addition.
fn new_item_key(id: u64) -> MergeKey {
    // Apart from the inspector's keys (hashes of field names), by the top bit.
    id | (1 << 63)
}
