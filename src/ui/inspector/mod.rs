//! The inspector: edits every field of the selected card, stage, lane, map, persona or
//! project. Typing in a field is one undo step per field, not one per keystroke.

mod actions;
mod card;
mod grid;
mod people;

use std::hash::{Hash, Hasher};

use egui::{Response, RichText, Slider, TextEdit, Ui};

use super::command::{Action, Command};
use super::frame::{FrameCtx, Outbox};
use super::selection::Selection;
use super::survey::{SurveyView, opportunity_sizing_ui, touchpoint_scores_ui};
use crate::edit::{Edit, MergeKey};
use crate::i18n::{Text, msg};
use crate::layout::MapLayout;
use crate::model::{Card, CardContent, CardId, JourneyMap, LaneKind, MapId};

/// The cards a card may link to, with their titles, in journey order.
#[derive(Default)]
struct Links {
    touchpoints: Vec<(CardId, String)>,
    pain_points: Vec<(CardId, String)>,
}

/// What the widgets of one inspector did this frame.
#[derive(Default)]
struct Changes {
    changed: bool,
    merge_key: Option<MergeKey>,
    seal: bool,
}

impl Changes {
    /// A text field or slider: merged into one step until it loses focus or is released.
    fn merged(&mut self, response: &Response, key: MergeKey) {
        if response.changed() {
            self.changed = true;
            self.merge_key = Some(key);
        }
        if response.lost_focus() || response.drag_stopped() {
            self.seal = true;
        }
    }

    /// A checkbox, combo box or button: one step each time.
    fn single(&mut self, changed: bool) {
        if changed {
            self.changed = true;
        }
    }

    fn emit(self, out: &mut Outbox, edit: impl FnOnce() -> Edit) {
        if self.changed {
            let edit = edit();
            out.push(match self.merge_key {
                Some(key) => Action::EditMerging(edit, key),
                None => Action::Edit(edit),
            });
        }
        if self.seal {
            out.push(Action::Seal);
        }
    }
}

fn merge_key(parts: impl Hash) -> MergeKey {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut hasher);
    hasher.finish()
}

fn field_label(ui: &mut Ui, text: &str) -> egui::Id {
    ui.add_space(4.0);
    ui.label(RichText::new(text).small().strong()).id
}

/// A labelled slider, its value described in words beside it.
#[allow(clippy::too_many_arguments)]
fn slider<N: egui::emath::Numeric>(
    ui: &mut Ui,
    label: &str,
    value: &mut N,
    range: std::ops::RangeInclusive<N>,
    describe: impl Fn(N) -> String,
    changes: &mut Changes,
    key: MergeKey,
) {
    let label = field_label(ui, label);
    ui.horizontal(|ui| {
        // As wide as the panel allows, leaving room for the value: a short slider is hard
        // to set to one step.
        ui.spacing_mut().slider_width = (ui.available_width() - 70.0).max(100.0);
        let response = ui
            .add(
                Slider::new(value, range)
                    .show_value(false)
                    .trailing_fill(true),
            )
            .labelled_by(label);
        changes.merged(&response, key);
        ui.label(describe(*value));
    });
}

/// A labelled one-line text field.
fn text_line(ui: &mut Ui, label: &str, value: &mut String, changes: &mut Changes, key: MergeKey) {
    let label = field_label(ui, label);
    let response = ui
        .add(TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label);
    changes.merged(&response, key);
}

/// A labelled text area.
fn text_area(ui: &mut Ui, label: &str, value: &mut String, changes: &mut Changes, key: MergeKey) {
    let label = field_label(ui, label);
    let response = ui
        .add(
            TextEdit::multiline(value)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label);
    changes.merged(&response, key);
}

/// The inspector on the right of the window: every field of the selection. `layout` is the
/// current map's; the survey view is the state of a touchpoint's survey section.
pub(super) fn inspector_panel_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    layout: Option<&MapLayout>,
    out: &mut Outbox,
) {
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(290.0)
        .min_size(240.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(6.0);
                inspector_ui(ui, ctx, survey, layout, out);
                ui.add_space(12.0);
            });
        });
}

