//! The design tokens: every colour and stroke used to draw a map, its survey figures and
//! their charts, named by purpose. No egui: the canvas converts them, and so will export,
//! so that a map looks the same on screen and on paper.

use crate::model::Channel;

/// A colour with its opacity (not premultiplied).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self(r, g, b, 255)
    }

    /// An opaque grey.
    pub const fn gray(l: u8) -> Self {
        Self(l, l, l, 255)
    }

    /// The same colour at opacity `alpha` (0–255).
    pub const fn with_alpha(self, alpha: u8) -> Self {
        Self(self.0, self.1, self.2, alpha)
    }
}

/// The canvas and the map's grid.
pub mod map {
    use super::Rgba;

    /// Behind the map.
    pub const BACKGROUND: Rgba = Rgba::rgb(0xe9, 0xeb, 0xef);
    /// The map's cells.
    pub const CELL: Rgba = Rgba::rgb(0xfb, 0xfb, 0xfc);
    /// Every other row.
    pub const CELL_ALT: Rgba = Rgba::rgb(0xf3, 0xf5, 0xf8);
    /// Lane titles.
    pub const LANE_HEADER: Rgba = Rgba::rgb(0xe1, 0xe5, 0xeb);
    /// Grid lines.
    pub const GRID: Rgba = Rgba::rgb(0xd5, 0xd9, 0xe0);
    /// Main text.
    pub const TEXT: Rgba = Rgba::rgb(0x22, 0x26, 0x2e);
    /// Secondary text.
    pub const TEXT_MUTED: Rgba = Rgba::rgb(0x6b, 0x72, 0x80);
    /// Card titles.
    pub const CARD_INK: Rgba = Rgba::rgb(0x1f, 0x23, 0x2b);
    /// Selection outline and marks.
    pub const SELECTION: Rgba = Rgba::rgb(0x25, 0x63, 0xeb);
    /// Inside the rubber band.
    pub const SELECTION_BAND: Rgba = SELECTION.with_alpha(30);
    /// Behind a selected card.
    pub const SELECTED_FILL: Rgba = Rgba::rgb(0xe8, 0xef, 0xfd);
    /// Note cards.
    pub const NOTE: Rgba = Rgba::rgb(0xff, 0xfb, 0xe8);
    /// Touchpoint cards.
    pub const TOUCHPOINT: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
    /// Opportunity cards.
    pub const OPPORTUNITY: Rgba = Rgba::rgb(0xe3, 0xf4, 0xe6);
    /// Opportunity accent.
    pub const OPPORTUNITY_ACCENT: Rgba = Rgba::rgb(0x2e, 0x8b, 0x57);
    /// The text of an opportunity's impact and effort: its accent, dark enough to read on
    /// the card's fill (WCAG AA).
    pub const OPPORTUNITY_INK: Rgba = Rgba::rgb(0x1e, 0x6b, 0x3f);
    /// Card borders.
    pub const CARD_BORDER: Rgba = Rgba::rgb(0xc9, 0xce, 0xd6);
    /// The outline of an empty slot where a card can be added.
    pub const SLOT_OUTLINE: Rgba = Rgba::gray(170);
    /// The "moment of truth" star.
    pub const MOMENT_OF_TRUTH: Rgba = Rgba::rgb(0xd9, 0x9a, 0x06);
    /// A stage header being dragged.
    pub const HEADER_DRAGGED: Rgba = Rgba::rgb(0x9a, 0xa3, 0xb2);
    /// Blueprint lines (interaction, visibility, internal interaction).
    pub const BLUEPRINT_LINE: Rgba = Rgba::rgb(0x3d, 0x4a, 0x63);
    /// The line under the blueprint's lane titles.
    pub const BLUEPRINT_RULE: Rgba = Rgba::rgb(0x8a, 0x94, 0xa6);
    /// Lane separators: strong (between kinds of lanes) and light.
    pub const LANE_RULE_STRONG: Rgba = Rgba::gray(185);
    /// Lane separators between lanes of one kind.
    pub const LANE_RULE_LIGHT: Rgba = Rgba::gray(222);
    /// The shadow under a card being dragged.
    pub const DRAG_SHADOW: Rgba = Rgba(0, 0, 0, 60);
    /// Behind text drawn over lines (the blueprint lines' names).
    pub const LABEL_BACKDROP: Rgba = Rgba(255, 255, 255, 220);
    /// The emotion curve.
    pub const EMOTION_CURVE: Rgba = Rgba::rgb(0x33, 0x4e, 0x8c);
    /// The curve's width, in map units at 100 %.
    pub const EMOTION_CURVE_WIDTH: f32 = 3.0;
}

