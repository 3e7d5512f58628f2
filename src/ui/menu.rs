//! The menu bar: File, Edit, View, Map, Help. A function over the frame context: it reads
//! the project and the view, keeps which side panels are shown as its own state, and asks
//! for commands through the outbox.

use egui::{Button, Ui};

use super::command::{Command, TimerCommand, VoteCommand, shortcut_of};
use super::frame::{FrameCtx, Outbox};
use super::shortcut_text::shortcut_text;
use crate::i18n::{Language, Text, lane_kind_name};
use crate::model::LaneKind;
use crate::templates::Template;

/// Which side panels are shown: the View menu's own state.
pub struct SidePanels {
    /// The project navigator, on the left.
    pub navigator: bool,
    /// The inspector, on the right.
    pub inspector: bool,
}

/// The menu bar at the top of the window.
pub(super) fn menu_bar_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    panels: &mut SidePanels,
    out: &mut Outbox,
) {
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(ctx.t(Text::MenuFile), |ui| file_menu(ui, ctx, out));
            ui.menu_button(ctx.t(Text::MenuEdit), |ui| edit_menu(ui, ctx, out));
            ui.menu_button(ctx.t(Text::MenuView), |ui| view_menu(ui, ctx, panels, out));
            ui.menu_button(ctx.t(Text::MenuMap), |ui| map_menu(ui, ctx, out));
            ui.menu_button(ctx.t(Text::MenuHelp), |ui| {
                command_item(ui, ctx, out, Command::Shortcuts, true);
                command_item(ui, ctx, out, Command::About, true);
            });
        });
    });
}

/// A menu entry for `command`, with its shortcut.
fn menu_item(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    label: &str,
    command: Command,
    enabled: bool,
) {
    let mut button = Button::new(label);
    if let Some(shortcut) = shortcut_of(&command) {
        button = button.shortcut_text(shortcut_text(&shortcut, ctx.language));
    }
    if ui.add_enabled(enabled, button).clicked() {
        out.command(command);
        ui.close();
    }
}

fn command_item(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    command: Command,
    enabled: bool,
) {
    let label = command.name(ctx.language);
    menu_item(ui, ctx, out, label, command, enabled);
}

fn file_menu(ui: &mut Ui, ctx: &FrameCtx<'_>, out: &mut Outbox) {
    command_item(ui, ctx, out, Command::New, true);
    command_item(ui, ctx, out, Command::Open, true);
    ui.menu_button(ctx.t(Text::OpenRecent), |ui| {
        if ctx.recent_files.is_empty() {
            ui.label(ctx.t(Text::NoRecentFiles));
        }
        for path in ctx.recent_files {
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
                out.command(Command::OpenPath(path.clone()));
                ui.close();
            }
        }
    });
    command_item(ui, ctx, out, Command::OpenExample, true);
    ui.separator();
    command_item(ui, ctx, out, Command::Save, true);
    command_item(ui, ctx, out, Command::SaveAs, true);
    ui.separator();
    command_item(ui, ctx, out, Command::ImportSurvey, ctx.map.is_some());
    ui.separator();
    command_item(ui, ctx, out, Command::Export, ctx.map.is_some());
    command_item(ui, ctx, out, Command::RepeatExport, ctx.map.is_some());
    ui.separator();
    command_item(ui, ctx, out, Command::Quit, true);
}

fn edit_menu(ui: &mut Ui, ctx: &FrameCtx<'_>, out: &mut Outbox) {
    let history = ctx.document.history();
    let undo = history.undo_label().map(|l| l.text(ctx.language));
    let redo = history.redo_label().map(|l| l.text(ctx.language));
    let named = |text: Text, label: &Option<String>| match label {
        Some(label) => format!("{} {label}", ctx.t(text)),
        None => ctx.t(text).to_owned(),
    };
    menu_item(
        ui,
        ctx,
        out,
        &named(Text::Undo, &undo),
        Command::Undo,
        undo.is_some(),
    );
    menu_item(
        ui,
        ctx,
        out,
        &named(Text::Redo, &redo),
        Command::Redo,
        redo.is_some(),
    );
    ui.separator();
    let has_cards = !ctx.selection.cards().is_empty();
    command_item(ui, ctx, out, Command::Cut, has_cards);
    command_item(ui, ctx, out, Command::Copy, has_cards);
    command_item(ui, ctx, out, Command::Paste, ctx.can_paste);
    command_item(ui, ctx, out, Command::Duplicate, has_cards);
    command_item(ui, ctx, out, Command::Delete, has_cards);
    command_item(ui, ctx, out, Command::Rename, has_cards);
    ui.separator();
    command_item(ui, ctx, out, Command::SelectAll, ctx.map.is_some());
}

fn view_menu(ui: &mut Ui, ctx: &FrameCtx<'_>, panels: &mut SidePanels, out: &mut Outbox) {
    command_item(ui, ctx, out, Command::FitToScreen, true);
    command_item(ui, ctx, out, Command::ZoomIn, true);
    command_item(ui, ctx, out, Command::ZoomOut, true);
    command_item(ui, ctx, out, Command::ActualSize, true);
    ui.separator();
    command_item(ui, ctx, out, Command::Present(None), ctx.map.is_some());
    // Each saved view of the map, to present as it is.
    if let Some(map) = ctx.map {
        for (index, view) in map.views.iter().enumerate() {
            let label = format!("{} — {}", ctx.t(Text::Present), view.name);
            if ui.button(label).clicked() {
                out.command(Command::Present(Some(index)));
                ui.close();
            }
        }
    }
    ui.separator();
    ui.checkbox(&mut panels.navigator, ctx.t(Text::ShowNavigator));
    ui.checkbox(&mut panels.inspector, ctx.t(Text::ShowInspector));
    ui.separator();
    ui.menu_button(ctx.t(Text::Language), |ui| {
        for language in Language::ALL {
            if ui
                .radio(ctx.language == language, language.native_name())
                .clicked()
            {
                out.command(Command::SetLanguage(language));
                ui.close();
            }
        }
    });
}

fn map_menu(ui: &mut Ui, ctx: &FrameCtx<'_>, out: &mut Outbox) {
    ui.menu_button(ctx.t(Text::NewMapFromTemplate), |ui| {
        template_items(ui, ctx.language, out);
    });
    ui.separator();
    let has_map = ctx.map.is_some();
    command_item(ui, ctx, out, Command::AddStage, has_map);
    ui.add_enabled_ui(has_map, |ui| {
        ui.menu_button(ctx.t(Text::AddLane), |ui| {
            for kind in LaneKind::ALL {
                if ui.button(lane_kind_name(kind, ctx.language)).clicked() {
                    out.command(Command::AddLane(kind));
                    ui.close();
                }
            }
        });
    });
    ui.separator();
    command_item(ui, ctx, out, Command::Vote(VoteCommand::Start), has_map);
    command_item(ui, ctx, out, Command::PriorityMatrix, has_map);
    command_item(ui, ctx, out, Command::ActionPlan, has_map);
    command_item(ui, ctx, out, Command::WorkshopSummary, has_map);
    command_item(ui, ctx, out, Command::QuickCapture, has_map);
    command_item(ui, ctx, out, Command::Timer(TimerCommand::Show), true);
}

/// One button per template; used by the Map menu and the navigator.
pub(super) fn template_items(ui: &mut Ui, language: Language, out: &mut Outbox) {
    for template in Template::ALL {
        if ui.button(template.name().get(language)).clicked() {
            out.command(Command::AddMap(template));
            ui.close();
        }
    }
}
