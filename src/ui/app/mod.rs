//! The app shell: holds the open document and the view state, lays out the panels, and
//! carries out the actions the UI emits, once per frame, after drawing.

mod clipboard;
mod commands;
mod export;
mod import;
mod present;
mod recovery;
mod vote;
mod work;

pub(in crate::ui) use work::Work;

use std::path::{Path, PathBuf};

use egui::{Context, Ui};

use super::canvas::{CanvasParts, CanvasState, canvas_ui};
use super::command::{Action, Command, CommandContext, SHORTCUTS};
use super::dialogs::{Dialog, dialog_ui};
use super::file_dialog::FileDialogs;
use super::frame::{Outbox, frame_ctx};
use super::inspector::inspector_panel_ui;
use super::menu::{SidePanels, menu_bar_ui};
use super::navigator::{navigator_strip_ui, navigator_ui};
use super::selection::Selection;
use super::status_bar::status_bar_ui;
use super::survey::{ImportSession, SurveyView};
use super::survey::{dashboard_ui, filter_bar_ui, rename_wave_ui};
use crate::document::Document;
use crate::edit::Edit;
use crate::example::{EXAMPLE_FILE_NAME, example_project};
use crate::file::{FileError, Preferences};
use crate::i18n::{Language, Text, msg};
use crate::layout::MapLayout;
use crate::model::{Card, MapId, Project};

/// The layout of the current map, recomputed only when the project or the map changes.
#[derive(Default)]
pub(super) struct LayoutCache {
    key: Option<(u64, MapId, bool)>,
    pub(super) layout: MapLayout,
}

impl LayoutCache {
    pub(super) fn get(&mut self, document: &Document, map: MapId) -> &MapLayout {
        let scores = !document.project().waves.is_empty();
        let key = (document.generation(), map, scores);
        if self.key != Some(key) {
            self.layout = document
                .project()
                .map(map)
                .map(|m| MapLayout::with_scores(m, scores))
                .unwrap_or_default();
            self.key = Some(key);
        }
        &self.layout
    }
}

/// What a map's drawing depends on besides the project: the map, whether metrics lanes hold
/// badges, the wave and filter, how scores show, the language.
type SceneKey = (
    u64,
    MapId,
    Option<crate::model::WaveId>,
    crate::metrics::Filter,
    crate::scene::ScoreView,
    Language,
    bool,
);

/// The drawing of the current map, redrawn only when what it depends on changes.
#[derive(Default)]
pub(super) struct SceneCache {
    key: Option<SceneKey>,
    scene: crate::scene::Scene,
}

