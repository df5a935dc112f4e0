use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::{element_id, Kindred};
use super::browser::{focus_within, submit_click};
use super::screen::Screen;
use crate::assessment::{
    LabelError, PersonLabel, RelationshipContext, Take, TakeId, TakeLength, MAX_LABEL_CHARS,
};
use crate::i18n::{Catalogue, Words};

/// Chooses whose relationship to reflect on and how long the check is.
///
/// The radio buttons are left to the browser and read when the form is
/// sent: nothing needs to react to them before that, and it keeps the
/// WebAssembly smaller.
#[component]
pub fn Setup(
    /// Kindred's shared state; the new take goes into it.
    state: Kindred,
    /// Moves to another screen.
    navigate: Callback<Screen>,
) -> impl IntoView {
    let (context, length) = (state.preset_context, state.preset_length);
    // Which questions were left unanswered when the person pressed Start.
    let missing_context = RwSignal::new(false);
    let missing_length = RwSignal::new(false);
    // Why the name typed was refused, if it was.
    let bad_person = RwSignal::new(None::<LabelError>);
    // The takes in progress the person has been told will be replaced.
    // Checked again on Start: another tab may have answered meanwhile.
    let replacing = RwSignal::new(Replacing::of(&state.takes_in_progress()));
    let section = NodeRef::<leptos::html::Section>::new();
    let context_group = element_id("context");
    let length_group = element_id("length");
    let person_id = element_id("person");

    let start = {
        let (context_group, length_group) = (context_group.clone(), length_group.clone());
        move || {
            let chosen = |group: &str| -> Option<String> {
                let selector = format!("input[name=\"{group}\"]:checked");
                let input = section.get_untracked()?.query_selector(&selector).ok()??;
                Some(input.dyn_into::<web_sys::HtmlInputElement>().ok()?.value())
            };
            let context =
                context.or_else(|| RelationshipContext::from_key(&chosen(&context_group)?));
            let length = length.or_else(|| TakeLength::from_key(&chosen(&length_group)?));
            // The field is the page's own (uncontrolled): read on Start.
            let typed = section
                .get_untracked()
                .and_then(|s| s.query_selector(".person input").ok().flatten())
                .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .unwrap_or_default();
            let person = PersonLabel::parse(&typed);
            missing_context.set(context.is_none());
            missing_length.set(length.is_none());
            bad_person.set(person.as_ref().err().copied());
            let (Some(context), Some(length), Ok(person)) = (context, length, person) else {
                focus_within(section.get_untracked(), ".has-error input");
                return;
            };
            let now = Replacing::of(&state.takes_in_progress());
            if replacing.with_untracked(|told| !told.covers(&now)) {
                // Never discard answers the person was not told about.
                replacing.set(now);
                focus_within(section.get_untracked(), ".replacing");
                return;
            }
            state.start(context, length, person, &now.ids);
            navigate.run(Screen::Question);
        }
    };

    let w = state.words;
    let t = w.t;
    let context_options = RelationshipContext::ALL
        .iter()
        .map(|c| (c.key(), w.context(*c), String::new()))
        .collect();
    let length_options = TakeLength::ALL
        .iter()
        .map(|l| (l.key(), w.length(*l), w.length_detail(*l)))
        .collect();

    view! {
        <section class="screen setup" node_ref=section>
            <h2 tabindex="-1" data-focus>
                {t.setup_title}
            </h2>
            <p
                class="hint replacing"
                tabindex="-1"
                hidden=move || replacing.with(|r| r.answered.is_empty())
            >
                {move || replacing.with(|r| r.warning(w)).unwrap_or_default()}
            </p>
            <form
                novalidate
                // The button does the work; this only keeps the page from
                // ever navigating.
                on:submit=|event| event.prevent_default()
            >
                // A question the host page answered stays in the page,
                // hidden: switching views costs more WebAssembly.
                {choice(
                    context.is_some(),
                    t,
                    [t.whose_legend, t.whose_hint, t.whose_error],
                    context_group,
                    missing_context,
                    context_options,
                )}
                {person_field(t, person_id, bad_person)}
                {choice(
                    length.is_some(),
                    t,
                    [t.length_legend, t.length_hint, t.length_error],
                    length_group,
                    missing_length,
                    length_options,
                )}
                <div class="actions">
                    <button
                        type="submit"
                        class="primary"
                        on:click=submit_click(start)
                    >
                        {t.start}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| navigate.run(Screen::Welcome)
                    >
                        {t.back}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// The takes in progress a new take would replace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replacing {
    pub ids: Vec<TakeId>,
    /// Answers given in each, in the order of `ids`.
    pub answered: Vec<usize>,
}

impl Replacing {
    pub fn of(takes: &[Take]) -> Self {
        Replacing {
            ids: takes.iter().map(|t| t.id).collect(),
            answered: takes.iter().map(|t| t.answers().len()).collect(),
        }
    }

    /// True when the person was told of everything in `now`: no take they
    /// were not told about, and no answers given since.
    pub fn covers(&self, now: &Replacing) -> bool {
        now.ids.iter().zip(&now.answered).all(|(id, answered)| {
            self.ids
                .iter()
                .position(|told| told == id)
                .is_some_and(|i| self.answered[i] >= *answered)
        })
    }

    /// What to tell the person, if anything would be replaced.
    pub fn warning(&self, w: Words) -> Option<String> {
        match self.answered.as_slice() {
            [] => None,
            [answered] => Some(w.count(&w.t.replace_one, *answered)),
            several => Some(w.count(&w.t.replace_many, several.len())),
        }
    }
}

/// The optional name or label for the other person: a text field with a
/// hint and, when what was typed cannot be kept, an error saying why.
fn person_field(
    t: &'static Catalogue,
    id: String,
    bad: RwSignal<Option<LabelError>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = format!("{hint_id} {error_id}");
    view! {
        <div class="person" class:has-error=move || bad.get().is_some()>
            <label for=id.clone()>{t.person_label}</label>
            <p class="hint" id=hint_id>{t.person_hint}</p>
            <p class="error" id=error_id hidden=move || bad.get().is_none()>
                <span class="visually-hidden">{t.error_prefix}</span>
                // One message for both reasons: the field already stops
                // at 40 characters as they are typed.
                {t.person_refused}
            </p>
            // The error is always in the description; it is empty (hidden)
            // until there is one.
            <input
                type="text"
                id=id
                maxlength=MAX_LABEL_CHARS
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described_by
            />
        </div>
    }
}

/// A fieldset of labelled radio buttons with a GOV.UK-style error message:
/// the legend is the question, the error says what to do and is tied to the
/// group with `aria-describedby`.
fn choice(
    // Chosen by the host page: the question is not asked.
    preset: bool,
    t: &'static Catalogue,
    // The question, a hint, and what to do when it is left unanswered.
    [legend, hint, error_text]: [&'static str; 3],
    group: String,
    show_error: RwSignal<bool>,
    options: Vec<(&'static str, &'static str, String)>,
) -> impl IntoView {
    let hint_id = format!("{group}-hint");
    let error_id = format!("{group}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if show_error.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <fieldset
            class="choice"
            class:has-error=show_error
            aria-describedby=described_by
            hidden=preset
        >
            <legend>{legend}</legend>
            <p class="hint" id=hint_id>
                {hint}
            </p>
            <p class="error" id=error_id hidden=move || !show_error.get()>
                <span class="visually-hidden">{t.error_prefix}</span>
                {error_text}
            </p>
            <div class="options">
                {options
                    .into_iter()
                    .map(|(key, label, detail)| {
                        let id = format!("{group}-{key}");
                        // The detail is part of the label, so it is read
                        // once, with the name (not again as a description).
                        let no_detail = detail.is_empty();
                        view! {
                            <div class="option">
                                <input type="radio" id=id.clone() name=group.clone() value=key />
                                <label for=id>
                                    {label}
                                    <span class="detail" hidden=no_detail>
                                        {detail}
                                    </span>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told(pairs: &[(u64, usize)]) -> Replacing {
        Replacing {
            ids: pairs.iter().map(|(id, _)| TakeId(*id)).collect(),
            answered: pairs.iter().map(|(_, n)| *n).collect(),
        }
    }

    #[test]
    fn starting_replaces_only_what_the_person_was_told_about() {
        let cases = [
            (told(&[]), told(&[]), true),
            (told(&[(1, 3)]), told(&[(1, 3)]), true),
            // Another tab answered more meanwhile.
            (told(&[(1, 3)]), told(&[(1, 4)]), false),
            // Another tab started a take meanwhile.
            (told(&[]), told(&[(2, 1)]), false),
            (told(&[(1, 3)]), told(&[(1, 3), (2, 1)]), false),
            // Something the person was told about is gone: nothing new.
            (told(&[(1, 3), (2, 1)]), told(&[(2, 1)]), true),
        ];
        for (was_told, now, covered) in cases {
            assert_eq!(was_told.covers(&now), covered, "{was_told:?} {now:?}");
        }
    }

    #[test]
    fn the_warning_says_how_much_would_be_replaced() {
        let words = Words::english();
        assert_eq!(told(&[]).warning(words), None);
        assert!(told(&[(1, 3)])
            .warning(words)
            .is_some_and(|w| w.contains("(3 answered so far)")));
        assert!(told(&[(1, 3), (2, 1)])
            .warning(words)
            .is_some_and(|w| w.contains("the 2 check-ins")));
    }
}
