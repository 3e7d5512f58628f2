//! Building the scene of a map: the grid, the blueprint lines, the score badges, the cards,
//! the emotion curves, the lane titles, the stage headers and the corner, in paint order.

use super::text::TextMeasure;
use super::{Align, Drawn, Owner, Pin, Scene, Shape, Stroke, TextBlock};
use crate::i18n::{self, Language, Text, format, msg};
use crate::layout::{BlueprintLineKind, MapLayout, Point, Rect, metrics, y_of_emotion};
use crate::metrics::{CardScores, Figures, LOW_SAMPLE};
use crate::model::{Card, CardContent, Evidence, JourneyMap, LaneKind, MetricKind, Scale};
use crate::theme::{self, Rgba, card, map, stroke, survey};

/// How survey scores show on the map: the view's choices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ScoreView {
    /// The metrics hidden from the badges, by [`MetricKind`] index.
    pub hidden_badges: [bool; 3],
    /// The heat-map metric.
    pub heat: Option<MetricKind>,
    /// Whether the project has any wave at all.
    pub any_wave: bool,
}

/// What a scene is drawn from.
pub struct SceneInput<'a> {
    /// The map.
    pub map: &'a JourneyMap,
    /// Its layout (with editor space or without, to match `editor`).
    pub layout: &'a MapLayout,
    /// The name of the persona the map is seen through.
    pub persona: Option<&'a str>,
    /// Survey figures per touchpoint card, under the filter.
    pub scores: &'a CardScores,
    /// Which badges and which heat map show them.
    pub view: ScoreView,
    /// The language of the map's captions.
    pub language: Language,
    /// Whether the editor's marks are drawn (the hint on an empty map).
    pub editor: bool,
    /// Whether card titles show whole, however many rows they take (a presentation, laid
    /// out with [`full_title_heights`]); else they are cut after two rows with "…".
    pub full_titles: bool,
    /// Whether the dots of the map's last vote show on its cards (not while another vote
    /// is under way, whose own dots show instead).
    pub last_vote: bool,
}

/// One line of a badge: "NPS −30.6 ±11.0" and its "n 180".
#[derive(Clone, Debug, PartialEq)]
pub struct BadgeLine {
    /// The metric.
    pub metric: MetricKind,
    /// The figure and its margin.
    pub text: String,
    /// How many answers it is computed on.
    pub n: u64,
    /// Fewer than [`LOW_SAMPLE`] answers.
    pub low: bool,
}

/// The lines of a touchpoint's badge, for the metrics not hidden.
pub fn badge_lines(figures: &Figures, hidden: [bool; 3], language: Language) -> Vec<BadgeLine> {
    MetricKind::ALL
        .into_iter()
        .filter(|m| !hidden[*m as usize])
        .filter_map(|metric| {
            let (text, n) = badge_text(metric, figures, language)?;
            Some(BadgeLine {
                metric,
                text,
                n,
                low: n < LOW_SAMPLE,
            })
        })
        .collect()
}

fn badge_text(metric: MetricKind, figures: &Figures, language: Language) -> Option<(String, u64)> {
    match metric {
        MetricKind::Nps => figures.nps.map(|f| {
            let score = format::signed(language, f.score, 1);
            let margin = format::margin(language, f.margin95, 1);
            (format!("NPS {score} {margin}"), f.n)
        }),
        MetricKind::Csat => figures
            .csat
            .map(|f| (csat_badge(f.top2_pct, f.scale, language), f.n)),
        MetricKind::Ces => figures.ces.map(|f| {
            let mean = format::decimal(language, f.mean, 2);
            (format!("CES {mean} / {}", f.scale.max), f.n)
        }),
    }
}

/// "CSAT 48 % top-2", with the answers that make the top two when the scale is not 1–5.
fn csat_badge(top2_pct: f64, scale: Scale, language: Language) -> String {
    let percent = format::percent(language, top2_pct, 0);
    if scale == Scale::ONE_TO_FIVE {
        format!("CSAT {percent} top-2")
    } else {
        format!("CSAT {percent} top-2 ({})", scale.top_two())
    }
}

/// The size of a badge's figures, in map units.
pub const BADGE_FIGURE_SIZE: f32 = badge::FIGURE_SIZE;

