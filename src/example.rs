//! The example project opened when Parcours starts with no file: an e-bike retailer's
//! purchase journey, in French, embedded from `assets/`.

use std::path::Path;

use crate::i18n::Language;
use crate::model::Project;

/// The example project's file name, as shown in the title bar.
pub const EXAMPLE_FILE_NAME: &str = "exemple-velo.ron";

/// The RON text of the example project.
pub const EXAMPLE_RON: &str = include_str!("../assets/exemple-velo.ron");

/// The example project.
pub fn example_project() -> Project {
    // The embedded file is checked by the tests; an empty project is only a safety net.
    crate::file::parse_project(EXAMPLE_RON.as_bytes(), Path::new(EXAMPLE_FILE_NAME))
        .unwrap_or_else(|_| Project::empty(Language::default()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CardContent, LaneKind};

    #[test]
    fn the_embedded_example_parses() {
        crate::file::parse_project(EXAMPLE_RON.as_bytes(), Path::new(EXAMPLE_FILE_NAME)).unwrap();
    }

    #[test]
    fn the_example_has_the_twelve_survey_touchpoints() {
        let project = example_project();
        let map = &project.maps[0];
        let titles: Vec<_> = map
            .touchpoints_in_order()
            .iter()
            .map(|c| c.title().to_owned())
            .collect();
        assert_eq!(
            titles,
            [
                "Publicité réseaux sociaux",
                "Bouche-à-oreille",
                "Site web – pages conseils",
                "Forum et avis clients",
                "Comparateur en ligne",
                "Essai en magasin",
                "Conseil vendeur",
                "Chat en ligne",
                "Paiement en ligne",
                "Livraison à domicile",
                "Service après-vente",
                "Programme de fidélité",
            ]
        );
        let count =
            |f: fn(&CardContent) -> bool| map.cards.iter().filter(|c| f(&c.content)).count();
        assert!(count(|c| matches!(c, CardContent::PainPoint(_))) >= 5);
        assert!(count(|c| matches!(c, CardContent::Opportunity(_))) >= 3);
        assert_eq!(map.stages.len(), 6);
        assert!(map.lanes.iter().any(|l| l.kind == LaneKind::Backstage));
        assert!(map.persona.is_some());
        assert_eq!(project.info.language, Language::Fr);
    }

    #[test]
    fn the_example_file_is_in_canonical_form() {
        // Saving the example unchanged must give the file back byte for byte.
        let project = example_project();
        assert_eq!(crate::file::to_ron(&project).unwrap(), EXAMPLE_RON);
    }
}
