//! Spanish (español), neutral for Spain and Latin America; the reader is addressed as «tú».

use super::catalogue::{Catalogue, Plural};

pub const ES: Catalogue = Catalogue {
    language_name: "Español",
    language_menu: "Idioma",
    app_title: "Kindred: ¿cuánta cercanía sientes?",

    back: "Volver",
    error_prefix: "Error: ",
    score_out_of_100: "{score} de 100",
    past_check_ins: "Reflexiones anteriores",
    import_from_file: "Importar reflexiones desde un archivo",
    download_check_ins: "Descargar mis reflexiones",
    characteristic_names: ["Confianza", "Vulnerabilidad", "Empatía", "Comunicación", "Aceptación"],
    characteristic_descriptions: [
        "Sentir que puedes compartir lo que te importa, sabiendo que se tratará con cuidado.",
        "Dejarte ver tal como eres, también en tus partes más frágiles e inseguras.",
        "Intentar entender cómo se siente la otra persona y mostrarle que te importa.",
        "Hablar con apertura y sinceridad, tanto de lo cotidiano como de miedos, necesidades y esperanzas.",
        "Tener libertad para ser quien eres de verdad, y dejar que la otra persona también lo sea.",
    ],
    contexts: ["Mi pareja", "Un amigo o una amiga", "Un familiar"],
    lengths: ["Versión rápida", "Versión completa"],
    statement_count: Plural([
        "{count} afirmaciones",
        "{count} afirmación",
        "{count} afirmaciones",
        "{count} afirmaciones",
        "{count} de afirmaciones",
        "{count} afirmaciones",
    ]),
    minute_count: Plural([
        "unos {count} minutos",
        "alrededor de {count} minuto",
        "unos {count} minutos",
        "unos {count} minutos",
        "unos {count} de minutos",
        "unos {count} minutos",
    ]),
    length_detail: "{statements}, {minutes}",

    welcome_title: "¿Cuánta cercanía sientes?",
    welcome_intro: "Kindred es una reflexión breve y privada sobre la cercanía emocional en una relación: con tu pareja, con un amigo o una amiga, o con un familiar. Respondes a afirmaciones sencillas sobre confianza, vulnerabilidad, empatía, comunicación y aceptación, y después ves dónde sientes más fuerte el vínculo, dónde podría crecer y algunas pequeñas cosas que puedes probar.",
    nudge: [
        "Tu última reflexión sobre tu pareja fue el {date}, hace más de cuatro semanas. Una nueva reflexión te mostrará cómo han evolucionado las cosas.",
        "Tu última reflexión sobre tu amigo o amiga fue el {date}, hace más de cuatro semanas. Una nueva reflexión te mostrará cómo han evolucionado las cosas.",
        "Tu última reflexión sobre tu familiar fue el {date}, hace más de cuatro semanas. Una nueva reflexión te mostrará cómo han evolucionado las cosas.",
    ],
    term_separator: ": ",
    private_term: "Privado",
    private_text: "tus respuestas nunca salen de este dispositivo. Solo se guardan en este navegador, y puedes borrarlas cuando quieras.",
    not_diagnosis_term: "Una reflexión, no un diagnóstico",
    not_diagnosis_text: "los resultados describen tus propias respuestas de hoy. No son una prueba clínica.",
    continue_check_in: "Seguir con tu reflexión ({answered} de {total} respondidas)",
    start_new_check_in: "Empezar una nueva reflexión",
    begin: "Empezar",
    past_check_ins_count: "Reflexiones anteriores ({count})",

    setup_title: "Prepara tu reflexión",
    whose_legend: "¿Sobre qué relación quieres reflexionar?",
    whose_hint: "Piensa en una sola persona mientras respondes.",
    whose_error: "Elige sobre qué relación quieres reflexionar",
    length_legend: "¿Qué duración prefieres?",
    length_hint: "Puedes parar en cualquier momento y volver más tarde.",
    length_error: "Elige la versión rápida o la completa",
    start: "Comenzar",
    replace_one: Plural([
        "Si empiezas ahora, se sustituirá la reflexión que tienes sin terminar (con {count} respuestas hasta ahora).",
        "Si empiezas ahora, se sustituirá la reflexión que tienes sin terminar (con {count} respuesta hasta ahora).",
        "Si empiezas ahora, se sustituirá la reflexión que tienes sin terminar (con {count} respuestas hasta ahora).",
        "Si empiezas ahora, se sustituirá la reflexión que tienes sin terminar (con {count} respuestas hasta ahora).",
        "Si empiezas ahora, se sustituirá la reflexión que tienes sin terminar (con {count} de respuestas hasta ahora).",
        "Si empiezas ahora, se sustituirá la reflexión que tienes sin terminar (con {count} respuestas hasta ahora).",
    ]),
    replace_many: Plural([
        "Si empiezas ahora, se sustituirán las {count} reflexiones que tienes sin terminar.",
        "Si empiezas ahora, se sustituirá la reflexión que tienes sin terminar.",
        "Si empiezas ahora, se sustituirán las {count} reflexiones que tienes sin terminar.",
        "Si empiezas ahora, se sustituirán las {count} reflexiones que tienes sin terminar.",
        "Si empiezas ahora, se sustituirán todas las reflexiones que tienes sin terminar ({count}).",
        "Si empiezas ahora, se sustituirán las {count} reflexiones que tienes sin terminar.",
    ]),

    statement_progress: "Afirmación {number} de {total}",
    thinking_about: [
        "Pensando en mi pareja:",
        "Pensando en mi amigo o amiga:",
        "Pensando en mi familiar:",
    ],
    agree_error: "Elige cuánto estás de acuerdo con la afirmación",
    agreement: [
        "Totalmente en desacuerdo",
        "En desacuerdo",
        "Ni de acuerdo ni en desacuerdo",
        "De acuerdo",
        "Totalmente de acuerdo",
    ],
    next: "Siguiente",
    see_results: "Ver mis resultados",
    take_break_kept: "Hacer una pausa (tus respuestas se guardan)",
    take_break: "Hacer una pausa",
    prefer_not_to_answer: "Prefiero no responder",
    skip_closed: "{name} necesita al menos una respuesta para tener puntuación, así que esta afirmación no se puede omitir.",
    // One sentence per statement, in the bank's order, each written for a
    // romantic partner, a friend and a family member.
    statements: [
        // trust-1
        [
            "Me siento en confianza para contarle a mi pareja las cosas que de verdad me importan.",
            "Me siento en confianza para contarle a mi amigo o amiga las cosas que de verdad me importan.",
            "Me siento en confianza para contarle a mi familiar las cosas que de verdad me importan.",
        ],
        // trust-2
        [
            "Me guardo algunos sentimientos porque me preocupa cómo podría reaccionar mi pareja.",
            "Me guardo algunos sentimientos porque me preocupa cómo podría reaccionar mi amigo o amiga.",
            "Me guardo algunos sentimientos porque me preocupa cómo podría reaccionar mi familiar.",
        ],
        // trust-3
        [
            "Cuando mi pareja me promete que hará algo por mí, puedo contar con ello.",
            "Cuando mi amigo o amiga me promete que hará algo por mí, puedo contar con ello.",
            "Cuando mi familiar me promete que hará algo por mí, puedo contar con ello.",
        ],
        // trust-4
        [
            "Me preocupa que lo que le cuento a mi pareja acabe llegando a otras personas.",
            "Me preocupa que lo que le cuento a mi amigo o amiga acabe llegando a otras personas.",
            "Me preocupa que lo que le cuento a mi familiar acabe llegando a otras personas.",
        ],
        // trust-5
        [
            "Si cometo un error, creo que mi pareja seguirá estando de mi lado.",
            "Si cometo un error, creo que mi amigo o amiga seguirá estando de mi lado.",
            "Si cometo un error, creo que mi familiar seguirá estando de mi lado.",
        ],
        // vulnerability-1
        [
            "Dejo que mi pareja me vea cuando estoy triste, con miedo o con dudas.",
            "Dejo que mi amigo o amiga me vea cuando estoy triste, con miedo o con dudas.",
            "Dejo que mi familiar me vea cuando estoy triste, con miedo o con dudas.",
        ],
        // vulnerability-2
        [
            "Con mi pareja, hago como si todo estuviera bien, aunque no lo esté.",
            "Con mi amigo o amiga, hago como si todo estuviera bien, aunque no lo esté.",
            "Con mi familiar, hago como si todo estuviera bien, aunque no lo esté.",
        ],
        // vulnerability-3
        [
            "Puedo pedirle ayuda a mi pareja sin sentir vergüenza.",
            "Puedo pedirle ayuda a mi amigo o amiga sin sentir vergüenza.",
            "Puedo pedirle ayuda a mi familiar sin sentir vergüenza.",
        ],
        // vulnerability-4
        [
            "Me guardo mis esperanzas y mis sueños en lugar de compartirlos con mi pareja.",
            "Me guardo mis esperanzas y mis sueños en lugar de compartirlos con mi amigo o amiga.",
            "Me guardo mis esperanzas y mis sueños en lugar de compartirlos con mi familiar.",
        ],
        // vulnerability-5
        [
            "Puedo decirle a mi pareja cuando me equivoco en algo.",
            "Puedo decirle a mi amigo o amiga cuando me equivoco en algo.",
            "Puedo decirle a mi familiar cuando me equivoco en algo.",
        ],
        // empathy-1
        [
            "Cuando mi pareja está mal, intento entender cómo se siente antes de responder.",
            "Cuando mi amigo o amiga está mal, intento entender cómo se siente antes de responder.",
            "Cuando mi familiar está mal, intento entender cómo se siente antes de responder.",
        ],
        // empathy-2
        [
            "Cuando mi pareja me cuenta un problema, suelo lanzarme directamente a buscar soluciones en lugar de escuchar.",
            "Cuando mi amigo o amiga me cuenta un problema, suelo lanzarme directamente a buscar soluciones en lugar de escuchar.",
            "Cuando mi familiar me cuenta un problema, suelo lanzarme directamente a buscar soluciones en lugar de escuchar.",
        ],
        // empathy-3
        [
            "Normalmente noto cuando algo le molesta a mi pareja, aunque no me lo diga.",
            "Normalmente noto cuando algo le molesta a mi amigo o amiga, aunque no me lo diga.",
            "Normalmente noto cuando algo le molesta a mi familiar, aunque no me lo diga.",
        ],
        // empathy-4
        [
            "Cuando hablo de lo que siento, mi pareja me hace sentir que me entiende.",
            "Cuando hablo de lo que siento, mi amigo o amiga me hace sentir que me entiende.",
            "Cuando hablo de lo que siento, mi familiar me hace sentir que me entiende.",
        ],
        // empathy-5
        [
            "Me cuesta tener paciencia cuando lo que siente mi pareja es distinto de lo que siento yo.",
            "Me cuesta tener paciencia cuando lo que siente mi amigo o amiga es distinto de lo que siento yo.",
            "Me cuesta tener paciencia cuando lo que siente mi familiar es distinto de lo que siento yo.",
        ],
        // communication-1
        [
            "Puedo sacar un tema difícil con mi pareja, y podemos hablarlo hasta aclararlo.",
            "Puedo sacar un tema difícil con mi amigo o amiga, y podemos hablarlo hasta aclararlo.",
            "Puedo sacar un tema difícil con mi familiar, y podemos hablarlo hasta aclararlo.",
        ],
        // communication-2
        [
            "Entre mi pareja y yo hay cosas importantes de las que nunca hablamos.",
            "Entre mi amigo o amiga y yo hay cosas importantes de las que nunca hablamos.",
            "Entre mi familiar y yo hay cosas importantes de las que nunca hablamos.",
        ],
        // communication-3
        [
            "Cuando mi pareja y yo no estamos de acuerdo, cada uno puede explicar su postura con calma.",
            "Cuando mi amigo o amiga y yo no estamos de acuerdo, cada uno puede explicar su postura con calma.",
            "Cuando mi familiar y yo no estamos de acuerdo, cada uno puede explicar su postura con calma.",
        ],
        // communication-4
        [
            "Después de hablar con mi pareja, a menudo siento que no me ha escuchado de verdad.",
            "Después de hablar con mi amigo o amiga, a menudo siento que no me ha escuchado de verdad.",
            "Después de hablar con mi familiar, a menudo siento que no me ha escuchado de verdad.",
        ],
        // communication-5
        [
            "Le digo a mi pareja lo que necesito en lugar de esperar a que lo adivine.",
            "Le digo a mi amigo o amiga lo que necesito en lugar de esperar a que lo adivine.",
            "Le digo a mi familiar lo que necesito en lugar de esperar a que lo adivine.",
        ],
        // acceptance-1
        [
            "Con mi pareja puedo ser yo sin reservas.",
            "Con mi amigo o amiga puedo ser yo sin reservas.",
            "Con mi familiar puedo ser yo sin reservas.",
        ],
        // acceptance-2
        [
            "Siento que tengo que esconder partes de mí para que mi pareja me acepte.",
            "Siento que tengo que esconder partes de mí para que mi amigo o amiga me acepte.",
            "Siento que tengo que esconder partes de mí para que mi familiar me acepte.",
        ],
        // acceptance-3
        [
            "Acepto a mi pareja tal como es, incluso aquello que yo no elegiría.",
            "Acepto a mi amigo o amiga tal como es, incluso aquello que yo no elegiría.",
            "Acepto a mi familiar tal como es, incluso aquello que yo no elegiría.",
        ],
        // acceptance-4
        [
            "Me preocupa que mi pareja piense peor de mí si llega a conocer mis defectos.",
            "Me preocupa que mi amigo o amiga piense peor de mí si llega a conocer mis defectos.",
            "Me preocupa que mi familiar piense peor de mí si llega a conocer mis defectos.",
        ],
        // acceptance-5
        [
            "Cuando mi pareja toma una decisión que yo no tomaría, puedo respetarla igualmente.",
            "Cuando mi amigo o amiga toma una decisión que yo no tomaría, puedo respetarla igualmente.",
            "Cuando mi familiar toma una decisión que yo no tomaría, puedo respetarla igualmente.",
        ],
    ],
    review_title: "Revisa tus respuestas",
    review_intro: "Cambia lo que quieras antes de ver tus resultados.",
    review_change: "Cambiar",
    review_change_name: "Cambiar la respuesta {number}",

    results_title: "Tus resultados",
    results_unreadable: "Estos resultados no se pueden leer.",
    print_results: "Imprimir o guardar como PDF",
    overall: "Cercanía general, tal como la describen hoy tus respuestas: {score} de 100",
    change_since: [
        "Desde tu última reflexión sobre tu pareja, el {date}: {changes}.",
        "Desde tu última reflexión sobre tu amigo o amiga, el {date}: {changes}.",
        "Desde tu última reflexión sobre tu familiar, el {date}: {changes}.",
    ],
    change_item: "{name} {delta}",
    change_overall: "cercanía general {delta}",
    radar_label: "Gráfico de radar con tus cinco puntuaciones sobre 100: {scores}.",
    radar_score: "{name} {score}",
    even_scores: "Tus respuestas están igualadas en las cinco características, así que ninguna destaca como la más fuerte ni como la que más margen tiene para crecer.",
    even_scores_low: "Tus respuestas están igualadas en las cinco características, y son bajas, así que cada una tiene margen para crecer. Cualquiera de las prácticas que verás más abajo es un buen punto de partida.",
    quick_check_note: "La versión rápida plantea dos afirmaciones por característica, así que toma estas puntuaciones como un esbozo aproximado. La versión completa da una imagen más estable.",
    skipped_note: Plural::one_other(
        "Elegiste no responder {count} afirmación; tus puntuaciones se calculan con las demás.",
        "Elegiste no responder {count} afirmaciones; tus puntuaciones se calculan con las demás.",
    ),
    support_line: "Si ahora mismo las cosas se te hacen cuesta arriba, hablar con alguien de tu confianza, como un amigo o una amiga o una persona profesional que sepa escuchar, puede ayudarte. No tienes por qué resolverlo a solas.",
    support_link: "Apoyo que recomienda este sitio (se abre en una pestaña nueva)",
    strongest: "Lo más fuerte",
    most_room_to_grow: "Con más margen para crecer",
    each_characteristic: "Característica por característica",
    bands_are_descriptive: "Estos niveles describen tus propias respuestas de hoy. No son normas clínicas ni un diagnóstico, y tus respuestas no se comparan con las de nadie.",
    band_names: ["Margen para crecer", "Variable", "Estable", "Fuerte"],
    score_band: "{score} de 100 · {band}",
    band_texts: [
        // Trust
        [
            // RoomToGrow
            [
                "Ahora mismo, abrirte con tu pareja no te da mucha seguridad. Vale la pena tomarlo en serio, y puede cambiar con pasos pequeños.",
                "Ahora mismo, abrirte con tu amigo o amiga no te da mucha seguridad. Vale la pena tomarlo en serio, y puede cambiar con pasos pequeños.",
                "Ahora mismo, abrirte con tu familiar no te da mucha seguridad. Vale la pena tomarlo en serio, y puede cambiar con pasos pequeños.",
            ],
            // Mixed
            [
                "La confianza con tu pareja parece ir y venir. Suele crecer con pequeñas promesas cumplidas, por ambas partes.",
                "La confianza con tu amigo o amiga parece ir y venir. Suele crecer con pequeñas promesas cumplidas, por ambas partes.",
                "La confianza con tu familiar parece ir y venir. Suele crecer con pequeñas promesas cumplidas, por ambas partes.",
            ],
            // Steady
            [
                "Casi siempre te sientes en confianza con tu pareja, aunque hay algunos temas en los que todavía te guardas algo. Vale la pena fijarte en ellos, con delicadeza.",
                "Casi siempre te sientes en confianza con tu amigo o amiga, aunque hay algunos temas en los que todavía te guardas algo. Vale la pena fijarte en ellos, con delicadeza.",
                "Casi siempre te sientes en confianza con tu familiar, aunque hay algunos temas en los que todavía te guardas algo. Vale la pena fijarte en ellos, con delicadeza.",
            ],
            // Strong
            [
                "Te sientes en confianza para compartir con tu pareja lo que te importa. Vale la pena cuidar esa seguridad y elegirla una y otra vez.",
                "Te sientes en confianza para compartir con tu amigo o amiga lo que te importa. Vale la pena cuidar esa seguridad y elegirla una y otra vez.",
                "Te sientes en confianza para compartir con tu familiar lo que te importa. Vale la pena cuidar esa seguridad y elegirla una y otra vez.",
            ],
        ],
        // Vulnerability
        [
            // RoomToGrow
            [
                "Sueles mantener los sentimientos más difíciles lejos de tu pareja. Puede haber buenas razones; abrirte un poco, cuando te sientas en confianza, es un buen punto de partida.",
                "Sueles mantener los sentimientos más difíciles lejos de tu amigo o amiga. Puede haber buenas razones; abrirte un poco, cuando te sientas en confianza, es un buen punto de partida.",
                "Sueles mantener los sentimientos más difíciles lejos de tu familiar. Puede haber buenas razones; abrirte un poco, cuando te sientas en confianza, es un buen punto de partida.",
            ],
            // Mixed
            [
                "Compartes una parte de ti con tu pareja y te guardas otra buena parte. Contar algo pequeño y sincero puede ayudar.",
                "Compartes una parte de ti con tu amigo o amiga y te guardas otra buena parte. Contar algo pequeño y sincero puede ayudar.",
                "Compartes una parte de ti con tu familiar y te guardas otra buena parte. Contar algo pequeño y sincero puede ayudar.",
            ],
            // Steady
            [
                "A menudo dejas que tu pareja vea cómo eres de verdad, aunque algunos sentimientos quedan ocultos tras una apariencia de fortaleza.",
                "A menudo dejas que tu amigo o amiga vea cómo eres de verdad, aunque algunos sentimientos quedan ocultos tras una apariencia de fortaleza.",
                "A menudo dejas que tu familiar vea cómo eres de verdad, aunque algunos sentimientos quedan ocultos tras una apariencia de fortaleza.",
            ],
            // Strong
            [
                "Dejas que tu pareja vea tu lado más tierno y tus inseguridades. Esa apertura invita a la cercanía.",
                "Dejas que tu amigo o amiga vea tu lado más tierno y tus inseguridades. Esa apertura invita a la cercanía.",
                "Dejas que tu familiar vea tu lado más tierno y tus inseguridades. Esa apertura invita a la cercanía.",
            ],
        ],
        // Empathy
        [
            // RoomToGrow
            [
                "Entre tu pareja y tú, los sentimientos a menudo parecen pasar desapercibidos. Tener curiosidad por el mundo interior de la otra persona es una forma amable de empezar.",
                "Entre tu amigo o amiga y tú, los sentimientos a menudo parecen pasar desapercibidos. Tener curiosidad por el mundo interior de la otra persona es una forma amable de empezar.",
                "Entre tu familiar y tú, los sentimientos a menudo parecen pasar desapercibidos. Tener curiosidad por el mundo interior de la otra persona es una forma amable de empezar.",
            ],
            // Mixed
            [
                "Entre tu pareja y tú, los sentimientos a veces encuentran respuesta y a veces pasan desapercibidos. Ir más despacio para preguntar y escuchar puede marcar la diferencia.",
                "Entre tu amigo o amiga y tú, los sentimientos a veces encuentran respuesta y a veces pasan desapercibidos. Ir más despacio para preguntar y escuchar puede marcar la diferencia.",
                "Entre tu familiar y tú, los sentimientos a veces encuentran respuesta y a veces pasan desapercibidos. Ir más despacio para preguntar y escuchar puede marcar la diferencia.",
            ],
            // Steady
            [
                "Entre tu pareja y tú suele haber comprensión de lo que siente cada uno, aunque hay momentos en que uno de los dos no se siente comprendido.",
                "Entre tu amigo o amiga y tú suele haber comprensión de lo que siente cada uno, aunque hay momentos en que uno de los dos no se siente comprendido.",
                "Entre tu familiar y tú suele haber comprensión de lo que siente cada uno, aunque hay momentos en que uno de los dos no se siente comprendido.",
            ],
            // Strong
            [
                "Entre tu pareja y tú, los sentimientos se notan y se reciben con cariño.",
                "Entre tu amigo o amiga y tú, los sentimientos se notan y se reciben con cariño.",
                "Entre tu familiar y tú, los sentimientos se notan y se reciben con cariño.",
            ],
        ],
        // Communication
        [
            // RoomToGrow
            [
                "Entre tu pareja y tú, parece difícil decir las cosas importantes. Para empezar, basta con una conversación pequeña y sincera.",
                "Entre tu amigo o amiga y tú, parece difícil decir las cosas importantes. Para empezar, basta con una conversación pequeña y sincera.",
                "Entre tu familiar y tú, parece difícil decir las cosas importantes. Para empezar, basta con una conversación pequeña y sincera.",
            ],
            // Mixed
            [
                "Algunas conversaciones con tu pareja fluyen y otras se atascan. Decir lo que necesitas, con claridad y amabilidad, puede abrir camino.",
                "Algunas conversaciones con tu amigo o amiga fluyen y otras se atascan. Decir lo que necesitas, con claridad y amabilidad, puede abrir camino.",
                "Algunas conversaciones con tu familiar fluyen y otras se atascan. Decir lo que necesitas, con claridad y amabilidad, puede abrir camino.",
            ],
            // Steady
            [
                "Hablar con tu pareja suele ir bien, aunque hay algunos temas que cuesta más sacar.",
                "Hablar con tu amigo o amiga suele ir bien, aunque hay algunos temas que cuesta más sacar.",
                "Hablar con tu familiar suele ir bien, aunque hay algunos temas que cuesta más sacar.",
            ],
            // Strong
            [
                "Con tu pareja puedes hablar de casi todo, incluso de lo difícil, y salir adelante.",
                "Con tu amigo o amiga puedes hablar de casi todo, incluso de lo difícil, y salir adelante.",
                "Con tu familiar puedes hablar de casi todo, incluso de lo difícil, y salir adelante.",
            ],
        ],
        // Acceptance
        [
            // RoomToGrow
            [
                "Ahora mismo no te resulta fácil ser del todo tú con tu pareja. Fijarte en qué momentos te contienes es un primer paso amable.",
                "Ahora mismo no te resulta fácil ser del todo tú con tu amigo o amiga. Fijarte en qué momentos te contienes es un primer paso amable.",
                "Ahora mismo no te resulta fácil ser del todo tú con tu familiar. Fijarte en qué momentos te contienes es un primer paso amable.",
            ],
            // Mixed
            [
                "A veces sientes que con tu pareja tienes que esconder o cambiar partes de ti, o desearías que fuera de otra manera.",
                "A veces sientes que con tu amigo o amiga tienes que esconder o cambiar partes de ti, o desearías que fuera de otra manera.",
                "A veces sientes que con tu familiar tienes que esconder o cambiar partes de ti, o desearías que fuera de otra manera.",
            ],
            // Steady
            [
                "En general sientes que tu pareja te acepta y que la aceptación es mutua, aunque hay aspectos en los que todavía notas cierto juicio.",
                "En general sientes que tu amigo o amiga te acepta y que la aceptación es mutua, aunque hay aspectos en los que todavía notas cierto juicio.",
                "En general sientes que tu familiar te acepta y que la aceptación es mutua, aunque hay aspectos en los que todavía notas cierto juicio.",
            ],
            // Strong
            [
                "Puedes ser tú con tu pareja, y le das el mismo espacio. Esa libertad es una verdadera fortaleza.",
                "Puedes ser tú con tu amigo o amiga, y le das el mismo espacio. Esa libertad es una verdadera fortaleza.",
                "Puedes ser tú con tu familiar, y le das el mismo espacio. Esa libertad es una verdadera fortaleza.",
            ],
        ],
    ],
    consistency_title: "Una nota sobre tus respuestas",
    consistency_agreed: "En {name}, estás de acuerdo tanto con «{first}» como con «{second}», aunque apuntan en direcciones opuestas.",
    consistency_closing: "Respuestas como estas suelen reflejar días que no se parecen entre sí. Quizá valga la pena volver a mirarlas.",
    consistency_disagreed: "En {name}, estás en desacuerdo tanto con «{first}» como con «{second}», aunque apuntan en direcciones opuestas.",
    practices_title: "Prácticas que ayudan",
    practices_hint: "Primero, las que refuerzan lo que tiene más margen para crecer.",
    builds: "Fortalece: {names}",
    things_to_try: "Ideas para probar esta semana:",
    practice_names: [
        "Crear un espacio seguro",
        "Practicar la escucha activa",
        "Compartir desde la vulnerabilidad",
        "Mostrar empatía",
        "Respetar los límites",
    ],
    practice_summaries: [
        "Haz que compartir sea fácil, sin miedo a los juicios.",
        "Presta toda tu atención cuando la otra persona habla.",
        "Habla de tus propios sentimientos y experiencias, poco a poco.",
        "Intenta entender lo que siente la otra persona y ofrécele apoyo, sobre todo cuando las cosas se ponen difíciles.",
        "Deja que cada persona comparta a su ritmo, y acepta un «no» con amabilidad.",
    ],
    practice_tries: [
        // safe-space
        [
            [
                "Cuando tu pareja te cuente algo personal, dale las gracias por compartirlo antes de decir nada más.",
                "Cuando tu amigo o amiga te cuente algo personal, dale las gracias por compartirlo antes de decir nada más.",
                "Cuando tu familiar te cuente algo personal, dale las gracias por compartirlo antes de decir nada más.",
            ],
            [
                "Busca esta semana un momento tranquilo y a solas para preguntarle a tu pareja cómo está de verdad.",
                "Busca esta semana un momento tranquilo y a solas para preguntarle a tu amigo o amiga cómo está de verdad.",
                "Busca esta semana un momento tranquilo y a solas para preguntarle a tu familiar cómo está de verdad.",
            ],
            [
                "Si sientes el impulso de juzgar o corregir, para un momento y, en lugar de eso, haz una pregunta más.",
                "Si sientes el impulso de juzgar o corregir, para un momento y, en lugar de eso, haz una pregunta más.",
                "Si sientes el impulso de juzgar o corregir, para un momento y, en lugar de eso, haz una pregunta más.",
            ],
        ],
        // active-listening
        [
            [
                "Deja el teléfono fuera de tu vista durante una conversación con tu pareja y observa qué cambia.",
                "Deja el teléfono fuera de tu vista durante una conversación con tu amigo o amiga y observa qué cambia.",
                "Deja el teléfono fuera de tu vista durante una conversación con tu familiar y observa qué cambia.",
            ],
            [
                "Antes de responder, repite con tus propias palabras lo que has entendido y pregunta si es así.",
                "Antes de responder, repite con tus propias palabras lo que has entendido y pregunta si es así.",
                "Antes de responder, repite con tus propias palabras lo que has entendido y pregunta si es así.",
            ],
            [
                "Haz una pregunta abierta, como «¿Cómo fue eso para ti?», y deja que la respuesta se tome su tiempo.",
                "Haz una pregunta abierta, como «¿Cómo fue eso para ti?», y deja que la respuesta se tome su tiempo.",
                "Haz una pregunta abierta, como «¿Cómo fue eso para ti?», y deja que la respuesta se tome su tiempo.",
            ],
        ],
        // share-vulnerably
        [
            [
                "Cuéntale a tu pareja algo que te haya preocupado o emocionado esta semana.",
                "Cuéntale a tu amigo o amiga algo que te haya preocupado o emocionado esta semana.",
                "Cuéntale a tu familiar algo que te haya preocupado o emocionado esta semana.",
            ],
            [
                "Empieza una frase con «Me siento…» y nombra el sentimiento, sin necesidad de explicarlo ni de arreglarlo.",
                "Empieza una frase con «Me siento…» y nombra el sentimiento, sin necesidad de explicarlo ni de arreglarlo.",
                "Empieza una frase con «Me siento…» y nombra el sentimiento, sin necesidad de explicarlo ni de arreglarlo.",
            ],
            [
                "Pídele ayuda a tu pareja con algo pequeño.",
                "Pídele ayuda a tu amigo o amiga con algo pequeño.",
                "Pídele ayuda a tu familiar con algo pequeño.",
            ],
        ],
        // show-empathy
        [
            [
                "Cuando tu pareja lo esté pasando mal, nombra lo que notas («Debe de ser agotador») antes de dar consejos.",
                "Cuando tu amigo o amiga lo esté pasando mal, nombra lo que notas («Debe de ser agotador») antes de dar consejos.",
                "Cuando tu familiar lo esté pasando mal, nombra lo que notas («Debe de ser agotador») antes de dar consejos.",
            ],
            [
                "Pregúntale a tu pareja si le vendrían bien algunas ideas o si prefiere, simplemente, que alguien escuche.",
                "Pregúntale a tu amigo o amiga si le vendrían bien algunas ideas o si prefiere, simplemente, que alguien escuche.",
                "Pregúntale a tu familiar si le vendrían bien algunas ideas o si prefiere, simplemente, que alguien escuche.",
            ],
            [
                "Envíale a tu pareja un mensaje breve y cariñoso un día que sepas que le resulta difícil.",
                "Envíale a tu amigo o amiga un mensaje breve y cariñoso un día que sepas que le resulta difícil.",
                "Envíale a tu familiar un mensaje breve y cariñoso un día que sepas que le resulta difícil.",
            ],
        ],
        // respect-boundaries
        [
            [
                "Antes de empezar una conversación seria, pregúntale a tu pareja si es un buen momento.",
                "Antes de empezar una conversación seria, pregúntale a tu amigo o amiga si es un buen momento.",
                "Antes de empezar una conversación seria, pregúntale a tu familiar si es un buen momento.",
            ],
            [
                "Si tu pareja todavía no quiere hablar de algo, dile que está bien, y dilo de corazón.",
                "Si tu amigo o amiga todavía no quiere hablar de algo, dile que está bien, y dilo de corazón.",
                "Si tu familiar todavía no quiere hablar de algo, dile que está bien, y dilo de corazón.",
            ],
            [
                "Expresa uno de tus propios límites, con amabilidad y claridad.",
                "Expresa uno de tus propios límites, con amabilidad y claridad.",
                "Expresa uno de tus propios límites, con amabilidad y claridad.",
            ],
        ],
    ],
    start_again: "Empezar de nuevo",

    storage_unavailable: "Este navegador no deja que Kindred guarde nada, así que tus respuestas solo se conservan mientras esta página esté abierta. Aun así, puedes terminar tu reflexión.",
    storage_full: "El almacenamiento de tu navegador para este sitio está lleno, así que tus últimas respuestas solo se conservan mientras esta página esté abierta. Borrar reflexiones anteriores puede liberar espacio.",
    save_failed: "Kindred no pudo guardar tu última respuesta. Se conserva mientras esta página esté abierta, y Kindred lo volverá a intentar con tu próxima respuesta.",
    finished_not_saved: "Tu reflexión terminada no se pudo guardar porque el almacenamiento de tu navegador para este sitio está lleno. Seguirá aquí mientras esta página esté abierta: descarga ahora tus reflexiones para conservarla, o borra reflexiones anteriores para liberar espacio.",
    kept_aside_partly: "Una parte de tus datos guardados no se pudo leer. Se conserva una copia completa, sin tocar, en este navegador, y aquí tienes todo lo que sí se pudo leer.",
    kept_aside: "Tus datos guardados no se pudieron leer. Se conserva una copia, sin tocar, en este navegador, y puedes seguir empezando de cero.",
    left_untouched: "Algunos de tus datos guardados no se pudieron leer, así que Kindred los deja exactamente como están y guarda lo demás sin tocarlos. Aquí tienes todo lo que sí se pudo leer.",
    newer_version: "Tus reflexiones se guardaron con una versión más reciente de Kindred. Se dejan tal como están, y esta visita solo se conserva mientras la página esté abierta. Si recargas la página, es posible que aparezca la versión más reciente.",
    file_unreadable: "Ese archivo no se pudo leer, así que todo sigue igual.",
    download_failed: "Este navegador no permitió que Kindred guardara el archivo.",
    delete_failed: Plural([
        "Este navegador no permitió que Kindred lo borrara todo: todavía quedan {count} elementos guardados. Puedes volver a intentarlo, o borrar los datos de este sitio en la configuración del navegador.",
        "Este navegador no permitió que Kindred lo borrara todo: todavía queda {count} elemento guardado. Puedes volver a intentarlo, o borrar los datos de este sitio en la configuración del navegador.",
        "Este navegador no permitió que Kindred lo borrara todo: todavía quedan {count} elementos guardados. Puedes volver a intentarlo, o borrar los datos de este sitio en la configuración del navegador.",
        "Este navegador no permitió que Kindred lo borrara todo: todavía quedan {count} elementos guardados. Puedes volver a intentarlo, o borrar los datos de este sitio en la configuración del navegador.",
        "Este navegador no permitió que Kindred lo borrara todo: todavía quedan {count} de elementos guardados. Puedes volver a intentarlo, o borrar los datos de este sitio en la configuración del navegador.",
        "Este navegador no permitió que Kindred lo borrara todo: todavía quedan {count} elementos guardados. Puedes volver a intentarlo, o borrar los datos de este sitio en la configuración del navegador.",
    ]),
    import_too_large: "Ese archivo pesa más de 20 MB, así que no puede ser una descarga de Kindred. Todo sigue igual.",
    import_not_an_export: "Ese archivo no es una descarga de reflexiones de Kindred, así que todo sigue igual.",
    import_newer: "Ese archivo se creó con una versión más reciente de Kindred, así que todo sigue igual. Si recargas la página, es posible que aparezca la versión más reciente.",
    imported_added: Plural([
        "Se añadieron {count} reflexiones.",
        "Se añadió {count} reflexión.",
        "Se añadieron {count} reflexiones.",
        "Se añadieron {count} reflexiones.",
        "Se añadieron {count} de reflexiones.",
        "Se añadieron {count} reflexiones.",
    ]),
    imported_already_here: Plural([
        "{count} reflexiones ya estaban aquí.",
        "{count} reflexión ya estaba aquí.",
        "{count} reflexiones ya estaban aquí.",
        "{count} reflexiones ya estaban aquí.",
        "{count} de reflexiones ya estaban aquí.",
        "{count} reflexiones ya estaban aquí.",
    ]),
    imported_unreadable: Plural([
        "{count} reflexiones no se pudieron leer.",
        "{count} reflexión no se pudo leer.",
        "{count} reflexiones no se pudieron leer.",
        "{count} reflexiones no se pudieron leer.",
        "{count} de reflexiones no se pudieron leer.",
        "{count} reflexiones no se pudieron leer.",
    ]),
    imported_not_saved: Plural([
        "{count} reflexiones no se pudieron guardar porque el almacenamiento de este navegador está lleno.",
        "{count} reflexión no se pudo guardar porque el almacenamiento de este navegador está lleno.",
        "{count} reflexiones no se pudieron guardar porque el almacenamiento de este navegador está lleno.",
        "{count} reflexiones no se pudieron guardar porque el almacenamiento de este navegador está lleno.",
        "{count} de reflexiones no se pudieron guardar porque el almacenamiento de este navegador está lleno.",
        "{count} reflexiones no se pudieron guardar porque el almacenamiento de este navegador está lleno.",
    ]),
    dismiss: "Cerrar",
    person_label: "Nombre o apodo de la persona (opcional)",
    person_hint: "Para que las reflexiones sobre personas distintas no se mezclen, por ejemplo «Sam» o «Mamá». Se queda en este dispositivo.",
    person_refused: "Usa 40 caracteres como máximo, sin < ni > ni saltos de línea.",
    nudge_person: "Tu última reflexión sobre {person} fue el {date}, hace más de cuatro semanas. Una nueva te mostrará cómo han cambiado las cosas.",
    opening: "Abriendo…",
    chunk_missing: "No se pudo cargar esta parte de Kindred. Tus reflexiones siguen a salvo en este dispositivo. Comprueba la conexión e inténtalo de nuevo.",
    try_again: "Intentar de nuevo",
    together_title: "Comparar con la otra persona",
    shared_with_you: "Alguien ha compartido sus puntuaciones contigo. Haz tu propia reflexión sobre la misma relación y verás las dos juntas.",
    share_button: "Compartir mis puntuaciones",
    starters: [
        "¿Qué te ayuda a sentirte con confianza para contarme lo que te importa?",
        "¿Cuándo fue la última vez que sentiste que te escuchaba de verdad, y qué lo hizo posible?",
        "¿Hay algo que hayas querido compartir conmigo y te hayas guardado?",
        "¿Qué te gustaría que yo entendiera mejor de cómo te sientes?",
        "¿Hay algo para lo que te gustaría tener más espacio o más tiempo entre nosotros?",
    ],

    // ----- Screens fetched when first opened (lang/es-later.json) -----
    none_saved: "No hay reflexiones terminadas guardadas en este navegador.",
    show_older: Plural([
        "Mostrar {count} más antiguas",
        "Mostrar {count} más antigua",
        "Mostrar {count} más antiguas",
        "Mostrar {count} más antiguas",
        "Mostrar {count} más antiguas",
        "Mostrar {count} más antiguas",
    ]),
    delete_all_one: "¿Borrar tu única reflexión de este navegador, y todo lo que Kindred no puede leer? No se puede deshacer.",
    delete_all_many: Plural([
        "¿Borrar las {count} reflexiones de este navegador, y todo lo que Kindred no puede leer? No se puede deshacer.",
        "¿Borrar {count} reflexión de este navegador, y todo lo que Kindred no puede leer? No se puede deshacer.",
        "¿Borrar las {count} reflexiones de este navegador, y todo lo que Kindred no puede leer? No se puede deshacer.",
        "¿Borrar las {count} reflexiones de este navegador, y todo lo que Kindred no puede leer? No se puede deshacer.",
        "¿Borrar todas las reflexiones ({count}) de este navegador, y todo lo que Kindred no puede leer? No se puede deshacer.",
        "¿Borrar las {count} reflexiones de este navegador, y todo lo que Kindred no puede leer? No se puede deshacer.",
    ]),
    cancel: "Cancelar",
    yes_delete_everything: "Sí, borrar todo",
    delete_all: "Borrar todas las reflexiones",
    your_data: "Tus datos",
    your_data_text: "Tus reflexiones se guardan solo en este navegador. Descárgalas para tener una copia o para llevarlas a otro navegador, donde puedes importar el archivo.",
    back_to_start: "Volver al inicio",
    row_summary: "{context} · {length} · en conjunto, {score} de 100",
    row_unreadable: "Esta reflexión no se puede leer. Se conserva tal como estaba.",
    view_results_of: "Ver resultados de la reflexión del {date}, número {number}",
    delete_of: "Borrar la reflexión del {date}, número {number}",
    delete_question: "¿Borrar la reflexión del {date}, número {number}? No se puede deshacer.",
    delete_unreadable_of: "Borrar la reflexión número {number}",
    delete_unreadable_question: "¿Borrar la reflexión número {number}? No se puede deshacer.",
    view_results: "Ver resultados",
    delete: "Borrar",
    keep_it: "Conservarla",
    yes_delete_it: "Sí, borrarla",
    person_about: "{person} · {about}",
    over_time: "Evolución",
    trend_about: "Sobre",
    trend_needs_two: "Vuelve a reflexionar sobre la misma relación para ver cómo cambian las cosas.",
    trend_label: "Tus reflexiones sobre esta relación ({count}): cercanía general de {first} el {from} a {last} el {to}. Todas las puntuaciones están en la tabla de abajo.",
    trend_table: "Cada puntuación, reflexión por reflexión",
    date_heading: "Fecha",
    overall_heading: "General",
    change_heading: "Cambio",
    compare_check_ins: "Comparar dos reflexiones",
    compare_one: "Una reflexión",
    compare_other: "Otra reflexión",
    compare_option: "{date} · {context} · general {score}",
    compare_same: "Elige dos reflexiones distintas para compararlas.",
    compare_legend: "Línea continua: {later}. Discontinua: {earlier}.",
    compare_label: "Tu reflexión del {later} dibujada sobre tu reflexión del {earlier}. Todas las puntuaciones están en la tabla de abajo.",
    compare_table: "Puntuaciones de cada reflexión y el cambio",
    practices_into_focus: "Prácticas que ahora están en primer plano: {list}.",
    practices_out_of_focus: "Prácticas que ya no están en primer plano: {list}.",
    practices_unchanged: "Las mismas prácticas están en primer plano en ambas reflexiones.",
    together_intro: [
        "Tu pareja puede hacer su propia reflexión sobre la relación en su dispositivo. Al intercambiar los códigos verás las dos miradas juntas: nada pasa por ningún servidor.",
        "Tu amigo o amiga puede hacer su propia reflexión sobre la amistad en su dispositivo. Al intercambiar los códigos verás las dos miradas juntas: nada pasa por ningún servidor.",
        "Tu familiar puede hacer su propia reflexión sobre la relación en su dispositivo. Al intercambiar los códigos verás las dos miradas juntas: nada pasa por ningún servidor.",
    ],
    share_note: "El código solo contiene el tipo de relación, la duración de la reflexión, su día y tus cinco puntuaciones. Nunca tus respuestas, ni nombres. Puedes leerlo en voz alta o enviarlo como prefieras.",
    share_code_label: "Tu código",
    copy: "Copiar",
    copied: "Copiado.",
    share_link_label: "O envía este enlace",
    their_code_label: "Código de la otra persona",
    compare_button: "Comparar",
    code_errors: [
        "Escribe el código que te han dado.",
        "Ese código no tiene la longitud correcta. Un código tiene 14 letras y cifras.",
        "«{character}» no forma parte de ningún código. Compruébalo con la otra persona y vuelve a intentarlo.",
        "Ese código tiene una errata en algún sitio. Compruébalo con la otra persona y vuelve a intentarlo.",
        "Ese código viene de una versión más nueva de Kindred. Actualiza esta y vuelve a intentarlo.",
        "Eso no es un código de Kindred.",
        "Ese código es de una reflexión sobre otro tipo de relación.",
    ],
    compare_title: "Las dos miradas",
    compare_chart_label: "Gráfico de radar de tus puntuaciones (línea continua) y las de la otra persona (línea discontinua). La tabla de abajo recoge ambas.",
    legend_you: "Tú: línea continua",
    legend_them: "La otra persona: línea discontinua",
    column_characteristic: "Característica",
    column_you: "Tú",
    column_them: "La otra persona",
    column_seen: "Las miradas",
    seen_alike: "Coinciden",
    seen_differently: "Difieren",
    starters_title: "Temas para hablar",
    all_alike: "Las dos miradas coinciden en todas las características, con menos de 15 puntos de diferencia. Merece la pena decir en voz alta ese terreno común.",
    back_to_results: "Volver a tus resultados",
    keep_theirs: "Guardar sus puntuaciones en este dispositivo",
    keep_hint: "Solo si quieres volver a ver esta comparación. Sus puntuaciones quedan junto a tu reflexión hasta que las olvides o la borres.",
    kept_note: "Sus puntuaciones están guardadas en este dispositivo, junto a esta reflexión.",
    forget_theirs: "Olvidar sus puntuaciones",
    keep_failed: "Este navegador no dejó que Kindred las guardara. La comparación sigue en pantalla hasta que salgas.",
    show_about: "Mostrar reflexiones sobre",
    show_everyone: "Todas las personas",
};
