//! The names of the model's kinds: channels, phases, frequencies, severities, lane kinds.

use super::{Language, Text};
use crate::model::{ActionStatus, Channel, Evidence, Frequency, LaneKind, Phase};

/// The name of a channel.
pub fn channel_name(channel: Channel, language: Language) -> &'static str {
    match channel {
        Channel::Web => Text::ChannelWeb,
        Channel::MobileApp => Text::ChannelMobileApp,
        Channel::Store => Text::ChannelStore,
        Channel::Phone => Text::ChannelPhone,
        Channel::Email => Text::ChannelEmail,
        Channel::SocialMedia => Text::ChannelSocialMedia,
        Channel::Chatbot => Text::ChannelChatbot,
        Channel::Delivery => Text::ChannelDelivery,
        Channel::WordOfMouth => Text::ChannelWordOfMouth,
        Channel::Advertising => Text::ChannelAdvertising,
        Channel::Mail => Text::ChannelMail,
        Channel::Other => Text::ChannelOther,
    }
    .get(language)
}

/// The name of a phase.
pub fn phase_name(phase: Phase, language: Language) -> &'static str {
    match phase {
        Phase::Before => Text::PhaseBefore,
        Phase::During => Text::PhaseDuring,
        Phase::After => Text::PhaseAfter,
    }
    .get(language)
}

/// The name of a pain point frequency.
pub fn frequency_name(frequency: Frequency, language: Language) -> &'static str {
    match frequency {
        Frequency::Rarely => Text::FrequencyRarely,
        Frequency::Sometimes => Text::FrequencySometimes,
        Frequency::Often => Text::FrequencyOften,
        Frequency::Always => Text::FrequencyAlways,
    }
    .get(language)
}

/// The name of a pain point severity (1 to 4).
pub fn severity_name(severity: u8, language: Language) -> &'static str {
    match severity {
        0 | 1 => Text::Severity1,
        2 => Text::Severity2,
        3 => Text::Severity3,
        _ => Text::Severity4,
    }
    .get(language)
}

/// The name of an evidence label.
pub fn evidence_name(evidence: Evidence, language: Language) -> &'static str {
    match evidence {
        Evidence::Observed => Text::EvidenceObserved,
        Evidence::Research => Text::EvidenceResearch,
        Evidence::Assumed => Text::EvidenceAssumed,
        Evidence::Proposed => Text::EvidenceProposed,
    }
    .get(language)
}

/// The letter of an evidence label's mark on a card.
pub fn evidence_letter(evidence: Evidence, language: Language) -> &'static str {
    match evidence {
        Evidence::Observed => Text::EvidenceObservedLetter,
        Evidence::Research => Text::EvidenceResearchLetter,
        Evidence::Assumed => Text::EvidenceAssumedLetter,
        Evidence::Proposed => Text::EvidenceProposedLetter,
    }
    .get(language)
}

/// The name of an action's status.
pub fn action_status_name(status: ActionStatus, language: Language) -> &'static str {
    match status {
        ActionStatus::ToDo => Text::ActionToDo,
        ActionStatus::Doing => Text::ActionDoing,
        ActionStatus::Done => Text::ActionDone,
        ActionStatus::Dropped => Text::ActionDropped,
    }
    .get(language)
}

/// The name of a lane kind.
pub fn lane_kind_name(kind: LaneKind, language: Language) -> &'static str {
    match kind {
        LaneKind::Text => Text::LaneKindText,
        LaneKind::Touchpoints => Text::LaneKindTouchpoints,
        LaneKind::Emotion => Text::LaneKindEmotion,
        LaneKind::PainPoints => Text::LaneKindPainPoints,
        LaneKind::Opportunities => Text::LaneKindOpportunities,
        LaneKind::Metrics => Text::LaneKindMetrics,
        LaneKind::PhysicalEvidence => Text::LaneKindPhysicalEvidence,
        LaneKind::Frontstage => Text::LaneKindFrontstage,
        LaneKind::Backstage => Text::LaneKindBackstage,
        LaneKind::Support => Text::LaneKindSupport,
    }
    .get(language)
}

/// Whether a lane's `title` already says its kind, in any language: the kind's name, or the
/// title the templates give such a lane. A plain text lane says nothing of its kind.
pub fn title_names_lane_kind(title: &str, kind: LaneKind) -> bool {
    let template_title = match kind {
        LaneKind::Touchpoints => Some(Text::LaneTouchpoints),
        LaneKind::Emotion => Some(Text::LaneEmotion),
        LaneKind::PainPoints => Some(Text::LanePainPoints),
        LaneKind::Opportunities => Some(Text::LaneOpportunities),
        LaneKind::Metrics => Some(Text::LaneSurveyScores),
        LaneKind::PhysicalEvidence => Some(Text::LanePhysicalEvidence),
        LaneKind::Frontstage => Some(Text::LaneFrontstage),
        LaneKind::Backstage => Some(Text::LaneBackstage),
        LaneKind::Support => Some(Text::LaneSupport),
        LaneKind::Text => None,
    };
    if kind == LaneKind::Text {
        return true;
    }
    // Compared letter by letter, case aside, without building lowercase copies: this runs
    // for every lane title drawn.
    let same = |name: &str| {
        name.chars()
            .flat_map(char::to_lowercase)
            .eq(title.trim().chars().flat_map(char::to_lowercase))
    };
    Language::ALL.iter().any(|language| {
        same(lane_kind_name(kind, *language))
            || template_title.is_some_and(|t| same(t.get(*language)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_in_any_language_says_its_kind() {
        assert!(title_names_lane_kind(
            "Points de contact",
            LaneKind::Touchpoints
        ));
        assert!(title_names_lane_kind("Émotion", LaneKind::Emotion));
        assert!(title_names_lane_kind(
            "Kontaktpunkte",
            LaneKind::Touchpoints
        ));
        assert!(title_names_lane_kind("Ce qu'il pense", LaneKind::Text));
        assert!(!title_names_lane_kind("Canaux", LaneKind::Touchpoints));
    }
}
