//! Together, with no server: a short code carries one person's scores to
//! the other's device, where both views are drawn side by side.
//!
//! Everything here (reading a code, the comparison, the screen) is in a
//! chunk of WebAssembly of its own (see `super::later`): most visits never
//! compare, so the first visit does not pay for it. The main module only
//! has the button that opens this screen and a cheap look for `#share=` in
//! the standalone page's address.
//!
//! Their scores are kept only if the person chooses "Keep their scores on
//! this device": then their code is stored beside this check-in
//! (`Store::keep_partner`, `<doc>.partner.<id>`) until they are forgotten
//! or the check-in is deleted. Otherwise closing the screen forgets them.

use leptos::prelude::*;

use super::app::{element_id, Kindred};
use super::browser::focus_within;
use super::later::{chunk, with_later_words};
use super::radar::{chart, shape_of, Radar, RadarChart};
use super::screen::Screen;
use crate::assessment::{
    code_from_pasted, compare, Characteristic, CheckInScores, CompletedTake, RelationshipContext,
    Seen, ShareCodeError, SharedScores, TakeId,
};
use crate::i18n::{fill, Words};
use crate::storage::Store;

// The screen, in the chunk `together`. `preload_together` fetches it
// without showing it.
chunk!(
    together,
    fn together_view(state: Kindred, navigate: Callback<Screen>, id: TakeId) -> view {
        with_later_words(state, move |state| {
            view! { <Together state=state navigate=navigate id=id /> }.into_any()
        })
    },
    preload preload_together
);

/// Why a code was refused: which of [`crate::i18n::Catalogue::code_errors`]
/// says so, and the stray character, if that is the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub reason: usize,
    pub character: Option<char>,
}

impl Refusal {
    /// The catalogue's sentence for this refusal.
    pub fn message(self, w: Words) -> String {
        let character = self.character.map(String::from).unwrap_or_default();
        fill(w.t.code_errors[self.reason], &[("character", &character)])
    }
}

/// Reads their code, as typed or pasted (a link too), for comparing with a
/// check-in about `context`. A code is untrusted input: anything but a
/// well-formed code about the same kind of relationship is refused with
/// the reason a person can act on.
pub fn read_their_code(
    pasted: &str,
    context: RelationshipContext,
) -> Result<SharedScores, Refusal> {
    let refused = |reason| Refusal {
        reason,
        character: None,
    };
    let theirs =
        SharedScores::from_code(code_from_pasted(pasted)).map_err(|error| match error {
            ShareCodeError::Empty => refused(0),
            ShareCodeError::WrongLength { .. } => refused(1),
            ShareCodeError::NotACodeCharacter { character, .. } => Refusal {
                reason: 2,
                character: Some(character),
            },
            ShareCodeError::Mistyped => refused(3),
            ShareCodeError::NewerVersion => refused(4),
            ShareCodeError::Invalid => refused(5),
        })?;
    if theirs.context() != context {
        return Err(refused(6));
    }
    Ok(theirs)
}

/// One characteristic in the table of both sets of scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BothScores {
    pub name: &'static str,
    pub mine: String,
    pub theirs: String,
    pub differently: bool,
}

/// What the comparison shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compared {
    /// My chart with their shape dashed over it.
    pub chart: RadarChart,
    /// In [`Characteristic::ALL`] order.
    pub rows: Vec<BothScores>,
    /// Questions to talk over, for the biggest gaps first; none when every
    /// characteristic is seen alike.
    pub starters: Vec<&'static str>,
}

/// Both views of the same relationship: mine and theirs.
pub fn compared(mine: &CompletedTake, theirs: &SharedScores, w: Words) -> Compared {
    let my_scores = CheckInScores::from_take(mine);
    let comparison = compare(&my_scores, &CheckInScores::from_shared(theirs));
    Compared {
        chart: RadarChart {
            summary: w.t.compare_chart_label.to_owned(),
            other: Some(shape_of(theirs.scores(), w)),
            ..chart(&mine.results, w)
        },
        rows: Characteristic::ALL
            .iter()
            .map(|&c| BothScores {
                name: w.characteristic(c),
                mine: w.number(my_scores.score_of(c)),
                theirs: w.number(theirs.score_of(c)),
                differently: comparison.gap_of(c).seen == Seen::Differently,
            })
            .collect(),
        starters: comparison
            .conversation_starters
            .iter()
            .map(|p| w.starter(p))
            .collect(),
    }
}

