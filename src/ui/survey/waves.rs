//! The navigator's list of imported surveys: choose one, refresh it from its file, remove it.

use egui::{RichText, Ui};

use crate::edit::Edit;
use crate::i18n::{Text, msg};
use crate::ui::command::Command;
use crate::ui::frame::{FrameCtx, Outbox};

use super::SurveyView;

/// The navigator's surveys: choose the one shown, rename it, refresh it from its file,
/// remove it. The survey view is this section's own state.
pub(in crate::ui) fn surveys_section_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    out: &mut Outbox,
) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(ctx.t(Text::Surveys)).heading().size(15.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let name = ctx.t(Text::ImportSurvey);
            if ui
                .button("+")
                .accessible_name(name)
                .on_hover_text(name)
                .clicked()
            {
                out.command(Command::ImportSurvey);
            }
        });
    });
    let project = ctx.project();
    if project.waves.is_empty() {
        ui.label(RichText::new(ctx.t(Text::NoSurveyYet)).weak().small());
        return;
    }
    let current = survey.current_wave(project).map(|w| w.id);
    for wave in &project.waves {
        let id = wave.id;
        let response = ui
            .selectable_label(current == Some(id), format!("📊 {}", wave.name))
            .on_hover_text(format!(
                "{}\n{}",
                wave.source,
                msg::response_count(
                    ctx.language,
                    msg::ResponseCount {
                        count: wave.rows.used
                    },
                )
            ));
        if response.clicked() {
            survey.wave = Some(id);
        }
        response.context_menu(|ui| {
            if ui.button(ctx.t(Text::Rename)).clicked() {
                survey.renaming = Some((id, wave.name.clone()));
                ui.close();
            }
            if ui.button(ctx.t(Text::RefreshFromFile)).clicked() {
                out.command(Command::RefreshWave(id));
                ui.close();
            }
            ui.separator();
            if ui.button(ctx.t(Text::RemoveSurvey)).clicked() {
                out.edit(Edit::DeleteWave { wave: id });
                ui.close();
            }
        });
    }
}

/// The rename box of a wave, while one is being renamed: the survey view keeps the name
/// typed so far; OK sends the edit.
pub(in crate::ui) fn rename_wave_ui(
    egui_ctx: &egui::Context,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    out: &mut Outbox,
) {
    let Some((id, mut name)) = survey.renaming.take() else {
        return;
    };
    let Some(wave) = ctx.project().wave(id) else {
        return;
    };
    let lang = ctx.language;
    let mut done = None;
    let modal = egui::Modal::new(egui::Id::unique("rename_wave")).show(egui_ctx, |ui| {
        ui.set_width(360.0);
        ui.heading(Text::Rename.get(lang));
        let label = ui.label(Text::Name.get(lang)).id;
        let field = ui
            .add(egui::TextEdit::singleline(&mut name).desired_width(f32::INFINITY))
            .labelled_by(label);
        field.request_focus();
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(Text::Ok.get(lang)).clicked() || enter {
                done = Some(true);
            }
            if ui.button(Text::Cancel.get(lang)).clicked() {
                done = Some(false);
            }
        });
    });
    if modal.should_close() && done.is_none() {
        done = Some(false);
    }
    match done {
        Some(true) if !name.trim().is_empty() && name.trim() != wave.name => {
            let mut renamed = wave.clone();
            renamed.name = name.trim().to_owned();
            out.edit(Edit::SetWave {
                wave: Box::new(renamed),
            });
        }
        Some(_) => {}
        None => survey.renaming = Some((id, name)),
    }
}
