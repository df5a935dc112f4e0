//! The language catalogue: every word a person reads, as one struct.
//!
//! Each language is a `const` of this type (`en.rs`, `es.rs`, ...), so a
//! missing entry is a compile error, not a blank on screen. Entries are
//! whole sentences: where a sentence depends on the relationship, the
//! catalogue holds one per relationship ([`ByContext`]), because languages
//! differ in gender and case ("mi pareja" / "mi amigo o amiga"); where it
//! depends on a number, it holds every plural form ([`Plural`]).
//!
//! English is compiled into the WebAssembly. Other languages ship as JSON
//! files written from these same constants (see `scripts/catalogues`): a
//! flat list of texts in field order, read back with [`Catalogue::from_texts`].

/// One text per relationship, in [`RelationshipContext::ALL`] order:
/// romantic partner, friend, family member.
///
/// [`RelationshipContext::ALL`]: crate::assessment::RelationshipContext::ALL
pub type ByContext = [&'static str; 3];

/// The forms of a sentence that holds a number, one per CLDR plural
/// category: zero, one, two, few, many, other. The browser's
/// `Intl.PluralRules` picks one; a language that does not use a category
/// repeats its "other" form there (see [`Plural::one_other`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct Plural(pub [&'static str; 6]);

impl Plural {
    /// The categories in the order the forms are stored.
    pub const CATEGORIES: [&'static str; 6] = ["zero", "one", "two", "few", "many", "other"];

    /// For languages with only "one" and "other" (English, German).
    pub const fn one_other(one: &'static str, other: &'static str) -> Plural {
        Plural([other, one, other, other, other, other])
    }

    /// The form for a CLDR category name as `Intl.PluralRules` returns it;
    /// "other" for anything unexpected.
    pub fn form(&self, category: &str) -> &'static str {
        let at = Self::CATEGORIES
            .iter()
            .position(|c| *c == category)
            .unwrap_or(5);
        self.0[at]
    }
}

/// A catalogue entry's shape: texts only, so it flattens to texts.
///
/// # Safety
/// Implemented only for `&'static str` and for types laid out exactly as a
/// sequence of them (arrays of entries, and [`Plural`], which is
/// `repr(transparent)` over an array). [`Catalogue::from_texts`] relies on
/// it to read a whole catalogue from a list of texts without code per
/// field (see there).
pub unsafe trait Entry {
    fn push_texts(&self, out: &mut Vec<&'static str>);
}

unsafe impl Entry for &'static str {
    fn push_texts(&self, out: &mut Vec<&'static str>) {
        out.push(self);
    }
}

unsafe impl Entry for Plural {
    fn push_texts(&self, out: &mut Vec<&'static str>) {
        out.extend(self.0);
    }
}

unsafe impl<T: Entry, const N: usize> Entry for [T; N] {
    fn push_texts(&self, out: &mut Vec<&'static str>) {
        for item in self {
            item.push_texts(out);
        }
    }
}

/// Fails to compile unless `T` is an [`Entry`]; used on every field.
const fn assert_entry<T: Entry>() {}

/// Declares the catalogue struct once, with its flattening in field order
/// and a layout number that changes whenever a field is added, removed,
/// renamed or reordered (so a stale JSON file is never read as current).
macro_rules! catalogue {
    ($( $(#[doc = $doc:literal])* $field:ident: $shape:ty, )*) => {
        /// Every word Kindred shows, in one language. See the module docs.
        /// `repr(C)`: fields in declaration order, with no padding between
        /// texts (see [`Catalogue::from_texts`]).
        #[derive(Debug)]
        #[repr(C)]
        pub struct Catalogue {
            $( $(#[doc = $doc])* pub $field: $shape, )*
        }

        impl Catalogue {
            /// The field names in order, for the layout number and for
            /// messages to translators.
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// Every text, in field order.
            pub fn texts(&self) -> Vec<&'static str> {
                let mut out = Vec::new();
                $( self.$field.push_texts(&mut out); )*
                out
            }

            /// Every text, in field order, without copying: the inverse of
            /// [`Catalogue::from_texts`], for reading in the WebAssembly
            /// (where [`Catalogue::texts`], a call per field, would cost
            /// KBs).
            pub fn as_texts(&self) -> &[&'static str] {
                // SAFETY: as in `from_texts`: a `repr(C)` struct of only
                // `Entry` fields is exactly TEXT_COUNT contiguous, aligned
                // `&'static str`s, borrowed here for as long as `self`.
                unsafe {
                    std::slice::from_raw_parts(
                        (self as *const Catalogue).cast::<&'static str>(),
                        Self::TEXT_COUNT,
                    )
                }
            }

            /// How many texts a catalogue holds.
            pub const TEXT_COUNT: usize =
                std::mem::size_of::<Catalogue>() / std::mem::size_of::<&str>();

            /// Reads back what [`Catalogue::texts`] wrote; `None` unless the
            /// count is exactly right. The catalogue lives for the rest of
            /// the page, like the built-in one.
            ///
            /// A catalogue is, in memory, exactly its texts in field order:
            /// `repr(C)`, and every field an [`Entry`] (checked below at
            /// compile time), so the list is taken over as it is. Building
            /// the struct field by field instead cost 2.7 to 5 KB gzip of
            /// WebAssembly for ~330 fields.
            pub fn from_texts(texts: &[&'static str]) -> Option<&'static Catalogue> {
                const {
                    $( assert_entry::<$shape>(); )*
                    assert!(
                        std::mem::size_of::<Catalogue>() % std::mem::size_of::<&str>() == 0
                            && std::mem::align_of::<Catalogue>() == std::mem::align_of::<&str>()
                    );
                }
                if texts.len() != Self::TEXT_COUNT {
                    return None;
                }
                let texts: &'static [&'static str] = Box::leak(texts.into());
                // SAFETY: `texts` is TEXT_COUNT `&'static str`s, contiguous
                // and aligned for `&str`; `Catalogue` is `repr(C)` with only
                // `Entry` fields, each a run of `&'static str` with no
                // padding, so it has the same size, alignment and layout.
                // The texts are leaked, so the reference is valid forever.
                Some(unsafe { &*texts.as_ptr().cast::<Catalogue>() })
            }
        }
    };
}

/// A number that identifies the catalogue's layout: FNV-1a over the field
/// names, in order.
pub const fn layout_of(fields: &[&str]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut f = 0;
    while f < fields.len() {
        let bytes = fields[f].as_bytes();
        let mut b = 0;
        while b < bytes.len() {
            hash = (hash ^ bytes[b] as u32).wrapping_mul(0x0100_0193);
            b += 1;
        }
        hash = (hash ^ b',' as u32).wrapping_mul(0x0100_0193);
        f += 1;
    }
    hash
}

catalogue! {
    // ----- The language itself -----
    /// The language's own name, as the standalone page's language menu
    /// (index.html) lists it ("Español"); a test keeps the two the same.
    language_name: &'static str,
    /// The label of the language menu.
    language_menu: &'static str,
    /// The page title of the standalone app.
    app_title: &'static str,

    // ----- Words used on several screens -----
    back: &'static str,
    /// Read by screen readers before an error message.
    error_prefix: &'static str,
    /// A score: `{score}` is a number from 0 to 100.
    score_out_of_100: &'static str,
    past_check_ins: &'static str,
    import_from_file: &'static str,
    download_check_ins: &'static str,
    /// Trust, Vulnerability, Empathy, Communication, Acceptance.
    characteristic_names: [&'static str; 5],
    /// One plain sentence each, in the same order.
    characteristic_descriptions: [&'static str; 5],
    /// The relationship choices: a romantic partner, a friend, a family member.
    contexts: ByContext,
    /// Quick check, full check.
    lengths: [&'static str; 2],
    /// `{count}` statements.
    statement_count: Plural,
    /// About `{count}` minutes.
    minute_count: Plural,
    /// A length's detail: `{statements}` and `{minutes}` are the two texts above.
    length_detail: &'static str,

    // ----- Welcome -----
    welcome_title: &'static str,
    welcome_intro: &'static str,
    /// When the last check-in about someone is more than four weeks old;
    /// `{date}` is when it was made.
    nudge: ByContext,
    /// Between a term in bold and its explanation ("Private: ...").
    term_separator: &'static str,
    private_term: &'static str,
    private_text: &'static str,
    not_diagnosis_term: &'static str,
    not_diagnosis_text: &'static str,
    /// `{answered}` and `{total}` are numbers.
    continue_check_in: &'static str,
    start_new_check_in: &'static str,
    begin: &'static str,
    /// `{count}` is the number of past check-ins.
    past_check_ins_count: &'static str,

    // ----- Set-up -----
    setup_title: &'static str,
    whose_legend: &'static str,
    whose_hint: &'static str,
    whose_error: &'static str,
    length_legend: &'static str,
    length_hint: &'static str,
    length_error: &'static str,
    start: &'static str,
    /// `{count}` is how many statements were answered.
    replace_one: Plural,
    /// `{count}` takes in progress (always two or more).
    replace_many: Plural,

    // ----- A statement -----
    /// `{number}` and `{total}`.
    statement_progress: &'static str,
    /// Above each statement: who the person is thinking about.
    thinking_about: ByContext,
    agree_error: &'static str,
    /// Strongly disagree ... strongly agree.
    agreement: [&'static str; 5],
    next: &'static str,
    see_results: &'static str,
    take_break_kept: &'static str,
    take_break: &'static str,
    /// The choice to leave a statement out; its characteristic is then
    /// scored from its other statements.
    prefer_not_to_answer: &'static str,
    /// Under the scale, on the last statement of a characteristic that can
    /// still give it a score; `{name}` is the characteristic.
    skip_closed: &'static str,
    /// Every statement, in the bank's order (trust-1 ... acceptance-5), in
    /// the person's own voice, for each relationship.
    statements: [ByContext; 25],

    // ----- Checking the answers before the results -----
    review_title: &'static str,
    review_intro: &'static str,
    /// The visible text of the button beside each answer.
    review_change: &'static str,
    /// That button's accessible name, which starts with `review_change`;
    /// `{number}` is the statement's number.
    review_change_name: &'static str,

    // ----- Results -----
    results_title: &'static str,
    results_unreadable: &'static str,
    /// Opens the browser's print dialog, which can also save a PDF.
    print_results: &'static str,
    /// `{score}` is the overall score.
    overall: &'static str,
    /// Under the overall score, when there is an earlier check-in about the
    /// same relationship: `{date}` is its date, `{changes}` a list of
    /// [`Catalogue::change_item`]s and [`Catalogue::change_overall`].
    change_since: ByContext,
    /// `{name}` and `{delta}`, a signed number ("Trust +12").
    change_item: &'static str,
    /// `{delta}`.
    change_overall: &'static str,
    /// The radar chart's accessible name; `{scores}` is a list of
    /// [`Catalogue::radar_score`] items.
    radar_label: &'static str,
    /// `{name}` and `{score}`.
    radar_score: &'static str,
    even_scores: &'static str,
    /// Instead of `even_scores` when all five are equal and low.
    even_scores_low: &'static str,
    /// Next to the scores of a quick check: how much they rest on.
    quick_check_note: &'static str,
    /// Under the scores when statements were left out.
    skipped_note: Plural,
    /// For very low trust or overall closeness: gentle, not clinical.
    support_line: &'static str,
    /// A link after it to the site owner's own support page, when the
    /// page gives one (`support-url`).
    support_link: &'static str,
    strongest: &'static str,
    most_room_to_grow: &'static str,
    each_characteristic: &'static str,
    bands_are_descriptive: &'static str,
    /// Room to grow, mixed, steady, strong.
    band_names: [&'static str; 4],
    /// `{score}` and `{band}`.
    score_band: &'static str,
    /// For each characteristic, for each band (room to grow ... strong),
    /// for each relationship: what the score says, speaking to the person.
    band_texts: [[ByContext; 4]; 5],
    consistency_title: &'static str,
    /// `{name}` is a characteristic; `{first}` and `{second}` are statements.
    consistency_agreed: &'static str,
    /// Said once after the notes, however many there are.
    consistency_closing: &'static str,
    consistency_disagreed: &'static str,
    practices_title: &'static str,
    practices_hint: &'static str,
    /// `{names}` is a list of characteristics.
    builds: &'static str,
    things_to_try: &'static str,
    /// Create a safe space, practise active listening, share vulnerably,
    /// show empathy, respect boundaries.
    practice_names: [&'static str; 5],
    practice_summaries: [&'static str; 5],
    /// For each practice, three things to try, each for each relationship.
    practice_tries: [[ByContext; 3]; 5],
    start_again: &'static str,

    // ----- Notices about saved data -----
    storage_unavailable: &'static str,
    storage_full: &'static str,
    save_failed: &'static str,
    finished_not_saved: &'static str,
    kept_aside_partly: &'static str,
    kept_aside: &'static str,
    left_untouched: &'static str,
    newer_version: &'static str,
    file_unreadable: &'static str,
    download_failed: &'static str,
    /// `{count}` saved items are left.
    delete_failed: Plural,
    import_too_large: &'static str,
    import_not_an_export: &'static str,
    import_newer: &'static str,
    imported_added: Plural,
    imported_already_here: Plural,
    imported_unreadable: Plural,
    imported_not_saved: Plural,
    dismiss: &'static str,

    // ----- A name for the other person (ui/setup.rs) -----
    /// The label of the optional name field at set-up.
    person_label: &'static str,
    person_hint: &'static str,
    /// When what was typed cannot be kept (too long, or `<`, `>` or a line break).
    person_refused: &'static str,
    /// The welcome's reminder about a named person: `{person}`, `{date}`.
    nudge_person: &'static str,

    // ----- Screens fetched when first opened (ui/later.rs) -----
    /// While a screen's code is on its way.
    opening: &'static str,
    /// When it could not be fetched (offline before it was ever cached).
    chunk_missing: &'static str,
    try_again: &'static str,

    // ----- Together, with no server (ui/together.rs, in a chunk) -----
    together_title: &'static str,
    /// On the welcome screen, when a link brought a code and there is no
    /// check-in to compare it with yet.
    shared_with_you: &'static str,
    /// On the results screen: opens the screen with the code.
    share_button: &'static str,
    /// For each practice, a question that invites, not blames.
    starters: [&'static str; 5],

    // ----- Texts only screens fetched when first opened use (past check-ins,
    // trends, comparisons, the partner's view): shipped apart, in
    // lang/<code>-later.json, and fetched with those screens. They must stay
    // last, `none_saved` first (see LATER_FROM). -----
    none_saved: &'static str,
    show_older: Plural,
    delete_all_one: &'static str,
    delete_all_many: Plural,
    cancel: &'static str,
    yes_delete_everything: &'static str,
    delete_all: &'static str,
    your_data: &'static str,
    your_data_text: &'static str,
    back_to_start: &'static str,
    /// `{context}`, `{length}` and `{score}`.
    row_summary: &'static str,
    row_unreadable: &'static str,
    /// `{date}` and `{number}` (counted from the oldest).
    view_results_of: &'static str,
    delete_of: &'static str,
    delete_question: &'static str,
    /// `{number}`, for a check-in that could not be read.
    delete_unreadable_of: &'static str,
    delete_unreadable_question: &'static str,
    view_results: &'static str,
    delete: &'static str,
    keep_it: &'static str,
    yes_delete_it: &'static str,
    /// A check-in's name and what it is about: `{person}` and `{about}`.
    person_about: &'static str,
    /// The heading of trends and comparisons on the past check-ins screen.
    over_time: &'static str,
    /// The label of the menu that picks whose trend to show.
    trend_about: &'static str,
    /// When no relationship has two check-ins yet.
    trend_needs_two: &'static str,
    /// The trend chart's accessible name: `{count}` check-ins, overall `{first}` on `{from}` to `{last}` on `{to}`.
    trend_label: &'static str,
    /// The caption of the trend's data table, its text alternative.
    trend_table: &'static str,
    /// Column headings: the date, overall closeness, a change.
    date_heading: &'static str,
    overall_heading: &'static str,
    change_heading: &'static str,
    /// Comparing two of one's own check-ins.
    compare_check_ins: &'static str,
    /// The two menus' labels.
    compare_one: &'static str,
    compare_other: &'static str,
    /// An option in them: `{date}`, `{context}`, `{score}`.
    compare_option: &'static str,
    /// When the same check-in is picked twice.
    compare_same: &'static str,
    /// Under the overlaid chart: `{later}` and `{earlier}` are dates.
    compare_legend: &'static str,
    /// The overlaid chart's accessible name; `{later}`, `{earlier}`.
    compare_label: &'static str,
    /// The comparison table's caption.
    compare_table: &'static str,
    /// `{list}` of practice names.
    practices_into_focus: &'static str,
    practices_out_of_focus: &'static str,
    practices_unchanged: &'static str,
    /// What swapping codes does, for each relationship.
    together_intro: ByContext,
    /// What a code holds, and what it never holds.
    share_note: &'static str,
    share_code_label: &'static str,
    copy: &'static str,
    copied: &'static str,
    /// The standalone app's link with the code in its fragment.
    share_link_label: &'static str,
    their_code_label: &'static str,
    compare_button: &'static str,
    /// Why a code was refused: empty, wrong length, a character that is in
    /// no code (`{character}`), a typo, a newer version, not a code, a
    /// check-in about another kind of relationship.
    code_errors: [&'static str; 7],
    compare_title: &'static str,
    /// The accessible name of the chart with both shapes.
    compare_chart_label: &'static str,
    /// The legend: yours is solid, theirs dashed.
    legend_you: &'static str,
    legend_them: &'static str,
    /// The table of both sets of scores: its column headings.
    column_characteristic: &'static str,
    column_you: &'static str,
    column_them: &'static str,
    column_seen: &'static str,
    seen_alike: &'static str,
    seen_differently: &'static str,
    starters_title: &'static str,
    all_alike: &'static str,
    back_to_results: &'static str,
    /// Keeping the other person's scores beside one's check-in, only when asked.
    keep_theirs: &'static str,
    keep_hint: &'static str,
    kept_note: &'static str,
    forget_theirs: &'static str,
    keep_failed: &'static str,
    /// The past check-ins list's filter: its label, and its first choice.
    show_about: &'static str,
    show_everyone: &'static str,
}

/// Where the texts of screens fetched when first opened begin, counted in
/// texts: they are the catalogue's last fields, from `none_saved` on, and
/// ship in their own file (`lang/<code>-later.json`) that those screens
/// fetch, so a first visit in another language does not pay for them.
pub const LATER_FROM: usize =
    std::mem::offset_of!(Catalogue, none_saved) / std::mem::size_of::<&str>();

/// The layout number of this build's catalogue.
pub const LAYOUT: u32 = layout_of(Catalogue::FIELDS);
