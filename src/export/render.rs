//! Reading an export's SVG back as a drawing (usvg) with the map's fonts, for the PNG (resvg)
//! and PDF (krilla) renderers.

use std::sync::{Arc, LazyLock};

use resvg::usvg::{self, fontdb};

use super::ExportError;
use super::svg::family_name;
use crate::scene::TextMeasure;
use crate::scene::fonts::MAP_FONTS;

/// The map's fonts in a font database, with the id of each, in [`MAP_FONTS`] order.
struct Fonts {
    database: Arc<fontdb::Database>,
    ids: Vec<fontdb::ID>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let mut database = fontdb::Database::new();
    let mut ids = Vec::new();
    for font in &MAP_FONTS {
        let source = fontdb::Source::Binary(Arc::new(font.data));
        if let Some(id) = database.load_font_source(source).first() {
            ids.push(*id);
        }
    }
    Fonts {
        database: Arc::new(database),
        ids,
    }
});

/// Options that resolve the SVG's family names to the map's fonts, and any other character
/// to the font the text measure would take.
fn options() -> usvg::Options<'static> {
    let fonts = &*FONTS;
    usvg::Options {
        fontdb: fonts.database.clone(),
        font_resolver: usvg::FontResolver {
            select_font: Box::new(|font, _| {
                let index = font.families().iter().find_map(|family| match family {
                    usvg::FontFamily::Named(name) => {
                        (0..MAP_FONTS.len()).find(|i| family_name(*i) == name)
                    }
                    _ => None,
                });
                FONTS.ids.get(index.unwrap_or(0)).copied()
            }),
            select_fallback: Box::new(|c, _, _| {
                FONTS.ids.get(TextMeasure::get().face_for(c)).copied()
            }),
        },
        ..usvg::Options::default()
    }
}

/// The SVG as a drawing.
pub fn parse(svg: &str) -> Result<usvg::Tree, ExportError> {
    usvg::Tree::from_str(svg, &options()).map_err(|e| ExportError::Render(e.to_string()))
}

/// The largest image side, in pixels, a PNG export makes.
pub const MAX_PNG_SIDE: u32 = 20_000;
/// The most pixels a PNG export makes (about 1 GB of memory while drawing).
pub const MAX_PNG_PIXELS: u64 = 250_000_000;

/// The drawing as a PNG at `scale` pixels per map unit.
pub fn png(tree: &usvg::Tree, scale: f32) -> Result<Vec<u8>, ExportError> {
    let size = tree.size();
    let width = (size.width() * scale).ceil();
    let height = (size.height() * scale).ceil();
    let (w, h) = (width as u64, height as u64);
    if !(width.is_finite() && height.is_finite())
        || w == 0
        || h == 0
        || w > u64::from(MAX_PNG_SIDE)
        || h > u64::from(MAX_PNG_SIDE)
        || w * h > MAX_PNG_PIXELS
    {
        return Err(ExportError::ImageTooLarge {
            width: w,
            height: h,
        });
    }
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(w as u32, h as u32).ok_or(ExportError::ImageTooLarge {
            width: w,
            height: h,
        })?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    // The pixmap is premultiplied; on white, every pixel is opaque.
    let mut rgba = pixmap.take();
    for px in rgba.chunks_exact_mut(4) {
        px[3] = 255;
    }
    let mut out = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new(&mut out);
    image::ImageEncoder::write_image(
        encoder,
        &rgba,
        w as u32,
        h as u32,
        image::ExtendedColorType::Rgba8,
    )
    .map_err(|e| ExportError::Render(e.to_string()))?;
    Ok(out)
}
