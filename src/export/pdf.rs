//! PDF: the map's SVG drawn on pages by krilla, vector, its text selectable and its fonts
//! embedded (subset). One page fitted to the paper, or a poster tiled over pages with
//! overlap, crop marks and page coordinates.

use krilla::Document;
use krilla::geom::{PathBuilder, Rect, Transform};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::FillRule;
use krilla::surface::Surface;

use super::page::{POINTS_PER_MM, POINTS_PER_UNIT};
use super::pdf_scene::{PdfFonts, draw_scene};
use super::{ExportError, ExportOptions, Prepared};
use crate::layout::Point;
use crate::scene::{Align, Drawn, Scene, Shape, Stroke, TextBlock, TextMeasure};
use crate::theme::Rgba;

/// Overlap between neighbouring poster pages, in millimetres: glued or taped over.
const POSTER_OVERLAP_MM: f32 = 10.0;
/// The most pages a poster may take.
pub const MAX_POSTER_PAGES: usize = 400;

/// A PDF being made.
pub struct PdfDocument {
    document: Document,
}

impl PdfDocument {
    /// A new document titled `title`.
    pub fn new(title: &str) -> Self {
        let mut document = Document::new();
        document.set_metadata(
            Metadata::new()
                .title(title.to_owned())
                .creator("Parcours".to_owned()),
        );
        Self { document }
    }

    /// Adds a page of `width` × `height` points drawn by `draw`.
    pub fn page(
        &mut self,
        width: f32,
        height: f32,
        draw: impl FnOnce(&mut Surface<'_>),
    ) -> Result<(), ExportError> {
        let settings = PageSettings::from_wh(width, height)
            .ok_or_else(|| ExportError::Render(format!("{width}×{height}")))?;
        let mut page = self.document.start_page_with(settings);
        let mut surface = page.surface();
        draw(&mut surface);
        surface.finish();
        page.finish();
        Ok(())
    }

    /// Sets the bookmarks.
    pub fn outline(&mut self, outline: krilla::outline::Outline) {
        self.document.set_outline(outline);
    }

    /// The PDF's bytes.
    pub fn finish(self) -> Result<Vec<u8>, ExportError> {
        self.document
            .finish()
            .map_err(|e| ExportError::Render(format!("{e:?}")))
    }
}

/// Draws `scene` with its top-left corner at (`x`, `y`) points, `scale` points per unit.
pub fn draw_at(
    surface: &mut Surface<'_>,
    fonts: &PdfFonts,
    scene: &Scene,
    x: f32,
    y: f32,
    scale: f32,
) {
    surface.push_transform(&Transform::from_row(scale, 0.0, 0.0, scale, x, y));
    draw_scene(surface, fonts, scene);
    surface.pop();
}

/// Where a scene of `size` goes fitted inside `margin` of a `width` × `height` page: its
/// top-left corner and its scale.
pub fn fitted(size: Point, width: f32, height: f32, margin: f32) -> (f32, f32, f32) {
    let scale = ((width - 2.0 * margin) / size.x).min((height - 2.0 * margin) / size.y);
    (
        (width - size.x * scale) / 2.0,
        (height - size.y * scale) / 2.0,
        scale,
    )
}

/// The whole map fitted on one page.
pub fn one_page(
    prepared: &Prepared<'_>,
    options: &ExportOptions,
    title: &str,
) -> Result<Vec<u8>, ExportError> {
    let (width, height) = options.page.points();
    let (x, y, scale) = fitted(prepared.sheet.size, width, height, options.page.margin());
    let fonts = PdfFonts::new();
    let mut pdf = PdfDocument::new(title);
    pdf.page(width, height, |surface| {
        draw_at(surface, &fonts, &prepared.sheet, x, y, scale);
    })?;
    pdf.finish()
}

/// A poster's grid of pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PosterGrid {
    /// Pages across.
    pub columns: usize,
    /// Pages down.
    pub rows: usize,
    /// How far each page moves on from the one before, in points.
    pub step: (f32, f32),
}

/// How many pages a drawing of `width` × `height` points takes on pages whose printable area
/// is `area`, neighbours overlapping by `overlap`.
pub fn poster_grid(width: f32, height: f32, area: (f32, f32), overlap: f32) -> PosterGrid {
    let step = ((area.0 - overlap).max(1.0), (area.1 - overlap).max(1.0));
    let count = |size: f32, area: f32, step: f32| {
        if size <= area {
            1
        } else {
            ((size - area) / step).ceil() as usize + 1
        }
    };
    PosterGrid {
        columns: count(width, area.0, step.0),
        rows: count(height, area.1, step.1),
        step,
    }
}

/// A poster page's name: row letter, column number ("A1", "B3"; "AA1" after Z).
pub fn page_name(row: usize, column: usize) -> String {
    let mut letters = String::new();
    let mut n = row + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", column + 1)
}

