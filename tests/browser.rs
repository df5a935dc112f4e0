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
use kindred::i18n::Words;
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

// ---------------------------------------------------------------------------
// Mounting

/// One mounted Kindred in its own host `<div>`. Dropping it unmounts the
/// app (running its cleanups) and removes the host from the page.
struct Mounted {
    host: HtmlElement,
    handle: Option<Box<dyn Any>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.host.remove();
    }
}

/// Marks the host elements this file creates.
const HOST_MARK: &str = "data-kindred-test-host";

/// A clean slate for one test: no hosts left over from a test that failed
/// (a panic skips `Drop`, and a leftover instance's ids and text would
/// confuse the next test), and no stored data in `namespaces`.
fn fresh_start(namespaces: &[&str]) {
    let body = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .expect("a body");
    for leftover in query_all(&body, &format!("[{HOST_MARK}]")) {
        leftover.remove();
    }
    for namespace in namespaces {
        clear_namespace(namespace);
    }
}

fn mount(namespace: &str) -> Mounted {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host: HtmlElement = document
        .create_element("div")
        .expect("createElement")
        .dyn_into()
        .expect("a div is an HtmlElement");
    host.set_attribute(HOST_MARK, namespace)
        .expect("setAttribute");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appendChild");
    let options = Options {
        namespace: Some(namespace.to_owned()),
        ..Default::default()
    };
    let handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <App options=options words=Words::english() /> },
    );
    Mounted {
        host,
        handle: Some(Box::new(handle)),
    }
}

// ---------------------------------------------------------------------------
// Finding things as a person would

fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    // Through JS rather than `query_selector_all`, which needs web-sys's
    // `NodeList` feature that the crate does not enable.
    let method: js_sys::Function = js_sys::Reflect::get(root, &"querySelectorAll".into())
        .expect("querySelectorAll")
        .dyn_into()
        .expect("a function");
    let list = method
        .call1(root, &JsValue::from_str(selector))
        .expect("valid selector");
    js_sys::Array::from(&list)
        .iter()
        .map(|node| node.dyn_into::<Element>().expect("an element"))
        .collect()
}

/// The text a reader hears: text nodes joined with spaces, skipping
/// anything `aria-hidden`, whitespace collapsed.
fn spoken_text(node: &Node) -> String {
    fn collect(node: &Node, parts: &mut Vec<String>) {
        let mut child = node.first_child();
        while let Some(current) = child {
            if current.node_type() == Node::TEXT_NODE {
                parts.push(current.text_content().unwrap_or_default());
            } else if let Some(element) = current.dyn_ref::<Element>() {
                if element.get_attribute("aria-hidden").as_deref() != Some("true") {
                    collect(&current, parts);
                }
            }
            child = current.next_sibling();
        }
    }
    let mut parts = Vec::new();
    collect(node, &mut parts);
    parts
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The accessible name: `aria-label` when there is one, else the text.
fn name_of(element: &Element) -> String {
    element
        .get_attribute("aria-label")
        .unwrap_or_else(|| spoken_text(element))
}

fn names(elements: &[Element]) -> Vec<String> {
    elements.iter().map(name_of).collect()
}

fn headings(root: &Element) -> Vec<Element> {
    query_all(root, "h1, h2, h3, h4, h5, h6, [role=heading]")
}

fn heading(root: &Element, name: &str) -> Option<Element> {
    headings(root).into_iter().find(|h| name_of(h) == name)
}

fn buttons(root: &Element) -> Vec<Element> {
    query_all(root, "button, [role=button], input[type=submit]")
}

fn button(root: &Element, name: &str) -> Option<HtmlElement> {
    buttons(root)
        .into_iter()
        .find(|b| name_of(b) == name)
        .map(|b| b.dyn_into().expect("a button is an HtmlElement"))
}

/// A group (fieldset or ARIA group) whose legend or label satisfies `is`.
fn group_where(root: &Element, is: impl Fn(&str) -> bool) -> Option<Element> {
    query_all(root, "fieldset, [role=group], [role=radiogroup]")
        .into_iter()
        .find(|group| {
            let name = match group.query_selector("legend").ok().flatten() {
                Some(legend) => spoken_text(&legend),
                None => name_of(group),
            };
            is(&name)
        })
}

fn legend_of(group: &Element) -> String {
    group
        .query_selector("legend")
        .expect("selector")
        .map(|legend| spoken_text(&legend))
        .unwrap_or_default()
}

/// The label reading `name`; a label with a description after its name
/// ("Quick check 10 statements, about 2 minutes") matches its name alone.
fn label(scope: &Element, name: &str) -> Option<HtmlElement> {
    let labels = query_all(scope, "label");
    let text = |l: &Element| spoken_text(l);
    labels
        .iter()
        .find(|l| text(l) == name)
        .or_else(|| {
            labels
                .iter()
                .find(|l| text(l).starts_with(&format!("{name} ")))
        })
        .map(|l| l.clone().dyn_into().expect("a label is an HtmlElement"))
}

/// The form control a label names, as the browser associates them.
fn control_of(label: &HtmlElement) -> Element {
    js_sys::Reflect::get(label, &"control".into())
        .expect("label.control")
        .dyn_into()
        .unwrap_or_else(|_| panic!("label “{}” names no control", spoken_text(label)))
}

fn is_checked(control: &Element) -> bool {
    js_sys::Reflect::get(control, &"checked".into())
        .expect("checked")
        .as_bool()
        .expect("a checkbox or radio")
}

/// Clicks the label reading `name` in `scope`, as a person picks an option.
fn choose(scope: &Element, name: &str) {
    let Some(option) = label(scope, name) else {
        let offered: Vec<String> = query_all(scope, "label")
            .iter()
            .map(|l| spoken_text(l))
            .collect();
        panic!("no option “{name}”; offered: {offered:?}");
    };
    option.click();
}

/// The label texts of the checked radios in `scope`.
fn checked_options(scope: &Element) -> Vec<String> {
    query_all(scope, "label")
        .into_iter()
        .filter_map(|l| {
            let l: HtmlElement = l.dyn_into().ok()?;
            is_checked(&control_of(&l)).then(|| spoken_text(&l))
        })
        .collect()
}

async fn click_button(root: &Element, name: &str) {
    let found = eventually(&format!("a “{name}” button"), || button(root, name)).await;
    found.click();
    settle().await;
}

/// What the live progress region says ("Statement 3 of 10").
fn progress(root: &Element) -> Vec<String> {
    query_all(root, "[aria-live]")
        .iter()
        .map(|r| spoken_text(r))
        .filter(|t| !t.is_empty())
        .collect()
}

async fn wait_for_progress(root: &Element, expected: &str) {
    eventually(&format!("“{expected}”"), || {
        progress(root).iter().any(|p| p == expected).then_some(())
    })
    .await;
}

/// The group for the statement on screen; its legend is the statement.
fn statement_group(root: &Element) -> Element {
    group_where(root, |legend| legend.starts_with("Thinking about"))
        .expect("a statement group on screen")
}

/// Which statement of the bank the screen shows, from its legend.
fn statement_on_screen(
    root: &Element,
    length: TakeLength,
    context: RelationshipContext,
) -> &'static Statement {
    let legend = legend_of(&statement_group(root));
    statements_for(length)
        .into_iter()
        .find(|s| legend.ends_with(Words::english().statement(s, context)))
        .unwrap_or_else(|| panic!("legend “{legend}” is no {length:?} statement"))
}

