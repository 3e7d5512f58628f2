//! The navigator's saved views of the current map: each one's name, lanes, stages and
//! their order, lane zooms, persona, wave and filter, and the button that presents it.
//! Every change is one edit of the map's views (typing a name merges into one step).

use egui::{RichText, Ui};

use super::command::{Action, Command};
use super::frame::{FrameCtx, Outbox};
use super::survey::SurveyView;
use crate::edit::Edit;
use crate::i18n::{Text, msg};
use crate::model::{JourneyMap, SavedView};
use crate::ui::choice::choice_combo;

/// The saved views of the map on the canvas.
pub(super) fn views_section_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &SurveyView,
    out: &mut Outbox,
) {
    let Some(map) = ctx.map else { return };
    let t = |text: Text| ctx.t(text);
    ui.horizontal(|ui| {
        ui.label(RichText::new(t(Text::SavedViews)).heading().size(15.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let name = t(Text::NewView);
            if ui
                .button("+")
                .accessible_name(name)
                .on_hover_text(name)
                .clicked()
            {
                let mut views = map.views.clone();
                views.push(SavedView {
                    name: msg::view_default_name(
                        ctx.language,
                        msg::ViewDefaultName {
                            number: (views.len() + 1).to_string(),
                        },
                    ),
                    ..SavedView::default()
                });
                out.edit(Edit::SetViews { map: map.id, views });
            }
        });
    });
    if ui.button(format!("▶ {}", t(Text::Everything))).clicked() {
        out.command(Command::Present(None));
    }
    for index in 0..map.views.len() {
        let view = &map.views[index];
        egui::CollapsingHeader::new(&view.name)
            .id_salt(("saved_view", map.id, index))
            .show(ui, |ui| view_ui(ui, ctx, survey, map, index, out));
    }
}

