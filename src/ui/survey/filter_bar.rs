//! The filter bar above the canvas: which wave, which segment, which months, the heat map,
//! the badges and the dashboard. Every figure on screen goes through this filter.

use egui::{ComboBox, Ui};

use crate::i18n::Text;
use crate::model::{MetricKind, Month};
use crate::ui::app::ParcoursApp;

impl ParcoursApp {
    pub(in crate::ui) fn filter_bar(&mut self, ui: &mut Ui) {
        if self.doc.project().waves.is_empty() {
            self.survey.dashboard = false;
            return;
        }
        egui::Panel::top("filter_bar").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| self.filter_bar_contents(ui));
        });
    }

    fn filter_bar_contents(&mut self, ui: &mut Ui) {
        let lang = self.language;
        let t = |text: Text| text.get(lang);
        let project = self.doc.project();
        let Some(current) = self.survey.current_wave(project) else {
            return;
        };
        let (current_id, current_name) = (current.id, current.name.clone());
        let months = current.months();
        let current_scales = current.mapping.scales;
        let segments = current.segments.clone();
        let waves: Vec<_> = project
            .waves
            .iter()
            .map(|w| (w.id, w.name.clone()))
            .collect();

        let label = ui.label(t(Text::Survey)).id;
        ComboBox::from_id_salt("filter_wave")
            .selected_text(&current_name)
            .show_ui(ui, |ui| {
                for (id, name) in &waves {
                    if ui.selectable_label(*id == current_id, name).clicked() {
                        self.survey.wave = Some(*id);
                    }
                }
            })
            .response
            .labelled_by(label);
        ui.separator();

        let label = ui.label(t(Text::Segment)).id;
        let segment_text = self
            .survey
            .filter
            .segment
            .clone()
            .unwrap_or_else(|| t(Text::AllSegments).to_owned());
        ComboBox::from_id_salt("filter_segment")
            .selected_text(segment_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.survey.filter.segment, None, t(Text::AllSegments));
                for segment in &segments {
                    ui.selectable_value(
                        &mut self.survey.filter.segment,
                        Some(segment.clone()),
                        segment,
                    );
                }
            })
            .response
            .labelled_by(label);
        ui.separator();

        let from_label = ui.label(t(Text::Period)).id;
        month_choice(
            ui,
            "filter_from",
            from_label,
            &months,
            &mut self.survey.filter.from,
            t(Text::AnyMonth),
        );
        let to_label = ui.label(t(Text::PeriodTo)).id;
        month_choice(
            ui,
            "filter_to",
            to_label,
            &months,
            &mut self.survey.filter.to,
            t(Text::AnyMonth),
        );
        if !self.survey.filter.is_everything() && ui.small_button(t(Text::ResetFilter)).clicked() {
            self.survey.filter = Default::default();
        }
        ui.separator();

        let label = ui.label(t(Text::HeatMap)).id;
        let heat_text = self
            .survey
            .heat
            .map_or(t(Text::None), MetricKind::short_name);
        ComboBox::from_id_salt("filter_heat")
            .selected_text(heat_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.survey.heat, None, t(Text::None));
                for metric in MetricKind::ALL {
                    ui.selectable_value(&mut self.survey.heat, Some(metric), metric.short_name());
                }
            })
            .response
            .labelled_by(label);
        if let Some(metric) = self.survey.heat {
            let scales = current_scales;
            super::palette::legend(ui, &super::palette::legend_labels(metric, &scales));
        }
        ui.separator();

        ui.label(t(Text::BadgesShow));
        for metric in MetricKind::ALL {
            let mut shown = !self.survey.hidden_badges.contains(&metric);
            if ui.checkbox(&mut shown, metric.short_name()).changed() {
                if shown {
                    self.survey.hidden_badges.retain(|m| *m != metric);
                } else {
                    self.survey.hidden_badges.push(metric);
                }
            }
        }
        ui.separator();
        let label = if self.survey.dashboard {
            t(Text::BackToMap)
        } else {
            t(Text::Dashboard)
        };
        if ui.selectable_label(self.survey.dashboard, label).clicked() {
            self.survey.dashboard = !self.survey.dashboard;
        }
    }
}

/// A month picker: "any" or one of the wave's months.
fn month_choice(
    ui: &mut Ui,
    id: &str,
    label: egui::Id,
    months: &[Month],
    value: &mut Option<Month>,
    any: &str,
) {
    let text = value.map_or_else(|| any.to_owned(), |m| m.to_string());
    ComboBox::from_id_salt(id)
        .selected_text(text)
        .width(90.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any);
            for month in months {
                ui.selectable_value(value, Some(*month), month.to_string());
            }
        })
        .response
        .labelled_by(label);
}
