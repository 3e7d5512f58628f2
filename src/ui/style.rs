//! Colours, icons and conversions between the model's plain data and egui.

use egui::Color32;

use crate::layout;
use crate::model::{Channel, Rgb};
use crate::theme::{self, Rgba};

/// The model colour as an egui colour.
pub fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// A map point as an egui position (same units, map space).
pub fn pos(p: layout::Point) -> egui::Pos2 {
    egui::pos2(p.x, p.y)
}

/// An egui position as a map point.
pub fn point(p: egui::Pos2) -> layout::Point {
    layout::Point::new(p.x, p.y)
}

/// A map rectangle as an egui rectangle (same units, map space).
pub fn rect(r: layout::Rect) -> egui::Rect {
    egui::Rect::from_min_max(pos(r.min), pos(r.max))
}

/// A design token as an egui colour.
pub const fn c(token: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied_const(token.0, token.1, token.2, token.3)
}

/// A channel's icon (from egui's built-in emoji font) and colour.
pub fn channel_icon(channel: Channel) -> (&'static str, Color32) {
    let (icon, color) = theme::channel_icon(channel);
    (icon, c(color))
}

/// Canvas colours, from the design tokens.
pub mod canvas {
    use egui::Color32;

    use super::c;
    use crate::theme::map;

    /// Behind the map.
    pub const BACKGROUND: Color32 = c(map::BACKGROUND);
    /// Lane titles.
    pub const LANE_HEADER: Color32 = c(map::LANE_HEADER);
    /// Main text.
    pub const TEXT: Color32 = c(map::TEXT);
    /// Selection outline.
    pub const SELECTION: Color32 = c(map::SELECTION);
}
