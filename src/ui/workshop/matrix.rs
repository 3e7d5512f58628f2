//! The priority matrix: the map's opportunities placed by effort (across) and impact (up),
//! the quadrants named. Dragging a point sets its impact and effort (one undo step on
//! release); hovering tells its title and what the survey says; a click selects it.

use egui::{Align2, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, Ui, vec2};

use crate::edit::Edit;
use crate::i18n::{Language, Text, msg};
use crate::metrics::{Filter, OpportunitySize, size_opportunity};
use crate::model::{CardContent, CardId, JourneyMap, MapId, Opportunity, SCORE_MAX, WaveId};
use crate::theme::{map as map_colors, workshop};
use crate::ui::frame::{FrameCtx, Outbox};
use crate::ui::memo::{Memo, memo};
use crate::ui::selection::Selection;
use crate::ui::style::c;
use crate::workshop::Quadrant;

/// What the matrix keeps between frames: the point being dragged, and the sizing of every
/// opportunity for the figures it was computed on.
#[derive(Default)]
pub(in crate::ui) struct MatrixState {
    /// The opportunity dragged, and where the pointer holds it from its centre.
    dragging: Option<(CardId, egui::Vec2)>,
    sizes: SizesCache,
}

/// Every opportunity's size, for the project generation, wave and filter it was computed on.
type SizesCache =
    Memo<(u64, MapId, Option<WaveId>, Filter), Vec<(CardId, Option<OpportunitySize>)>>;

/// The axes run from 0.5 to 5.5 so that the values 1 to 5 sit inside.
const AXIS_MIN: f32 = 0.5;
const AXIS_MAX: f32 = SCORE_MAX as f32 + 0.5;
const POINT_RADIUS: f32 = 9.0;

