//! The import dialog's first step: the first rows, and a role for every column.

use egui::{Grid, RichText, ScrollArea, Ui};

use crate::i18n::{Language, Text};
use crate::model::{ColumnRole, DateOrder, Mapping, MetricKind, Scale};
use crate::survey::{self, Audience, ColumnNote, describe_note};

use super::{ImportSession, WARNING};
use crate::ui::choice::choice_combo;

/// The roles offered for a column, in menu order.
const ROLES: [RoleChoice; 10] = [
    RoleChoice::Ignore,
    RoleChoice::Touchpoint,
    RoleChoice::Score(MetricKind::Nps),
    RoleChoice::Score(MetricKind::Csat),
    RoleChoice::Score(MetricKind::Ces),
    RoleChoice::Date,
    RoleChoice::Segment,
    RoleChoice::Verbatim,
    RoleChoice::RespondentId,
    RoleChoice::Count,
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum RoleChoice {
    Ignore,
    Touchpoint,
    Score(MetricKind),
    Date,
    Segment,
    Verbatim,
    RespondentId,
    Count,
}

impl RoleChoice {
    fn of(role: &ColumnRole) -> Self {
        match role {
            ColumnRole::Ignore => RoleChoice::Ignore,
            ColumnRole::Touchpoint => RoleChoice::Touchpoint,
            ColumnRole::Score { metric, .. } => RoleChoice::Score(*metric),
            ColumnRole::Date => RoleChoice::Date,
            ColumnRole::Segment => RoleChoice::Segment,
            ColumnRole::Verbatim => RoleChoice::Verbatim,
            ColumnRole::RespondentId => RoleChoice::RespondentId,
            ColumnRole::Count => RoleChoice::Count,
        }
    }

    fn name(self, language: Language) -> &'static str {
        match self {
            RoleChoice::Ignore => Text::RoleIgnore.get(language),
            RoleChoice::Touchpoint => Text::RoleTouchpoint.get(language),
            RoleChoice::Score(metric) => metric.short_name(),
            RoleChoice::Date => Text::RoleDate.get(language),
            RoleChoice::Segment => Text::Segment.get(language),
            RoleChoice::Verbatim => Text::RoleVerbatim.get(language),
            RoleChoice::RespondentId => Text::RoleRespondent.get(language),
            RoleChoice::Count => Text::RoleCount.get(language),
        }
    }

    /// The role, keeping the touchpoint a wide-format header names.
    fn role(self, header: &str) -> ColumnRole {
        match self {
            RoleChoice::Ignore => ColumnRole::Ignore,
            RoleChoice::Touchpoint => ColumnRole::Touchpoint,
            RoleChoice::Score(metric) => ColumnRole::Score {
                metric,
                touchpoint: None.or_else(|| {
                    // Only wide-format headers ("CSAT - Paiement") name a touchpoint.
                    survey::touchpoint_in_header(header)
                }),
            },
            RoleChoice::Date => ColumnRole::Date,
            RoleChoice::Segment => ColumnRole::Segment,
            RoleChoice::Verbatim => ColumnRole::Verbatim,
            RoleChoice::RespondentId => ColumnRole::RespondentId,
            RoleChoice::Count => ColumnRole::Count,
        }
    }
}

