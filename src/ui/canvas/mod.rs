//! The canvas: the current map drawn from its layout, with pan, zoom, selection, in-place
//! renaming and drag gestures. It reads the project and emits actions; it never changes the
//! project itself. A drag shows a preview and emits one edit on release.

mod paint;
mod state;

pub use state::{CanvasState, Gesture, Rename, RenameTarget};

use egui::{
    Align2, Color32, CursorIcon, FontId, Id, Key, Painter, Pos2, Rect, Response, Role, Sense,
    Shape, Stroke, StrokeKind, TextEdit, Ui, WidgetInfo, pos2, vec2,
};

use super::app::ParcoursApp;
use super::command::{Action, Command};
use super::grid_item::{GridChoice, GridItem};
use super::selection::Selection;
use super::style::{self, canvas as colors};
use super::view_transform::ViewTransform;
use crate::edit::{self, CellPosition, Edit};
use crate::i18n::{self, Language, Text};
use crate::layout::{BlueprintLineKind, MapLayout, emotion_at_y, metrics};
use crate::model::{CardContent, CardId, JourneyMap, LaneKind, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH};

/// Below this zoom, cards get no widget of their own: clicks are hit-tested on the layout.
const MIN_ZOOM_FOR_CARD_WIDGETS: f32 = 0.35;

/// Everything the canvas needs for one frame, borrowed from the app.
struct Canvas<'a> {
    map: &'a JourneyMap,
    layout: &'a MapLayout,
    state: &'a mut CanvasState,
    selection: &'a mut Selection,
    actions: &'a mut Vec<Action>,
    language: Language,
    /// The name of the persona the map is seen through.
    persona: Option<&'a str>,
    /// The canvas's screen rectangle.
    rect: Rect,
}

impl ParcoursApp {
    pub(super) fn canvas_panel(&mut self, ui: &mut Ui) {
        let frame = egui::Frame::NONE.fill(colors::BACKGROUND);
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            let Some(map_id) = self.current_map else {
                ui.centered_and_justified(|ui| {
                    ui.label(self.t(Text::NoMap));
                });
                return;
            };
            let ParcoursApp {
                doc,
                layout,
                canvas,
                selection,
                actions,
                language,
                ..
            } = self;
            let layout = layout.get(doc, map_id);
            let Some(map) = doc.project().map(map_id) else {
                return;
            };
            let rect = ui.available_rect_before_wrap();
            let persona = map
                .persona
                .and_then(|id| doc.project().persona(id))
                .map(|p| p.name.as_str());
            let mut canvas = Canvas {
                map,
                persona,
                layout,
                state: canvas,
                selection,
                actions,
                language: *language,
                rect,
            };
            canvas.ui(ui);
        });
    }
}