/// The matrix, in the canvas's place.
pub(in crate::ui) fn matrix_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    state: &mut MatrixState,
    sizes_from: Option<(&crate::model::Wave, &Filter)>,
    out: &mut Outbox,
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let Some(map) = ctx.map else {
        ui.label(t(Text::NoMap));
        return;
    };
    ui.add_space(8.0);
    ui.heading(t(Text::PriorityMatrix));
    ui.label(egui::RichText::new(t(Text::MatrixHowTo)).weak().small());
    let opportunities: Vec<(CardId, &Opportunity)> = map
        .cards
        .iter()
        .filter_map(|card| match &card.content {
            CardContent::Opportunity(o) => Some((card.id, o)),
            _ => None,
        })
        .collect();
    if opportunities.is_empty() {
        ui.add_space(12.0);
        ui.label(t(Text::MatrixEmpty));
        return;
    }
    let sizes = sizes_of(&mut state.sizes, ctx.document.generation(), map, sizes_from);
    let available = ui.available_rect_before_wrap();
    // As wide as the panel allows (room on the right for the last titles), no taller than
    // it, and never so flat that the impacts crowd together.
    let height = (available.height() - 60.0).max(220.0);
    let width = (available.width() - 40.0 - 200.0).clamp(260.0, height * 1.8);
    let (outer, _) = ui.allocate_exact_size(vec2(width + 40.0, height + 60.0), Sense::hover());
    // Room on the left, above and below for the axes' values and names.
    let plot = Rect::from_min_size(outer.min + vec2(36.0, 20.0), vec2(width, height));
    // Titles may run past the plot's right edge, within the panel.
    let painter = ui.painter().clone();
    let to_screen = |effort: f32, impact: f32| {
        let x = (effort - AXIS_MIN) / (AXIS_MAX - AXIS_MIN);
        let y = (impact - AXIS_MIN) / (AXIS_MAX - AXIS_MIN);
        plot.min + vec2(x * plot.width(), (1.0 - y) * plot.height())
    };
    let from_screen = |p: Pos2| {
        let x = (p.x - plot.min.x) / plot.width();
        let y = 1.0 - (p.y - plot.min.y) / plot.height();
        (
            AXIS_MIN + x * (AXIS_MAX - AXIS_MIN),
            AXIS_MIN + y * (AXIS_MAX - AXIS_MIN),
        )
    };
    quadrants(ui, &painter, plot, &to_screen, lang);
    axes(&painter, plot, outer, &to_screen, lang);

    // Points sharing a value are spread around it, so each can be grabbed.
    let mut placed: Vec<((u8, u8), usize)> = Vec::new();
    let pointer = ui.input(|i| i.pointer.interact_pos());
    for (id, opportunity) in &opportunities {
        let spot = (opportunity.impact, opportunity.effort);
        let nth = match placed.iter_mut().find(|(s, _)| *s == spot) {
            Some((_, count)) => {
                *count += 1;
                *count - 1
            }
            None => {
                placed.push((spot, 1));
                0
            }
        };
        let spread = if nth == 0 {
            vec2(0.0, 0.0)
        } else {
            let angle = nth as f32 * 2.1;
            vec2(angle.cos(), angle.sin()) * (POINT_RADIUS * 2.2)
        };
        let mut center =
            to_screen(f32::from(opportunity.effort), f32::from(opportunity.impact)) + spread;
        let dragged = matches!(state.dragging, Some((d, _)) if d == *id);
        if dragged && let (Some(p), Some((_, grab))) = (pointer, state.dragging) {
            center = (p - grab).clamp(plot.min, plot.max);
        }
        let hit = Rect::from_center_size(center, vec2(POINT_RADIUS * 2.6, POINT_RADIUS * 2.6));
        let response = ui.interact(
            hit,
            egui::Id::unique(("matrix_point", *id)),
            Sense::click_and_drag(),
        );
        let title = opportunity.title.clone();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
        let selected = ctx.selection.has_card(*id);
        let fill = if selected || dragged {
            c(map_colors::SELECTION)
        } else {
            c(map_colors::OPPORTUNITY_ACCENT)
        };
        painter.circle(
            center,
            POINT_RADIUS,
            fill,
            Stroke::new(1.5, c(workshop::BANNER_FILL)),
        );
        painter.text(
            center + vec2(POINT_RADIUS + 4.0, 0.0),
            Align2::LEFT_CENTER,
            short(&opportunity.title, 34),
            FontId::proportional(13.0),
            c(map_colors::CARD_INK),
        );
        let size = sizes
            .iter()
            .find(|(card, _)| card == id)
            .and_then(|(_, s)| *s);
        let response = response.on_hover_ui(|ui| {
            ui.strong(&opportunity.title);
            ui.label(msg::matrix_point(
                lang,
                msg::MatrixPoint {
                    impact: opportunity.impact,
                    effort: opportunity.effort,
                    quadrant: Quadrant::of(opportunity).name(lang),
                },
            ));
            if let Some(size) = size {
                let format = |v: f64| crate::i18n::format::signed(lang, v, 1);
                ui.label(msg::sizing_reach(
                    lang,
                    msg::SizingReach {
                        answers: crate::i18n::format::count(lang, size.reach),
                        touchpoints: size.touchpoints,
                        share: crate::i18n::format::percent(lang, size.reach_pct(), 1),
                    },
                ));
                ui.label(msg::sizing_what_if(
                    lang,
                    msg::SizingWhatIf {
                        today: format(size.today.score),
                        what_if: format(size.what_if.score),
                        margin: crate::i18n::format::margin(lang, size.what_if.margin95, 1),
                    },
                ));
                ui.label(msg::sizing_suggested(
                    lang,
                    msg::SizingSuggested {
                        impact: size.suggested_impact(),
                        uplift: crate::i18n::format::signed(lang, size.uplift(), 1),
                    },
                ));
            }
        });
        if response.drag_started()
            && let Some(p) = response.interact_pointer_pos()
        {
            state.dragging = Some((*id, p - center));
        }
        if response.drag_stopped() {
            state.dragging = None;
            let (effort, impact) = from_screen(center);
            let snap = |v: f32| v.round().clamp(1.0, f32::from(SCORE_MAX)) as u8;
            let (impact, effort) = (snap(impact), snap(effort));
            if (impact, effort) != (opportunity.impact, opportunity.effort) {
                let mut changed = (*opportunity).clone();
                changed.impact = impact;
                changed.effort = effort;
                out.edit(Edit::SetCardContent {
                    map: map.id,
                    card: *id,
                    content: CardContent::Opportunity(changed),
                });
            }
        }
        if response.clicked() {
            out.select(Selection::Cards(vec![*id]));
        }
    }
}

