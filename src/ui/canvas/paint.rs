//! Painting the map: cards, headers, the emotion curve and its faces. Text is laid out at
//! the zoomed size so it stays crisp; below a legible size it is left out.

use std::sync::Arc;

use egui::text::{LayoutJob, TextWrapping};
use egui::{
    Align2, Color32, CornerRadius, FontFamily, FontId, Galley, Painter, Pos2, Rect, Shape, Stroke,
    StrokeKind, pos2, vec2,
};

use crate::i18n::{Language, msg};
use crate::model::{Card, CardContent};
use crate::theme::stroke;
use crate::theme::{card, map};
use crate::ui::style::c;
use crate::ui::style::{self, canvas as colors};

/// Text smaller than this many screen pixels is not drawn.
pub const MIN_LEGIBLE_TEXT: f32 = 5.0;

/// Lays out `text` wrapped to `max_width`, at most `max_rows` rows, ellipsized.
pub fn wrapped(
    painter: &Painter,
    text: &str,
    size: f32,
    color: Color32,
    max_width: f32,
    max_rows: usize,
) -> Arc<Galley> {
    let font = FontId::new(size, FontFamily::Proportional);
    // A line never starts with "€" or "?": those spaces do not break.
    let text = crate::i18n::format::keep_together(text).into_owned();
    let mut job = LayoutJob::simple(text, font, color, max_width);
    job.wrap = TextWrapping {
        max_width,
        max_rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    painter.layout_job(job)
}

/// "Impact 4 · Effort 3", formatted once per language and pair of scores rather than for
/// every card of every frame.
fn opportunity_caption(language: Language, impact: u8, effort: u8) -> String {
    thread_local! {
        static CAPTIONS: std::cell::RefCell<std::collections::HashMap<(Language, u8, u8), String>> =
            std::cell::RefCell::default();
    }
    CAPTIONS.with(|captions| {
        captions
            .borrow_mut()
            .entry((language, impact, effort))
            .or_insert_with(|| {
                msg::opportunity_caption(language, msg::OpportunityCaption { impact, effort })
            })
            .clone()
    })
}

/// How a card is drawn besides its content.
#[derive(Clone, Copy, Default)]
pub struct CardLook {
    /// Selected: outlined.
    pub selected: bool,
    /// Being dragged away: drawn faintly in place.
    pub faded: bool,
    /// The heat-map colour of a touchpoint, replacing its fill.
    pub tint: Option<Color32>,
}

/// Paints a card in `rect` (screen) at `zoom`; returns whether its title had to be cut.
pub fn card(
    painter: &Painter,
    rect: Rect,
    card: &Card,
    zoom: f32,
    look: CardLook,
    language: Language,
) -> bool {
    let CardLook {
        selected,
        faded,
        tint,
    } = look;
    let (fill, accent) = match &card.content {
        CardContent::Note(_) => (colors::NOTE, None),
        CardContent::Touchpoint(t) => (
            tint.unwrap_or(colors::TOUCHPOINT),
            Some(style::channel_icon(t.channel).1),
        ),
        CardContent::PainPoint(p) => (
            style::severity_fill(p.severity),
            Some(style::severity_accent(p.severity)),
        ),
        CardContent::Opportunity(_) => (colors::OPPORTUNITY, Some(colors::OPPORTUNITY_ACCENT)),
    };
    let alpha = |c: Color32| if faded { c.gamma_multiply(0.35) } else { c };
    let radius = if zoom > 0.3 {
        (card::RADIUS * zoom) as u8
    } else {
        0
    };
    let radius = CornerRadius::same(radius);
    if zoom < 0.3 {
        // Far away: a plain block, cheap to draw by the thousand.
        painter.rect_filled(rect, 0.0, alpha(accent.unwrap_or(colors::CARD_BORDER)));
        return false;
    }
    painter.rect(
        rect,
        radius,
        alpha(fill),
        Stroke::new(stroke::HAIRLINE, alpha(colors::CARD_BORDER)),
        StrokeKind::Inside,
    );
    if let Some(accent) = accent {
        let strip = Rect::from_min_max(
            rect.min,
            pos2(rect.min.x + card::ACCENT_STRIP * zoom, rect.max.y),
        );
        painter.rect_filled(
            strip,
            CornerRadius {
                nw: radius.nw,
                sw: radius.sw,
                ne: 0,
                se: 0,
            },
            alpha(accent),
        );
    }
    if selected {
        painter.rect_stroke(
            rect.expand(1.5),
            radius,
            Stroke::new(stroke::SELECTED, colors::SELECTION),
            StrokeKind::Outside,
        );
    }
    let text_size = card::TITLE_SIZE * zoom;
    if text_size < MIN_LEGIBLE_TEXT {
        return false;
    }
    let pad = card::PADDING * zoom;
    let mut left = rect.min.x
        + pad
        + if accent.is_some() {
            card::ACCENT_GAP * zoom
        } else {
            0.0
        };
    let text_color = alpha(colors::TEXT);
    if let CardContent::Touchpoint(t) = &card.content {
        let (icon, color) = style::channel_icon(t.channel);
        painter.text(
            pos2(left, rect.min.y + pad),
            Align2::LEFT_TOP,
            icon,
            FontId::proportional(card::ICON_SIZE * zoom),
            alpha(color),
        );
        left += card::ICON_SLOT * zoom;
    }
    let right_reserve = match &card.content {
        CardContent::Touchpoint(t) if t.moment_of_truth => card::STAR_SLOT * zoom,
        _ => 0.0,
    };
    let width = (rect.max.x - pad - right_reserve - left).max(10.0);
    // A note has no caption under its title: one more row for the title.
    let rows = match card.content {
        CardContent::Note(_) => card::TITLE_ROWS + 1,
        _ => card::TITLE_ROWS,
    };
    let galley = wrapped(painter, card.title(), text_size, text_color, width, rows);
    let cut = galley.elided;
    painter.galley(pos2(left, rect.min.y + pad - 1.0), galley, text_color);

    let small = card::CAPTION_SIZE * zoom;
    let bottom = rect.max.y - pad * 0.7;
    match &card.content {
        CardContent::Touchpoint(t) => {
            if t.moment_of_truth {
                painter.text(
                    pos2(rect.max.x - pad, rect.min.y + pad),
                    Align2::RIGHT_TOP,
                    "★",
                    FontId::proportional(card::STAR_SIZE * zoom),
                    alpha(c(map::MOMENT_OF_TRUTH)),
                );
            }
            painter.text(
                pos2(left, bottom),
                Align2::LEFT_BOTTOM,
                crate::i18n::channel_name(t.channel, language),
                FontId::proportional(small),
                alpha(colors::TEXT_MUTED),
            );
        }
        CardContent::PainPoint(p) => {
            painter.text(
                pos2(left, bottom),
                Align2::LEFT_BOTTOM,
                crate::i18n::severity_name(p.severity, language),
                FontId::proportional(small),
                alpha(style::severity_accent(p.severity)),
            );
            if p.votes > 0 {
                // A voting dot with the count, as on a workshop wall.
                let count = painter.text(
                    pos2(rect.max.x - pad, bottom),
                    Align2::RIGHT_BOTTOM,
                    p.votes.to_string(),
                    FontId::proportional(small),
                    alpha(colors::TEXT),
                );
                painter.circle_filled(
                    pos2(count.min.x - card::VOTE_DOT_GAP * zoom, count.center().y),
                    card::VOTE_DOT * zoom,
                    alpha(c(map::SELECTION)),
                );
            }
        }
        CardContent::Opportunity(o) => {
            let label = opportunity_caption(language, o.impact, o.effort);
            painter.text(
                pos2(left, bottom),
                Align2::LEFT_BOTTOM,
                label,
                FontId::proportional(small),
                alpha(colors::OPPORTUNITY_ACCENT),
            );
        }
        CardContent::Note(_) => {}
    }
    cut
}

/// Paints an emotion face: a disc coloured by the score, eyes, and a mouth that smiles
/// or frowns with it.
pub fn face(painter: &Painter, center: Pos2, radius: f32, emotion: i8, highlighted: bool) {
    let color = style::emotion_color(emotion);
    painter.circle(
        center,
        radius,
        color,
        Stroke::new(
            if highlighted {
                stroke::FACE_HIGHLIGHTED
            } else {
                stroke::FACE
            },
            if highlighted {
                colors::SELECTION
            } else {
                Color32::WHITE
            },
        ),
    );
    if radius < 5.0 {
        return;
    }
    let ink = c(map::CARD_INK);
    let eye = radius * 0.13;
    painter.circle_filled(center + vec2(-radius * 0.35, -radius * 0.25), eye, ink);
    painter.circle_filled(center + vec2(radius * 0.35, -radius * 0.25), eye, ink);
    // Mouth: a parabola whose bend follows the score.
    let bend = f32::from(emotion) / 3.0 * radius * 0.35;
    let mouth_y = center.y + radius * 0.3;
    let points: Vec<Pos2> = (0..=8)
        .map(|i| {
            let t = i as f32 / 8.0 * 2.0 - 1.0;
            pos2(center.x + t * radius * 0.5, mouth_y + bend * (1.0 - t * t))
        })
        .collect();
    painter.add(Shape::line(
        points,
        Stroke::new((radius * 0.12).max(1.0), ink),
    ));
}
