//! Over time: the trend of one relationship's check-ins, and any two
//! check-ins compared. Part of the past check-ins screen, so in its chunk
//! of WebAssembly (see [`super::later`]): a first visit never pays for it.
//!
//! Both read at most [`LOOK_BACK`] recent records, once, when the screen
//! opens: the cost does not grow with how long someone has used Kindred.
//! The maths is [`crate::assessment::trend`]'s; this is only its picture.

use leptos::prelude::*;

use super::app::{element_id, Kindred};
use super::radar::{chart, shape_of, Radar, RadarChart};
use crate::assessment::{
    compare, practices_moved, same_person, series, Characteristic, CheckInScores, CompletedTake,
    PersonLabel, RelationshipContext, Series, TakeId,
};
use crate::i18n::{fill, Words};

/// How many recent check-ins trends and comparisons read.
pub const LOOK_BACK: usize = 60;

/// How many check-ins a trend draws: the latest of its relationship.
pub const TREND_POINTS: usize = 12;

/// How many check-ins the comparison's menus offer, newest first.
pub const COMPARE_CHOICES: usize = 20;

/// The trend chart's drawing area in its view box (320 wide, so it is
/// drawn at its own size on a 320 px screen and its 14-unit labels stay
/// readable).
const WIDTH: f64 = 320.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 304.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 172.0;

/// Each line's dash pattern, so the lines read apart in black and white
/// and for people who do not tell colours apart: overall first (solid),
/// then [`Characteristic::ALL`].
const DASHES: [&str; 6] = ["none", "8 4", "2 4", "10 3 2 3", "4 4", "1 3"];

/// Whose check-ins: a relationship and, when one was given, the person's
/// name. Check-ins about two friends with two names are two people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Whom {
    pub context: RelationshipContext,
    pub person: Option<PersonLabel>,
}

impl Whom {
    pub fn of(take: &CompletedTake) -> Whom {
        Whom {
            context: take.context,
            person: take.person.clone(),
        }
    }

    pub fn is(&self, other: &Whom) -> bool {
        self.context == other.context && same_person(self.person.as_ref(), other.person.as_ref())
    }
}

/// Everyone among `takes` (newest first), the most recent first.
pub fn everyone_in(takes: &[Whom]) -> Vec<Whom> {
    let mut people: Vec<Whom> = Vec::new();
    for whom in takes {
        if !people.iter().any(|known| known.is(whom)) {
            people.push(whom.clone());
        }
    }
    people
}

/// The people with at least two check-ins among `takes` (newest first),
/// the one checked in about most recently first.
pub fn trend_people(takes: &[Whom]) -> Vec<Whom> {
    let mut people: Vec<Whom> = Vec::new();
    for whom in takes {
        let count = takes.iter().filter(|other| other.is(whom)).count();
        if count >= 2 && !people.iter().any(|known| known.is(whom)) {
            people.push(whom.clone());
        }
    }
    people
}

/// The trend of `whom`: their latest [`TREND_POINTS`] check-ins, oldest
/// first. `takes` and `check_ins` are the same check-ins.
pub fn latest_series(takes: &[Whom], check_ins: &[CheckInScores], whom: &Whom) -> Series {
    let theirs: Vec<CheckInScores> = takes
        .iter()
        .zip(check_ins)
        .filter(|(other, _)| other.is(whom))
        .map(|(_, check_in)| *check_in)
        .collect();
    let mut all = series(&theirs, whom.context);
    let skip = all.len().saturating_sub(TREND_POINTS);
    for line in all.characteristics.iter_mut() {
        line.drain(..skip);
    }
    all.overall.drain(..skip);
    all
}

/// Where a score sits on the trend chart, mirrored for right-to-left
/// writing, where time runs from right to left.
fn plot(index: usize, count: usize, score: u8, rtl: bool) -> (f64, f64) {
    let step = if count > 1 {
        (RIGHT - LEFT) / (count - 1) as f64
    } else {
        0.0
    };
    let x = LEFT + step * index as f64;
    let x = if rtl { WIDTH - x } else { x };
    let y = BOTTOM - (BOTTOM - TOP) * f64::from(score.min(100)) / 100.0;
    (x.round(), y.round())
}

