//! Pan and zoom of the canvas: where map coordinates land on screen.

use egui::{Pos2, Rect, Vec2, vec2};

/// The smallest zoom.
pub const MIN_ZOOM: f32 = 0.1;
/// The largest zoom.
pub const MAX_ZOOM: f32 = 4.0;

/// Maps map coordinates to screen coordinates: `screen = origin + map * zoom`.
///
/// The canvas draws text at `font size × zoom` with this transform rather than scaling a
/// rendered layer, so text stays crisp at every zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewTransform {
    /// Screen units per map unit.
    pub zoom: f32,
    /// Where the map's (0, 0) is, relative to the canvas's top-left corner.
    pub offset: Vec2,
}

impl Default for ViewTransform {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            offset: vec2(16.0, 16.0),
        }
    }
}

impl ViewTransform {
    /// The screen position of a map position, for a canvas whose top-left is `canvas_min`.
    pub fn screen_from_map(&self, canvas_min: Pos2, p: Pos2) -> Pos2 {
        canvas_min + self.offset + p.to_vec2() * self.zoom
    }

    /// The map position of a screen position.
    pub fn map_from_screen(&self, canvas_min: Pos2, p: Pos2) -> Pos2 {
        ((p - canvas_min - self.offset) / self.zoom).to_pos2()
    }

    /// The screen rectangle of a map rectangle.
    pub fn screen_rect(&self, canvas_min: Pos2, r: Rect) -> Rect {
        Rect::from_min_max(
            self.screen_from_map(canvas_min, r.min),
            self.screen_from_map(canvas_min, r.max),
        )
    }

    /// The map rectangle seen through a screen rectangle.
    pub fn map_rect(&self, canvas_min: Pos2, r: Rect) -> Rect {
        Rect::from_min_max(
            self.map_from_screen(canvas_min, r.min),
            self.map_from_screen(canvas_min, r.max),
        )
    }

    /// Zooms by `factor`, keeping the map point under `anchor` (screen) where it is.
    pub fn zoom_around(&mut self, canvas_min: Pos2, anchor: Pos2, factor: f32) {
        let before = self.map_from_screen(canvas_min, anchor);
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let after = self.screen_from_map(canvas_min, before);
        self.offset += anchor - after;
    }

    /// Keeps at least `keep` screen points of the map (of `map_size`) inside a canvas of
    /// `canvas_size` on each axis, so that panning never loses the map.
    pub fn keep_in_view(&mut self, map_size: Vec2, canvas_size: Vec2, keep: Vec2) {
        let extent = map_size * self.zoom;
        let keep_x = keep.x.min(extent.x);
        let keep_y = keep.y.min(extent.y);
        self.offset.x = self
            .offset
            .x
            .clamp(keep_x - extent.x, canvas_size.x - keep_x);
        self.offset.y = self
            .offset
            .y
            .clamp(keep_y - extent.y, canvas_size.y - keep_y);
    }

    /// The transform that shows the whole map (`map_size`) in a canvas of `canvas_size`,
    /// with a margin, never zoomed in beyond 100 %.
    pub fn fit(map_size: Vec2, canvas_size: Vec2) -> Self {
        let margin = 24.0;
        let room = (canvas_size - vec2(2.0 * margin, 2.0 * margin)).max(vec2(1.0, 1.0));
        let zoom = (room.x / map_size.x.max(1.0))
            .min(room.y / map_size.y.max(1.0))
            .clamp(MIN_ZOOM, 1.0);
        let used = map_size * zoom;
        // Centred across, from the top: a map is read from its stage headers down.
        let offset = vec2(((canvas_size.x - used.x) / 2.0).max(margin), margin);
        Self { zoom, offset }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let mut view = ViewTransform::default();
        let canvas = pos2(100.0, 50.0);
        let anchor = pos2(400.0, 300.0);
        let before = view.map_from_screen(canvas, anchor);
        view.zoom_around(canvas, anchor, 1.5);
        let after = view.map_from_screen(canvas, anchor);
        assert!((before - after).length() < 1e-3);
        assert!((view.zoom - 1.5).abs() < 1e-6);
    }

    #[test]
    fn panning_never_loses_the_map() {
        let mut view = ViewTransform {
            zoom: 1.0,
            offset: vec2(-5000.0, 3000.0),
        };
        view.keep_in_view(vec2(2000.0, 1000.0), vec2(800.0, 600.0), vec2(200.0, 200.0));
        // The map's right edge is 200 points into the canvas, its top 200 points above the
        // canvas bottom.
        assert_eq!(view.offset, vec2(-1800.0, 400.0));
    }

    #[test]
    fn fit_shows_the_whole_map() {
        let view = ViewTransform::fit(vec2(2000.0, 1500.0), vec2(1000.0, 800.0));
        let canvas = Pos2::ZERO;
        let bottom_right = view.screen_from_map(canvas, pos2(2000.0, 1500.0));
        assert!(bottom_right.x <= 1000.0 && bottom_right.y <= 800.0);
    }
}
