//! Stage headers and lane titles: drawn pinned to the canvas edges, with their drags
//! (reorder, resize), renames and context menus.

use egui::{
    Align2, Color32, CursorIcon, FontId, Id, Painter, Pos2, Rect, Role, Sense, Stroke, StrokeKind,
    Ui, WidgetInfo, pos2, vec2,
};

use super::Canvas;
use super::paint;
use super::state::{Gesture, Rename, RenameTarget};
use crate::edit::Edit;
use crate::i18n::{self};
use crate::layout::metrics;
use crate::model::{MAX_STAGE_WIDTH, MIN_STAGE_WIDTH};
use crate::theme::map;
use crate::theme::stroke;
use crate::ui::grid_item::{GridChoice, GridItem};
use crate::ui::selection::Selection;
use crate::ui::style::c;
use crate::ui::style::{self, canvas as colors};

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

    /// The top-left corner where the pinned row and column meet.
    pub(super) fn paint_corner(&self, painter: &Painter) {
        let zoom = self.view().zoom;
        let origin = self.to_screen(Pos2::ZERO) + vec2(self.pin_right(), self.pin_down());
        let corner = Rect::from_min_size(
            origin,
            vec2(
                metrics::LANE_HEADER_WIDTH * zoom,
                metrics::STAGE_HEADER_HEIGHT * zoom,
            ),
        );
        painter.rect_filled(corner, 0.0, colors::LANE_HEADER);
        // The persona the map is seen through.
        if let Some(persona) = self.persona {
            let size = (12.0 * zoom).max(9.0).min(corner.height() * 0.4);
            if size >= paint::MIN_LEGIBLE_TEXT {
                let pad = 8.0 * zoom;
                let galley = paint::wrapped(
                    painter,
                    &format!("👤 {persona}"),
                    size,
                    colors::TEXT_MUTED,
                    corner.width() - 2.0 * pad,
                    2,
                );
                let pos = pos2(
                    corner.min.x + pad,
                    corner.center().y - galley.size().y / 2.0,
                );
                painter.galley(pos, galley, colors::TEXT_MUTED);
            }
        }
    }

    pub(super) fn lane_headers(&mut self, ui: &mut Ui, painter: &Painter) {
        let zoom = self.view().zoom;
        for (index, lane_layout) in self.layout.lanes.iter().enumerate() {
            let rect = self.lane_header_rect(lane_layout.header);
            if !rect.intersects(self.rect) {
                continue;
            }
            let lane = &self.map.lanes[index];
            let selected = *self.selection == Selection::Lane(lane.id);
            painter.rect_filled(rect, 0.0, colors::LANE_HEADER);
            let accent = if lane.kind.is_blueprint() {
                colors::BLUEPRINT_LINE
            } else {
                c(map::HEADER_DRAGGED)
            };
            painter.rect_filled(
                Rect::from_min_max(rect.min, pos2(rect.min.x + 4.0 * zoom, rect.max.y)),
                0.0,
                accent,
            );
            if selected {
                painter.rect_stroke(
                    rect.shrink(1.0),
                    0.0,
                    Stroke::new(stroke::FOCUS, colors::SELECTION),
                    StrokeKind::Inside,
                );
            }
            let size = 14.0 * zoom;
            if size >= paint::MIN_LEGIBLE_TEXT {
                let pad = 12.0 * zoom;
                let galley = paint::wrapped(
                    painter,
                    &lane.title,
                    size,
                    colors::TEXT,
                    rect.width() - 2.0 * pad,
                    3,
                );
                painter.galley(rect.min + vec2(pad, pad), galley, colors::TEXT);
                // The lane's kind, when its title does not already say it (in any
                // language: a French map in the English interface).
                let kind = i18n::lane_kind_name(lane.kind, self.language);
                if !i18n::title_names_lane_kind(&lane.title, lane.kind) {
                    painter.text(
                        pos2(rect.min.x + pad, rect.max.y - pad * 0.7),
                        Align2::LEFT_BOTTOM,
                        kind,
                        FontId::proportional(11.0 * zoom),
                        colors::TEXT_MUTED,
                    );
                }
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

    pub(super) fn stage_headers(&mut self, ui: &mut Ui, painter: &Painter) {
        let zoom = self.view().zoom;
        let count = self.map.stages.len();
        if self.pin_down() > 0.0 {
            // Pinned over the cards: a band behind the headers keeps them readable.
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
        for (index, stage_layout) in self.layout.stages.iter().enumerate() {
            let stage = &self.map.stages[index];
            let rect = self.stage_header_rect(stage_layout.header);
            if !rect.intersects(self.rect) {
                continue;
            }
            let inner = rect.shrink2(vec2(3.0 * zoom, 4.0 * zoom));
            painter.rect_filled(inner, 6.0 * zoom, style::color(stage.color));
            if *self.selection == Selection::Stage(stage.id) {
                painter.rect_stroke(
                    inner.expand(1.5),
                    6.0 * zoom,
                    Stroke::new(stroke::SELECTED, colors::SELECTION),
                    StrokeKind::Outside,
                );
            }
            let renaming = matches!(&self.state.rename, Some(Rename { target: RenameTarget::Stage(id), .. }) if *id == stage.id);
            // Stage names stay readable further out than card text: they are what one
            // looks for on a zoomed-out map.
            let size = (15.0 * zoom).max(10.0).min(inner.height() * 0.75);
            if size >= paint::MIN_LEGIBLE_TEXT && !renaming {
                let galley = paint::wrapped(
                    painter,
                    &stage.name,
                    size,
                    Color32::WHITE,
                    inner.width() - 16.0 * zoom,
                    2,
                );
                let pos = inner.center() - galley.size() / 2.0;
                painter.galley(pos, galley, Color32::WHITE);
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