impl SceneCache {
    fn get(
        &mut self,
        key: SceneKey,
        draw: impl FnOnce() -> crate::scene::Scene,
    ) -> &crate::scene::Scene {
        if self.key.as_ref() != Some(&key) {
            self.scene = draw();
            self.key = Some(key);
        }
        &self.scene
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
    pub(super) scene: SceneCache,
    pub(super) preferences: Preferences,
    pub(super) dialog: Option<Dialog>,
    pub(super) clipboard: Vec<Card>,
    pub(super) actions: Vec<Action>,
    pub(super) show_navigator: bool,
    pub(super) show_inspector: bool,
    /// Whether the navigator is open in a narrow window, where it starts folded.
    navigator_expanded: bool,
    pub(in crate::ui) survey: SurveyView,
    pub(in crate::ui) import: Option<ImportSession>,
    pub(in crate::ui) files: FileDialogs,
    /// Work running on a worker thread, with its progress.
    work: Option<work::Running>,
    /// What the user asked for after saving (quit, open another file), while the file
    /// dialog of that save is open.
    pub(in crate::ui) after_save: Option<Command>,
    /// The window's context, for worker threads to ask for a frame when they are done.
    pub(in crate::ui) egui_ctx: Context,
    window_title: String,
    close_confirmed: bool,
    /// Copies of unsaved work for crash recovery, and a copy offered from an earlier session.
    autosave: recovery::Autosave,
    /// Whether the window had the focus last frame, to look at the file when it comes back.
    had_focus: bool,
    /// The change on disk the user was last told of, so as not to tell it twice.
    told_of_disk: Option<crate::file::Fingerprint>,
    /// This window's mark on the file it has open, for another window to see.
    open_mark: Option<crate::file::OpenMark>,
    /// The export dialog, while it is open.
    pub(in crate::ui) export_dialog: Option<crate::ui::export_dialog::ExportDialog>,
    /// The last export of this session, for Ctrl+E.
    last_export: Option<(crate::export::ExportOptions, PathBuf)>,
    /// What the app last did that has no place of its own on screen ("Exported …").
    pub(in crate::ui) notice: Option<String>,
    /// The presentation, while the map is presented.
    presentation: Option<crate::ui::present::Presentation>,
    /// The facilitator's timer.
    pub(in crate::ui) timer: crate::ui::workshop::Timer,
    /// A dot vote, from its setup to its reveal.
    pub(in crate::ui) vote: Option<crate::ui::workshop::VoteState>,
    /// The priority matrix or the action plan, while one is shown in the canvas's place.
    pub(in crate::ui) workspace: Option<crate::ui::workshop::Workspace>,
    /// The project as this session found it, for the workshop summary's changes.
    pub(in crate::ui) session_start: Project,
    /// The workshop summary on screen.
    pub(in crate::ui) summary: Option<crate::ui::workshop::SummaryWindow>,
    /// The quick capture bar.
    pub(in crate::ui) capture: crate::ui::workshop::CaptureBar,
}

/// Below this window width the navigator folds into a strip.
const NARROW_WINDOW: f32 = 1450.0;
/// From this window width the inspector stays open with nothing selected.
const WIDE_WINDOW: f32 = 1800.0;

impl ParcoursApp {
    /// The app as started from the command line: `file` opened, or the example project, in
    /// `language` when the command line names one.
    pub fn new(ctx: &Context, file: Option<PathBuf>, language: Option<Language>) -> Self {
        let preferences = Preferences::load_from_config();
        // The command line's choice first, then the user's, then the system's.
        let language = language
            .or(preferences.language)
            .unwrap_or_else(crate::i18n::system_language);
        let mut app = Self::with_document(
            ctx,
            Document::new(example_project(), Some(EXAMPLE_FILE_NAME.to_owned())),
            language,
        );
        // The window as the user left it.
        let view = preferences.view;
        app.show_navigator = !view.hide_navigator;
        app.show_inspector = !view.hide_inspector;
        app.survey.heat = view.heat;
        app.preferences = preferences;
        // Copies of unsaved work in the data folder, and one an earlier session left.
        app.set_recovery(crate::file::Recovery::in_data_folder());
        match file {
            // A survey export on the command line: the import dialog, on the example.
            Some(path) if crate::survey::is_export(&path) => app.start_import(&path),
            Some(path) => app.open_path(&path),
            None => {}
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
        let session_start = doc.project().clone();
        Self {
            session_start,
            summary: None,
            doc,
            language,
            current_map,
            selection: Selection::None,
            canvas: CanvasState::default(),
            layout: LayoutCache::default(),
            scene: SceneCache::default(),
            preferences: Preferences::load(None),
            dialog: None,
            clipboard: Vec::new(),
            actions: Vec::new(),
            show_navigator: true,
            show_inspector: true,
            navigator_expanded: false,
            survey: SurveyView::default(),
            import: None,
            files: FileDialogs::default(),
            work: None,
            after_save: None,
            egui_ctx: ctx.clone(),
            window_title: String::new(),
            close_confirmed: false,
            autosave: recovery::Autosave::default(),
            had_focus: true,
            told_of_disk: None,
            open_mark: None,
            export_dialog: None,
            last_export: None,
            notice: None,
            presentation: None,
            timer: crate::ui::workshop::Timer::default(),
            vote: None,
            capture: Default::default(),
            workspace: None,
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

    /// The dots a vote under way shows (for tests): `None` when no vote is under way.
    pub fn vote_dots_on_screen(&self) -> Option<usize> {
        self.live_vote().map(|v| v.visible_dots().count())
    }

    /// Whether the timer is on screen and counting down (for tests).
    pub fn timer_running(&self) -> (bool, bool) {
        (self.timer.shown, self.timer.is_running())
    }

    /// The message of the dialog on screen, if any (for tests).
    pub fn dialog_message(&self) -> Option<String> {
        self.dialog.as_ref().map(|d| d.message(self.language))
    }

    /// Uses Parcours's own file dialog, starting in `folder`, as on a desktop without one
    /// (for tests).
    pub fn use_own_file_dialogs(&mut self, folder: Option<PathBuf>) {
        self.files = FileDialogs::own_only(folder);
    }

    /// Saves to `path` as "Save as…" would after the file dialog.
    pub fn save_to(&mut self, path: &Path) -> Result<(), FileError> {
        self.doc.save_as(path)?;
        self.preferences.add_recent(path);
        Ok(())
    }

    pub(in crate::ui) fn t(&self, text: Text) -> &'static str {
        text.get(self.language)
    }

    /// Queues an action, carried out after the frame.
    pub(in crate::ui) fn act(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// Queues a command: it is carried out after the next frame is drawn, as one from a
    /// menu or a shortcut.
    pub fn command(&mut self, command: Command) {
        self.actions.push(Action::Command(command));
        // What the command changes is drawn in the next frame, even if nothing else moves.
        self.egui_ctx.request_repaint();
    }

    /// The panels written as functions over the frame context: the project and the view
    /// lent read-only, each panel's own state, and the outbox; the app takes what they asked.
    fn panels_ui(&mut self, ui: &mut Ui) {
        let mut out = Outbox::default();
        {
            let ctx = frame_ctx!(self);
            let mut panels = SidePanels {
                navigator: self.show_navigator,
                inspector: self.show_inspector,
            };
            menu_bar_ui(ui, &ctx, &mut panels, &mut out);
            (self.show_navigator, self.show_inspector) = (panels.navigator, panels.inspector);
            status_bar_ui(ui, &ctx, &mut out);
            filter_bar_ui(ui, &ctx, &mut self.survey);
        }
        self.actions.extend(out.into_actions());
    }

    /// The workshop kit's widgets over the window: the vote and the timer.
    fn workshop_ui(&mut self, ctx: &Context) {
        let mut out = Outbox::default();
        if let Some(vote) = &mut self.vote {
            let presenting = self.presentation.is_some();
            let project = self.doc.project();
            crate::ui::workshop::vote_ui(ctx, vote, project, self.language, presenting, &mut out);
        }
        if let Some(summary) = &mut self.summary {
            let open = crate::ui::workshop::summary_ui(ctx, summary, self.language);
            if !open {
                self.summary = None;
            }
        }
        crate::ui::workshop::timer_ui(ctx, &mut self.timer, self.language, &mut out);
        self.actions.extend(out.into_actions());
    }

    /// The dialog on screen, over everything.
    fn dialog_panel(&mut self, ctx: &Context) {
        let mut out = Outbox::default();
        {
            let frame = frame_ctx!(self);
            dialog_ui(ctx, &frame, &mut self.dialog, &mut out);
        }
        self.actions.extend(out.into_actions());
    }

    /// Draws one frame and carries out what the user did in it.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_shortcuts(&ctx);
        self.look_at_disk_on_focus(&ctx);
        self.survey.follow_wave(self.doc.project());
        if self.presentation.is_some() {
            // The presentation takes the whole window: no menus, panels or status bar.
            self.presentation_frame(ui);
            self.workshop_ui(&ctx);
            self.dialog_panel(&ctx);
            self.autosave(&ctx);
            self.carry_out_actions(&ctx);
            self.update_window_title(&ctx);
            return;
        }
        // How the window is left is remembered (saved only when it changes).
        self.preferences.set_view(crate::file::ViewPreferences {
            hide_navigator: !self.show_navigator,
            hide_inspector: !self.show_inspector,
            heat: self.survey.heat,
        });
        self.panels_ui(ui);
        if self.capture.open {
            let mut out = Outbox::default();
            {
                let ctx = frame_ctx!(self);
                crate::ui::workshop::capture_ui(ui, &ctx, &mut self.capture, &mut out);
            }
            self.actions.extend(out.into_actions());
        }
        // A narrow window (a laptop, a projector) keeps its width for the map: the navigator
        // folds into a strip, and the inspector shows only when there is something to edit.
        let width = ctx.content_rect().width();
        let narrow = width < NARROW_WINDOW;
        if self.show_navigator {
            let mut out = Outbox::default();
            {
                let ctx = frame_ctx!(self);
                if narrow && !self.navigator_expanded {
                    navigator_strip_ui(ui, &ctx, &mut self.navigator_expanded);
                } else {
                    let collapsible = narrow.then_some(&mut self.navigator_expanded);
                    navigator_ui(ui, &ctx, &mut self.survey, collapsible, &mut out);
                }
            }
            self.actions.extend(out.into_actions());
        }
        let something_to_edit = self.selection != Selection::None;
        if self.show_inspector && (something_to_edit || width >= WIDE_WINDOW) {
            let mut out = Outbox::default();
            {
                // The current map's layout, from its cache (pain points list their
                // touchpoints in journey order).
                let layout = match self.current_map {
                    Some(id) => Some(self.layout.get(&self.doc, id)),
                    None => None,
                };
                let ctx = frame_ctx!(self);
                inspector_panel_ui(ui, &ctx, &mut self.survey, layout, &mut out);
            }
            self.actions.extend(out.into_actions());
        }
        if self.survey.dashboard {
            // The dashboard takes the canvas's place.
            egui::CentralPanel::default().show(ui, |ui| {
                let ctx = frame_ctx!(self);
                dashboard_ui(ui, &ctx, &mut self.survey);
            });
        } else if let Some(workspace) = &mut self.workspace {
            let mut out = Outbox::default();
            egui::CentralPanel::default().show(ui, |ui| {
                let ctx = frame_ctx!(self);
                match workspace {
                    crate::ui::workshop::Workspace::Matrix(matrix) => {
                        let wave = self.survey.current_wave(self.doc.project());
                        let sizes_from = wave.map(|w| (w, &self.survey.filter));
                        crate::ui::workshop::matrix_ui(ui, &ctx, matrix, sizes_from, &mut out);
                    }
                    crate::ui::workshop::Workspace::ActionPlan(order) => {
                        crate::ui::workshop::action_plan_ui(ui, &ctx, order, &mut out);
                    }
                }
            });
            self.actions.extend(out.into_actions());
        } else {
            let mut out = Outbox::default();
            {
                let ParcoursApp {
                    doc,
                    layout,
                    scene,
                    canvas,
                    selection,
                    language,
                    survey,
                    current_map,
                    vote,
                    ..
                } = self;
                let live_vote = vote.as_ref().and_then(crate::ui::workshop::VoteState::live);
                let badges = survey.badge_options(doc.project());
                let wave = survey.current_wave(doc.project()).map(|w| w.id);
                let filter = survey.filter.clone();
                let scores = survey.scores(doc);
                let project = doc.project();
                let map = current_map.and_then(|id| project.map(id));
                let empty = MapLayout::default();
                let empty_scene = crate::scene::Scene::default();
                let (layout, scene) = match map {
                    Some(map) => {
                        let layout = layout.get(doc, map.id);
                        // A vote under way shows its own dots, not the last vote's.
                        let last_vote = live_vote.is_none_or(|v| v.map != map.id);
                        let key = (
                            doc.generation(),
                            map.id,
                            wave,
                            filter,
                            badges,
                            *language,
                            last_vote,
                        );
                        let scene = scene.get(key, || {
                            crate::scene::build_scene(&crate::scene::SceneInput {
                                map,
                                layout,
                                persona: map
                                    .persona
                                    .and_then(|id| project.persona(id))
                                    .map(|p| p.name.as_str()),
                                scores,
                                view: badges,
                                language: *language,
                                editor: true,
                                full_titles: false,
                                last_vote,
                            })
                        });
                        (layout, scene)
                    }
                    None => (&empty, &empty_scene),
                };
                canvas_ui(
                    ui,
                    CanvasParts {
                        map,
                        layout,
                        scene,
                        state: canvas,
                        selection,
                        out: &mut out,
                        language: *language,
                        scores,
                        badges,
                        vote: live_vote,
                    },
                );
            }
            self.actions.extend(out.into_actions());
        }
        self.workshop_ui(&ctx);
        self.import_panel(&ctx);
        self.export_panel(&ctx);
        self.work_ui(&ctx);
        let mut out = Outbox::default();
        {
            let frame = frame_ctx!(self);
            rename_wave_ui(&ctx, &frame, &mut self.survey, &mut out);
        }
        self.actions.extend(out.into_actions());
        self.dialog_panel(&ctx);
        self.recovery_offer(&ctx);
        self.autosave(&ctx);
        if let Some((purpose, path)) = self.files.ui(&ctx) {
            self.file_chosen(purpose, &path);
        }
        // The file dialog closed without saving: what was to follow does not happen.
        if !self.files.is_open() && self.doc.is_dirty() {
            self.after_save = None;
        }
        self.carry_out_actions(&ctx);
        self.update_window_title(&ctx);
    }

    /// When the window comes back to the front, a file another program changed meanwhile
    /// is said at once (once per change), not only at the next save.
    fn look_at_disk_on_focus(&mut self, ctx: &Context) {
        let focused = ctx.input(|i| i.focused);
        let came_back = focused && !self.had_focus;
        self.had_focus = focused;
        if !came_back || self.dialog.is_some() || !self.doc.changed_on_disk() {
            return;
        }
        let now = self
            .doc
            .path()
            .and_then(|path| crate::file::Fingerprint::of_file(path).ok());
        if now.is_some() && now == self.told_of_disk {
            return;
        }
        self.told_of_disk = now;
        self.dialog = Some(Dialog::ChangedOnDisk { then: None });
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
        // One file at a time: a drop while another is being read waits for the user.
        if self.work.is_some() {
            return;
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        let extension = |p: &PathBuf| {
            p.extension()
                .map(|e| e.to_string_lossy().to_lowercase())
                .unwrap_or_default()
        };
        if let Some(path) = dropped.iter().find(|p| extension(p) == "ron") {
            self.command(Command::OpenPath(path.clone()));
        } else if let Some(path) = dropped.iter().find(|p| crate::survey::is_export(p)) {
            self.start_import(&path.clone());
        }
    }

    fn handle_shortcuts(&mut self, ctx: &Context) {
        // A dialog on screen takes the keys (Escape closes it); nothing happens beneath it.
        if self.dialog.is_some()
            || self.import.is_some()
            || self.export_dialog.is_some()
            || self.survey.renaming.is_some()
            || self.files.is_open()
            || self.work.is_some()
            || self.vote_dialog_open()
        {
            return;
        }
        // Escape closes an open menu, list or context menu first, and does nothing else.
        if egui::Popup::is_any_open(ctx)
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            egui::Popup::close_all(ctx);
            return;
        }
        // Escape while naming something on the canvas cancels the naming at once, before
        // the field would take its loss of focus for a confirmation.
        if self.canvas.rename.is_some()
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.run_command(ctx, Command::Escape);
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        let presenting = self.presentation.is_some();
        // The timer's keys work while the pointer is on it.
        let on_timer = self.timer.shown && self.timer.armed;
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            if !typing && !presenting {
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
            for (shortcut, command) in SHORTCUTS {
                // While typing, only the shortcuts meant to work anywhere act.
                if typing && command.context() != CommandContext::Anywhere {
                    continue;
                }
                if command.context() == CommandContext::Timer {
                    if on_timer && input.consume_shortcut(shortcut) {
                        commands.push(command.clone());
                    }
                    continue;
                }
                // A presentation has keys of its own, and only those.
                if presenting != (command.context() == CommandContext::Presentation) {
                    continue;
                }
                if input.consume_shortcut(shortcut) {
                    commands.push(command.clone());
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
        let title = format!(
            "{marker}{}",
            msg::window_title(self.language(), msg::WindowTitle { name },)
        );
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Carries out the queued actions: the one place where the project changes.
    fn carry_out_actions(&mut self, ctx: &Context) {
        let actions = std::mem::take(&mut self.actions);
        if actions.is_empty() {
            // Nothing happened: the selection cannot have gone stale.
            return;
        }
        // What they change is drawn in the next frame, even when nothing else moves (a
        // vote's result after its confirmation, say).
        ctx.request_repaint();
        for action in actions {
            match action {
                Action::Edit(edit) => self.apply(edit),
                Action::EditMerging(edit, key) => {
                    if let Err(error) = self.doc.apply_merging(edit, key) {
                        self.show_error(Text::ErrorTitle, error.describe(self.language));
                    }
                }
                Action::Seal => self.doc.seal(),
                Action::Retract(key) => {
                    if self.doc.retract(key) {
                        self.selection = Selection::None;
                    }
                }
                Action::Command(command) => self.run_command(ctx, command),
                Action::RunDiscarding(command) => self.run_confirmed(ctx, command),
                Action::SaveThen(command) => self.save_then(ctx, command),
                Action::Select(selection) => self.selection = selection,
                Action::ShowMap(map) => {
                    if self.current_map != Some(map) {
                        self.current_map = Some(map);
                        self.canvas.request_fit();
                    }
                }
            }
        }
        self.drop_stale_selection();
    }

    fn apply(&mut self, edit: Edit) {
        self.doc.seal();
        if let Err(error) = self.doc.apply(edit) {
            self.show_error(Text::ErrorTitle, error.describe(self.language));
        }
    }

    pub(in crate::ui) fn show_error(&mut self, title: Text, message: String) {
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
}

impl eframe::App for ParcoursApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// A clean exit: the recovery copy is not needed (the user saved or chose not to).
    fn on_exit(&mut self) {
        self.autosave.clear();
        self.open_mark = None;
    }
}
