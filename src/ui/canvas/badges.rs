//! Survey scores on the map: the badges of the touchpoints in the metrics lanes, drawn by the
//! scene, read out here for screen readers and tests.

use egui::{Id, Role, Sense, Ui, WidgetInfo};

use super::{Canvas, MIN_ZOOM_FOR_CARD_WIDGETS};
use crate::i18n::{Text, format};
use crate::scene::badge_lines;

impl Canvas<'_> {
    /// A widget per badge in view, saying what it shows.
    pub(super) fn badge_widgets(&self, ui: &mut Ui, visible: &crate::layout::Rect) {
        if !self.badges.any_wave || self.view().zoom < MIN_ZOOM_FOR_CARD_WIDGETS {
            return;
        }
        for badge in &self.layout.badges {
            if !badge.rect.intersects(visible) {
                continue;
            }
            let Some(card) = self.map.cards.get(badge.card_index) else {
                continue;
            };
            let response = ui.interact(
                self.screen_rect(badge.rect),
                Id::unique(("badge", badge.lane_index, card.id)),
                Sense::hover(),
            );
            let said = self.badge_said(card.id, card.title());
            response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &said));
        }
    }

    /// What a badge says: its touchpoint, then each figure with its n.
    fn badge_said(&self, card: crate::model::CardId, title: &str) -> String {
        let mut said = vec![title.to_owned()];
        let Some(figures) = self.scores.figures.get(&card) else {
            said.push(self.t(Text::NoCardForSurvey).to_owned());
            return said.join(", ");
        };
        for line in badge_lines(figures, self.badges.hidden_badges, self.language) {
            let mut spoken = format!("{} ({})", line.text, format::n(self.language, line.n));
            if line.low {
                spoken.push_str(&format!(", {}", self.t(Text::LowSample)));
            }
            said.push(spoken);
        }
        said.join(", ")
    }
}
