//! A scene as SVG: rectangles, circles and paths as they are, text as real `<text>` (one per
//! line, as the scene broke it) in the map's fonts, which are embedded so that the file looks
//! the same on any machine. PNG and PDF are drawn from this SVG.

use std::fmt::Write as _;

use base64::Engine as _;

use crate::layout::{Point, Rect};
use crate::scene::fonts::MAP_FONTS;
use crate::scene::{Drawn, Owner, Scene, Shape, Stroke, TextBlock, TextMeasure};
use crate::theme::Rgba;

/// The family name a font of [`MAP_FONTS`] goes by in the SVG.
pub fn family_name(index: usize) -> &'static str {
    match index {
        0 => "Parcours Text",
        1 => "Parcours Icons",
        2 => "Parcours Emoji",
        _ => "Parcours Symbols",
    }
}

/// How the SVG is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SvgFlavour {
    /// A standalone `.svg` file, fonts embedded.
    File,
    /// Inside an HTML page: no XML prologue or namespace, a `data-card` on what belongs to a
    /// card, fonts left to the page.
    Inline,
    /// For the renderers (PNG, PDF): fonts come from their font database.
    Render,
}

fn color(out: &mut String, attribute: &str, c: Rgba) {
    let _ = write!(out, " {attribute}=\"#{:02x}{:02x}{:02x}\"", c.0, c.1, c.2);
    if c.3 != 255 {
        let _ = write!(
            out,
            " {attribute}-opacity=\"{:.3}\"",
            f32::from(c.3) / 255.0
        );
    }
}

fn stroke_attributes(out: &mut String, stroke: Stroke) {
    color(out, "stroke", stroke.color);
    let _ = write!(out, " stroke-width=\"{}\"", num(stroke.width));
}

/// A number with at most two decimals, without trailing zeros.
fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Escapes text for XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn rounded_rect_path(r: Rect, radius: [f32; 4]) -> String {
    let max = (r.width().min(r.height()) / 2.0).max(0.0);
    let [nw, ne, se, sw] = radius.map(|v| v.clamp(0.0, max));
    let (x0, y0, x1, y1) = (r.min.x, r.min.y, r.max.x, r.max.y);
    format!(
        "M{} {}H{}A{} {} 0 0 1 {} {}V{}A{} {} 0 0 1 {} {}H{}A{} {} 0 0 1 {} {}V{}A{} {} 0 0 1 {} {}Z",
        num(x0 + nw),
        num(y0),
        num(x1 - ne),
        num(ne),
        num(ne),
        num(x1),
        num(y0 + ne),
        num(y1 - se),
        num(se),
        num(se),
        num(x1 - se),
        num(y1),
        num(x0 + sw),
        num(sw),
        num(sw),
        num(x0),
        num(y1 - sw),
        num(y0 + nw),
        num(nw),
        num(nw),
        num(x0 + nw),
        num(y0),
    )
}

fn owner_attribute(out: &mut String, drawn: &Drawn, flavour: SvgFlavour) {
    if flavour != SvgFlavour::Inline {
        return;
    }
    let Some(Owner::Card(card) | Owner::Badge(card) | Owner::Face(card)) = drawn.owner else {
        return;
    };
    let _ = write!(out, " data-card=\"{}\"", card.0);
}