/// Badge measurements, in map units.
mod badge {
    pub const PAD: f32 = 7.0;
    pub const RADIUS: f32 = 5.0;
    pub const TITLE_SIZE: f32 = 11.5;
    pub const FIGURE_SIZE: f32 = 13.0;
    pub const N_SIZE: f32 = 11.5;
    pub const LINE_HEIGHT: f32 = 17.0;
    pub const FIRST_LINE: f32 = 16.0;
    pub const HEAT_STRIP: f32 = 5.0;
}

/// Lane title, stage header and corner measurements, in map units.
mod header {
    pub const LANE_PAD: f32 = 12.0;
    pub const LANE_TITLE_SIZE: f32 = 14.0;
    pub const LANE_KIND_SIZE: f32 = 11.0;
    pub const LANE_STRIP: f32 = 4.0;
    pub const STAGE_INSET_X: f32 = 3.0;
    pub const STAGE_INSET_Y: f32 = 4.0;
    pub const STAGE_RADIUS: f32 = 6.0;
    pub const STAGE_NAME_SIZE: f32 = 15.0;
    pub const STAGE_NAME_PAD: f32 = 8.0;
    pub const PERSONA_SIZE: f32 = 12.0;
    pub const CORNER_PAD: f32 = 8.0;
    pub const BLUEPRINT_LABEL_SIZE: f32 = 11.0;
    pub const HINT_SIZE: f32 = 12.0;
    pub const NO_SURVEY_SIZE: f32 = 13.0;
    pub const FACE_RADIUS: f32 = 13.0;
}

/// The stage header's coloured box inside its header cell.
pub fn stage_header_box(header: Rect) -> Rect {
    Rect {
        min: Point::new(
            header.min.x + header::STAGE_INSET_X,
            header.min.y + header::STAGE_INSET_Y,
        ),
        max: Point::new(
            header.max.x - header::STAGE_INSET_X,
            header.max.y - header::STAGE_INSET_Y,
        ),
    }
}

/// An emotion face: a disc coloured by the score, eyes, and a mouth that smiles or frowns
/// with it; each shape with whether it is detail left out from far away.
pub fn face_shapes(center: Point, radius: f32, emotion: i8) -> Vec<(Shape, bool)> {
    let mut shapes = vec![(
        Shape::Circle {
            center,
            radius,
            fill: theme::emotion_color(emotion),
            stroke: Some(Stroke::fixed(stroke::FACE, Rgba::rgb(255, 255, 255))),
        },
        false,
    )];
    let ink = map::CARD_INK;
    let eye = radius * 0.13;
    for side in [-1.0, 1.0] {
        shapes.push((
            Shape::Circle {
                center: Point::new(center.x + side * radius * 0.35, center.y - radius * 0.25),
                radius: eye,
                fill: ink,
                stroke: None,
            },
            true,
        ));
    }
    // Mouth: a parabola whose bend follows the score.
    let bend = f32::from(emotion) / 3.0 * radius * 0.35;
    let mouth_y = center.y + radius * 0.3;
    let points = (0..=8)
        .map(|i| {
            let t = i as f32 / 8.0 * 2.0 - 1.0;
            Point::new(center.x + t * radius * 0.5, mouth_y + bend * (1.0 - t * t))
        })
        .collect();
    shapes.push((
        Shape::Line {
            points,
            stroke: Stroke::scaled(radius * 0.12, ink),
            dash: None,
        },
        true,
    ));
    shapes
}

/// The radius of a face on the emotion curve.
pub const FACE_RADIUS: f32 = header::FACE_RADIUS;

struct Builder<'a> {
    input: &'a SceneInput<'a>,
    measure: &'static TextMeasure,
    scene: Scene,
    pin: Pin,
    owner: Option<Owner>,
    detail: bool,
}