/// From the welcome screen to the first statement, choosing `context` and
/// `length` by their labels.
async fn begin_check_in(root: &Element, context: &str, length: &str) {
    click_button(root, "Begin").await;
    eventually("the set-up heading", || {
        heading(root, "Set up your check-in")
    })
    .await;
    let whose = group_where(root, |l| l == "Which relationship are you reflecting on?")
        .expect("the relationship question");
    choose(&whose, context);
    let how_long = group_where(root, |l| l == "How long would you like it to be?")
        .expect("the length question");
    choose(&how_long, length);
    settle().await;
    click_button(root, "Start").await;
}

// ---------------------------------------------------------------------------
// Tests

#[wasm_bindgen_test]
fn browser_storage_round_trips_through_the_real_local_storage() {
    let key = "kindred:browser-test-backend";
    let raw = local_storage();
    raw.remove_item(key).expect("remove");

    let storage = BrowserStorage::open().expect("localStorage is available in Chromium");
    assert_eq!(storage.get(key), Ok(None));

    let value = r#"{"format":1,"text":"café ☃ 😀 \n\t"}"#;
    storage.set(key, value).expect("set");
    assert_eq!(storage.get(key), Ok(Some(value.to_owned())));
    // Written to the browser's own storage, not to memory.
    assert_eq!(raw.get_item(key).expect("getItem").as_deref(), Some(value));

    storage.set(key, "second").expect("overwrite");
    assert_eq!(storage.get(key), Ok(Some("second".to_owned())));

    storage.remove(key).expect("remove");
    assert_eq!(storage.get(key), Ok(None));
    assert_eq!(raw.get_item(key).expect("getItem"), None);
    // Opening probes that writes work; the probe must not be left behind.
    assert_eq!(raw.get_item("kindred.probe").expect("getItem"), None);
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
            Words::english().statement(first, RelationshipContext::Friend)
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

    // The notices' live region is filled a moment after it appears, so
    // that screen readers announce it.
    eventually("a notice that says so in plain words", || {
        query_all(root, "[role=status]")
            .iter()
            .map(|s| spoken_text(s))
            .any(|s| {
                s.contains("could not be read")
                    && s.contains("kept, untouched")
                    && !s.contains("kindred")
            })
            .then_some(())
    })
    .await;

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
        click_button(root, "Next").await;
    }
    eventually("the review heading", || heading(root, "Check your answers")).await;
    click_button(root, "See my results").await;

    eventually("the results heading", || heading(root, "Your results")).await;
    let charts = query_all(root, "[role=img]");
    assert_eq!(charts.len(), 1, "one chart");
    assert_eq!(charts[0].tag_name().to_lowercase(), "svg");
    assert_eq!(
        charts[0].get_attribute("aria-label").as_deref(),
        Some(
            "Radar chart of your five scores out of 100: Trust 100, Vulnerability 75, \
             Empathy 50, Communication 25, and Acceptance 0."
        )
    );
    assert!(spoken_text(root)
        .contains("Overall closeness, as your answers describe it today: 50 out of 100"));

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
