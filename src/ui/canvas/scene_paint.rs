//! Painting the scene on the canvas: every shape moved to the screen by the view, pinned
//! parts kept at the canvas edges, only what is in view, card detail left out from far away
//! and text too small to read skipped. The lines of text are the scene's: egui lays out each
//! line alone, so the canvas breaks text where every export does.

use egui::text::LayoutJob;
use egui::{Align2, Color32, CornerRadius, FontFamily, FontId, Painter, Pos2, StrokeKind, pos2};

use super::Canvas;
use crate::layout::Rect as MapRect;
use crate::scene::{Align, Drawn, Owner, Pin, Shape, Stroke, TextMeasure};
use crate::ui::style::c;

/// Text smaller than this many screen pixels is not drawn.
pub const MIN_LEGIBLE_TEXT: f32 = 5.0;

/// Faces smaller than this radius, in pixels, have no eyes or mouth.
const MIN_FACE_DETAIL: f32 = 5.0;

/// Stage names are drawn at least this many pixels tall, where their header has room.
const STAGE_NAME_FLOOR: f32 = 10.0;

/// Below this zoom, cards are plain blocks: cheap to draw by the thousand.
const DETAIL_ZOOM: f32 = 0.3;

/// How the canvas changes a shape of the scene for one frame.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// As the scene has it.
    Normal,
    /// Faint: a card being dragged away.
    Faded,
    /// Not drawn: a card being renamed or a face being dragged.
    Hidden,
    /// Its text not drawn: a header being renamed.
    NoText,
}

impl Canvas<'_> {
    /// What the canvas does to the shapes of `owner` this frame.
    fn look(&self, owner: Option<Owner>, moving: &[crate::model::CardId]) -> Look {
        use super::state::{Gesture, Rename, RenameTarget};
        let Some(owner) = owner else {
            return Look::Normal;
        };
        let renaming = self.state.rename.as_ref().map(|r: &Rename| r.target);
        match owner {
            Owner::Card(id) if renaming == Some(RenameTarget::Card(id)) => Look::Hidden,
            Owner::Card(id) if moving.contains(&id) => Look::Faded,
            Owner::Stage(id) if renaming == Some(RenameTarget::Stage(id)) => Look::NoText,
            Owner::Lane(id) if renaming == Some(RenameTarget::Lane(id)) => Look::NoText,
            Owner::Face(id) => match &self.state.gesture {
                Some(Gesture::Emotion { card, .. }) if *card == id => Look::Hidden,
                _ => Look::Normal,
            },
            _ => Look::Normal,
        }
    }

    /// Paints the shapes `range` of the scene, those in view.
    pub(super) fn paint_scene(
        &self,
        painter: &Painter,
        range: std::ops::Range<usize>,
        visible: &MapRect,
    ) {
        let moving = self.moving_cards().to_vec();
        let zoom = self.view().zoom;
        let (pin_x, pin_y) = (self.pin_right() / zoom, self.pin_down() / zoom);
        let Some(shapes) = self.scene.shapes.get(range) else {
            return;
        };
        let badges_legible = crate::scene::BADGE_FIGURE_SIZE * zoom >= MIN_LEGIBLE_TEXT;
        for drawn in shapes {
            let (dx, dy) = match drawn.pin {
                Pin::None => (0.0, 0.0),
                Pin::Left => (pin_x, 0.0),
                Pin::Top => (0.0, pin_y),
                Pin::Corner => (pin_x, pin_y),
            };
            let b = drawn.bounds;
            let in_view = b.max.x + dx >= visible.min.x
                && b.min.x + dx <= visible.max.x
                && b.max.y + dy >= visible.min.y
                && b.min.y + dy <= visible.max.y;
            // Badges whose figures would be too small to read are left out whole.
            if matches!(drawn.owner, Some(Owner::Badge(_))) && !badges_legible {
                continue;
            }
            // A face too small for its eyes and mouth is a coloured disc.
            let small_face = matches!(drawn.owner, Some(Owner::Face(_)))
                && crate::scene::FACE_RADIUS * zoom < MIN_FACE_DETAIL;
            if !in_view || (drawn.detail && (zoom < DETAIL_ZOOM || small_face)) {
                continue;
            }
            let look = self.look(drawn.owner, &moving);
            if look == Look::Hidden
                || (look == Look::NoText && matches!(drawn.shape, Shape::Text(_)))
            {
                continue;
            }
            let faded = look == Look::Faded;
            self.paint_drawn(painter, drawn, egui::vec2(dx, dy), faded);
        }
    }

    /// Paints the cards in view, from the layout's rectangles, each with its shapes.
    pub(super) fn paint_cards(&self, painter: &Painter, visible: &MapRect) {
        let moving = self.moving_cards().to_vec();
        let zoom = self.view().zoom;
        // Where a card's title would be too small to read, its icon, star, caption and
        // votes are left out too: the card is its fill and its accent.
        let legible = crate::theme::card::TITLE_SIZE * zoom >= MIN_LEGIBLE_TEXT;
        for (card, range) in self.layout.cards.iter().zip(&self.scene.card_ranges) {
            if !card.rect.intersects(visible) {
                continue;
            }
            let look = self.look(Some(Owner::Card(card.id)), &moving);
            if look == Look::Hidden {
                continue;
            }
            let Some(shapes) = self.scene.shapes.get(range.clone()) else {
                continue;
            };
            for drawn in shapes {
                if !legible && matches!(drawn.shape, Shape::Text(_)) {
                    break;
                }
                if drawn.detail && zoom < DETAIL_ZOOM {
                    continue;
                }
                self.paint_drawn(painter, drawn, egui::Vec2::ZERO, look == Look::Faded);
            }
        }
    }

    /// Paints one shape of the scene moved by `shift` (map units).
    pub(super) fn paint_drawn(
        &self,
        painter: &Painter,
        drawn: &Drawn,
        shift: egui::Vec2,
        faded: bool,
    ) {
        let at = |p: crate::layout::Point| self.to_screen(pos2(p.x, p.y) + shift);
        paint_shape(painter, drawn, self.view().zoom, at, faded);
    }
}

