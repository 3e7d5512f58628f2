//! The map as it leaves the app: the scene it is drawn from, and each format checked as a
//! client would open it (a PDF reader's text and fonts, an image, a browser page, a
//! spreadsheet).

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command as Process;
use std::sync::Mutex;

use parcours::export::{ExportOptions, Format, PageSize, PdfLayout, export, prepare};
use parcours::i18n::Language;
use parcours::layout::{MapLayout, metrics};
use parcours::metrics::CardScores;
use parcours::model::{CardContent, Project};
use parcours::scene::{Owner, SceneInput, ScoreView, Shape, build_scene};
use parcours::theme::map;

fn options(project: &Project, format: Format) -> ExportOptions {
    let mut options = ExportOptions::new(project.maps[0].id, Language::En, "2026-12-01".into());
    options.format = format;
    options
}

fn exported(project: &Project, options: &ExportOptions) -> Vec<u8> {
    export(project, options, &mut |_| true).unwrap()
}

/// Runs a poppler tool (`.ci/run` installs them) on `bytes` written to a file.
fn poppler(tool: &str, args: &[&str], bytes: &[u8]) -> String {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("export.pdf");
    std::fs::write(&file, bytes).unwrap();
    let mut command = Process::new(tool);
    command.args(args).arg(&file);
    // The tools that write a file write it to the standard output.
    if matches!(tool, "pdftotext" | "pdftohtml") {
        command.arg("-");
    }
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (apt-get install poppler-utils): {e}"));
    assert!(output.status.success(), "{tool} failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Text as a PDF reader extracts it: lines joined, spaces made plain.
fn pdf_text(bytes: &[u8]) -> String {
    poppler("pdftotext", &[], bytes)
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A card title as it reads once its lines are joined.
fn words(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_scene_of_the_example_holds_every_title_stage_the_curve_and_the_blueprint_lines() {
    let project = parcours::example::example_project();
    let map = &project.maps[0];
    let layout = MapLayout::with_options(map, false, false);
    let scores = CardScores::default();
    let scene = build_scene(&SceneInput {
        map,
        layout: &layout,
        persona: None,
        scores: &scores,
        view: ScoreView::default(),
        language: Language::En,
        editor: false,
        full_titles: false,
        last_vote: true,
    });
    for card in &map.cards {
        let lines: Vec<String> = scene
            .texts_of(Owner::Card(card.id))
            .flat_map(|t| t.lines.clone())
            .collect();
        let joined = words(&lines.join(" "));
        let title = words(card.title());
        assert!(
            joined.contains(&title)
                || scene.cut_titles.contains(&card.id)
                    && joined.contains(words(&lines[0]).as_str()),
            "{title:?} not drawn, found {joined:?}"
        );
    }
    for stage in &map.stages {
        let drawn: Vec<String> = scene
            .texts_of(Owner::Stage(stage.id))
            .flat_map(|t| t.lines.clone())
            .collect();
        assert_eq!(words(&drawn.join(" ")), words(&stage.name));
    }
    let curve = scene.shapes.iter().any(|d| {
        matches!(&d.shape, Shape::Line { points, stroke, dash: None }
            if stroke.color == map::EMOTION_CURVE && points.len() > 20)
    });
    assert!(curve, "the emotion curve is drawn");
    let blueprint = scene
        .shapes
        .iter()
        .filter(|d| {
            matches!(&d.shape, Shape::Line { stroke, dash: Some(_), .. }
                if stroke.color == map::BLUEPRINT_LINE)
        })
        .count();
    assert_eq!(blueprint, 3, "the three blueprint lines");
}

#[test]
fn an_export_has_no_room_or_hint_for_the_editor() {
    let project = parcours::example::example_project();
    let map = &project.maps[0];
    let editor = MapLayout::with_options(map, false, true);
    let export = MapLayout::with_options(map, false, false);
    for (a, b) in editor.lanes.iter().zip(&export.lanes) {
        if a.kind.holds_cards() {
            let room = metrics::ADD_SLOT_HEIGHT + metrics::CARD_GAP;
            assert!((a.row.height() - b.row.height() - room).abs() < 0.01);
        }
    }
    // An empty map: the editor says how to add a card, an export says nothing of it.
    let mut empty = map.clone();
    empty.cards.clear();
    let scores = CardScores::default();
    let hint = parcours::i18n::Text::EmptyMapHint.get(Language::En);
    for editor in [true, false] {
        let layout = MapLayout::with_options(&empty, false, editor);
        let scene = build_scene(&SceneInput {
            map: &empty,
            layout: &layout,
            persona: None,
            scores: &scores,
            view: ScoreView::default(),
            language: Language::En,
            editor,
            full_titles: false,
            last_vote: true,
        });
        let said = words(&scene.text_lines().collect::<Vec<_>>().join(" "));
        assert_eq!(said.contains(&words(hint)), editor);
    }
}

#[test]
fn the_pdf_has_every_card_title_as_text_in_embedded_fonts() {
    let project = common::ui::example_with_survey();
    let pdf = exported(&project, &options(&project, Format::Pdf));
    let text = pdf_text(&pdf);
    let map = &project.maps[0];
    let cut = prepare(&project, &options(&project, Format::Pdf), map)
        .map_scene
        .cut_titles;
    for card in map.cards.iter().filter(|c| !cut.contains(&c.id)) {
        assert!(text.contains(&words(card.title())), "{:?}", card.title());
    }
    for stage in &map.stages {
        assert!(text.contains(&words(&stage.name)));
    }
    // The legend and the title block.
    assert!(text.contains("Scores: Vague 1"));
    assert!(text.contains("margin of error"));
    let fonts = poppler("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.iter().any(|r| r.contains("Ubuntu-Light")));
    for row in rows {
        // name, type…, emb, sub, uni: every font embedded.
        assert!(row.split_whitespace().rev().nth(4) == Some("yes"), "{row}");
    }
}

#[test]
fn a_poster_on_a4_at_100_percent_tiles_the_map_with_named_pages_and_crop_marks() {
    let project = parcours::example::example_project();
    let mut options = options(&project, Format::Pdf);
    options.page.size = PageSize::A4;
    options.page.landscape = true;
    options.pdf = PdfLayout::Poster { scale: 1.0 };
    let pdf = exported(&project, &options);
    let info = poppler("pdfinfo", &[], &pdf);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // The sheet of the example at 100 % (1 unit = 0.75 pt) on A4 landscape with 10 mm
    // margins and 10 mm overlap.
    let sheet = prepare(&project, &options, &project.maps[0]).sheet;
    let mm = 72.0 / 25.4;
    let area = (297.0 * mm - 20.0 * mm, 210.0 * mm - 20.0 * mm);
    let step = (area.0 - 10.0 * mm, area.1 - 10.0 * mm);
    let count = |size: f32, area: f32, step: f32| ((size - area) / step).ceil() as usize + 1;
    let columns = count(sheet.size.x * 0.75, area.0, step.0);
    let rows = count(sheet.size.y * 0.75, area.1, step.1);
    assert_eq!(pages, columns * rows);
    assert!(pages > 1);
    let text = pdf_text(&pdf);
    for name in ["A1", "A2", "B1"] {
        assert!(text.contains(&format!("{name} · ")), "page {name}");
    }
    // Crop marks: short lines in the margin at the corners of the printable area, on a
    // page otherwise blank there.
    let page = first_page_image(&pdf);
    let dark = |x: u32, y: u32| page.get_pixel(x, y).0[..3].iter().all(|c| *c < 128);
    let margin = (10.0 * mm).round() as u32;
    assert!(
        dark(margin - 6, margin) || dark(margin - 6, margin - 1),
        "horizontal mark"
    );
    assert!(
        dark(margin, margin - 6) || dark(margin - 1, margin - 6),
        "vertical mark"
    );
    assert!(
        !dark(3, 3) && !dark(margin - 6, margin - 6),
        "the corner itself is blank"
    );
}

/// The first page of a PDF at 72 dpi (a pixel a point), as poppler draws it.
fn first_page_image(pdf: &[u8]) -> image::RgbaImage {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("export.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = folder.path().join("page");
    let status = Process::new("pdftoppm")
        .args(["-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&file)
        .arg(&out)
        .status()
        .expect("pdftoppm is needed (apt-get install poppler-utils)");
    assert!(status.success());
    image::open(folder.path().join("page.png"))
        .unwrap()
        .to_rgba8()
}

#[test]
fn a_booklet_has_a_bookmark_per_stage_and_each_stage_with_its_scores() {
    let project = common::ui::example_with_survey();
    let mut options = options(&project, Format::Pdf);
    options.page.size = PageSize::A4;
    options.page.landscape = false;
    options.pdf = PdfLayout::Booklet;
    let pdf = exported(&project, &options);
    let outline = poppler("pdftohtml", &["-xml", "-stdout", "-i"], &pdf);
    let items: Vec<&str> = outline
        .lines()
        .filter(|l| l.contains("<item page="))
        .collect();
    let map = &project.maps[0];
    assert_eq!(items.len(), map.stages.len() + 1, "{items:?}");
    for stage in &map.stages {
        let name = stage.name.replace('\'', "&#39;");
        assert!(
            items
                .iter()
                .any(|i| i.contains(&name) || i.contains(&stage.name))
        );
    }
    let text = pdf_text(&pdf);
    assert!(text.contains("Stage 1 of 6"));
    assert!(text.contains("Promoters"));
    assert!(text.contains("n = 162"));
}

#[test]
fn the_png_matches_its_reference_image() {
    let project = parcours::example::example_project();
    let mut options = options(&project, Format::Png);
    options.png_scale = 1.0;
    let png = exported(&project, &options);
    let image = image::load_from_memory(&png).unwrap().to_rgba8();
    let reference_path = "tests/data/export/example-map.png";
    if std::env::var_os("PARCOURS_UPDATE_REFERENCES").is_some() {
        std::fs::write(reference_path, &png).unwrap();
    }
    let reference = image::open(reference_path).unwrap().to_rgba8();
    assert_eq!(image.dimensions(), reference.dimensions());
    let differing = image
        .pixels()
        .zip(reference.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 24))
        .count();
    let total = (image.width() * image.height()) as usize;
    assert!(
        differing * 1000 < total,
        "{differing} of {total} pixels differ"
    );
    // 2× is the same drawing, twice the size.
    options.png_scale = 2.0;
    let twice = image::load_from_memory(&exported(&project, &options)).unwrap();
    assert_eq!(twice.width(), image.width() * 2);
}

/// Warnings logged while parsing, from usvg.
static WARNINGS: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Warn
    }
    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            WARNINGS.lock().unwrap().push(record.args().to_string());
        }
    }
    fn flush(&self) {}
}

#[test]
fn the_svg_parses_without_a_warning_and_its_text_is_real_text() {
    let _ = log::set_logger(&Capture);
    log::set_max_level(log::LevelFilter::Warn);
    let project = common::ui::example_with_survey();
    let svg = String::from_utf8(exported(&project, &options(&project, Format::Svg))).unwrap();
    let tree = parcours::export::render::parse(&svg).unwrap();
    assert!(tree.size().width() > 1000.0);
    // usvg does not read web fonts: the file embeds them for browsers, and usvg takes the
    // same fonts from its database. Nothing else may be skipped or misread.
    let warnings: Vec<String> = WARNINGS
        .lock()
        .unwrap()
        .iter()
        .filter(|w| !w.starts_with("The @font-face rule is not supported"))
        .cloned()
        .collect();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(svg.contains("@font-face"));
    for card in &project.maps[0].cards {
        let first_word = card.title().split(' ').next().unwrap();
        let escaped = first_word.replace('&', "&amp;").replace('\'', "&apos;");
        assert!(svg.contains(&escaped), "{first_word}");
    }
}

#[test]
fn the_html_viewer_needs_no_network_and_holds_every_map_and_card() {
    let mut project = common::ui::example_with_survey();
    let mut second = project.maps[0].clone();
    second.id = project.next_id.fresh_map_id();
    second.name = "Deuxième carte".into();
    project.maps.push(second);
    let html = String::from_utf8(exported(&project, &options(&project, Format::Html))).unwrap();
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains("src=\"") && !html.contains("href=\"//"));
    assert_eq!(html.matches("<div class=\"map\"").count(), 2);
    assert!(html.contains("Deuxième carte"));
    let start = html
        .find("<script type=\"application/json\" id=\"cards\">")
        .unwrap();
    let json = &html[start..];
    let json = &json[json.find('>').unwrap() + 1..json.find("</script>").unwrap()];
    let cards: serde_json::Value = serde_json::from_str(&json.replace("<\\/", "</")).unwrap();
    let card = &project.maps[0].cards[0];
    assert_eq!(cards[card.id.0.to_string()]["title"], card.title());
    let delivery = project.maps[0]
        .cards
        .iter()
        .find(|c| c.title() == "Livraison à domicile")
        .unwrap();
    let scores = cards[delivery.id.0.to_string()]["scores"].to_string();
    assert!(scores.contains("NPS -64.2 ±9.6 (n = 162)"), "{scores}");
}

#[test]
fn the_csv_reads_in_a_spreadsheet_with_the_figures_and_formulas_escaped() {
    let mut project = common::ui::example_with_survey();
    if let CardContent::Note(note) = &mut project.maps[0].cards[0].content {
        note.title = "=1+1".into();
    }
    for (delimiter, decimal) in [(b',', "."), (b';', ",")] {
        let mut options = options(&project, Format::Csv);
        options.csv_delimiter = delimiter;
        let csv = exported(&project, &options);
        assert!(csv.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(&csv[3..]);
        let header = reader.headers().unwrap().clone();
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), project.maps[0].cards.len());
        assert!(rows.iter().any(|r| &r[column("title")] == "'=1+1"));
        let delivery = rows
            .iter()
            .find(|r| &r[column("title")] == "Livraison à domicile")
            .unwrap();
        assert_eq!(&delivery[column("nps")], format!("-64{decimal}2"));
        assert_eq!(&delivery[column("nps_margin95")], format!("9{decimal}6"));
        assert_eq!(&delivery[column("nps_n")], "162");
        assert_eq!(&delivery[column("kind")], "touchpoint");
    }
}

#[test]
fn an_unknown_map_and_too_large_an_image_are_clear_errors() {
    let project = parcours::example::example_project();
    let mut options = options(&project, Format::Png);
    options.map = parcours::model::MapId(9999);
    let error = export(&project, &options, &mut |_| true).unwrap_err();
    assert!(error.describe(Language::En).contains("9999"));
    options.map = project.maps[0].id;
    options.png_scale = 20.0;
    let error = export(&project, &options, &mut |_| true).unwrap_err();
    assert!(
        error
            .describe(Language::En)
            .contains("choose a smaller scale")
    );
    // Cancelled when asked.
    let error = export(&project, &options, &mut |_| false).unwrap_err();
    assert_eq!(error.describe(Language::En), "Export cancelled.");
}

/// The example with the results of a workshop: a vote on two pain points, an action on the
/// first, evidence labels on two cards.
fn example_after_a_workshop() -> Project {
    use parcours::model::{ActionStatus, CardKind, Dot, Evidence, PlannedAction, VoteSession};
    let mut project = parcours::example::example_project();
    let map = &mut project.maps[0];
    let pains: Vec<usize> = map
        .cards
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.content, CardContent::PainPoint(_)))
        .map(|(i, _)| i)
        .collect();
    let (first, second) = (map.cards[pains[0]].id, map.cards[pains[1]].id);
    if let CardContent::PainPoint(p) = &mut map.cards[pains[0]].content {
        p.actions.push(PlannedAction {
            title: "Rappeler sous 24 h".into(),
            owner: "Léa Martin".into(),
            due: "2027-01-15".into(),
            status: ActionStatus::Doing,
        });
        p.evidence = Some(Evidence::Observed);
    }
    map.cards[0].content.set_evidence(Some(Evidence::Assumed));
    map.votes.push(VoteSession {
        name: "Vote 1".into(),
        ended: "2026-12-02 14:32".into(),
        votes_per_participant: 2,
        kinds: vec![CardKind::PainPoint],
        hidden: true,
        participants: vec!["Ana".into(), "Bo".into()],
        dots: vec![
            Dot {
                card: second,
                participant: 0,
            },
            Dot {
                card: first,
                participant: 1,
            },
            Dot {
                card: second,
                participant: 1,
            },
        ],
    });
    project
}

