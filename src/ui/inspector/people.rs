//! The inspectors of a persona and of the project's details.

use egui::{RichText, Ui};

use super::{Changes, field_label, merge_key, text_area, text_line};
use crate::edit::Edit;
use crate::i18n::{Language, Text};
use crate::model::{Persona, ProjectInfo};
use crate::ui::choice::choice_combo;
use crate::ui::command::Command;
use crate::ui::frame::{FrameCtx, Outbox};

/// The inspector of a persona.
pub(super) fn persona_inspector(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    persona: Persona,
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let mut edited = persona.clone();
    let mut changes = Changes::default();
    let key = |field: &str| merge_key((persona.id, field));
    ui.label(RichText::new(t(Text::Personas)).small().weak());
    text_line(
        ui,
        t(Text::Name),
        &mut edited.name,
        &mut changes,
        key("name"),
    );
    text_line(
        ui,
        t(Text::Segment),
        &mut edited.segment,
        &mut changes,
        key("segment"),
    );
    text_area(
        ui,
        t(Text::Goals),
        &mut edited.goals,
        &mut changes,
        key("goals"),
    );
    text_area(
        ui,
        t(Text::Frustrations),
        &mut edited.frustrations,
        &mut changes,
        key("frustrations"),
    );
    text_area(
        ui,
        t(Text::Quote),
        &mut edited.quote,
        &mut changes,
        key("quote"),
    );
    let label = field_label(ui, t(Text::Photo));
    let folder = ctx
        .document
        .path()
        .and_then(|p| p.parent())
        .map(std::path::Path::to_owned);
    if let Some(photo) = &edited.photo {
        // Stored relative to the project file when it sits beside it, so the project
        // can move with its photos.
        let path = match &folder {
            Some(folder) => folder.join(photo),
            None => std::path::PathBuf::from(photo),
        };
        ui.add(
            egui::Image::new(format!("file://{}", path.display()))
                .max_height(160.0)
                .max_width(ui.available_width())
                .corner_radius(6),
        );
        ui.label(RichText::new(photo).small().weak());
    }
    ui.horizontal(|ui| {
        let choose = ui.button(t(Text::ChoosePhoto)).labelled_by(label);
        if choose.clicked() {
            out.command(Command::ChoosePersonaPhoto(persona.id));
        }
        if edited.photo.is_some() && ui.button(t(Text::RemovePhoto)).clicked() {
            edited.photo = None;
            changes.single(true);
        }
    });
    changes.emit(out, || Edit::SetPersona { persona: edited });
}

/// The inspector of the project's details.
pub(super) fn project_inspector(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    info: ProjectInfo,
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let mut edited = info.clone();
    let mut changes = Changes::default();
    let key = |field: &str| merge_key(("project", field));
    ui.label(RichText::new(t(Text::Project)).small().weak());
    text_line(
        ui,
        t(Text::Title),
        &mut edited.title,
        &mut changes,
        key("title"),
    );
    text_line(
        ui,
        t(Text::Client),
        &mut edited.client,
        &mut changes,
        key("client"),
    );
    text_line(
        ui,
        t(Text::Author),
        &mut edited.author,
        &mut changes,
        key("author"),
    );
    text_line(
        ui,
        t(Text::Created),
        &mut edited.created,
        &mut changes,
        key("created"),
    );
    text_line(
        ui,
        t(Text::Modified),
        &mut edited.modified,
        &mut changes,
        key("modified"),
    );
    let label = field_label(ui, t(Text::Language));
    let name = |l: &Language| l.native_name().to_owned();
    let language = &mut edited.language;
    let picked = choice_combo(
        ui,
        "project_language",
        label,
        language,
        Language::ALL,
        name,
        None,
    );
    changes.single(picked);
    changes.emit(out, || Edit::SetProjectInfo { info: edited });
}
