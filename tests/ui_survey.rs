//! Importing a survey export through the dialog, as a user would, and finding the scores on
//! the map.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;

use common::ui::{Dropped, data, drop_file, harness, settle};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::i18n::Language;
use parcours::model::Project;
use parcours::stats::{ColumnChoices, stats};
use parcours::ui::ParcoursApp;

fn import_by_dropping(harness: &mut Harness<'_, ParcoursApp>, file: &str) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(data(file))));
    settle(harness);
    harness.get_by_label("Next").click();
    settle(harness);
    harness.get_by_label("Import").click();
    settle(harness);
}

#[test]
fn the_velo_export_dropped_on_the_example_shows_every_touchpoints_nps_on_the_map() {
    let mut harness = harness(parcours::example::example_project());
    import_by_dropping(&mut harness, "reponses_parcours_velo.csv");

    // The report says what was read, then goes away.
    harness.get_by_label_contains("2,400 rows read, 2,400 used, 0 skipped");
    harness.get_by_label("Close").click();
    harness.run();

    let project = harness.state().project();
    assert_eq!(project.waves.len(), 1);
    let wave = &project.waves[0];
    assert_eq!(wave.touchpoints.len(), 12);
    assert!(
        wave.touchpoints.iter().all(|t| t.card.is_some()),
        "every value matched a card"
    );

    // Every touchpoint's badge shows the NPS of the expected figures.
    let expected = stats(
        &data("reponses_parcours_velo.csv"),
        &ColumnChoices::default(),
        Language::En,
    )
    .unwrap();
    harness.state_mut().request_fit();
    harness.run();
    for row in &expected.rows {
        let title = row.touchpoint.as_deref().unwrap();
        let nps = row.nps.unwrap();
        // Written as English writes figures: +12.3, 0.0, -5.1.
        let score = format!("{:+.1}", nps.score).replace("+0.0", "0.0");
        let text = format!("NPS {score} ±{:.1} (n = {})", nps.margin95, nps.n);
        // Found once: the badge, named by its touchpoint and its figures.
        harness.get_by_label_contains(&format!("{title}, {text}"));
    }

    // One undo step takes the whole import away.
    harness.get_by_label("Edit").click();
    harness.run();
    harness
        .get_by_label_contains("Undo import survey 'reponses_parcours_velo'")
        .click();
    harness.run();
    assert!(harness.state().project().waves.is_empty());
}

#[test]
fn the_segment_filter_recomputes_the_badges() {
    let mut harness = harness(parcours::example::example_project());
    import_by_dropping(&mut harness, "reponses_parcours_velo.csv");
    harness.get_by_label("Close").click();
    harness.run();
    harness.state_mut().request_fit();
    harness.run();

    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Segment")
        .click();
    harness.run();
    harness.get_by_label("Étudiant").click();
    harness.run();

    let choices = ColumnChoices::default();
    let source = parcours::survey::Source::open(&data("reponses_parcours_velo.csv")).unwrap();
    let everything = parcours::stats::stats_of(&source, &choices, Language::En).unwrap();
    // Students only, computed from the raw rows.
    let text = std::fs::read_to_string(data("reponses_parcours_velo.csv")).unwrap();
    let mut counts = [0u64; 11];
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(';').collect();
        if cells[2] == "Paiement en ligne" && cells[4] == "Étudiant" && !cells[5].is_empty() {
            counts[cells[5].parse::<usize>().unwrap()] += 1;
        }
    }
    let students = parcours::metrics::nps(&counts).unwrap();
    let all = everything
        .rows
        .iter()
        .find(|r| r.touchpoint.as_deref() == Some("Paiement en ligne"))
        .unwrap()
        .nps
        .unwrap();
    assert_ne!(students.n, all.n);
    let label = format!(
        "Paiement en ligne, NPS {:+.1} ±{:.1} (n = {})",
        students.score, students.margin95, students.n
    );
    harness.get_by_label_contains(&label);
}

#[test]
fn the_dashboard_ranks_touchpoints_with_their_margins() {
    let mut harness = harness(parcours::example::example_project());
    import_by_dropping(&mut harness, "reponses_parcours_velo.csv");
    harness.get_by_label("Close").click();
    harness.run();
    harness.get_by_label("Dashboard").click();
    harness.run();
    harness.get_by_label("Touchpoints ranked by");
    // The whole survey first: every answer, as in the expected file's overall figures.
    let whole = harness
        .get_by_label_contains("2,400\u{a0}responses")
        .accesskit_node()
        .value()
        .unwrap_or_default()
        .replace('\u{a0}', " ");
    assert!(
        whole.contains("NPS -9.3 ±") && whole.contains("(n = 2,269)"),
        "{whole}"
    );
    let chart = harness
        .get_by_label_contains("NPS: Essai en magasin +36.8 ±10.4 (n = 204); Bouche-à-oreille")
        .accesskit_node()
        .label()
        .unwrap();
    assert!(
        chart.ends_with("Livraison à domicile -64.2 ±9.6 (n = 162)"),
        "{chart}"
    );
    harness.get_by_label("Back to the map").click();
    harness.run();
    harness.get_by_label("Dashboard");
}

