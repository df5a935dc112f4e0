//! The results of a finished take, written as HTML.
//!
//! The results screen is static once shown, so it is rendered as one HTML
//! string instead of a tree of reactive views: the Leptos view code for it
//! cost about 10 KB gzip of WebAssembly. Being a plain function, it is also
//! tested natively. Everything interpolated goes through [`escape`], and all
//! of it is Kindred's own text anyway: nothing a person types is shown.

use std::fmt::Write;

use super::radar::radar_svg;
use crate::assessment::{recommend, Characteristic, CompletedTake, BANDS_ARE_DESCRIPTIVE};

/// Escapes text for HTML content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Joins names the way a sentence would: "Trust", "Trust and Empathy",
/// "Trust, Empathy and Acceptance".
pub fn join_names(characteristics: &[Characteristic]) -> String {
    let names: Vec<&str> = characteristics.iter().map(|c| c.name()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The body of the results screen (everything under its heading).
/// `finished` is the finish time already written for the person's locale.
pub fn results_html(take: &CompletedTake, finished: &str) -> String {
    let context = take.context;
    let results = &take.results;
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<p class="meta">{} · {} · {}</p><p class="overall">Overall closeness: <strong>{}</strong> out of 100</p>{}"#,
        escape(context.label()),
        escape(take.length.label()),
        escape(finished),
        results.overall,
        radar_svg(results),
    );
    if results.strongest.is_empty() {
        html.push_str("<p>Your answers came out even across all five characteristics, so none stands out as strongest or as the one to grow.</p>");
    } else {
        let _ = write!(
            html,
            r#"<dl class="highlights"><dt>Strongest</dt><dd>{}</dd><dt>Most room to grow</dt><dd>{}</dd></dl>"#,
            join_names(&results.strongest),
            join_names(&results.growth),
        );
    }
    let _ = write!(
        html,
        r#"<h3>Each characteristic</h3><p class="hint">{}</p><ul class="scores">"#,
        escape(BANDS_ARE_DESCRIPTIVE)
    );
    for s in &results.scores {
        let _ = write!(
            html,
            r#"<li><h4>{name}<span class="score">{score} out of 100 · {band}</span></h4><svg class="meter" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="4"/><rect width="{score}" height="4"/></svg><p>{text}</p><p class="hint">{description}</p></li>"#,
            name = s.characteristic.name(),
            score = s.score,
            band = s.band.label(),
            text = escape(&s.band.text(s.characteristic, context)),
            description = escape(s.characteristic.description()),
        );
    }
    html.push_str("</ul>");
    if !results.consistency.is_empty() {
        html.push_str(r#"<aside class="consistency"><h3>A note on your answers</h3>"#);
        for note in &results.consistency {
            let _ = write!(html, "<p>{}</p>", escape(&note.text(context)));
        }
        html.push_str("</aside>");
    }
    html.push_str(r#"<h3>Practices that help</h3><p class="hint">Starting with the ones that build your growth areas.</p><ol class="practices">"#);
    for practice in recommend(results) {
        let _ = write!(
            html,
            r#"<li><h4>{}</h4><p>{}</p><p class="hint">Builds {}</p><p>Things to try this week:</p><ul>"#,
            escape(practice.name),
            escape(practice.summary),
            join_names(&practice.builds),
        );
        for step in practice.tries(context) {
            let _ = write!(html, "<li>{}</li>", escape(&step));
        }
        html.push_str("</ul></li>");
    }
    html.push_str("</ol>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{
        statements_for, Agreement, Keying, RelationshipContext, Take, TakeId, TakeLength,
    };
    use Characteristic::*;

    fn finished(pick: impl Fn(&crate::assessment::Statement) -> Agreement) -> CompletedTake {
        let mut take = Take::new(
            TakeId(1),
            RelationshipContext::Romantic,
            TakeLength::Quick,
            0,
        );
        for s in statements_for(TakeLength::Quick) {
            take.answer_current(pick(s));
            take.go_next();
        }
        take.finish(1).expect("complete")
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<img src=x onerror="alert('1')">&"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;"
        );
    }

    #[test]
    fn names_join_like_a_sentence() {
        assert_eq!(join_names(&[]), "");
        assert_eq!(join_names(&[Trust]), "Trust");
        assert_eq!(join_names(&[Trust, Empathy]), "Trust and Empathy");
        assert_eq!(
            join_names(&[Trust, Empathy, Acceptance]),
            "Trust, Empathy and Acceptance"
        );
    }

    #[test]
    fn shows_every_score_band_and_practice_in_context() {
        // Trust answered at the top, everything else in the middle.
        let take = finished(|s| match (s.characteristic, s.keying) {
            (Trust, Keying::Direct) => Agreement::StronglyAgree,
            (Trust, Keying::Reversed) => Agreement::StronglyDisagree,
            _ => Agreement::Neutral,
        });
        let html = results_html(&take, "26 November 2026 <script>");
        assert!(html.contains("A romantic partner · Quick check · 26 November 2026 &lt;script&gt;"));
        assert!(html.contains("<h4>Trust<span class=\"score\">100 out of 100 · Strong</span></h4>"));
        assert!(html.contains("<h4>Empathy<span class=\"score\">50 out of 100 · Mixed</span></h4>"));
        assert!(html.contains("<dt>Strongest</dt><dd>Trust</dd>"));
        assert!(html.contains("<dd>Vulnerability, Empathy, Communication and Acceptance</dd>"));
        assert!(html.contains("your partner"));
        assert!(!html.contains("{who}"));
        assert_eq!(
            html.matches("<h4>").count(),
            5 + 5,
            "five scores and five practices"
        );
        assert!(!html.contains("A note on your answers"));
        assert!(!html.contains("<script>"));
    }

    #[test]
    fn mentions_contradicting_answers() {
        let html = results_html(&finished(|_| Agreement::Agree), "today");
        assert!(html.contains("A note on your answers"));
        assert!(html.contains("you agreed with both"));
    }

    #[test]
    fn says_when_nothing_stands_out() {
        let html = results_html(&finished(|_| Agreement::Neutral), "today");
        assert!(html.contains("none stands out"));
        assert!(!html.contains("<dt>Strongest</dt>"));
    }
}
