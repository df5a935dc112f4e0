//! The radar chart of the five scores: where everything goes is worked out
//! by [`chart`], a plain function tested natively, and [`Radar`] only draws
//! it as SVG.

use std::fmt::Write;

use leptos::prelude::*;

use crate::assessment::Results;
use crate::i18n::{fill, Words};

/// Unit vectors for the five axes, starting at the top and going clockwise
/// (angles -90°, -18°, 54°, 126°, 198°). Constants keep trigonometry out of
/// the shipped WebAssembly.
const AXES: [(f64, f64); 5] = [
    (0.0, -1.0),
    (0.951_056_5, -0.309_017),
    (0.587_785_3, 0.809_017),
    (-0.587_785_3, 0.809_017),
    (-0.951_056_5, -0.309_017),
];

/// Chart radius in SVG units; the view box leaves room for labels.
const RADIUS: f64 = 100.0;

/// How far from the centre the side labels are anchored: just inside the
/// view box's edge (160).
const LABEL_EDGE: i32 = 156;

/// The grid's rings, as fractions of the radius.
const RINGS: [f64; 4] = [0.25, 0.5, 0.75, 1.0];

/// Everything the chart draws, in SVG units around the centre (0, 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RadarChart {
    /// The accessible name: every score in words, so the picture is never
    /// the only way to get them.
    pub summary: String,
    /// The grid's rings at a quarter, half, three quarters and all of the
    /// radius, as polygon points.
    pub rings: [String; 4],
    /// Where each axis meets the outer ring; its spoke runs from the centre.
    pub spokes: [(i32, i32); 5],
    /// The scores' shape, as polygon points.
    pub shape: String,
    /// Another set of scores drawn dashed over it (an earlier check-in, or
    /// the other person's), from [`shape_of`]; the screen that draws it
    /// names both in its legend and table.
    pub other: Option<String>,
    /// One per score, in the order of the scores.
    pub labels: Vec<RadarLabel>,
}

/// One score on the chart: its dot on its axis and its label beyond the
/// outer ring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RadarLabel {
    pub name: &'static str,
    /// The score as the reader writes numbers.
    pub score: String,
    /// The dot, as far out along the axis as the score goes.
    pub dot: (i32, i32),
    pub x: i32,
    pub y: i32,
    /// The SVG `text-anchor`: side labels end (right) or start (left) at
    /// the view box's edge; the others are centred on their axis.
    pub anchor: &'static str,
}

/// Whole SVG units are precise enough here, and formatting integers keeps
/// float formatting code out of the WebAssembly. (The views write them with
/// `format!`, which is a little smaller than `to_string`.)
///
/// `side` is 1, or -1 to mirror the chart for a right-to-left language:
/// the axes then go anticlockwise from the top, the way an Arabic reader
/// scans, and labels keep their `text-anchor` (which the inherited
/// `direction: rtl` flips, so they still grow away from the chart).
fn at(axis: usize, fraction: f64, side: i32) -> (i32, i32) {
    let (x, y) = AXES[axis];
    (
        side * (x * RADIUS * fraction).round() as i32,
        (y * RADIUS * fraction).round() as i32,
    )
}

fn polygon(fractions: impl Iterator<Item = f64>, side: i32) -> String {
    let mut points = String::new();
    for (axis, fraction) in fractions.enumerate() {
        let (x, y) = at(axis, fraction, side);
        let _ = write!(points, "{}{x},{y}", if axis > 0 { " " } else { "" });
    }
    points
}

/// The chart's text alternative, a whole sentence: "Radar chart of your
/// five scores out of 100: Trust 80, ...".
pub fn summary(results: &Results, w: Words) -> String {
    let scores: Vec<String> = results
        .scores
        .iter()
        .map(|s| {
            fill(
                w.t.radar_score,
                &[
                    ("name", w.characteristic(s.characteristic)),
                    ("score", &w.number(s.score)),
                ],
            )
        })
        .collect();
    let scores: Vec<&str> = scores.iter().map(String::as_str).collect();
    fill(w.t.radar_label, &[("scores", &w.list(&scores))])
}

