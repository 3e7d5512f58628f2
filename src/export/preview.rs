//! A small picture of an export's first page, for the export dialog: the page with its
//! margins and the map fitted (one page), the first tile (poster), the cover (booklet), or the
//! drawing (SVG, PNG, HTML).

use super::page::POINTS_PER_UNIT;
use super::svg::{SvgFlavour, scene_svg};
use super::{ExportError, ExportOptions, Format, PdfLayout, prepare, render, title_of};
use crate::model::Project;

/// A picture: its size and its pixels, RGBA.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Pixels, RGBA, row by row.
    pub rgba: Vec<u8>,
}

/// The first page of the export of `options`, at most `side` pixels wide and high; `None`
/// for a CSV, which has no picture.
pub fn preview(
    project: &Project,
    options: &ExportOptions,
    side: u32,
) -> Result<Option<PreviewImage>, ExportError> {
    let map = project
        .map(options.map)
        .ok_or_else(|| ExportError::NoMap(options.map.0.to_string()))?;
    if options.format == Format::Csv {
        return Ok(None);
    }
    let title = title_of(project, map);
    let scene = match (options.format, options.pdf) {
        // The first stage's slide, as the PDF draws it: a page of its own size.
        (Format::Pdf, PdfLayout::Slides { .. }) => {
            super::slides::slide_of(project, options, map, 1)
        }
        _ => prepare(project, options, map).sheet,
    };
    let tree = render::parse(&scene_svg(&scene, &title, SvgFlavour::Render))?;
    let size = tree.size();
    let side = side.max(16) as f32;
    let page = match (options.format, options.pdf) {
        (Format::Pdf, PdfLayout::OnePage | PdfLayout::Poster { .. }) => Some(options.page.points()),
        (Format::Pdf, PdfLayout::Booklet) => {
            let mut booklet = options.page;
            booklet.landscape = false;
            Some(booklet.points())
        }
        _ => None,
    };
    let Some((page_w, page_h)) = page else {
        let scale = (side / size.width()).min(side / size.height());
        let transform = resvg::tiny_skia::Transform::from_scale(scale, scale);
        return draw(
            &tree,
            size.width() * scale,
            size.height() * scale,
            transform,
        );
    };
    // Page points to preview pixels.
    let k = (side / page_w).min(side / page_h);
    let margin = options.page.margin();
    let (width, height) = (page_w * k, page_h * k);
    let transform = match options.pdf {
        // Slides have no page of paper: they are previewed whole, above.
        PdfLayout::OnePage | PdfLayout::Booklet | PdfLayout::Slides { .. } => {
            let fit = ((page_w - 2.0 * margin) / size.width())
                .min((page_h - 2.0 * margin) / size.height());
            let x = (page_w - size.width() * fit) / 2.0;
            let y = (page_h - size.height() * fit) / 2.0;
            resvg::tiny_skia::Transform::from_row(fit * k, 0.0, 0.0, fit * k, x * k, y * k)
        }
        PdfLayout::Poster { scale } => {
            let s = POINTS_PER_UNIT * scale * k;
            resvg::tiny_skia::Transform::from_row(s, 0.0, 0.0, s, margin * k, margin * k)
        }
    };
    draw(&tree, width, height, transform)
}

fn draw(
    tree: &resvg::usvg::Tree,
    width: f32,
    height: f32,
    transform: resvg::tiny_skia::Transform,
) -> Result<Option<PreviewImage>, ExportError> {
    let (w, h) = (width.ceil().max(1.0) as u32, height.ceil().max(1.0) as u32);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or(ExportError::ImageTooLarge {
        width: u64::from(w),
        height: u64::from(h),
    })?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(tree, transform, &mut pixmap.as_mut());
    Ok(Some(PreviewImage {
        width: w,
        height: h,
        rgba: pixmap.take(),
    }))
}
