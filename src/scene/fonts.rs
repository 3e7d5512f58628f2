//! The fonts every rendering of a map uses: egui's own, as data, in egui's fallback order and
//! with egui's size tweaks, so that a map reads the same in the window and in every export.

/// One font of the map's family.
#[derive(Clone, Copy, Debug)]
pub struct MapFont {
    /// The font file.
    pub data: &'static [u8],
    /// How much smaller than the text size its glyphs are drawn (egui's tweak).
    pub scale: f32,
}

/// The map's fonts, the text font first, then the fallbacks for symbols and emoji.
pub const MAP_FONTS: [MapFont; 4] = [
    MapFont {
        data: epaint_default_fonts::UBUNTU_LIGHT,
        scale: 1.0,
    },
    MapFont {
        data: epaint_default_fonts::EGUI_ICONS,
        scale: 0.90,
    },
    MapFont {
        data: epaint_default_fonts::NOTO_EMOJI_REGULAR,
        scale: 0.81,
    },
    MapFont {
        data: epaint_default_fonts::EMOJI_ICON,
        scale: 0.90,
    },
];
