//! The presentation: the map full screen, step by step, drawn from the presentation's
//! slides; with the laser pointer, the blank screens, the zoom on a card and the
//! presenter's window. What is presented is decided in [`crate::present`]; this module
//! moves the camera, paints and listens to the mouse.

mod presenter;

pub(in crate::ui) use presenter::presenter_window;

use std::collections::VecDeque;

use egui::{Color32, CursorIcon, Pos2, Rect, Sense, Ui, vec2};

use super::canvas::paint_shape;
use super::style::c;
use crate::i18n::{Language, msg};
use crate::layout::Point;
use crate::model::{MapId, WaveId};
use crate::present::{Camera, Deck, SLIDE_SCREEN, SlideInfo, slide_scene};
use crate::scene::Scene;
use crate::theme::present as colors;
use crate::ui::workshop::LiveVote;

/// How long a move between steps takes, in seconds.
const MOVE_SECONDS: f64 = 0.35;
/// How long the laser's trail lasts, in seconds.
const TRAIL_SECONDS: f64 = 0.3;
/// The pointer hides after this long without moving, in seconds.
const HIDE_POINTER_SECONDS: f64 = 2.0;
/// A card zoomed on takes this share of the screen.
const CARD_ZOOM_SHARE: f32 = 0.6;

/// A screen blanked to one colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    /// Black.
    Black,
    /// White.
    White,
}

/// What a deck is drawn from, to draw it again only when that changes.
pub(in crate::ui) type DeckKey = (
    u64,
    MapId,
    Option<usize>,
    Option<WaveId>,
    crate::metrics::Filter,
    crate::scene::ScoreView,
    Language,
    bool,
);

/// A presentation under way.
pub struct Presentation {
    /// The map presented.
    pub map: MapId,
    /// The saved view played (every lane and stage when `None`).
    pub view: Option<usize>,
    /// The step shown: 0 for the overview, then one per stage.
    pub step: usize,
    /// How far down the stage the camera is, in map units.
    pub scroll: f32,
    /// The screen blanked, if it is.
    pub blank: Option<Blank>,
    /// Whether the laser pointer is on.
    pub laser: bool,
    /// Whether the presenter's window is open.
    pub presenter: bool,
    /// The camera zoomed on a card (Z), if it is.
    card_zoom: Option<Camera>,
    /// The deck, with what it was drawn from.
    deck: Option<(DeckKey, Deck)>,
    /// The camera a move started from, and when.
    moving_from: Option<(Camera, f64)>,
    /// The camera of the last frame.
    last_camera: Option<Camera>,
    /// The slide of the last frame, with what it was drawn from.
    slide: Option<(SlideKey, Scene)>,
    /// The presenter's window's previews of steps, drawn once per deck.
    previews: Vec<(usize, Scene)>,
    /// The laser's recent positions.
    trail: VecDeque<(Pos2, f64)>,
    /// When the pointer last moved.
    pointer_moved: f64,
    /// When the presentation started (for the presenter's elapsed time).
    pub(in crate::ui) started: std::time::Instant,
}

type SlideKey = (usize, [u32; 3], [u32; 2], Language);

impl Presentation {
    /// A presentation of `map` playing `view`, on its overview.
    pub fn new(map: MapId, view: Option<usize>) -> Self {
        Self {
            map,
            view,
            step: 0,
            scroll: 0.0,
            blank: None,
            laser: false,
            presenter: false,
            card_zoom: None,
            deck: None,
            moving_from: None,
            last_camera: None,
            slide: None,
            previews: Vec::new(),
            trail: VecDeque::new(),
            pointer_moved: 0.0,
            started: std::time::Instant::now(),
        }
    }

    /// Whether the camera is zoomed on a card (Z).
    pub fn is_zoomed_on_card(&self) -> bool {
        self.card_zoom.is_some()
    }

    /// Plays `deck` from now on: what was drawn from the one before goes.
    pub(in crate::ui) fn set_deck(&mut self, deck: Option<(DeckKey, Deck)>) {
        self.deck = deck;
        self.slide = None;
        self.previews.clear();
    }

