//! The scene: the one drawing of a map. From a map, its layout, the survey figures under the
//! current filter and the view's options, it lists what is drawn, in map coordinates and in
//! paint order: rectangles, circles, lines and text already broken into lines by the one
//! [`TextMeasure`]. The canvas paints it (with its interactive marks on top); SVG, PNG, PDF
//! and HTML exports write it. No egui here.

mod build;
pub mod fonts;
mod heat;
mod sheet;
pub mod text;

pub use build::{
    BADGE_FIGURE_SIZE, BadgeLine, FACE_RADIUS, SceneInput, ScoreView, badge_lines, build_scene,
    face_shapes, full_title_heights, stage_header_box,
};
pub use heat::{heat_position, heat_scale_labels};
pub use sheet::{SheetInfo, filter_caption, sheet_scene, survey_caption};
pub use text::{TextMeasure, Wrapped};

use crate::layout::{Point, Rect};
use crate::model::{CardId, LaneId, StageId};
use crate::theme::Rgba;

/// A line's look.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Its width, in map units at 100 %.
    pub width: f32,
    /// Its colour.
    pub color: Rgba,
    /// Whether it thickens with the zoom on screen (the emotion curve) or stays a hairline.
    pub scales: bool,
}

impl Stroke {
    /// A line that keeps its width on screen at any zoom.
    pub const fn fixed(width: f32, color: Rgba) -> Self {
        Self {
            width,
            color,
            scales: false,
        }
    }

    /// A line that grows with the zoom.
    pub const fn scaled(width: f32, color: Rgba) -> Self {
        Self {
            width,
            color,
            scales: true,
        }
    }
}

/// How the lines of a text sit against its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Lines start at the position.
    Left,
    /// Lines are centred on the position.
    Center,
    /// Lines end at the position.
    Right,
}

/// Text, already broken into lines.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBlock {
    /// The top of the first line, and its left, centre or right per `align`.
    pub pos: Point,
    /// The text size.
    pub size: f32,
    /// Its colour.
    pub color: Rgba,
    /// The lines, top to bottom.
    pub lines: Vec<String>,
    /// How lines sit against `pos`.
    pub align: Align,
    /// From one line's top to the next's.
    pub line_height: f32,
}

/// A run of one font in a line of text, placed where the text measure puts it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedRun {
    /// Where it starts.
    pub x: f32,
    /// Its baseline.
    pub baseline: f32,
    /// Its font, an index in [`fonts::MAP_FONTS`].
    pub face: usize,
    /// Its size: the text's, at its font's scale.
    pub size: f32,
    /// What it says (never only spaces: they draw nothing).
    pub text: String,
}

impl TextBlock {
    /// The text's runs of one font each, line by line, where every renderer draws them.
    pub fn placed_runs(&self) -> Vec<PlacedRun> {
        let measure = TextMeasure::get();
        let ascent = measure.ascent(self.size);
        let mut placed = Vec::new();
        for (i, line) in self.lines.iter().enumerate() {
            let baseline = self.pos.y + i as f32 * self.line_height + ascent;
            let width = measure.width(line, self.size);
            let mut x = match self.align {
                Align::Left => self.pos.x,
                Align::Center => self.pos.x - width / 2.0,
                Align::Right => self.pos.x - width,
            };
            let mut runs: Vec<(usize, String)> = Vec::new();
            for c in line.chars() {
                let face = measure.face_for(c);
                match runs.last_mut() {
                    Some((f, run)) if *f == face => run.push(c),
                    _ => runs.push((face, c.to_string())),
                }
            }
            for (face, text) in runs {
                let run_width = measure.width(&text, self.size);
                if !text.trim().is_empty() {
                    placed.push(PlacedRun {
                        x,
                        baseline,
                        face,
                        size: self.size * fonts::MAP_FONTS[face].scale,
                        text,
                    });
                }
                x += run_width;
            }
        }
        placed
    }
}

/// What is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rectangle; corners rounded by `radius` (top-left, top-right, bottom-right,
    /// bottom-left).
    Rect {
        /// Where.
        rect: Rect,
        /// Corner radii.
        radius: [f32; 4],
        /// Its fill, if any.
        fill: Option<Rgba>,
        /// Its outline, drawn inside the rectangle.
        stroke: Option<Stroke>,
    },
    /// A disc.
    Circle {
        /// Its centre.
        center: Point,
        /// Its radius.
        radius: f32,
        /// Its fill.
        fill: Rgba,
        /// Its outline.
        stroke: Option<Stroke>,
    },
    /// A line through points, dashed with (dash, gap) when given.
    Line {
        /// The points.
        points: Vec<Point>,
        /// Its look.
        stroke: Stroke,
        /// Dash and gap lengths.
        dash: Option<(f32, f32)>,
    },
    /// Text.
    Text(TextBlock),
}

/// Where a shape stays on a canvas that scrolls: stage headers stay at the top, lane titles
/// at the left. Exports ignore it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pin {
    /// Scrolls with the map.
    #[default]
    None,
    /// Stays at the left edge (lane titles, the names of the blueprint lines).
    Left,
    /// Stays at the top edge (stage headers).
    Top,
    /// Stays in the top-left corner.
    Corner,
}

/// What a shape belongs to, for the canvas (fading a dragged card, hiding a renamed title)
/// and for the HTML viewer (a click on a card shows it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    /// A card.
    Card(CardId),
    /// A stage header.
    Stage(StageId),
    /// A lane title.
    Lane(LaneId),
    /// A touchpoint's score badge.
    Badge(CardId),
    /// A touchpoint's face on the emotion curve.
    Face(CardId),
}

