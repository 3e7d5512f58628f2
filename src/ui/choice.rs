//! Choices: a combo box that picks one of a list of values, labelled for screen readers and
//! tests, and lists that boxes tick items into.

use std::hash::Hash;

use egui::{ComboBox, Id, LayerId, Order, Popup, Ui};

/// Puts `item` in `list` (at its end) or takes it out, as a ticked or unticked box says.
pub(in crate::ui) fn set_member<T: PartialEq>(list: &mut Vec<T>, item: T, present: bool) {
    list.retain(|x| *x != item);
    if present {
        list.push(item);
    }
}

/// Shows a combo box of `options` named by `name`, labelled by the widget `label`; returns
/// whether the user picked another value. `width` is the closed box's width, when set.
pub fn choice_combo<T: Clone + PartialEq>(
    ui: &mut Ui,
    id_salt: impl Hash + std::fmt::Debug,
    label: Id,
    value: &mut T,
    options: impl IntoIterator<Item = T>,
    name: impl Fn(&T) -> String,
    width: Option<f32>,
) -> bool {
    let before = value.clone();
    let mut combo = ComboBox::from_id_salt(id_salt).selected_text(name(value));
    if let Some(width) = width {
        combo = combo.width(width);
    }
    let response = combo
        .show_ui(ui, |ui| {
            for option in options {
                let text = name(&option);
                ui.selectable_value(value, option, text);
            }
        })
        .response
        .labelled_by(label);
    // An open list is drawn over everything, dialogs included: a click on a dialog's
    // backdrop raises the dialog, and a list opened again afterwards would keep its old
    // place beneath it.
    let popup = response.id.with("popup");
    if Popup::is_id_open(ui.ctx(), popup) {
        ui.ctx().move_to_top(LayerId::new(Order::Foreground, popup));
    }
    *value != before
}