/// Polyline points for one line of the chart.
pub fn line_points(scores: &[u8], rtl: bool) -> String {
    let mut points = String::new();
    for (index, &score) in scores.iter().enumerate() {
        let (x, y) = plot(index, scores.len(), score, rtl);
        if !points.is_empty() {
            points.push(' ');
        }
        points.push_str(&format!("{x},{y}"));
    }
    points
}

/// Trends and comparisons, under the list of past check-ins.
#[component]
pub fn OverTime(
    state: Kindred,
    /// The latest [`LOOK_BACK`] check-ins, newest first, read once by the
    /// screen for this and its list's filter.
    takes: Vec<CompletedTake>,
) -> impl IntoView {
    let w = state.words;
    let t = w.t;
    let check_ins: Vec<CheckInScores> = takes.iter().map(CheckInScores::from_take).collect();
    let whoms: Vec<Whom> = takes.iter().map(Whom::of).collect();
    let people = trend_people(&whoms);
    let about = RwSignal::new(people.first().map(|_| 0usize));
    let about_id = element_id("trend-about");
    let choices: Vec<CompletedTake> = takes.into_iter().take(COMPARE_CHOICES).collect();
    let has_trend = !people.is_empty();
    let can_compare = choices.len() >= 2;

    let names: Vec<String> = people.iter().map(|whom| whom_name(whom, w)).collect();
    let trend = move || {
        let whom = people.get(about.get()?)?;
        Some(trend_view(&latest_series(&whoms, &check_ins, whom), w))
    };
    view! {
        <section class="over-time" hidden=!can_compare>
            <h3>{t.over_time}</h3>
            <p hidden=has_trend>{t.trend_needs_two}</p>
            <div hidden=!has_trend>
                <label for=about_id.clone()>{t.trend_about}</label>
                <select
                    id=about_id
                    on:change=move |event| about.set(event_target_value(&event).parse().ok())
                >
                    {numbered_options(names)}
                </select>
                {trend}
            </div>
            <Compare state=state choices=choices />
            // The print stylesheet leaves this section alone on the page.
            <button
                type="button"
                class="secondary print-over-time"
                on:click=move |_| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }
            >
                {t.print_results}
            </button>
        </section>
    }
}

/// How a person is named in menus: "Sam · A friend", or "A friend".
pub fn whom_name(whom: &Whom, w: Words) -> String {
    with_name(whom.person.as_ref(), w.context(whom.context).to_owned(), w)
}

/// `about` with the person's name first, when they have one.
pub fn with_name(person: Option<&PersonLabel>, about: String, w: Words) -> String {
    match person {
        Some(person) => fill(
            w.t.person_about,
            &[("person", person.as_str()), ("about", &about)],
        ),
        None => about,
    }
}

/// A menu's options, valued by their position: `names` in order.
pub fn numbered_options(names: Vec<String>) -> AnyView {
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| view! { <option value=i.to_string()>{name}</option> }.into_any())
        .collect_view()
        .into_any()
}