#[test]
fn a_wide_export_puts_each_column_on_its_touchpoint() {
    let mut harness = harness(parcours::example::example_project());
    import_by_dropping(&mut harness, "csat_by_touchpoint_wide.csv");
    harness.get_by_label("Close").click();
    harness.run();
    let wave = &harness.state().project().waves[0];
    assert_eq!(wave.touchpoints.len(), 12);
    assert!(wave.touchpoints.iter().all(|t| t.card.is_some()));
    harness.state_mut().request_fit();
    harness.run();
    harness.get_by_label_contains("Chat en ligne, CSAT 34% top-2 (n = 122)");
    harness.get_by_label_contains("Livraison à domicile, CSAT 19% top-2 (n = 113)");
}

#[test]
fn a_wave_refreshed_from_its_file_reapplies_the_mapping_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("vague.csv");
    std::fs::copy(data("reponses_parcours_velo.csv"), &copy).unwrap();
    let mut harness = harness(parcours::example::example_project());
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(copy.clone())));
    settle(&mut harness);
    harness.get_by_label("Next").click();
    settle(&mut harness);
    harness.get_by_label("Import").click();
    settle(&mut harness);
    harness.get_by_label("Close").click();
    harness.run();
    let before = harness.state().project().waves[0].clone();
    assert_eq!(before.rows.read, 2400);

    // New answers arrive in the same file.
    let mut text = std::fs::read_to_string(&copy).unwrap();
    text.push_str("R2026-09999;02/09/2026;Paiement en ligne;Site web;Étudiant;10;5;7;Parfait\r\n");
    std::fs::write(&copy, text).unwrap();
    let id = before.id;
    harness.state_mut().refresh_wave(id);
    settle(&mut harness);
    harness.get_by_label_contains("2,401 rows read, 2,401 used, 0 skipped");
    harness.get_by_label("Close").click();
    harness.run();
    let after = harness.state().project().waves[0].clone();
    assert_eq!(after.id, id);
    assert_eq!(after.mapping.touchpoints, before.mapping.touchpoints);
    assert_eq!(after.verbatims.len(), before.verbatims.len() + 1);
    assert!(after.months().iter().any(|m| m.to_string() == "2026-09"));

    harness.get_by_label("Edit").click();
    harness.run();
    harness
        .get_by_label_contains("Undo change survey 'vague'")
        .click();
    harness.run();
    assert_eq!(harness.state().project().waves[0], before);
}

#[test]
fn unmatched_values_can_become_new_touchpoints_in_a_chosen_stage() {
    // A map from a template: stages and lanes, no touchpoint yet.
    let mut project = Project::empty(Language::En);
    let template = parcours::templates::Template::ALL[0];
    let map = template.build(Language::En, &mut project.next_id);
    project.maps.push(map);
    let mut harness = harness(project);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(data("reponses_parcours_velo.csv"))));
    settle(&mut harness);
    harness.get_by_label("Next").click();
    settle(&mut harness);
    // Every value is "Not on the map"; make "Paiement en ligne" a new touchpoint in Purchase.
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Paiement en ligne")
        .click();
    harness.run();
    harness.get_by_label("+ New touchpoint").click();
    harness.run();
    harness
        .get_by_role_and_label(
            egui::accesskit::Role::ComboBox,
            "New touchpoints go to stage",
        )
        .click();
    harness.run();
    // The stage header behind the dialog has the same name: the menu's entry comes last.
    harness.get_all_by_label("Purchase").last().unwrap().click();
    harness.run();
    harness.get_by_label("Import").click();
    settle(&mut harness);
    harness.get_by_label("Close").click();
    harness.run();

    let project = harness.state().project();
    let map = &project.maps[0];
    let created = map.touchpoints_in_order();
    assert_eq!(created.len(), 1);
    let card = created[0];
    assert_eq!(card.title(), "Paiement en ligne");
    assert_eq!(map.stage(card.stage).unwrap().name, "Purchase");
    let wave = &project.waves[0];
    let linked: Vec<_> = wave
        .touchpoints
        .iter()
        .filter(|t| t.card.is_some())
        .collect();
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].card, Some(card.id));
    // The other values are kept, just not on the map.
    assert_eq!(wave.touchpoints.len(), 12);

    // Card and wave came in one step.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo import survey").click();
    harness.run();
    assert!(harness.state().project().waves.is_empty());
    assert!(
        harness.state().project().maps[0]
            .touchpoints_in_order()
            .is_empty()
    );
}

