//! Survey scores on the map: a badge per touchpoint in the metrics lanes (value, margin of
//! error, n, low samples flagged) and the heat-map tint of touchpoint cards (its legend is in
//! the filter bar).

use egui::{
    Align2, Color32, FontId, Id, Painter, Rect, Role, Sense, Stroke, StrokeKind, Ui, WidgetInfo,
    pos2, vec2,
};

use super::{Canvas, MIN_ZOOM_FOR_CARD_WIDGETS, paint};
use crate::i18n::{Language, Text, format};
use crate::metrics::{Figures, LOW_SAMPLE};
use crate::model::{CardId, LaneKind, MetricKind, Scale};
use crate::theme::stroke;
use crate::theme::survey;
use crate::ui::style::c;
use crate::ui::style::canvas as colors;
use crate::ui::survey::palette;

const LOW_SAMPLE_COLOR: Color32 = c(survey::LOW_SAMPLE);

/// One line of a badge: "NPS  −30.6 ±11.0", "n 180".
pub fn badge_line(
    metric: MetricKind,
    figures: &Figures,
    language: Language,
) -> Option<(String, u64)> {
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

impl Canvas<'_> {
    /// The heat-map colour of a touchpoint card, when a metric is chosen and it has answers.
    pub(super) fn heat_tint(&self, card: CardId) -> Option<Color32> {
        let metric = self.badges.heat?;
        let figures = self.scores.figures.get(&card)?;
        palette::position(metric, figures, &self.scores.scales).map(palette::diverging)
    }

    pub(super) fn metrics_lanes(
        &self,
        ui: &mut Ui,
        painter: &Painter,
        visible: &crate::layout::Rect,
    ) {
        let zoom = self.view().zoom;
        let size = 13.0 * zoom;
        if size < paint::MIN_LEGIBLE_TEXT {
            return;
        }
        if !self.badges.any_wave {
            for lane in self
                .layout
                .lanes
                .iter()
                .filter(|l| l.kind == LaneKind::Metrics)
            {
                if lane.row.intersects(visible) {
                    painter.text(
                        self.screen_rect(lane.row).center(),
                        Align2::CENTER_CENTER,
                        self.t(Text::NoSurveyAttached),
                        FontId::proportional(size),
                        colors::TEXT_MUTED,
                    );
                }
            }
            return;
        }
        for badge in &self.layout.badges {
            if !badge.rect.intersects(visible) {
                continue;
            }
            let Some(card) = self.map.cards.get(badge.card_index) else {
                continue;
            };
            let rect = self.screen_rect(badge.rect);
            let figures = self.scores.figures.get(&card.id);
            let accessible = self.paint_badge(painter, rect, card.title(), figures, zoom);
            if let Some(tint) = self.heat_tint(card.id) {
                // The heat colour on the badge's edge ties it to its card.
                let strip = Rect::from_min_max(rect.min, pos2(rect.min.x + 5.0 * zoom, rect.max.y));
                painter.rect_filled(strip, (5.0 * zoom) as u8, tint);
            }
            if zoom >= MIN_ZOOM_FOR_CARD_WIDGETS {
                let response = ui.interact(
                    rect,
                    Id::unique(("badge", badge.lane_index, card.id)),
                    Sense::hover(),
                );
                response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &accessible));
            }
        }
    }

    /// Paints one badge and returns what it says, for screen readers and tests.
    fn paint_badge(
        &self,
        painter: &Painter,
        rect: Rect,
        title: &str,
        figures: Option<&Figures>,
        zoom: f32,
    ) -> String {
        painter.rect(
            rect,
            (5.0 * zoom) as u8,
            c(survey::BADGE_FILL),
            Stroke::new(stroke::HAIRLINE, colors::CARD_BORDER),
            StrokeKind::Inside,
        );
        let pad = 7.0 * zoom;
        let line_height = 17.0 * zoom;
        let font = FontId::proportional(13.0 * zoom);
        let small = FontId::proportional(11.5 * zoom);
        let width = rect.width() - 2.0 * pad;
        let title_galley =
            paint::wrapped(painter, title, 11.5 * zoom, colors::TEXT_MUTED, width, 1);
        painter.galley(
            rect.min + vec2(pad, pad * 0.7),
            title_galley,
            colors::TEXT_MUTED,
        );
        let mut said = vec![title.to_owned()];
        let mut y = rect.min.y + pad * 0.7 + 16.0 * zoom;
        let Some(figures) = figures else {
            let text = self.t(Text::NoCardForSurvey);
            painter.text(
                pos2(rect.min.x + pad, y),
                Align2::LEFT_TOP,
                text,
                small,
                colors::TEXT_MUTED,
            );
            said.push(text.to_owned());
            return said.join(", ");
        };
        for metric in MetricKind::ALL {
            if self.badges.hidden_badges[metric as usize] {
                continue;
            }
            let Some((line, n)) = badge_line(metric, figures, self.language) else {
                continue;
            };
            let low = n < LOW_SAMPLE;
            painter.text(
                pos2(rect.min.x + pad, y),
                Align2::LEFT_TOP,
                &line,
                font.clone(),
                colors::TEXT,
            );
            let n_text = if low {
                format!("n {} ⚠", format::count(self.language, n))
            } else {
                format!("n {}", format::count(self.language, n))
            };
            let n_color = if low {
                LOW_SAMPLE_COLOR
            } else {
                colors::TEXT_MUTED
            };
            painter.text(
                pos2(rect.max.x - pad, y + 1.0 * zoom),
                Align2::RIGHT_TOP,
                &n_text,
                small.clone(),
                n_color,
            );
            let mut spoken = format!("{line} ({})", format::n(self.language, n));
            if low {
                spoken.push_str(&format!(", {}", self.t(Text::LowSample)));
            }
            said.push(spoken);
            y += line_height;
        }
        said.join(", ")
    }
}
