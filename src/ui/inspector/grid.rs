//! The inspectors of a stage, a lane and a map.

use egui::{ComboBox, RichText, Ui};

use super::{Changes, MapFacts, field_label, merge_key, slider, text_area, text_line};
use crate::edit::Edit;
use crate::i18n::{self, Text, msg};
use crate::model::{
    Lane, LaneKind, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH, MapId, PersonaId, Rgb, Stage,
};
use crate::ui::choice::choice_combo;
use crate::ui::frame::{FrameCtx, Outbox};
use crate::ui::grid_item::{GridChoice, GridItem};
use crate::ui::style;

/// The inspector of a stage.
pub(super) fn stage_inspector(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    map: &MapFacts,
    stage: Stage,
    index: usize,
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let mut edited = stage.clone();
    let mut changes = Changes::default();
    ui.label(RichText::new(t(Text::Stage)).small().weak());
    text_line(
        ui,
        t(Text::Name),
        &mut edited.name,
        &mut changes,
        merge_key((stage.id, "name")),
    );
    field_label(ui, t(Text::Color));
    ui.horizontal_wrapped(|ui| {
        for color in Rgb::STAGE_PALETTE {
            let selected = edited.color == color;
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(22.0, 22.0), egui::Sense::click());
            let name = format!("{} {}, {}, {}", t(Text::Color), color.0, color.1, color.2);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            ui.painter().rect_filled(rect, 4.0, style::color(color));
            if selected {
                ui.painter().rect_stroke(
                    rect.expand(2.0),
                    5.0,
                    egui::Stroke::new(crate::theme::stroke::FOCUS, style::canvas::SELECTION),
                    egui::StrokeKind::Outside,
                );
            }
            if response.clicked() {
                edited.color = color;
                changes.single(true);
            }
        }
    });
    // Any other colour, named as such rather than a square alone after the palette.
    ui.horizontal(|ui| {
        let label = ui.label(t(Text::OtherColor)).id;
        let mut srgb = [edited.color.0, edited.color.1, edited.color.2];
        let response = ui.color_edit_button_srgb(&mut srgb).labelled_by(label);
        if response.changed() {
            edited.color = Rgb(srgb[0], srgb[1], srgb[2]);
        }
        changes.merged(&response, merge_key((stage.id, "color")));
    });
    slider(
        ui,
        t(Text::Width),
        &mut edited.width,
        MIN_STAGE_WIDTH..=MAX_STAGE_WIDTH,
        |v| format!("{v:.0}"),
        &mut changes,
        merge_key((stage.id, "width")),
    );
    text_area(
        ui,
        t(Text::SpeakerNotes),
        &mut edited.notes,
        &mut changes,
        merge_key((stage.id, "notes")),
    );
    let map_id = map.id;
    changes.emit(out, || Edit::SetStage {
        map: map_id,
        stage: edited,
    });
    ui.add_space(10.0);
    grid_item_buttons(
        ui,
        ctx,
        out,
        map.id,
        GridItem::Stage(stage.id),
        index,
        map.stage_count,
    );
}

/// The inspector of a lane.
pub(super) fn lane_inspector(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    map: &MapFacts,
    lane: Lane,
    index: usize,
    fitting: &[LaneKind],
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let mut edited = lane.clone();
    let mut changes = Changes::default();
    ui.label(RichText::new(t(Text::Lane)).small().weak());
    text_line(
        ui,
        t(Text::Title),
        &mut edited.title,
        &mut changes,
        merge_key((lane.id, "title")),
    );
    let label = field_label(ui, t(Text::Kind));
    ComboBox::from_id_salt(("lane_kind", lane.id))
        .selected_text(i18n::lane_kind_name(edited.kind, lang))
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for kind in LaneKind::ALL {
                ui.add_enabled_ui(fitting.contains(&kind), |ui| {
                    if ui
                        .selectable_label(edited.kind == kind, i18n::lane_kind_name(kind, lang))
                        .clicked()
                    {
                        edited.kind = kind;
                        changes.single(true);
                    }
                });
            }
        })
        .response
        .labelled_by(label);
    let map_id = map.id;
    changes.emit(out, || Edit::SetLane {
        map: map_id,
        lane: edited,
    });
    ui.add_space(10.0);
    grid_item_buttons(
        ui,
        ctx,
        out,
        map.id,
        GridItem::Lane(lane.id),
        index,
        map.lane_count,
    );
}

/// Insert, move and delete buttons for a stage or lane.
pub(super) fn grid_item_buttons(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    map: MapId,
    item: GridItem,
    index: usize,
    count: usize,
) {
    ui.horizontal_wrapped(|ui| {
        if let Some(GridChoice::Act(action)) = item.menu_ui(ui, ctx.language, index, count, false) {
            out.push(item.action(map, action));
        }
    });
}

/// The inspector of a map's details.
pub(super) fn map_inspector(ui: &mut Ui, ctx: &FrameCtx<'_>, out: &mut Outbox, map: &MapFacts) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let mut name = map.name.clone();
    let mut persona = map.persona;
    let mut changes = Changes::default();
    ui.label(RichText::new(t(Text::MapDetails)).small().weak());
    text_line(
        ui,
        t(Text::Name),
        &mut name,
        &mut changes,
        merge_key((map.id, "name")),
    );
    let label = field_label(ui, t(Text::SeenThrough));
    let personas = &ctx.project().personas;
    let persona_name = |id: &Option<PersonaId>| {
        id.and_then(|id| personas.iter().find(|p| p.id == id))
            .map_or(t(Text::NoPersona).to_owned(), |p| p.name.clone())
    };
    let options = std::iter::once(None).chain(personas.iter().map(|p| Some(p.id)));
    let width = Some(ui.available_width());
    let id = ("map_persona", map.id);
    let picked = choice_combo(ui, id, label, &mut persona, options, persona_name, width);
    changes.single(picked);
    ui.add_space(8.0);
    ui.label(msg::map_counts(
        lang,
        msg::MapCounts {
            stages: map.stage_count,
            lanes: map.lane_count,
            cards: map.card_count,
        },
    ));
    let map_id: MapId = map.id;
    changes.emit(out, || Edit::SetMapDetails {
        map: map_id,
        name,
        persona,
    });
}