    /// Draws the presenter's previews of `steps` (unscrolled, at the slides' screen size)
    /// where they are not drawn yet.
    fn draw_previews(&mut self, steps: &[usize]) {
        let Some((_, deck)) = &self.deck else { return };
        let screen = Point::new(SLIDE_SCREEN.0, SLIDE_SCREEN.1);
        for &step in steps {
            if step < deck.steps.len() && !self.previews.iter().any(|(s, _)| *s == step) {
                let camera = deck.camera(step, screen, 0.0);
                let slide = slide_scene(deck, step, camera, screen, &SlideInfo::default());
                self.previews.push((step, slide));
            }
        }
    }

    /// The presenter's preview of a step, once drawn.
    fn preview(&self, step: usize) -> Option<&Scene> {
        self.previews
            .iter()
            .find(|(s, _)| *s == step)
            .map(|(_, p)| p)
    }

    /// What the deck played was drawn from.
    pub(in crate::ui) fn deck_key(&self) -> Option<&DeckKey> {
        self.deck.as_ref().map(|(k, _)| k)
    }

    /// The deck played.
    pub fn deck(&self) -> Option<&Deck> {
        self.deck.as_ref().map(|(_, d)| d)
    }

    fn step_count(&self) -> usize {
        self.deck().map_or(1, |d| d.steps.len())
    }

    /// Goes to step `index` (clamped), moving the camera there.
    pub fn go_to(&mut self, index: usize) {
        let index = index.min(self.step_count().saturating_sub(1));
        if index != self.step || self.scroll != 0.0 || self.card_zoom.is_some() {
            self.step = index;
            self.scroll = 0.0;
            self.card_zoom = None;
            self.start_move();
        }
    }

    /// The next step (the last stays).
    pub fn next(&mut self) {
        self.go_to(self.step + 1);
    }

    /// The step before (the overview stays).
    pub fn previous(&mut self) {
        self.go_to(self.step.saturating_sub(1));
    }

    /// The last stage.
    pub fn last(&mut self) {
        self.go_to(self.step_count().saturating_sub(1));
    }

    /// Scrolls the stage by `by` screens' worth (negative: up).
    pub fn scroll_by(&mut self, screens: f32, screen: Point) {
        let Some(deck) = self.deck() else { return };
        let camera = deck.camera(self.step, screen, 0.0);
        let max = deck.max_scroll(self.step, screen);
        let scroll = (self.scroll + screens * 0.8 * screen.y / camera.zoom).clamp(0.0, max);
        if scroll != self.scroll {
            self.scroll = scroll;
            self.start_move();
        }
    }

    /// Blanks the screen to `blank`, or shows it again when it already is.
    pub fn toggle_blank(&mut self, blank: Blank) {
        self.blank = if self.blank == Some(blank) {
            None
        } else {
            Some(blank)
        };
    }

    /// The card under `pointer` (screen), as last drawn.
    pub fn card_at(&self, pointer: Pos2, screen: Rect) -> Option<crate::model::CardId> {
        self.card_layout_at(pointer, screen).map(|c| c.id)
    }

    /// Where the card under `pointer` (screen) is laid out, as last drawn.
    fn card_layout_at(&self, pointer: Pos2, screen: Rect) -> Option<&crate::layout::CardLayout> {
        let (camera, deck) = (self.last_camera?, self.deck()?);
        let at = camera.map(Point::new(
            pointer.x - screen.min.x,
            pointer.y - screen.min.y,
        ));
        deck.layout.cards.iter().find(|c| c.rect.contains(at))
    }

