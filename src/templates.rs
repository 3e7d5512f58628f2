//! Map templates from the customer-experience literature, in every language of the
//! interface.

use crate::i18n::{Language, Text};
use crate::model::{DEFAULT_STAGE_WIDTH, IdCounter, JourneyMap, Lane, LaneKind, Rgb, Stage};

/// The templates a new map can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Template {
    /// Need recognition, information search, comparison, decision, purchase, loyalty.
    PurchaseJourney,
    /// Kotler's 5A: Aware, Appeal, Ask, Act, Advocate.
    FiveA,
    /// Before, during and after purchase.
    BeforeDuringAfter,
    /// A service blueprint with its four lanes and three lines.
    ServiceBlueprint,
    /// Three empty stages.
    Blank,
}

impl Template {
    /// Every template, in menu order.
    pub const ALL: [Template; 5] = [
        Template::PurchaseJourney,
        Template::FiveA,
        Template::BeforeDuringAfter,
        Template::ServiceBlueprint,
        Template::Blank,
    ];

    /// The template's name.
    pub fn name(self) -> Text {
        match self {
            Template::PurchaseJourney => Text::TemplatePurchase,
            Template::FiveA => Text::Template5A,
            Template::BeforeDuringAfter => Text::TemplateBeforeDuringAfter,
            Template::ServiceBlueprint => Text::TemplateBlueprint,
            Template::Blank => Text::TemplateBlank,
        }
    }

    fn stage_names(self) -> &'static [Text] {
        match self {
            Template::PurchaseJourney => &[
                Text::PurchaseStage1,
                Text::PurchaseStage2,
                Text::PurchaseStage3,
                Text::PurchaseStage4,
                Text::PurchaseStage5,
                Text::PurchaseStage6,
            ],
            Template::FiveA => &[
                Text::FiveAStage1,
                Text::FiveAStage2,
                Text::FiveAStage3,
                Text::FiveAStage4,
                Text::FiveAStage5,
            ],
            Template::BeforeDuringAfter => &[
                Text::BeforeDuringAfterStage1,
                Text::BeforeDuringAfterStage2,
                Text::BeforeDuringAfterStage3,
            ],
            Template::ServiceBlueprint => &[
                Text::BlueprintStage1,
                Text::BlueprintStage2,
                Text::BlueprintStage3,
                Text::BlueprintStage4,
                Text::BlueprintStage5,
            ],
            Template::Blank => &[Text::BlankStage1, Text::BlankStage2, Text::BlankStage3],
        }
    }

    fn lanes(self) -> &'static [(LaneKind, Text)] {
        match self {
            Template::PurchaseJourney | Template::FiveA | Template::BeforeDuringAfter => &[
                (LaneKind::Text, Text::LaneDoing),
                (LaneKind::Text, Text::LaneThinking),
                (LaneKind::Touchpoints, Text::LaneTouchpoints),
                // Scores right under the touchpoints they describe.
                (LaneKind::Metrics, Text::LaneSurveyScores),
                (LaneKind::Emotion, Text::LaneEmotion),
                (LaneKind::PainPoints, Text::LanePainPoints),
                (LaneKind::Opportunities, Text::LaneOpportunities),
            ],
            Template::ServiceBlueprint => &[
                (LaneKind::PhysicalEvidence, Text::LanePhysicalEvidence),
                (LaneKind::Text, Text::LaneCustomerActions),
                (LaneKind::Frontstage, Text::LaneFrontstage),
                (LaneKind::Backstage, Text::LaneBackstage),
                (LaneKind::Support, Text::LaneSupport),
            ],
            Template::Blank => &[
                (LaneKind::Touchpoints, Text::LaneTouchpoints),
                (LaneKind::Emotion, Text::LaneEmotion),
            ],
        }
    }

    /// A new map from this template, with ids from the project's counter. The map is not
    /// added to the project: pass it to an [`Edit::AddMap`](crate::edit::Edit::AddMap).
    pub fn build(self, language: Language, ids: &mut IdCounter) -> JourneyMap {
        let stages = self
            .stage_names()
            .iter()
            .enumerate()
            .map(|(index, name)| Stage {
                id: ids.fresh_stage_id(),
                name: name.get(language).to_owned(),
                color: Rgb::stage_color(index),
                width: DEFAULT_STAGE_WIDTH,
                notes: String::new(),
            })
            .collect();
        let lanes = self
            .lanes()
            .iter()
            .map(|(kind, title)| Lane {
                id: ids.fresh_lane_id(),
                title: title.get(language).to_owned(),
                kind: *kind,
            })
            .collect();
        JourneyMap {
            id: ids.fresh_map_id(),
            name: self.name().get(language).to_owned(),
            persona: None,
            stages,
            lanes,
            cards: Vec::new(),
            views: Vec::new(),
            votes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Project;

    #[test]
    fn the_purchase_journey_has_the_six_classic_stages() {
        let mut project = Project::empty(Language::En);
        let map = Template::PurchaseJourney.build(Language::En, &mut project.next_id);
        let names: Vec<_> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Need recognition",
                "Information search",
                "Comparison",
                "Decision",
                "Purchase",
                "Loyalty"
            ]
        );
        // The scores lane sits right under the touchpoints it describes.
        let kinds: Vec<_> = map.lanes.iter().map(|l| l.kind).collect();
        let touchpoints = kinds
            .iter()
            .position(|k| *k == LaneKind::Touchpoints)
            .unwrap();
        assert_eq!(kinds[touchpoints + 1], LaneKind::Metrics);
    }

    #[test]
    fn templates_exist_in_french_with_unique_ids() {
        let mut project = Project::empty(Language::Fr);
        for template in Template::ALL {
            let map = template.build(Language::Fr, &mut project.next_id);
            assert!(!map.stages.is_empty());
            let mut ids: Vec<u64> = map.stages.iter().map(|s| s.id.0).collect();
            ids.extend(map.lanes.iter().map(|l| l.id.0));
            ids.push(map.id.0);
            let count = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), count);
        }
        let blueprint = Template::ServiceBlueprint.build(Language::Fr, &mut project.next_id);
        assert_eq!(blueprint.stages[0].name, "Découvrir");
        assert!(
            blueprint
                .lanes
                .iter()
                .any(|l| l.kind == LaneKind::Backstage)
        );
    }
}
