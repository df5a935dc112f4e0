//! German (Deutsch), Standard German; the reader is addressed as „du“.

use super::catalogue::{Catalogue, Plural};

pub const DE: Catalogue = Catalogue {
    language_name: "Deutsch",
    language_menu: "Sprache",
    app_title: "Kindred: Wie verbunden fühlst du dich?",

    back: "Zurück",
    error_prefix: "Fehler: ",
    score_out_of_100: "{score} von 100",
    past_check_ins: "Frühere Check-ins",
    import_from_file: "Check-ins aus einer Datei importieren",
    download_check_ins: "Meine Check-ins herunterladen",
    characteristic_names: ["Vertrauen", "Verletzlichkeit", "Empathie", "Kommunikation", "Akzeptanz"],
    characteristic_descriptions: [
        "Du fühlst dich sicher, Wichtiges zu teilen, und weißt, dass behutsam damit umgegangen wird.",
        "Du zeigst dich so, wie du bist – auch mit deinen unsicheren und empfindsamen Seiten.",
        "Du versuchst zu verstehen, wie es der anderen Person geht, und zeigst ihr, dass sie dir wichtig ist.",
        "Ihr sprecht offen und ehrlich miteinander – über Alltägliches und über Ängste, Bedürfnisse und Hoffnungen.",
        "Du darfst ganz du selbst sein – und lässt auch die andere Person so sein, wie sie ist.",
    ],
    contexts: ["Partner oder Partnerin", "Freund oder Freundin", "Familienmitglied"],
    lengths: ["Kurzer Check", "Ausführlicher Check"],
    statement_count: Plural::one_other("{count} Aussage", "{count} Aussagen"),
    minute_count: Plural::one_other("etwa {count} Minute", "etwa {count} Minuten"),
    length_detail: "{statements}, {minutes}",

    welcome_title: "Wie verbunden fühlst du dich?",
    welcome_intro: "Kindred ist eine kurze, private Reflexion über die emotionale Nähe in einer deiner Beziehungen – zu deinem Partner oder deiner Partnerin, zu einem Freund oder einer Freundin oder zu jemandem aus deiner Familie. Du schätzt einfache Aussagen zu Vertrauen, Verletzlichkeit, Empathie, Kommunikation und Akzeptanz ein und siehst dann, wo sich eure Verbindung stark anfühlt, wo sie wachsen kann und welche kleinen Schritte du ausprobieren kannst.",
    nudge: [
        "Dein letzter Check-in zu deinem Partner oder deiner Partnerin war am {date}, vor mehr als vier Wochen. Ein neuer zeigt, wie sich die Dinge entwickelt haben.",
        "Dein letzter Check-in zu deinem Freund oder deiner Freundin war am {date}, vor mehr als vier Wochen. Ein neuer zeigt, wie sich die Dinge entwickelt haben.",
        "Dein letzter Check-in zu deinem Familienmitglied war am {date}, vor mehr als vier Wochen. Ein neuer zeigt, wie sich die Dinge entwickelt haben.",
    ],
    term_separator: ": ",
    private_term: "Privat",
    private_text: "Deine Antworten verlassen nie dieses Gerät. Sie werden nur in diesem Browser gespeichert, und du kannst sie jederzeit löschen.",
    not_diagnosis_term: "Eine Reflexion, keine Diagnose",
    not_diagnosis_text: "Die Ergebnisse beschreiben deine eigenen Antworten von heute. Sie sind kein klinischer Test.",
    continue_check_in: "Check-in fortsetzen ({answered} von {total} beantwortet)",
    start_new_check_in: "Neuen Check-in starten",
    begin: "Beginnen",
    past_check_ins_count: "Frühere Check-ins ({count})",

    setup_title: "Richte deinen Check-in ein",
    whose_legend: "An welche Beziehung denkst du?",
    whose_hint: "Denk beim Antworten an eine bestimmte Person.",
    whose_error: "Wähle aus, an welche Beziehung du denkst",
    length_legend: "Wie lang soll dein Check-in sein?",
    length_hint: "Du kannst jederzeit aufhören und später weitermachen.",
    length_error: "Wähle einen kurzen oder einen ausführlichen Check",
    start: "Starten",
    replace_one: Plural::one_other(
        "Wenn du jetzt neu startest, wird dein angefangener Check-in ersetzt (bisher {count} Aussage beantwortet).",
        "Wenn du jetzt neu startest, wird dein angefangener Check-in ersetzt (bisher {count} Aussagen beantwortet).",
    ),
    replace_many: Plural::one_other(
        "Wenn du jetzt neu startest, werden deine {count} angefangenen Check-ins ersetzt.",
        "Wenn du jetzt neu startest, werden deine {count} angefangenen Check-ins ersetzt.",
    ),

    statement_progress: "Aussage {number} von {total}",
    thinking_about: [
        "Ich denke an meinen Partner oder meine Partnerin:",
        "Ich denke an meinen Freund oder meine Freundin:",
        "Ich denke an mein Familienmitglied:",
    ],
    agree_error: "Wähle aus, wie sehr du der Aussage zustimmst",
    agreement: [
        "Stimme überhaupt nicht zu",
        "Stimme nicht zu",
        "Teils, teils",
        "Stimme zu",
        "Stimme voll und ganz zu",
    ],
    next: "Weiter",
    see_results: "Meine Ergebnisse ansehen",
    take_break_kept: "Pause machen (deine Antworten bleiben erhalten)",
    take_break: "Pause machen",
    prefer_not_to_answer: "Möchte ich nicht beantworten",
    skip_closed: "Damit der Bereich {name} einen Wert bekommt, braucht es mindestens eine Antwort. Deshalb kann diese Aussage nicht ausgelassen werden.",
    // One sentence per statement, in the bank's order, each written for a
    // romantic partner, a friend and a family member.
    statements: [
        // trust-1
        [
            "Ich fühle mich sicher dabei, meinem Partner oder meiner Partnerin von Dingen zu erzählen, die mir wirklich wichtig sind.",
            "Ich fühle mich sicher dabei, meinem Freund oder meiner Freundin von Dingen zu erzählen, die mir wirklich wichtig sind.",
            "Ich fühle mich sicher dabei, meinem Familienmitglied von Dingen zu erzählen, die mir wirklich wichtig sind.",
        ],
        // trust-2
        [
            "Manche Gefühle behalte ich für mich, weil ich Sorge habe, wie mein Partner oder meine Partnerin darauf reagieren könnte.",
            "Manche Gefühle behalte ich für mich, weil ich Sorge habe, wie mein Freund oder meine Freundin darauf reagieren könnte.",
            "Manche Gefühle behalte ich für mich, weil ich Sorge habe, wie mein Familienmitglied darauf reagieren könnte.",
        ],
        // trust-3
        [
            "Wenn mein Partner oder meine Partnerin mir verspricht, etwas für mich zu tun, kann ich mich darauf verlassen.",
            "Wenn mein Freund oder meine Freundin mir verspricht, etwas für mich zu tun, kann ich mich darauf verlassen.",
            "Wenn mein Familienmitglied mir verspricht, etwas für mich zu tun, kann ich mich darauf verlassen.",
        ],
        // trust-4
        [
            "Ich mache mir Sorgen, dass das, was ich meinem Partner oder meiner Partnerin anvertraue, an andere weitererzählt wird.",
            "Ich mache mir Sorgen, dass das, was ich meinem Freund oder meiner Freundin anvertraue, an andere weitererzählt wird.",
            "Ich mache mir Sorgen, dass das, was ich meinem Familienmitglied anvertraue, an andere weitererzählt wird.",
        ],
        // trust-5
        [
            "Wenn ich einen Fehler mache, glaube ich, dass mein Partner oder meine Partnerin trotzdem zu mir hält.",
            "Wenn ich einen Fehler mache, glaube ich, dass mein Freund oder meine Freundin trotzdem zu mir hält.",
            "Wenn ich einen Fehler mache, glaube ich, dass mein Familienmitglied trotzdem zu mir hält.",
        ],
        // vulnerability-1
        [
            "Ich zeige mich meinem Partner oder meiner Partnerin auch dann, wenn ich traurig, ängstlich oder unsicher bin.",
            "Ich zeige mich meinem Freund oder meiner Freundin auch dann, wenn ich traurig, ängstlich oder unsicher bin.",
            "Ich zeige mich meinem Familienmitglied auch dann, wenn ich traurig, ängstlich oder unsicher bin.",
        ],
        // vulnerability-2
        [
            "Vor meinem Partner oder meiner Partnerin tue ich so, als wäre alles in Ordnung, auch wenn es das nicht ist.",
            "Vor meinem Freund oder meiner Freundin tue ich so, als wäre alles in Ordnung, auch wenn es das nicht ist.",
            "Vor meinem Familienmitglied tue ich so, als wäre alles in Ordnung, auch wenn es das nicht ist.",
        ],
        // vulnerability-3
        [
            "Ich kann meinen Partner oder meine Partnerin um Hilfe bitten, ohne mich dafür zu schämen.",
            "Ich kann meinen Freund oder meine Freundin um Hilfe bitten, ohne mich dafür zu schämen.",
            "Ich kann mein Familienmitglied um Hilfe bitten, ohne mich dafür zu schämen.",
        ],
        // vulnerability-4
        [
            "Ich behalte meine Hoffnungen und Träume für mich, statt sie mit meinem Partner oder meiner Partnerin zu teilen.",
            "Ich behalte meine Hoffnungen und Träume für mich, statt sie mit meinem Freund oder meiner Freundin zu teilen.",
            "Ich behalte meine Hoffnungen und Träume für mich, statt sie mit meinem Familienmitglied zu teilen.",
        ],
        // vulnerability-5
        [
            "Ich kann meinem Partner oder meiner Partnerin sagen, wenn ich etwas falsch gemacht habe.",
            "Ich kann meinem Freund oder meiner Freundin sagen, wenn ich etwas falsch gemacht habe.",
            "Ich kann meinem Familienmitglied sagen, wenn ich etwas falsch gemacht habe.",
        ],
        // empathy-1
        [
            "Wenn mein Partner oder meine Partnerin aufgewühlt ist, versuche ich zu verstehen, was in ihm oder ihr vorgeht, bevor ich reagiere.",
            "Wenn mein Freund oder meine Freundin aufgewühlt ist, versuche ich zu verstehen, was in ihm oder ihr vorgeht, bevor ich reagiere.",
            "Wenn mein Familienmitglied aufgewühlt ist, versuche ich zu verstehen, was in ihm vorgeht, bevor ich reagiere.",
        ],
        // empathy-2
        [
            "Wenn mein Partner oder meine Partnerin mir von einem Problem erzählt, neige ich dazu, gleich Lösungen vorzuschlagen, statt zuzuhören.",
            "Wenn mein Freund oder meine Freundin mir von einem Problem erzählt, neige ich dazu, gleich Lösungen vorzuschlagen, statt zuzuhören.",
            "Wenn mein Familienmitglied mir von einem Problem erzählt, neige ich dazu, gleich Lösungen vorzuschlagen, statt zuzuhören.",
        ],
        // empathy-3
        [
            "Ich merke meistens, wenn meinem Partner oder meiner Partnerin etwas zu schaffen macht, auch wenn es nicht ausgesprochen wird.",
            "Ich merke meistens, wenn meinem Freund oder meiner Freundin etwas zu schaffen macht, auch wenn es nicht ausgesprochen wird.",
            "Ich merke meistens, wenn meinem Familienmitglied etwas zu schaffen macht, auch wenn es nicht ausgesprochen wird.",
        ],
        // empathy-4
        [
            "Wenn ich über meine Gefühle spreche, fühle ich mich von meinem Partner oder meiner Partnerin verstanden.",
            "Wenn ich über meine Gefühle spreche, fühle ich mich von meinem Freund oder meiner Freundin verstanden.",
            "Wenn ich über meine Gefühle spreche, fühle ich mich von meinem Familienmitglied verstanden.",
        ],
        // empathy-5
        [
            "Es fällt mir schwer, geduldig zu bleiben, wenn mein Partner oder meine Partnerin anders fühlt als ich.",
            "Es fällt mir schwer, geduldig zu bleiben, wenn mein Freund oder meine Freundin anders fühlt als ich.",
            "Es fällt mir schwer, geduldig zu bleiben, wenn mein Familienmitglied anders fühlt als ich.",
        ],
        // communication-1
        [
            "Ich kann bei meinem Partner oder meiner Partnerin ein schwieriges Thema ansprechen, und wir können gemeinsam darüber reden.",
            "Ich kann bei meinem Freund oder meiner Freundin ein schwieriges Thema ansprechen, und wir können gemeinsam darüber reden.",
            "Ich kann bei meinem Familienmitglied ein schwieriges Thema ansprechen, und wir können gemeinsam darüber reden.",
        ],
        // communication-2
        [
            "Zwischen meinem Partner oder meiner Partnerin und mir gibt es wichtige Dinge, über die wir nie sprechen.",
            "Zwischen meinem Freund oder meiner Freundin und mir gibt es wichtige Dinge, über die wir nie sprechen.",
            "Zwischen meinem Familienmitglied und mir gibt es wichtige Dinge, über die wir nie sprechen.",
        ],
        // communication-3
        [
            "Wenn mein Partner oder meine Partnerin und ich unterschiedlicher Meinung sind, können wir beide in Ruhe sagen, wie wir es sehen.",
            "Wenn mein Freund oder meine Freundin und ich unterschiedlicher Meinung sind, können wir beide in Ruhe sagen, wie wir es sehen.",
            "Wenn mein Familienmitglied und ich unterschiedlicher Meinung sind, können wir beide in Ruhe sagen, wie wir es sehen.",
        ],
        // communication-4
        [
            "Nach Gesprächen mit meinem Partner oder meiner Partnerin habe ich oft das Gefühl, nicht wirklich gehört worden zu sein.",
            "Nach Gesprächen mit meinem Freund oder meiner Freundin habe ich oft das Gefühl, nicht wirklich gehört worden zu sein.",
            "Nach Gesprächen mit meinem Familienmitglied habe ich oft das Gefühl, nicht wirklich gehört worden zu sein.",
        ],
        // communication-5
        [
            "Ich sage meinem Partner oder meiner Partnerin, was ich brauche, statt zu hoffen, dass er oder sie es errät.",
            "Ich sage meinem Freund oder meiner Freundin, was ich brauche, statt zu hoffen, dass er oder sie es errät.",
            "Ich sage meinem Familienmitglied, was ich brauche, statt zu hoffen, dass es von selbst erraten wird.",
        ],
        // acceptance-1
        [
            "Bei meinem Partner oder meiner Partnerin kann ich ganz ich selbst sein.",
            "Bei meinem Freund oder meiner Freundin kann ich ganz ich selbst sein.",
            "Bei meinem Familienmitglied kann ich ganz ich selbst sein.",
        ],
        // acceptance-2
        [
            "Ich habe das Gefühl, Teile von mir verstecken zu müssen, damit mein Partner oder meine Partnerin mich akzeptiert.",
            "Ich habe das Gefühl, Teile von mir verstecken zu müssen, damit mein Freund oder meine Freundin mich akzeptiert.",
            "Ich habe das Gefühl, Teile von mir verstecken zu müssen, damit mein Familienmitglied mich akzeptiert.",
        ],
        // acceptance-3
        [
            "Ich akzeptiere meinen Partner oder meine Partnerin so, wie er oder sie ist – auch die Seiten, die ich mir selbst so nicht aussuchen würde.",
            "Ich akzeptiere meinen Freund oder meine Freundin so, wie er oder sie ist – auch die Seiten, die ich mir selbst so nicht aussuchen würde.",
            "Ich akzeptiere mein Familienmitglied so, wie es ist – auch die Seiten, die ich mir selbst so nicht aussuchen würde.",
        ],
        // acceptance-4
        [
            "Ich mache mir Sorgen, dass mein Partner oder meine Partnerin schlechter von mir denken würde, wenn er oder sie meine Schwächen kennen würde.",
            "Ich mache mir Sorgen, dass mein Freund oder meine Freundin schlechter von mir denken würde, wenn er oder sie meine Schwächen kennen würde.",
            "Ich mache mir Sorgen, dass mein Familienmitglied schlechter von mir denken würde, wenn es meine Schwächen kennen würde.",
        ],
        // acceptance-5
        [
            "Wenn mein Partner oder meine Partnerin eine Entscheidung trifft, die ich selbst nicht treffen würde, kann ich sie trotzdem respektieren.",
            "Wenn mein Freund oder meine Freundin eine Entscheidung trifft, die ich selbst nicht treffen würde, kann ich sie trotzdem respektieren.",
            "Wenn mein Familienmitglied eine Entscheidung trifft, die ich selbst nicht treffen würde, kann ich sie trotzdem respektieren.",
        ],
    ],
    review_title: "Deine Antworten prüfen",
    review_intro: "Ändere, was du möchtest, bevor du deine Ergebnisse siehst.",
    review_change: "Ändern",
    review_change_name: "Ändern: Antwort {number}",

    results_title: "Deine Ergebnisse",
    results_unreadable: "Diese Ergebnisse konnten nicht gelesen werden.",
    print_results: "Drucken oder als PDF speichern",
    overall: "Emotionale Nähe insgesamt, so wie deine Antworten sie heute beschreiben: {score} von 100",
    change_since: [
        "Seit deinem letzten Check-in zu deinem Partner oder deiner Partnerin am {date}: {changes}.",
        "Seit deinem letzten Check-in zu deinem Freund oder deiner Freundin am {date}: {changes}.",
        "Seit deinem letzten Check-in zu deinem Familienmitglied am {date}: {changes}.",
    ],
    change_item: "{name} {delta}",
    change_overall: "Nähe insgesamt {delta}",
    radar_label: "Netzdiagramm deiner fünf Werte, jeweils von 100: {scores}.",
    radar_score: "{name} {score}",
    even_scores: "Deine Antworten fallen in allen fünf Bereichen gleich aus. Deshalb sticht keiner hervor – weder als der stärkste noch als der mit dem meisten Raum zum Wachsen.",
    even_scores_low: "Deine Antworten fallen in allen fünf Bereichen gleich aus – und eher niedrig. Jeder Bereich hat also Raum zum Wachsen. Mit jeder der Übungen unten kannst du gut anfangen.",
    quick_check_note: "Der kurze Check fragt pro Bereich zwei Aussagen ab. Sieh diese Werte deshalb als grobe Skizze. Der ausführliche Check ergibt ein stabileres Bild.",
    skipped_note: Plural::one_other(
        "Du hast dich entschieden, {count} Aussage nicht zu beantworten; deine Werte ergeben sich aus den übrigen.",
        "Du hast dich entschieden, {count} Aussagen nicht zu beantworten; deine Werte ergeben sich aus den übrigen.",
    ),
    support_line: "Wenn sich gerade vieles schwer anfühlt, kann es helfen, mit jemandem zu sprechen, dem du vertraust – etwa mit einem Freund, einer Freundin oder einer Beratungsstelle. Damit musst du nicht allein bleiben.",
    support_link: "Hilfe, die diese Website empfiehlt (öffnet sich in einem neuen Tab)",
    strongest: "Am stärksten",
    most_room_to_grow: "Am meisten Raum zum Wachsen",
    each_characteristic: "Die einzelnen Bereiche",
    bands_are_descriptive: "Diese Einstufungen beschreiben deine eigenen Antworten von heute. Sie sind keine klinischen Normen und keine Diagnose, und deine Antworten werden mit niemandem verglichen.",
    band_names: ["Raum zum Wachsen", "Gemischt", "Stabil", "Stark"],
    score_band: "{score} von 100 · {band}",
    band_texts: [
        // Trust
        [
            // RoomToGrow
            [
                "Dich deinem Partner oder deiner Partnerin anzuvertrauen, fühlt sich gerade nicht sehr sicher an. Das darfst du ernst nehmen – und es kann sich in kleinen Schritten ändern.",
                "Dich deinem Freund oder deiner Freundin anzuvertrauen, fühlt sich gerade nicht sehr sicher an. Das darfst du ernst nehmen – und es kann sich in kleinen Schritten ändern.",
                "Dich deinem Familienmitglied anzuvertrauen, fühlt sich gerade nicht sehr sicher an. Das darfst du ernst nehmen – und es kann sich in kleinen Schritten ändern.",
            ],
            // Mixed
            [
                "Das Vertrauen zwischen dir und deinem Partner oder deiner Partnerin scheint zu schwanken. Meist wächst es durch kleine Versprechen, die auf beiden Seiten gehalten werden.",
                "Das Vertrauen zwischen dir und deinem Freund oder deiner Freundin scheint zu schwanken. Meist wächst es durch kleine Versprechen, die auf beiden Seiten gehalten werden.",
                "Das Vertrauen zwischen dir und deinem Familienmitglied scheint zu schwanken. Meist wächst es durch kleine Versprechen, die auf beiden Seiten gehalten werden.",
            ],
            // Steady
            [
                "Bei deinem Partner oder deiner Partnerin fühlst du dich meistens sicher, auch wenn du dich an manchen Stellen noch zurückhältst. Es lohnt sich, diese Stellen behutsam wahrzunehmen.",
                "Bei deinem Freund oder deiner Freundin fühlst du dich meistens sicher, auch wenn du dich an manchen Stellen noch zurückhältst. Es lohnt sich, diese Stellen behutsam wahrzunehmen.",
                "Bei deinem Familienmitglied fühlst du dich meistens sicher, auch wenn du dich an manchen Stellen noch zurückhältst. Es lohnt sich, diese Stellen behutsam wahrzunehmen.",
            ],
            // Strong
            [
                "Du fühlst dich sicher, mit dem, was dir wichtig ist, zu deinem Partner oder deiner Partnerin zu kommen. Diese Sicherheit ist kostbar: Es lohnt sich, sie zu schützen und dich immer wieder für sie zu entscheiden.",
                "Du fühlst dich sicher, mit dem, was dir wichtig ist, zu deinem Freund oder deiner Freundin zu kommen. Diese Sicherheit ist kostbar: Es lohnt sich, sie zu schützen und dich immer wieder für sie zu entscheiden.",
                "Du fühlst dich sicher, mit dem, was dir wichtig ist, zu deinem Familienmitglied zu kommen. Diese Sicherheit ist kostbar: Es lohnt sich, sie zu schützen und dich immer wieder für sie zu entscheiden.",
            ],
        ],
        // Vulnerability
        [
            // RoomToGrow
            [
                "Schwierigere Gefühle hältst du vor deinem Partner oder deiner Partnerin eher zurück. Dafür kann es gute Gründe geben; dich ein kleines Stück zu öffnen, wenn es sich sicher anfühlt, ist ein guter Anfang.",
                "Schwierigere Gefühle hältst du vor deinem Freund oder deiner Freundin eher zurück. Dafür kann es gute Gründe geben; dich ein kleines Stück zu öffnen, wenn es sich sicher anfühlt, ist ein guter Anfang.",
                "Schwierigere Gefühle hältst du vor deinem Familienmitglied eher zurück. Dafür kann es gute Gründe geben; dich ein kleines Stück zu öffnen, wenn es sich sicher anfühlt, ist ein guter Anfang.",
            ],
            // Mixed
            [
                "Einiges von dir teilst du mit deinem Partner oder deiner Partnerin, vieles behältst du aber auch für dich. Schon ein kleiner, ehrlicher Einblick kann helfen.",
                "Einiges von dir teilst du mit deinem Freund oder deiner Freundin, vieles behältst du aber auch für dich. Schon ein kleiner, ehrlicher Einblick kann helfen.",
                "Einiges von dir teilst du mit deinem Familienmitglied, vieles behältst du aber auch für dich. Schon ein kleiner, ehrlicher Einblick kann helfen.",
            ],
            // Steady
            [
                "Oft zeigst du deinem Partner oder deiner Partnerin, wie es dir wirklich geht, auch wenn manche Gefühle hinter einer tapferen Fassade bleiben.",
                "Oft zeigst du deinem Freund oder deiner Freundin, wie es dir wirklich geht, auch wenn manche Gefühle hinter einer tapferen Fassade bleiben.",
                "Oft zeigst du deinem Familienmitglied, wie es dir wirklich geht, auch wenn manche Gefühle hinter einer tapferen Fassade bleiben.",
            ],
            // Strong
            [
                "Du zeigst deinem Partner oder deiner Partnerin auch deine zarten, unsicheren Seiten. Diese Offenheit lädt zu Nähe ein.",
                "Du zeigst deinem Freund oder deiner Freundin auch deine zarten, unsicheren Seiten. Diese Offenheit lädt zu Nähe ein.",
                "Du zeigst deinem Familienmitglied auch deine zarten, unsicheren Seiten. Diese Offenheit lädt zu Nähe ein.",
            ],
        ],
        // Empathy
        [
            // RoomToGrow
            [
                "Zwischen dir und deinem Partner oder deiner Partnerin scheinen Gefühle oft unbemerkt zu bleiben. Echtes Interesse daran, was im anderen vorgeht, ist ein sanfter Anfang.",
                "Zwischen dir und deinem Freund oder deiner Freundin scheinen Gefühle oft unbemerkt zu bleiben. Echtes Interesse daran, was im anderen vorgeht, ist ein sanfter Anfang.",
                "Zwischen dir und deinem Familienmitglied scheinen Gefühle oft unbemerkt zu bleiben. Echtes Interesse daran, was im anderen vorgeht, ist ein sanfter Anfang.",
            ],
            // Mixed
            [
                "Manchmal werden Gefühle zwischen dir und deinem Partner oder deiner Partnerin aufgefangen, manchmal gehen sie unter. Langsamer zu werden, nachzufragen und zuzuhören, kann viel bewirken.",
                "Manchmal werden Gefühle zwischen dir und deinem Freund oder deiner Freundin aufgefangen, manchmal gehen sie unter. Langsamer zu werden, nachzufragen und zuzuhören, kann viel bewirken.",
                "Manchmal werden Gefühle zwischen dir und deinem Familienmitglied aufgefangen, manchmal gehen sie unter. Langsamer zu werden, nachzufragen und zuzuhören, kann viel bewirken.",
            ],
            // Steady
            [
                "Du und dein Partner oder deine Partnerin versteht einander meistens gut, wenn es um Gefühle geht; nur manchmal fühlt sich einer von euch übersehen.",
                "Du und dein Freund oder deine Freundin versteht einander meistens gut, wenn es um Gefühle geht; nur manchmal fühlt sich einer von euch übersehen.",
                "Du und dein Familienmitglied versteht einander meistens gut, wenn es um Gefühle geht; nur manchmal fühlt sich einer von euch übersehen.",
            ],
            // Strong
            [
                "Zwischen dir und deinem Partner oder deiner Partnerin werden Gefühle wahrgenommen und liebevoll aufgefangen.",
                "Zwischen dir und deinem Freund oder deiner Freundin werden Gefühle wahrgenommen und liebevoll aufgefangen.",
                "Zwischen dir und deinem Familienmitglied werden Gefühle wahrgenommen und liebevoll aufgefangen.",
            ],
        ],
        // Communication
        [
            // RoomToGrow
            [
                "Zwischen dir und deinem Partner oder deiner Partnerin scheint es schwer zu sein, Wichtiges auszusprechen. Ein kleines, ehrliches Gespräch reicht für den Anfang.",
                "Zwischen dir und deinem Freund oder deiner Freundin scheint es schwer zu sein, Wichtiges auszusprechen. Ein kleines, ehrliches Gespräch reicht für den Anfang.",
                "Zwischen dir und deinem Familienmitglied scheint es schwer zu sein, Wichtiges auszusprechen. Ein kleines, ehrliches Gespräch reicht für den Anfang.",
            ],
            // Mixed
            [
                "Manche Gespräche mit deinem Partner oder deiner Partnerin fließen, andere geraten ins Stocken. Klar und freundlich zu sagen, was du brauchst, kann Türen öffnen.",
                "Manche Gespräche mit deinem Freund oder deiner Freundin fließen, andere geraten ins Stocken. Klar und freundlich zu sagen, was du brauchst, kann Türen öffnen.",
                "Manche Gespräche mit deinem Familienmitglied fließen, andere geraten ins Stocken. Klar und freundlich zu sagen, was du brauchst, kann Türen öffnen.",
            ],
            // Steady
            [
                "Mit deinem Partner oder deiner Partnerin zu reden, klappt meistens gut, auch wenn sich manche Themen schwerer ansprechen lassen.",
                "Mit deinem Freund oder deiner Freundin zu reden, klappt meistens gut, auch wenn sich manche Themen schwerer ansprechen lassen.",
                "Mit deinem Familienmitglied zu reden, klappt meistens gut, auch wenn sich manche Themen schwerer ansprechen lassen.",
            ],
            // Strong
            [
                "Mit deinem Partner oder deiner Partnerin kannst du über fast alles reden, auch über das Schwierige – und ihr findet gemeinsam einen Weg hindurch.",
                "Mit deinem Freund oder deiner Freundin kannst du über fast alles reden, auch über das Schwierige – und ihr findet gemeinsam einen Weg hindurch.",
                "Mit deinem Familienmitglied kannst du über fast alles reden, auch über das Schwierige – und ihr findet gemeinsam einen Weg hindurch.",
            ],
        ],
        // Acceptance
        [
            // RoomToGrow
            [
                "Bei deinem Partner oder deiner Partnerin ganz du selbst zu sein, fühlt sich gerade nicht leicht an. Wahrzunehmen, wo du dich zurückhältst, ist ein freundlicher erster Schritt.",
                "Bei deinem Freund oder deiner Freundin ganz du selbst zu sein, fühlt sich gerade nicht leicht an. Wahrzunehmen, wo du dich zurückhältst, ist ein freundlicher erster Schritt.",
                "Bei deinem Familienmitglied ganz du selbst zu sein, fühlt sich gerade nicht leicht an. Wahrzunehmen, wo du dich zurückhältst, ist ein freundlicher erster Schritt.",
            ],
            // Mixed
            [
                "Manchmal hast du das Gefühl, bei deinem Partner oder deiner Partnerin Teile von dir verstecken oder ändern zu müssen – oder du wünschst dir, er oder sie wäre anders.",
                "Manchmal hast du das Gefühl, bei deinem Freund oder deiner Freundin Teile von dir verstecken oder ändern zu müssen – oder du wünschst dir, er oder sie wäre anders.",
                "Manchmal hast du das Gefühl, bei deinem Familienmitglied Teile von dir verstecken oder ändern zu müssen – oder du wünschst dir, diese Person wäre anders.",
            ],
            // Steady
            [
                "Meistens fühlst du dich von deinem Partner oder deiner Partnerin angenommen und nimmst ihn oder sie ebenso an – nur manche Seiten fühlen sich noch bewertet an.",
                "Meistens fühlst du dich von deinem Freund oder deiner Freundin angenommen und nimmst ihn oder sie ebenso an – nur manche Seiten fühlen sich noch bewertet an.",
                "Meistens fühlst du dich von deinem Familienmitglied angenommen und nimmst diesen Menschen ebenso an – nur manche Seiten fühlen sich noch bewertet an.",
            ],
            // Strong
            [
                "Bei deinem Partner oder deiner Partnerin kannst du so sein, wie du bist, und du lässt ihm oder ihr denselben Raum. Diese Freiheit ist eine echte Stärke.",
                "Bei deinem Freund oder deiner Freundin kannst du so sein, wie du bist, und du lässt ihm oder ihr denselben Raum. Diese Freiheit ist eine echte Stärke.",
                "Bei deinem Familienmitglied kannst du so sein, wie du bist, und du lässt diesem Menschen denselben Raum. Diese Freiheit ist eine echte Stärke.",
            ],
        ],
    ],
    consistency_title: "Ein Hinweis zu deinen Antworten",
    consistency_agreed: "Beim Thema {name} hast du sowohl „{first}“ als auch „{second}“ zugestimmt, obwohl die beiden Aussagen in entgegengesetzte Richtungen weisen.",
    consistency_closing: "Solche Antworten kommen oft daher, dass nicht jeder Tag wie der andere ist. Vielleicht lohnt sich ein zweiter Blick darauf.",
    consistency_disagreed: "Beim Thema {name} hast du weder „{first}“ noch „{second}“ zugestimmt, obwohl die beiden Aussagen in entgegengesetzte Richtungen weisen.",
    practices_title: "Übungen, die helfen",
    practices_hint: "Zuerst die Übungen, die deine Wachstumsbereiche stärken.",
    builds: "Stärkt {names}",
    things_to_try: "Das kannst du diese Woche ausprobieren:",
    practice_names: [
        "Einen sicheren Raum schaffen",
        "Aktiv zuhören",
        "Sich verletzlich zeigen",
        "Mitgefühl zeigen",
        "Grenzen respektieren",
    ],
    practice_summaries: [
        "Sorg für eine Atmosphäre, in der ihr euch ohne Angst vor Urteilen öffnen könnt.",
        "Schenk der anderen Person deine volle Aufmerksamkeit, wenn sie spricht.",
        "Erzähl Stück für Stück von deinen eigenen Gefühlen und Erfahrungen.",
        "Versuch, die Gefühle der anderen Person zu verstehen, und biete Unterstützung an – ganz besonders, wenn es schwer ist.",
        "Lass jede Person in ihrem eigenen Tempo erzählen, und nimm ein Nein freundlich an.",
    ],
    practice_tries: [
        // safe-space
        [
            [
                "Wenn dein Partner oder deine Partnerin dir etwas Persönliches erzählt, bedank dich zuerst für das Vertrauen, bevor du irgendetwas anderes sagst.",
                "Wenn dein Freund oder deine Freundin dir etwas Persönliches erzählt, bedank dich zuerst für das Vertrauen, bevor du irgendetwas anderes sagst.",
                "Wenn dein Familienmitglied dir etwas Persönliches erzählt, bedank dich zuerst für das Vertrauen, bevor du irgendetwas anderes sagst.",
            ],
            [
                "Such dir diese Woche einen ruhigen, ungestörten Moment und frag deinen Partner oder deine Partnerin, wie es ihm oder ihr wirklich geht.",
                "Such dir diese Woche einen ruhigen, ungestörten Moment und frag deinen Freund oder deine Freundin, wie es ihm oder ihr wirklich geht.",
                "Such dir diese Woche einen ruhigen, ungestörten Moment und frag dein Familienmitglied, wie es ihm wirklich geht.",
            ],
            [
                "Wenn du den Impuls spürst, zu urteilen oder zu korrigieren, halte kurz inne und stell stattdessen noch eine Frage.",
                "Wenn du den Impuls spürst, zu urteilen oder zu korrigieren, halte kurz inne und stell stattdessen noch eine Frage.",
                "Wenn du den Impuls spürst, zu urteilen oder zu korrigieren, halte kurz inne und stell stattdessen noch eine Frage.",
            ],
        ],
        // active-listening
        [
            [
                "Leg bei einem Gespräch mit deinem Partner oder deiner Partnerin dein Handy außer Sichtweite und achte darauf, was sich verändert.",
                "Leg bei einem Gespräch mit deinem Freund oder deiner Freundin dein Handy außer Sichtweite und achte darauf, was sich verändert.",
                "Leg bei einem Gespräch mit deinem Familienmitglied dein Handy außer Sichtweite und achte darauf, was sich verändert.",
            ],
            [
                "Bevor du antwortest, gib mit eigenen Worten wieder, was du gehört hast, und frag, ob du es richtig verstanden hast.",
                "Bevor du antwortest, gib mit eigenen Worten wieder, was du gehört hast, und frag, ob du es richtig verstanden hast.",
                "Bevor du antwortest, gib mit eigenen Worten wieder, was du gehört hast, und frag, ob du es richtig verstanden hast.",
            ],
            [
                "Stell eine offene Frage, zum Beispiel „Wie war das für dich?“, und lass der Antwort Zeit.",
                "Stell eine offene Frage, zum Beispiel „Wie war das für dich?“, und lass der Antwort Zeit.",
                "Stell eine offene Frage, zum Beispiel „Wie war das für dich?“, und lass der Antwort Zeit.",
            ],
        ],
        // share-vulnerably
        [
            [
                "Erzähl deinem Partner oder deiner Partnerin von einer Sache, die dir diese Woche Sorgen gemacht oder dich berührt hat.",
                "Erzähl deinem Freund oder deiner Freundin von einer Sache, die dir diese Woche Sorgen gemacht oder dich berührt hat.",
                "Erzähl deinem Familienmitglied von einer Sache, die dir diese Woche Sorgen gemacht oder dich berührt hat.",
            ],
            [
                "Fang einen Satz mit „Ich fühle mich …“ an und benenne das Gefühl, ohne es erklären oder lösen zu müssen.",
                "Fang einen Satz mit „Ich fühle mich …“ an und benenne das Gefühl, ohne es erklären oder lösen zu müssen.",
                "Fang einen Satz mit „Ich fühle mich …“ an und benenne das Gefühl, ohne es erklären oder lösen zu müssen.",
            ],
            [
                "Bitte deinen Partner oder deine Partnerin bei etwas Kleinem um Hilfe.",
                "Bitte deinen Freund oder deine Freundin bei etwas Kleinem um Hilfe.",
                "Bitte dein Familienmitglied bei etwas Kleinem um Hilfe.",
            ],
        ],
        // show-empathy
        [
            [
                "Wenn dein Partner oder deine Partnerin es gerade schwer hat, sprich aus, was du wahrnimmst („Das klingt anstrengend“), bevor du Ratschläge gibst.",
                "Wenn dein Freund oder deine Freundin es gerade schwer hat, sprich aus, was du wahrnimmst („Das klingt anstrengend“), bevor du Ratschläge gibst.",
                "Wenn dein Familienmitglied es gerade schwer hat, sprich aus, was du wahrnimmst („Das klingt anstrengend“), bevor du Ratschläge gibst.",
            ],
            [
                "Frag deinen Partner oder deine Partnerin, ob er oder sie sich Ideen wünscht oder einfach jemanden, der zuhört.",
                "Frag deinen Freund oder deine Freundin, ob er oder sie sich Ideen wünscht oder einfach jemanden, der zuhört.",
                "Frag dein Familienmitglied, ob es sich Ideen wünscht oder einfach jemanden, der zuhört.",
            ],
            [
                "Wenn du weißt, dass ein Tag für deinen Partner oder deine Partnerin schwer ist, schick ihm oder ihr eine kurze, liebe Nachricht.",
                "Wenn du weißt, dass ein Tag für deinen Freund oder deine Freundin schwer ist, schick ihm oder ihr eine kurze, liebe Nachricht.",
                "Wenn du weißt, dass ein Tag für dein Familienmitglied schwer ist, schick ihm eine kurze, liebe Nachricht.",
            ],
        ],
        // respect-boundaries
        [
            [
                "Frag deinen Partner oder deine Partnerin, ob gerade ein guter Moment ist, bevor du ein ernstes Gespräch beginnst.",
                "Frag deinen Freund oder deine Freundin, ob gerade ein guter Moment ist, bevor du ein ernstes Gespräch beginnst.",
                "Frag dein Familienmitglied, ob gerade ein guter Moment ist, bevor du ein ernstes Gespräch beginnst.",
            ],
            [
                "Wenn dein Partner oder deine Partnerin noch nicht bereit ist, über etwas zu sprechen, sag, dass das in Ordnung ist – und meine es auch so.",
                "Wenn dein Freund oder deine Freundin noch nicht bereit ist, über etwas zu sprechen, sag, dass das in Ordnung ist – und meine es auch so.",
                "Wenn dein Familienmitglied noch nicht bereit ist, über etwas zu sprechen, sag, dass das in Ordnung ist – und meine es auch so.",
            ],
            [
                "Nenn eine deiner eigenen Grenzen – freundlich und klar.",
                "Nenn eine deiner eigenen Grenzen – freundlich und klar.",
                "Nenn eine deiner eigenen Grenzen – freundlich und klar.",
            ],
        ],
    ],
    start_again: "Neu beginnen",

    storage_unavailable: "Dieser Browser lässt Kindred nichts speichern. Deine Antworten bleiben deshalb nur erhalten, solange diese Seite geöffnet ist. Deinen Check-in kannst du trotzdem abschließen.",
    storage_full: "Der Speicher deines Browsers für diese Website ist voll. Deine letzten Antworten bleiben deshalb nur erhalten, solange diese Seite geöffnet ist. Wenn du frühere Check-ins löschst, wird wieder Platz frei.",
    save_failed: "Kindred konnte deine letzte Antwort nicht speichern. Sie bleibt erhalten, solange diese Seite geöffnet ist, und Kindred versucht es bei deiner nächsten Antwort noch einmal.",
    finished_not_saved: "Dein abgeschlossener Check-in konnte nicht gespeichert werden, weil der Speicher deines Browsers für diese Website voll ist. Er bleibt hier, solange diese Seite geöffnet ist: Lade jetzt deine Check-ins herunter, um ihn zu behalten, oder lösche frühere Check-ins, um Platz zu schaffen.",
    kept_aside_partly: "Ein Teil deiner gespeicherten Daten konnte nicht gelesen werden. Eine vollständige Kopie der Daten bleibt unverändert in diesem Browser erhalten, und alles, was gelesen werden konnte, ist hier.",
    kept_aside: "Deine gespeicherten Daten konnten nicht gelesen werden. Eine Kopie davon bleibt unverändert in diesem Browser erhalten, und du kannst einfach neu beginnen.",
    left_untouched: "Einige deiner gespeicherten Daten konnten nicht gelesen werden. Kindred lässt sie deshalb genau so, wie sie sind, und speichert um sie herum. Alles, was gelesen werden konnte, ist hier.",
    newer_version: "Deine Check-ins wurden von einer neueren Version von Kindred gespeichert. Sie bleiben unverändert, und was du bei diesem Besuch tust, bleibt nur erhalten, solange die Seite geöffnet ist. Wenn du die Seite neu lädst, bekommst du vielleicht die neuere Version.",
    file_unreadable: "Diese Datei konnte nicht gelesen werden, deshalb wurde nichts verändert.",
    download_failed: "Dieser Browser hat Kindred die Datei nicht speichern lassen.",
    delete_failed: Plural::one_other(
        "Dieser Browser hat Kindred nicht alles löschen lassen: {count} gespeicherter Eintrag ist noch da. Du kannst es noch einmal versuchen oder die Daten dieser Website in den Einstellungen deines Browsers löschen.",
        "Dieser Browser hat Kindred nicht alles löschen lassen: {count} gespeicherte Einträge sind noch da. Du kannst es noch einmal versuchen oder die Daten dieser Website in den Einstellungen deines Browsers löschen.",
    ),
    import_too_large: "Diese Datei ist größer als 20 MB und kann deshalb kein Kindred-Download sein. Es wurde nichts verändert.",
    import_not_an_export: "Diese Datei ist kein Download von Kindred-Check-ins, deshalb wurde nichts verändert.",
    import_newer: "Diese Datei wurde von einer neueren Version von Kindred erstellt, deshalb wurde nichts verändert. Wenn du die Seite neu lädst, bekommst du vielleicht die neuere Version.",
    imported_added: Plural::one_other("{count} Check-in hinzugefügt.", "{count} Check-ins hinzugefügt."),
    imported_already_here: Plural::one_other("{count} Check-in war schon vorhanden.", "{count} Check-ins waren schon vorhanden."),
    imported_unreadable: Plural::one_other("{count} Check-in konnte nicht gelesen werden.", "{count} Check-ins konnten nicht gelesen werden."),
    imported_not_saved: Plural::one_other(
        "{count} Check-in konnte nicht gespeichert werden, weil der Speicher dieses Browsers voll ist.",
        "{count} Check-ins konnten nicht gespeichert werden, weil der Speicher dieses Browsers voll ist.",
    ),
    dismiss: "Schließen",
    person_label: "Name oder Bezeichnung (freiwillig)",
    person_hint: "Damit Check-ins über verschiedene Menschen getrennt bleiben, zum Beispiel „Sam“ oder „Mama“. Bleibt auf diesem Gerät.",
    person_refused: "Bitte höchstens 40 Zeichen, ohne < oder > und ohne Zeilenumbrüche.",
    nudge_person: "Dein letzter Check-in zu {person} war am {date}, vor mehr als vier Wochen. Ein neuer zeigt, was sich bewegt hat.",
    opening: "Wird geöffnet …",
    chunk_missing: "Dieser Teil von Kindred konnte nicht geladen werden. Deine Check-ins sind auf diesem Gerät sicher. Prüfe die Verbindung und versuche es noch einmal.",
    try_again: "Noch einmal versuchen",
    together_title: "Mit der anderen Person vergleichen",
    shared_with_you: "Jemand hat seine Werte mit dir geteilt. Mach deinen eigenen Check-in zu derselben Beziehung, dann siehst du beide nebeneinander.",
    share_button: "Meine Werte teilen",
    starters: [
        "Was hilft dir, mir ohne Sorge zu erzählen, was dir wichtig ist?",
        "Wann hast du dich zuletzt von mir wirklich gehört gefühlt, und was hat dazu beigetragen?",
        "Gibt es etwas, das du mir schon lange sagen wolltest, aber zurückgehalten hast?",
        "Was möchtest du, dass ich an deinen Gefühlen besser verstehe?",
        "Gibt es etwas, wofür du dir zwischen uns mehr Raum oder Zeit wünschst?",
    ],

    // ----- Screens fetched when first opened (lang/de-later.json) -----
    none_saved: "In diesem Browser sind keine abgeschlossenen Check-ins gespeichert.",
    show_older: Plural::one_other("Ältere anzeigen ({count})", "Ältere anzeigen ({count})"),
    delete_all_one: "Deinen einen Check-in und alles, was Kindred nicht lesen konnte, aus diesem Browser löschen? Das lässt sich nicht rückgängig machen.",
    delete_all_many: Plural::one_other(
        "Alle {count} Check-ins und alles, was Kindred nicht lesen konnte, aus diesem Browser löschen? Das lässt sich nicht rückgängig machen.",
        "Alle {count} Check-ins und alles, was Kindred nicht lesen konnte, aus diesem Browser löschen? Das lässt sich nicht rückgängig machen.",
    ),
    cancel: "Abbrechen",
    yes_delete_everything: "Ja, alles löschen",
    delete_all: "Alle Check-ins löschen",
    your_data: "Deine Daten",
    your_data_text: "Deine Check-ins werden nur in diesem Browser gespeichert. Lade sie herunter, um eine Kopie aufzubewahren oder sie in einen anderen Browser mitzunehmen – dort kannst du die Datei importieren.",
    back_to_start: "Zurück zum Anfang",
    row_summary: "{context} · {length} · insgesamt {score} von 100",
    row_unreadable: "Dieser Check-in konnte nicht gelesen werden. Er bleibt unverändert erhalten.",
    view_results_of: "Ergebnisse ansehen: Check-in Nummer {number} vom {date}",
    delete_of: "Löschen: Check-in Nummer {number} vom {date}",
    delete_question: "Check-in Nummer {number} vom {date} löschen? Das lässt sich nicht rückgängig machen.",
    delete_unreadable_of: "Löschen: Check-in Nummer {number}",
    delete_unreadable_question: "Check-in Nummer {number} löschen? Das lässt sich nicht rückgängig machen.",
    view_results: "Ergebnisse ansehen",
    delete: "Löschen",
    keep_it: "Behalten",
    yes_delete_it: "Ja, löschen",
    person_about: "{person} · {about}",
    over_time: "Im Lauf der Zeit",
    trend_about: "Über",
    trend_needs_two: "Mach noch einen Check-in zur selben Beziehung, um zu sehen, was sich verändert.",
    trend_label: "Deine Check-ins zu dieser Beziehung ({count}): Nähe insgesamt von {first} am {from} auf {last} am {to}. Alle Werte stehen in der Tabelle darunter.",
    trend_table: "Alle Werte, Check-in für Check-in",
    date_heading: "Datum",
    overall_heading: "Insgesamt",
    change_heading: "Veränderung",
    compare_check_ins: "Zwei Check-ins vergleichen",
    compare_one: "Ein Check-in",
    compare_other: "Ein anderer Check-in",
    compare_option: "{date} · {context} · insgesamt {score}",
    compare_same: "Wähle zwei verschiedene Check-ins, um sie zu vergleichen.",
    compare_legend: "Durchgezogen: {later}. Gestrichelt: {earlier}.",
    compare_label: "Dein Check-in vom {later}, gezeichnet über den vom {earlier}. Alle Werte stehen in der Tabelle darunter.",
    compare_table: "Werte bei jedem Check-in und die Veränderung",
    practices_into_focus: "Jetzt im Mittelpunkt: {list}.",
    practices_out_of_focus: "Nicht mehr im Mittelpunkt: {list}.",
    practices_unchanged: "Bei beiden Check-ins stehen dieselben Übungen im Mittelpunkt.",
    together_intro: [
        "Dein Partner oder deine Partnerin kann auf dem eigenen Gerät selbst einen Check-in zu eurer Beziehung machen. Tauscht eure Codes, um beide Sichtweisen nebeneinander zu sehen: Nichts läuft über einen Server.",
        "Dein Freund oder deine Freundin kann auf dem eigenen Gerät selbst einen Check-in zu eurer Freundschaft machen. Tauscht eure Codes, um beide Sichtweisen nebeneinander zu sehen: Nichts läuft über einen Server.",
        "Dein Familienmitglied kann auf dem eigenen Gerät selbst einen Check-in zu eurer Beziehung machen. Tauscht eure Codes, um beide Sichtweisen nebeneinander zu sehen: Nichts läuft über einen Server.",
    ],
    share_note: "Der Code enthält nur die Art der Beziehung, die Länge des Check-ins, seinen Tag und deine fünf Werte. Nie deine Antworten und keine Namen. Lies ihn vor oder schick ihn, wie du möchtest.",
    share_code_label: "Dein Code",
    copy: "Kopieren",
    copied: "Kopiert.",
    share_link_label: "Oder schick diesen Link",
    their_code_label: "Code der anderen Person",
    compare_button: "Vergleichen",
    code_errors: [
        "Gib den Code ein, den du bekommen hast.",
        "Dieser Code hat nicht die richtige Länge. Ein Code hat 14 Buchstaben und Ziffern.",
        "„{character}“ kommt in keinem Code vor. Prüft ihn gemeinsam und versucht es noch einmal.",
        "In diesem Code steckt irgendwo ein Tippfehler. Prüft ihn gemeinsam und versucht es noch einmal.",
        "Dieser Code stammt aus einer neueren Version von Kindred. Aktualisiere diese und versuch es dann noch einmal.",
        "Das ist kein Kindred-Code.",
        "Dieser Code stammt aus einem Check-in zu einer anderen Art von Beziehung.",
    ],
    compare_title: "Beide Sichtweisen",
    compare_chart_label: "Netzdiagramm deiner Werte (durchgezogene Linie) und der Werte der anderen Person (gestrichelte Linie). Die Tabelle darunter nennt beide.",
    legend_you: "Du: durchgezogene Linie",
    legend_them: "Die andere Person: gestrichelte Linie",
    column_characteristic: "Bereich",
    column_you: "Du",
    column_them: "Die andere Person",
    column_seen: "Wie ihr es seht",
    seen_alike: "Ähnlich gesehen",
    seen_differently: "Unterschiedlich gesehen",
    starters_title: "Worüber ihr reden könntet",
    all_alike: "Ihr seht alle Bereiche ähnlich, mit weniger als 15 Punkten Unterschied. Diese Gemeinsamkeit ist es wert, ausgesprochen zu werden.",
    back_to_results: "Zurück zu deinen Ergebnissen",
    keep_theirs: "Werte der anderen Person hier speichern",
    keep_hint: "Nur wenn du diesen Vergleich später wiedersehen möchtest. Die Werte bleiben bei deinem Check-in, bis du sie vergisst oder ihn löschst.",
    kept_note: "Die Werte der anderen Person sind hier bei diesem Check-in gespeichert.",
    forget_theirs: "Diese Werte vergessen",
    keep_failed: "Dieser Browser hat Kindred das Speichern nicht erlaubt. Der Vergleich bleibt sichtbar, bis du die Seite verlässt.",
    show_about: "Check-ins anzeigen über",
    show_everyone: "Alle",
};
