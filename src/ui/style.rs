//! Colours, icons and conversions between the model's plain data and egui.

use egui::Color32;

use crate::layout;
use crate::model::{Channel, Rgb};

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

/// A channel's icon (from egui's built-in emoji font) and colour.
pub fn channel_icon(channel: Channel) -> (&'static str, Color32) {
    match channel {
        Channel::Web => ("🌐", Color32::from_rgb(0x1f, 0x77, 0xb4)),
        Channel::MobileApp => ("📱", Color32::from_rgb(0x6a, 0x3d, 0x9a)),
        Channel::Store => ("🏪", Color32::from_rgb(0x2c, 0x8c, 0x4a)),
        Channel::Phone => ("📞", Color32::from_rgb(0xd6, 0x6a, 0x1c)),
        Channel::Email => ("✉", Color32::from_rgb(0x17, 0x8e, 0xa0)),
        Channel::SocialMedia => ("👍", Color32::from_rgb(0xc2, 0x3b, 0x80)),
        Channel::Chatbot => ("💬", Color32::from_rgb(0x4b, 0x5c, 0xc4)),
        Channel::Delivery => ("🚚", Color32::from_rgb(0x8c, 0x56, 0x2b)),
        Channel::WordOfMouth => ("👥", Color32::from_rgb(0xb8, 0x86, 0x0b)),
        Channel::Advertising => ("📢", Color32::from_rgb(0xc0, 0x39, 0x2b)),
        Channel::Mail => ("📮", Color32::from_rgb(0x7f, 0x8c, 0x8d)),
        Channel::Other => ("•", Color32::from_rgb(0x60, 0x60, 0x60)),
    }
}

/// The fill of a pain point card by severity (1 minor … 4 critical).
pub fn severity_fill(severity: u8) -> Color32 {
    match severity {
        0 | 1 => Color32::from_rgb(0xfd, 0xf3, 0xd8),
        2 => Color32::from_rgb(0xfd, 0xe2, 0xc2),
        3 => Color32::from_rgb(0xfa, 0xc8, 0xb4),
        _ => Color32::from_rgb(0xf4, 0xa6, 0xa0),
    }
}

/// The accent of a pain point card by severity.
pub fn severity_accent(severity: u8) -> Color32 {
    match severity {
        0 | 1 => Color32::from_rgb(0xd4, 0xa0, 0x17),
        2 => Color32::from_rgb(0xe0, 0x7b, 0x26),
        3 => Color32::from_rgb(0xd0, 0x4a, 0x2a),
        _ => Color32::from_rgb(0xb0, 0x1c, 0x2e),
    }
}

/// The colour of an emotion face, red (−3) through grey to green (+3).
pub fn emotion_color(emotion: i8) -> Color32 {
    match emotion {
        i8::MIN..=-3 => Color32::from_rgb(0xc6, 0x28, 0x28),
        -2 => Color32::from_rgb(0xe5, 0x5b, 0x3c),
        -1 => Color32::from_rgb(0xf0, 0x9a, 0x4a),
        0 => Color32::from_rgb(0xb8, 0xb0, 0x9a),
        1 => Color32::from_rgb(0x9c, 0xc4, 0x5a),
        2 => Color32::from_rgb(0x52, 0xa8, 0x4e),
        _ => Color32::from_rgb(0x1e, 0x88, 0x4a),
    }
}

/// Canvas colours.
pub mod canvas {
    use egui::Color32;

    /// Behind the map.
    pub const BACKGROUND: Color32 = Color32::from_rgb(0xe9, 0xeb, 0xef);
    /// The map's cells.
    pub const CELL: Color32 = Color32::from_rgb(0xfb, 0xfb, 0xfc);
    /// Every other row.
    pub const CELL_ALT: Color32 = Color32::from_rgb(0xf3, 0xf5, 0xf8);
    /// Lane titles.
    pub const LANE_HEADER: Color32 = Color32::from_rgb(0xe1, 0xe5, 0xeb);
    /// Grid lines.
    pub const GRID: Color32 = Color32::from_rgb(0xd5, 0xd9, 0xe0);
    /// Main text.
    pub const TEXT: Color32 = Color32::from_rgb(0x22, 0x26, 0x2e);
    /// Secondary text.
    pub const TEXT_MUTED: Color32 = Color32::from_rgb(0x6b, 0x72, 0x80);
    /// Selection outline.
    pub const SELECTION: Color32 = Color32::from_rgb(0x25, 0x63, 0xeb);
    /// Note cards.
    pub const NOTE: Color32 = Color32::from_rgb(0xff, 0xfb, 0xe8);
    /// Touchpoint cards.
    pub const TOUCHPOINT: Color32 = Color32::WHITE;
    /// Opportunity cards.
    pub const OPPORTUNITY: Color32 = Color32::from_rgb(0xe3, 0xf4, 0xe6);
    /// Opportunity accent.
    pub const OPPORTUNITY_ACCENT: Color32 = Color32::from_rgb(0x2e, 0x8b, 0x57);
    /// Card borders.
    pub const CARD_BORDER: Color32 = Color32::from_rgb(0xc9, 0xce, 0xd6);
    /// Blueprint lines.
    pub const BLUEPRINT_LINE: Color32 = Color32::from_rgb(0x3d, 0x4a, 0x63);
}