/// The shape of five scores, in [`crate::assessment::Characteristic::ALL`]
/// order, as `w`'s writing direction draws it.
pub fn shape_of(scores: [u8; 5], w: Words) -> String {
    polygon(scores.iter().map(|&s| f64::from(s) / 100.0), side(w))
}

/// 1 left to right, -1 right to left: the chart is mirrored for Arabic.
fn side(w: Words) -> i32 {
    if w.lang.dir() == "rtl" {
        -1
    } else {
        1
    }
}

/// Where every part of the chart of `results` goes.
pub fn chart(results: &Results, w: Words) -> RadarChart {
    let fraction = |score: u8| f64::from(score) / 100.0;
    let side = side(w);
    let labels = results
        .scores
        .iter()
        .map(|s| {
            let axis = s.characteristic.index();
            let (x, y) = AXES[axis];
            // Labels stay inside a view box little wider than the chart, so
            // they can be drawn large enough to read on a 320 px screen.
            // The side labels are anchored at the view box's edge and grow
            // inwards, over the chart's corner, on a halo of the background
            // (the stylesheet's `paint-order`): a long name ("Verletzlichkeit",
            // or any name under WCAG 1.4.12's letter spacing) is never cut
            // off. The others sit centred above or below their axis.
            let (anchor, (lx, ly)) = if x > 0.1 && y < 0.0 {
                ("end", (side * LABEL_EDGE, -57))
            } else if x < -0.1 && y < 0.0 {
                ("start", (-side * LABEL_EDGE, -57))
            } else {
                let (lx, ly) = at(axis, 1.0, side);
                // Below the chart a line lower; the top label above it.
                ("middle", (lx, if y > 0.0 { ly + 22 } else { ly - 26 }))
            };
            RadarLabel {
                name: w.characteristic(s.characteristic),
                score: w.number(s.score),
                dot: at(axis, fraction(s.score), side),
                x: lx,
                y: ly,
                anchor,
            }
        })
        .collect();
    RadarChart {
        summary: summary(results, w),
        rings: RINGS.map(|ring| polygon(std::iter::repeat_n(ring, AXES.len()), side)),
        spokes: std::array::from_fn(|axis| at(axis, 1.0, side)),
        shape: polygon(results.scores.iter().map(|s| fraction(s.score)), side),
        other: None,
        labels,
    }
}