/// Draws the map of `input`.
/// Where a card's title goes in a card drawn in `rect`: its left edge, its width, and the
/// rows it may take before it is cut.
fn title_box(card: &Card, rect: &Rect) -> (f32, f32, usize) {
    let pad = card::PADDING;
    let mut left = rect.min.x + pad;
    // Every card but a note has an accent strip at its left.
    if !matches!(card.content, CardContent::Note(_)) {
        left += card::ACCENT_GAP;
    }
    if matches!(card.content, CardContent::Touchpoint(_)) {
        left += card::ICON_SLOT;
    }
    let mut right_reserve = match &card.content {
        CardContent::Touchpoint(t) if t.moment_of_truth => card::STAR_SLOT,
        _ => 0.0,
    };
    if card.content.evidence().is_some() {
        right_reserve += card::EVIDENCE_SLOT;
    }
    let width = (rect.max.x - pad - right_reserve - left).max(10.0);
    // A note has no caption under its title: one more row for the title.
    let rows = match card.content {
        CardContent::Note(_) => card::TITLE_ROWS + 1,
        _ => card::TITLE_ROWS,
    };
    (left, width, rows)
}

/// How tall each card of `map` (by index) must be for its whole title to show, in columns
/// of their stage's width: the usual height, and one title row more for each row its title
/// takes beyond the usual ones. For a presentation, whose titles are never cut.
pub fn full_title_heights(map: &JourneyMap) -> Vec<f32> {
    let measure = TextMeasure::get();
    let row = measure.row_height(card::TITLE_SIZE);
    map.cards
        .iter()
        .map(|card| {
            let width = map
                .stage(card.stage)
                .map_or(crate::model::DEFAULT_STAGE_WIDTH, |s| s.width)
                - 2.0 * metrics::CELL_PADDING;
            let rect = Rect::from_min_size(0.0, 0.0, width, metrics::CARD_HEIGHT);
            let (_, title_width, rows) = title_box(card, &rect);
            let text = format::keep_together(card.title());
            let needed = measure
                .wrap(&text, card::TITLE_SIZE, title_width, None)
                .lines
                .len();
            metrics::CARD_HEIGHT + needed.saturating_sub(rows) as f32 * row
        })
        .collect()
}

pub fn build_scene(input: &SceneInput<'_>) -> Scene {
    let mut b = Builder {
        input,
        measure: TextMeasure::get(),
        scene: Scene {
            size: input.layout.size,
            shapes: Vec::with_capacity(input.layout.cards.len() * 6 + 64),
            ..Scene::default()
        },
        pin: Pin::None,
        owner: None,
        detail: false,
    };
    b.grid();
    let badges_start = b.scene.shapes.len();
    b.metrics_lanes();
    b.scene.parts.badges = badges_start..b.scene.shapes.len();
    let cards_start = b.scene.shapes.len();
    b.cards();
    b.scene.parts.cards = cards_start..b.scene.shapes.len();
    // The names of the blueprint lines read over the cards above them.
    b.blueprint_lines();
    b.empty_map_hint();
    b.emotion_curves();
    b.scene.parts.lanes = b.scene.shapes.len();
    b.lane_headers();
    b.scene.parts.stages = b.scene.shapes.len();
    b.stage_headers();
    b.scene.parts.corner = b.scene.shapes.len();
    b.corner();
    b.scene
}

fn rect_bounds(center: Point, radius: f32) -> Rect {
    Rect::from_min_size(
        center.x - radius,
        center.y - radius,
        2.0 * radius,
        2.0 * radius,
    )
}

fn points_bounds(points: &[Point]) -> Rect {
    let mut it = points.iter();
    let Some(first) = it.next() else {
        return Rect::default();
    };
    let mut r = Rect {
        min: *first,
        max: *first,
    };
    for p in it {
        r.min.x = r.min.x.min(p.x);
        r.min.y = r.min.y.min(p.y);
        r.max.x = r.max.x.max(p.x);
        r.max.y = r.max.y.max(p.y);
    }
    r
}

