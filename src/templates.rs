//! Map templates from the customer-experience literature, in English and French.

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

    fn stage_names(self, language: Language) -> &'static [&'static str] {
        use Language::{En, Fr};
        match (self, language) {
            (Template::PurchaseJourney, En) => &[
                "Need recognition",
                "Information search",
                "Comparison",
                "Decision",
                "Purchase",
                "Loyalty",
            ],
            (Template::PurchaseJourney, Fr) => &[
                "Reconnaissance du besoin",
                "Recherche d'information",
                "Comparaison",
                "Décision",
                "Achat",
                "Fidélisation",
            ],
            (Template::FiveA, En) => &["Aware", "Appeal", "Ask", "Act", "Advocate"],
            (Template::FiveA, Fr) => &[
                "Connaissance (Aware)",
                "Attrait (Appeal)",
                "Questionnement (Ask)",
                "Action (Act)",
                "Recommandation (Advocate)",
            ],
            (Template::BeforeDuringAfter, En) => {
                &["Before purchase", "During purchase", "After purchase"]
            }
            (Template::BeforeDuringAfter, Fr) => {
                &["Avant l'achat", "Pendant l'achat", "Après l'achat"]
            }
            (Template::ServiceBlueprint, En) => &["Discover", "Book", "Use", "Pay", "Follow up"],
            (Template::ServiceBlueprint, Fr) => {
                &["Découvrir", "Réserver", "Utiliser", "Payer", "Suivre"]
            }
            (Template::Blank, En) => &["Stage 1", "Stage 2", "Stage 3"],
            (Template::Blank, Fr) => &["Étape 1", "Étape 2", "Étape 3"],
        }
    }

    fn lanes(self, language: Language) -> Vec<(LaneKind, &'static str)> {
        let fr = language == Language::Fr;
        let t = |en: &'static str, fr_text: &'static str| if fr { fr_text } else { en };
        let journey = vec![
            (LaneKind::Text, t("Doing", "Ce que fait le client")),
            (LaneKind::Text, t("Thinking", "Ce qu'il pense")),
            (LaneKind::Touchpoints, t("Touchpoints", "Points de contact")),
            (LaneKind::Emotion, t("Emotion", "Émotion")),
            (LaneKind::PainPoints, t("Pain points", "Irritants")),
            (LaneKind::Opportunities, t("Opportunities", "Opportunités")),
            (LaneKind::Metrics, t("Survey scores", "Scores d'enquête")),
        ];
        match self {
            Template::PurchaseJourney | Template::FiveA | Template::BeforeDuringAfter => journey,
            Template::ServiceBlueprint => vec![
                (
                    LaneKind::PhysicalEvidence,
                    t("Physical evidence", "Preuves physiques"),
                ),
                (LaneKind::Text, t("Customer actions", "Actions du client")),
                (LaneKind::Frontstage, t("Frontstage", "Front-office")),
                (LaneKind::Backstage, t("Backstage", "Back-office")),
                (
                    LaneKind::Support,
                    t("Support processes", "Processus de support"),
                ),
            ],
            Template::Blank => vec![
                (LaneKind::Touchpoints, t("Touchpoints", "Points de contact")),
                (LaneKind::Emotion, t("Emotion", "Émotion")),
            ],
        }
    }

    /// A new map from this template, with ids from the project's counter. The map is not
    /// added to the project: pass it to an [`Edit::AddMap`](crate::edit::Edit::AddMap).
    pub fn build(self, language: Language, ids: &mut IdCounter) -> JourneyMap {
        let stages = self
            .stage_names(language)
            .iter()
            .enumerate()
            .map(|(index, name)| Stage {
                id: ids.fresh_stage_id(),
                name: (*name).to_owned(),
                color: Rgb::stage_color(index),
                width: DEFAULT_STAGE_WIDTH,
            })
            .collect();
        let lanes = self
            .lanes(language)
            .into_iter()
            .map(|(kind, title)| Lane {
                id: ids.fresh_lane_id(),
                title: title.to_owned(),
                kind,
            })
            .collect();
        JourneyMap {
            id: ids.fresh_map_id(),
            name: self.name().get(language).to_owned(),
            persona: None,
            stages,
            lanes,
            cards: Vec::new(),
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
        assert!(map.lanes.iter().any(|l| l.kind == LaneKind::Metrics));
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