/// The opportunities' sizes, computed once per change of the project, map, wave or filter.
fn sizes_of<'s>(
    cache: &'s mut SizesCache,
    generation: u64,
    map: &JourneyMap,
    from: Option<(&crate::model::Wave, &Filter)>,
) -> &'s [(CardId, Option<OpportunitySize>)] {
    let key = (
        generation,
        map.id,
        from.map(|(w, _)| w.id),
        from.map(|(_, f)| f.clone()).unwrap_or_default(),
    );
    memo(cache, key, || {
        map.cards
            .iter()
            .filter(|c| matches!(c.content, CardContent::Opportunity(_)))
            .map(|c| {
                let size =
                    from.and_then(|(wave, filter)| size_opportunity(map, wave, filter, c.id));
                (c.id, size)
            })
            .collect::<Vec<_>>()
    })
    .as_slice()
}

fn quadrants(
    ui: &Ui,
    painter: &egui::Painter,
    plot: Rect,
    to_screen: &impl Fn(f32, f32) -> Pos2,
    lang: Language,
) {
    // The middle value counts as high impact and as low effort: the lines run between
    // the middle and the next values.
    let middle = to_screen(3.5, 2.5);
    let parts = [
        (
            Rect::from_min_max(plot.min, middle),
            Quadrant::QuickWins,
            Align2::LEFT_TOP,
        ),
        (
            Rect::from_min_max(
                egui::pos2(middle.x, plot.min.y),
                egui::pos2(plot.max.x, middle.y),
            ),
            Quadrant::BigBets,
            Align2::RIGHT_TOP,
        ),
        (
            Rect::from_min_max(
                egui::pos2(plot.min.x, middle.y),
                egui::pos2(middle.x, plot.max.y),
            ),
            Quadrant::FillIns,
            Align2::LEFT_BOTTOM,
        ),
        (
            Rect::from_min_max(middle, plot.max),
            Quadrant::MoneyPits,
            Align2::RIGHT_BOTTOM,
        ),
    ];
    for (rect, quadrant, align) in parts {
        let fill = match quadrant {
            Quadrant::QuickWins => workshop::QUICK_WINS,
            Quadrant::BigBets => workshop::BIG_BETS,
            Quadrant::FillIns => workshop::FILL_INS,
            Quadrant::MoneyPits => workshop::MONEY_PITS,
        };
        painter.rect_filled(rect, CornerRadius::ZERO, c(fill));
        let corner = align.pos_in_rect(&rect.shrink(10.0));
        let name = quadrant.name(lang);
        let drawn = painter.text(
            corner,
            align,
            name,
            FontId::proportional(15.0),
            c(map_colors::TEXT_MUTED),
        );
        // Read out as a label, as a screen reader or a test finds it.
        let response = ui.interact(drawn, egui::Id::unique(("quadrant", name)), Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, name));
    }
    painter.rect_stroke(
        plot,
        CornerRadius::ZERO,
        Stroke::new(1.0, c(map_colors::GRID)),
        egui::StrokeKind::Inside,
    );
}

fn axes(
    painter: &egui::Painter,
    plot: Rect,
    outer: Rect,
    to_screen: &impl Fn(f32, f32) -> Pos2,
    lang: Language,
) {
    let ink = c(map_colors::TEXT_MUTED);
    for value in 1..=SCORE_MAX {
        let v = f32::from(value);
        let x = to_screen(v, AXIS_MIN).x;
        painter.text(
            egui::pos2(x, plot.max.y + 4.0),
            Align2::CENTER_TOP,
            value.to_string(),
            FontId::proportional(12.0),
            ink,
        );
        let y = to_screen(AXIS_MIN, v).y;
        painter.text(
            egui::pos2(plot.min.x - 6.0, y),
            Align2::RIGHT_CENTER,
            value.to_string(),
            FontId::proportional(12.0),
            ink,
        );
    }
    painter.text(
        egui::pos2(plot.center().x, outer.max.y - 2.0),
        Align2::CENTER_BOTTOM,
        Text::MatrixEffortAxis.get(lang),
        FontId::proportional(13.0),
        ink,
    );
    painter.text(
        egui::pos2(outer.min.x + 2.0, plot.min.y - 2.0),
        Align2::LEFT_BOTTOM,
        Text::MatrixImpactAxis.get(lang),
        FontId::proportional(13.0),
        ink,
    );
}

/// A title cut to `chars` characters with "…".
fn short(title: &str, chars: usize) -> String {
    if title.chars().count() <= chars {
        title.to_owned()
    } else {
        let cut: String = title.chars().take(chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}
