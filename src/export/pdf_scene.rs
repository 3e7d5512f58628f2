//! A scene written straight onto a PDF page: rectangles, circles and lines as vector paths,
//! text as real text in the map's fonts (embedded and subset by krilla), each run of one font
//! placed where the text measure puts it, as on the canvas and in the SVG.

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point as PdfPoint};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke as PdfStroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::layout::{Point, Rect};
use crate::scene::fonts::MAP_FONTS;
use crate::scene::{Scene, Shape, Stroke, TextBlock};
use crate::theme::Rgba;

/// The bezier handle length of a quarter circle, as a share of its radius.
const KAPPA: f32 = 0.552_284_8;

/// The map's fonts, loaded once per document.
pub struct PdfFonts {
    fonts: Vec<Option<Font>>,
}

impl PdfFonts {
    /// The fonts of [`MAP_FONTS`].
    pub fn new() -> Self {
        Self {
            fonts: MAP_FONTS
                .iter()
                .map(|f| Font::new(krilla::Data::from(f.data), 0))
                .collect(),
        }
    }

    fn get(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned().flatten()
    }
}

fn opacity(alpha: u8) -> NormalizedF32 {
    NormalizedF32::new(f32::from(alpha) / 255.0).unwrap_or(NormalizedF32::ONE)
}

fn fill(color: Rgba) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: opacity(color.3),
        rule: FillRule::NonZero,
    }
}

fn stroke(s: Stroke, dash: Option<(f32, f32)>) -> PdfStroke {
    PdfStroke {
        paint: rgb::Color::new(s.color.0, s.color.1, s.color.2).into(),
        width: s.width,
        opacity: opacity(s.color.3),
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        dash: dash.map(|(d, g)| StrokeDash {
            array: vec![d, g],
            offset: 0.0,
        }),
        ..PdfStroke::default()
    }
}

/// A rectangle with its corners rounded (top-left, top-right, bottom-right, bottom-left).
pub fn rounded_rect(r: Rect, radius: [f32; 4]) -> Option<Path> {
    let max = (r.width().min(r.height()) / 2.0).max(0.0);
    let [nw, ne, se, sw] = radius.map(|v| v.clamp(0.0, max));
    let (x0, y0, x1, y1) = (r.min.x, r.min.y, r.max.x, r.max.y);
    let mut p = PathBuilder::new();
    p.move_to(x0 + nw, y0);
    p.line_to(x1 - ne, y0);
    if ne > 0.0 {
        p.cubic_to(
            x1 - ne + ne * KAPPA,
            y0,
            x1,
            y0 + ne - ne * KAPPA,
            x1,
            y0 + ne,
        );
    }
    p.line_to(x1, y1 - se);
    if se > 0.0 {
        p.cubic_to(
            x1,
            y1 - se + se * KAPPA,
            x1 - se + se * KAPPA,
            y1,
            x1 - se,
            y1,
        );
    }
    p.line_to(x0 + sw, y1);
    if sw > 0.0 {
        p.cubic_to(
            x0 + sw - sw * KAPPA,
            y1,
            x0,
            y1 - sw + sw * KAPPA,
            x0,
            y1 - sw,
        );
    }
    p.line_to(x0, y0 + nw);
    if nw > 0.0 {
        p.cubic_to(
            x0,
            y0 + nw - nw * KAPPA,
            x0 + nw - nw * KAPPA,
            y0,
            x0 + nw,
            y0,
        );
    }
    p.close();
    p.finish()
}

fn circle(c: Point, r: f32) -> Option<Path> {
    rounded_rect(
        Rect::from_min_size(c.x - r, c.y - r, 2.0 * r, 2.0 * r),
        [r; 4],
    )
}

fn polyline(points: &[Point]) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    let mut p = PathBuilder::new();
    p.move_to(first.x, first.y);
    for q in rest {
        p.line_to(q.x, q.y);
    }
    p.finish()
}

fn fill_path(surface: &mut Surface<'_>, path: Option<Path>, color: Rgba) {
    if let Some(path) = path {
        surface.set_stroke(None);
        surface.set_fill(Some(fill(color)));
        surface.draw_path(&path);
    }
}

fn stroke_path(surface: &mut Surface<'_>, path: Option<Path>, s: Stroke, dash: Option<(f32, f32)>) {
    if let Some(path) = path {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(s, dash)));
        surface.draw_path(&path);
    }
}

fn text(surface: &mut Surface<'_>, fonts: &PdfFonts, block: &TextBlock) {
    surface.set_stroke(None);
    surface.set_fill(Some(fill(block.color)));
    for run in block.placed_runs() {
        if let Some(font) = fonts.get(run.face) {
            surface.draw_text(
                PdfPoint::from_xy(run.x, run.baseline),
                font,
                run.size,
                &run.text,
                false,
                TextDirection::Auto,
            );
        }
    }
}

/// Draws `scene` on the surface, in its coordinates (the caller sets the transform).
pub fn draw_scene(surface: &mut Surface<'_>, fonts: &PdfFonts, scene: &Scene) {
    for drawn in &scene.shapes {
        match &drawn.shape {
            Shape::Rect {
                rect,
                radius,
                fill: color,
                stroke: outline,
            } => {
                if let Some(color) = color {
                    fill_path(surface, rounded_rect(*rect, *radius), *color);
                }
                if let Some(s) = outline {
                    // Outlines are inside the rectangle, as on the canvas.
                    let inset = s.width / 2.0;
                    let inner = Rect {
                        min: Point::new(rect.min.x + inset, rect.min.y + inset),
                        max: Point::new(rect.max.x - inset, rect.max.y - inset),
                    };
                    stroke_path(surface, rounded_rect(inner, *radius), *s, None);
                }
            }
            Shape::Circle {
                center,
                radius,
                fill: color,
                stroke: outline,
            } => {
                fill_path(surface, circle(*center, *radius), *color);
                if let Some(s) = outline {
                    stroke_path(surface, circle(*center, *radius), *s, None);
                }
            }
            Shape::Line {
                points,
                stroke: s,
                dash,
            } => stroke_path(surface, polyline(points), *s, *dash),
            Shape::Text(block) => text(surface, fonts, block),
        }
    }
}
