//! The app shell: holds the open document and the view state, lays out the panels, and
//! carries out the actions the UI emits, once per frame, after drawing.

use std::path::{Path, PathBuf};

use egui::{Context, Ui};

use super::canvas::CanvasState;
use super::command::{Action, CANVAS_SHORTCUTS, Command, GLOBAL_SHORTCUTS};
use super::dialogs::Dialog;
use super::selection::Selection;
use crate::document::Document;
use crate::edit::{self, Edit};
use crate::example::{EXAMPLE_FILE_NAME, example_project};
use crate::file::{FileError, Preferences};
use crate::i18n::{Language, Text};
use crate::layout::MapLayout;
use crate::model::{
    Card, CardId, DEFAULT_STAGE_WIDTH, JourneyMap, Lane, LaneId, LaneKind, MapId, Project, Rgb,
    Stage, StageId,
};
use crate::templates::Template;

/// The layout of the current map, recomputed only when the project or the map changes.
#[derive(Default)]
pub(super) struct LayoutCache {
    key: Option<(u64, MapId)>,
    pub(super) layout: MapLayout,
}

impl LayoutCache {
    pub(super) fn get(&mut self, document: &Document, map: MapId) -> &MapLayout {
        let key = (document.generation(), map);
        if self.key != Some(key) {
            self.layout = document
                .project()
                .map(map)
                .map(MapLayout::compute)
                .unwrap_or_default();
            self.key = Some(key);
        }
        &self.layout
    }
}

/// The Parcours application.
pub struct ParcoursApp {
    pub(super) doc: Document,
    pub(super) language: Language,
    pub(super) current_map: Option<MapId>,
    pub(super) selection: Selection,
    pub(super) canvas: CanvasState,
    pub(super) layout: LayoutCache,
    pub(super) preferences: Preferences,
    pub(super) dialog: Option<Dialog>,
    pub(super) clipboard: Vec<Card>,
    pub(super) actions: Vec<Action>,
    pub(super) show_navigator: bool,
    pub(super) show_inspector: bool,
    window_title: String,
    close_confirmed: bool,
}

impl ParcoursApp {
    /// The app as started from the command line: `file` opened, or the example project.
    pub fn new(ctx: &Context, file: Option<PathBuf>) -> Self {
        let preferences = Preferences::load_from_config();
        let language = preferences.language.unwrap_or_else(Language::from_system);
        let mut app = Self::with_document(
            ctx,
            Document::new(example_project(), Some(EXAMPLE_FILE_NAME.to_owned())),
            language,
        );
        app.preferences = preferences;
        if let Some(path) = file {
            app.open_path(&path);
        }
        app
    }

    /// The app on a given document and language, with recent files kept in memory only
    /// (for tests and benchmarks).
    pub fn with_document(ctx: &Context, doc: Document, language: Language) -> Self {
        // Persona photos are loaded from files by egui's image loaders.
        egui_extras::install_image_loaders(ctx);
        ctx.set_theme(egui::Theme::Light);
        ctx.global_style_mut(|style| {
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 4.0);
        });
        let current_map = doc.project().maps.first().map(|m| m.id);
        Self {
            doc,
            language,
            current_map,
            selection: Selection::None,
            canvas: CanvasState::default(),
            layout: LayoutCache::default(),
            preferences: Preferences::load(None),
            dialog: None,
            clipboard: Vec::new(),
            actions: Vec::new(),
            show_navigator: true,
            show_inspector: true,
            window_title: String::new(),
            close_confirmed: false,
        }
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The project.
    pub fn project(&self) -> &Project {
        self.doc.project()
    }

    /// The map shown on the canvas.
    pub fn current_map(&self) -> Option<MapId> {
        self.current_map
    }

