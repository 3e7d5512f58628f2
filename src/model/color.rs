//! Colours as plain data, so that the model stays free of any drawing library.

use serde::{Deserialize, Serialize};

/// An sRGB colour, written in project files as `(r, g, b)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The stage header palette offered by the colour picker and used by templates.
    pub const STAGE_PALETTE: [Rgb; 8] = [
        Rgb(0x3b, 0x6e, 0xa8),
        Rgb(0x2f, 0x8f, 0x83),
        Rgb(0x5b, 0x8c, 0x3a),
        Rgb(0xc2, 0x8a, 0x1e),
        Rgb(0xc0, 0x5a, 0x2b),
        Rgb(0xa8, 0x3b, 0x6e),
        Rgb(0x6e, 0x4f, 0xa8),
        Rgb(0x55, 0x60, 0x6e),
    ];

    /// The palette colour for the stage at `index`, cycling.
    pub fn stage_color(index: usize) -> Rgb {
        Self::STAGE_PALETTE[index % Self::STAGE_PALETTE.len()]
    }
}