fn write_shape(out: &mut String, drawn: &Drawn, flavour: SvgFlavour) {
    match &drawn.shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            // The scene's outlines are inside the rectangle, as on the canvas.
            let inset = stroke.map_or(0.0, |s| s.width / 2.0);
            let r = Rect {
                min: Point::new(rect.min.x + inset, rect.min.y + inset),
                max: Point::new(rect.max.x - inset, rect.max.y - inset),
            };
            let uniform = radius.iter().all(|v| (*v - radius[0]).abs() < 0.01);
            if uniform {
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                    num(r.min.x),
                    num(r.min.y),
                    num(r.width().max(0.0)),
                    num(r.height().max(0.0))
                );
                if radius[0] > 0.0 {
                    let _ = write!(out, " rx=\"{}\"", num(radius[0]));
                }
            } else {
                let _ = write!(out, "<path d=\"{}\"", rounded_rect_path(r, *radius));
            }
            match fill {
                Some(f) => color(out, "fill", *f),
                None => out.push_str(" fill=\"none\""),
            }
            if let Some(s) = stroke {
                stroke_attributes(out, *s);
            }
            owner_attribute(out, drawn, flavour);
            out.push_str("/>\n");
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            let _ = write!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
                num(center.x),
                num(center.y),
                num(*radius)
            );
            color(out, "fill", *fill);
            if let Some(s) = stroke {
                stroke_attributes(out, *s);
            }
            owner_attribute(out, drawn, flavour);
            out.push_str("/>\n");
        }
        Shape::Line {
            points,
            stroke,
            dash,
        } => {
            if points.len() < 2 {
                return;
            }
            out.push_str("<polyline points=\"");
            for (i, p) in points.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                let _ = write!(out, "{},{}", num(p.x), num(p.y));
            }
            out.push_str("\" fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
            stroke_attributes(out, *stroke);
            if let Some((d, g)) = dash {
                let _ = write!(out, " stroke-dasharray=\"{} {}\"", num(*d), num(*g));
            }
            out.push_str("/>\n");
        }
        Shape::Text(text) => write_text(out, text, drawn, flavour),
    }
}

/// A line is written as one `<text>` per font, each placed where the text measure puts it,
/// so that every renderer draws each run in one font, where the canvas does.
fn write_text(out: &mut String, text: &TextBlock, drawn: &Drawn, flavour: SvgFlavour) {
    for run in text.placed_runs() {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"",
            num(run.x),
            num(run.baseline),
            num(run.size)
        );
        if run.face != 0 {
            let _ = write!(out, " font-family=\"{}\"", family_name(run.face));
        }
        color(out, "fill", text.color);
        owner_attribute(out, drawn, flavour);
        let _ = writeln!(out, ">{}</text>", escape(&run.text));
    }
}

/// The `@font-face` rules of the fonts `scene` uses, the files inline.
pub fn font_faces(scene: &Scene) -> String {
    let measure = TextMeasure::get();
    let mut used = [false; MAP_FONTS.len()];
    used[0] = true;
    for line in scene.text_lines() {
        for c in line.chars() {
            used[measure.face_for(c)] = true;
        }
    }
    let mut css = String::new();
    for (index, font) in MAP_FONTS.iter().enumerate() {
        if !used[index] {
            continue;
        }
        let data = base64::engine::general_purpose::STANDARD.encode(font.data);
        let _ = writeln!(
            css,
            "@font-face {{ font-family: \"{}\"; src: url(data:font/ttf;base64,{data}) format(\"truetype\"); }}",
            family_name(index)
        );
    }
    css
}

/// The SVG of `scene`, `title` in its `<title>`.
pub fn scene_svg(scene: &Scene, title: &str, flavour: SvgFlavour) -> String {
    let mut out = String::with_capacity(scene.shapes.len() * 120 + 4096);
    let (w, h) = (num(scene.size.x), num(scene.size.y));
    match flavour {
        SvgFlavour::Inline => {
            let _ = writeln!(
                out,
                "<svg viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\">"
            );
        }
        _ => {
            out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            let _ = writeln!(
                out,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">"
            );
        }
    }
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    if flavour == SvgFlavour::File {
        let _ = writeln!(out, "<style>\n{}</style>", font_faces(scene));
    }
    let _ = writeln!(
        out,
        "<g font-family=\"{}, sans-serif\" xml:space=\"preserve\">",
        family_name(0)
    );
    for drawn in &scene.shapes {
        write_shape(&mut out, drawn, flavour);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_text_is_escaped() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }
}
