//! What is under way: the preview of a drag, and the in-place rename field.

use egui::{
    Align2, CursorIcon, FontId, Id, Key, Painter, Rect, Stroke, StrokeKind, TextEdit, Ui, pos2,
    vec2,
};

use super::Canvas;
use super::state::{Gesture, Rename, RenameTarget};
use crate::edit::Edit;
use crate::i18n::Text;
use crate::layout::{emotion_at_y, metrics, y_of_emotion};
use crate::scene::{FACE_RADIUS, face_shapes};
use crate::theme::map;
use crate::theme::stroke;
use crate::ui::command::Action;
use crate::ui::style::c;
use crate::ui::style::{self, canvas as colors};

impl Canvas<'_> {
    pub(super) fn gesture_preview(&mut self, ui: &Ui, painter: &Painter) {
        let Some(gesture) = self.state.gesture.clone() else {
            return;
        };
        let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) else {
            return;
        };
        let zoom = self.view().zoom;
        match gesture {
            Gesture::MoveCards { ids, grabbed, grab } => {
                if let Some(target) = self.card_drop_target(ui) {
                    self.paint_drop_marker(painter, target, &ids);
                }
                // The grabbed card and those selected with it follow the pointer.
                let Some(anchor) = self.layout.card(grabbed) else {
                    return;
                };
                let origin = self.to_map(pointer) - grab;
                let shift = origin - style::pos(anchor.rect.min);
                for id in &ids {
                    let (Some(l), Some(range)) =
                        (self.layout.card(*id), self.scene.card_shapes.get(id))
                    else {
                        continue;
                    };
                    let r = style::rect(l.rect).translate(shift);
                    let screen = self.view().screen_rect(self.rect.min, r);
                    // A soft shadow: the card is lifted off the map.
                    let shadow = egui::Shadow {
                        offset: [2, 4],
                        blur: 12,
                        spread: 0,
                        color: c(map::DRAG_SHADOW),
                    };
                    painter.add(shadow.as_shape(screen, 6.0 * zoom));
                    for drawn in self.scene.shapes.get(range.clone()).unwrap_or_default() {
                        self.paint_drawn(painter, drawn, shift, false);
                    }
                    painter.rect_stroke(
                        screen.expand(1.5),
                        (6.0 * zoom) as u8,
                        Stroke::new(stroke::SELECTED, colors::SELECTION),
                        StrokeKind::Outside,
                    );
                }
                ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
            }
            Gesture::MoveStage(id) => {
                if let Some(index) = self.stage_drop_index(ui, id) {
                    let others: Vec<_> = self.layout.stages.iter().filter(|s| s.id != id).collect();
                    let x = others.get(index).map_or_else(
                        || {
                            others
                                .last()
                                .map_or(metrics::LANE_HEADER_WIDTH, |s| s.column.max.x)
                        },
                        |s| s.column.min.x,
                    );
                    let top = self.to_screen(pos2(x, 0.0));
                    let bottom = self.to_screen(pos2(x, self.layout.size.y));
                    painter.line_segment(
                        [top, bottom],
                        Stroke::new(stroke::DROP_COLUMN, colors::SELECTION),
                    );
                }
            }
            Gesture::ResizeStage { id, .. } => {
                if let (Some(width), Some(stage)) = (
                    self.resized_width(ui, id),
                    self.layout.stages.iter().find(|s| s.id == id),
                ) {
                    let x = stage.column.min.x + width;
                    let top = self.to_screen(pos2(x, 0.0));
                    let bottom = self.to_screen(pos2(x, self.layout.size.y));
                    painter
                        .line_segment([top, bottom], Stroke::new(stroke::FOCUS, colors::SELECTION));
                    painter.text(
                        top + vec2(6.0, 4.0),
                        Align2::LEFT_TOP,
                        format!("{width:.0}"),
                        FontId::proportional(12.0),
                        colors::SELECTION,
                    );
                }
            }
            Gesture::Emotion { card, lane_index } => {
                let Some(emotion) = self
                    .layout
                    .emotions
                    .iter()
                    .find(|e| e.lane_index == lane_index)
                else {
                    return;
                };
                let row = self.layout.lanes[emotion.lane_index].row;
                let value = emotion_at_y(&row, self.to_map(pointer).y);
                if let Some(point) = emotion.points.iter().find(|p| p.card == card) {
                    let y = y_of_emotion(&row, value);
                    let center = self.to_screen(pos2(point.pos.x, y));
                    let radius = FACE_RADIUS * 15.0 / 13.0;
                    let map_center = crate::layout::Point::new(point.pos.x, y);
                    for (shape, _) in face_shapes(map_center, radius, value) {
                        let drawn = crate::scene::Drawn {
                            shape,
                            ..Default::default()
                        };
                        self.paint_drawn(painter, &drawn, egui::Vec2::ZERO, false);
                    }
                    painter.circle_stroke(
                        center,
                        radius * zoom,
                        Stroke::new(stroke::FACE_HIGHLIGHTED, colors::SELECTION),
                    );
                    painter.text(
                        center + vec2(18.0 * zoom.max(0.6), -18.0 * zoom.max(0.6)),
                        Align2::LEFT_BOTTOM,
                        format!("{value:+}"),
                        FontId::proportional(14.0),
                        colors::TEXT,
                    );
                }
            }
            Gesture::RubberBand(start) => {
                let band = Rect::from_two_pos(self.to_screen(start), pointer);
                painter.rect(
                    band,
                    0.0,
                    c(map::SELECTION_BAND),
                    Stroke::new(stroke::HAIRLINE, colors::SELECTION),
                    StrokeKind::Inside,
                );
            }
        }
    }

    pub(super) fn rename_field(&mut self, ui: &mut Ui) {
        let Some(target) = self.state.rename.as_ref().map(|r| r.target) else {
            return;
        };
        let zoom = self.state.transform.zoom;
        let rect = match target {
            RenameTarget::Card(id) => self.layout.card(id).map(|c| self.screen_rect(c.rect)),
            RenameTarget::Stage(id) => self
                .layout
                .stages
                .iter()
                .find(|s| s.id == id)
                .map(|s| self.stage_header_rect(s.header)),
            RenameTarget::Lane(id) => self
                .layout
                .lanes
                .iter()
                .find(|l| l.id == id)
                .map(|l| self.lane_header_rect(l.header)),
        };
        let Some(rect) = rect else {
            self.state.rename = None;
            return;
        };
        let Some(rename) = self.state.rename.as_mut() else {
            return;
        };
        // Read before the field, which takes Escape for itself.
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        let field_height = (24.0 * zoom).max(22.0);
        let field = Rect::from_min_size(
            pos2(rect.min.x + 4.0, rect.center().y - field_height / 2.0),
            vec2((rect.width() - 8.0).max(140.0), field_height),
        );
        let response = ui
            .put(
                field,
                TextEdit::singleline(&mut rename.text)
                    .id(Id::unique("canvas_rename"))
                    .font(FontId::proportional((13.0 * zoom).max(12.0))),
            )
            .accessible_name(Text::Rename.get(self.language));
        if !rename.focused {
            // Start with the whole text selected, so typing replaces it.
            response.request_focus();
            let id = response.id;
            let mut edit_state =
                egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
            edit_state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::select_all_str(&rename.text)));
            edit_state.store(ui.ctx(), id);
            rename.focused = true;
        }
        if escape {
            // Escape on what was just added takes the addition back.
            if let Some(key) = self.state.rename.take().and_then(|r| r.new_item) {
                self.actions.push(Action::Retract(key));
            }
        } else if response.lost_focus() {
            let rename = self.state.rename.take();
            if let Some(rename) = rename {
                self.commit_rename(rename);
            }
        }
    }

    pub(super) fn commit_rename(&mut self, rename: Rename) {
        let text = rename.text.trim().to_owned();
        if text.is_empty() {
            return;
        }
        let map = self.map.id;
        let edit = match rename.target {
            RenameTarget::Card(id) => self.map.card(id).filter(|c| c.title() != text).map(|c| {
                let mut content = c.content.clone();
                content.set_title(text);
                Edit::SetCardContent {
                    map,
                    card: id,
                    content,
                }
            }),
            RenameTarget::Stage(id) => self.map.stage(id).filter(|s| s.name != text).map(|s| {
                let mut stage = s.clone();
                stage.name = text;
                Edit::SetStage { map, stage }
            }),
            RenameTarget::Lane(id) => self.map.lane(id).filter(|l| l.title != text).map(|l| {
                let mut lane = l.clone();
                lane.title = text;
                Edit::SetLane { map, lane }
            }),
        };
        match (edit, rename.new_item) {
            // Naming what was just added is part of adding it: one undo step.
            (Some(edit), Some(key)) => {
                self.actions.push(Action::EditMerging(edit, key));
                self.actions.push(Action::Seal);
            }
            (Some(edit), None) => self.edit(edit),
            (None, _) => self.actions.push(Action::Seal),
        }
    }
}