/// The code in the standalone page's address (`#share=...`), if any.
fn code_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Some(code_from_pasted(&hash).to_owned()).filter(|code| !code.is_empty())
}

/// The standalone page's address with `code` as its fragment, which
/// browsers never send to a server.
fn link_with(code: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let page = href.split('#').next().unwrap_or_default();
    Some(format!("{page}#share={code}"))
}

/// My code to share, and a form for theirs; once theirs is read, both
/// views side by side.
#[component]
fn Together(
    /// Kindred's shared state.
    state: Kindred,
    /// Moves to another screen.
    navigate: Callback<Screen>,
    /// The check-in whose results led here.
    id: TakeId,
) -> impl IntoView {
    let w = state.words;
    let t = w.t;
    let linked = if state.brought_a_code {
        code_in_address()
    } else {
        None
    };
    // A link's code about another relationship is compared with the
    // latest check-in about that one, if there is one.
    let linked_context = linked
        .as_deref()
        .and_then(|code| SharedScores::from_code(code).ok())
        .map(|theirs| theirs.context());
    let mine = state
        .with_store(|s| {
            let take = s.take(id).ok()?;
            Some(match linked_context {
                Some(context) if context != take.context => s
                    .recent(None, Store::LOOK_BACK)
                    .find(|other| other.context == context)
                    .unwrap_or(take),
                _ => take,
            })
        })
        .flatten();
    let back = move |_| navigate.run(Screen::Results(id));
    let Some(mine) = mine else {
        return view! {
            <section class="screen together">
                <h2 tabindex="-1" data-focus>
                    {t.together_title}
                </h2>
                <p>{t.results_unreadable}</p>
                <div class="actions">
                    <button type="button" class="secondary" on:click=back>
                        {t.back_to_results}
                    </button>
                </div>
            </section>
        }
        .into_any();
    };

    // A take dated outside what a code can carry (a wrong clock) has no
    // code; comparing still works.
    let my_code = SharedScores::from_take(&mine).ok().map(|s| s.code());
    let link = my_code
        .as_deref()
        .filter(|_| state.standalone)
        .and_then(link_with);
    let no_code = my_code.is_none();
    let no_link = link.is_none();
    let link_text = link.clone();
    let copied = RwSignal::new(false);
    let copy = {
        let code = my_code.clone().unwrap_or_default();
        move |_| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let written = window.navigator().clipboard().write_text(&code);
            // Only say "Copied" once the browser has done it.
            leptos::task::spawn_local(async move {
                if wasm_bindgen_futures::JsFuture::from(written).await.is_ok() {
                    copied.set(true);
                }
            });
        }
    };

    let context = mine.context;
    let mine_id = mine.id;
    // Their scores, if the person chose to keep them beside this check-in.
    let kept_before = state.with_store(|s| s.partner(mine_id)).flatten();
    let mine = StoredValue::new(mine);
    let showing = RwSignal::new(None::<Compared>);
    let error = RwSignal::new(None::<String>);
    // The scores compared now, and whether they are the ones kept.
    let current = RwSignal::new(None::<SharedScores>);
    let kept = RwSignal::new(false);
    let keep_failed = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();
    let input = NodeRef::<leptos::html::Input>::new();
    let show = move |theirs: SharedScores| {
        error.set(None);
        keep_failed.set(false);
        current.set(Some(theirs));
        kept.set(state.with_store(|s| s.partner(mine_id)).flatten() == Some(theirs));
        showing.set(Some(mine.with_value(|mine| compared(mine, &theirs, w))));
    };
    let compare_with = move |pasted: &str| match read_their_code(pasted, context) {
        Ok(theirs) => {
            show(theirs);
            // Screen readers go on from the comparison's heading.
            focus_within(section.get_untracked(), ".comparison h3");
        }
        Err(refusal) => {
            // A refused code shows nothing, not even an earlier comparison.
            showing.set(None);
            current.set(None);
            error.set(Some(refusal.message(w)));
        }
    };
    // A code brought by a link is compared straight away; otherwise the
    // scores kept, if any.
    if let Some(code) = &linked {
        compare_with(code);
    } else if let Some(theirs) = kept_before {
        show(theirs);
    }
    // Kept only when the person asks; forgotten when they ask.
    let keep = move |_| {
        let Some(theirs) = current.get_untracked() else {
            return;
        };
        let saved = state.with_store(|s| s.keep_partner(mine_id, &theirs));
        let done = matches!(saved, Some(Ok(())));
        kept.set(done);
        keep_failed.set(!done);
        if done {
            focus_within(section.get_untracked(), ".keep .forget");
        }
    };
    let forget = move |_| {
        let removed = state.with_store(|s| s.forget_partner(mine_id));
        if matches!(removed, Some(Ok(()))) {
            kept.set(false);
            focus_within(section.get_untracked(), ".keep .keep-button");
        }
    };
    let input_id = element_id("their-code");
    let error_id = element_id("their-code-error");
    let described_by = error_id.clone();

    view! {
        <section class="screen together" node_ref=section>
            <h2 tabindex="-1" data-focus>
                {t.together_title}
            </h2>
            <p>{t.together_intro[context.index()]}</p>
            <div class="share" hidden=no_code>
                <p>
                    {t.share_code_label}
                    {t.term_separator}
                    <strong class="code">{my_code}</strong>
                </p>
                <p>
                    <button type="button" class="secondary" on:click=copy>
                        {t.copy}
                    </button>
                    " "
                    <span role="status">{move || copied.get().then_some(t.copied)}</span>
                </p>
                <p class="hint">{t.share_note}</p>
                <p class="link" hidden=no_link>
                    {t.share_link_label}
                    {t.term_separator}
                    <a href=link>{link_text}</a>
                </p>
            </div>
            <form
                novalidate
                on:submit=move |event| {
                    event.prevent_default();
                    let typed = input.get_untracked().map(|i| i.value()).unwrap_or_default();
                    compare_with(&typed);
                }
            >
                <label for=input_id.clone()>{t.their_code_label}</label>
                <input
                    id=input_id
                    node_ref=input
                    type="text"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    value=linked.as_deref().map(code_from_pasted).map(str::to_owned)
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| described_by.clone())
                />
                <p class="error" id=error_id role="alert">
                    {move || error.get()}
                </p>
                <button type="submit" class="primary">
                    {t.compare_button}
                </button>
            </form>
            {move || showing.get().map(|shown| comparison(shown, w))}
            <div class="keep" hidden=move || showing.with(Option::is_none)>
                <p class="hint" hidden=move || kept.get()>{t.keep_hint}</p>
                <p hidden=move || !kept.get()>{t.kept_note}</p>
                <button
                    type="button"
                    class="secondary keep-button"
                    hidden=move || kept.get()
                    on:click=keep
                >
                    {t.keep_theirs}
                </button>
                <button type="button" class="secondary forget" hidden=move || !kept.get() on:click=forget>
                    {t.forget_theirs}
                </button>
                <p role="status">{move || keep_failed.get().then_some(t.keep_failed)}</p>
            </div>
            <div class="actions">
                // The print stylesheet leaves the comparison alone on the
                // page: both shapes, the table, what to talk about.
                <button
                    type="button"
                    class="secondary"
                    hidden=move || showing.with(Option::is_none)
                    on:click=|_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }
                >
                    {t.print_results}
                </button>
                <button type="button" class="secondary" on:click=back>
                    {t.back_to_results}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// Both shapes on one chart, with a legend in words and a table of both
