//! The emotion lanes' faces: selected, and dragged to another score.

use egui::{CursorIcon, Id, Painter, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::state::Gesture;
use super::{Canvas, MIN_ZOOM_FOR_CARD_WIDGETS};
use crate::edit::Edit;
use crate::i18n::Text;
use crate::layout::emotion_at_y;
use crate::model::{CardContent, CardId};
use crate::scene::FACE_RADIUS;
use crate::theme::stroke;
use crate::ui::selection::Selection;
use crate::ui::style::{self, canvas as colors};

impl Canvas<'_> {
    /// The faces of the emotion curves (drawn by the scene): a ring on the selected ones, and
    /// a widget each to select it or drag it to another score.
    pub(super) fn emotion_faces(
        &mut self,
        ui: &mut Ui,
        painter: &Painter,
        visible: &crate::layout::Rect,
    ) {
        let zoom = self.view().zoom;
        let with_widgets = zoom >= MIN_ZOOM_FOR_CARD_WIDGETS;
        for emotion in &self.layout.emotions {
            let row = self.layout.lanes[emotion.lane_index].row;
            for point in &emotion.points {
                if !visible.contains(point.pos) {
                    continue;
                }
                let center = self.to_screen(style::pos(point.pos));
                let radius = FACE_RADIUS * zoom;
                if self.selection.has_card(point.card) {
                    painter.circle_stroke(
                        center,
                        radius,
                        Stroke::new(stroke::FACE_HIGHLIGHTED, colors::SELECTION),
                    );
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