    /// Zooms on the card under `pointer` (screen), or back to the step when zoomed.
    pub fn toggle_card_zoom(&mut self, pointer: Option<Pos2>, screen: Rect) {
        if self.card_zoom.take().is_some() {
            self.start_move();
            return;
        }
        let Some(card) = pointer.and_then(|p| self.card_layout_at(p, screen)) else {
            return;
        };
        let zoom = (CARD_ZOOM_SHARE * screen.width() / card.rect.width())
            .min(CARD_ZOOM_SHARE * screen.height() / card.rect.height());
        let center = card.rect.center();
        self.card_zoom = Some(Camera {
            zoom,
            offset: Point::new(
                screen.width() / 2.0 - center.x * zoom,
                screen.height() / 2.0 - center.y * zoom,
            ),
        });
        self.start_move();
    }

    fn start_move(&mut self) {
        if let Some(camera) = self.last_camera {
            self.moving_from = Some((camera, f64::NAN));
        }
    }

    /// Where the camera stands on a screen of `size` at `time`, and whether it is moving.
    fn camera_at(&mut self, size: Point, time: f64) -> (Camera, bool) {
        let Some(deck) = self.deck() else {
            return (
                Camera {
                    zoom: 1.0,
                    offset: Point::new(0.0, 0.0),
                },
                false,
            );
        };
        let target = self
            .card_zoom
            .unwrap_or_else(|| deck.camera(self.step, size, self.scroll));
        let Some((from, started)) = &mut self.moving_from else {
            return (target, false);
        };
        // A move starts at the first frame drawn after it was asked for.
        if started.is_nan() {
            *started = time;
        }
        let t = ((time - *started) / MOVE_SECONDS).clamp(0.0, 1.0) as f32;
        if t >= 1.0 {
            self.moving_from = None;
            return (target, false);
        }
        // Ease in and out.
        let eased = t * t * (3.0 - 2.0 * t);
        (from.toward(target, eased), true)
    }

    /// The marker of the current step: "Stage · 3 / 6", or "Overview".
    pub fn marker(&self, language: Language) -> String {
        self.deck()
            .map(|deck| deck.marker(self.step, language))
            .unwrap_or_default()
    }
}

/// Draws the presentation over the whole window and follows the mouse: a click goes to the
/// next step, the wheel scrolls a tall stage.
///
/// While a dot vote runs on the map, a click on a card is a dot instead: the card is
/// returned, and the vote's dots are drawn over the slide.
pub(in crate::ui) fn presentation_ui(
    ui: &mut Ui,
    presentation: &mut Presentation,
    language: Language,
    vote: Option<&LiveVote>,
) -> Option<crate::model::CardId> {
    let vote = vote.filter(|v| v.map == presentation.map);
    let mut voted = None;
    let rect = ui.max_rect();
    let response = ui.allocate_rect(rect, Sense::click());
    let marker = presentation.marker(language);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &marker));
    let (time, pointer, moved, wheel) = ui.input(|i| {
        (
            i.time,
            i.pointer.hover_pos(),
            i.pointer.is_moving(),
            i.smooth_scroll_delta.y,
        )
    });
    let size = Point::new(rect.width(), rect.height());
    if response.clicked()
        && let Some(at) = pointer
        && vote.is_some()
    {
        voted = presentation.card_at(at, rect);
    } else if response.clicked() && vote.is_none() {
        presentation.next();
    } else if response.secondary_clicked() {
        presentation.previous();
    }
    if wheel != 0.0 {
        presentation.scroll_by(-wheel / (0.8 * size.y.max(1.0)), size);
    }
    let painter = ui.painter_at(rect);
    if let Some(blank) = presentation.blank {
        let fill = match blank {
            Blank::Black => Color32::BLACK,
            Blank::White => Color32::WHITE,
        };
        painter.rect_filled(rect, 0.0, fill);
    } else {
        let (camera, moving) = presentation.camera_at(size, time);
        presentation.last_camera = Some(camera);
        if moving {
            ui.ctx().request_repaint();
        }
        let key: SlideKey = (
            presentation.step,
            [
                camera.zoom.to_bits(),
                camera.offset.x.to_bits(),
                camera.offset.y.to_bits(),
            ],
            [size.x.to_bits(), size.y.to_bits()],
            language,
        );
        if presentation.slide.as_ref().map(|(k, _)| k) != Some(&key)
            && let Some(deck) = presentation.deck()
        {
            // More of the stage below: the marker says so.
            let below = deck.max_scroll(presentation.step, size) > presentation.scroll + 1.0;
            let info = SlideInfo {
                marker: if below {
                    msg::slide_more_below(language, msg::SlideMoreBelow { marker: &marker })
                } else {
                    marker.clone()
                },
            };
            let slide = slide_scene(deck, presentation.step, camera, size, &info);
            presentation.slide = Some((key, slide));
        }
        if let Some((_, slide)) = &presentation.slide {
            paint_slide(&painter, slide, rect.min, 1.0);
        }
        if let (Some(vote), Some(deck)) = (vote, presentation.deck()) {
            for card in &deck.layout.cards {
                let Some(model) = deck.map.cards.get(card.card_index) else {
                    continue;
                };
                let min = camera.screen(card.rect.min);
                let max = camera.screen(card.rect.max);
                let on_screen = Rect::from_min_max(
                    rect.min + vec2(min.x, min.y),
                    rect.min + vec2(max.x, max.y),
                );
                if on_screen.intersects(rect) {
                    crate::ui::workshop::paint_live_dots(
                        &painter,
                        on_screen,
                        vote,
                        model,
                        camera.zoom,
                    );
                }
            }
        }
    }
    pointer_ui(ui, presentation, pointer, moved, time);
    voted
}