/// Stroke widths, in screen points.
pub mod stroke {
    /// Card, badge and grid outlines, the rubber band.
    pub const HAIRLINE: f32 = 1.0;
    /// The outline of a selected card or stage.
    pub const SELECTED: f32 = 2.5;
    /// The outline of a selected lane title, a column edge being resized.
    pub const FOCUS: f32 = 2.0;
    /// The cell a dragged card would land in.
    pub const DROP_CELL: f32 = 1.5;
    /// Where a dragged card would go within its cell.
    pub const DROP_MARKER: f32 = 3.0;
    /// Where a dragged stage would go.
    pub const DROP_COLUMN: f32 = 4.0;
    /// The blueprint's lines and rules.
    pub const BLUEPRINT: f32 = 2.0;
    /// An emotion face's outline, and when it is hovered or dragged.
    pub const FACE: f32 = 1.5;
    /// A hovered or dragged emotion face's outline.
    pub const FACE_HIGHLIGHTED: f32 = 3.0;
    /// A chart's margin-of-error whisker.
    pub const WHISKER: f32 = 1.5;
}

/// What is drawn inside a card, in map units (multiplied by the zoom on screen).
pub mod card {
    /// Corner radius.
    pub const RADIUS: f32 = 6.0;
    /// The coloured strip on the left of pain points, opportunities and touchpoints.
    pub const ACCENT_STRIP: f32 = 5.0;
    /// Extra space between the accent strip and the text.
    pub const ACCENT_GAP: f32 = 3.0;
    /// Padding on every side of the card's content.
    pub const PADDING: f32 = 10.0;
    /// The title's text size.
    pub const TITLE_SIZE: f32 = 13.0;
    /// The title wraps onto at most this many rows, then is ellipsized.
    pub const TITLE_ROWS: usize = 2;
    /// The caption's text size (channel, severity, impact and effort, votes).
    pub const CAPTION_SIZE: f32 = 11.0;
    /// The channel icon's size.
    pub const ICON_SIZE: f32 = 15.0;
    /// The width kept for the channel icon before the title.
    pub const ICON_SLOT: f32 = 22.0;
    /// The moment-of-truth star's size.
    pub const STAR_SIZE: f32 = 14.0;
    /// The width kept for the star after the title.
    pub const STAR_SLOT: f32 = 18.0;
    /// The voting dot's radius.
    pub const VOTE_DOT: f32 = 4.0;
    /// The gap between the voting dot's centre and its count.
    pub const VOTE_DOT_GAP: f32 = 6.0;
    /// The side of the evidence label's mark.
    pub const EVIDENCE_MARK: f32 = 15.0;
    /// The width kept for the evidence mark after the title.
    pub const EVIDENCE_SLOT: f32 = 19.0;
}

/// The fill and the letter's ink of an evidence label's mark.
pub const fn evidence_colors(evidence: crate::model::Evidence) -> (Rgba, Rgba) {
    use crate::model::Evidence;
    match evidence {
        Evidence::Observed => (Rgba::rgb(0xd3, 0xee, 0xd8), Rgba::rgb(0x14, 0x5a, 0x32)),
        Evidence::Research => (Rgba::rgb(0xd7, 0xe4, 0xfa), Rgba::rgb(0x1e, 0x3a, 0x8a)),
        Evidence::Assumed => (Rgba::rgb(0xfc, 0xe8, 0xbf), Rgba::rgb(0x7a, 0x40, 0x00)),
        Evidence::Proposed => (Rgba::rgb(0xea, 0xdf, 0xfa), Rgba::rgb(0x4c, 0x1d, 0x95)),
    }
}

/// Survey figures: badges, the heat map, distributions and charts.
pub mod survey {
    use super::Rgba;

