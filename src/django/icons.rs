//! Subject icons in the original's Font Awesome form (`fas fa-brain`, its
//! default) mapped onto the names of the icons the web app bundles
//! (`web/src/lib/icons/subject-icons.ts`; tests/api/django_import.rs
//! checks that every name here is one of them).

/// The icon a subject gets when its Font Awesome icon has no picture in
/// Mothra: Mothra's own default (`subjects.icon`, V2).
pub const DEFAULT: &str = "brain";

/// Font Awesome names (without `fa-`) → Mothra's icon names. A name that
/// is the same in both needs no row: see [`MOTHRA_ICONS`].
const FONT_AWESOME: &[(&str, &str)] = &[
    ("book-reader", "book-open"),
    ("chart-bar", "chart"),
    ("chart-line", "chart"),
    ("chart-pie", "chart"),
    ("comment", "message-circle"),
    ("comments", "message-circle"),
    ("flask-vial", "flask"),
    ("globe-americas", "globe"),
    ("graduation-cap", "school"),
    ("heartbeat", "heart-pulse"),
    ("laptop-code", "code"),
    ("paint-brush", "palette"),
    ("person-running", "run"),
    ("puzzle-piece", "puzzle"),
    ("running", "run"),
    ("seedling", "leaf"),
    ("tools", "wrench"),
    ("user-friends", "users"),
    ("shield-alt", "shield"),
    ("shield-halved", "shield"),
    ("stopwatch", "clock"),
];

/// Mothra's icon names (the web app's `SUBJECT_ICONS` keys).
pub const MOTHRA_ICONS: &[&str] = &[
    "atom",
    "book",
    "book-open",
    "brain",
    "calculator",
    "camera",
    "chart",
    "clock",
    "code",
    "compass",
    "dumbbell",
    "flask",
    "globe",
    "heart",
    "heart-pulse",
    "language",
    "leaf",
    "lightbulb",
    "message-circle",
    "music",
    "palette",
    "puzzle",
    "run",
    "school",
    "shield",
    "users",
    "wrench",
];

/// Every Mothra icon name this module can produce (for the test that
/// holds them to the web app's).
pub fn produced() -> impl Iterator<Item = &'static str> {
    FONT_AWESOME
        .iter()
        .map(|(_, mothra)| *mothra)
        .chain(MOTHRA_ICONS.iter().copied())
        .chain([DEFAULT])
}

/// Mothra's name for `icon` when it is in Font Awesome's form (style
/// classes such as `fas`, `far`, `fa-solid`, then `fa-<name>`); `None`
/// when it is not, so it is kept as it is.
pub fn from_font_awesome(icon: &str) -> Option<&'static str> {
    let name = icon
        .split_whitespace()
        .filter(|class| !matches!(*class, "fa" | "fas" | "far" | "fab" | "fal" | "fad"))
        .filter(|class| !class.starts_with("fa-solid") && !class.starts_with("fa-regular"))
        .filter(|class| !matches!(*class, "fa-fw" | "fa-lg" | "fa-2x" | "fa-3x"))
        .find_map(|class| class.strip_prefix("fa-"))?;
    let mapped = FONT_AWESOME
        .iter()
        .find(|(fa, _)| *fa == name)
        .map(|(_, mothra)| *mothra)
        .or_else(|| MOTHRA_ICONS.iter().copied().find(|m| *m == name));
    Some(mapped.unwrap_or(DEFAULT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_originals_default_icon_becomes_mothras_brain() {
        assert_eq!(from_font_awesome("fas fa-brain"), Some("brain"));
    }

    #[test]
    fn font_awesome_names_map_onto_the_same_picture() {
        assert_eq!(from_font_awesome("fas fa-chart-bar"), Some("chart"));
        assert_eq!(
            from_font_awesome("fa-solid fa-puzzle-piece"),
            Some("puzzle")
        );
        assert_eq!(
            from_font_awesome("far fa-comment fa-fw"),
            Some("message-circle")
        );
    }

    #[test]
    fn a_font_awesome_icon_without_a_picture_here_gets_the_default() {
        assert_eq!(from_font_awesome("fas fa-dragon"), Some(DEFAULT));
    }

    #[test]
    fn icons_already_in_mothras_form_are_left_alone() {
        assert_eq!(from_font_awesome("palette"), None);
        assert_eq!(from_font_awesome("flask-conical"), None);
    }
}
