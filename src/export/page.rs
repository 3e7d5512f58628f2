//! Paper: the page sizes a PDF can take, its orientation and margins.

use serde::{Deserialize, Serialize};

/// A paper size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PageSize {
    /// 210 × 297 mm.
    A4,
    /// 297 × 420 mm.
    #[default]
    A3,
    /// 420 × 594 mm.
    A2,
    /// 594 × 841 mm.
    A1,
    /// 841 × 1189 mm.
    A0,
    /// US Letter, 8.5 × 11 in.
    Letter,
    /// US Tabloid, 11 × 17 in.
    Tabloid,
}

impl PageSize {
    /// Every size, in menu order.
    pub const ALL: [PageSize; 7] = [
        PageSize::A4,
        PageSize::A3,
        PageSize::A2,
        PageSize::A1,
        PageSize::A0,
        PageSize::Letter,
        PageSize::Tabloid,
    ];

    /// Its name, as printers and the command line write it.
    pub fn name(self) -> &'static str {
        match self {
            PageSize::A4 => "A4",
            PageSize::A3 => "A3",
            PageSize::A2 => "A2",
            PageSize::A1 => "A1",
            PageSize::A0 => "A0",
            PageSize::Letter => "Letter",
            PageSize::Tabloid => "Tabloid",
        }
    }

    /// The size a name gives (any case).
    pub fn from_name(name: &str) -> Option<PageSize> {
        PageSize::ALL
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(name))
    }

    /// Width and height in millimetres, portrait.
    pub fn millimetres(self) -> (f32, f32) {
        match self {
            PageSize::A4 => (210.0, 297.0),
            PageSize::A3 => (297.0, 420.0),
            PageSize::A2 => (420.0, 594.0),
            PageSize::A1 => (594.0, 841.0),
            PageSize::A0 => (841.0, 1189.0),
            PageSize::Letter => (215.9, 279.4),
            PageSize::Tabloid => (279.4, 431.8),
        }
    }
}

/// Points (1/72 in) per millimetre.
pub const POINTS_PER_MM: f32 = 72.0 / 25.4;
/// Points per map unit at 100 %: a map unit is a CSS pixel, 1/96 in.
pub const POINTS_PER_UNIT: f32 = 72.0 / 96.0;

/// A page: its size, orientation and margins.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageSetup {
    /// The paper.
    pub size: PageSize,
    /// Turned sideways.
    pub landscape: bool,
    /// The margin on every side, in millimetres.
    pub margin_mm: f32,
}

impl Default for PageSetup {
    fn default() -> Self {
        Self {
            size: PageSize::A3,
            landscape: true,
            margin_mm: 10.0,
        }
    }
}

impl PageSetup {
    /// The page's width and height in points.
    pub fn points(&self) -> (f32, f32) {
        let (w, h) = self.size.millimetres();
        let (w, h) = if self.landscape { (h, w) } else { (w, h) };
        (w * POINTS_PER_MM, h * POINTS_PER_MM)
    }

    /// The margin in points, at most a quarter of the shorter side.
    pub fn margin(&self) -> f32 {
        let (w, h) = self.points();
        (self.margin_mm.max(0.0) * POINTS_PER_MM).min(w.min(h) / 4.0)
    }
}