impl Builder<'_> {
    fn t(&self, text: Text) -> &'static str {
        text.get(self.input.language)
    }

    fn push(&mut self, shape: Shape, bounds: Rect) {
        self.scene.shapes.push(Drawn {
            shape,
            pin: self.pin,
            owner: self.owner,
            detail: self.detail,
            bounds,
        });
    }

    fn rect(&mut self, rect: Rect, radius: f32, fill: Rgba, stroke: Option<Stroke>) {
        self.push(
            Shape::Rect {
                rect,
                radius: [radius; 4],
                fill: Some(fill),
                stroke,
            },
            rect,
        );
    }

    /// A strip down the left side of `rect`, rounded on the left like it.
    fn left_strip(&mut self, rect: Rect, width: f32, radius: f32, fill: Rgba) {
        let strip = Rect {
            min: rect.min,
            max: Point::new(rect.min.x + width, rect.max.y),
        };
        self.push(
            Shape::Rect {
                rect: strip,
                radius: [radius, 0.0, 0.0, radius],
                fill: Some(fill),
                stroke: None,
            },
            strip,
        );
    }

    fn line(&mut self, points: Vec<Point>, stroke: Stroke, dash: Option<(f32, f32)>) {
        let bounds = points_bounds(&points);
        self.push(
            Shape::Line {
                points,
                stroke,
                dash,
            },
            bounds,
        );
    }

    fn circle(&mut self, center: Point, radius: f32, fill: Rgba, stroke: Option<Stroke>) {
        self.push(
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            },
            rect_bounds(center, radius),
        );
    }

    /// Text wrapped to `width` on at most `rows` rows, its first line's top at `pos`;
    /// returns whether it was cut.
    fn wrapped(
        &mut self,
        text: &str,
        pos: Point,
        size: f32,
        color: Rgba,
        width: f32,
        rows: usize,
        align: Align,
    ) -> (bool, f32) {
        // A line never starts with "€" or "?": those spaces do not break.
        let text = format::keep_together(text);
        let wrapped = self.measure.wrap(&text, size, width, Some(rows));
        let height = wrapped.lines.len() as f32 * self.measure.row_height(size);
        self.text(wrapped.lines, pos, size, color, align, width);
        (wrapped.elided, height)
    }

    /// One line of text whose top is at `pos`.
    fn label(&mut self, text: &str, pos: Point, size: f32, color: Rgba, align: Align) -> f32 {
        let width = self.measure.width(text, size);
        self.text(vec![text.to_owned()], pos, size, color, align, width);
        width
    }

    fn text(
        &mut self,
        lines: Vec<String>,
        pos: Point,
        size: f32,
        color: Rgba,
        align: Align,
        width: f32,
    ) {
        let line_height = self.measure.row_height(size);
        let left = match align {
            Align::Left => pos.x,
            Align::Center => pos.x - width / 2.0,
            Align::Right => pos.x - width,
        };
        let bounds = Rect::from_min_size(left, pos.y, width, line_height * lines.len() as f32);
        self.push(
            Shape::Text(TextBlock {
                pos,
                size,
                color,
                lines,
                align,
                line_height,
            }),
            bounds,
        );
    }

    fn grid(&mut self) {
        let layout = self.input.layout;
        let size = layout.size;
        let whole = Rect::from_min_size(-1.0, -1.0, size.x + 2.0, size.y + 2.0);
        self.rect(whole, 6.0, map::GRID, None);
        for (index, lane) in layout.lanes.iter().enumerate() {
            let fill = if index % 2 == 0 {
                map::CELL
            } else {
                map::CELL_ALT
            };
            self.rect(lane.row, 0.0, fill, None);
        }
        let rule = Stroke::fixed(stroke::HAIRLINE, map::GRID);
        for stage in &layout.stages {
            let r = stage.column;
            self.line(vec![Point::new(r.max.x, r.min.y), r.max], rule, None);
        }
        for lane in &layout.lanes {
            let r = lane.row;
            self.line(vec![Point::new(0.0, r.max.y), r.max], rule, None);
        }
    }

    fn blueprint_lines(&mut self) {
        for line in &self.input.layout.blueprint_lines {
            self.line(
                vec![
                    Point::new(line.x_range.0, line.y),
                    Point::new(line.x_range.1, line.y),
                ],
                Stroke::fixed(stroke::BLUEPRINT, map::BLUEPRINT_LINE),
                Some((10.0, 6.0)),
            );
            let label = self.t(match line.kind {
                BlueprintLineKind::Interaction => Text::LineOfInteraction,
                BlueprintLineKind::Visibility => Text::LineOfVisibility,
                BlueprintLineKind::InternalInteraction => Text::LineOfInternalInteraction,
            });
            let size = header::BLUEPRINT_LABEL_SIZE;
            let height = self.measure.row_height(size);
            let width = self.measure.width(label, size);
            let top = Point::new(metrics::LANE_HEADER_WIDTH + 8.0, line.y - 3.0 - height);
            self.pin = Pin::Left;
            self.rect(
                Rect::from_min_size(top.x - 2.0, top.y - 2.0, width + 4.0, height + 4.0),
                3.0,
                map::LABEL_BACKDROP,
                None,
            );
            self.label(label, top, size, map::BLUEPRINT_LINE, Align::Left);
            self.pin = Pin::None;
        }
    }

    fn heat_tint(&self, card: &Card) -> Option<Rgba> {
        let metric = self.input.view.heat?;
        let figures = self.input.scores.figures.get(&card.id)?;
        super::heat_position(metric, figures, &self.input.scores.scales).map(theme::heat_tint)
    }

    fn metrics_lanes(&mut self) {
        let layout = self.input.layout;
        if !self.input.view.any_wave {
            let text = self.t(Text::NoSurveyAttached);
            let size = header::NO_SURVEY_SIZE;
            for lane in layout.lanes.iter().filter(|l| l.kind == LaneKind::Metrics) {
                let c = lane.row.center();
                let top = Point::new(c.x, c.y - self.measure.row_height(size) / 2.0);
                self.label(text, top, size, map::TEXT_MUTED, Align::Center);
            }
            return;
        }
        for badge_layout in &layout.badges {
            let Some(card) = self.input.map.cards.get(badge_layout.card_index) else {
                continue;
            };
            self.owner = Some(Owner::Badge(card.id));
            self.badge(badge_layout.rect, card);
            if let Some(tint) = self.heat_tint(card) {
                // The heat colour on the badge's edge ties it to its card.
                self.left_strip(badge_layout.rect, badge::HEAT_STRIP, badge::RADIUS, tint);
            }
            self.owner = None;
        }
    }

    fn badge(&mut self, rect: Rect, card: &Card) {
        use badge::*;
        self.rect(
            rect,
            RADIUS,
            survey::BADGE_FILL,
            Some(Stroke::fixed(stroke::HAIRLINE, map::CARD_BORDER)),
        );
        let width = rect.width() - 2.0 * PAD;
        let left = rect.min.x + PAD;
        self.wrapped(
            card.title(),
            Point::new(left, rect.min.y + PAD * 0.7),
            TITLE_SIZE,
            map::TEXT_MUTED,
            width,
            1,
            Align::Left,
        );
        let mut y = rect.min.y + PAD * 0.7 + FIRST_LINE;
        let language = self.input.language;
        let Some(figures) = self.input.scores.figures.get(&card.id) else {
            let text = self.t(Text::NoCardForSurvey);
            self.label(
                text,
                Point::new(left, y),
                N_SIZE,
                map::TEXT_MUTED,
                Align::Left,
            );
            return;
        };
        for line in badge_lines(figures, self.input.view.hidden_badges, language) {
            self.label(
                &line.text,
                Point::new(left, y),
                FIGURE_SIZE,
                map::TEXT,
                Align::Left,
            );
            let count = format::count(language, line.n);
            let (n_text, color) = if line.low {
                (format!("n {count} ⚠"), survey::LOW_SAMPLE)
            } else {
                (format!("n {count}"), map::TEXT_MUTED)
            };
            self.label(
                &n_text,
                Point::new(rect.max.x - PAD, y + 1.0),
                N_SIZE,
                color,
                Align::Right,
            );
            y += LINE_HEIGHT;
        }
    }

    fn cards(&mut self) {
        for card_layout in &self.input.layout.cards {
            let Some(card) = self.input.map.cards.get(card_layout.card_index) else {
                let at = self.scene.shapes.len();
                self.scene.card_ranges.push(at..at);
                continue;
            };
            self.owner = Some(Owner::Card(card.id));
            let start = self.scene.shapes.len();
            if self.card(card_layout.rect, card) {
                self.scene.cut_titles.push(card.id);
            }
            let range = start..self.scene.shapes.len();
            self.scene.card_ranges.push(range.clone());
            self.scene.card_shapes.insert(card.id, range);
            self.owner = None;
        }
        self.scene.cut_titles.sort_unstable();
    }

    /// Draws a card; returns whether its title was cut.
    fn card(&mut self, rect: Rect, card: &Card) -> bool {
        let language = self.input.language;
        let (fill, accent) = match &card.content {
            CardContent::Note(_) => (map::NOTE, None),
            CardContent::Touchpoint(t) => (
                self.heat_tint(card).unwrap_or(map::TOUCHPOINT),
                Some(theme::channel_icon(t.channel).1),
            ),
            CardContent::PainPoint(p) => (
                theme::severity_fill(p.severity),
                Some(theme::severity_accent(p.severity)),
            ),
            CardContent::Opportunity(_) => (map::OPPORTUNITY, Some(map::OPPORTUNITY_ACCENT)),
        };
        self.rect(
            rect,
            card::RADIUS,
            fill,
            Some(Stroke::fixed(stroke::HAIRLINE, map::CARD_BORDER)),
        );
        self.detail = true;
        if let Some(accent) = accent {
            self.left_strip(rect, card::ACCENT_STRIP, card::RADIUS, accent);
        }
        let pad = card::PADDING;
        if let CardContent::Touchpoint(t) = &card.content {
            let (icon, color) = theme::channel_icon(t.channel);
            let left = rect.min.x + pad + card::ACCENT_GAP;
            self.label(
                icon,
                Point::new(left, rect.min.y + pad),
                card::ICON_SIZE,
                color,
                Align::Left,
            );
        }
        let (left, width, rows) = title_box(card, &rect);
        let rows = if self.input.full_titles {
            usize::MAX
        } else {
            rows
        };
        let (cut, _) = self.wrapped(
            card.title(),
            Point::new(left, rect.min.y + pad - 1.0),
            card::TITLE_SIZE,
            map::CARD_INK,
            width,
            rows,
            Align::Left,
        );
        if let Some(evidence) = card.content.evidence() {
            self.evidence_mark(card, rect, evidence);
        }
        let small = card::CAPTION_SIZE;
        let caption_top = rect.max.y - pad * 0.7 - self.measure.row_height(small);
        // The last vote's dots at the right of the caption line, on every kind of card.
        let dotted = self.vote_dots(card, rect, caption_top);
        match &card.content {
            CardContent::Touchpoint(t) => {
                if t.moment_of_truth {
                    self.label(
                        "★",
                        Point::new(rect.max.x - pad, rect.min.y + pad),
                        card::STAR_SIZE,
                        map::MOMENT_OF_TRUTH,
                        Align::Right,
                    );
                }
                self.label(
                    i18n::channel_name(t.channel, language),
                    Point::new(left, caption_top),
                    small,
                    map::TEXT_MUTED,
                    Align::Left,
                );
            }
            CardContent::PainPoint(p) => {
                self.label(
                    i18n::severity_name(p.severity, language),
                    Point::new(left, caption_top),
                    small,
                    theme::severity_ink(p.severity),
                    Align::Left,
                );
                // Else the counter of votes typed in; neither while another vote is under way.
                if p.votes > 0 && !dotted && self.input.last_vote {
                    // A voting dot with the count, as on a workshop wall.
                    let count = p.votes.to_string();
                    let right = rect.max.x - pad;
                    let width = self.label(
                        &count,
                        Point::new(right, caption_top),
                        small,
                        map::TEXT,
                        Align::Right,
                    );
                    let center = Point::new(
                        right - width - card::VOTE_DOT_GAP,
                        caption_top + self.measure.row_height(small) / 2.0,
                    );
                    self.circle(center, card::VOTE_DOT, map::SELECTION, None);
                }
            }
            CardContent::Opportunity(o) => {
                let caption = msg::opportunity_caption(
                    language,
                    msg::OpportunityCaption {
                        impact: o.impact,
                        effort: o.effort,
                    },
                );
                self.label(
                    &caption,
                    Point::new(left, caption_top),
                    small,
                    map::OPPORTUNITY_INK,
                    Align::Left,
                );
            }
            CardContent::Note(_) => {}
        }
        self.detail = false;
        cut
    }

    /// The evidence label's mark at the card's top right (left of a moment-of-truth star):
    /// its letter on its colour.
    fn evidence_mark(&mut self, card: &Card, rect: Rect, evidence: Evidence) {
        let star = matches!(&card.content, CardContent::Touchpoint(t) if t.moment_of_truth);
        let right = rect.max.x - card::PADDING + 2.0 - if star { card::STAR_SLOT } else { 0.0 };
        let size = card::EVIDENCE_MARK;
        let top = rect.min.y + card::PADDING - 2.0;
        let mark = Rect::from_min_size(right - size, top, size, size);
        let (fill, ink) = theme::evidence_colors(evidence);
        self.rect(mark, 3.0, fill, None);
        let letter = i18n::evidence_letter(evidence, self.input.language);
        let row = self.measure.row_height(card::CAPTION_SIZE);
        self.label(
            letter,
            Point::new(mark.center().x, mark.center().y - row / 2.0),
            card::CAPTION_SIZE,
            ink,
            Align::Center,
        );
    }

    /// The last vote's dots on a card, in its participants' colours, with their count, at
    /// the right of the caption line; whether there were any.
    fn vote_dots(&mut self, card: &Card, rect: Rect, caption_top: f32) -> bool {
        if !self.input.last_vote {
            return false;
        }
        let Some(session) = self.input.map.votes.last() else {
            return false;
        };
        let voters: Vec<u32> = session.voters_of(card.id).collect();
        if voters.is_empty() {
            return false;
        }
        let small = card::CAPTION_SIZE;
        let right = rect.max.x - card::PADDING;
        let width = self.label(
            &voters.len().to_string(),
            Point::new(right, caption_top),
            small,
            map::TEXT,
            Align::Right,
        );
        let y = caption_top + self.measure.row_height(small) / 2.0;
        let mut x = right - width - card::VOTE_DOT_GAP;
        // At most five dots: the count says the rest.
        for participant in voters.iter().take(5) {
            self.circle(
                Point::new(x, y),
                card::VOTE_DOT,
                theme::workshop::participant_color(*participant),
                Some(Stroke::fixed(stroke::HAIRLINE, map::CARD_INK)),
            );
            x -= card::VOTE_DOT * 2.0 + 2.0;
        }
        true
    }

    /// On a map with no card yet, says how to add one, in the first cell that takes cards.
    fn empty_map_hint(&mut self) {
        if !self.input.editor || !self.input.map.cards.is_empty() {
            return;
        }
        let layout = self.input.layout;
        let Some(lane) = layout.lanes.iter().position(|l| l.kind.holds_cards()) else {
            return;
        };
        let Some(cell) = layout.cell_rect(0, lane) else {
            return;
        };
        let size = header::HINT_SIZE;
        let width = cell.width() - 16.0;
        let text = self.t(Text::EmptyMapHint);
        let wrapped = self.measure.wrap(text, size, width, Some(3));
        let height = wrapped.lines.len() as f32 * self.measure.row_height(size);
        let c = cell.center();
        self.text(
            wrapped.lines,
            Point::new(c.x, c.y - height / 2.0),
            size,
            map::TEXT_MUTED,
            Align::Center,
            width,
        );
    }

    fn emotion_curves(&mut self) {
        let layout = self.input.layout;
        for emotion in &layout.emotions {
            let row = layout.lanes[emotion.lane_index].row;
            // Guides: the neutral line and the ±3 bounds.
            for level in [-3i8, 0, 3] {
                let y = y_of_emotion(&row, level);
                let color = if level == 0 {
                    map::LANE_RULE_STRONG
                } else {
                    map::LANE_RULE_LIGHT
                };
                self.line(
                    vec![Point::new(row.min.x, y), Point::new(row.max.x, y)],
                    Stroke::fixed(1.0, color),
                    Some((6.0, 5.0)),
                );
            }
            if emotion.expected_curve.len() > 1 {
                self.line(
                    emotion.expected_curve.clone(),
                    Stroke::fixed(stroke::BLUEPRINT, map::BLUEPRINT_RULE),
                    Some((8.0, 6.0)),
                );
            }
            self.line(
                emotion.curve.clone(),
                Stroke::scaled(map::EMOTION_CURVE_WIDTH, map::EMOTION_CURVE),
                None,
            );
            for point in &emotion.points {
                self.owner = Some(Owner::Face(point.card));
                self.face(point.pos, FACE_RADIUS, point.emotion);
                self.owner = None;
            }
        }
    }

    fn face(&mut self, center: Point, radius: f32, emotion: i8) {
        for (shape, detail) in face_shapes(center, radius, emotion) {
            self.detail = detail;
            let bounds = rect_bounds(center, radius);
            self.push(shape, bounds);
        }
        self.detail = false;
    }

    fn lane_headers(&mut self) {
        use header::*;
        self.pin = Pin::Left;
        let language = self.input.language;
        for (index, lane_layout) in self.input.layout.lanes.iter().enumerate() {
            let Some(lane) = self.input.map.lanes.get(index) else {
                continue;
            };
            self.owner = Some(Owner::Lane(lane.id));
            let rect = lane_layout.header;
            self.rect(rect, 0.0, map::LANE_HEADER, None);
            let accent = if lane.kind.is_blueprint() {
                map::BLUEPRINT_LINE
            } else {
                map::HEADER_DRAGGED
            };
            self.left_strip(rect, LANE_STRIP, 0.0, accent);
            self.wrapped(
                &lane.title,
                Point::new(rect.min.x + LANE_PAD, rect.min.y + LANE_PAD),
                LANE_TITLE_SIZE,
                map::TEXT,
                rect.width() - 2.0 * LANE_PAD,
                3,
                Align::Left,
            );
            // The lane's kind, when its title does not already say it (in any language: a
            // French map in the English interface).
            if !i18n::title_names_lane_kind(&lane.title, lane.kind) {
                let kind = i18n::lane_kind_name(lane.kind, language);
                let top = rect.max.y - LANE_PAD * 0.7 - self.measure.row_height(LANE_KIND_SIZE);
                self.label(
                    kind,
                    Point::new(rect.min.x + LANE_PAD, top),
                    LANE_KIND_SIZE,
                    map::TEXT_MUTED,
                    Align::Left,
                );
            }
            self.owner = None;
        }
        self.pin = Pin::None;
    }

    fn stage_headers(&mut self) {
        use header::*;
        self.pin = Pin::Top;
        for (index, stage_layout) in self.input.layout.stages.iter().enumerate() {
            let Some(stage) = self.input.map.stages.get(index) else {
                continue;
            };
            self.owner = Some(Owner::Stage(stage.id));
            let inner = stage_header_box(stage_layout.header);
            let color = Rgba::rgb(stage.color.0, stage.color.1, stage.color.2);
            self.rect(inner, STAGE_RADIUS, color, None);
            let size = STAGE_NAME_SIZE;
            let width = inner.width() - 2.0 * STAGE_NAME_PAD;
            let text = format::keep_together(&stage.name);
            let wrapped = self.measure.wrap(&text, size, width, Some(2));
            let height = wrapped.lines.len() as f32 * self.measure.row_height(size);
            let c = inner.center();
            self.text(
                wrapped.lines,
                Point::new(c.x, c.y - height / 2.0),
                size,
                Rgba::rgb(255, 255, 255),
                Align::Center,
                width,
            );
            self.owner = None;
        }
        self.pin = Pin::None;
    }

    /// The top-left corner where the stage row and the lane column meet, with the persona.
    fn corner(&mut self) {
        use header::*;
        self.pin = Pin::Corner;
        let corner = Rect::from_min_size(
            0.0,
            0.0,
            metrics::LANE_HEADER_WIDTH,
            metrics::STAGE_HEADER_HEIGHT,
        );
        self.rect(corner, 0.0, map::LANE_HEADER, None);
        if let Some(persona) = self.input.persona {
            let size = PERSONA_SIZE;
            let text = format!("👤 {persona}");
            let wrapped =
                self.measure
                    .wrap(&text, size, corner.width() - 2.0 * CORNER_PAD, Some(2));
            let height = wrapped.lines.len() as f32 * self.measure.row_height(size);
            self.text(
                wrapped.lines,
                Point::new(CORNER_PAD, corner.center().y - height / 2.0),
                size,
                map::TEXT_MUTED,
                Align::Left,
                corner.width() - 2.0 * CORNER_PAD,
            );
        }
        self.pin = Pin::None;
    }
}