pub(super) fn columns_step(ui: &mut Ui, session: &mut ImportSession, lang: Language, height: f32) {
    let t = |text: Text| text.get(lang);
    let header_rows = session.mapping.header_rows;
    let data_rows: Vec<Vec<String>> = session
        .sample
        .iter()
        .skip(header_rows)
        .take(5)
        .cloned()
        .collect();

    // Settings that apply to the whole file.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t(Text::HeaderRows)).id;
        let mut rows = header_rows;
        ui.add(egui::DragValue::new(&mut rows).range(0..=3))
            .labelled_by(label);
        if rows != header_rows {
            let detection = survey::detect_with_header_rows(&session.sample, &[], rows);
            session.notes = detection.notes;
            session.layout = detection.layout;
            session.mapping = detection.mapping;
        }
        ui.separator();
        let scales = &mut session.mapping.scales;
        let scale_name = |s: &Scale| s.to_string();
        let (one_to_five, one_to_seven) = (Scale::ONE_TO_FIVE, Scale::ONE_TO_SEVEN);
        let label = ui.label(t(Text::CsatScale)).id;
        let options = [
            one_to_five,
            one_to_seven,
            Scale::ONE_TO_TEN,
            Scale::ZERO_TO_TEN,
        ];
        choice_combo(
            ui,
            "csat_scale",
            label,
            &mut scales.csat,
            options,
            scale_name,
            Some(70.0),
        );
        let label = ui.label(t(Text::CesScale)).id;
        let options = [one_to_seven, one_to_five];
        choice_combo(
            ui,
            "ces_scale",
            label,
            &mut scales.ces,
            options,
            scale_name,
            Some(70.0),
        );
        let label = ui.label(t(Text::CesDirection)).id;
        let direction = |reversed: &bool| {
            let text = if *reversed {
                Text::CesLowerEasier
            } else {
                Text::CesHigherEasier
            };
            t(text).to_owned()
        };
        let reversed = &mut scales.ces_reversed;
        choice_combo(
            ui,
            "ces_direction",
            label,
            reversed,
            [false, true],
            direction,
            None,
        );
        let label = ui.label(t(Text::DateOrderLabel)).id;
        let order_name = |o: &DateOrder| {
            t(match o {
                DateOrder::Auto => Text::DateOrderAuto,
                DateOrder::DayFirst => Text::DayFirst,
                DateOrder::MonthFirst => Text::MonthFirst,
            })
            .to_owned()
        };
        let orders = [DateOrder::Auto, DateOrder::DayFirst, DateOrder::MonthFirst];
        let order = &mut session.mapping.date_order;
        choice_combo(ui, "date_order", label, order, orders, order_name, None);
    });
    ui.add_space(6.0);

    // One row per column of the file: its header, role, what was found, first values. Each
    // import starts at the top, not where the previous one was scrolled to.
    ScrollArea::vertical()
        .id_salt(("import_columns", session.serial))
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(t(Text::PreviewFirstRows)).strong());
            let rows: Vec<&Vec<String>> = data_rows.iter().collect();
            preview_table(ui, &session.mapping, &rows);
            ui.add_space(8.0);
            ui.label(RichText::new(t(Text::ColumnsAndRoles)).strong());
            Grid::new("import_columns")
                .striped(true)
                .num_columns(4)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(t(Text::Column)).strong());
                    ui.label(RichText::new(t(Text::Role)).strong());
                    ui.label(RichText::new(t(Text::FoundInColumn)).strong());
                    ui.label(RichText::new(t(Text::ValueInFile)).strong());
                    ui.end_row();
                    for c in 0..session.mapping.columns.len() {
                        let header = session.mapping.columns[c].header.clone();
                        // Numbered as the report and the warnings name columns; a long
                        // question wraps onto a few lines, whole on hover.
                        // Cut in the middle: a sub-question's own words (SurveyMonkey's
                        // option after its question) are at the end.
                        let count = header.chars().count();
                        let shown = if count > 140 {
                            let head: String = header.chars().take(85).collect();
                            let tail: String = header.chars().skip(count - 50).collect();
                            format!("{} · {} … {}", c + 1, head.trim_end(), tail.trim_start())
                        } else {
                            format!("{} · {header}", c + 1)
                        };
                        let label = ui
                            .scope(|ui| {
                                ui.set_max_width(300.0);
                                ui.add(egui::Label::new(shown).wrap())
                            })
                            .inner
                            .on_hover_text(&header)
                            .id;
                        let mut role = RoleChoice::of(&session.mapping.columns[c].role);
                        let name = |r: &RoleChoice| r.name(lang).to_owned();
                        let width = Some(150.0);
                        if choice_combo(ui, ("role", c), label, &mut role, ROLES, name, width) {
                            session.mapping.columns[c].role = role.role(&header);
                            session.aggregate = None;
                        }
                        let mut notes: Vec<String> =
                            session.notes.get(c).map_or_else(Vec::new, |notes| {
                                notes
                                    .iter()
                                    .map(|n| describe_note(n, c, lang, Audience::ImportDialog))
                                    .collect()
                            });
                        let mut warn = session.notes.get(c).is_some_and(|notes| {
                            notes
                                .iter()
                                .any(|n| !matches!(n, ColumnNote::ScaleFound { .. }))
                        });
                        // A metric chosen for answers outside its scale: said at once.
                        if let Some(note) = session.scale_check(c) {
                            notes.push(describe_note(note, c, lang, Audience::ImportDialog));
                            warn = true;
                        }
                        let text = RichText::new(notes.join("\n"));
                        ui.label(if warn { text.color(WARNING) } else { text });
                        let values: Vec<String> = data_rows
                            .iter()
                            .filter_map(|r| r.get(c))
                            .filter(|v| !v.trim().is_empty())
                            .map(|v| v.chars().take(24).collect::<String>())
                            .collect();
                        // Truncated, so a long value never widens the dialog.
                        ui.add(
                            egui::Label::new(RichText::new(values.join(" · ")).weak()).truncate(),
                        );
                        ui.end_row();
                    }
                });
        });
}

/// The first rows as the file has them, under the column headers.
fn preview_table(ui: &mut Ui, mapping: &Mapping, rows: &[&Vec<String>]) {
    let cell = |text: &str| -> String {
        let shown: String = text.chars().take(22).collect();
        if shown.len() < text.len() {
            format!("{shown}…")
        } else {
            shown
        }
    };
    ScrollArea::horizontal()
        .id_salt("preview_scroll")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            Grid::new("import_preview")
                .striped(true)
                .spacing([12.0, 3.0])
                .show(ui, |ui| {
                    for column in &mapping.columns {
                        ui.label(RichText::new(cell(&column.header)).size(12.5).strong());
                    }
                    ui.end_row();
                    for row in rows {
                        for c in 0..mapping.columns.len() {
                            let value = row.get(c).map_or("", String::as_str);
                            ui.label(RichText::new(cell(value)).size(12.5));
                        }
                        ui.end_row();
                    }
                });
        });
}
