//! Any sequence of edits followed by as many undos gives back the original project, and
//! redo replays it.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use parcours::edit::History;
use parcours::model::Project;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn undo_all_restores_and_redo_all_replays(
        project in common::any_project(),
        recipes in prop::collection::vec(common::any_recipe(), 1..40),
    ) {
        let original: Project = project.clone();
        let mut project = project;
        let mut history = History::default();
        let mut next_id = 5_000_000;
        let mut applied = 0;
        for recipe in &recipes {
            if let Some(edit) = recipe.edit(&project, &mut next_id) {
                let before = project.clone();
                match history.apply(&mut project, edit) {
                    Ok(()) => applied += 1,
                    // A refused edit leaves the project untouched.
                    Err(_) => prop_assert_eq!(&project, &before),
                }
            }
        }
        let edited = project.clone();
        for _ in 0..applied {
            prop_assert!(history.undo(&mut project).is_some());
        }
        prop_assert!(history.undo(&mut project).is_none());
        prop_assert_eq!(&project, &original);
        for _ in 0..applied {
            prop_assert!(history.redo(&mut project).is_some());
        }
        prop_assert_eq!(&project, &edited);
    }
}

#[test]
fn the_history_keeps_at_least_a_thousand_steps() {
    let mut project = parcours::example::example_project();
    let original = project.clone();
    let map = project.maps[0].id;
    let card = project.maps[0].cards[0].clone();
    let mut history = History::default();
    for i in 0..1_500 {
        let mut content = card.content.clone();
        content.set_title(format!("Titre {i}"));
        history
            .apply(
                &mut project,
                parcours::edit::Edit::SetCardContent {
                    map,
                    card: card.id,
                    content,
                },
            )
            .unwrap();
    }
    let mut undone = 0;
    while history.undo(&mut project).is_some() {
        undone += 1;
    }
    assert_eq!(undone, 1_500);
    assert_eq!(project, original);
}
