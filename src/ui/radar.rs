//! The radar chart of the five scores, as SVG markup.

use std::fmt::Write;

use crate::assessment::Results;

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

fn polygon(fractions: impl Iterator<Item = f64>) -> String {
    let mut points = String::new();
    for (axis, fraction) in fractions.enumerate() {
        let (x, y) = at(axis, fraction);
        let _ = write!(points, "{}{x},{y}", if axis > 0 { " " } else { "" });
    }
    points
}

/// The chart as an `<svg role="img">` whose accessible name lists every
/// score, so the picture is never the only way to get them.
pub fn radar_svg(results: &Results) -> String {
    let mut summary = String::from("Radar chart of your five scores out of 100:");
    for (i, s) in results.scores.iter().enumerate() {
        let _ = write!(
            summary,
            "{} {} {}",
            if i > 0 { "," } else { "" },
            s.characteristic.name(),
            s.score
        );
    }
    let mut svg = format!(
        r#"<svg class="radar" viewBox="-215 -140 430 285" role="img" aria-label="{summary}."><g class="grid" aria-hidden="true">"#
    );
    for ring in [0.25, 0.5, 0.75, 1.0] {
        let _ = write!(
            svg,
            r#"<polygon points="{}"/>"#,
            polygon(std::iter::repeat_n(ring, 5))
        );
    }
    for axis in 0..AXES.len() {
        let (x, y) = at(axis, 1.0);
        let _ = write!(svg, r#"<line x1="0" y1="0" x2="{x}" y2="{y}"/>"#);
    }
    let shape = polygon(results.scores.iter().map(|s| f64::from(s.score) / 100.0));
    let _ = write!(
        svg,
        r#"</g><g aria-hidden="true"><polygon class="shape" points="{shape}"/>"#
    );
    for s in &results.scores {
        let axis = s.characteristic.index();
        let (dx, dy) = at(axis, f64::from(s.score) / 100.0);
        let (x, y) = AXES[axis];
        let anchor = if x > 0.1 {
            "start"
        } else if x < -0.1 {
            "end"
        } else {
            "middle"
        };
        let (lx, ly) = at(axis, 1.1);
        // Labels below the centre sit a line lower to clear the chart; the
        // top label sits above it.
        let ly = if y > 0.5 {
            ly + 10
        } else if y < -0.9 {
            ly - 16
        } else {
            ly
        };
        let _ = write!(
            svg,
            r#"<circle class="dot" cx="{dx}" cy="{dy}" r="4"/><text class="label" x="{lx}" y="{ly}" text-anchor="{anchor}">{}<tspan class="value" x="{lx}" dy="1.2em">{}</tspan></text>"#,
            s.characteristic.name(),
            s.score
        );
    }
    svg.push_str("</g></svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{score_take, statements_for, Agreement, TakeLength};

    #[test]
    fn axes_are_unit_vectors() {
        for (x, y) in AXES {
            assert!(((x * x + y * y) - 1.0f64).abs() < 1e-6);
        }
    }

    #[test]
    fn a_full_score_reaches_the_edge_and_zero_the_centre() {
        assert_eq!(at(0, 1.0), (0, -100));
        assert_eq!(at(2, 0.0), (0, 0));
        assert_eq!(polygon([1.0, 0.0].into_iter()), "0,-100 0,0");
    }

    #[test]
    fn the_chart_names_every_score_for_screen_readers() {
        let answers = statements_for(TakeLength::Quick)
            .into_iter()
            .map(|s| (s, Agreement::Agree))
            .collect();
        let results = score_take(&answers).expect("complete");
        let svg = radar_svg(&results);
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(
            "Radar chart of your five scores out of 100: Trust 50, Vulnerability 50, Empathy 50, Communication 50, Acceptance 50."
        ));
        assert!(
            svg.contains(r#"<polygon class="shape" points="0,-50 48,-15 29,40 -29,40 -48,-15"/>"#)
        );
    }
}
