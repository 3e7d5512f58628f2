//! Stage headers and lane titles: drawn pinned to the canvas edges, with their drags
//! (reorder, resize), renames and context menus.

use egui::{CursorIcon, Id, Painter, Rect, Role, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2};

use super::Canvas;
use super::state::{Gesture, Rename, RenameTarget};
use crate::edit::Edit;
use crate::model::{MAX_STAGE_WIDTH, MIN_STAGE_WIDTH};
use crate::scene::stage_header_box;
use crate::theme::stroke;
use crate::ui::grid_item::{GridChoice, GridItem};
use crate::ui::selection::Selection;
use crate::ui::style::canvas as colors;

impl Canvas<'_> {
    /// What a stage header or lane title does when clicked: select it; double-click
    /// renames it in place; right-click opens its menu.
    fn grid_item_interaction(
        &mut self,
        response: &egui::Response,
        item: GridItem,
        index: usize,
        count: usize,
        name: &str,
    ) {
        let map = self.map.id;
        let (selection, target) = match item {
            GridItem::Stage(id) => (Selection::Stage(id), RenameTarget::Stage(id)),
            GridItem::Lane(id) => (Selection::Lane(id), RenameTarget::Lane(id)),
        };
        if response.clicked() {
            *self.selection = selection.clone();
        }
        if response.double_clicked() {
            self.state.rename = Some(Rename::start(target, name.to_owned()));
        }
        response.context_menu(|ui| {
            *self.selection = selection;
            match item.menu_ui(ui, self.language, index, count, true) {
                Some(GridChoice::Rename) => {
                    self.state.rename = Some(Rename::start(target, name.to_owned()));
                }
                Some(GridChoice::Act(action)) => self.actions.push(item.action(map, action)),
                None => {}
            }
        });
    }

    /// The lane titles (drawn by the scene): the selection's outline, and a widget each.
    pub(super) fn lane_headers(&mut self, ui: &mut Ui, painter: &Painter) {
        for (index, lane_layout) in self.layout.lanes.iter().enumerate() {
            let rect = self.lane_header_rect(lane_layout.header);
            if !rect.intersects(self.rect) {
                continue;
            }
            let Some(lane) = self.map.lanes.get(index) else {
                continue;
            };
            if *self.selection == Selection::Lane(lane.id) {
                painter.rect_stroke(
                    rect.shrink(1.0),
                    0.0,
                    Stroke::new(stroke::FOCUS, colors::SELECTION),
                    StrokeKind::Inside,
                );
            }
            let response = ui.interact(rect, Id::unique(("lane", lane.id)), Sense::click());
            response.widget_info(|| WidgetInfo::labeled(Role::RowHeader, true, &lane.title));
            let (item, title, count) = (
                GridItem::Lane(lane.id),
                lane.title.clone(),
                self.map.lanes.len(),
            );
            self.grid_item_interaction(&response, item, index, count, &title);
        }
    }

    /// Pinned over the cards, a band behind the stage headers keeps them readable.
    pub(super) fn stage_band(&self, painter: &Painter) {
        if self.pin_down() <= 0.0 {
            return;
        }
        let first = self
            .layout
            .stages
            .first()
            .map(|s| self.stage_header_rect(s.header));
        let last = self
            .layout
            .stages
            .last()
            .map(|s| self.stage_header_rect(s.header));
        if let (Some(first), Some(last)) = (first, last) {
            let band = Rect::from_min_max(first.min, last.max);
            painter.rect_filled(band, 0.0, colors::LANE_HEADER);
        }
    }

    /// The stage headers (drawn by the scene): the selection's outline, and a widget each
    /// to select, drag, resize, rename or open its menu.
    pub(super) fn stage_headers(&mut self, ui: &mut Ui, painter: &Painter) {
        let zoom = self.view().zoom;
        let count = self.map.stages.len();
        for (index, stage_layout) in self.layout.stages.iter().enumerate() {
            let Some(stage) = self.map.stages.get(index) else {
                continue;
            };
            let rect = self.stage_header_rect(stage_layout.header);
            if !rect.intersects(self.rect) {
                continue;
            }
            let inner = self.stage_header_rect(stage_header_box(stage_layout.header));
            if *self.selection == Selection::Stage(stage.id) {
                painter.rect_stroke(
                    inner.expand(1.5),
                    6.0 * zoom,
                    Stroke::new(stroke::SELECTED, colors::SELECTION),
                    StrokeKind::Outside,
                );
            }
            let response = ui.interact(
                inner,
                Id::unique(("stage", stage.id)),
                Sense::click_and_drag(),
            );
            response.widget_info(|| WidgetInfo::labeled(Role::ColumnHeader, true, &stage.name));
            if response.drag_started() {
                *self.selection = Selection::Stage(stage.id);
                self.state.gesture = Some(Gesture::MoveStage(stage.id));
            }
            if response.dragged() {
                ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
            }
            if response.drag_stopped() {
                if let Some(target) = self.stage_drop_index(ui, stage.id)
                    && target != index
                {
                    self.edit(Edit::MoveStage {
                        map: self.map.id,
                        stage: stage.id,
                        index: target,
                    });
                }
                self.state.gesture = None;
            }
            let (item, name) = (GridItem::Stage(stage.id), stage.name.clone());
            self.grid_item_interaction(&response, item, index, count, &name);

            // The resize handle on the column's right edge.
            let edge = self.screen_rect(stage_layout.column).max.x;
            let handle =
                Rect::from_min_max(pos2(edge - 4.0, rect.min.y), pos2(edge + 4.0, rect.max.y));
            let resize = ui
                .interact(
                    handle,
                    Id::unique(("stage_resize", stage.id)),
                    Sense::drag(),
                )
                .on_hover_cursor(CursorIcon::ResizeHorizontal);
            if resize.drag_started() {
                self.state.gesture = Some(Gesture::ResizeStage {
                    id: stage.id,
                    start_width: stage.width,
                });
            }
            if resize.dragged() {
                ui.ctx().set_cursor_icon(CursorIcon::ResizeHorizontal);
            }
            if resize.drag_stopped() {
                if let Some(width) = self.resized_width(ui, stage.id)
                    && (width - stage.width).abs() >= 1.0
                {
                    let mut resized = stage.clone();
                    resized.width = width;
                    self.edit(Edit::SetStage {
                        map: self.map.id,
                        stage: resized,
                    });
                }
                self.state.gesture = None;
            }
        }
    }

    /// The index a dragged stage would move to.
    pub(super) fn stage_drop_index(&self, ui: &Ui, moving: crate::model::StageId) -> Option<usize> {
        let pointer = ui.input(|i| i.pointer.interact_pos())?;
        let x = self.to_map(pointer).x;
        Some(
            self.layout
                .stages
                .iter()
                .filter(|s| s.id != moving)
                .filter(|s| s.column.center().x < x)
                .count(),
        )
    }

    /// The width a resized stage would get.
    pub(super) fn resized_width(&self, ui: &Ui, id: crate::model::StageId) -> Option<f32> {
        let pointer = ui.input(|i| i.pointer.interact_pos())?;
        let stage = self.layout.stages.iter().find(|s| s.id == id)?;
        let width = self.to_map(pointer).x - stage.column.min.x;
        Some(width.clamp(MIN_STAGE_WIDTH, MAX_STAGE_WIDTH).round())
    }
}