    /// Promoters, and the colour-blind-safe end of the heat scale for good figures.
    pub const PROMOTER: Rgba = Rgba::rgb(0x5e, 0x3c, 0x99);
    /// Passives.
    pub const PASSIVE: Rgba = Rgba::rgb(0xbd, 0xbd, 0xbd);
    /// Detractors, and the end of the heat scale for bad figures.
    pub const DETRACTOR: Rgba = Rgba::rgb(0xe6, 0x61, 0x01);
    /// The margin of error around a trend.
    pub const MARGIN_BAND: Rgba = PROMOTER.with_alpha(40);
    /// A figure from few answers, and every warning about the figures.
    pub const LOW_SAMPLE: Rgba = Rgba::rgb(0xb4, 0x53, 0x09);
    /// A touchpoint value matched to a card.
    pub const MATCHED: Rgba = Rgba::rgb(0x2c, 0x7a, 0x3a);
    /// Behind a badge.
    pub const BADGE_FILL: Rgba = Rgba::rgb(0xfb, 0xfb, 0xfd);
    /// Text of the heat legend.
    pub const LEGEND_INK: Rgba = Rgba::gray(60);
    /// The heat legend's outline.
    pub const LEGEND_OUTLINE: Rgba = Rgba::gray(160);
    /// Chart text.
    pub const CHART_INK: Rgba = Rgba::gray(40);
    /// Chart grid lines.
    pub const CHART_GRID: Rgba = Rgba::gray(220);
    /// Chart axis labels.
    pub const CHART_AXIS: Rgba = Rgba::gray(90);
    /// Chart whiskers (margins of error).
    pub const CHART_WHISKER: Rgba = Rgba::gray(150);
    /// A significant difference for the better (the promoters' hue, dark enough for text).
    pub const BETTER: Rgba = Rgba::rgb(0x4b, 0x2e, 0x83);
    /// A significant difference for the worse (the detractors' hue, dark enough for text).
    pub const WORSE: Rgba = Rgba::rgb(0xa8, 0x43, 0x00);
}

/// The heat map's stops: purple–orange diverging (ColorBrewer PuOr), readable by people with
/// the common colour-vision deficiencies.
const HEAT_STOPS: [(f32, [u8; 3]); 5] = [
    (-1.0, [0xe6, 0x61, 0x01]),
    (-0.5, [0xfd, 0xb8, 0x63]),
    (0.0, [0xf7, 0xf7, 0xf7]),
    (0.5, [0xb2, 0xab, 0xd2]),
    (1.0, [0x5e, 0x3c, 0x99]),
];

/// The heat-map tint at `t` in −1 … +1, mixed with white so dark text reads on it.
pub fn heat_tint(t: f32) -> Rgba {
    let t = if t.is_nan() { 0.0 } else { t.clamp(-1.0, 1.0) };
    let i = HEAT_STOPS
        .iter()
        .rposition(|(s, _)| *s <= t)
        .unwrap_or(0)
        .min(HEAT_STOPS.len() - 2);
    let (s0, c0) = HEAT_STOPS[i];
    let (s1, c1) = HEAT_STOPS[i + 1];
    let f = (t - s0) / (s1 - s0);
    let mix = |a: u8, b: u8| {
        let v = f32::from(a) + (f32::from(b) - f32::from(a)) * f;
        // 60 % colour, 40 % white.
        (v * 0.6 + 255.0 * 0.4).round() as u8
    };
    Rgba::rgb(mix(c0[0], c1[0]), mix(c0[1], c1[1]), mix(c0[2], c1[2]))
}

/// A channel's icon (from the emoji font) and colour.
pub fn channel_icon(channel: Channel) -> (&'static str, Rgba) {
    match channel {
        Channel::Web => ("🌐", Rgba::rgb(0x1f, 0x77, 0xb4)),
        Channel::MobileApp => ("📱", Rgba::rgb(0x6a, 0x3d, 0x9a)),
        Channel::Store => ("🏪", Rgba::rgb(0x2c, 0x8c, 0x4a)),
        Channel::Phone => ("📞", Rgba::rgb(0xd6, 0x6a, 0x1c)),
        Channel::Email => ("✉", Rgba::rgb(0x17, 0x8e, 0xa0)),
        Channel::SocialMedia => ("👍", Rgba::rgb(0xc2, 0x3b, 0x80)),
        Channel::Chatbot => ("💬", Rgba::rgb(0x4b, 0x5c, 0xc4)),
        Channel::Delivery => ("🚚", Rgba::rgb(0x8c, 0x56, 0x2b)),
        Channel::WordOfMouth => ("👥", Rgba::rgb(0xb8, 0x86, 0x0b)),
        Channel::Advertising => ("📢", Rgba::rgb(0xc0, 0x39, 0x2b)),
        Channel::Mail => ("📮", Rgba::rgb(0x7f, 0x8c, 0x8d)),
        Channel::Other => ("•", Rgba::rgb(0x60, 0x60, 0x60)),
    }
}

/// The fill of a pain point card by severity (1 minor … 4 critical).
pub fn severity_fill(severity: u8) -> Rgba {
    match severity {
        0 | 1 => Rgba::rgb(0xfd, 0xf3, 0xd8),
        2 => Rgba::rgb(0xfd, 0xe2, 0xc2),
        3 => Rgba::rgb(0xfa, 0xc8, 0xb4),
        _ => Rgba::rgb(0xf4, 0xa6, 0xa0),
    }
}