    /// The selection.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// Replaces the selection (as a click would).
    pub fn select(&mut self, selection: Selection) {
        self.selection = selection;
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The canvas zoom (screen points per map unit).
    pub fn canvas_zoom(&self) -> f32 {
        self.canvas.transform.zoom
    }

    /// Fits the whole map to the canvas at the next frame.
    pub fn request_fit(&mut self) {
        self.canvas.request_fit();
    }

    /// The message of the dialog on screen, if any (for tests).
    pub fn dialog_message(&self) -> Option<String> {
        self.dialog.as_ref().map(|d| d.message(self.language))
    }

    /// Saves to `path` as "Save as…" would after the file dialog.
    pub fn save_to(&mut self, path: &Path) -> Result<(), FileError> {
        self.doc.save_as(path)?;
        self.preferences.add_recent(path);
        Ok(())
    }

    pub(super) fn t(&self, text: Text) -> &'static str {
        text.get(self.language)
    }

    /// Queues an action, carried out after the frame.
    pub(super) fn act(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// Queues a command.
    pub(super) fn command(&mut self, command: Command) {
        self.actions.push(Action::Command(command));
    }

    /// Draws one frame and carries out what the user did in it.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_shortcuts(&ctx);
        self.menu_bar(ui);
        self.status_bar(ui);
        if self.show_navigator {
            self.navigator_panel(ui);
        }
        if self.show_inspector {
            self.inspector_panel(ui);
        }
        self.canvas_panel(ui);
        self.dialogs(&ctx);
        self.carry_out_actions(&ctx);
        self.update_window_title(&ctx);
    }

