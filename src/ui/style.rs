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

/// The fill of a pain point card by severity (1 minor … 4 critical).
pub fn severity_fill(severity: u8) -> Color32 {
    c(theme::severity_fill(severity))
}

/// The accent of a pain point card by severity.
pub fn severity_accent(severity: u8) -> Color32 {
    c(theme::severity_accent(severity))
}

/// The colour of an emotion face, red (−3) through grey to green (+3).
pub fn emotion_color(emotion: i8) -> Color32 {
    c(theme::emotion_color(emotion))
}

/// Canvas colours, from the design tokens.
pub mod canvas {
    use egui::Color32;

    use super::c;
    use crate::theme::map;

    /// Behind the map.
    pub const BACKGROUND: Color32 = c(map::BACKGROUND);
    /// The map's cells.
    pub const CELL: Color32 = c(map::CELL);
    /// Every other row.
    pub const CELL_ALT: Color32 = c(map::CELL_ALT);
    /// Lane titles.
    pub const LANE_HEADER: Color32 = c(map::LANE_HEADER);
    /// Grid lines.
    pub const GRID: Color32 = c(map::GRID);
    /// Main text.
    pub const TEXT: Color32 = c(map::TEXT);
    /// Secondary text.
    pub const TEXT_MUTED: Color32 = c(map::TEXT_MUTED);
    /// Selection outline.
    pub const SELECTION: Color32 = c(map::SELECTION);
    /// Note cards.
    pub const NOTE: Color32 = c(map::NOTE);
    /// Touchpoint cards.
    pub const TOUCHPOINT: Color32 = c(map::TOUCHPOINT);
    /// Opportunity cards.
    pub const OPPORTUNITY: Color32 = c(map::OPPORTUNITY);
    /// Opportunity accent.
    pub const OPPORTUNITY_ACCENT: Color32 = c(map::OPPORTUNITY_ACCENT);
    /// Card borders.
    pub const CARD_BORDER: Color32 = c(map::CARD_BORDER);
    /// Blueprint lines.
    pub const BLUEPRINT_LINE: Color32 = c(map::BLUEPRINT_LINE);
}