#[test]
fn a_wave_is_renamed_from_the_navigator() {
    let mut harness = harness(parcours::example::example_project());
    import_by_dropping(&mut harness, "reponses_parcours_velo.csv");
    harness.get_by_label("Close").click();
    harness.run();
    harness
        .get_by_label("📊 reponses_parcours_velo")
        .click_secondary();
    harness.run();
    harness.get_by_label("Rename").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Name")
        .type_text(" (printemps)");
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(
        harness.state().project().waves[0].name,
        "reponses_parcours_velo (printemps)"
    );
    harness.get_by_label("📊 reponses_parcours_velo (printemps)");
}

#[test]
fn the_report_lists_every_row_left_out_and_every_value_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("messy.csv");
    std::fs::write(
        &path,
        "touchpoint;nps;comment\n\
         Paiement en ligne;9;\n\
         ;7;no touchpoint here\n\
         Paiement en ligne;11;\n\
         Paiement en ligne;;\n",
    )
    .unwrap();
    let mut harness = harness(parcours::example::example_project());
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
    settle(&mut harness);
    harness.get_by_label("Next").click();
    settle(&mut harness);
    harness.get_by_label("Import").click();
    settle(&mut harness);
    harness.get_by_label_contains("4 rows read, 1 used, 3 skipped; 1 value not counted");
    harness.get_by_label("line 3: no touchpoint");
    harness.get_by_label("line 5: no score and no comment");
    harness.get_by_label("line 4, nps: \"11\" is outside the NPS scale 0–10, not counted");
    harness.get_by_label("line 4: no score and no comment");
}

#[test]
fn escape_closes_a_menu_of_the_import_dialog_then_the_dialog() {
    let mut harness = harness(parcours::example::example_project());
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(data("reponses_parcours_velo.csv"))));
    settle(&mut harness);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "4 · canal")
        .click();
    harness.run();
    harness.get_by_label("Segment");
    harness.key_press(egui::Key::Escape);
    harness.run();
    // The menu is closed, the dialog is still there.
    harness.get_by_label("Next");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Next").is_none());
    assert!(harness.state().project().waves.is_empty());
}

#[test]
fn a_touchpoints_inspector_shows_its_scores_and_searches_its_verbatims() {
    let mut harness = harness(parcours::example::example_project());
    import_by_dropping(&mut harness, "reponses_parcours_velo.csv");
    harness.get_by_label("Close").click();
    harness.run();
    let card = harness.state().project().maps[0]
        .touchpoints_in_order()
        .iter()
        .find(|c| c.title() == "Paiement en ligne")
        .unwrap()
        .id;
    harness
        .state_mut()
        .select(parcours::ui::Selection::Cards(vec![card]));
    harness.run();
    harness.get_by_label("Survey scores");
    harness.get_by_label("-30.6 ±11.0");
    harness.get_by_label("Detractors 48%, Passives 34%, Promoters 18%");
    harness.get_by_label("Verbatims (26)");
    // Verbatims are labels; the cards quoting the customer on the canvas are buttons.
    let verbatims = |harness: &Harness<'_, ParcoursApp>| -> Vec<String> {
        harness
            .get_all_by_label_contains("« ")
            .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Label)
            .map(|n| {
                let node = n.accesskit_node();
                node.label().or(node.value()).unwrap_or_default()
            })
            .collect()
    };
    assert_eq!(verbatims(&harness).len(), 26);
    // The survey section comes under the card's fields: scroll down to the search.
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search the comments")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search the comments")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search the comments")
        .type_text("sav");
    harness.run();
    // Case and accents aside, only the comments that speak of the SAV stay.
    let found = verbatims(&harness);
    assert!(!found.is_empty() && found.len() < 26, "{found:?}");
    assert!(
        found.iter().all(|t| t.to_lowercase().contains("sav")),
        "{found:?}"
    );
}