/// sets of scores as its text alternative; then what to talk about.
fn comparison(shown: Compared, w: Words) -> AnyView {
    let t = w.t;
    let Compared {
        chart,
        rows,
        starters,
    } = shown;
    let all_alike = starters.is_empty();
    view! {
        <div class="comparison">
            <h3 tabindex="-1">{t.compare_title}</h3>
            <Radar chart=chart />
            <ul class="legend">
                <li class="you">{t.legend_you}</li>
                <li class="them">{t.legend_them}</li>
            </ul>
            <table class="both">
                <thead>
                    <tr>
                        <th scope="col">{t.column_characteristic}</th>
                        <th scope="col">{t.column_you}</th>
                        <th scope="col">{t.column_them}</th>
                        <th scope="col">{t.column_seen}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|BothScores { name, mine, theirs, differently }| {
                            view! {
                                <tr class:differently=differently>
                                    <th scope="row">{name}</th>
                                    <td>{mine}</td>
                                    <td>{theirs}</td>
                                    <td>
                                        {if differently { t.seen_differently } else { t.seen_alike }}
                                    </td>
                                </tr>
                            }
                                .into_any()
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p hidden=!all_alike>{t.all_alike}</p>
            <h3 hidden=all_alike>{t.starters_title}</h3>
            <ul class="starters" hidden=all_alike>
                {starters
                    .into_iter()
                    .map(|starter| view! { <li>{starter}</li> }.into_any())
                    .collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{statements_for, Agreement, Take, TakeLength};

    /// A finished quick check about a partner, every answer `answer`.
    fn finished(answer: Agreement) -> CompletedTake {
        // 2026-03-01, well inside what a code can date.
        let at = 1_772_323_200_000;
        let mut take = Take::new(
            TakeId(1),
            RelationshipContext::Romantic,
            TakeLength::Quick,
            at,
        );
        for _ in statements_for(TakeLength::Quick) {
            take.answer_current(answer);
            take.go_next();
        }
        take.finish(at).expect("every statement answered")
    }

    fn shared(context: RelationshipContext, scores: [u8; 5]) -> SharedScores {
        let day = crate::assessment::CheckInDay(800);
        SharedScores::new(context, TakeLength::Full, day, scores).expect("scores in range")
    }

    #[test]
    fn a_code_about_the_same_relationship_is_read() {
        let theirs = shared(RelationshipContext::Romantic, [10, 20, 30, 40, 50]);
        let pasted = format!("https://example.org/#share={}", theirs.code());
        assert_eq!(
            read_their_code(&pasted, RelationshipContext::Romantic),
            Ok(theirs)
        );
    }

    #[test]
    fn refused_codes_say_what_is_wrong() {
        let words = Words::english();
        let code = shared(RelationshipContext::Romantic, [10, 20, 30, 40, 50]).code();
        let reason = |text: &str| {
            read_their_code(text, RelationshipContext::Romantic)
                .map_err(|refusal| refusal.message(words))
        };
        // One character changed: the check catches it.
        let first = code.chars().next().unwrap_or('1');
        let typo = code.replacen(first, if first == '2' { "3" } else { "2" }, 1);
        assert_eq!(
            reason(&typo),
            Err("That code has a typo somewhere. Check it with them and try again.".into())
        );
        assert_eq!(reason("  "), Err("Enter the code they gave you.".into()));
        assert_eq!(
            reason("1C15-H85N"),
            Err("That code is not the right length. A code has 14 letters and digits.".into())
        );
        assert_eq!(
            reason("1C15-H85N-YHXM-V?"),
            Err("“?” is not part of any code. Check it with them and try again.".into())
        );
        let friend = shared(RelationshipContext::Friend, [10, 20, 30, 40, 50]).code();
        assert_eq!(
            reason(&friend),
            Err("That code is from a check-in about a different kind of relationship.".into())
        );
    }

    #[test]
    fn gaps_of_fifteen_or_more_are_seen_differently_and_bring_starters() {
        // Every answer neutral: every score of mine is 50.
        let mine = finished(Agreement::Neutral);
        assert_eq!(mine.results.scores.map(|s| s.score), [50; 5]);
        let theirs = shared(RelationshipContext::Romantic, [50, 35, 36, 65, 50]);
        let shown = compared(&mine, &theirs, Words::english());
        let table: Vec<_> = shown
            .rows
            .iter()
            .map(|r| (r.name, r.mine.as_str(), r.theirs.as_str(), r.differently))
            .collect();
        assert_eq!(
            table,
            [
                ("Trust", "50", "50", false),
                ("Vulnerability", "50", "35", true),
                ("Empathy", "50", "36", false),
                ("Communication", "50", "65", true),
                ("Acceptance", "50", "50", false),
            ]
        );
        assert!(!shown.starters.is_empty());
        assert_eq!(
            shown.chart.other,
            Some(shape_of(theirs.scores(), Words::english()))
        );
    }

    #[test]
    fn seeing_everything_alike_brings_no_starters() {
        let mine = finished(Agreement::Neutral);
        let theirs = shared(RelationshipContext::Romantic, [45, 64, 36, 50, 55]);
        let shown = compared(&mine, &theirs, Words::english());
        assert!(shown.rows.iter().all(|r| !r.differently));
        assert!(shown.starters.is_empty());
    }
}