impl Canvas<'_> {
    fn t(&self, text: Text) -> &'static str {
        text.get(self.language)
    }

    fn view(&self) -> ViewTransform {
        self.state.transform
    }

    fn to_screen(&self, p: Pos2) -> Pos2 {
        self.state.transform.screen_from_map(self.rect.min, p)
    }

    fn to_map(&self, p: Pos2) -> Pos2 {
        self.state.transform.map_from_screen(self.rect.min, p)
    }

    fn screen_rect(&self, r: crate::layout::Rect) -> Rect {
        self.state
            .transform
            .screen_rect(self.rect.min, style::rect(r))
    }

    /// Pans just enough for a card to be seen whole, clear of the pinned headers.
    fn reveal(&mut self, id: CardId) {
        let Some(card) = self.layout.card(id) else {
            return;
        };
        let zoom = self.view().zoom;
        let margin = 12.0;
        let room = Rect::from_min_max(
            self.rect.min
                + vec2(
                    metrics::LANE_HEADER_WIDTH * zoom + margin,
                    metrics::STAGE_HEADER_HEIGHT * zoom + margin,
                ),
            self.rect.max - vec2(margin, margin),
        );
        let rect = self.screen_rect(card.rect);
        let mut shift = egui::Vec2::ZERO;
        if rect.min.x < room.min.x {
            shift.x = room.min.x - rect.min.x;
        } else if rect.max.x > room.max.x {
            shift.x = room.max.x - rect.max.x;
        }
        if rect.min.y < room.min.y {
            shift.y = room.min.y - rect.min.y;
        } else if rect.max.y > room.max.y {
            shift.y = room.max.y - rect.max.y;
        }
        self.state.transform.offset += shift;
    }

    /// How far the stage header row is pushed down to stay at the canvas top.
    fn pin_down(&self) -> f32 {
        (self.rect.min.y - self.to_screen(Pos2::ZERO).y).max(0.0)
    }

    /// How far the lane title column is pushed right to stay at the canvas left.
    fn pin_right(&self) -> f32 {
        (self.rect.min.x - self.to_screen(Pos2::ZERO).x).max(0.0)
    }

    /// The screen rectangle of a stage header, pinned to the top.
    fn stage_header_rect(&self, header: crate::layout::Rect) -> Rect {
        self.screen_rect(header)
            .translate(vec2(0.0, self.pin_down()))
    }

    /// The screen rectangle of a lane title, pinned to the left.
    fn lane_header_rect(&self, header: crate::layout::Rect) -> Rect {
        self.screen_rect(header)
            .translate(vec2(self.pin_right(), 0.0))
    }

    /// The top-left corner where the pinned row and column meet.
    fn paint_corner(&self, painter: &Painter) {
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

    fn edit(&mut self, edit: Edit) {
        self.actions.push(Action::Edit(edit));
    }

    fn command(&mut self, command: Command) {
        self.actions.push(Action::Command(command));
    }

    fn ui(&mut self, ui: &mut Ui) {
        let size = vec2(self.layout.size.x, self.layout.size.y);
        if self.state.fit_pending {
            self.state.transform = ViewTransform::fit(size, self.rect.size());
            self.state.fit_pending = false;
            self.state.fit_width_pending = false;
        } else if self.state.fit_width_pending {
            // Show the map's full width when readable, from the top.
            let zoom = ((self.rect.width() - 32.0) / size.x).clamp(0.8, 1.0);
            self.state.transform = ViewTransform {
                zoom,
                offset: vec2(16.0, 16.0),
            };
            self.state.fit_width_pending = false;
        }
        self.state.last_rect = self.rect;
        if let Some(id) = self.state.reveal.take() {
            self.reveal(id);
        }

        let background = ui.allocate_rect(self.rect, Sense::click_and_drag());
        self.pan_and_zoom(ui, &background);
        self.state
            .transform
            .keep_in_view(size, self.rect.size(), self.rect.size() * 0.5);
        let painter = ui.painter_at(self.rect);
        painter.rect_filled(self.rect, 0.0, colors::BACKGROUND);

        let visible = self.view().map_rect(self.rect.min, self.rect);
        let visible =
            crate::layout::Rect::from_corners(style::point(visible.min), style::point(visible.max));
        self.paint_grid(&painter, &visible);
        self.blueprint_lines(&painter);
        self.metrics_lanes(&painter, &visible);
        self.cards(ui, &painter, &visible);
        self.empty_map_hint(&painter);
        self.emotion_curves(ui, &painter, &visible);
        // Headers come last so that, pinned to the canvas edges, they cover what scrolls
        // under them.
        self.lane_headers(ui, &painter);
        self.stage_headers(ui, &painter);
        self.paint_corner(&painter);
        self.add_button(ui, &painter);
        self.background_interaction(ui, &background);
        self.gesture_preview(ui, &painter);
        self.rename_field(ui);
    }

    fn pan_and_zoom(&mut self, ui: &Ui, background: &Response) {
        let hovered = ui.rect_contains_pointer(self.rect);
        if hovered {
            let (zoom, scroll, pointer) = ui.input(|i| {
                (
                    i.zoom_delta(),
                    i.smooth_scroll_delta(),
                    i.pointer.hover_pos(),
                )
            });
            if zoom != 1.0 {
                let anchor = pointer.unwrap_or(self.rect.center());
                self.state
                    .transform
                    .zoom_around(self.rect.min, anchor, zoom);
            } else if scroll != egui::Vec2::ZERO {
                self.state.transform.offset += scroll;
            }
        }
        let shift = ui.input(|i| i.modifiers.shift);
        if background.drag_started()
            && shift
            && let Some(p) = background.interact_pointer_pos()
        {
            self.state.gesture = Some(Gesture::RubberBand(self.to_map(p)));
        }
        if background.dragged() && !matches!(self.state.gesture, Some(Gesture::RubberBand(_))) {
            self.state.transform.offset += background.drag_delta();
            ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
        }
    }

    fn paint_grid(&self, painter: &Painter, visible: &crate::layout::Rect) {
        let map_rect = self.screen_rect(crate::layout::Rect::from_min_size(
            0.0,
            0.0,
            self.layout.size.x,
            self.layout.size.y,
        ));
        painter.rect_filled(map_rect.expand(1.0), 6.0, colors::GRID);
        for (index, lane) in self.layout.lanes.iter().enumerate() {
            if !lane.row.intersects(visible) {
                continue;
            }
            let fill = if index % 2 == 0 {
                colors::CELL
            } else {
                colors::CELL_ALT
            };
            painter.rect_filled(self.screen_rect(lane.row), 0.0, fill);
        }
        let stroke = Stroke::new(1.0, colors::GRID);
        for stage in &self.layout.stages {
            let r = self.screen_rect(stage.column);
            painter.line_segment([r.right_top(), r.right_bottom()], stroke);
        }
        for lane in &self.layout.lanes {
            let r = self.screen_rect(lane.row);
            painter.line_segment([pos2(map_rect.min.x, r.max.y), r.right_bottom()], stroke);
        }
    }

    fn lane_headers(&mut self, ui: &mut Ui, painter: &Painter) {
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
                Color32::from_rgb(0x9a, 0xa3, 0xb2)
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
                    Stroke::new(2.0, colors::SELECTION),
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
                let kind = i18n::lane_kind_name(lane.kind, self.language);
                if kind != lane.title {
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
            if response.clicked() {
                *self.selection = Selection::Lane(lane.id);
            }
            if response.double_clicked() {
                self.state.rename = Some(Rename {
                    target: RenameTarget::Lane(lane.id),
                    text: lane.title.clone(),
                    focused: false,
                });
            }
            let (lane_id, title, map_id, count) = (
                lane.id,
                lane.title.clone(),
                self.map.id,
                self.map.lanes.len(),
            );
            response.context_menu(|ui| {
                *self.selection = Selection::Lane(lane_id);
                let item = GridItem::Lane(lane_id);
                match item.menu_ui(ui, self.language, index, count, true) {
                    Some(GridChoice::Rename) => {
                        self.state.rename = Some(Rename {
                            target: RenameTarget::Lane(lane_id),
                            text: title.clone(),
                            focused: false,
                        });
                    }
                    Some(GridChoice::Act(action)) => self.actions.push(item.action(map_id, action)),
                    None => {}
                }
            });
        }
    }

    fn blueprint_lines(&self, painter: &Painter) {
        let zoom = self.view().zoom;
        for line in &self.layout.blueprint_lines {
            let a = self.to_screen(pos2(line.x_range.0, line.y));
            let b = self.to_screen(pos2(line.x_range.1, line.y));
            painter.extend(Shape::dashed_line(
                &[a, b],
                Stroke::new(2.0, colors::BLUEPRINT_LINE),
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
                painter.rect_filled(text_rect.expand(2.0), 3.0, Color32::from_white_alpha(220));
                painter.galley(text_rect.min, galley, colors::BLUEPRINT_LINE);
            }
        }
    }

    fn metrics_lanes(&self, painter: &Painter, visible: &crate::layout::Rect) {
        let size = 13.0 * self.view().zoom;
        if size < paint::MIN_LEGIBLE_TEXT {
            return;
        }
        for lane in self
            .layout
            .lanes
            .iter()
            .filter(|l| l.kind == LaneKind::Metrics)
        {
            if !lane.row.intersects(visible) {
                continue;
            }
            let rect = self.screen_rect(lane.row);
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                self.t(Text::NoSurveyAttached),
                FontId::proportional(size),
                colors::TEXT_MUTED,
            );
        }
    }

    /// On a map with no card yet, says how to add one, in the first cell that takes cards.
    fn empty_map_hint(&self, painter: &Painter) {
        if !self.map.cards.is_empty() {
            return;
        }
        let Some(lane) = self.layout.lanes.iter().position(|l| l.kind.holds_cards()) else {
            return;
        };
        let Some(cell) = self.layout.cell_rect(0, lane) else {
            return;
        };
        let rect = self.screen_rect(cell).shrink(8.0);
        let size = 12.0 * self.view().zoom;
        if size >= paint::MIN_LEGIBLE_TEXT {
            let galley = paint::wrapped(
                painter,
                self.t(Text::EmptyMapHint),
                size,
                colors::TEXT_MUTED,
                rect.width(),
                3,
            );
            painter.galley(
                rect.center() - galley.size() / 2.0,
                galley,
                colors::TEXT_MUTED,
            );
        }
    }

    fn moving_cards(&self) -> &[CardId] {
        match &self.state.gesture {
            Some(Gesture::MoveCards { ids, .. }) => ids,
            _ => &[],
        }
    }

    fn cards(&mut self, ui: &mut Ui, painter: &Painter, visible: &crate::layout::Rect) {
        let zoom = self.view().zoom;
        let with_widgets = zoom >= MIN_ZOOM_FOR_CARD_WIDGETS;
        let moving: Vec<CardId> = self.moving_cards().to_vec();
        let renaming = match &self.state.rename {
            Some(Rename {
                target: RenameTarget::Card(id),
                ..
            }) => Some(*id),
            _ => None,
        };
        for card_layout in &self.layout.cards {
            if !card_layout.rect.intersects(visible) {
                continue;
            }
            let Some(card) = self.map.cards.get(card_layout.card_index) else {
                continue;
            };
            let rect = self.screen_rect(card_layout.rect);
            let selected = self.selection.has_card(card.id);
            let faded = moving.contains(&card.id);
            if renaming != Some(card.id) {
                paint::card(painter, rect, card, zoom, selected, faded, self.language);
            }
            if !with_widgets {
                continue;
            }
            let response =
                ui.interact(rect, Id::unique(("card", card.id)), Sense::click_and_drag());
            let title = card.title().to_owned();
            response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &title));
            self.card_interaction(ui, &response, card.id, card_layout.rect.min);
        }
    }

    fn card_interaction(
        &mut self,
        ui: &Ui,
        response: &Response,
        id: CardId,
        card_min: crate::layout::Point,
    ) {
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
                self.state.rename = Some(Rename {
                    target: RenameTarget::Card(id),
                    text: card.title().to_owned(),
                    focused: false,
                });
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
            if ui.button(self.t(Text::Rename)).clicked() {
                self.command(Command::Rename);
                ui.close();
            }
            if ui.button(self.t(Text::Duplicate)).clicked() {
                self.command(Command::Duplicate);
                ui.close();
            }
            if ui.button(self.t(Text::Copy)).clicked() {
                self.command(Command::Copy);
                ui.close();
            }
            if ui.button(self.t(Text::Cut)).clicked() {
                self.command(Command::Cut);
                ui.close();
            }
            ui.separator();
            if ui.button(self.t(Text::Delete)).clicked() {
                self.command(Command::Delete);
                ui.close();
            }
        });
    }

    /// Where dragged cards would land if released now.
    fn card_drop_target(&self, ui: &Ui) -> Option<CellPosition> {
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

    fn finish_card_move(&mut self, ui: &Ui) {
        let target = self.card_drop_target(ui);
        if let (Some(Gesture::MoveCards { ids, .. }), Some(target)) =
            (self.state.gesture.take(), target)
            && let Some(edit) = edit::move_cards(self.map, &ids, target)
        {
            self.edit(edit);
        }
        self.state.gesture = None;
    }

    fn emotion_curves(&mut self, ui: &mut Ui, painter: &Painter, visible: &crate::layout::Rect) {
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
                let y = self.layout_y_of_emotion(&row, level);
                let a = self.to_screen(pos2(row.min.x, y));
                let b = self.to_screen(pos2(row.max.x, y));
                let stroke = Stroke::new(
                    1.0,
                    if level == 0 {
                        Color32::from_gray(185)
                    } else {
                        Color32::from_gray(222)
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
                    Stroke::new(2.0, Color32::from_rgb(0x8a, 0x94, 0xa6)),
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
                Stroke::new(3.0 * zoom.max(0.5), Color32::from_rgb(0x33, 0x4e, 0x8c)),
            ));
            let dragging = match &self.state.gesture {
                Some(Gesture::Emotion(id)) => Some(*id),
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
                    Id::unique(("emotion", point.card)),
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
                    self.state.gesture = Some(Gesture::Emotion(point.card));
                }
                if response.drag_stopped() {
                    self.finish_emotion_drag(ui, point.card, &row);
                }
            }
        }
    }

    fn layout_y_of_emotion(&self, row: &crate::layout::Rect, emotion: i8) -> f32 {
        let top = row.min.y + metrics::EMOTION_PADDING;
        let span = row.height() - 2.0 * metrics::EMOTION_PADDING;
        top + f32::from(3 - emotion) / 6.0 * span
    }

    fn finish_emotion_drag(&mut self, ui: &Ui, card: CardId, row: &crate::layout::Rect) {
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

    fn stage_headers(&mut self, ui: &mut Ui, painter: &Painter) {
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
                    Stroke::new(2.5, colors::SELECTION),
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
            if response.clicked() {
                *self.selection = Selection::Stage(stage.id);
            }
            if response.double_clicked() {
                self.state.rename = Some(Rename {
                    target: RenameTarget::Stage(stage.id),
                    text: stage.name.clone(),
                    focused: false,
                });
            }
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
            let (stage_id, name, map_id) = (stage.id, stage.name.clone(), self.map.id);
            response.context_menu(|ui| {
                *self.selection = Selection::Stage(stage_id);
                let item = GridItem::Stage(stage_id);
                match item.menu_ui(ui, self.language, index, count, true) {
                    Some(GridChoice::Rename) => {
                        self.state.rename = Some(Rename {
                            target: RenameTarget::Stage(stage_id),
                            text: name.clone(),
                            focused: false,
                        });
                    }
                    Some(GridChoice::Act(action)) => self.actions.push(item.action(map_id, action)),
                    None => {}
                }
            });

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
    fn stage_drop_index(&self, ui: &Ui, moving: crate::model::StageId) -> Option<usize> {
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
    fn resized_width(&self, ui: &Ui, id: crate::model::StageId) -> Option<f32> {
        let pointer = ui.input(|i| i.pointer.interact_pos())?;
        let stage = self.layout.stages.iter().find(|s| s.id == id)?;
        let width = self.to_map(pointer).x - stage.column.min.x;
        Some(width.clamp(MIN_STAGE_WIDTH, MAX_STAGE_WIDTH).round())
    }

    fn add_button(&mut self, ui: &mut Ui, painter: &Painter) {
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
        let response = ui.interact(rect, Id::unique(("add_card", s, l)), Sense::click());
        let label = self.t(Text::AddCard);
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, label));
        let hovered = response.hovered();
        let stroke_color = if hovered {
            colors::SELECTION
        } else {
            Color32::from_gray(170)
        };
        painter.rect(
            rect,
            4.0,
            if hovered {
                Color32::from_rgb(0xe8, 0xef, 0xfd)
            } else {
                Color32::TRANSPARENT
            },
            Stroke::new(1.0, stroke_color),
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

    fn background_interaction(&mut self, ui: &Ui, background: &Response) {
        let modifiers = ui.input(|i| i.modifiers);
        if background.clicked() {
            let hit = background
                .interact_pointer_pos()
                .and_then(|p| self.layout.card_at(style::point(self.to_map(p))))
                .map(|c| c.id);
            match hit {
                // At low zoom cards have no widgets: select through the layout.
                Some(id) if modifiers.shift || modifiers.command => self.selection.toggle_card(id),
                Some(id) => *self.selection = Selection::Cards(vec![id]),
                None if modifiers.shift || modifiers.command => {}
                None => *self.selection = Selection::None,
            }
        }
        if background.drag_stopped()
            && let Some(Gesture::RubberBand(start)) = self.state.gesture.take()
            && let Some(end) = background.interact_pointer_pos()
        {
            let band = crate::layout::Rect::from_corners(
                style::point(start),
                style::point(self.to_map(end)),
            );
            let ids = self.layout.cards_in(&band);
            *self.selection = if ids.is_empty() {
                Selection::None
            } else {
                Selection::Cards(ids)
            };
        }
        // The cell under a right-click, for "Add card here".
        if background.secondary_clicked() {
            self.state.context_cell = background
                .interact_pointer_pos()
                .map(|p| self.to_map(p))
                .and_then(|p| Some((self.layout.stage_at_x(p.x)?, self.layout.lane_at_y(p.y)?)))
                .filter(|(_, l)| self.layout.lanes[*l].kind.holds_cards());
        }
        let context_cell = self.state.context_cell;
        background.context_menu(|ui| {
            let cell = context_cell
                .and_then(|(s, l)| Some((self.map.stages.get(s)?.id, self.map.lanes.get(l)?.id)));
            if let Some((stage, lane)) = cell
                && ui.button(self.t(Text::AddCard)).clicked()
            {
                self.command(Command::AddCard(stage, lane));
                ui.close();
            }
            if ui.button(self.t(Text::Paste)).clicked() {
                self.command(Command::Paste);
                ui.close();
            }
            if ui.button(self.t(Text::AddStage)).clicked() {
                self.command(Command::AddStage);
                ui.close();
            }
            if ui.button(self.t(Text::FitToScreen)).clicked() {
                self.command(Command::FitToScreen);
                ui.close();
            }
        });
    }

    fn gesture_preview(&mut self, ui: &Ui, painter: &Painter) {
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
                    if let (Some(l), Some(card)) = (self.layout.card(*id), self.map.card(*id)) {
                        let r = style::rect(l.rect).translate(shift);
                        let screen = self.view().screen_rect(self.rect.min, r);
                        // A soft shadow: the card is lifted off the map.
                        let shadow = egui::Shadow {
                            offset: [2, 4],
                            blur: 12,
                            spread: 0,
                            color: Color32::from_black_alpha(60),
                        };
                        painter.add(shadow.as_shape(screen, 6.0 * zoom));
                        paint::card(painter, screen, card, zoom, true, false, self.language);
                    }
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
                    painter.line_segment([top, bottom], Stroke::new(4.0, colors::SELECTION));
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
                    painter.line_segment([top, bottom], Stroke::new(2.0, colors::SELECTION));
                    painter.text(
                        top + vec2(6.0, 4.0),
                        Align2::LEFT_TOP,
                        format!("{width:.0}"),
                        FontId::proportional(12.0),
                        colors::SELECTION,
                    );
                }
            }
            Gesture::Emotion(card) => {
                let Some(emotion) = self.layout.emotions.first() else {
                    return;
                };
                let row = self.layout.lanes[emotion.lane_index].row;
                let value = emotion_at_y(&row, self.to_map(pointer).y);
                if let Some(point) = emotion.points.iter().find(|p| p.card == card) {
                    let y = self.layout_y_of_emotion(&row, value);
                    let center = self.to_screen(pos2(point.pos.x, y));
                    paint::face(painter, center, (15.0 * zoom).max(5.0), value, true);
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
                    Color32::from_rgba_unmultiplied(0x25, 0x63, 0xeb, 30),
                    Stroke::new(1.0, colors::SELECTION),
                    StrokeKind::Inside,
                );
            }
        }
    }

    /// The insertion line where dragged cards would land.
    fn paint_drop_marker(&self, painter: &Painter, target: CellPosition, moving: &[CardId]) {
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
            Stroke::new(1.5, colors::SELECTION),
            StrokeKind::Inside,
        );
        painter.line_segment([a, b], Stroke::new(3.0, colors::SELECTION));
    }

    fn rename_field(&mut self, ui: &mut Ui) {
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
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        if escape {
            self.state.rename = None;
        } else if response.lost_focus() {
            let rename = self.state.rename.take();
            if let Some(rename) = rename {
                self.commit_rename(rename);
            }
        }
    }

    fn commit_rename(&mut self, rename: Rename) {
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
        if let Some(edit) = edit {
            self.edit(edit);
        }
    }
}