/// The trend chart of `trend` and its data table.
fn trend_view(trend: &Series, w: Words) -> AnyView {
    let t = w.t;
    let rtl = w.lang.dir() == "rtl";
    let (Some(first), Some(last)) = (trend.overall.first(), trend.overall.last()) else {
        return ().into_any();
    };
    let label = fill(
        t.trend_label,
        &[
            ("count", &w.number(trend.len())),
            ("first", &w.number(first.score)),
            ("from", &w.date(first.at_ms)),
            ("last", &w.number(last.score)),
            ("to", &w.date(last.at_ms)),
        ],
    );
    let scores = |points: &[crate::assessment::TrendPoint]| -> Vec<u8> {
        points.iter().map(|p| p.score).collect()
    };
    // Overall first, drawn last so it is on top.
    let mut lines: Vec<(&'static str, Vec<u8>, &'static str)> =
        vec![(t.overall_heading, scores(&trend.overall), DASHES[0])];
    for (i, c) in Characteristic::ALL.into_iter().enumerate() {
        lines.push((w.characteristic(c), scores(trend.line(c)), DASHES[i + 1]));
    }
    let grid = [0u8, 25, 50, 75, 100].map(|score| {
        let (_, y) = plot(0, 1, score, false);
        let (x_from, x_to, x_text, anchor) = if rtl {
            (WIDTH - RIGHT, WIDTH - LEFT, WIDTH - LEFT + 6.0, "start")
        } else {
            (LEFT, RIGHT, LEFT - 6.0, "end")
        };
        view! {
            <line class="grid" x1=x_from x2=x_to y1=y y2=y />
            <text class="tick" x=x_text y=y + 5.0 text-anchor=anchor>{w.number(score)}</text>
        }
        .into_any()
    });
    let count = trend.len();
    let (from_x, _) = plot(0, count, 0, rtl);
    let (to_x, _) = plot(count - 1, count, 0, rtl);
    let (from_anchor, to_anchor) = if count == 1 {
        ("middle", "middle")
    } else if rtl {
        ("end", "start")
    } else {
        ("start", "end")
    };
    let drawn = lines
        .iter()
        .rev()
        .enumerate()
        .map(|(i, (_, scores, dash))| {
            let class = if i + 1 == lines.len() { "trend-line overall" } else { "trend-line" };
            view! { <polyline class=class points=line_points(scores, rtl) stroke-dasharray=*dash /> }
                .into_any()
        })
        .collect_view();
    let dots = trend
        .overall
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (cx, cy) = plot(i, count, p.score, rtl);
            view! { <circle class="trend-dot" cx=cx cy=cy r="4" /> }.into_any()
        })
        .collect_view();
    let legend = lines
        .iter()
        .map(|(name, _, dash)| {
            view! {
                <li>
                    <svg viewBox="0 0 32 8" width="32" height="8" aria-hidden="true">
                        <line x1="0" y1="4" x2="32" y2="4" stroke-dasharray=*dash />
                    </svg>
                    {*name}
                </li>
            }
            .into_any()
        })
        .collect_view();
    let heads = Characteristic::ALL
        .into_iter()
        .map(|c| view! { <th scope="col">{w.characteristic(c)}</th> }.into_any())
        .collect_view();
    let rows = (0..count)
        .map(|i| {
            let cells = Characteristic::ALL
                .into_iter()
                .map(|c| view! { <td>{w.number(trend.line(c)[i].score)}</td> }.into_any())
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{w.date(trend.overall[i].at_ms)}</th>
                    <td>{w.number(trend.overall[i].score)}</td>
                    {cells}
                </tr>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <svg class="trend" viewBox="0 0 320 200" role="img" aria-label=label>
            <g aria-hidden="true">
                {grid}
                {drawn}
                {dots}
                <text class="tick" x=from_x y="196" text-anchor=from_anchor>
                    {w.date(first.at_ms)}
                </text>
                <text class="tick" x=to_x y="196" text-anchor=to_anchor hidden=count == 1>
                    {w.date(last.at_ms)}
                </text>
            </g>
        </svg>
        <ul class="legend" aria-hidden="true">{legend}</ul>
        <div class="table-scroll" role="region" tabindex="0" aria-label=t.trend_table>
            <table>
                <caption>{t.trend_table}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.date_heading}</th>
                        <th scope="col">{t.overall_heading}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Two of one's own check-ins, picked from menus, side by side.
#[component]
fn Compare(state: Kindred, choices: Vec<CompletedTake>) -> impl IntoView {
    let w = state.words;
    let t = w.t;
    // The latest check-in and the one before it about the same
    // relationship (or simply the one before it).
    let latest = choices.first().map(|take| take.id);
    let before = choices
        .iter()
        .skip(1)
        .find(|take| {
            choices
                .first()
                .is_some_and(|c| Whom::of(c).is(&Whom::of(take)))
        })
        .or(choices.get(1))
        .map(|take| take.id);
    let one = RwSignal::new(before);
    let other = RwSignal::new(latest);
    let one_id = element_id("compare-one");
    let other_id = element_id("compare-other");
    let one_options = choices_options(&choices, before, w);
    let other_options = choices_options(&choices, latest, w);
    let choices = StoredValue::new_local(choices);
    let shown = move || {
        let (Some(a), Some(b)) = (one.get(), other.get()) else {
            return ().into_any();
        };
        if a == b {
            return view! { <p>{t.compare_same}</p> }.into_any();
        }
        choices.with_value(|all| {
            let find = |id: TakeId| all.iter().find(|take| take.id == id);
            match (find(a), find(b)) {
                (Some(a), Some(b)) if a.finished_at_ms <= b.finished_at_ms => {
                    comparison_view(a, b, w)
                }
                (Some(a), Some(b)) => comparison_view(b, a, w),
                _ => ().into_any(),
            }
        })
    };
    let pick = |signal: RwSignal<Option<TakeId>>| {
        move |event: leptos::ev::Event| {
            signal.set(event_target_value(&event).parse().ok().map(TakeId));
        }
    };
    view! {
        <div class="compare">
            <h3>{t.compare_check_ins}</h3>
            <div class="pickers">
                <p>
                    <label for=one_id.clone()>{t.compare_one}</label>
                    <select id=one_id on:change=pick(one)>{one_options}</select>
                </p>
                <p>
                    <label for=other_id.clone()>{t.compare_other}</label>
                    <select id=other_id on:change=pick(other)>{other_options}</select>
                </p>
            </div>
            {shown}
        </div>
    }
}

/// The options of a comparison menu, `selected` chosen.
fn choices_options(choices: &[CompletedTake], selected: Option<TakeId>, w: Words) -> AnyView {
    choices
        .iter()
        .map(|take| {
            let label = fill(
                w.t.compare_option,
                &[
                    ("date", &w.date(take.finished_at_ms)),
                    ("context", &whom_name(&Whom::of(take), w)),
                    ("score", &w.number(take.results.overall)),
                ],
            );
            view! {
                <option value=take.id.0.to_string() selected=Some(take.id) == selected>
                    {label}
                </option>
            }
            .into_any()
        })
        .collect_view()
        .into_any()
}

/// `later` drawn over `earlier`, the change per characteristic, and the
/// practices that came into or went out of focus.
fn comparison_view(earlier: &CompletedTake, later: &CompletedTake, w: Words) -> AnyView {
    let t = w.t;
    let first = CheckInScores::from_take(earlier);
    let second = CheckInScores::from_take(later);
    let comparison = compare(&first, &second);
    let moved = practices_moved(&first, &second);
    let dates = [
        ("later", w.date(later.finished_at_ms)),
        ("earlier", w.date(earlier.finished_at_ms)),
    ];
    let dates: Vec<(&str, &str)> = dates.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let radar = RadarChart {
        summary: fill(t.compare_label, &dates),
        other: Some(shape_of(first.scores, w)),
        ..chart(&later.results, w)
    };
    let row = |name: &'static str, before: u8, after: u8, delta: i16| {
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td>{w.number(before)}</td>
                <td>{w.number(after)}</td>
                <td>{w.signed(delta)}</td>
            </tr>
        }
        .into_any()
    };
    let mut rows: Vec<AnyView> = Characteristic::ALL
        .into_iter()
        .map(|c| {
            row(
                w.characteristic(c),
                first.score_of(c),
                second.score_of(c),
                comparison.gap_of(c).delta,
            )
        })
        .collect();
    rows.push(row(
        t.overall_heading,
        first.overall,
        second.overall,
        comparison.overall_delta,
    ));
    let names = |list: &[&'static crate::assessment::Practice]| {
        let names: Vec<&str> = list.iter().map(|p| w.practice_name(p)).collect();
        w.list(&names)
    };
    let into = (!moved.into_focus.is_empty()).then(|| {
        fill(
            t.practices_into_focus,
            &[("list", &names(&moved.into_focus))],
        )
    });
    let out = (!moved.out_of_focus.is_empty()).then(|| {
        fill(
            t.practices_out_of_focus,
            &[("list", &names(&moved.out_of_focus))],
        )
    });
    let unchanged = into.is_none() && out.is_none();
    view! {
        <Radar chart=radar />
        <p class="legend-text">{fill(t.compare_legend, &dates)}</p>
        <div class="table-scroll" role="region" tabindex="0" aria-label=t.compare_table>
            <table>
                <caption>{t.compare_table}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{dates[1].1.to_owned()}</th>
                        <th scope="col">{dates[0].1.to_owned()}</th>
                        <th scope="col">{t.change_heading}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p hidden=into.is_none()>{into.clone()}</p>
        <p hidden=out.is_none()>{out.clone()}</p>
        <p hidden=!unchanged>{t.practices_unchanged}</p>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_in(context: RelationshipContext, at_ms: u64, overall: u8) -> CheckInScores {
        CheckInScores {
            context,
            at_ms,
            scores: [overall; 5],
            overall,
        }
    }

    fn whom(context: RelationshipContext, person: Option<&str>) -> Whom {
        Whom {
            context,
            person: person.and_then(|p| PersonLabel::parse(p).unwrap()),
        }
    }

    #[test]
    fn a_trend_is_offered_for_people_with_two_check_ins_latest_first() {
        use RelationshipContext::*;
        // Newest first, as Store::recent gives them.
        let takes = [
            whom(Friend, Some("Sam")),
            whom(Family, None),
            whom(Friend, Some("Jo")),
            whom(Romantic, None),
            whom(Family, None),
            whom(Friend, Some("sam")),
            whom(Friend, None),
        ];
        assert_eq!(
            trend_people(&takes),
            vec![whom(Friend, Some("Sam")), whom(Family, None)],
            "Jo, the partner and the unnamed friend have one check-in each"
        );
        assert_eq!(trend_people(&takes[..2]), vec![]);
    }

    #[test]
    fn everyone_is_listed_once_most_recent_first() {
        use RelationshipContext::*;
        let takes = [
            whom(Friend, Some("sam")),
            whom(Friend, Some("Jo")),
            whom(Friend, Some("Sam")),
            whom(Friend, None),
            whom(Family, None),
        ];
        assert_eq!(
            everyone_in(&takes),
            vec![
                whom(Friend, Some("sam")),
                whom(Friend, Some("Jo")),
                whom(Friend, None),
                whom(Family, None)
            ]
        );
    }

    #[test]
    fn a_trend_draws_the_latest_points_of_one_person_oldest_first() {
        let friend = |i: u64| check_in(RelationshipContext::Friend, i, i as u8);
        let check_ins: Vec<CheckInScores> = (0..30).rev().map(friend).collect();
        // Every third is about Jo, the rest about Sam.
        let takes: Vec<Whom> = (0..30u64)
            .rev()
            .map(|i| {
                whom(
                    RelationshipContext::Friend,
                    Some(if i % 3 == 0 { "Jo" } else { "Sam" }),
                )
            })
            .collect();
        let sam = whom(RelationshipContext::Friend, Some("Sam"));
        let trend = latest_series(&takes, &check_ins, &sam);
        assert_eq!(trend.len(), TREND_POINTS);
        let scores: Vec<u8> = trend.overall.iter().map(|p| p.score).collect();
        assert_eq!(scores, vec![13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29]);
        assert!(trend
            .characteristics
            .iter()
            .all(|line| line.len() == TREND_POINTS));
    }

    #[test]
    fn lines_span_the_chart_and_mirror_right_to_left() {
        assert_eq!(line_points(&[0, 50, 100], false), "40,172 172,92 304,12");
        assert_eq!(line_points(&[0, 50, 100], true), "280,172 148,92 16,12");
        assert_eq!(line_points(&[70], false), "40,60");
    }
}
