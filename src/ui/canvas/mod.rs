//! The canvas: the current map drawn from its layout, with pan, zoom, selection, in-place
//! renaming and drag gestures. It reads the project and emits actions; it never changes the
//! project itself. A drag shows a preview and emits one edit on release.

mod badges;
mod cards;
mod gesture;
mod headers;
mod lanes;
mod scene_paint;
mod state;

pub(in crate::ui) use scene_paint::paint_shape;
pub use state::{CanvasState, Gesture, Rename, RenameTarget};

use egui::{CursorIcon, Pos2, Rect, Response, Sense, Ui, vec2};

use super::command::{Action, Command};
use super::frame::Outbox;
use super::selection::Selection;
use super::style::{self, canvas as colors};
use super::survey::BadgeOptions;
use super::view_transform::ViewTransform;
use crate::edit::Edit;
use crate::i18n::{Language, Text};
use crate::layout::{MapLayout, metrics};
use crate::metrics::CardScores;
use crate::model::{CardId, JourneyMap};
use crate::scene::Scene;
use crate::ui::workshop::LiveVote;

/// Below this zoom, cards get no widget of their own: clicks are hit-tested on the layout.
const MIN_ZOOM_FOR_CARD_WIDGETS: f32 = 0.35;

/// Everything the canvas needs for one frame, borrowed from the app.
struct Canvas<'a> {
    map: &'a JourneyMap,
    layout: &'a MapLayout,
    /// The drawing of the map.
    scene: &'a Scene,
    state: &'a mut CanvasState,
    selection: &'a mut Selection,
    actions: &'a mut Vec<Action>,
    language: Language,
    /// The canvas's screen rectangle.
    rect: Rect,
    /// Survey figures per touchpoint card, under the filter.
    scores: &'a CardScores,
    /// Which badges and which heat map show them.
    badges: BadgeOptions,
    /// A dot vote under way on this map: clicks on cards vote.
    vote: Option<&'a LiveVote>,
}

/// What the canvas gets for one frame: the project and the selection read-only, its own
/// state, and the outbox for what the user asked for.
pub(in crate::ui) struct CanvasParts<'a> {
    /// The map shown, if any.
    pub map: Option<&'a JourneyMap>,
    /// Its layout.
    pub layout: &'a MapLayout,
    /// Its drawing.
    pub scene: &'a Scene,
    /// The canvas's view and gesture state.
    pub state: &'a mut CanvasState,
    /// The selection.
    pub selection: &'a Selection,
    /// Where edits, commands and the new selection go, carried out by the app after the
    /// frame.
    pub out: &'a mut Outbox,
    /// The interface language.
    pub language: Language,
    /// Survey figures per touchpoint card, under the filter.
    pub scores: &'a CardScores,
    /// Which badges and which heat map show them.
    pub badges: BadgeOptions,
    /// A dot vote under way on this map.
    pub vote: Option<&'a LiveVote>,
}

/// The canvas in the middle of the window.
pub(in crate::ui) fn canvas_ui(ui: &mut Ui, parts: CanvasParts<'_>) {
    let frame = egui::Frame::NONE.fill(colors::BACKGROUND);
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        let Some(map) = parts.map else {
            ui.centered_and_justified(|ui| {
                ui.label(Text::NoMap.get(parts.language));
            });
            return;
        };
        let rect = ui.available_rect_before_wrap();
        // Gestures read the selection they change within the frame: they work on a copy,
        // and the new selection goes to the outbox before what they asked for, which was
        // asked of it.
        let mut selection = parts.selection.clone();
        let mut actions = Vec::new();
        let mut canvas = Canvas {
            map,
            layout: parts.layout,
            scene: parts.scene,
            state: parts.state,
            selection: &mut selection,
            actions: &mut actions,
            language: parts.language,
            rect,
            scores: parts.scores,
            badges: parts.badges,
            vote: parts.vote.filter(|v| v.map == map.id),
        };
        canvas.ui(ui);
        if selection != *parts.selection {
            parts.out.select(selection);
        }
        for action in actions {
            parts.out.push(action);
        }
    });
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
    pub(super) fn pin_down(&self) -> f32 {
        (self.rect.min.y - self.to_screen(Pos2::ZERO).y).max(0.0)
    }

    /// How far the lane title column is pushed right to stay at the canvas left.
    pub(super) fn pin_right(&self) -> f32 {
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

    fn edit(&mut self, edit: Edit) {
        self.actions.push(Action::Edit(edit));
    }

    /// A menu item that queues `command` and closes the menu.
    fn command_item(&mut self, ui: &mut Ui, text: Text, command: Command) {
        if ui.button(self.t(text)).clicked() {
            self.command(command);
            ui.close();
        }
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
        // The map as the scene draws it, the canvas's marks and widgets over each part.
        // Headers come last so that, pinned to the canvas edges, they cover what scrolls
        // under them.
        let parts = self.scene.parts.clone();
        // Cards are many: only those in view are looked at.
        self.paint_scene(&painter, 0..parts.badges.start, &visible);
        // Badges too small to read are left out whole, without looking at each.
        if crate::scene::BADGE_FIGURE_SIZE * self.view().zoom >= scene_paint::MIN_LEGIBLE_TEXT {
            self.paint_scene(&painter, parts.badges.clone(), &visible);
        }
        self.paint_scene(&painter, parts.badges.end..parts.cards.start, &visible);
        self.paint_cards(&painter, &visible);
        self.paint_scene(&painter, parts.cards.end..parts.lanes, &visible);
        self.badge_widgets(ui, &visible);
        self.card_widgets(ui, &painter, &visible);
        self.emotion_faces(ui, &painter, &visible);
        self.paint_scene(&painter, parts.lanes..parts.stages, &visible);
        self.lane_headers(ui, &painter);
        self.stage_band(&painter);
        self.paint_scene(&painter, parts.stages..parts.corner, &visible);
        self.stage_headers(ui, &painter);
        self.paint_scene(&painter, parts.corner..self.scene.shapes.len(), &visible);
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

    fn background_interaction(&mut self, ui: &Ui, background: &Response) {
        let modifiers = ui.input(|i| i.modifiers);
        if background.clicked() {
            let hit = background
                .interact_pointer_pos()
                .and_then(|p| self.layout.card_at(style::point(self.to_map(p))))
                .map(|c| c.id);
            if let (Some(id), Some(_)) = (hit, self.vote) {
                self.command(Command::Vote(crate::ui::command::VoteCommand::Toggle(id)));
                return;
            }
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
            self.command_item(ui, Text::Paste, Command::Paste);
            self.command_item(ui, Text::AddStage, Command::AddStage);
            self.command_item(ui, Text::FitToScreen, Command::FitToScreen);
        });
    }
}