/// The radar chart, an `<svg role="img">` named by its
/// [`RadarChart::summary`]; the drawing itself is hidden from screen
/// readers.
#[component]
pub fn Radar(
    /// What to draw, from [`chart`].
    chart: RadarChart,
) -> impl IntoView {
    let RadarChart {
        summary,
        rings,
        spokes,
        shape,
        other,
        labels,
    } = chart;
    // Every list is made of `AnyView`s: all the lists on the results screen
    // then share one `Vec<AnyView>` renderer, which saved 1.5 KB gzip.
    view! {
        <svg class="radar" viewBox="-160 -144 320 272" role="img" aria-label=summary>
            <g class="grid" aria-hidden="true">
                {rings
                    .into_iter()
                    .map(|points| view! { <polygon points=points /> }.into_any())
                    .collect_view()}
                {spokes
                    .into_iter()
                    .map(|(x, y)| {
                        view! { <line x1="0" y1="0" x2=format!("{x}") y2=format!("{y}") /> }
                            .into_any()
                    })
                    .collect_view()}
            </g>
            <g aria-hidden="true">
                {other.map(|points| view! { <polygon class="shape other" points=points /> })}
                <polygon class="shape" points=shape />
                {labels
                    .into_iter()
                    .map(|RadarLabel { name, score, dot: (cx, cy), x, y, anchor }| {
                        view! {
                            <circle class="dot" cx=format!("{cx}") cy=format!("{cy}") r="4" />
                            <text class="label" x=format!("{x}") y=format!("{y}") text-anchor=anchor>
                                {name}
                                <tspan class="value" x=format!("{x}") dy="1.2em">
                                    {score}
                                </tspan>
                            </text>
                        }
                            .into_any()
                    })
                    .collect_view()}
            </g>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{score_take, statements_for, Agreement, Statement, TakeLength};

    fn results(pick: impl Fn(&Statement) -> Agreement) -> Results {
        let answers = statements_for(TakeLength::Quick)
            .into_iter()
            .map(|s| (s, pick(s)))
            .collect();
        score_take(&answers).expect("complete")
    }

    #[test]
    fn axes_are_unit_vectors() {
        for (x, y) in AXES {
            assert!(((x * x + y * y) - 1.0f64).abs() < 1e-6);
        }
    }

    #[test]
    fn a_full_score_reaches_the_edge_and_zero_the_centre() {
        assert_eq!(at(0, 1.0, 1), (0, -100));
        assert_eq!(at(2, 0.0, 1), (0, 0));
        assert_eq!(polygon([1.0, 0.0].into_iter(), 1), "0,-100 0,0");
    }

    #[test]
    fn the_chart_names_every_score_for_screen_readers() {
        let chart = chart(&results(|_| Agreement::Agree), Words::english());
        assert_eq!(
            chart.summary,
            "Radar chart of your five scores out of 100: Trust 50, Vulnerability 50, Empathy 50, Communication 50 and Acceptance 50."
        );
        assert_eq!(chart.shape, "0,-50 48,-15 29,40 -29,40 -48,-15");
    }

    #[test]
    fn the_grid_has_four_rings_and_five_spokes_to_the_outer_ring() {
        let chart = chart(&results(|_| Agreement::Agree), Words::english());
        assert_eq!(chart.rings[0], "0,-25 24,-8 15,20 -15,20 -24,-8");
        assert_eq!(chart.rings[3], "0,-100 95,-31 59,81 -59,81 -95,-31");
        assert_eq!(
            chart.spokes,
            [(0, -100), (95, -31), (59, 81), (-59, 81), (-95, -31)]
        );
    }

    #[test]
    fn labels_sit_inside_the_view_box_on_the_side_of_their_axis() {
        use crate::assessment::{Characteristic::Trust, Keying};
        // Trust at the top, everything else at zero.
        let scores = results(|s| match (s.characteristic, s.keying) {
            (Trust, Keying::Direct) => Agreement::StronglyAgree,
            (Trust, Keying::Reversed) => Agreement::StronglyDisagree,
            (_, Keying::Direct) => Agreement::StronglyDisagree,
            (_, Keying::Reversed) => Agreement::StronglyAgree,
        });
        let chart = chart(&scores, Words::english());
        let placed: Vec<_> = chart
            .labels
            .iter()
            .map(|l| (l.name, l.score.as_str(), l.dot, l.x, l.y, l.anchor))
            .collect();
        assert_eq!(
            placed,
            [
                ("Trust", "100", (0, -100), 0, -126, "middle"),
                ("Vulnerability", "0", (0, 0), 156, -57, "end"),
                ("Empathy", "0", (0, 0), 59, 103, "middle"),
                ("Communication", "0", (0, 0), -59, 103, "middle"),
                ("Acceptance", "0", (0, 0), -156, -57, "start"),
            ]
        );
    }

    #[test]
    fn right_to_left_mirrors_the_chart_and_keeps_the_anchors() {
        use crate::i18n::{Lang, AR};
        let scores = results(|_| Agreement::StronglyAgree);
        let arabic = Words {
            lang: Lang::Ar,
            t: &AR,
        };
        let left_to_right = chart(&scores, Words::english());
        let right_to_left = chart(&scores, arabic);
        assert_eq!(
            right_to_left.spokes[1],
            (-95, -31),
            "second axis on the left"
        );
        for (ltr, rtl) in left_to_right.labels.iter().zip(&right_to_left.labels) {
            assert_eq!((rtl.x, rtl.y), (-ltr.x, ltr.y));
            assert_eq!(rtl.anchor, ltr.anchor, "direction: rtl flips the anchor");
        }
        assert_eq!(right_to_left.labels[0].name, AR.characteristic_names[0]);
        assert!(right_to_left.summary.contains(AR.characteristic_names[4]));
    }
}
