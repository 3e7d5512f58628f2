//! The inspector: edits every field of the selected card, stage, lane, map, persona or
//! project. Typing in a field is one undo step per field, not one per keystroke.

use std::hash::{Hash, Hasher};

use egui::{ComboBox, Response, RichText, Slider, TextEdit, Ui};

use super::app::ParcoursApp;
use super::command::Action;
use super::grid_item::{GridChoice, GridItem};
use super::selection::Selection;
use super::style;
use crate::edit::{Edit, MergeKey};
use crate::i18n::{self, Language, Text};
use crate::model::{
    Card, CardContent, CardId, Channel, EMOTION_MAX, EMOTION_MIN, Frequency, JourneyMap, Lane,
    LaneKind, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH, MapId, Persona, Phase, ProjectInfo, Rgb, SCORE_MAX,
    SEVERITY_MAX, Stage,
};

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

    fn emit(self, actions: &mut Vec<Action>, edit: impl FnOnce() -> Edit) {
        if self.changed {
            let edit = edit();
            actions.push(match self.merge_key {
                Some(key) => Action::EditMerging(edit, key),
                None => Action::Edit(edit),
            });
        }
        if self.seal {
            actions.push(Action::Seal);
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
        let response = ui
            .add(Slider::new(value, range).show_value(false))
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

impl ParcoursApp {
    pub(super) fn inspector_panel(&mut self, ui: &mut Ui) {
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(290.0)
            .min_size(240.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.add_space(6.0);
                    self.inspector_ui(ui);
                    ui.add_space(12.0);
                });
            });
    }

    fn inspector_ui(&mut self, ui: &mut Ui) {
        let lang = self.language;
        // Copy out only what the selected item's inspector shows, never the whole map: it
        // runs every frame, and a map may hold thousands of cards.
        let project = self.doc.project();
        let map = self.current_map.and_then(|id| project.map(id));
        match self.selection.clone() {
            Selection::Cards(ids) => {
                let Some(map) = map else { return };
                if let [id] = ids.as_slice() {
                    if let Some(card) = map.card(*id).cloned() {
                        let facts = MapFacts::of(map);
                        let links = match card.content {
                            CardContent::PainPoint(_) => titles(map.touchpoints_in_order()),
                            CardContent::Opportunity(_) => titles(
                                map.cards
                                    .iter()
                                    .filter(|c| matches!(c.content, CardContent::PainPoint(_)))
                                    .collect(),
                            ),
                            _ => Vec::new(),
                        };
                        self.card_inspector(ui, &facts, card, &links);
                    }
                } else {
                    ui.heading(format!("{} {}", ids.len(), Text::CardsSelected.get(lang)));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(Text::Duplicate.get(lang)).clicked() {
                            self.command(super::command::Command::Duplicate);
                        }
                        if ui.button(Text::Delete.get(lang)).clicked() {
                            self.command(super::command::Command::Delete);
                        }
                    });
                }
            }
            Selection::Stage(id) => {
                let Some(map) = map else { return };
                if let (Some(stage), Some(index)) = (map.stage(id).cloned(), map.stage_index(id)) {
                    let facts = MapFacts::of(map);
                    self.stage_inspector(ui, &facts, stage, index);
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
                    self.lane_inspector(ui, &facts, lane, index, &fitting);
                }
            }
            Selection::Map(id) => {
                if let Some(map) = project.map(id) {
                    let facts = MapFacts::of(map);
                    self.map_inspector(ui, &facts);
                }
            }
            Selection::Persona(id) => {
                if let Some(persona) = project.persona(id).cloned() {
                    self.persona_inspector(ui, persona);
                }
            }
            Selection::Project => {
                let info = project.info.clone();
                self.project_inspector(ui, info);
            }
            Selection::None => {
                ui.add_space(8.0);
                ui.label(RichText::new(Text::NothingSelected.get(lang)).weak());
            }
        }
    }

    fn card_inspector(
        &mut self,
        ui: &mut Ui,
        map: &MapFacts,
        card: Card,
        links: &[(CardId, String)],
    ) {
        let lang = self.language;
        let t = |text: Text| text.get(lang);
        let mut content = card.content.clone();
        let mut changes = Changes::default();
        let key = |field: &str| merge_key((card.id, field));
        let kind_name = match &content {
            CardContent::Note(_) => t(Text::Card),
            CardContent::Touchpoint(_) => i18n::lane_kind_name(LaneKind::Touchpoints, lang),
            CardContent::PainPoint(_) => i18n::lane_kind_name(LaneKind::PainPoints, lang),
            CardContent::Opportunity(_) => i18n::lane_kind_name(LaneKind::Opportunities, lang),
        };
        ui.label(RichText::new(kind_name).small().weak());
        match &mut content {
            CardContent::Note(note) => {
                text_line(
                    ui,
                    t(Text::Title),
                    &mut note.title,
                    &mut changes,
                    key("title"),
                );
                text_area(
                    ui,
                    t(Text::Description),
                    &mut note.description,
                    &mut changes,
                    key("description"),
                );
            }
            CardContent::Touchpoint(tp) => {
                text_line(
                    ui,
                    t(Text::Title),
                    &mut tp.title,
                    &mut changes,
                    key("title"),
                );
                text_area(
                    ui,
                    t(Text::Description),
                    &mut tp.description,
                    &mut changes,
                    key("description"),
                );
                let label = field_label(ui, t(Text::Channel));
                changes.single(channel_combo(ui, label, card.id, &mut tp.channel, lang));
                let label = field_label(ui, t(Text::Phase));
                let before = tp.phase;
                ComboBox::from_id_salt(("phase", card.id))
                    .selected_text(i18n::phase_name(tp.phase, lang))
                    .width(ui.available_width())
                    .show_ui(ui, |ui| {
                        for phase in Phase::ALL {
                            ui.selectable_value(
                                &mut tp.phase,
                                phase,
                                i18n::phase_name(phase, lang),
                            );
                        }
                    })
                    .response
                    .labelled_by(label);
                changes.single(tp.phase != before);
                text_line(
                    ui,
                    t(Text::Owner),
                    &mut tp.owner,
                    &mut changes,
                    key("owner"),
                );
                ui.add_space(4.0);
                let response = ui.checkbox(&mut tp.moment_of_truth, t(Text::MomentOfTruth));
                changes.single(response.changed());
                slider(
                    ui,
                    t(Text::Emotion),
                    &mut tp.emotion,
                    EMOTION_MIN..=EMOTION_MAX,
                    |v| format!("{v:+}"),
                    &mut changes,
                    key("emotion"),
                );
                ui.add_space(4.0);
                let mut has_expected = tp.expected.is_some();
                let toggle = ui.checkbox(&mut has_expected, t(Text::Expected));
                if toggle.changed() {
                    tp.expected = has_expected.then_some(tp.emotion);
                    changes.single(true);
                }
                if let Some(expected) = &mut tp.expected {
                    ui.horizontal(|ui| {
                        let response = ui
                            .add(Slider::new(expected, EMOTION_MIN..=EMOTION_MAX).show_value(false))
                            .labelled_by(toggle.id);
                        changes.merged(&response, key("expected"));
                        ui.label(format!("{:+}", *expected));
                    });
                }
                text_area(
                    ui,
                    t(Text::Notes),
                    &mut tp.notes,
                    &mut changes,
                    key("notes"),
                );
            }
            CardContent::PainPoint(pain) => {
                text_line(
                    ui,
                    t(Text::Title),
                    &mut pain.title,
                    &mut changes,
                    key("title"),
                );
                text_area(
                    ui,
                    t(Text::Description),
                    &mut pain.description,
                    &mut changes,
                    key("description"),
                );
                slider(
                    ui,
                    t(Text::Severity),
                    &mut pain.severity,
                    1..=SEVERITY_MAX,
                    |v| format!("{v} – {}", i18n::severity_name(v, lang)),
                    &mut changes,
                    key("severity"),
                );
                let label = field_label(ui, t(Text::Frequency));
                let before = pain.frequency;
                ComboBox::from_id_salt(("frequency", card.id))
                    .selected_text(i18n::frequency_name(pain.frequency, lang))
                    .width(ui.available_width())
                    .show_ui(ui, |ui| {
                        for frequency in Frequency::ALL {
                            ui.selectable_value(
                                &mut pain.frequency,
                                frequency,
                                i18n::frequency_name(frequency, lang),
                            );
                        }
                    })
                    .response
                    .labelled_by(label);
                changes.single(pain.frequency != before);
                let label = field_label(ui, t(Text::Votes));
                ui.horizontal(|ui| {
                    let response = ui
                        .add(egui::DragValue::new(&mut pain.votes).range(0..=999))
                        .labelled_by(label);
                    changes.merged(&response, key("votes"));
                    if ui.button("+1").clicked() {
                        pain.votes += 1;
                        changes.single(true);
                    }
                });
                field_label(ui, t(Text::Touchpoints));
                for (id, title) in links {
                    let mut linked = pain.touchpoints.contains(id);
                    if ui.checkbox(&mut linked, title).changed() {
                        toggle(&mut pain.touchpoints, *id, linked);
                        changes.single(true);
                    }
                }
            }
            CardContent::Opportunity(opportunity) => {
                text_line(
                    ui,
                    t(Text::Title),
                    &mut opportunity.title,
                    &mut changes,
                    key("title"),
                );
                text_area(
                    ui,
                    t(Text::Description),
                    &mut opportunity.description,
                    &mut changes,
                    key("description"),
                );
                let out_of = |v: u8| format!("{v} / {SCORE_MAX}");
                slider(
                    ui,
                    t(Text::Impact),
                    &mut opportunity.impact,
                    1..=SCORE_MAX,
                    out_of,
                    &mut changes,
                    key("impact"),
                );
                slider(
                    ui,
                    t(Text::Effort),
                    &mut opportunity.effort,
                    1..=SCORE_MAX,
                    out_of,
                    &mut changes,
                    key("effort"),
                );
                field_label(ui, t(Text::PainPoints));
                for (id, title) in links {
                    let mut linked = opportunity.pain_points.contains(id);
                    if ui.checkbox(&mut linked, title).changed() {
                        toggle(&mut opportunity.pain_points, *id, linked);
                        changes.single(true);
                    }
                }
            }
        }
        let map_id = map.id;
        changes.emit(&mut self.actions, || Edit::SetCardContent {
            map: map_id,
            card: card.id,
            content,
        });
    }

    fn stage_inspector(&mut self, ui: &mut Ui, map: &MapFacts, stage: Stage, index: usize) {
        let lang = self.language;
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
                        egui::Stroke::new(2.0, style::canvas::SELECTION),
                        egui::StrokeKind::Outside,
                    );
                }
                if response.clicked() {
                    edited.color = color;
                    changes.single(true);
                }
            }
            let mut srgb = [edited.color.0, edited.color.1, edited.color.2];
            let response = ui
                .color_edit_button_srgb(&mut srgb)
                .accessible_name(t(Text::Color));
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
        let map_id = map.id;
        changes.emit(&mut self.actions, || Edit::SetStage {
            map: map_id,
            stage: edited,
        });
        ui.add_space(10.0);
        self.grid_item_buttons(
            ui,
            map.id,
            GridItem::Stage(stage.id),
            index,
            map.stage_count,
        );
    }

    fn lane_inspector(
        &mut self,
        ui: &mut Ui,
        map: &MapFacts,
        lane: Lane,
        index: usize,
        fitting: &[LaneKind],
    ) {
        let lang = self.language;
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
        changes.emit(&mut self.actions, || Edit::SetLane {
            map: map_id,
            lane: edited,
        });
        ui.add_space(10.0);
        self.grid_item_buttons(ui, map.id, GridItem::Lane(lane.id), index, map.lane_count);
    }

    /// Insert, move and delete buttons for a stage or lane.
    fn grid_item_buttons(
        &mut self,
        ui: &mut Ui,
        map: MapId,
        item: GridItem,
        index: usize,
        count: usize,
    ) {
        ui.horizontal_wrapped(|ui| {
            if let Some(GridChoice::Act(action)) =
                item.menu_ui(ui, self.language, index, count, false)
            {
                self.act(item.action(map, action));
            }
        });
    }

    fn map_inspector(&mut self, ui: &mut Ui, map: &MapFacts) {
        let lang = self.language;
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
        let personas = &self.doc.project().personas;
        let current = persona
            .and_then(|id| personas.iter().find(|p| p.id == id))
            .map_or(t(Text::NoPersona).to_owned(), |p| p.name.clone());
        ComboBox::from_id_salt(("map_persona", map.id))
            .selected_text(current)
            .width(ui.available_width())
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(persona.is_none(), t(Text::NoPersona))
                    .clicked()
                {
                    persona = None;
                    changes.single(true);
                }
                for p in personas {
                    if ui
                        .selectable_label(persona == Some(p.id), &p.name)
                        .clicked()
                    {
                        persona = Some(p.id);
                        changes.single(true);
                    }
                }
            })
            .response
            .labelled_by(label);
        ui.add_space(8.0);
        ui.label(format!(
            "{}: {} · {}: {} · {} {}",
            t(Text::Stages),
            map.stage_count,
            t(Text::Lane),
            map.lane_count,
            map.card_count,
            t(Text::CardsWord)
        ));
        let map_id: MapId = map.id;
        changes.emit(&mut self.actions, || Edit::SetMapDetails {
            map: map_id,
            name,
            persona,
        });
    }

    fn persona_inspector(&mut self, ui: &mut Ui, persona: Persona) {
        let lang = self.language;
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
        let folder = self
            .doc
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
            if choose.clicked()
                && let Some(path) = rfd::FileDialog::new()
                    .add_filter(t(Text::ImageFiles), &["png", "jpg", "jpeg"])
                    .pick_file()
            {
                let stored = folder
                    .as_deref()
                    .and_then(|folder| path.strip_prefix(folder).ok())
                    .unwrap_or(&path);
                edited.photo = Some(stored.display().to_string());
                changes.single(true);
            }
            if edited.photo.is_some() && ui.button(t(Text::RemovePhoto)).clicked() {
                edited.photo = None;
                changes.single(true);
            }
        });
        changes.emit(&mut self.actions, || Edit::SetPersona { persona: edited });
    }

    fn project_inspector(&mut self, ui: &mut Ui, info: ProjectInfo) {
        let lang = self.language;
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
        let before = edited.language;
        ComboBox::from_id_salt("project_language")
            .selected_text(edited.language.native_name())
            .show_ui(ui, |ui| {
                for language in Language::ALL {
                    ui.selectable_value(&mut edited.language, language, language.native_name());
                }
            })
            .response
            .labelled_by(label);
        changes.single(edited.language != before);
        changes.emit(&mut self.actions, || Edit::SetProjectInfo { info: edited });
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

fn channel_combo(
    ui: &mut Ui,
    label: egui::Id,
    card: CardId,
    channel: &mut Channel,
    lang: Language,
) -> bool {
    let before = *channel;
    let (icon, _) = style::channel_icon(*channel);
    ComboBox::from_id_salt(("channel", card))
        .selected_text(format!("{icon}  {}", i18n::channel_name(*channel, lang)))
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for option in Channel::ALL {
                let (icon, _) = style::channel_icon(option);
                ui.selectable_value(
                    channel,
                    option,
                    format!("{icon}  {}", i18n::channel_name(option, lang)),
                );
            }
        })
        .response
        .labelled_by(label);
    *channel != before
}

fn toggle(list: &mut Vec<CardId>, id: CardId, present: bool) {
    list.retain(|x| *x != id);
    if present {
        list.push(id);
    }
}
