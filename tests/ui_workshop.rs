//! The workshop kit driven as a facilitator would: a dot vote from its setup to its reveal,
//! the timer's keys, quick capture, and dragging a point of the priority matrix.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::example::example_project;
use parcours::model::{CardContent, CardId, JourneyMap, LaneKind};
use parcours::ui::ParcoursApp;

fn map(harness: &Harness<'_, ParcoursApp>) -> JourneyMap {
    harness.state().project().maps[0].clone()
}

fn titles_of(map: &JourneyMap, kind: LaneKind) -> Vec<(CardId, String)> {
    map.cards
        .iter()
        .filter(|c| map.lane(c.lane).is_some_and(|l| l.kind == kind))
        .map(|c| (c.id, c.title().to_owned()))
        .collect()
}

fn click(harness: &mut Harness<'_, ParcoursApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Types in the text field of `label`, as a click in it then the keys would.
fn type_into(harness: &mut Harness<'_, ParcoursApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(egui::Role::TextInput, label)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::TextInput, label)
        .type_text(text);
    harness.run();
}

fn press_with(harness: &mut Harness<'_, ParcoursApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn banner(harness: &Harness<'_, ParcoursApp>) -> String {
    let node = harness
        .get_by_label_contains("Now voting:")
        .accesskit_node();
    node.label().or(node.value()).unwrap_or_default()
}

#[test]
fn a_vote_of_three_participants_hidden_then_revealed_ranked_undone_and_kept() {
    let mut harness = common::ui::harness(example_project());
    harness.run();
    let before = map(&harness);
    let pains = titles_of(&before, LaneKind::PainPoints);
    let opportunities = titles_of(&before, LaneKind::Opportunities);
    assert!(pains.len() >= 4 && !opportunities.is_empty());

    click(&mut harness, "Map");
    click(&mut harness, "Start a vote…");
    harness.get_by_label("Participants").click();
    harness.run();
    harness.get_by_label("Participants").type_text("Ana");
    harness.key_press(Key::Enter);
    harness.get_by_label("Participants").type_text("Bo");
    harness.key_press(Key::Enter);
    harness.get_by_label("Participants").type_text("Cy");
    harness.run();
    click(&mut harness, "Start the vote");
    assert_eq!(banner(&harness), "Now voting: Ana — 3 dots left");

    // Ana: three dots, the third taken back and placed elsewhere.
    for (_, title) in &pains[..3] {
        click(&mut harness, title);
    }
    assert_eq!(banner(&harness), "Now voting: Ana — no dots left");
    click(&mut harness, &pains[3].1);
    harness.get_by_label_contains("No dots left");
    click(&mut harness, &pains[2].1);
    assert_eq!(banner(&harness), "Now voting: Ana — one dot left");
    click(&mut harness, &pains[3].1);
    // A card of a kind not voted on takes no dot.
    let touchpoint = titles_of(&before, LaneKind::Touchpoints)[0].1.clone();
    click(&mut harness, &touchpoint);
    harness.get_by_label("This vote is not on cards of this kind.");
    assert_eq!(harness.state().vote_dots_on_screen(), Some(3));

    click(&mut harness, "Next participant");
    assert_eq!(banner(&harness), "Now voting: Bo — 3 dots left");
    // Hidden until the reveal: Bo sees none of Ana's dots.
    assert_eq!(harness.state().vote_dots_on_screen(), Some(0));
    for (_, title) in &pains[..3] {
        click(&mut harness, title);
    }
    assert_eq!(harness.state().vote_dots_on_screen(), Some(3));
    click(&mut harness, "Next participant");
    click(&mut harness, &pains[0].1);
    click(&mut harness, &pains[1].1);
    click(&mut harness, &opportunities[0].1);
    harness.get_by_label("Everyone has voted: the facilitator can end the vote.");

    // Escape, a click on the background or on the map do not end it: only the facilitator.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().vote_dots_on_screen().is_some());
    click(&mut harness, "End the vote…");
    click(&mut harness, "Keep voting");
    assert!(harness.state().vote_dots_on_screen().is_some());
    assert!(
        map(&harness).votes.is_empty(),
        "nothing kept before the end"
    );
    click(&mut harness, "End the vote…");
    click(&mut harness, "End and reveal");
    assert_eq!(harness.state().vote_dots_on_screen(), None);

    // The reveal ranks the cards: two with three dots, then the ones with one, by first dot.
    let after = map(&harness);
    let session = &after.votes[0];
    assert_eq!(session.name, "Vote 1");
    assert_eq!(session.participants, vec!["Ana", "Bo", "Cy"]);
    assert_eq!(session.dots.len(), 9);
    assert_eq!(
        session.ranking(),
        vec![
            (pains[0].0, 3),
            (pains[1].0, 3),
            (pains[3].0, 1),
            (pains[2].0, 1),
            (opportunities[0].0, 1),
        ]
    );
    harness.get_by_label("Result — Vote 1");
    assert_eq!(harness.query_all_by_label("3 dots").count(), 2);
    assert_eq!(harness.query_all_by_label("one dot").count(), 3);
    click(&mut harness, "Close");
    assert!(harness.query_by_label("Result — Vote 1").is_none());

    // Kept through save and load; undone in one step.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("vote.ron");
    parcours::file::save_project(harness.state().project(), &path).unwrap();
    let loaded = parcours::file::load_project(&path).unwrap();
    assert_eq!(loaded.maps[0].votes, after.votes);
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&harness), before);
}