/// One shape of the scene with what it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    /// What is drawn.
    pub shape: Shape,
    /// Where it stays on a scrolling canvas.
    pub pin: Pin,
    /// What it belongs to.
    pub owner: Option<Owner>,
    /// Detail left out of a map seen from far away (card text, icons, strips).
    pub detail: bool,
    /// Its bounds, for drawing only what is in view.
    pub bounds: Rect,
}

/// The drawing of a map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Its size, from (0, 0).
    pub size: Point,
    /// What is drawn, in paint order.
    pub shapes: Vec<Drawn>,
    /// The cards whose title was cut to fit.
    pub cut_titles: Vec<CardId>,
    /// Where each card's shapes are in `shapes`.
    pub card_shapes: std::collections::HashMap<CardId, std::ops::Range<usize>>,
    /// The same, in the order of the layout's cards (for drawing them by the thousand).
    pub card_ranges: Vec<std::ops::Range<usize>>,
    /// Where the parts pinned on a scrolling canvas start in `shapes`: lane titles, stage
    /// headers, the corner. What comes before is the map's body.
    pub parts: ScenePartStarts,
}

/// Where the pinned parts of a scene start in its shapes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScenePartStarts {
    /// The metrics lanes' shapes (the badges).
    pub badges: std::ops::Range<usize>,
    /// The cards' shapes, one card after the other (see [`Scene::card_shapes`]).
    pub cards: std::ops::Range<usize>,
    /// The first lane title shape.
    pub lanes: usize,
    /// The first stage header shape.
    pub stages: usize,
    /// The first corner shape.
    pub corner: usize,
}

impl Scene {
    /// Every line of text in the scene, in paint order.
    pub fn text_lines(&self) -> impl Iterator<Item = &str> {
        self.shapes
            .iter()
            .flat_map(|d| match &d.shape {
                Shape::Text(t) => t.lines.as_slice(),
                _ => &[],
            })
            .map(String::as_str)
    }

    /// The text blocks of one owner.
    pub fn texts_of(&self, owner: Owner) -> impl Iterator<Item = &TextBlock> {
        self.shapes
            .iter()
            .filter(move |d| d.owner == Some(owner))
            .filter_map(|d| match &d.shape {
                Shape::Text(t) => Some(t),
                _ => None,
            })
    }

    /// Adds `other`'s shapes moved by (`dx`, `dy`).
    pub fn append_moved(&mut self, other: &Scene, dx: f32, dy: f32) {
        let start = self.shapes.len();
        self.card_shapes.extend(
            other
                .card_shapes
                .iter()
                .map(|(id, r)| (*id, r.start + start..r.end + start)),
        );
        self.card_ranges.extend(
            other
                .card_ranges
                .iter()
                .map(|r| r.start + start..r.end + start),
        );
        self.shapes
            .extend(other.shapes.iter().map(|d| d.moved(dx, dy)));
        self.cut_titles.extend_from_slice(&other.cut_titles);
        self.parts = ScenePartStarts {
            badges: 0..0,
            cards: 0..0,
            lanes: self.shapes.len(),
            stages: self.shapes.len(),
            corner: self.shapes.len(),
        };
    }
}

/// Scales by `s`, then moves by (`dx`, `dy`).
#[derive(Clone, Copy, Debug)]
struct Placement {
    s: f32,
    dx: f32,
    dy: f32,
}

impl Placement {
    fn point(self, p: Point) -> Point {
        Point::new(p.x * self.s + self.dx, p.y * self.s + self.dy)
    }

    fn rect(self, r: Rect) -> Rect {
        Rect {
            min: self.point(r.min),
            max: self.point(r.max),
        }
    }

    fn stroke(self, stroke: Stroke) -> Stroke {
        Stroke {
            width: stroke.width * self.s,
            ..stroke
        }
    }
}

impl Drawn {
    /// The same shape moved by (`dx`, `dy`).
    pub fn moved(&self, dx: f32, dy: f32) -> Drawn {
        self.placed(1.0, dx, dy)
    }

    /// The same shape scaled by `scale` about the origin, then moved by (`dx`, `dy`).
    pub fn placed(&self, scale: f32, dx: f32, dy: f32) -> Drawn {
        let at = Placement { s: scale, dx, dy };
        let shape = match &self.shape {
            Shape::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => Shape::Rect {
                rect: at.rect(*rect),
                radius: radius.map(|r| r * scale),
                fill: *fill,
                stroke: stroke.map(|s| at.stroke(s)),
            },
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
            } => Shape::Circle {
                center: at.point(*center),
                radius: radius * scale,
                fill: *fill,
                stroke: stroke.map(|s| at.stroke(s)),
            },
            Shape::Line {
                points,
                stroke,
                dash,
            } => Shape::Line {
                points: points.iter().map(|p| at.point(*p)).collect(),
                stroke: at.stroke(*stroke),
                dash: dash.map(|(d, g)| (d * scale, g * scale)),
            },
            Shape::Text(t) => Shape::Text(TextBlock {
                pos: at.point(t.pos),
                size: t.size * scale,
                line_height: t.line_height * scale,
                ..t.clone()
            }),
        };
        Drawn {
            shape,
            bounds: at.rect(self.bounds),
            ..*self
        }
    }
}

impl Default for Drawn {
    fn default() -> Self {
        Drawn {
            shape: Shape::Line {
                points: Vec::new(),
                stroke: Stroke::fixed(0.0, Rgba(0, 0, 0, 0)),
                dash: None,
            },
            pin: Pin::None,
            owner: None,
            detail: false,
            bounds: Rect::default(),
        }
    }
}