fn inspector_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    layout: Option<&MapLayout>,
    out: &mut Outbox,
) {
    let lang = ctx.language;
    // Copy out only what the selected item's inspector shows, never the whole map: it
    // runs every frame, and a map may hold thousands of cards.
    let project = ctx.project();
    let map = ctx.map;
    match ctx.selection.clone() {
        Selection::Cards(ids) => {
            let Some(map) = map else { return };
            if let [id] = ids.as_slice() {
                if let Some(card) = map.card(*id).cloned() {
                    let facts = MapFacts::of(map);
                    // The journey order is kept with the layout, computed once per change
                    // rather than sorted again every frame.
                    let touchpoint_links = || match layout {
                        Some(layout) => titles(
                            layout
                                .touchpoints
                                .iter()
                                .filter_map(|&i| map.cards.get(i))
                                .collect(),
                        ),
                        None => titles(map.touchpoints_in_order()),
                    };
                    let links = match card.content {
                        CardContent::PainPoint(_) => Links {
                            touchpoints: touchpoint_links(),
                            pain_points: Vec::new(),
                        },
                        CardContent::Opportunity(_) => Links {
                            touchpoints: touchpoint_links(),
                            pain_points: titles(
                                map.cards
                                    .iter()
                                    .filter(|c| matches!(c.content, CardContent::PainPoint(_)))
                                    .collect(),
                            ),
                        },
                        _ => Links::default(),
                    };
                    // The card's own fields first, then what the surveys say of it.
                    let touchpoint = matches!(card.content, CardContent::Touchpoint(_));
                    let opportunity = matches!(card.content, CardContent::Opportunity(_));
                    let id = card.id;
                    card::card_inspector(ui, ctx, out, &facts, card, &links);
                    if touchpoint {
                        ui.add_space(10.0);
                        touchpoint_scores_ui(ui, ctx, survey, id, out);
                    }
                    if opportunity {
                        ui.add_space(10.0);
                        opportunity_sizing_ui(ui, ctx, survey, id, out);
                    }
                }
            } else {
                ui.heading(msg::cards_selected(
                    lang,
                    msg::CardsSelected { count: ids.len() },
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(Text::Duplicate.get(lang)).clicked() {
                        out.command(Command::Duplicate);
                    }
                    if ui.button(Text::Delete.get(lang)).clicked() {
                        out.command(Command::Delete);
                    }
                });
            }
        }
        Selection::Stage(id) => {
            let Some(map) = map else { return };
            if let (Some(stage), Some(index)) = (map.stage(id).cloned(), map.stage_index(id)) {
                let facts = MapFacts::of(map);
                grid::stage_inspector(ui, ctx, out, &facts, stage, index);
            }
        }
        Selection::Lane(id) => {
            let Some(map) = map else { return };
            if let (Some(lane), Some(index)) = (map.lane(id).cloned(), map.lane_index(id)) {
                // A lane can change kind only to kinds that accept the cards it holds.
                let fitting: Vec<LaneKind> = LaneKind::ALL
                    .into_iter()
                    .filter(|kind| {
                        map.cards
                            .iter()
                            .filter(|c| c.lane == id)
                            .all(|c| kind.accepts(&c.content))
                    })
                    .collect();
                let facts = MapFacts::of(map);
                grid::lane_inspector(ui, ctx, out, &facts, lane, index, &fitting);
            }
        }
        Selection::Map(id) => {
            if let Some(map) = project.map(id) {
                let facts = MapFacts::of(map);
                grid::map_inspector(ui, ctx, out, &facts);
            }
        }
        Selection::Persona(id) => {
            if let Some(persona) = project.persona(id).cloned() {
                people::persona_inspector(ui, ctx, out, persona);
            }
        }
        Selection::Project => {
            let info = project.info.clone();
            people::project_inspector(ui, ctx, out, info);
        }
        Selection::None => {
            ui.add_space(8.0);
            ui.label(RichText::new(Text::NothingSelected.get(lang)).weak());
        }
    }
}

/// What the inspectors show of the current map.
struct MapFacts {
    id: MapId,
    name: String,
    persona: Option<crate::model::PersonaId>,
    stage_count: usize,
    lane_count: usize,
    card_count: usize,
}

impl MapFacts {
    fn of(map: &JourneyMap) -> Self {
        Self {
            id: map.id,
            name: map.name.clone(),
            persona: map.persona,
            stage_count: map.stages.len(),
            lane_count: map.lanes.len(),
            card_count: map.cards.len(),
        }
    }
}

/// Ids and titles of cards, for link lists.
fn titles(cards: Vec<&Card>) -> Vec<(CardId, String)> {
    cards
        .into_iter()
        .map(|c| (c.id, c.title().to_owned()))
        .collect()
}