#[test]
fn actions_evidence_and_votes_go_into_the_csv_rows() {
    let project = example_after_a_workshop();
    let options = options(&project, Format::Csv);
    let csv = exported(&project, &options);
    let mut reader = csv::ReaderBuilder::new().from_reader(&csv[3..]);
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let map = &project.maps[0];
    // One row per card, and one per action right after its card.
    assert_eq!(rows.len(), map.cards.len() + 1);
    let at = rows
        .iter()
        .position(|r| &r[column("kind")] == "action")
        .unwrap();
    let action = &rows[at];
    assert_eq!(&action[column("title")], "Rappeler sous 24 h");
    assert_eq!(&action[column("owner")], "Léa Martin");
    assert_eq!(&action[column("due")], "2027-01-15");
    assert_eq!(&action[column("status")], "Doing");
    let card = &rows[at - 1];
    assert_eq!(&action[column("on_card")], &card[column("title")]);
    assert_eq!(&card[column("evidence")], "observed");
    assert_eq!(&card[column("last_vote_dots")], "1");
    assert!(rows.iter().any(|r| &r[column("last_vote_dots")] == "2"));
}

#[test]
fn the_booklet_ends_with_the_workshop_summary_and_the_sheet_names_the_evidence() {
    let project = example_after_a_workshop();
    let mut options = options(&project, Format::Pdf);
    options.pdf = PdfLayout::Booklet;
    let text = pdf_text(&exported(&project, &options));
    assert!(text.contains("Workshop summary"), "{text}");
    assert!(text.contains("2 participants, 3 dots"), "{text}");
    assert!(text.contains("Rappeler sous 24 h"), "{text}");
    assert!(text.contains("Léa Martin"), "{text}");
    // The one-page map's legend explains the evidence marks used.
    let options = options_one_page(&project);
    let text = pdf_text(&exported(&project, &options));
    assert!(text.contains("Evidence"), "{text}");
    assert!(
        text.contains("Observed") && text.contains("Assumed"),
        "{text}"
    );
    assert!(!text.contains("Proposed"), "only the labels used");
}

fn options_one_page(project: &Project) -> ExportOptions {
    let mut options = options(project, Format::Pdf);
    options.pdf = PdfLayout::OnePage;
    options
}