#[test]
fn the_timer_keys_work_with_the_pointer_on_it() {
    let mut harness = common::ui::harness(example_project());
    harness.run();
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    harness.get_by_label("Timer 5:00");
    // The arrows change the timer only with the pointer on it.
    let at = harness.get_by_label("Timer 5:00").rect().center();
    harness.hover_at(at);
    harness.run();
    harness.key_press(Key::ArrowUp);
    harness.run();
    harness.get_by_label("Timer 6:00");
    press_with(&mut harness, Modifiers::SHIFT, Key::ArrowUp);
    harness.get_by_label("Timer 11:00");
    harness.key_press(Key::ArrowDown);
    harness.run();
    press_with(&mut harness, Modifiers::SHIFT, Key::ArrowDown);
    harness.get_by_label("Timer 5:00");
    harness.hover_at(Pos2::new(700.0, 500.0));
    harness.run();
    harness.key_press(Key::ArrowUp);
    harness.run();
    harness.get_by_label("Timer 5:00");

    click(&mut harness, "Start");
    assert_eq!(harness.state().timer_running(), (true, true));
    click(&mut harness, "Pause");
    assert_eq!(harness.state().timer_running(), (true, false));
    click(&mut harness, "Reset");
    harness.get_by_label("Timer 5:00");
    click(&mut harness, "−1");
    harness.get_by_label("Timer 4:00");
    // Shown in a presentation too, and T hides it there.
    harness.key_press(Key::F5);
    harness.run();
    harness.get_by_label("Timer 4:00");
    // Setting up a vote there: the presentation's keys wait behind its dialog.
    harness.key_press(Key::V);
    harness.run();
    let step = harness.state().presentation().unwrap().step;
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().presentation().unwrap().step, step);
    click(&mut harness, "Cancel");
    harness.key_press(Key::T);
    harness.run();
    assert!(harness.query_by_label("Timer 4:00").is_none());
}

#[test]
fn quick_capture_types_five_cards_into_their_cells_and_tab_moves_on() {
    let mut harness = common::ui::harness(example_project());
    harness.run();
    let before = map(&harness);
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    let field = "Quick capture";
    for line in ["Attente au guichet", "Appli qui plante"] {
        harness
            .get_by_role_and_label(egui::Role::TextInput, field)
            .type_text(line);
        harness.key_press(Key::Enter);
        harness.run();
    }
    harness.key_press(Key::Tab);
    harness.run();
    for line in ["Pas de suivi", "Facture illisible"] {
        harness
            .get_by_role_and_label(egui::Role::TextInput, field)
            .type_text(line);
        harness.key_press(Key::Enter);
        harness.run();
    }
    press_with(&mut harness, Modifiers::SHIFT, Key::Tab);
    harness
        .get_by_role_and_label(egui::Role::TextInput, field)
        .type_text("Relance oubliée");
    harness.key_press(Key::Enter);
    harness.run();
    // Several lines pasted: one card each.
    harness.event(egui::Event::Paste("Ligne A\nLigne B".into()));
    harness.run();

    let after = map(&harness);
    assert_eq!(after.cards.len(), before.cards.len() + 7);
    let lane = before
        .lanes
        .iter()
        .find(|l| l.kind.holds_cards())
        .unwrap()
        .id;
    let cell = |stage: usize| -> Vec<String> {
        after
            .cell_cards(after.stages[stage].id, lane)
            .map(|c| c.title().to_owned())
            .collect()
    };
    let first = cell(0);
    assert_eq!(
        first[first.len() - 5..],
        [
            "Attente au guichet",
            "Appli qui plante",
            "Relance oubliée",
            "Ligne A",
            "Ligne B"
        ]
    );
    let second = cell(1);
    assert_eq!(
        second[second.len() - 2..],
        ["Pas de suivi", "Facture illisible"]
    );
    // The field keeps the keys between lines.
    assert_eq!(
        harness
            .get_by_role_and_label(egui::Role::TextInput, field)
            .value()
            .as_deref(),
        Some("")
    );
}

