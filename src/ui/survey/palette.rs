//! The heat-map palette: purple–orange diverging (ColorBrewer PuOr), readable by people with
//! the common colour-vision deficiencies, lightened so that card text stays legible.

use egui::{Color32, FontId, Rect, Stroke, StrokeKind, pos2, vec2};

use crate::theme::{self, survey};
use crate::ui::style::c;

/// The palette colour at `t` in −1 … +1, mixed with white so dark text reads on it.
pub fn diverging(t: f32) -> Color32 {
    c(theme::heat_tint(t))
}

pub use crate::scene::heat_scale_labels as legend_labels;

/// Paints the legend in a line: the low label, the colour ramp, the high label; the middle
/// label under the ramp's centre. Returns what it says, for screen readers.
pub fn legend(ui: &mut egui::Ui, labels: &[String; 3]) -> egui::Response {
    let font = FontId::proportional(11.0);
    let ink = c(survey::LEGEND_INK);
    let (rect, response) = ui.allocate_exact_size(vec2(220.0, 22.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let low = painter.layout_no_wrap(labels[0].clone(), font.clone(), ink);
    let high = painter.layout_no_wrap(labels[2].clone(), font.clone(), ink);
    let ramp = Rect::from_min_max(
        pos2(rect.min.x + low.size().x + 6.0, rect.min.y + 1.0),
        pos2(rect.max.x - high.size().x - 6.0, rect.min.y + 9.0),
    );
    painter.galley(
        pos2(rect.min.x, ramp.center().y - low.size().y / 2.0),
        low,
        ink,
    );
    painter.galley(
        pos2(ramp.max.x + 6.0, ramp.center().y - high.size().y / 2.0),
        high,
        ink,
    );
    let steps = 40;
    for i in 0..steps {
        let t0 = i as f32 / steps as f32;
        let t1 = (i + 1) as f32 / steps as f32;
        let segment = Rect::from_min_max(
            pos2(ramp.min.x + ramp.width() * t0, ramp.min.y),
            pos2(ramp.min.x + ramp.width() * t1 + 0.5, ramp.max.y),
        );
        painter.rect_filled(segment, 0.0, diverging(t0 * 2.0 - 1.0));
    }
    painter.rect_stroke(
        ramp,
        0.0,
        Stroke::new(theme::stroke::HAIRLINE, c(survey::LEGEND_OUTLINE)),
        StrokeKind::Outside,
    );
    // The middle label under the ramp, whole inside the legend's height.
    painter.text(
        pos2(ramp.center().x, ramp.max.y),
        egui::Align2::CENTER_TOP,
        &labels[1],
        FontId::proportional(10.0),
        ink,
    );
    let said = format!("{} … {} … {}", labels[0], labels[1], labels[2]);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &said));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_runs_from_orange_through_white_to_purple() {
        let low = diverging(-1.0);
        let mid = diverging(0.0);
        let high = diverging(1.0);
        assert!(low.r() > low.b(), "orange end");
        assert!(high.b() > high.g(), "purple end");
        assert!(mid.r() > 240 && mid.g() > 240 && mid.b() > 240);
    }
}
