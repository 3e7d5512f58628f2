//! The lanes drawn from the touchpoints rather than holding cards: the emotion curve with
//! its draggable faces, the survey scores lane, and the service blueprint lines.

use egui::{
    Align2, CursorIcon, FontId, Id, Painter, Pos2, Rect, Role, Sense, Shape, Stroke, Ui,
    WidgetInfo, pos2, vec2,
};

use super::paint;
use super::state::Gesture;
use super::{Canvas, MIN_ZOOM_FOR_CARD_WIDGETS};
use crate::edit::Edit;
use crate::i18n::Text;
use crate::layout::{BlueprintLineKind, emotion_at_y, metrics, y_of_emotion};
use crate::model::{CardContent, CardId};
use crate::theme::map;
use crate::theme::stroke;
use crate::ui::selection::Selection;
use crate::ui::style::c;
use crate::ui::style::{self, canvas as colors};

impl Canvas<'_> {
    pub(super) fn blueprint_lines(&self, painter: &Painter) {
        let zoom = self.view().zoom;
        for line in &self.layout.blueprint_lines {
            let a = self.to_screen(pos2(line.x_range.0, line.y));
            let b = self.to_screen(pos2(line.x_range.1, line.y));
            painter.extend(Shape::dashed_line(
                &[a, b],
                Stroke::new(stroke::BLUEPRINT, colors::BLUEPRINT_LINE),
                10.0 * zoom.max(0.5),
                6.0 * zoom.max(0.5),
            ));
            let label = match line.kind {
                BlueprintLineKind::Interaction => Text::LineOfInteraction,
                BlueprintLineKind::Visibility => Text::LineOfVisibility,
                BlueprintLineKind::InternalInteraction => Text::LineOfInternalInteraction,
            };
            let size = 11.0 * zoom;
            if size >= paint::MIN_LEGIBLE_TEXT {
                let anchor = self.to_screen(pos2(metrics::LANE_HEADER_WIDTH + 8.0, line.y - 3.0))
                    + vec2(self.pin_right(), 0.0);
                let galley = painter.layout_no_wrap(
                    self.t(label).to_owned(),
                    FontId::proportional(size),
                    colors::BLUEPRINT_LINE,
                );
                let text_rect = Align2::LEFT_BOTTOM.anchor_size(anchor, galley.size());
                painter.rect_filled(text_rect.expand(2.0), 3.0, c(map::LABEL_BACKDROP));
                painter.galley(text_rect.min, galley, colors::BLUEPRINT_LINE);
            }
        }
    }

    pub(super) fn emotion_curves(
        &mut self,
        ui: &mut Ui,
        painter: &Painter,
        visible: &crate::layout::Rect,
    ) {
        let zoom = self.view().zoom;
        let with_widgets = zoom >= MIN_ZOOM_FOR_CARD_WIDGETS;
        for emotion in &self.layout.emotions {
            let row = self.layout.lanes[emotion.lane_index].row;
            let row_rect = self.screen_rect(row);
            if !row_rect.intersects(self.rect) {
                continue;
            }
            // Guides: the neutral line and the ±3 bounds.
            for level in [-3i8, 0, 3] {
                let y = y_of_emotion(&row, level);
                let a = self.to_screen(pos2(row.min.x, y));
                let b = self.to_screen(pos2(row.max.x, y));
                let stroke = Stroke::new(
                    1.0,
                    if level == 0 {
                        c(map::LANE_RULE_STRONG)
                    } else {
                        c(map::LANE_RULE_LIGHT)
                    },
                );
                painter.extend(Shape::dashed_line(&[a, b], stroke, 6.0, 5.0));
            }
            let expected: Vec<Pos2> = emotion
                .expected_curve
                .iter()
                .map(|p| self.to_screen(style::pos(*p)))
                .collect();
            if expected.len() > 1 {
                painter.extend(Shape::dashed_line(
                    &expected,
                    Stroke::new(stroke::BLUEPRINT, c(map::BLUEPRINT_RULE)),
                    8.0,
                    6.0,
                ));
            }
            let curve: Vec<Pos2> = emotion
                .curve
                .iter()
                .map(|p| self.to_screen(style::pos(*p)))
                .collect();
            painter.add(Shape::line(
                curve,
                Stroke::new(
                    map::EMOTION_CURVE_WIDTH * zoom.max(0.5),
                    c(map::EMOTION_CURVE),
                ),
            ));
            let dragging = match &self.state.gesture {
                Some(Gesture::Emotion { card, lane_index })
                    if *lane_index == emotion.lane_index =>
                {
                    Some(*card)
                }
                _ => None,
            };
            for point in &emotion.points {
                if !visible.contains(point.pos) {
                    continue;
                }
                let center = self.to_screen(style::pos(point.pos));
                let radius = (13.0 * zoom).max(4.0);
                let selected = self.selection.has_card(point.card);
                if dragging != Some(point.card) {
                    paint::face(painter, center, radius, point.emotion, selected);
                }
                if !with_widgets {
                    continue;
                }
                let hit = Rect::from_center_size(center, vec2(radius * 2.4, radius * 2.4));
                let response = ui.interact(
                    hit,
                    Id::unique(("emotion", emotion.lane_index, point.card)),
                    Sense::click_and_drag(),
                );
                let title = self
                    .map
                    .cards
                    .get(point.card_index)
                    .map_or("", |c| c.title());
                let label = format!("{} {} ({:+})", self.t(Text::Emotion), title, point.emotion);
                response.widget_info(|| WidgetInfo::labeled(Role::Slider, true, &label));
                let response = response.on_hover_cursor(CursorIcon::ResizeVertical);
                if response.clicked() {
                    *self.selection = Selection::Cards(vec![point.card]);
                }
                if response.drag_started() {
                    *self.selection = Selection::Cards(vec![point.card]);
                    self.state.gesture = Some(Gesture::Emotion {
                        card: point.card,
                        lane_index: emotion.lane_index,
                    });
                }
                if response.drag_stopped() {
                    self.finish_emotion_drag(ui, point.card, &row);
                }
            }
        }
    }

    pub(super) fn finish_emotion_drag(&mut self, ui: &Ui, card: CardId, row: &crate::layout::Rect) {
        self.state.gesture = None;
        let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) else {
            return;
        };
        let value = emotion_at_y(row, self.to_map(pointer).y);
        if let Some(CardContent::Touchpoint(t)) = self.map.card(card).map(|c| &c.content)
            && t.emotion != value
        {
            let mut touchpoint = t.clone();
            touchpoint.emotion = value;
            self.edit(Edit::SetCardContent {
                map: self.map.id,
                card,
                content: CardContent::Touchpoint(touchpoint),
            });
        }
    }
}