/// Paints one shape of a scene at `zoom` screen pixels per unit, `at` giving the screen
/// position of a scene position; `faded` paints it faint. The canvas and the presentation
/// both paint through this.
pub fn paint_shape(
    painter: &Painter,
    drawn: &Drawn,
    zoom: f32,
    at: impl Fn(crate::layout::Point) -> Pos2,
    faded: bool,
) {
    let color = |rgba| {
        let color = c(rgba);
        if faded {
            color.gamma_multiply(0.35)
        } else {
            color
        }
    };
    let stroke = |s: Stroke| {
        let width = if s.scales {
            s.width * zoom.max(0.5)
        } else {
            s.width
        };
        egui::Stroke::new(width, color(s.color))
    };
    match &drawn.shape {
        Shape::Rect {
            rect,
            radius,
            fill,
            stroke: outline,
        } => {
            let screen = egui::Rect::from_min_max(at(rect.min), at(rect.max));
            let fill = fill.map_or(Color32::TRANSPARENT, color);
            if zoom < DETAIL_ZOOM {
                painter.rect_filled(screen, 0.0, fill);
                return;
            }
            // Radii truncated to whole pixels, as egui rounds them.
            let r = |v: f32| (v * zoom).clamp(0.0, 255.0) as u8;
            let corners = CornerRadius {
                nw: r(radius[0]),
                ne: r(radius[1]),
                se: r(radius[2]),
                sw: r(radius[3]),
            };
            match outline {
                Some(s) => {
                    painter.rect(screen, corners, fill, stroke(*s), StrokeKind::Inside);
                }
                None => {
                    painter.rect_filled(screen, corners, fill);
                }
            }
        }
        Shape::Circle {
            center,
            radius,
            fill,
            stroke: outline,
        } => {
            let outline = outline.map_or(egui::Stroke::NONE, stroke);
            painter.circle(at(*center), radius * zoom, color(*fill), outline);
        }
        Shape::Line {
            points,
            stroke: s,
            dash,
        } => {
            let points: Vec<Pos2> = points.iter().map(|p| at(*p)).collect();
            match dash {
                Some((dash, gap)) => {
                    // Dashes keep at least their length on screen: zoomed out, a line
                    // across the map stays a few hundred dashes.
                    let scale = zoom.max(1.0);
                    painter.extend(egui::Shape::dashed_line(
                        &points,
                        stroke(*s),
                        dash * scale,
                        gap * scale,
                    ));
                }
                None if points.len() == 2 => {
                    painter.line_segment([points[0], points[1]], stroke(*s));
                }
                None => {
                    painter.add(egui::Shape::line(points, stroke(*s)));
                }
            }
        }
        Shape::Text(text) => {
            let mut size = text.size * zoom;
            let mut top = text.pos.y;
            let mut line_height = text.line_height;
            if matches!(drawn.owner, Some(Owner::Stage(_))) && size < STAGE_NAME_FLOOR {
                // Stage names stay readable further out than card text: they are what
                // one looks for on a zoomed-out map. Their lines are the scene's, as
                // large as the header lets them be.
                let measure = TextMeasure::get();
                let widest = text
                    .lines
                    .iter()
                    .map(|l| measure.width(l, text.size))
                    .fold(1.0_f32, f32::max);
                let fits = text.size * drawn.bounds.width() / widest;
                let scale = (STAGE_NAME_FLOOR / zoom).min(fits).max(text.size) / text.size;
                size *= scale;
                line_height *= scale;
                let height = line_height * text.lines.len() as f32;
                top = drawn.bounds.center().y - height / 2.0;
            }
            if size < MIN_LEGIBLE_TEXT {
                return;
            }
            let font = FontId::new(size, FontFamily::Proportional);
            let ink = color(text.color);
            let mut pos = text.pos;
            pos.y = top;
            if let [line] = text.lines.as_slice() {
                let anchor = match text.align {
                    Align::Left => Align2::LEFT_TOP,
                    Align::Center => Align2::CENTER_TOP,
                    Align::Right => Align2::RIGHT_TOP,
                };
                painter.text(at(pos), anchor, line, font, ink);
                return;
            }
            // The scene's lines, broken where it broke them, in one galley (egui lays a
            // line break out as a new row, one row height down, as the scene does).
            let mut job = LayoutJob::simple(text.lines.join("\n"), font, ink, f32::INFINITY);
            job.halign = match text.align {
                Align::Left => egui::Align::LEFT,
                Align::Center => egui::Align::Center,
                Align::Right => egui::Align::RIGHT,
            };
            painter.galley(at(pos), painter.layout_job(job), ink);
        }
    }
}
