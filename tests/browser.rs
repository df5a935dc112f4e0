//! Kindred mounted in a real browser, with the real `localStorage`.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`
//! (headless Chromium through chromedriver; see `webdriver.json`).
//!
//! Elements are found the way a person or a screen reader finds them: by
//! heading text, button name, group legend and label text, never by class.
//! Each test uses its own storage namespace and its own host element, and
//! clears its keys first, so tests do not see each other's data.

#![cfg(target_arch = "wasm32")]

use std::any::Any;
use std::cell::RefCell;
use std::future::{poll_fn, Future};
use std::rc::Rc;
use std::task::{Poll, Waker};

use kindred::assessment::{statements_for, Keying, RelationshipContext, Statement, TakeLength};
use kindred::storage::{BrowserStorage, StorageBackend};
use kindred::ui::{App, Options};
use leptos::prelude::*;
use serde_json::{json, Value};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// The five answers, in the order they are offered, by stored value 1..=5.
const AGREEMENT: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

// ---------------------------------------------------------------------------
// Time

/// Resolves after `ms` milliseconds, from a browser timer.
fn sleep(ms: i32) -> impl Future<Output = ()> {
    let state: Rc<RefCell<(bool, Option<Waker>)>> = Rc::new(RefCell::new((false, None)));
    let fired = Rc::clone(&state);
    let callback = Closure::once(move || {
        let waker = {
            let mut fired = fired.borrow_mut();
            fired.0 = true;
            fired.1.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    });
    web_sys::window()
        .expect("a window")
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.as_ref().unchecked_ref(),
            ms,
        )
        .expect("setTimeout");
    poll_fn(move |cx| {
        let _keep_alive = &callback;
        let mut state = state.borrow_mut();
        if state.0 {
            Poll::Ready(())
        } else {
            state.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    })
}

/// Lets Leptos finish what an interaction started: its effects and DOM
/// updates run as microtasks, so a timer task comes after all of them.
async fn settle() {
    sleep(0).await;
    sleep(0).await;
}

/// Waits (up to two seconds) until `find` gives something, so a slow,
/// loaded machine does not make a test flaky. Panics with `what` otherwise.
async fn eventually<T>(what: &str, find: impl Fn() -> Option<T>) -> T {
    for _ in 0..200 {
        if let Some(found) = find() {
            return found;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

// ---------------------------------------------------------------------------
// Storage

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .expect("a window")
        .local_storage()
        .expect("localStorage readable")
        .expect("localStorage present")
}

fn key_for(namespace: &str) -> String {
    format!("kindred:{namespace}")
}

/// Every key in `localStorage` that starts with `prefix`.
fn keys_starting_with(prefix: &str) -> Vec<String> {
    let storage = local_storage();
    let count = storage.length().expect("length");
    (0..count)
        .filter_map(|i| storage.key(i).expect("key"))
        .filter(|key| key.starts_with(prefix))
        .collect()
}

/// Removes the namespace's document and anything kept aside from it.
fn clear_namespace(namespace: &str) {
    let key = key_for(namespace);
    let storage = local_storage();
    storage.remove_item(&key).expect("remove");
    for aside in keys_starting_with(&format!("{key}.")) {
        storage.remove_item(&aside).expect("remove");
    }
}

/// The namespace's records of one kind (`progress`, `take`), parsed.
fn records(namespace: &str, kind: &str) -> Vec<Value> {
    let prefix = format!("{}.{kind}.", key_for(namespace));
    keys_starting_with(&prefix)
        .iter()
        .map(|key| {
            let raw = local_storage()
                .get_item(key)
                .expect("getItem")
                .expect("listed");
            serde_json::from_str(&raw)
                .unwrap_or_else(|e| panic!("stored JSON unreadable ({e}): {raw}"))
        })
        .collect()
}

/// The one take in progress stored for the namespace.
fn stored_progress(namespace: &str) -> Value {
    let mut found = records(namespace, "progress");
    assert_eq!(found.len(), 1, "one take in progress: {found:?}");
    found.remove(0)
}

/// The namespace's `<doc>.meta` record, parsed.
fn stored_meta(namespace: &str) -> Value {
    let raw = local_storage()
        .get_item(&format!("{}.meta", key_for(namespace)))
        .expect("getItem")
        .unwrap_or_else(|| panic!("no meta record for {namespace}"));
    serde_json::from_str(&raw).expect("meta JSON")
}

#[wasm_bindgen_test]
async fn a_person_can_begin_a_quick_check_from_the_welcome_screen() {
    let namespace = "browser-test-welcome";
    fresh_start(&[namespace]);
    let app = mount(namespace);
    let root: &Element = &app.host;

    eventually("the welcome heading", || {
        heading(root, "How close do you feel?")
    })
    .await;
    assert!(
        button(root, "Begin").is_some(),
        "{:?}",
        names(&buttons(root))
    );
    assert!(
        progress(root).is_empty(),
        "no statement yet: {:?}",
        progress(root)
    );

    begin_check_in(root, "A friend", "Quick check").await;

    wait_for_progress(root, "Statement 1 of 10").await;
    let first = &statements_for(TakeLength::Quick)[0];
    assert_eq!(
        legend_of(&statement_group(root)),
        format!(
            "Thinking about my friend: {}",
            first.text(RelationshipContext::Friend)
        )
    );
    assert_eq!(
        checked_options(&statement_group(root)),
        Vec::<String>::new(),
        "nothing is answered yet"
    );
}

#[wasm_bindgen_test]
async fn choosing_an_answer_saves_it_at_once() {
    let namespace = "browser-test-answer";
    fresh_start(&[namespace]);
    let app = mount(namespace);
    let root: &Element = &app.host;
    begin_check_in(root, "A friend", "Quick check").await;
    wait_for_progress(root, "Statement 1 of 10").await;
    let statement = statement_on_screen(root, TakeLength::Quick, RelationshipContext::Friend);

    choose(&statement_group(root), "Agree");
    settle().await;

    // No "Next": the answer alone reaches storage, in the take's own record.
    let take = &stored_progress(namespace);
    assert_eq!(take["format"], json!(2));
    assert_eq!(take["context"], json!("friend"));
    assert_eq!(take["length"], json!("quick"));
    assert_eq!(take["position"], json!(0));
    assert_eq!(take["answers"], json!({ statement.id: 4 }));

    // Changing one's mind is saved too.
    choose(&statement_group(root), "Strongly disagree");
    settle().await;
    assert_eq!(
        stored_progress(namespace)["answers"],
        json!({ statement.id: 1 })
    );
}

#[wasm_bindgen_test]
async fn resumes_where_the_person_left_off() {
    let namespace = "browser-test-resume";
    fresh_start(&[namespace]);
    let app = mount(namespace);
    let root: &Element = &app.host;
    begin_check_in(root, "A family member", "Quick check").await;
    wait_for_progress(root, "Statement 1 of 10").await;
    choose(&statement_group(root), "Agree");
    settle().await;
    click_button(root, "Next").await;
    wait_for_progress(root, "Statement 2 of 10").await;
    choose(&statement_group(root), "Disagree");
    settle().await;
    let legend_before = legend_of(&statement_group(root));
    drop(app);

    let app = mount(namespace);
    let root: &Element = &app.host;
    wait_for_progress(root, "Statement 2 of 10").await;
    assert!(
        button(root, "Begin").is_none(),
        "straight back to the statement"
    );
    let group = statement_group(root);
    assert_eq!(legend_of(&group), legend_before);
    assert_eq!(checked_options(&group), vec!["Disagree".to_owned()]);

    // The earlier answer came back as well.
    click_button(root, "Back").await;
    wait_for_progress(root, "Statement 1 of 10").await;
    assert_eq!(
        checked_options(&statement_group(root)),
        vec!["Agree".to_owned()]
    );
}

#[wasm_bindgen_test]
async fn unreadable_data_is_kept_aside_byte_for_byte_and_the_check_in_still_works() {
    let namespace = "browser-test-corrupt";
    fresh_start(&[namespace]);
    let key = key_for(namespace);
    // Truncated JSON with multi-byte characters and control whitespace.
    let corrupted = concat!(
        r#"{"format":1,"in_progress":{"id":17,"context":"friend" ☃ café 😀"#,
        "\n\t",
        r#""answers":{"trust-1":4"#,
    );
    local_storage().set_item(&key, corrupted).expect("setItem");

    let app = mount(namespace);
    let root: &Element = &app.host;
    eventually("the welcome heading", || {
        heading(root, "How close do you feel?")
    })
    .await;

    let copies = keys_starting_with(&format!("{key}.unreadable."));
    assert_eq!(copies.len(), 1, "one copy kept aside: {copies:?}");
    let copy = &copies[0];
    assert_eq!(
        local_storage().get_item(copy).expect("getItem").as_deref(),
        Some(corrupted)
    );

    let status: Vec<String> = query_all(root, "[role=status]")
        .iter()
        .map(|s| spoken_text(s))
        .collect();
    assert!(
        status.iter().any(|s| s.contains("could not be read")
            && s.contains("kept, untouched")
            && !s.contains("kindred")),
        "a notice says so in plain words: {status:?}"
    );

    // The check-in works, and saves in format 2 beside the copy.
    begin_check_in(root, "A friend", "Quick check").await;
    wait_for_progress(root, "Statement 1 of 10").await;
    choose(&statement_group(root), "Agree");
    settle().await;
    assert_eq!(stored_progress(namespace)["context"], json!("friend"));
    assert_eq!(local_storage().get_item(&key).expect("getItem"), None);
    assert_eq!(
        local_storage().get_item(copy).expect("getItem").as_deref(),
        Some(corrupted),
        "the copy is never written over"
    );
    assert_eq!(keys_starting_with(&format!("{key}.unreadable.")).len(), 1);
}

#[wasm_bindgen_test]
async fn a_finished_quick_check_shows_a_radar_chart_and_is_added_to_the_history() {
    let namespace = "browser-test-finish";
    fresh_start(&[namespace]);
    let app = mount(namespace);
    let root: &Element = &app.host;
    begin_check_in(root, "A friend", "Quick check").await;

    // Points (0..=4) per characteristic, so every score is known up front:
    // Trust 100, Vulnerability 75, Empathy 50, Communication 25, Acceptance 0.
    let points = |s: &Statement| 4 - s.characteristic.index() as u8;
    for number in 1..=10 {
        wait_for_progress(root, &format!("Statement {number} of 10")).await;
        let statement = statement_on_screen(root, TakeLength::Quick, RelationshipContext::Friend);
        let value = match statement.keying {
            Keying::Direct => points(statement) + 1,
            Keying::Reversed => 5 - points(statement),
        };
        choose(&statement_group(root), AGREEMENT[usize::from(value) - 1]);
        settle().await;
        let next = if number == 10 {
            "See my results"
        } else {
            "Next"
        };
        click_button(root, next).await;
    }

    eventually("the results heading", || heading(root, "Your results")).await;
    let charts = query_all(root, "[role=img]");
    assert_eq!(charts.len(), 1, "one chart");
    assert_eq!(charts[0].tag_name().to_lowercase(), "svg");
    assert_eq!(
        charts[0].get_attribute("aria-label").as_deref(),
        Some(
            "Radar chart of your five scores out of 100: Trust 100, Vulnerability 75, \
             Empathy 50, Communication 25, Acceptance 0."
        )
    );
    assert!(spoken_text(root).contains("Overall closeness: 50 out of 100"));

    let history = records(namespace, "take");
    assert_eq!(history.len(), 1, "one finished take: {history:?}");
    let take = &history[0];
    assert_eq!(take["context"], json!("friend"));
    assert_eq!(take["length"], json!("quick"));
    assert_eq!(take["answers"].as_object().map(|a| a.len()), Some(10));
    assert_eq!(
        take["scores"],
        json!({
            "trust": 100, "vulnerability": 75, "empathy": 50,
            "communication": 25, "acceptance": 0, "overall": 50
        })
    );
    assert_eq!(records(namespace, "progress"), Vec::<Value>::new());
    assert_eq!(stored_meta(namespace)["open_results"], take["id"]);
}

#[wasm_bindgen_test]
async fn two_instances_on_one_page_keep_separate_data() {
    let (first_ns, second_ns) = ("browser-test-pair-a", "browser-test-pair-b");
    fresh_start(&[first_ns, second_ns]);
    let first_app = mount(first_ns);
    let second_app = mount(second_ns);
    let (first, second): (&Element, &Element) = (&first_app.host, &second_app.host);

    begin_check_in(first, "A friend", "Quick check").await;
    begin_check_in(second, "A family member", "Full check").await;
    wait_for_progress(first, "Statement 1 of 10").await;
    wait_for_progress(second, "Statement 1 of 25").await;

    // Labels must name their own instance's radios, not the other's.
    choose(&statement_group(first), "Agree");
    choose(&statement_group(second), "Strongly agree");
    settle().await;
    assert_eq!(
        checked_options(&statement_group(first)),
        vec!["Agree".to_owned()]
    );
    assert_eq!(
        checked_options(&statement_group(second)),
        vec!["Strongly agree".to_owned()]
    );

    let first_statement =
        statement_on_screen(first, TakeLength::Quick, RelationshipContext::Friend);
    let second_statement =
        statement_on_screen(second, TakeLength::Full, RelationshipContext::Family);
    let first_saved = stored_progress(first_ns);
    let second_saved = stored_progress(second_ns);
    assert_eq!(first_saved["context"], json!("friend"));
    assert_eq!(first_saved["length"], json!("quick"));
    assert_eq!(first_saved["answers"], json!({ first_statement.id: 4 }));
    assert_eq!(second_saved["context"], json!("family"));
    assert_eq!(second_saved["length"], json!("full"));
    assert_eq!(second_saved["answers"], json!({ second_statement.id: 5 }));

    // Moving on in one leaves the other where it was, on screen and saved.
    click_button(second, "Next").await;
    wait_for_progress(second, "Statement 2 of 25").await;
    assert_eq!(progress(first), vec!["Statement 1 of 10".to_owned()]);
    assert_eq!(stored_progress(first_ns), first_saved);
    assert_eq!(stored_progress(second_ns)["position"], json!(1));
}
