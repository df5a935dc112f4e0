//! English, the language built into the WebAssembly.

use super::catalogue::{Catalogue, Plural};

pub const EN: Catalogue = Catalogue {
    language_name: "English",
    language_menu: "Language",
    app_title: "Kindred: how close do you feel?",

    back: "Back",
    error_prefix: "Error: ",
    score_out_of_100: "{score} out of 100",
    past_check_ins: "Past check-ins",
    import_from_file: "Import check-ins from a file",
    download_check_ins: "Download my check-ins",
    characteristic_names: ["Trust", "Vulnerability", "Empathy", "Communication", "Acceptance"],
    characteristic_descriptions: [
        "Feeling safe to share what matters, knowing it will be treated with care.",
        "Letting yourself be seen as you are, including the unsure and tender parts.",
        "Trying to understand how the other person feels, and showing that you care.",
        "Talking openly and honestly, about everyday things and about fears, needs and hopes.",
        "Being free to be your true self, and letting the other person be theirs.",
    ],
    contexts: ["A romantic partner", "A friend", "A family member"],
    lengths: ["Quick check", "Full check"],
    statement_count: Plural::one_other("{count} statement", "{count} statements"),
    minute_count: Plural::one_other("about {count} minute", "about {count} minutes"),
    length_detail: "{statements}, {minutes}",

    welcome_title: "How close do you feel?",
    welcome_intro: "Kindred is a short, private reflection on the emotional closeness in one relationship: a partner, a friend or a family member. You answer simple statements about trust, vulnerability, empathy, communication and acceptance, then see where the connection feels strong, where it could grow, and small things to try.",
    nudge: [
        "Your last check-in about your partner was on {date}, more than four weeks ago. A new one shows how things have moved.",
        "Your last check-in about your friend was on {date}, more than four weeks ago. A new one shows how things have moved.",
        "Your last check-in about your family member was on {date}, more than four weeks ago. A new one shows how things have moved.",
    ],
    term_separator: ": ",
    private_term: "Private",
    private_text: "your answers never leave this device. They are kept only in this browser, and you can delete them at any time.",
    not_diagnosis_term: "A reflection, not a diagnosis",
    not_diagnosis_text: "the results describe your own answers today. They are not a clinical test.",
    continue_check_in: "Continue your check-in ({answered} of {total} answered)",
    start_new_check_in: "Start a new check-in",
    begin: "Begin",
    past_check_ins_count: "Past check-ins ({count})",

    setup_title: "Set up your check-in",
    whose_legend: "Which relationship are you reflecting on?",
    whose_hint: "Think of one person as you answer.",
    whose_error: "Choose which relationship you are reflecting on",
    length_legend: "How long would you like it to be?",
    length_hint: "You can stop at any point and come back later.",
    length_error: "Choose a quick check or a full check",
    start: "Start",
    replace_one: Plural::one_other(
        "Starting now will replace the check-in you have in progress ({count} answered so far).",
        "Starting now will replace the check-in you have in progress ({count} answered so far).",
    ),
    replace_many: Plural::one_other(
        "Starting now will replace the {count} check-ins you have in progress.",
        "Starting now will replace the {count} check-ins you have in progress.",
    ),

    statement_progress: "Statement {number} of {total}",
    thinking_about: [
        "Thinking about my partner:",
        "Thinking about my friend:",
        "Thinking about my family member:",
    ],
    agree_error: "Choose how much you agree with the statement",
    agreement: [
        "Strongly disagree",
        "Disagree",
        "Neither agree nor disagree",
        "Agree",
        "Strongly agree",
    ],
    next: "Next",
    see_results: "See my results",
    take_break_kept: "Take a break (your answers are kept)",
    take_break: "Take a break",
    prefer_not_to_answer: "Prefer not to answer",
    skip_closed: "{name} needs at least one answer to be scored, so this statement cannot be left out.",
    // One sentence per statement, in the bank's order, each written for a
    // romantic partner, a friend and a family member.
    statements: [
        // trust-1
        [
            "I feel safe telling my partner about things that really matter to me.",
            "I feel safe telling my friend about things that really matter to me.",
            "I feel safe telling my family member about things that really matter to me.",
        ],
        // trust-2
        [
            "I hold back some feelings because I worry about how my partner might react.",
            "I hold back some feelings because I worry about how my friend might react.",
            "I hold back some feelings because I worry about how my family member might react.",
        ],
        // trust-3
        [
            "When my partner promises to do something for me, I can count on it.",
            "When my friend promises to do something for me, I can count on it.",
            "When my family member promises to do something for me, I can count on it.",
        ],
        // trust-4
        [
            "I worry that what I share with my partner will be passed on to other people.",
            "I worry that what I share with my friend will be passed on to other people.",
            "I worry that what I share with my family member will be passed on to other people.",
        ],
        // trust-5
        [
            "If I make a mistake, I believe my partner will still be on my side.",
            "If I make a mistake, I believe my friend will still be on my side.",
            "If I make a mistake, I believe my family member will still be on my side.",
        ],
        // vulnerability-1
        [
            "I let my partner see me when I am sad, scared or unsure.",
            "I let my friend see me when I am sad, scared or unsure.",
            "I let my family member see me when I am sad, scared or unsure.",
        ],
        // vulnerability-2
        [
            "Around my partner, I act as if everything is fine, even when it is not.",
            "Around my friend, I act as if everything is fine, even when it is not.",
            "Around my family member, I act as if everything is fine, even when it is not.",
        ],
        // vulnerability-3
        [
            "I can ask my partner for help without feeling ashamed.",
            "I can ask my friend for help without feeling ashamed.",
            "I can ask my family member for help without feeling ashamed.",
        ],
        // vulnerability-4
        [
            "I keep my hopes and dreams to myself instead of sharing them with my partner.",
            "I keep my hopes and dreams to myself instead of sharing them with my friend.",
            "I keep my hopes and dreams to myself instead of sharing them with my family member.",
        ],
        // vulnerability-5
        [
            "I can tell my partner when I got something wrong.",
            "I can tell my friend when I got something wrong.",
            "I can tell my family member when I got something wrong.",
        ],
        // empathy-1
        [
            "When my partner is upset, I try to understand how they feel before I respond.",
            "When my friend is upset, I try to understand how they feel before I respond.",
            "When my family member is upset, I try to understand how they feel before I respond.",
        ],
        // empathy-2
        [
            "When my partner shares a problem, I tend to jump straight to solutions instead of listening.",
            "When my friend shares a problem, I tend to jump straight to solutions instead of listening.",
            "When my family member shares a problem, I tend to jump straight to solutions instead of listening.",
        ],
        // empathy-3
        [
            "I can usually tell when something is bothering my partner, even if they do not say so.",
            "I can usually tell when something is bothering my friend, even if they do not say so.",
            "I can usually tell when something is bothering my family member, even if they do not say so.",
        ],
        // empathy-4
        [
            "My partner makes me feel understood when I talk about my feelings.",
            "My friend makes me feel understood when I talk about my feelings.",
            "My family member makes me feel understood when I talk about my feelings.",
        ],
        // empathy-5
        [
            "I find it hard to be patient when my partner's feelings differ from mine.",
            "I find it hard to be patient when my friend's feelings differ from mine.",
            "I find it hard to be patient when my family member's feelings differ from mine.",
        ],
        // communication-1
        [
            "I can bring up a hard topic with my partner, and we can talk it through.",
            "I can bring up a hard topic with my friend, and we can talk it through.",
            "I can bring up a hard topic with my family member, and we can talk it through.",
        ],
        // communication-2
        [
            "There are important things between my partner and me that we never talk about.",
            "There are important things between my friend and me that we never talk about.",
            "There are important things between my family member and me that we never talk about.",
        ],
        // communication-3
        [
            "When my partner and I disagree, we can each say our side calmly.",
            "When my friend and I disagree, we can each say our side calmly.",
            "When my family member and I disagree, we can each say our side calmly.",
        ],
        // communication-4
        [
            "After talking with my partner, I often feel that I was not really heard.",
            "After talking with my friend, I often feel that I was not really heard.",
            "After talking with my family member, I often feel that I was not really heard.",
        ],
        // communication-5
        [
            "I tell my partner what I need instead of hoping they will guess.",
            "I tell my friend what I need instead of hoping they will guess.",
            "I tell my family member what I need instead of hoping they will guess.",
        ],
        // acceptance-1
        [
            "I can be fully myself around my partner.",
            "I can be fully myself around my friend.",
            "I can be fully myself around my family member.",
        ],
        // acceptance-2
        [
            "I feel I have to hide parts of myself to be accepted by my partner.",
            "I feel I have to hide parts of myself to be accepted by my friend.",
            "I feel I have to hide parts of myself to be accepted by my family member.",
        ],
        // acceptance-3
        [
            "I accept my partner as they are, even the parts I would not choose.",
            "I accept my friend as they are, even the parts I would not choose.",
            "I accept my family member as they are, even the parts I would not choose.",
        ],
        // acceptance-4
        [
            "I worry that my partner would think less of me if they knew my flaws.",
            "I worry that my friend would think less of me if they knew my flaws.",
            "I worry that my family member would think less of me if they knew my flaws.",
        ],
        // acceptance-5
        [
            "When my partner makes a choice I would not make, I can still respect it.",
            "When my friend makes a choice I would not make, I can still respect it.",
            "When my family member makes a choice I would not make, I can still respect it.",
        ],
    ],
    review_title: "Check your answers",
    review_intro: "Change anything you like before you see your results.",
    review_change: "Change",
    review_change_name: "Change answer {number}",

    results_title: "Your results",
    results_unreadable: "These results could not be read.",
    print_results: "Print or save as PDF",
    overall: "Overall closeness, as your answers describe it today: {score} out of 100",
    change_since: [
        "Since your last check-in about your partner, on {date}: {changes}.",
        "Since your last check-in about your friend, on {date}: {changes}.",
        "Since your last check-in about your family member, on {date}: {changes}.",
    ],
    change_item: "{name} {delta}",
    change_overall: "overall closeness {delta}",
    radar_label: "Radar chart of your five scores out of 100: {scores}.",
    radar_score: "{name} {score}",
    even_scores: "Your answers came out even across all five characteristics, so none stands out as strongest or as the one to grow.",
    even_scores_low: "Your answers came out the same across all five characteristics, and low, so each of them has room to grow. Any one of the practices below is a good place to start.",
    quick_check_note: "A quick check asks two statements per characteristic, so take these scores as a rough sketch. The full check gives a steadier picture.",
    skipped_note: Plural::one_other(
        "You chose not to answer {count} statement; your scores come from the rest.",
        "You chose not to answer {count} statements; your scores come from the rest.",
    ),
    support_line: "If things feel heavy right now, talking with someone you trust, such as a friend or a counsellor, can help. You do not have to sort it out alone.",
    support_link: "Support this site recommends (opens in a new tab)",
    strongest: "Strongest",
    most_room_to_grow: "Most room to grow",
    each_characteristic: "Each characteristic",
    bands_are_descriptive: "These bands describe your own answers today. They are not clinical norms or a diagnosis, and your answers are not compared with anyone else's.",
    band_names: ["Room to grow", "Mixed", "Steady", "Strong"],
    score_band: "{score} out of 100 · {band}",
    band_texts: [
        // Trust
        [
            // RoomToGrow
            [
                "Sharing with your partner does not feel very safe right now. That is worth taking seriously, and it can change in small steps.",
                "Sharing with your friend does not feel very safe right now. That is worth taking seriously, and it can change in small steps.",
                "Sharing with your family member does not feel very safe right now. That is worth taking seriously, and it can change in small steps.",
            ],
            // Mixed
            [
                "Trust with your partner seems to come and go. Small promises kept, on both sides, are how it tends to grow.",
                "Trust with your friend seems to come and go. Small promises kept, on both sides, are how it tends to grow.",
                "Trust with your family member seems to come and go. Small promises kept, on both sides, are how it tends to grow.",
            ],
            // Steady
            [
                "You mostly feel safe with your partner, with a few places where you still hold back. Those places are worth noticing, gently.",
                "You mostly feel safe with your friend, with a few places where you still hold back. Those places are worth noticing, gently.",
                "You mostly feel safe with your family member, with a few places where you still hold back. Those places are worth noticing, gently.",
            ],
            // Strong
            [
                "You feel safe bringing what matters to your partner. That safety is worth protecting and choosing again.",
                "You feel safe bringing what matters to your friend. That safety is worth protecting and choosing again.",
                "You feel safe bringing what matters to your family member. That safety is worth protecting and choosing again.",
            ],
        ],
        // Vulnerability
        [
            // RoomToGrow
            [
                "You tend to keep harder feelings away from your partner. There may be good reasons; opening up a little, when it feels safe, is a place to start.",
                "You tend to keep harder feelings away from your friend. There may be good reasons; opening up a little, when it feels safe, is a place to start.",
                "You tend to keep harder feelings away from your family member. There may be good reasons; opening up a little, when it feels safe, is a place to start.",
            ],
            // Mixed
            [
                "You share some of yourself with your partner and keep a fair amount back. One small, honest share can help.",
                "You share some of yourself with your friend and keep a fair amount back. One small, honest share can help.",
                "You share some of yourself with your family member and keep a fair amount back. One small, honest share can help.",
            ],
            // Steady
            [
                "You often let your partner see how you really are, though some feelings stay behind a brave face.",
                "You often let your friend see how you really are, though some feelings stay behind a brave face.",
                "You often let your family member see how you really are, though some feelings stay behind a brave face.",
            ],
            // Strong
            [
                "You let your partner see the tender, unsure parts of you. That openness invites closeness.",
                "You let your friend see the tender, unsure parts of you. That openness invites closeness.",
                "You let your family member see the tender, unsure parts of you. That openness invites closeness.",
            ],
        ],
        // Empathy
        [
            // RoomToGrow
            [
                "Feelings often seem to go unnoticed between you and your partner. Curiosity about each other's inner world is a gentle way in.",
                "Feelings often seem to go unnoticed between you and your friend. Curiosity about each other's inner world is a gentle way in.",
                "Feelings often seem to go unnoticed between you and your family member. Curiosity about each other's inner world is a gentle way in.",
            ],
            // Mixed
            [
                "Feelings between you and your partner are sometimes met and sometimes missed. Slowing down to ask and listen can make a difference.",
                "Feelings between you and your friend are sometimes met and sometimes missed. Slowing down to ask and listen can make a difference.",
                "Feelings between you and your family member are sometimes met and sometimes missed. Slowing down to ask and listen can make a difference.",
            ],
            // Steady
            [
                "You and your partner usually understand each other's feelings, with some moments where one of you feels missed.",
                "You and your friend usually understand each other's feelings, with some moments where one of you feels missed.",
                "You and your family member usually understand each other's feelings, with some moments where one of you feels missed.",
            ],
            // Strong
            [
                "Feelings are noticed and met with care between you and your partner.",
                "Feelings are noticed and met with care between you and your friend.",
                "Feelings are noticed and met with care between you and your family member.",
            ],
        ],
        // Communication
        [
            // RoomToGrow
            [
                "Important things seem hard to say between you and your partner. One small, honest conversation is enough for a start.",
                "Important things seem hard to say between you and your friend. One small, honest conversation is enough for a start.",
                "Important things seem hard to say between you and your family member. One small, honest conversation is enough for a start.",
            ],
            // Mixed
            [
                "Some talks with your partner flow and others stall. Saying what you need, plainly and kindly, can open things up.",
                "Some talks with your friend flow and others stall. Saying what you need, plainly and kindly, can open things up.",
                "Some talks with your family member flow and others stall. Saying what you need, plainly and kindly, can open things up.",
            ],
            // Steady
            [
                "Talking with your partner mostly works well, though a few topics are harder to bring up.",
                "Talking with your friend mostly works well, though a few topics are harder to bring up.",
                "Talking with your family member mostly works well, though a few topics are harder to bring up.",
            ],
            // Strong
            [
                "You and your partner can talk about almost anything, including the hard parts, and come out the other side.",
                "You and your friend can talk about almost anything, including the hard parts, and come out the other side.",
                "You and your family member can talk about almost anything, including the hard parts, and come out the other side.",
            ],
        ],
        // Acceptance
        [
            // RoomToGrow
            [
                "Being your full self with your partner does not feel easy right now. Noticing where you hold back is a kind first step.",
                "Being your full self with your friend does not feel easy right now. Noticing where you hold back is a kind first step.",
                "Being your full self with your family member does not feel easy right now. Noticing where you hold back is a kind first step.",
            ],
            // Mixed
            [
                "At times you feel you must hide or change parts of yourself with your partner, or wish they were different.",
                "At times you feel you must hide or change parts of yourself with your friend, or wish they were different.",
                "At times you feel you must hide or change parts of yourself with your family member, or wish they were different.",
            ],
            // Steady
            [
                "You feel mostly accepted by your partner and accepting of them, with a few parts that still feel judged.",
                "You feel mostly accepted by your friend and accepting of them, with a few parts that still feel judged.",
                "You feel mostly accepted by your family member and accepting of them, with a few parts that still feel judged.",
            ],
            // Strong
            [
                "You can be yourself with your partner, and you give them the same room. That freedom is a real strength.",
                "You can be yourself with your friend, and you give them the same room. That freedom is a real strength.",
                "You can be yourself with your family member, and you give them the same room. That freedom is a real strength.",
            ],
        ],
    ],
    consistency_title: "A note on your answers",
    consistency_agreed: "On {name}, you agreed with both “{first}” and “{second}”, which point in opposite directions.",
    consistency_closing: "Answers like these often come from days that differ from one another. They may be worth a second look.",
    consistency_disagreed: "On {name}, you disagreed with both “{first}” and “{second}”, which point in opposite directions.",
    practices_title: "Practices that help",
    practices_hint: "Starting with the ones that build your growth areas.",
    builds: "Builds {names}",
    things_to_try: "Things to try this week:",
    practice_names: [
        "Create a safe space",
        "Practise active listening",
        "Share vulnerably",
        "Show empathy",
        "Respect boundaries",
    ],
    practice_summaries: [
        "Make it easy to share without fear of being judged.",
        "Give your full attention when the other person speaks.",
        "Open up about your own feelings and experiences, a little at a time.",
        "Try to understand the other person's feelings and offer support, most of all when things are hard.",
        "Let each person share at their own pace, and take a no kindly.",
    ],
    practice_tries: [
        // safe-space
        [
            [
                "When your partner tells you something personal, thank them for sharing before you say anything else.",
                "When your friend tells you something personal, thank them for sharing before you say anything else.",
                "When your family member tells you something personal, thank them for sharing before you say anything else.",
            ],
            [
                "Pick one calm, private moment this week to ask your partner how they are really doing.",
                "Pick one calm, private moment this week to ask your friend how they are really doing.",
                "Pick one calm, private moment this week to ask your family member how they are really doing.",
            ],
            [
                "If you feel the urge to judge or correct, pause and ask one more question instead.",
                "If you feel the urge to judge or correct, pause and ask one more question instead.",
                "If you feel the urge to judge or correct, pause and ask one more question instead.",
            ],
        ],
        // active-listening
        [
            [
                "Put your phone out of sight for one conversation with your partner and notice what changes.",
                "Put your phone out of sight for one conversation with your friend and notice what changes.",
                "Put your phone out of sight for one conversation with your family member and notice what changes.",
            ],
            [
                "Before you reply, say back in your own words what you heard, and ask if you got it right.",
                "Before you reply, say back in your own words what you heard, and ask if you got it right.",
                "Before you reply, say back in your own words what you heard, and ask if you got it right.",
            ],
            [
                "Ask one open question, such as “What was that like for you?”, and let the answer take its time.",
                "Ask one open question, such as “What was that like for you?”, and let the answer take its time.",
                "Ask one open question, such as “What was that like for you?”, and let the answer take its time.",
            ],
        ],
        // share-vulnerably
        [
            [
                "Tell your partner about one thing that worried or moved you this week.",
                "Tell your friend about one thing that worried or moved you this week.",
                "Tell your family member about one thing that worried or moved you this week.",
            ],
            [
                "Start a sentence with “I feel…” and name the feeling, without needing to explain or fix it.",
                "Start a sentence with “I feel…” and name the feeling, without needing to explain or fix it.",
                "Start a sentence with “I feel…” and name the feeling, without needing to explain or fix it.",
            ],
            [
                "Ask your partner for help with something small.",
                "Ask your friend for help with something small.",
                "Ask your family member for help with something small.",
            ],
        ],
        // show-empathy
        [
            [
                "When your partner is having a hard time, name what you notice (“That sounds tiring”) before giving advice.",
                "When your friend is having a hard time, name what you notice (“That sounds tiring”) before giving advice.",
                "When your family member is having a hard time, name what you notice (“That sounds tiring”) before giving advice.",
            ],
            [
                "Ask your partner whether they would like ideas or just someone to listen.",
                "Ask your friend whether they would like ideas or just someone to listen.",
                "Ask your family member whether they would like ideas or just someone to listen.",
            ],
            [
                "Send your partner a short, kind message on a day you know is hard for them.",
                "Send your friend a short, kind message on a day you know is hard for them.",
                "Send your family member a short, kind message on a day you know is hard for them.",
            ],
        ],
        // respect-boundaries
        [
            [
                "Ask your partner whether now is a good time before starting a serious talk.",
                "Ask your friend whether now is a good time before starting a serious talk.",
                "Ask your family member whether now is a good time before starting a serious talk.",
            ],
            [
                "If your partner is not ready to talk about something, tell them that is okay, and mean it.",
                "If your friend is not ready to talk about something, tell them that is okay, and mean it.",
                "If your family member is not ready to talk about something, tell them that is okay, and mean it.",
            ],
            [
                "Name one boundary of your own, kindly and clearly.",
                "Name one boundary of your own, kindly and clearly.",
                "Name one boundary of your own, kindly and clearly.",
            ],
        ],
    ],
    start_again: "Start again",

    storage_unavailable: "This browser is not letting Kindred save anything, so your answers are kept only while this page is open. You can still finish your check-in.",
    storage_full: "Your browser's storage for this site is full, so your latest answers are kept only while this page is open. Deleting past check-ins can free up room.",
    save_failed: "Kindred could not save your latest answer. It is kept while this page is open, and Kindred will try again with your next answer.",
    finished_not_saved: "Your finished check-in could not be saved, because your browser's storage for this site is full. It is here while this page is open: download your check-ins now to keep it, or delete past check-ins to make room.",
    kept_aside_partly: "Part of your saved data could not be read. A full copy of it is kept, untouched, in this browser, and everything that could be read is here.",
    kept_aside: "Your saved data could not be read. A copy of it is kept, untouched, in this browser, and you can carry on from a fresh start.",
    left_untouched: "Some of your saved data could not be read, so Kindred has left it exactly as it is and saves around it. Everything that could be read is here.",
    newer_version: "Your check-ins were saved by a newer version of Kindred. They are left untouched, and this visit is kept only while the page is open. Reloading the page may bring the newer version.",
    file_unreadable: "That file could not be read, so nothing was changed.",
    download_failed: "This browser did not let Kindred save the file.",
    delete_failed: Plural::one_other(
        "This browser did not let Kindred delete everything: {count} saved item is still there. You can try again, or clear this site's data in the browser's settings.",
        "This browser did not let Kindred delete everything: {count} saved items are still there. You can try again, or clear this site's data in the browser's settings.",
    ),
    import_too_large: "That file is larger than 20 MB, so it cannot be a Kindred download. Nothing was changed.",
    import_not_an_export: "That file is not a download of Kindred check-ins, so nothing was changed.",
    import_newer: "That file was made by a newer version of Kindred, so nothing was changed. Reloading the page may bring the newer version.",
    imported_added: Plural::one_other("Added {count} check-in.", "Added {count} check-ins."),
    imported_already_here: Plural::one_other("{count} check-in was already here.", "{count} check-ins were already here."),
    imported_unreadable: Plural::one_other("{count} check-in could not be read.", "{count} check-ins could not be read."),
    imported_not_saved: Plural::one_other(
        "{count} check-in could not be saved because this browser's storage is full.",
        "{count} check-ins could not be saved because this browser's storage is full.",
    ),
    dismiss: "Dismiss",
    person_label: "Their name or a label (optional)",
    person_hint: "So check-ins about different people stay apart, for example “Sam” or “Mum”. It stays on this device.",
    person_refused: "Use at most 40 characters, without < or > or line breaks.",
    nudge_person: "Your last check-in about {person} was on {date}, more than four weeks ago. A new one shows how things have moved.",
    opening: "Opening…",
    chunk_missing: "This part of Kindred could not be loaded. Your check-ins are safe on this device. Check your connection and try again.",
    try_again: "Try again",
    together_title: "Compare with them",
    shared_with_you: "Someone shared their scores with you. Do your own check-in about the same relationship, and the two will be shown side by side.",
    share_button: "Share my scores with them",
    starters: [
        "What helps you feel safe telling me things that matter to you?",
        "When did you last feel really heard by me, and what made it so?",
        "Is there something you have wanted to share with me but held back?",
        "What is something about how you feel that you wish I understood better?",
        "Is there anything you would like more room or time for between us?",
    ],

    // ----- Screens fetched when first opened (lang/en-later.json) -----
    none_saved: "No finished check-ins are saved in this browser.",
    show_older: Plural::one_other("Show {count} older", "Show {count} older"),
    delete_all_one: "Delete your one check-in from this browser, and anything Kindred could not read? This cannot be undone.",
    delete_all_many: Plural::one_other(
        "Delete all {count} check-ins from this browser, and anything Kindred could not read? This cannot be undone.",
        "Delete all {count} check-ins from this browser, and anything Kindred could not read? This cannot be undone.",
    ),
    cancel: "Cancel",
    yes_delete_everything: "Yes, delete everything",
    delete_all: "Delete all check-ins",
    your_data: "Your data",
    your_data_text: "Your check-ins are kept only in this browser. Download them to keep a copy or to move them to another browser, where you can import the file.",
    back_to_start: "Back to the start",
    row_summary: "{context} · {length} · overall {score} out of 100",
    row_unreadable: "This check-in could not be read. It is kept as it was.",
    view_results_of: "View results of the check-in of {date}, number {number}",
    delete_of: "Delete the check-in of {date}, number {number}",
    delete_question: "Delete the check-in of {date}, number {number}? This cannot be undone.",
    delete_unreadable_of: "Delete check-in number {number}",
    delete_unreadable_question: "Delete check-in number {number}? This cannot be undone.",
    view_results: "View results",
    delete: "Delete",
    keep_it: "Keep it",
    yes_delete_it: "Yes, delete it",
    person_about: "{person} · {about}",
    over_time: "Over time",
    trend_about: "About",
    trend_needs_two: "Check in about the same relationship again to see how things change.",
    trend_label: "Your {count} check-ins about this relationship: overall closeness from {first} on {from} to {last} on {to}. Every score is in the table below.",
    trend_table: "Every score, check-in by check-in",
    date_heading: "Date",
    overall_heading: "Overall",
    change_heading: "Change",
    compare_check_ins: "Compare two check-ins",
    compare_one: "One check-in",
    compare_other: "Another check-in",
    compare_option: "{date} · {context} · overall {score}",
    compare_same: "Pick two different check-ins to compare them.",
    compare_legend: "Solid: {later}. Dashed: {earlier}.",
    compare_label: "Your check-in of {later} drawn over your check-in of {earlier}. Every score is in the table below.",
    compare_table: "Scores at each check-in, and the change",
    practices_into_focus: "Practices now in focus: {list}.",
    practices_out_of_focus: "Practices no longer in focus: {list}.",
    practices_unchanged: "The same practices are in focus at both check-ins.",
    together_intro: [
        "Your partner can do their own check-in about your relationship on their device. Swap codes to see both views side by side: nothing passes through any server.",
        "Your friend can do their own check-in about your friendship on their device. Swap codes to see both views side by side: nothing passes through any server.",
        "Your family member can do their own check-in about your relationship on their device. Swap codes to see both views side by side: nothing passes through any server.",
    ],
    share_note: "The code holds only the kind of relationship, the length of the check-in, its day and your five scores. Never your answers, and no names. Read it out or send it any way you like.",
    share_code_label: "Your code",
    copy: "Copy",
    copied: "Copied.",
    share_link_label: "Or send this link",
    their_code_label: "Their code",
    compare_button: "Compare",
    code_errors: [
        "Enter the code they gave you.",
        "That code is not the right length. A code has 14 letters and digits.",
        "“{character}” is not part of any code. Check it with them and try again.",
        "That code has a typo somewhere. Check it with them and try again.",
        "That code comes from a newer version of Kindred. Update this one, then try again.",
        "That is not a Kindred code.",
        "That code is from a check-in about a different kind of relationship.",
    ],
    compare_title: "Both views",
    compare_chart_label: "Radar chart of your scores (solid line) and theirs (dashed line). The table below gives both.",
    legend_you: "You: solid line",
    legend_them: "Them: dashed line",
    column_characteristic: "Characteristic",
    column_you: "You",
    column_them: "Them",
    column_seen: "How you see it",
    seen_alike: "Seen alike",
    seen_differently: "Seen differently",
    starters_title: "Things to talk about",
    all_alike: "You see every characteristic alike, within 15 points. That common ground is worth saying out loud.",
    back_to_results: "Back to your results",
    keep_theirs: "Keep their scores on this device",
    keep_hint: "Only if you want to see this comparison again later. Their scores stay beside your check-in until you forget them or delete it.",
    kept_note: "Their scores are kept on this device, beside this check-in.",
    forget_theirs: "Forget their scores",
    keep_failed: "This browser did not let Kindred keep them. The comparison stays on screen until you leave it.",
    show_about: "Show check-ins about",
    show_everyone: "Everyone",
};