/// The accent of a pain point card by severity.
pub fn severity_accent(severity: u8) -> Rgba {
    match severity {
        0 | 1 => Rgba::rgb(0xd4, 0xa0, 0x17),
        2 => Rgba::rgb(0xe0, 0x7b, 0x26),
        3 => Rgba::rgb(0xd0, 0x4a, 0x2a),
        _ => Rgba::rgb(0xb0, 0x1c, 0x2e),
    }
}

/// The text of a pain point's severity on its card: its accent, dark enough to read on the
/// card's fill (WCAG AA).
pub fn severity_ink(severity: u8) -> Rgba {
    match severity {
        0 | 1 => Rgba::rgb(0x7a, 0x5a, 0x00),
        2 => Rgba::rgb(0x8a, 0x43, 0x00),
        3 => Rgba::rgb(0x8e, 0x2a, 0x12),
        _ => Rgba::rgb(0x7d, 0x0f, 0x1d),
    }
}

/// The colour of an emotion face, red (−3) through grey to green (+3).
pub fn emotion_color(emotion: i8) -> Rgba {
    match emotion {
        i8::MIN..=-3 => Rgba::rgb(0xc6, 0x28, 0x28),
        -2 => Rgba::rgb(0xe5, 0x5b, 0x3c),
        -1 => Rgba::rgb(0xf0, 0x9a, 0x4a),
        0 => Rgba::rgb(0xb8, 0xb0, 0x9a),
        1 => Rgba::rgb(0x9c, 0xc4, 0x5a),
        2 => Rgba::rgb(0x52, 0xa8, 0x4e),
        _ => Rgba::rgb(0x1e, 0x88, 0x4a),
    }
}

/// The presentation's colours.
pub mod present {
    use super::Rgba;

    /// Around the map, and the screen blanked to black.
    pub const BACKDROP: Rgba = Rgba::rgb(0x1b, 0x1e, 0x24);
    /// Over the stages beside the one presented.
    pub const DIM: Rgba = Rgba(0x1b, 0x1e, 0x24, 165);
    /// The marker's label.
    pub const MARKER_FILL: Rgba = Rgba(0x1b, 0x1e, 0x24, 235);
    /// The marker's text.
    pub const MARKER_INK: Rgba = Rgba::rgb(0xf1, 0xf3, 0xf6);
    /// The laser pointer.
    pub const LASER: Rgba = Rgba::rgb(0xe5, 0x1c, 0x23);
}

/// The workshop kit: the timer and the vote.
pub mod workshop {
    use super::Rgba;

    /// Behind the timer's figure.
    pub const TIMER_FILL: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
    /// The timer's figure.
    pub const TIMER_INK: Rgba = Rgba::rgb(0x22, 0x26, 0x2e);
    /// The figure in the last ten seconds, and the flash when time is up.
    pub const TIMER_LAST_SECONDS: Rgba = Rgba::rgb(0xc0, 0x1c, 0x1c);
    /// The timer's outline.
    pub const TIMER_OUTLINE: Rgba = Rgba::gray(170);
    /// Over the cards a vote is not on.
    pub const NOT_VOTED_VEIL: Rgba = Rgba(0xe9, 0xeb, 0xef, 190);
    /// The priority matrix's quadrants: quick wins, big bets, fill-ins, money pits.
    pub const QUICK_WINS: Rgba = Rgba::rgb(0xe3, 0xf4, 0xe6);
    /// Big bets.
    pub const BIG_BETS: Rgba = Rgba::rgb(0xe6, 0xee, 0xfa);
    /// Fill-ins.
    pub const FILL_INS: Rgba = Rgba::rgb(0xf4, 0xf4, 0xf1);
    /// Money pits.
    pub const MONEY_PITS: Rgba = Rgba::rgb(0xfb, 0xeb, 0xe6);
    /// Behind the vote's banner.
    pub const BANNER_FILL: Rgba = Rgba::rgb(0xff, 0xff, 0xff);

    /// Participants' dot colours (Okabe–Ito, told apart with colour-blindness), in turn.
    const PARTICIPANTS: [Rgba; 8] = [
        Rgba::rgb(0xe6, 0x9f, 0x00),
        Rgba::rgb(0x56, 0xb4, 0xe9),
        Rgba::rgb(0x00, 0x9e, 0x73),
        Rgba::rgb(0xf0, 0xe4, 0x42),
        Rgba::rgb(0x00, 0x72, 0xb2),
        Rgba::rgb(0xd5, 0x5e, 0x00),
        Rgba::rgb(0xcc, 0x79, 0xa7),
        Rgba::rgb(0x33, 0x33, 0x33),
    ];

    /// The dot colour of a participant (by index).
    pub const fn participant_color(participant: u32) -> Rgba {
        PARTICIPANTS[participant as usize % PARTICIPANTS.len()]
    }
}