#[test]
fn a_touchpoint_is_compared_with_another_wave() {
    let mut project = parcours::example::example_project();
    for (file, name) in [
        ("csat_by_touchpoint_wide.csv", "Janvier"),
        ("reponses_parcours_velo.csv", "Juin"),
    ] {
        let source = parcours::survey::Source::open(&data(file)).unwrap();
        let wave = parcours::survey::wave_with_proposals(
            &source,
            &project.maps[0],
            name.into(),
            &mut project.next_id,
        );
        project.waves.push(wave);
    }
    let card = project.maps[0]
        .touchpoints_in_order()
        .iter()
        .find(|c| c.title() == "Paiement en ligne")
        .unwrap()
        .id;
    let mut harness = harness(project);
    harness
        .state_mut()
        .select(parcours::ui::Selection::Cards(vec![card]));
    harness.run();
    // The latest wave is shown; compare it with January's.
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Compare with")
        .click();
    harness.run();
    harness.get_all_by_label("Janvier").last().unwrap().click();
    harness.run();
    harness.get_by_label("CSAT 42.1% ➡ 47.9% (Δ +5.9)");
}

/// Two recommendation questions: the dialog counts the first, says so beside the second,
/// and the report names it; counting both is possible, and then the report says so too.
#[test]
fn a_second_recommendation_question_is_set_aside_in_the_dialog_and_the_report() {
    let file = "rsurvey_2019_english_gforms.csv";
    let mut harness = harness(parcours::example::example_project());
    drop_file(&mut harness, data(file));
    // Beside the second question, in the "Found" column.
    harness.get_by_label_contains(
        "also looks like NPS; not counted, column 19 \"How likely are you to recommend R",
    );
    harness.get_by_label("Next").click();
    settle(&mut harness);
    harness.get_by_label("Import").click();
    settle(&mut harness);
    harness.get_by_label_contains("column 38 \"How likely are you to recommend Python");
    harness.get_by_label("Close").click();
    harness.run();

    let wave = &harness.state().project().waves[0];
    let mut totals = parcours::metrics::Totals::default();
    wave.cells.iter().for_each(|c| totals.add(c));
    let nps = totals.figures(&wave.mapping.scales).nps.unwrap();
    assert_eq!((nps.n, nps.promoters, nps.detractors), (1795, 1386, 58));
    assert_eq!(
        wave.mapping.columns[37].role,
        parcours::model::ColumnRole::Ignore
    );
}

#[test]
fn counting_two_recommendation_questions_together_is_said_in_the_report() {
    let file = "rsurvey_2019_english_gforms.csv";
    let mut harness = harness(parcours::example::example_project());
    drop_file(&mut harness, data(file));
    let label =
        "38 · How likely are you to recommend Python to a colleague, friend, or family member?";
    let combo = egui::accesskit::Role::ComboBox;
    harness.get_by_role_and_label(combo, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(combo, label).click();
    harness.run();
    // The menu's "NPS" entry; the one shown by column 19's closed menu comes first.
    harness.get_all_by_label("NPS").last().unwrap().click();
    harness.run();
    harness.get_by_label("Next").click();
    settle(&mut harness);
    harness.get_by_label("Import").click();
    settle(&mut harness);
    harness.get_by_label_contains("NPS counts the answers of column 19");
    harness.get_by_label("Close").click();
    harness.run();

    let wave = &harness.state().project().waves[0];
    let mut totals = parcours::metrics::Totals::default();
    wave.cells.iter().for_each(|c| totals.add(c));
    let nps = totals.figures(&wave.mapping.scales).nps.unwrap();
    assert_eq!(nps.n, 1795 + 1015);
}

/// A large export is read on a worker thread: the window keeps drawing and shows the
/// progress, and Cancel stops the reading with nothing imported.
#[test]
fn reading_a_large_export_shows_progress_and_cancel_imports_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("big.csv");
    let mut text = String::from("touchpoint,nps\n");
    for i in 0..1_000_000 {
        text.push_str(["Paiement en ligne,9\n", "Livraison à domicile,3\n"][i % 2]);
    }
    std::fs::write(&path, text).unwrap();
    let mut harness = harness(parcours::example::example_project());
    drop_file(&mut harness, path.clone());
    harness.get_by_label("Next").click();
    // Frame after frame, the work goes on and its progress shows.
    for _ in 0..3 {
        harness.step();
        assert!(
            harness.state().is_busy(),
            "read too fast to see its progress"
        );
    }
    harness.get_by_label("Reading big.csv");
    harness.get_all_by_label("Cancel").last().unwrap().click();
    settle(&mut harness);
    // Back where the user was, nothing imported.
    assert!(!harness.state().is_busy());
    harness.get_by_label("Next");
    assert!(harness.state().project().waves.is_empty());
}