/// One view's fields.
fn view_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &SurveyView,
    map: &JourneyMap,
    index: usize,
    out: &mut Outbox,
) {
    let t = |text: Text| ctx.t(text);
    let mut view = map.views[index].clone();
    let before = view.clone();
    let mut merge = None;
    if ui.button(format!("▶ {}", t(Text::PresentView))).clicked() {
        out.command(Command::Present(Some(index)));
    }
    let label = ui
        .label(RichText::new(t(Text::ViewName)).small().strong())
        .id;
    // Fields and rows keep to the navigator's width rather than widen it.
    let response = ui
        .add(egui::TextEdit::singleline(&mut view.name).desired_width(ui.available_width()))
        .labelled_by(label);
    if response.changed() {
        // One step for the name however long it takes to type, per view.
        merge = Some(0x7669_6577_0000 ^ (map.id.0 << 8) ^ index as u64);
    }
    if response.lost_focus() {
        out.push(Action::Seal);
    }

    ui.label(RichText::new(t(Text::ViewLanes)).small().strong());
    for lane in &map.lanes {
        let mut shown = !view.hidden_lanes.contains(&lane.id);
        if ui.checkbox(&mut shown, &lane.title).changed() {
            if shown {
                view.hidden_lanes.retain(|l| *l != lane.id);
            } else {
                view.hidden_lanes.push(lane.id);
            }
        }
    }

    // Only the cards with these evidence labels (every card when none is ticked).
    ui.label(RichText::new(t(Text::ViewEvidence)).small().strong());
    ui.horizontal_wrapped(|ui| {
        for evidence in crate::model::Evidence::ALL {
            let mut on = view.evidence.contains(&evidence);
            let name = crate::i18n::evidence_name(evidence, ctx.language);
            if ui.checkbox(&mut on, name).changed() {
                crate::ui::choice::set_member(&mut view.evidence, evidence, on);
            }
        }
    });

    ui.label(RichText::new(t(Text::ViewStages)).small().strong());
    let mut order = view.stage_order(map);
    let played: Vec<_> = order.clone();
    // The stages played first, in their order, then the others.
    let mut rows = played.clone();
    rows.extend(
        map.stages
            .iter()
            .map(|s| s.id)
            .filter(|id| !played.contains(id)),
    );
    let mut changed_order = false;
    for stage_id in rows {
        let Some(stage) = map.stage(stage_id) else {
            continue;
        };
        let position = order.iter().position(|s| *s == stage_id);
        ui.horizontal_wrapped(|ui| {
            let mut on = position.is_some();
            if ui.checkbox(&mut on, &stage.name).changed() {
                if on {
                    order.push(stage_id);
                } else {
                    order.retain(|s| *s != stage_id);
                }
                changed_order = true;
            }
            if let Some(at) = position {
                if ui
                    .add_enabled(at > 0, egui::Button::new(t(Text::ViewMoveUp)).small())
                    .clicked()
                {
                    order.swap(at, at - 1);
                    changed_order = true;
                }
                if ui
                    .add_enabled(
                        at + 1 < played.len(),
                        egui::Button::new(t(Text::ViewMoveDown)).small(),
                    )
                    .clicked()
                {
                    order.swap(at, at + 1);
                    changed_order = true;
                }
            }
        });
        if position.is_some() {
            // The lane this stage's step zooms on.
            let label = ui.label(RichText::new(t(Text::ViewZoomOn)).small()).id;
            let mut zoom = view.zoomed_lane(stage_id);
            let mut lanes = vec![None];
            lanes.extend(
                map.lanes
                    .iter()
                    .filter(|l| !view.hidden_lanes.contains(&l.id))
                    .map(|l| Some(l.id)),
            );
            let whole = t(Text::ViewWholeStage).to_owned();
            let name = |l: &Option<crate::model::LaneId>| {
                l.and_then(|id| map.lane(id))
                    .map_or(whole.clone(), |l| l.title.clone())
            };
            if choice_combo(
                ui,
                ("view_zoom", index, stage_id),
                label,
                &mut zoom,
                lanes,
                name,
                Some(150.0),
            ) {
                view.lane_zoom.retain(|(s, _)| *s != stage_id);
                if let Some(lane) = zoom {
                    view.lane_zoom.push((stage_id, lane));
                }
            }
        }
    }
    if changed_order {
        let every: Vec<_> = map.stages.iter().map(|s| s.id).collect();
        view.stages = (order != every).then_some(order);
    }

    let project = ctx.project();
    let label = ui
        .label(RichText::new(t(Text::ViewPersona)).small().strong())
        .id;
    let mut personas = vec![None];
    personas.extend(project.personas.iter().map(|p| Some(p.id)));
    let map_s = t(Text::ViewPersonaMap).to_owned();
    choice_combo(
        ui,
        ("view_persona", index),
        label,
        &mut view.persona,
        personas,
        |p| {
            p.and_then(|id| project.persona(id))
                .map_or(map_s.clone(), |p| p.name.clone())
        },
        Some(150.0),
    );
    if !project.waves.is_empty() {
        let label = ui
            .label(RichText::new(t(Text::ViewWave)).small().strong())
            .id;
        let mut waves = vec![None];
        waves.extend(project.waves.iter().map(|w| Some(w.id)));
        let editor = t(Text::ViewWaveEditor).to_owned();
        choice_combo(
            ui,
            ("view_wave", index),
            label,
            &mut view.wave,
            waves,
            |w| {
                w.and_then(|id| project.wave(id))
                    .map_or(editor.clone(), |w| w.name.clone())
            },
            Some(150.0),
        );
        ui.label(RichText::new(t(Text::ViewFilter)).small().strong());
        let shown = if view.has_filter() {
            let filter = crate::present::filter_of_view(Some(&view), &survey.filter);
            let wave = view
                .wave
                .and_then(|id| project.wave(id))
                .or_else(|| survey.current_wave(project));
            wave.map(|w| crate::scene::filter_caption(w, &filter, ctx.language))
                .unwrap_or_default()
        } else {
            t(Text::ViewFilterEditor).to_owned()
        };
        ui.label(shown);
        ui.horizontal_wrapped(|ui| {
            if ui.small_button(t(Text::ViewFilterTake)).clicked() {
                view.segment = survey.filter.segment.clone();
                view.from = survey.filter.from;
                view.to = survey.filter.to;
            }
            if view.has_filter() && ui.small_button(t(Text::ViewFilterClear)).clicked() {
                view.segment = None;
                view.from = None;
                view.to = None;
            }
        });
    }
    ui.add_space(4.0);
    let delete = ui.button(t(Text::DeleteView)).clicked();
    if delete || view != before {
        let mut views = map.views.clone();
        if delete {
            views.remove(index);
        } else {
            views[index] = view;
        }
        let edit = Edit::SetViews { map: map.id, views };
        match merge {
            Some(key) if !delete => out.push(Action::EditMerging(edit, key)),
            _ => out.edit(edit),
        }
    }
}