/// Paints a slide with its top-left corner at `origin`, `scale` screen pixels per slide
/// pixel.
pub(in crate::ui) fn paint_slide(painter: &egui::Painter, slide: &Scene, origin: Pos2, scale: f32) {
    for drawn in &slide.shapes {
        paint_shape(
            painter,
            drawn,
            scale,
            |p| origin + vec2(p.x, p.y) * scale,
            false,
        );
    }
}

/// The laser pointer and its trail; the pointer hidden when it has not moved for a while.
fn pointer_ui(
    ui: &mut Ui,
    presentation: &mut Presentation,
    pointer: Option<Pos2>,
    moved: bool,
    time: f64,
) {
    if moved {
        presentation.pointer_moved = time;
    }
    let still = time - presentation.pointer_moved;
    if presentation.laser {
        ui.ctx().set_cursor_icon(CursorIcon::None);
        if let (Some(at), true) = (pointer, moved) {
            presentation.trail.push_back((at, time));
        }
        while presentation
            .trail
            .front()
            .is_some_and(|(_, t)| time - t > TRAIL_SECONDS)
        {
            presentation.trail.pop_front();
        }
        let painter = ui.painter();
        let red = c(colors::LASER);
        let points: Vec<(Pos2, f64)> = presentation.trail.iter().copied().collect();
        for pair in points.windows(2) {
            let fade = 1.0 - ((time - pair[1].1) / TRAIL_SECONDS).clamp(0.0, 1.0) as f32;
            painter.line_segment(
                [pair[0].0, pair[1].0],
                egui::Stroke::new(6.0 * fade, red.gamma_multiply(0.6 * fade)),
            );
        }
        if let Some(at) = pointer {
            painter.circle_filled(at, 9.0, red.gamma_multiply(0.35));
            painter.circle_filled(at, 5.0, red);
        }
        // The trail fades out over the next frames, then nothing moves.
        if !presentation.trail.is_empty() {
            ui.ctx().request_repaint();
        }
    } else if still >= HIDE_POINTER_SECONDS {
        ui.ctx().set_cursor_icon(CursorIcon::None);
    } else if pointer.is_some() {
        // The pointer hides when it has been still long enough: one frame then.
        let left = HIDE_POINTER_SECONDS - still;
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(left));
    }
}

/// A screen-sized rectangle's size as a point.
pub(in crate::ui) fn size_of(rect: Rect) -> Point {
    Point::new(rect.width(), rect.height())
}