/// The marks around a poster page's printable area: crop marks at its corners, and its name
/// with where it goes, in the bottom margin.
fn poster_marks(width: f32, height: f32, margin: f32, label: &str) -> Scene {
    let mark = (margin * 0.6).min(6.0 * POINTS_PER_MM);
    let gap = (margin * 0.15).min(POINTS_PER_MM);
    let (x0, y0, x1, y1) = (margin, margin, width - margin, height - margin);
    let ink = Stroke::fixed(0.5, Rgba::rgb(0, 0, 0));
    let mut scene = Scene {
        size: Point::new(width, height),
        ..Scene::default()
    };
    let mut line = |a: Point, b: Point| {
        scene.shapes.push(Drawn {
            shape: Shape::Line {
                points: vec![a, b],
                stroke: ink,
                dash: None,
            },
            ..Drawn::default()
        });
    };
    for (x, y, dx, dy) in [
        (x0, y0, -1.0, -1.0),
        (x1, y0, 1.0, -1.0),
        (x0, y1, -1.0, 1.0),
        (x1, y1, 1.0, 1.0),
    ] {
        line(
            Point::new(x + dx * gap, y),
            Point::new(x + dx * (gap + mark), y),
        );
        line(
            Point::new(x, y + dy * gap),
            Point::new(x, y + dy * (gap + mark)),
        );
    }
    let size = (margin * 0.35).clamp(5.0, 9.0);
    let measure = TextMeasure::get();
    scene.shapes.push(Drawn {
        shape: Shape::Text(TextBlock {
            pos: Point::new(
                x0 + mark,
                height - margin / 2.0 - measure.row_height(size) / 2.0,
            ),
            size,
            color: Rgba::rgb(0x33, 0x33, 0x33),
            lines: vec![label.to_owned()],
            align: Align::Left,
            line_height: measure.row_height(size),
        }),
        ..Drawn::default()
    });
    scene
}

/// The map at `scale` tiled over pages, to print and assemble on a wall.
pub fn poster(
    prepared: &Prepared<'_>,
    options: &ExportOptions,
    title: &str,
    scale: f32,
) -> Result<Vec<u8>, ExportError> {
    let (width, height) = options.page.points();
    let margin = options.page.margin();
    let area = (width - 2.0 * margin, height - 2.0 * margin);
    let points_per_unit = POINTS_PER_UNIT * scale.clamp(0.05, 20.0);
    let size = prepared.sheet.size;
    let drawing = (size.x * points_per_unit, size.y * points_per_unit);
    let overlap = (POSTER_OVERLAP_MM * POINTS_PER_MM).min(area.0.min(area.1) / 4.0);
    let grid = poster_grid(drawing.0, drawing.1, area, overlap);
    if grid.columns * grid.rows > MAX_POSTER_PAGES {
        return Err(ExportError::PosterTooLarge {
            columns: grid.columns,
            rows: grid.rows,
        });
    }
    let fonts = PdfFonts::new();
    let mut pdf = PdfDocument::new(title);
    for row in 0..grid.rows {
        for column in 0..grid.columns {
            let name = page_name(row, column);
            let label = format!("{name} · {} · {} × {}", title, grid.columns, grid.rows);
            let marks = poster_marks(width, height, margin, &label);
            let (ox, oy) = (column as f32 * grid.step.0, row as f32 * grid.step.1);
            pdf.page(width, height, |surface| {
                let mut clip = PathBuilder::new();
                if let Some(rect) = Rect::from_xywh(margin, margin, area.0, area.1) {
                    clip.push_rect(rect);
                }
                let clip = clip.finish();
                if let Some(clip) = &clip {
                    surface.push_clip_path(clip, &FillRule::NonZero);
                }
                draw_at(
                    surface,
                    &fonts,
                    &prepared.sheet,
                    margin - ox,
                    margin - oy,
                    points_per_unit,
                );
                if clip.is_some() {
                    surface.pop();
                }
                draw_scene(surface, &fonts, &marks);
            })?;
        }
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_go_by_row_letter_and_column_number() {
        assert_eq!(page_name(0, 0), "A1");
        assert_eq!(page_name(1, 2), "B3");
        assert_eq!(page_name(25, 0), "Z1");
        assert_eq!(page_name(26, 0), "AA1");
    }

    #[test]
    fn a_poster_takes_as_many_pages_as_its_size_needs_with_overlap() {
        let grid = poster_grid(100.0, 50.0, (100.0, 100.0), 10.0);
        assert_eq!((grid.columns, grid.rows), (1, 1));
        let grid = poster_grid(101.0, 50.0, (100.0, 100.0), 10.0);
        assert_eq!((grid.columns, grid.rows), (2, 1));
        let grid = poster_grid(190.0, 280.0, (100.0, 100.0), 10.0);
        assert_eq!((grid.columns, grid.rows), (2, 3));
    }
}
