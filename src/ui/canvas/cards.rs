//! Cards: drawing the visible ones, selecting, dragging between and within cells, the
//! "+" of the hovered cell and the insertion marker.

use egui::{
    Align2, Color32, FontId, Id, Painter, Response, Role, Sense, Stroke, StrokeKind, Ui,
    WidgetInfo, pos2,
};

use super::state::{Gesture, Rename, RenameTarget};
use super::{Canvas, MIN_ZOOM_FOR_CARD_WIDGETS};
use crate::edit::{self, CellPosition};
use crate::i18n::Text;
use crate::layout::metrics;
use crate::model::CardId;
use crate::theme::stroke;
use crate::theme::{self, map};
use crate::ui::command::Command;
use crate::ui::selection::Selection;
use crate::ui::style::c;
use crate::ui::style::{self, canvas as colors};

impl Canvas<'_> {
    pub(super) fn moving_cards(&self) -> &[CardId] {
        match &self.state.gesture {
            Some(Gesture::MoveCards { ids, .. }) => ids,
            _ => &[],
        }
    }

    /// The cards in view (drawn by the scene): the selection's outline, and a widget each to
    /// select, drag, rename or open its menu.
    pub(super) fn card_widgets(
        &mut self,
        ui: &mut Ui,
        painter: &Painter,
        visible: &crate::layout::Rect,
    ) {
        let zoom = self.view().zoom;
        let with_widgets = zoom >= MIN_ZOOM_FOR_CARD_WIDGETS;
        for card_layout in &self.layout.cards {
            if !card_layout.rect.intersects(visible) {
                continue;
            }
            let Some(card) = self.map.cards.get(card_layout.card_index) else {
                continue;
            };
            let rect = self.screen_rect(card_layout.rect);
            if let Some(vote) = self.vote {
                crate::ui::workshop::paint_live_dots(painter, rect, vote, card, zoom);
            }
            if self.selection.has_card(card.id) {
                painter.rect_stroke(
                    rect.expand(1.5),
                    (theme::card::RADIUS * zoom) as u8,
                    Stroke::new(stroke::SELECTED, colors::SELECTION),
                    StrokeKind::Outside,
                );
            }
            if !with_widgets {
                continue;
            }
            let response =
                ui.interact(rect, Id::unique(("card", card.id)), Sense::click_and_drag());
            let title = card.title().to_owned();
            response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &title));
            // A title cut to fit its card is read whole on hover.
            let cut = self.scene.cut_titles.binary_search(&card.id).is_ok();
            let response = if cut && self.state.gesture.is_none() {
                response.on_hover_text(title)
            } else {
                response
            };
            self.card_interaction(ui, &response, card.id, card_layout.rect.min);
        }
    }

    pub(super) fn card_interaction(
        &mut self,
        ui: &Ui,
        response: &Response,
        id: CardId,
        card_min: crate::layout::Point,
    ) {
        if self.vote.is_some() {
            // While a vote runs, a click on a card is a dot, and nothing else happens.
            if response.clicked() {
                self.command(Command::Vote(crate::ui::command::VoteCommand::Toggle(id)));
            }
            return;
        }
        let modifiers = ui.input(|i| i.modifiers);
        if response.clicked() {
            if modifiers.shift || modifiers.command {
                self.selection.toggle_card(id);
            } else {
                *self.selection = Selection::Cards(vec![id]);
            }
        }
        if response.double_clicked() {
            *self.selection = Selection::Cards(vec![id]);
            if let Some(card) = self.map.card(id) {
                self.state.rename = Some(Rename::start(
                    RenameTarget::Card(id),
                    card.title().to_owned(),
                ));
            }
        }
        if response.drag_started()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            if !self.selection.has_card(id) {
                *self.selection = Selection::Cards(vec![id]);
            }
            let grab = self.to_map(pointer) - style::pos(card_min);
            self.state.gesture = Some(Gesture::MoveCards {
                ids: self.selection.cards().to_vec(),
                grabbed: id,
                grab,
            });
        }
        if response.drag_stopped() {
            self.finish_card_move(ui);
        }
        response.context_menu(|ui| {
            if !self.selection.has_card(id) {
                *self.selection = Selection::Cards(vec![id]);
            }
            self.command_item(ui, Text::Rename, Command::Rename);
            self.command_item(ui, Text::Duplicate, Command::Duplicate);
            self.command_item(ui, Text::Copy, Command::Copy);
            self.command_item(ui, Text::Cut, Command::Cut);
            ui.separator();
            self.command_item(ui, Text::Delete, Command::Delete);
        });
    }

    /// Where dragged cards would land if released now.
    pub(super) fn card_drop_target(&self, ui: &Ui) -> Option<CellPosition> {
        let Some(Gesture::MoveCards { ids, .. }) = &self.state.gesture else {
            return None;
        };
        let pointer = ui.input(|i| i.pointer.interact_pos())?;
        let p = style::point(self.to_map(pointer));
        let target = self.layout.drop_target(self.map, p, ids)?;
        let lane = self.map.lane(target.lane)?;
        let fits = ids
            .iter()
            .filter_map(|id| self.map.card(*id))
            .all(|c| lane.kind.accepts(&c.content));
        fits.then_some(CellPosition {
            stage: target.stage,
            lane: target.lane,
            index_in_cell: target.index_in_cell,
        })
    }

    pub(super) fn finish_card_move(&mut self, ui: &Ui) {
        let target = self.card_drop_target(ui);
        if let (Some(Gesture::MoveCards { ids, .. }), Some(target)) =
            (self.state.gesture.take(), target)
            && let Some(edit) = edit::move_cards(self.map, &ids, target)
        {
            self.edit(edit);
        }
        self.state.gesture = None;
    }

    pub(super) fn add_button(&mut self, ui: &mut Ui, painter: &Painter) {
        if self.state.gesture.is_some() || self.view().zoom < MIN_ZOOM_FOR_CARD_WIDGETS {
            return;
        }
        let Some(pointer) = ui.input(|i| i.pointer.hover_pos()) else {
            return;
        };
        if !self.rect.contains(pointer) {
            return;
        }
        let p = self.to_map(pointer);
        let (Some(s), Some(l)) = (self.layout.stage_at_x(p.x), self.layout.lane_at_y(p.y)) else {
            return;
        };
        if !self.layout.lanes[l].kind.holds_cards() {
            return;
        }
        let Some(button) = self.layout.add_button_rect(s, l) else {
            return;
        };
        let rect = self.screen_rect(button);
        // The lane titles and stage headers stay pinned over what scrolls under them: no
        // button is drawn over them.
        let titles_right =
            self.to_screen(pos2(metrics::LANE_HEADER_WIDTH, 0.0)).x + self.pin_right();
        let headers_bottom =
            self.to_screen(pos2(0.0, metrics::STAGE_HEADER_HEIGHT)).y + self.pin_down();
        if rect.min.x < titles_right || rect.min.y < headers_bottom {
            return;
        }
        let response = ui.interact(rect, Id::unique(("add_card", s, l)), Sense::click());
        let label = self.t(Text::AddCard);
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, label));
        let hovered = response.hovered();
        let stroke_color = if hovered {
            colors::SELECTION
        } else {
            c(map::SLOT_OUTLINE)
        };
        painter.rect(
            rect,
            4.0,
            if hovered {
                c(map::SELECTED_FILL)
            } else {
                Color32::TRANSPARENT
            },
            Stroke::new(stroke::HAIRLINE, stroke_color),
            StrokeKind::Inside,
        );
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            "+",
            FontId::proportional((16.0 * self.view().zoom).max(8.0)),
            stroke_color,
        );
        let response = response.on_hover_text(label);
        if response.clicked() {
            self.command(Command::AddCard(
                self.map.stages[s].id,
                self.map.lanes[l].id,
            ));
        }
    }

    /// The insertion line where dragged cards would land.
    pub(super) fn paint_drop_marker(
        &self,
        painter: &Painter,
        target: CellPosition,
        moving: &[CardId],
    ) {
        let (Some(s), Some(l)) = (
            self.map.stage_index(target.stage),
            self.map.lane_index(target.lane),
        ) else {
            return;
        };
        let Some(cell) = self.layout.cell_rect(s, l) else {
            return;
        };
        let others: Vec<_> = self
            .layout
            .cards
            .iter()
            .filter(|c| c.stage_index == s && c.lane_index == l && !moving.contains(&c.id))
            .collect();
        let y = match others.get(target.index_in_cell) {
            Some(card) => card.rect.min.y - metrics::CARD_GAP / 2.0,
            None => others
                .last()
                .map_or(cell.min.y + metrics::CELL_PADDING / 2.0, |c| {
                    c.rect.max.y + metrics::CARD_GAP / 2.0
                }),
        };
        let a = self.to_screen(pos2(cell.min.x + metrics::CELL_PADDING, y));
        let b = self.to_screen(pos2(cell.max.x - metrics::CELL_PADDING, y));
        painter.rect_stroke(
            self.screen_rect(cell).shrink(2.0),
            4.0,
            Stroke::new(stroke::DROP_CELL, colors::SELECTION),
            StrokeKind::Inside,
        );
        painter.line_segment([a, b], Stroke::new(stroke::DROP_MARKER, colors::SELECTION));
    }
}
