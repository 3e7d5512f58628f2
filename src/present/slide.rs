//! One step of a presentation as it shows on a screen: the map's scene seen through the
//! step's camera (lane titles and stage headers kept at the edges as on the canvas), the
//! neighbours of the stage dimmed, and a discreet marker with the stage's name and place.

use super::{Camera, Deck};
use crate::layout::metrics::LANE_HEADER_WIDTH;
use crate::layout::{Point, Rect};
use crate::scene::{Align, Drawn, Pin, Scene, Shape, TextBlock, TextMeasure};
use crate::theme::present;

/// The marker's text size, in pixels.
const MARKER_SIZE: f32 = 18.0;
/// The marker's padding and its distance from the screen's corner, in pixels.
const MARKER_PAD: f32 = 10.0;

/// What a slide says besides the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlideInfo {
    /// The marker: "Stage name · 3 / 6", or "Overview".
    pub marker: String,
}

/// The slide of step `index` of `deck` seen through `camera` on a screen of `screen`
/// pixels, in screen pixels from its top-left corner.
pub fn slide_scene(
    deck: &Deck,
    index: usize,
    camera: Camera,
    screen: Point,
    info: &SlideInfo,
) -> Scene {
    let mut slide = Scene {
        size: screen,
        ..Scene::default()
    };
    let whole = Rect::from_min_size(0.0, 0.0, screen.x, screen.y);
    push(&mut slide, rect_shape(whole, present::BACKDROP, 0.0));
    let zoom = camera.zoom;
    // Lane titles stay at the left edge and stage headers at the top, as on the canvas.
    let pin_x = (-camera.offset.x).max(0.0) / zoom;
    let pin_y = (-camera.offset.y).max(0.0) / zoom;
    for (index, drawn) in deck.scene.shapes.iter().enumerate() {
        // Pinned over the cards, a band behind the stage headers keeps them readable, as
        // on the canvas.
        if index == deck.scene.parts.stages && pin_y > 0.0 {
            stage_band(&mut slide, deck, camera);
        }
        let (dx, dy) = match drawn.pin {
            Pin::None => (0.0, 0.0),
            Pin::Left => (pin_x, 0.0),
            Pin::Top => (0.0, pin_y),
            Pin::Corner => (pin_x, pin_y),
        };
        let placed = drawn.placed(
            zoom,
            camera.offset.x + dx * zoom,
            camera.offset.y + dy * zoom,
        );
        if placed.bounds.intersects(&whole) {
            slide.shapes.push(placed);
        }
    }
    if let Some(spot) = deck.spotlight(index) {
        let left = camera.screen(spot.min).x;
        let right = camera.screen(spot.max).x;
        // The right edge of the lane titles, pinned or not: they stay undimmed.
        let titles = camera.offset.x + (LANE_HEADER_WIDTH + pin_x) * zoom;
        let bottom = camera
            .screen(Point::new(0.0, deck.layout.size.y))
            .y
            .min(screen.y);
        for (from, to) in [(titles, left), (right, screen.x)] {
            if to > from {
                let dim = Rect::from_min_size(from, 0.0, to - from, bottom.max(0.0));
                push(&mut slide, rect_shape(dim, present::DIM, 0.0));
            }
        }
    }
    if !info.marker.is_empty() {
        marker(&mut slide, &info.marker, screen);
    }
    slide
}

/// The band behind the stage headers pinned at the top: from the first stage to the last.
fn stage_band(slide: &mut Scene, deck: &Deck, camera: Camera) {
    let (Some(first), Some(last)) = (deck.layout.stages.first(), deck.layout.stages.last()) else {
        return;
    };
    let left = camera.screen(first.header.min).x;
    let right = camera.screen(last.header.max).x;
    let band = Rect::from_min_size(left, 0.0, right - left, first.header.height() * camera.zoom);
    push(slide, rect_shape(band, crate::theme::map::LANE_HEADER, 0.0));
}

/// The marker in the bottom-right corner: light text on a dark rounded label.
fn marker(slide: &mut Scene, text: &str, screen: Point) {
    // As large a part of a larger screen as of the slides' one.
    let scale = (screen.y / super::SLIDE_SCREEN.1).max(1.0);
    let (size, pad) = (MARKER_SIZE * scale, MARKER_PAD * scale);
    let measure = TextMeasure::get();
    let width = measure.width(text, size);
    let height = measure.row_height(size);
    let label = Rect::from_min_size(
        screen.x - pad * 3.0 - width,
        screen.y - pad * 3.0 - height,
        width + 2.0 * pad,
        height + pad,
    );
    push(slide, rect_shape(label, present::MARKER_FILL, 6.0 * scale));
    let pos = Point::new(label.min.x + pad, label.min.y + pad / 2.0);
    push(
        slide,
        Shape::Text(TextBlock {
            pos,
            size,
            color: present::MARKER_INK,
            lines: vec![text.to_owned()],
            align: Align::Left,
            line_height: height,
        }),
    );
}

fn rect_shape(rect: Rect, fill: crate::theme::Rgba, radius: f32) -> Shape {
    Shape::Rect {
        rect,
        radius: [radius; 4],
        fill: Some(fill),
        stroke: None,
    }
}

fn push(slide: &mut Scene, shape: Shape) {
    let bounds = match &shape {
        Shape::Rect { rect, .. } => *rect,
        Shape::Text(text) => {
            let measure = TextMeasure::get();
            let width = text
                .lines
                .iter()
                .map(|l| measure.width(l, text.size))
                .fold(0.0, f32::max);
            Rect::from_min_size(
                text.pos.x,
                text.pos.y,
                width,
                text.line_height * text.lines.len() as f32,
            )
        }
        _ => Rect::from_min_size(0.0, 0.0, slide.size.x, slide.size.y),
    };
    slide.shapes.push(Drawn {
        shape,
        pin: Pin::None,
        owner: None,
        detail: false,
        bounds,
    });
}
