use leptos::prelude::*;

use crate::assessment::{Characteristic, Results};

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

/// Whole SVG units are precise enough here, and formatting integers keeps
/// float formatting code out of the WebAssembly.
fn at(axis: usize, fraction: f64) -> (i32, i32) {
    let (x, y) = AXES[axis];
    (
        (x * RADIUS * fraction).round() as i32,
        (y * RADIUS * fraction).round() as i32,
    )
}

fn point(axis: usize, fraction: f64) -> String {
    let (x, y) = at(axis, fraction);
    format!("{x},{y}")
}

fn polygon(fractions: impl Iterator<Item = f64>) -> String {
    fractions
        .enumerate()
        .map(|(axis, f)| point(axis, f))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A radar chart of the five scores. The SVG carries a text alternative
/// listing every score; the results page also shows them as text.
#[component]
pub fn Radar(
    /// The scores to draw.
    results: Results,
) -> impl IntoView {
    let summary = format!(
        "Radar chart of your five scores out of 100: {}.",
        results
            .scores
            .iter()
            .map(|s| format!("{} {}", s.characteristic.name(), s.score))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let shape = polygon(results.scores.iter().map(|s| f64::from(s.score) / 100.0));
    let rings = [0.25, 0.5, 0.75, 1.0].map(|f| polygon(std::iter::repeat_n(f, 5)));
    view! {
        <svg
            class="radar"
            viewBox="-215 -140 430 285"
            role="img"
            aria-label=summary
        >
            <g class="grid" aria-hidden="true">
                {rings.into_iter().map(|points| view! { <polygon points=points /> }).collect_view()}
                {Characteristic::ALL
                    .iter()
                    .map(|c| {
                        let (x, y) = at(c.index(), 1.0);
                        view! { <line x1="0" y1="0" x2=x y2=y /> }
                    })
                    .collect_view()}
            </g>
            <polygon class="shape" points=shape aria-hidden="true" />
            {results
                .scores
                .iter()
                .map(|s| {
                    let i = s.characteristic.index();
                    let (x, y) = AXES[i];
                    let (px, py) = at(i, f64::from(s.score) / 100.0);
                    let anchor = if x > 0.1 {
                        "start"
                    } else if x < -0.1 {
                        "end"
                    } else {
                        "middle"
                    };
                    let (lx, ly) = at(i, 1.1);
                    // Labels below the centre sit a line lower to clear the chart;
                    // the top label sits above it.
                    let ly = if y > 0.5 {
                        ly + 10
                    } else if y < -0.9 {
                        ly - 16
                    } else {
                        ly
                    };
                    view! {
                        <circle class="dot" cx=px cy=py r="4" aria-hidden="true" />
                        <text class="label" x=lx y=ly text-anchor=anchor aria-hidden="true">
                            {s.characteristic.name()}
                            <tspan class="value" x=lx dy="1.2em">
                                {s.score}
                            </tspan>
                        </text>
                    }
                })
                .collect_view()}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_are_unit_vectors() {
        for (x, y) in AXES {
            assert!(((x * x + y * y) - 1.0f64).abs() < 1e-6);
        }
    }

    #[test]
    fn a_full_score_reaches_the_edge_and_zero_the_centre() {
        assert_eq!(point(0, 1.0), "0,-100");
        assert_eq!(point(2, 0.0), "0,0");
    }
}