#[test]
fn dragging_a_matrix_point_sets_impact_and_effort_in_one_undo_step() {
    let mut harness = common::ui::harness(example_project());
    harness.run();
    let before = map(&harness);
    let (id, title) = titles_of(&before, LaneKind::Opportunities)[0].clone();
    let CardContent::Opportunity(old) = &before.card(id).unwrap().content else {
        unreachable!()
    };
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    harness.get_by_label("Priority matrix");
    harness.get_by_label("Quick wins");
    harness.get_by_label("Money pits");
    let from = harness.get_by_label(&title).rect().center();
    // Dropped on a quadrant's name, in its far corner: quick wins (impact 5, effort 1), or
    // money pits (impact 1, effort 5) for a point already a quick win.
    let (corner, expected) = if (old.impact, old.effort) == (5, 1) {
        ("Money pits", (1, 5))
    } else {
        ("Quick wins", (5, 1))
    };
    let to = harness.get_by_label(corner).rect().center();
    common::ui::drag(&mut harness, from, to, Modifiers::NONE);
    let after = map(&harness);
    let CardContent::Opportunity(new) = &after.card(id).unwrap().content else {
        unreachable!()
    };
    assert_eq!((new.impact, new.effort), expected);
    assert_eq!(harness.state().document().history().undo_len(), 1);
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&harness), before);
}

#[test]
fn an_opportunity_is_sized_by_the_survey_and_its_suggested_impact_can_be_taken() {
    let project = common::ui::example_with_survey();
    let mut harness = common::ui::harness(project);
    harness.run();
    let map = map(&harness);
    let (id, _) = titles_of(&map, LaneKind::Opportunities)
        .into_iter()
        .find(|(_, t)| t.starts_with("Rappel SAV"))
        .unwrap();
    harness
        .state_mut()
        .select(parcours::ui::Selection::Cards(vec![id]));
    harness.run();
    harness.get_by_label("In the survey");
    let reach = harness.get_by_label_contains("Reach: ");
    let node = reach.accesskit_node();
    let text = node.label().or(node.value()).unwrap_or_default();
    assert!(
        text.contains("answers at") && text.contains("of all answers"),
        "{text}"
    );
    harness.get_by_label_contains("Detractors there: ");
    let what_if =
        harness.get_by_label_contains("If these detractors became passives, NPS would go from");
    let node = what_if.accesskit_node();
    let text = node.label().or(node.value()).unwrap_or_default();
    assert!(text.contains('±'), "the what-if has its margin: {text}");
    let suggested = parcours::metrics::size_opportunity(
        &map,
        &harness.state().project().waves[0],
        &parcours::metrics::Filter::default(),
        id,
    )
    .unwrap()
    .suggested_impact();
    let CardContent::Opportunity(before) = &map.card(id).unwrap().content else {
        unreachable!()
    };
    if before.impact != suggested {
        click(&mut harness, "Use this impact");
        let now = self::map(&harness);
        let CardContent::Opportunity(after) = &now.card(id).unwrap().content else {
            unreachable!()
        };
        assert_eq!(after.impact, suggested);
        assert_eq!(after.effort, before.effort);
    }
}

#[test]
fn an_action_and_an_evidence_label_set_in_the_inspector_show_in_the_plan_and_the_summary() {
    let mut harness = common::ui::harness(example_project());
    harness.run();
    let map = map(&harness);
    let (pain, pain_title) = titles_of(&map, LaneKind::PainPoints)[0].clone();
    harness
        .state_mut()
        .select(parcours::ui::Selection::Cards(vec![pain]));
    harness.run();
    click(&mut harness, "Evidence");
    click(&mut harness, "Observed");
    click(&mut harness, "Add an action");
    type_into(&mut harness, "Action", "Rappeler sous 24 h");
    type_into(&mut harness, "Owner", "Léa");
    type_into(&mut harness, "Due", "demain");
    harness.get_by_label("Not a date: write it as 2026-12-31.");
    let CardContent::PainPoint(p) = &self::map(&harness).card(pain).unwrap().content.clone() else {
        unreachable!()
    };
    assert_eq!(p.evidence, Some(parcours::model::Evidence::Observed));
    assert_eq!(p.actions.len(), 1);
    assert_eq!(
        (p.actions[0].title.as_str(), p.actions[0].owner.as_str()),
        ("Rappeler sous 24 h", "Léa")
    );

    // The plan lists it with the card it is on; the summary with its owner.
    click(&mut harness, "Map");
    click(&mut harness, "Action plan");
    harness.get_by_label("Rappeler sous 24 h");
    click(&mut harness, &pain_title);
    assert_eq!(
        harness.state().selection(),
        &parcours::ui::Selection::Cards(vec![pain])
    );
    // The heading's button, not the inspector's field of the same name.
    harness
        .get_by_role_and_label(egui::Role::Button, "Owner")
        .click();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(egui::Role::Button, "Owner")
            .accesskit_node()
            .toggled()
            == Some(egui::accesskit::Toggled::True),
        "the column sorted by shows selected"
    );
    click(&mut harness, "Map");
    click(&mut harness, "Workshop summary…");
    harness.get_by_label("Copy");
    let summary = harness
        .query_all_by_role(egui::Role::MultilineTextInput)
        .filter_map(|node| node.accesskit_node().value())
        .find(|text| text.starts_with("Workshop summary — "))
        .expect("the summary's text");
    assert!(
        summary.contains("• Rappeler sous 24 h — Léa, demain, To do"),
        "{summary}"
    );
    assert!(summary.contains("Changes during this session"), "{summary}");
    assert!(summary.contains("1 changed"), "{summary}");
}
