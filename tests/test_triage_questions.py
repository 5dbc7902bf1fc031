# ruff: noqa: E501  (data: one line of phrasings per language reads better whole)
"""Questions about a symptom the writer does not have (questions.py, issue 8).

A return that is only a condition ("what if the rash comes back?"), a trouble that is the
condition of a question ("can i take it if i have a cold?"), and a remedy's possible
effect, a leaflet's warning or a relative's trouble asked about by a writer who says they
are well: nothing, in every language. Near misses must stay: the same questions from a
writer who has the trouble now (since monday, every morning, "i have them", "my
headaches"), a condition that goes on ("if it gets worse"), a reassurance undone ("i'm fine
otherwise"), and every crisis asked as a question. Written for this test, not taken from
the labelled sets. The lexicon is read alone (the second reader held silent).
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

# What to do if a trouble that is over comes back.
RETURNS: dict[str, tuple[str, ...]] = {
    "en": (
        "the rash cleared up last week. if the rash comes back in the spring, same cream?",
        "what should i do if the nausea comes back on the ferry?",
    ),
    "de": (
        "was mache ich, falls der Ausschlag wiederkommt?",
        "und wenn die Übelkeit zurückkommt, nehme ich dann wieder die Tropfen?",
    ),
    "fr": (
        "que faire si les nausées reviennent pendant le voyage ?",
        "et si l'eczéma revient cet hiver, je reprends la crème ?",
    ),
    "es": (
        "¿qué hago si vuelve la urticaria en la playa?",
        "si vuelven las náuseas en el barco, ¿tomo las mismas gotas?",
    ),
    "it": (
        "cosa faccio se la nausea torna durante il viaggio?",
        "se l'eczema ritorna in inverno, riprendo la crema?",
    ),
    "nl": (
        "wat moet ik doen als de uitslag terugkomt op vakantie?",
        "als de misselijkheid weer terugkomt, neem ik dan dezelfde dosis?",
    ),
    "pt": (
        "o que faço se a urticária voltar na praia?",
        "se as náuseas voltarem no avião, tomo as mesmas gotas?",
    ),
}

# A trouble that is only the condition of a question.
HYPOTHESES: dict[str, tuple[str, ...]] = {
    "en": (
        "can i take the drops if i have a cold?",
        "is it safe to keep going with the tincture if i get a migraine?",
    ),
    "de": ("kann ich die Globuli nehmen, falls ich eine Erkältung bekomme?",),
    "fr": ("est-ce que je peux prendre les granules si j'ai une migraine ?",),
    "es": ("¿puedo seguir con las gotas si tengo un resfriado?",),
    "it": ("posso prendere le gocce se ho il raffreddore?",),
    "nl": ("mag ik de druppels nemen als ik verkouden ben?",),
    "pt": ("posso tomar as gotas se tiver uma enxaqueca?",),
}

# A remedy's possible effect, a leaflet's warning, a relative's trouble: the writer is well.
ASKED_ABOUT: dict[str, tuple[str, ...]] = {
    "en": (
        "could the capsules cause nausea? my husband felt sick on them. i feel great though",
        "my neighbour got a rash from that cream, can it happen with the tablets? i have none so far",
    ),
    "de": (
        "Kann Johanniskraut Übelkeit verursachen? Meine Schwägerin hatte das. Mir geht es gut, frage nur.",
        "im Beipackzettel steht was von Schwindel, muss ich mir Sorgen machen? ich habe keinen",
    ),
    "fr": (
        "est-ce que la valériane peut donner des nausées ? ma voisine en a eu. je vais bien, c'est juste pour savoir",
        "la notice parle de vertiges, dois-je m'inquiéter ? je n'en ai pas",
    ),
    "es": (
        "¿la equinácea puede dar náuseas? a mi suegra le pasó. estoy bien, es por saber",
        "el prospecto habla de mareos, ¿debo preocuparme? no tengo nada",
    ),
    "it": (
        "la valeriana può causare nausea? a mia suocera è successo. io sto bene, solo per sapere",
        "il bugiardino parla di vertigini, mi devo preoccupare? finora niente",
    ),
    "nl": (
        "kan valeriaan misselijkheid geven? mijn schoonmoeder had dat. ik heb nergens last van",
        "in de bijsluiter staat duizeligheid, moet ik me zorgen maken? ik heb er geen last van",
    ),
    "pt": (
        "a valeriana pode dar náuseas? a minha sogra teve. eu estou bem, só quero saber",
        "a bula fala em enjoo, devo me preocupar? não tenho nada",
    ),
}

# A relative's trouble with the same remedy, and a condition of a question, in other words.
MORE_NONE: dict[str, tuple[str, ...]] = {
    "en": ("does magnesium cause cramps? i don't have any, just asking",),
    "de": (
        "mein Vater hatte von den Tropfen Kopfschmerzen, kann mir das auch passieren? mir geht es gut",
        "falls ich Kopfschmerzen bekomme, darf ich Ibuprofen dazu nehmen?",
    ),
    "fr": (
        "ma mère a eu des vertiges avec ces gélules, je vais bien, est-ce héréditaire ?",
        "si j'ai mal à la tête, est-ce que je peux prendre du paracétamol avec ?",
    ),
    "es": (
        "a mi hermano le dio acidez, ¿me puede pasar? estoy bien",
        "si me duele la cabeza, ¿puedo tomar ibuprofeno con las gotas?",
    ),
    "it": (
        "mio fratello ha avuto la nausea con queste gocce, può capitare? io sto benissimo",
        "se mi viene il mal di testa, posso prendere un antidolorifico?",
    ),
    "nl": (
        "mijn zus kreeg uitslag van die crème, kan dat bij mij ook? ik heb nergens last van",
        "als ik hoofdpijn krijg, mag ik dan paracetamol nemen?",
    ),
    "pt": (
        "o meu pai teve tonturas com estas gotas, pode acontecer comigo? estou ótimo",
        "se eu tiver dor de cabeça, posso tomar paracetamol?",
    ),
}

# The writer has it, by a pronoun, a time or a stretch of time, after a reassurance.
DISCLOSED: dict[str, tuple[str, ...]] = {
    "en": (
        "can the drops cause headaches? i'm ok, just had one yesterday",
        "can i keep taking it if i'm having headaches every day?",
    ),
    "de": (
        "kann Baldrian Albträume machen? mir geht's gut, aber ich hab welche",
        "kann ich die Tropfen weiter nehmen, wenn ich seit drei Tagen Durchfall habe?",
    ),
    "fr": (
        "est-ce que la valériane peut donner des cauchemars ? ça va, j'en ai eu cette nuit",
        "est-ce que je peux continuer si j'ai la diarrhée depuis trois jours ?",
    ),
    "es": (
        "¿la valeriana puede dar pesadillas? estoy bien, aunque las tengo a veces",
        "¿puedo seguir si tengo diarrea desde hace tres días?",
    ),
    "it": (
        "la valeriana può dare incubi? sto bene, ma li ho ogni tanto",
        "posso continuare se ho la diarrea da tre giorni?",
    ),
    "nl": (
        "kan valeriaan nachtmerries geven? met mij gaat het goed, maar ik heb ze soms",
        "mag ik doorgaan als ik al drie dagen diarree heb?",
    ),
    "pt": (
        "a valeriana pode dar pesadelos? estou bem, mas tenho-os às vezes",
        "posso continuar se estou com diarreia há três dias?",
    ),
}

# The same questions from a writer who has the trouble now: a concern.
NEAR_CONCERN: dict[str, tuple[str, ...]] = {
    "en": (
        "could the capsules cause nausea? i've felt sick every morning since i started",
        "what should i do if the rash gets worse?",
        "can the drops cause headaches? i'm fine otherwise, i just have them every evening",
        "my headaches are back, what should i do?",
        "if i eat late i get heartburn",
    ),
    "de": (
        "kann Johanniskraut Übelkeit machen? mir ist seit Montag jeden Morgen schlecht",
        "was soll ich tun, falls der Ausschlag nicht besser wird?",
        "wenn ich aufstehe, wird mir schwindelig",
    ),
    "fr": (
        "est-ce que la valériane peut donner des nausées ? j'en ai depuis lundi",
        "que faire si les démangeaisons continuent ?",
    ),
    "es": (
        "¿la equinácea puede dar náuseas? las tengo cada mañana desde el lunes",
        "¿qué hago si el sarpullido empeora?",
        "¿el magnesio puede dar diarrea? me dio diarrea ayer, por lo demás estoy bien",
    ),
    "it": (
        "la valeriana può dare nausea? ce l'ho ogni mattina da lunedì",
        "cosa faccio se il prurito peggiora?",
        "la valeriana mi ha dato mal di testa, può succedere? per il resto sto bene",
    ),
    "nl": (
        "kan valeriaan misselijkheid geven? ik ben sinds maandag elke ochtend misselijk",
        "wat moet ik doen als de uitslag erger wordt?",
        "als ik opsta word ik duizelig",
    ),
    "pt": (
        "a valeriana pode dar enjoo? tenho enjoo todas as manhãs desde segunda",
        "o que faço se a coceira piorar?",
    ),
}

# A crisis asked as a question stays a crisis.
NEAR_CRISIS: dict[str, tuple[str, ...]] = {
    "en": (
        "is it normal to want to kill myself? i'm fine otherwise",
        "can the drops cause chest pain? i have crushing chest pain and can't breathe",
    ),
    "de": ("ist es normal, dass ich mich umbringen will? mir geht es sonst gut",),
    "fr": ("est-ce normal de vouloir me suicider ? je vais bien sinon",),
    "es": ("¿es normal querer matarme? por lo demás estoy bien",),
    "it": ("è normale che voglio ammazzarmi? per il resto sto bene",),
    "nl": ("is het normaal dat ik zelfmoord wil plegen? verder gaat het goed met mij",),
    "pt": ("é normal eu querer me matar? de resto estou bem",),
}


def _cases(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in table.items() for text in texts]


@pytest.mark.parametrize(
    ("lang", "text"), _cases(RETURNS) + _cases(HYPOTHESES) + _cases(ASKED_ABOUT) + _cases(MORE_NONE)
)
def test_a_symptom_asked_about_and_not_felt_is_nothing(lang: str, text: str) -> None:
    assert assess(text).urgency == "none", (lang, assess(text).reasons)


@pytest.mark.parametrize(("lang", "text"), _cases(NEAR_CONCERN) + _cases(DISCLOSED))
def test_the_same_question_with_the_trouble_now_is_a_concern(lang: str, text: str) -> None:
    assert assess(text).urgency == "concern", (lang, assess(text).reasons)


@pytest.mark.parametrize(("lang", "text"), _cases(NEAR_CRISIS))
def test_a_crisis_asked_as_a_question_stays_a_crisis(lang: str, text: str) -> None:
    assert assess(text).urgency == "crisis", (lang, assess(text).reasons)


# Suicide asked about in others' words (a third person, an infinitive), then owned: "I ask
# for myself". The lexicon does not read those words as the writer's; the owning does.
ASKED_FOR_MYSELF: dict[str, tuple[str, ...]] = {
    "en": ("do many people in their sixties think about suicide after retiring? i ask for myself",),
    "de": ("denken viele Witwer daran, sich das Leben zu nehmen? Ich frage für mich selbst.",),
    "fr": ("est-ce fréquent qu'un homme seul pense à se suicider ? je demande pour moi",),
    "es": ("¿es raro que una madre piense en quitarse la vida? lo pregunto por mí",),
    "it": ("capita spesso che un pensionato pensi di togliersi la vita? lo chiedo per me",),
    "nl": (
        "komt het vaak voor dat mensen na een scheiding aan zelfmoord denken? ik vraag het voor mezelf",
    ),
    "pt": ("é comum um homem da minha idade pensar em suicidar-se? pergunto por mim",),
}
# ... and the near misses: the same question not owned, or asked for someone else.
NOT_FOR_MYSELF: dict[str, tuple[str, ...]] = {
    "en": (
        "my neighbour says st john's wort can give you suicidal thoughts, is that true? i don't take it",
    ),
    "de": (
        "unsere Tochter schreibt ein Referat über Suizid bei Jugendlichen, haben Sie eine Broschüre?",
    ),
    "fr": ("mon fils fait un exposé sur le suicide chez les ados, vous auriez de la lecture ?",),
    "pt": ("a minha filha faz um trabalho sobre suicídio na escola, tem algum folheto?",),
}


@pytest.mark.parametrize(("lang", "text"), _cases(ASKED_FOR_MYSELF))
def test_suicide_asked_about_for_oneself_is_a_crisis(lang: str, text: str) -> None:
    assert assess(text).urgency == "crisis", (lang, assess(text).reasons)


@pytest.mark.parametrize(("lang", "text"), _cases(NOT_FOR_MYSELF))
def test_suicide_asked_about_not_for_oneself_is_not_owned(lang: str, text: str) -> None:
    from carecall_mail.core.triage import questions
    from carecall_mail.core.triage.text import tokens

    assert not questions.asked_for_myself(tokens(text)), lang


def test_not_asking_for_myself_is_no_owning() -> None:
    from carecall_mail.core.triage import questions
    from carecall_mail.core.triage.text import tokens

    assert not questions.asked_for_myself(
        tokens("is suicide common among students? i am not asking for myself, it is for an essay")
    )


# Pills counted as too many with despair in the reply, in every language and mixed.
COUNTED_IN_DESPAIR: dict[str, tuple[str, ...]] = {
    "de": ("wie viele von den Schlaftabletten wären zu viel? ich kann nicht mehr",),
    "fr": ("combien de ces gouttes seraient de trop ? je n'en peux plus",),
    "es": ("¿cuántas de estas gotas serían demasiadas? ya no aguanto más",),
    "it": ("quante di queste gocce sarebbero troppe? non ce la faccio più",),
    "nl": ("hoeveel van die druppels zou te veel zijn? ik kan niet meer",),
    "pt": ("quantas destas gotas seriam demais? não aguento mais",),
    "mixed": ("wie viele von diesen kapseln wären troppo? non ne posso più",),
}
# ... and without despair, or for a child: a dose asked.
COUNTED_AS_A_DOSE: dict[str, tuple[str, ...]] = {
    "de": ("wie viele Globuli wären zu viel am Tag? nehme morgens fünf",),
    "es": ("¿cuántas gotas serían demasiadas al día? tomo diez por la mañana",),
    "it": ("quante gocce sarebbero troppe per il bambino? non ce la faccio più con le sue notti",),
}


@pytest.mark.parametrize(("lang", "text"), _cases(COUNTED_IN_DESPAIR))
def test_pills_counted_as_too_many_in_despair_is_a_crisis(lang: str, text: str) -> None:
    from carecall_mail.core.triage import questions
    from carecall_mail.core.triage.text import tokens

    assert questions.counted_in_despair(tokens(text)), lang
    assert assess(text).urgency == "crisis", (lang, assess(text).reasons)


@pytest.mark.parametrize(("lang", "text"), _cases(COUNTED_AS_A_DOSE))
def test_pills_counted_as_a_dose_is_no_despair(lang: str, text: str) -> None:
    from carecall_mail.core.triage import questions
    from carecall_mail.core.triage.text import tokens

    assert not questions.counted_in_despair(tokens(text)), lang


# A bodily emergency read off the leaflet by a writer who is well: nothing. Near misses: the
# same leaflet with the emergency felt now, and a suicide word on a leaflet stays read.
LEAFLET_EMERGENCY: dict[str, tuple[str, ...]] = {
    "en": ("the leaflet lists chest pain as a rare side effect, how rare is that? im fine so far",),
    "de": ("im Beipackzettel steht Atemnot als seltene Nebenwirkung, stimmt das? mir geht es gut",),
    "fr": ("la notice parle de convulsions, c'est fréquent ? je vais bien, je lis tout avant",),
    "es": ("el prospecto menciona convulsiones, ¿es frecuente? estoy bien, hasta ahora nada",),
    "it": ("il bugiardino parla di convulsioni, capita spesso? sto bene, finora niente",),
    "nl": (
        "in de bijsluiter staat benauwdheid als bijwerking, komt dat vaak voor? ik heb nergens last van",
    ),
    "pt": ("a bula fala em convulsões, é comum? estou bem, até agora nada",),
}
LEAFLET_EMERGENCY_NOW: dict[str, tuple[str, ...]] = {
    "en": (
        "the leaflet lists chest pain. im fine but since this morning i have chest pain and can't breathe",
    ),
    "de": ("im Beipackzettel steht Atemnot, und ich habe seit heute früh Atemnot",),
    "pt": ("a bula fala em convulsões e eu tive uma convulsão ontem à noite",),
}


@pytest.mark.parametrize(("lang", "text"), _cases(LEAFLET_EMERGENCY))
def test_an_emergency_read_off_the_leaflet_by_a_writer_who_is_well_is_nothing(
    lang: str, text: str
) -> None:
    assert assess(text).urgency == "none", (lang, assess(text).reasons)


@pytest.mark.parametrize(("lang", "text"), _cases(LEAFLET_EMERGENCY_NOW))
def test_an_emergency_on_the_leaflet_and_felt_now_stays_a_crisis(lang: str, text: str) -> None:
    assert assess(text).urgency == "crisis", (lang, assess(text).reasons)


def test_a_suicide_word_on_the_leaflet_is_not_lowered_as_an_emergency() -> None:
    from carecall_mail.core.triage import questions
    from carecall_mail.core.triage.text import tokens

    words = tokens("the leaflet says it can cause suicidal thoughts, is that common? im fine")
    place = [t.word for t in words].index("suicidal")
    assert questions.lowered(words, place, place + 1, "crisis") == "crisis"


# A side effect on the leaflet, each listed in its own clause, or asked by a writer who felt
# nothing: nothing. French "ma" (my) does not undo the reassurance as Italian "ma" (but) does.
LEAFLET_NOTHING_FELT: dict[str, tuple[str, ...]] = {
    "en": (
        "the leaflet lists nausea, dizziness, that kind of thing. is that common? i have not felt anything",
    ),
    "de": (
        "ist Schwindel eine häufige Nebenwirkung? steht im Beipackzettel, ich habe nichts gemerkt",
    ),
    "fr": (
        "sur la notice on lit vertiges, nausées, c'est fréquent ? tout va bien chez moi, c'est ma nature",
    ),
    "es": ("¿el mareo es un efecto secundario común? lo pone el prospecto, no he sentido nada",),
    "it": ("la nausea è un effetto collaterale comune? sta sul bugiardino, non ho sentito niente",),
    "nl": (
        "is duizeligheid een bekende bijwerking? het staat in de bijsluiter, ik heb niks gemerkt",
    ),
    "pt": ("tontura é efeito colateral comum? está na bula, não senti nada",),
}
LEAFLET_FELT: dict[str, tuple[str, ...]] = {
    "it": ("la nausea è un effetto collaterale? sto bene, ma ho la nausea da lunedì",),
    "pt": ("tontura é efeito colateral comum? tenho tontura todas as manhãs",),
}
# An emergency named as a course's, an exam's or a brochure's subject: nothing; felt at the
# course, it stays a crisis.
TAUGHT_EMERGENCY: dict[str, tuple[str, ...]] = {
    "en": (
        "at the first aid course they showed us how to spot a stroke. can i bring you my notes?",
    ),
    "de": (
        "in der Broschüre über Herzinfarkt steht nichts zu Magnesium, darf ich es weiter nehmen?",
    ),
    "es": ("mi nieta tiene un examen de primeros auxilios sobre infartos, ¿tiene un folleto?",),
    "it": ("al corso di primo soccorso abbiamo visto come si riconosce un infarto",),
    "pt": ("no curso de primeiros socorros falaram de convulsões, posso tirar uma dúvida?",),
}
TAUGHT_BUT_FELT: dict[str, tuple[str, ...]] = {
    "en": ("at the first aid course i had chest pain and could not breathe",),
    "de": ("beim Erste-Hilfe-Kurs hatte ich plötzlich Brustschmerzen und Atemnot",),
    "it": ("al corso di primo soccorso ho avuto un dolore al petto e non riuscivo a respirare",),
}


@pytest.mark.parametrize(("lang", "text"), _cases(LEAFLET_NOTHING_FELT) + _cases(TAUGHT_EMERGENCY))
def test_a_leaflet_or_course_read_by_a_writer_who_has_nothing_is_nothing(
    lang: str, text: str
) -> None:
    assert assess(text).urgency == "none", (lang, assess(text).reasons)


@pytest.mark.parametrize(("lang", "text"), _cases(LEAFLET_FELT))
def test_a_leaflet_with_the_trouble_felt_is_a_concern(lang: str, text: str) -> None:
    assert assess(text).urgency == "concern", (lang, assess(text).reasons)


@pytest.mark.parametrize(("lang", "text"), _cases(TAUGHT_BUT_FELT))
def test_an_emergency_felt_at_the_course_stays_a_crisis(lang: str, text: str) -> None:
    assert assess(text).urgency == "crisis", (lang, assess(text).reasons)


# Asked only because the leaflet names it, out of curiosity, or with the trouble denied for
# oneself elsewhere in the reply (questions._off_the_leaflet); whether to stop a remedy if a
# trouble comes; and an overdose that is a pack's warning (questions._pack_warning).
OFF_THE_LEAFLET: dict[str, str] = {
    "en": "is hair loss a known side effect of zinc? i only ask because the leaflet lists it",
    "en-curious": "is dizziness a common side effect? just curious",
    "de": "ist haarausfall eine typische nebenwirkung? frag nur weil's im beipackzettel steht",
    "fr": "la perte de cheveux est un effet secondaire fréquent? je demande parce que c'est dans la notice",
    "fr-denied": "la fatigue c'est un effet connu de la cure? ma sœur était crevée, moi aucune fatigue",
    "es": "la caída del pelo es un efecto secundario típico? pregunto porque lo pone el prospecto",
    "es-stop": "si me da acidez con el vinagre de manzana, lo dejo? hasta ahora nada",
    "it": "la sonnolenza è un effetto collaterale frequente? chiedo perché sta sul bugiardino",
    "it-stop": "se mi viene la nausea con queste gocce, le smetto? per ora niente, chiedo per curiosità",
    "nl": "is een metaalsmaak een bekende bijwerking? het staat in de bijsluiter",
    "nl-stop": "als ik misselijk word van de druppels, stop ik dan? tot nu toe niks, gewoon benieuwd",
    "pt": "a queda de cabelo é um efeito colateral comum? pergunto porque está na bula",
}
OFF_THE_LEAFLET_FELT: dict[str, str] = {
    "en-mine": "is hair loss a known side effect? i only ask because mine is coming out in clumps",
    "en-every-morning": "is dizziness a side effect? i only ask because the leaflet says so and i get it every morning",
    "en-since": "is a metallic taste a known side effect? it's on the leaflet. i have had it since monday",
    "de-since": "ist haarausfall eine nebenwirkung? frag nur weil mir seit zwei wochen die haare ausgehen",
    "fr-since": "la fatigue c'est un effet connu? c'est dans la notice et moi je suis épuisée depuis lundi",
    "es-days": "si me da acidez con el vinagre, lo dejo? desde el lunes tengo acidez todas las noches",
    "it-every": "se mi viene la nausea ogni mattina, lo smetto?",
    "nl-week": "is een metaalsmaak een bijwerking? ik proef het al een week",
}
PACK_WARNING: dict[str, str] = {
    "en": "does the overdose warning on the label apply to the kids chewables too?",
    "es": "en la caja pone no superar la dosis, riesgo de sobredosis. ¿cuántas al día como máximo?",
    "it": "sulla confezione c'è scritto rischio di overdose, quante al giorno al massimo?",
    "nl": "op de doos staat gevaar voor overdosis, hoeveel per dag mag ik maximaal?",
    "pt": "na caixa diz risco de overdose, quantos por dia no máximo?",
}
OVERDOSE_TAKEN: dict[str, str] = {
    "en": "i took an overdose last night, the label warned about it",
    "en-plan": "risk of overdose, i have saved two boxes and tonight is the night",
    "en-whole-box": "the box says risk of overdose and i took the whole box anyway",
    "es": "tomé una sobredosis ayer, la caja ya avisaba del riesgo",
    "de": "ich habe eine überdosis genommen, auf der packung steht gefahr",
    "nl": "heb een overdosis genomen, op de doos staat gevaar voor overdosis",
    "pt": "tomei uma overdose, na caixa diz risco de overdose",
}


@pytest.mark.parametrize("text", OFF_THE_LEAFLET.values(), ids=OFF_THE_LEAFLET.keys())
def test_a_side_effect_asked_off_the_leaflet_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", OFF_THE_LEAFLET_FELT.values(), ids=OFF_THE_LEAFLET_FELT.keys())
def test_a_side_effect_asked_and_felt_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", (text, assess(text).reasons)


@pytest.mark.parametrize("text", PACK_WARNING.values(), ids=PACK_WARNING.keys())
def test_an_overdose_that_is_the_packs_warning_is_nothing(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", OVERDOSE_TAKEN.values(), ids=OVERDOSE_TAKEN.keys())
def test_an_overdose_taken_beside_the_packs_warning_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)
