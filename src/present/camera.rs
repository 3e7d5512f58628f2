//! Where the presentation's camera stands for each step: the overview fits the whole map;
//! a stage is centred at a size a room can read, its neighbours in view at the edges.

use super::{Deck, LEGIBLE_FIGURE_PX, LEGIBLE_TITLE_PX, SLIDE_SCREEN, Step};
use crate::layout::metrics::LANE_HEADER_WIDTH;
use crate::layout::{Point, Rect};
use crate::scene::BADGE_FIGURE_SIZE;
use crate::theme::card::TITLE_SIZE;

/// The margin around the overview, in pixels.
const OVERVIEW_MARGIN: f32 = 24.0;
/// A stage takes at most this share of the screen's width (its neighbours show beside it).
const STAGE_SHARE: f32 = 0.5;
/// The largest zoom a step takes.
const MAX_ZOOM: f32 = 4.0;

/// How the map is seen: `screen = offset + map × zoom`, in screen pixels from the top-left
/// corner of the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// Pixels per map unit.
    pub zoom: f32,
    /// Where the map's (0, 0) is on screen.
    pub offset: Point,
}

impl Camera {
    /// The camera a fraction `t` (0 … 1) of the way from `self` to `to`: the zoom changes
    /// geometrically, so a zoom in and a zoom out feel alike.
    pub fn toward(self, to: Camera, t: f32) -> Camera {
        let t = t.clamp(0.0, 1.0);
        let zoom = (self.zoom.ln() + (to.zoom.ln() - self.zoom.ln()) * t).exp();
        Camera {
            zoom,
            offset: Point::new(
                self.offset.x + (to.offset.x - self.offset.x) * t,
                self.offset.y + (to.offset.y - self.offset.y) * t,
            ),
        }
    }

    /// The screen position of a map position.
    pub fn screen(&self, p: Point) -> Point {
        Point::new(
            self.offset.x + p.x * self.zoom,
            self.offset.y + p.y * self.zoom,
        )
    }

    /// The map position under a screen position.
    pub fn map(&self, p: Point) -> Point {
        Point::new(
            (p.x - self.offset.x) / self.zoom,
            (p.y - self.offset.y) / self.zoom,
        )
    }

    /// The camera zoomed by `factor` about the screen point `anchor`.
    pub fn zoomed_about(&self, anchor: Point, factor: f32) -> Camera {
        let under = self.map(anchor);
        let zoom = self.zoom * factor;
        Camera {
            zoom,
            offset: Point::new(anchor.x - under.x * zoom, anchor.y - under.y * zoom),
        }
    }
}

/// The smallest zoom at which card titles and badge figures are legible from the back of a
/// room on the slides' screen (larger screens scale it by their height).
pub fn legible_zoom() -> f32 {
    (LEGIBLE_TITLE_PX / TITLE_SIZE).max(LEGIBLE_FIGURE_PX / BADGE_FIGURE_SIZE)
}

impl Deck {
    /// The camera of step `index` on a screen of `screen` pixels, scrolled `scroll` map units
    /// down a stage taller than the screen.
    pub fn camera(&self, index: usize, screen: Point, scroll: f32) -> Camera {
        let size = self.layout.size;
        match self.step(index) {
            Step::Overview => {
                let zoom = ((screen.x - 2.0 * OVERVIEW_MARGIN) / size.x.max(1.0))
                    .min((screen.y - 2.0 * OVERVIEW_MARGIN) / size.y.max(1.0))
                    .clamp(0.01, MAX_ZOOM);
                Camera {
                    zoom,
                    offset: Point::new(
                        (screen.x - size.x * zoom) / 2.0,
                        (screen.y - size.y * zoom) / 2.0,
                    ),
                }
            }
            Step::Stage { .. } => {
                let camera = self.stage_camera(index, screen);
                let scroll = scroll.clamp(0.0, self.scroll_limit(&camera, screen));
                Camera {
                    offset: Point::new(camera.offset.x, camera.offset.y - scroll * camera.zoom),
                    ..camera
                }
            }
        }
    }

    /// How far (map units) a step can scroll down: what of its stage's column the screen
    /// cannot show at once.
    pub fn max_scroll(&self, index: usize, screen: Point) -> f32 {
        match self.step(index) {
            Step::Overview => 0.0,
            Step::Stage { .. } => self.scroll_limit(&self.stage_camera(index, screen), screen),
        }
    }

    /// How far a stage's unscrolled `camera` can go down before the map's bottom reaches
    /// the screen's.
    fn scroll_limit(&self, camera: &Camera, screen: Point) -> f32 {
        let bottom = camera.screen(Point::new(0.0, self.layout.size.y)).y;
        ((bottom - screen.y) / camera.zoom).max(0.0)
    }

    /// The camera of a stage's step before any scroll: as large as the column (or the lane
    /// zoomed on) fits, never below legible; the stage centred in the room the pinned lane
    /// titles leave; the top of the map (or the lane, under the pinned stage header) at the
    /// top of the screen.
    fn stage_camera(&self, index: usize, screen: Point) -> Camera {
        let Step::Stage {
            index: stage_index,
            lane,
            ..
        } = self.step(index)
        else {
            return self.camera(0, screen, 0.0);
        };
        let Some(stage) = self.layout.stages.get(stage_index) else {
            return self.camera(0, screen, 0.0);
        };
        let width = stage.header.width().max(1.0);
        let header = stage.header.height();
        let lane = lane.and_then(|id| self.layout.lanes.iter().find(|l| l.id == id));
        let tall = match lane {
            Some(lane) => header + lane.row.height(),
            None => self.layout.size.y,
        };
        let fits = (STAGE_SHARE * screen.x / width).min(screen.y / tall.max(1.0));
        // On a larger screen the room sees the same picture, not smaller type.
        let legible = legible_zoom() * (screen.y / SLIDE_SCREEN.1).max(1.0);
        let zoom = fits.max(legible).min(MAX_ZOOM);
        let titles = LANE_HEADER_WIDTH * zoom;
        let x = (titles + screen.x) / 2.0 - stage.header.center().x * zoom;
        let y = match lane {
            Some(lane) => (header - lane.row.min.y) * zoom,
            None => 0.0,
        };
        Camera {
            zoom,
            offset: Point::new(x, y),
        }
    }

    /// The map rectangle a stage's step lights: its header and its column.
    pub fn spotlight(&self, index: usize) -> Option<Rect> {
        match self.step(index) {
            Step::Overview => None,
            Step::Stage { index, .. } => self.layout.stages.get(index).map(|s| Rect {
                min: s.header.min,
                max: s.column.max,
            }),
        }
    }
}
