//! The project navigator: the project's details, its maps, its personas and its surveys. A
//! function over the frame context: choosing something goes to the outbox as a selection,
//! changes as edits and commands.

use egui::{RichText, Ui};

use super::command::Command;
use super::frame::{FrameCtx, Outbox};
use super::selection::Selection;
use super::survey::{SurveyView, surveys_section_ui};
use crate::edit::Edit;
use crate::i18n::Text;

/// The navigator on the left of the window; the survey view is the surveys section's state.
pub(super) fn navigator_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    collapsible: Option<&mut bool>,
    out: &mut Outbox,
) {
    egui::Panel::left("navigator")
        .resizable(true)
        .default_size(210.0)
        .min_size(160.0)
        .show(ui, |ui| {
            // In a narrow window the navigator folds back into a strip.
            if let Some(expanded) = collapsible {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                    let label = ctx.t(Text::CollapseNavigator);
                    if ui
                        .small_button("«")
                        .on_hover_text(label)
                        .accessible_name(label)
                        .clicked()
                    {
                        *expanded = false;
                    }
                });
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(6.0);
                let info = &ctx.project().info;
                let title = if info.title.is_empty() {
                    ctx.t(Text::Project).to_owned()
                } else {
                    info.title.clone()
                };
                let selected = *ctx.selection == Selection::Project;
                if ui
                    .selectable_label(selected, RichText::new(title).strong())
                    .clicked()
                {
                    out.select(Selection::Project);
                }
                ui.add_space(8.0);
                maps_section(ui, ctx, out);
                ui.add_space(12.0);
                personas_section(ui, ctx, out);
                ui.add_space(12.0);
                super::views_section::views_section_ui(ui, ctx, survey, out);
                ui.separator();
                surveys_section_ui(ui, ctx, survey, out);
            });
        });
}

/// A section's title with its "+" button (a menu when `menu` is given).
fn section_title(ui: &mut Ui, title: &str, add: impl FnOnce(&mut Ui)) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).heading().size(15.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), add);
    });
}

fn maps_section(ui: &mut Ui, ctx: &FrameCtx<'_>, out: &mut Outbox) {
    section_title(ui, ctx.t(Text::Maps), |ui| {
        ui.menu_button("+", |ui| super::menu::template_items(ui, ctx.language, out))
            .response
            .accessible_name(ctx.t(Text::AddMap))
            .on_hover_text(ctx.t(Text::NewMapFromTemplate));
    });
    let maps = &ctx.project().maps;
    let count = maps.len();
    let current = ctx.map.map(|m| m.id);
    for (index, map) in maps.iter().enumerate() {
        let id = map.id;
        let response = ui.selectable_label(current == Some(id), &map.name);
        if response.clicked() {
            out.show_map(id);
            out.select(Selection::Map(id));
        }
        response.context_menu(|ui| {
            if ui.button(ctx.t(Text::Rename)).clicked() {
                out.show_map(id);
                out.select(Selection::Map(id));
                ui.close();
            }
            if ui.button(ctx.t(Text::Duplicate)).clicked() {
                out.command(Command::DuplicateMap(id, index + 1));
                ui.close();
            }
            let up = ui.add_enabled(index > 0, egui::Button::new(ctx.t(Text::MoveUp)));
            if up.clicked() {
                out.edit(Edit::MoveMap {
                    map: id,
                    index: index - 1,
                });
                ui.close();
            }
            let down = ui.add_enabled(index + 1 < count, egui::Button::new(ctx.t(Text::MoveDown)));
            if down.clicked() {
                out.edit(Edit::MoveMap {
                    map: id,
                    index: index + 1,
                });
                ui.close();
            }
            ui.separator();
            if ui.button(ctx.t(Text::Delete)).clicked() {
                out.edit(Edit::DeleteMap { map: id });
                ui.close();
            }
        });
    }
}

fn personas_section(ui: &mut Ui, ctx: &FrameCtx<'_>, out: &mut Outbox) {
    section_title(ui, ctx.t(Text::Personas), |ui| {
        let name = ctx.t(Text::AddPersona);
        if ui
            .button("+")
            .accessible_name(name)
            .on_hover_text(name)
            .clicked()
        {
            out.command(Command::AddPersona);
        }
    });
    let seen_through = ctx.map.and_then(|m| m.persona);
    for persona in &ctx.project().personas {
        let id = persona.id;
        let mut text = format!("👤 {}", persona.name);
        if seen_through == Some(id) {
            text.push_str("  ★");
        }
        let response = ui
            .selectable_label(*ctx.selection == Selection::Persona(id), text)
            .on_hover_text(&persona.segment);
        if response.clicked() {
            out.select(Selection::Persona(id));
        }
        response.context_menu(|ui| {
            if let Some(map) = ctx.map {
                let label = format!("{} ({})", ctx.t(Text::SeenThrough), map.name);
                if ui.button(label).clicked() {
                    out.edit(Edit::SetMapDetails {
                        map: map.id,
                        name: map.name.clone(),
                        persona: Some(id),
                    });
                    ui.close();
                }
            }
            if ui.button(ctx.t(Text::Delete)).clicked() {
                out.edit(Edit::DeletePersona { persona: id });
                ui.close();
            }
        });
    }
}

/// The navigator folded into a strip at the left of a narrow window: one button opens it.
pub(super) fn navigator_strip_ui(ui: &mut Ui, ctx: &FrameCtx<'_>, expanded: &mut bool) {
    egui::Panel::left("navigator_strip")
        .resizable(false)
        .exact_size(30.0)
        .show(ui, |ui| {
            ui.add_space(6.0);
            let label = ctx.t(Text::ShowNavigator);
            if ui
                .button("»")
                .on_hover_text(label)
                .accessible_name(label)
                .clicked()
            {
                *expanded = true;
            }
        });
}