    fn handle_close_request(&mut self, ctx: &Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.close_confirmed
            && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved {
                then: Command::Quit,
            });
        }
    }

    fn handle_dropped_files(&mut self, ctx: &Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped
            .into_iter()
            .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        {
            self.command(Command::OpenPath(path));
        }
    }

    fn handle_shortcuts(&mut self, ctx: &Context) {
        if self.dialog.is_some() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            if !typing {
                // The window turns Ctrl+C/X/V into clipboard events rather than key presses.
                for event in &input.events {
                    match event {
                        egui::Event::Copy => commands.push(Command::Copy),
                        egui::Event::Cut => commands.push(Command::Cut),
                        egui::Event::Paste(text) => commands.push(Command::PasteText(text.clone())),
                        _ => {}
                    }
                }
            }
            for (shortcut, command) in GLOBAL_SHORTCUTS {
                if input.consume_shortcut(shortcut) {
                    commands.push(command.clone());
                }
            }
            if !typing {
                for (shortcut, command) in CANVAS_SHORTCUTS {
                    if input.consume_shortcut(shortcut) {
                        commands.push(command.clone());
                    }
                }
            }
        });
        for command in commands {
            self.command(command);
        }
    }

    fn update_window_title(&mut self, ctx: &Context) {
        let name = self
            .doc
            .name()
            .unwrap_or_else(|| self.t(Text::Untitled).to_owned());
        let marker = if self.doc.is_dirty() { "● " } else { "" };
        let title = format!("{marker}{name} — Parcours");
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Carries out the queued actions: the one place where the project changes.
    fn carry_out_actions(&mut self, ctx: &Context) {
        let actions = std::mem::take(&mut self.actions);
        for action in actions {
            match action {
                Action::Edit(edit) => self.apply(edit),
                Action::EditMerging(edit, key) => {
                    if let Err(error) = self.doc.apply_merging(edit, key) {
                        self.show_error(Text::ErrorTitle, error.to_string());
                    }
                }
                Action::Seal => self.doc.seal(),
                Action::Command(command) => self.run_command(ctx, command),
            }
        }
        self.drop_stale_selection();
    }

    fn apply(&mut self, edit: Edit) {
        self.doc.seal();
        if let Err(error) = self.doc.apply(edit) {
            self.show_error(Text::ErrorTitle, error.to_string());
        }
    }

    pub(super) fn show_error(&mut self, title: Text, message: String) {
        self.dialog = Some(Dialog::Error { title, message });
    }

    /// After undo or deletion, forget selected things that no longer exist.
    fn drop_stale_selection(&mut self) {
        let project = self.doc.project();
        if self.current_map.is_none_or(|id| project.map(id).is_none()) {
            self.current_map = project.maps.first().map(|m| m.id);
            self.canvas.request_fit();
        }
        let map = self.current_map.and_then(|id| project.map(id));
        let keep = match &mut self.selection {
            Selection::None | Selection::Project => true,
            Selection::Cards(ids) => {
                ids.retain(|id| map.is_some_and(|m| m.card(*id).is_some()));
                !ids.is_empty()
            }
            Selection::Stage(id) => map.is_some_and(|m| m.stage(*id).is_some()),
            Selection::Lane(id) => map.is_some_and(|m| m.lane(*id).is_some()),
            Selection::Map(id) => project.map(*id).is_some(),
            Selection::Persona(id) => project.persona(*id).is_some(),
        };
        if !keep {
            self.selection = Selection::None;
        }
    }

    fn run_command(&mut self, ctx: &Context, command: Command) {
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
    pub(super) fn run_confirmed(&mut self, ctx: &Context, command: Command) {
        let map_id = self.current_map;
        match command {
            Command::New => {
                let mut project = Project::empty(self.language);
                let map = Template::PurchaseJourney.build(self.language, &mut project);
                project.maps.push(map);
                self.replace_document(Document::new(project, None));
            }
            Command::Open => {
                if let Some(path) = rfd::FileDialog::new()
                    .add_filter(self.t(Text::ProjectFiles), &["ron"])
                    .pick_file()
                {
                    self.open_path(&path);
                }
            }
            Command::OpenPath(path) => self.open_path(&path),
            Command::OpenExample => self.replace_document(Document::new(
                example_project(),
                Some(EXAMPLE_FILE_NAME.to_owned()),
            )),
            Command::Save => match self.doc.save() {
                Ok(true) => {
                    if let Some(path) = self.doc.path().map(Path::to_owned) {
                        self.preferences.add_recent(&path);
                    }
                }
                Ok(false) => self.run_confirmed(ctx, Command::SaveAs),
                Err(error) => self.show_error(Text::CouldNotSave, error.describe(self.language)),
            },
            Command::SaveAs => {
                let name = self
                    .doc
                    .name()
                    .filter(|n| n.ends_with(".ron"))
                    .unwrap_or_else(|| "parcours.ron".to_owned());
                if let Some(path) = rfd::FileDialog::new()
                    .add_filter(self.t(Text::ProjectFiles), &["ron"])
                    .set_file_name(name)
                    .save_file()
                    && let Err(error) = self.save_to(&path)
                {
                    self.show_error(Text::CouldNotSave, error.describe(self.language));
                }
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
                    .rename_selection(&self.selection, self.doc.project(), map_id)
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
                if !self.canvas.cancel() {
                    self.selection = Selection::None;
                }
            }
            Command::FitToScreen => self.canvas.request_fit(),
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::ActualSize => self.canvas.zoom_to(1.0),
            Command::AddMap(template) => {
                let map = template.build(self.language, self.doc.id_source());
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
            Command::About => self.dialog = Some(Dialog::About),
            Command::Shortcuts => self.dialog = Some(Dialog::Shortcuts),
        }
    }

    /// Adds a card at the end of a cell, selects it and starts renaming it in place.
    fn add_card(&mut self, stage: StageId, lane: LaneId) {
        let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) else {
            return;
        };
        let Some(kind) = map.lane(lane).map(|l| l.kind) else {
            return;
        };
        let title = self.t(Text::NewCard).to_owned();
        let id = CardId(self.doc.fresh_id());
        let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) else {
            return;
        };
        let card = Card {
            id,
            stage,
            lane,
            content: kind.new_card_content(title.clone()),
        };
        let edit = edit::add_card(map, card);
        self.apply(edit);
        self.selection = Selection::Cards(vec![id]);
        self.canvas.rename = Some(super::canvas::Rename {
            target: super::canvas::RenameTarget::Card(id),
            text: title,
            focused: false,
        });
    }

    /// Inserts a new stage at `index` of the current map and starts renaming it.
    pub(super) fn insert_stage(&mut self, index: usize) {
        let Some(map_id) = self.current_map else {
            return;
        };
        let id = self.doc.id_source().fresh_stage_id();
        let color = Rgb::stage_color(index);
        let stage = Stage {
            id,
            name: self.t(Text::NewStage).to_owned(),
            color,
            width: DEFAULT_STAGE_WIDTH,
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
        let id = self.doc.id_source().fresh_lane_id();
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
            }
            Err(error) => {
                if matches!(error, FileError::Io { .. }) {
                    self.preferences.remove_recent(path);
                }
                self.show_error(Text::CouldNotOpen, error.describe(self.language));
            }
        }
    }

    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.current_map = self.doc.project().maps.first().map(|m| m.id);
        self.selection = Selection::None;
        self.canvas = CanvasState::default();
        self.layout = LayoutCache::default();
        self.close_confirmed = false;
    }

    fn copy_selection(&mut self, ctx: &Context) {
        let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) else {
            return;
        };
        let cards: Vec<Card> = map
            .cards
            .iter()
            .filter(|c| self.selection.has_card(c.id))
            .cloned()
            .collect();
        if cards.is_empty() {
            return;
        }
        // Other applications get the titles, one per line.
        ctx.copy_text(clipboard_text(&cards));
        self.clipboard = cards;
    }

    /// Applies a card edit that needs fresh ids (paste, duplicate) to the current map, and
    /// selects the new cards.
    fn apply_new_cards(
        &mut self,
        make: impl FnOnce(&JourneyMap, &mut dyn FnMut() -> CardId) -> Option<(Edit, Vec<CardId>)>,
    ) {
        // A copy of the map, because fresh ids come from the same project.
        let Some(map) = self
            .current_map
            .and_then(|id| self.doc.project().map(id))
            .cloned()
        else {
            return;
        };
        let doc = &mut self.doc;
        let mut fresh = || CardId(doc.fresh_id());
        if let Some((edit, ids)) = make(&map, &mut fresh) {
            self.apply(edit);
            self.selection = Selection::Cards(ids);
        }
    }

    fn paste(&mut self) {
        let after = self.selection.cards().last().copied();
        let clipboard = self.clipboard.clone();
        self.apply_new_cards(|map, fresh| edit::paste_cards(map, &clipboard, after, fresh));
    }

    /// Pastes text from the system clipboard: the copied cards when it is what Parcours
    /// put there, else one new card per line after the selected card.
    fn paste_text(&mut self, text: &str) {
        if !self.clipboard.is_empty() && text == clipboard_text(&self.clipboard) {
            self.paste();
            return;
        }
        let Some(anchor) = self.selection.cards().last().copied() else {
            return;
        };
        self.apply_new_cards(|map, fresh| {
            let anchor = map.card(anchor)?;
            let kind = map.lane(anchor.lane)?.kind;
            let cards: Vec<Card> = text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(|line| Card {
                    id: CardId(0),
                    stage: anchor.stage,
                    lane: anchor.lane,
                    content: kind.new_card_content(line.to_owned()),
                })
                .collect();
            edit::paste_cards(map, &cards, Some(anchor.id), fresh)
        });
    }

    fn duplicate_selection(&mut self) {
        let ids = self.selection.cards().to_vec();
        self.apply_new_cards(|map, fresh| edit::duplicate_cards(map, &ids, fresh));
    }

    fn delete_selection(&mut self) {
        let Some(map_id) = self.current_map else {
            return;
        };
        let Some(map) = self.doc.project().map(map_id) else {
            return;
        };
        let edit = match &self.selection {
            Selection::Cards(ids) => edit::delete_cards(map, ids),
            Selection::Stage(id) => Some(Edit::DeleteStage {
                map: map_id,
                stage: *id,
            }),
            Selection::Lane(id) => Some(Edit::DeleteLane {
                map: map_id,
                lane: *id,
            }),
            _ => None,
        };
        if let Some(edit) = edit {
            self.apply(edit);
            self.selection = Selection::None;
        }
    }
}

/// What copied cards put on the system clipboard: their titles, one per line.
fn clipboard_text(cards: &[Card]) -> String {
    cards.iter().map(Card::title).collect::<Vec<_>>().join("\n")
}

impl eframe::App for ParcoursApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
