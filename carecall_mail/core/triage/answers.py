"""Answers to a check-in's questions: a score of nought, a field answered "none" (issue 8).

A check-in asks ("any pain, 0 to 10? side effects? how is your sleep?") and clients answer
in the question's own words: "pain: 0", "Nebenwirkungen: keine", "douleur : aucune cette
semaine, 0 sur 10", "dolor: cero, un 0 de 10", "effetti collaterali nessuno", "so pain is a
0", "headaches? none since the second week". The trouble word is the question's label; the
answer after it says there is none. The lexicon's negations come before what they govern
("no pain", "keine Schmerzen"); here the answer comes after, so `answered` reads it.

What it takes: the trouble opens its clause (a numbering, "so", "my", "the" before it at
most) and is followed by at most three linking words ("is", "a", "at", "level", "liegt
bei") and a nought ("0", "zero", "none", "keine", "aucune", "nessuno", "geen", "nenhum");
after the nought, only the end of the clause, a scale ("sur 10", "op 10"), a time ("this
week", "seit Montag", "since may"), another field's label ("schlaf", "sommeil") or a number.
Or the trouble is a question echoed ("headaches?", "the panic attacks from last spring?")
and the next sentence opens with that nought or with "gone", "finies", "weg", "passati".

What it never takes: a nought that governs a word after it ("Schmerzen: keine Besserung",
"pain, none of the drops help"), a contrast soon after ("nausea none at first but now every
morning"), a score above nought ("pain is a 7", "dolor 5 de 10"). A crisis answered so
("suicidal thoughts: none") is a negated crisis: a concern, never nothing (others.lowered).
The words are folded (no accents, lower case). Tested in every language in
tests/test_triage_answers.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, word_set

__all__ = ["answered"]


# A nought as an answer.
ZERO = word_set(
    "0 zero zéro null nul nulo cero none nothing nil nada"
    " keine keiner kein keins keinen keinem nichts"
    " aucune aucun rien"
    " ninguna ninguno ningún"
    " nessuna nessuno niente nulla"
    " geen niets niks"
    " nenhuma nenhum"
)
# A bare "no" answers a field too ("side effects: no"), but only at the clause's end: "pain
# no better" is not an answer.
NO = word_set("no nein non nee não")
# A question echoed, answered in the next sentence: "headaches? gone since the drops".
GONE = ZERO | word_set(
    "gone over finished weg vorbei verschwunden fini finie finis finies passé passée passés"
    " passées disparu disparue disparus disparues acabó acabaron pasado pasaron desaparecido"
    " desaparecieron finito finita finiti finite passato passata passati passate sparito"
    " sparita spariti sparite scomparso scomparsa scomparsi scomparse voorbij verdwenen"
    " acabou acabaram passou passaram desapareceu desapareceram sumiu sumiram"
)
# Between the label and its nought: "pain is a 0", "Schmerzen liegen bei 0", "dor em zero".
LINK = word_set(
    "is are was at a an level score of ist sind liegt liegen bei est à niveau es está en un"
    " una nivel è al livello op een é em um uma nível"
)
_LINK_REACH = 3
# What a label is from, before its nought: "side effects from the new tincture: none".
FROM = word_set("from of with von vom mit du des de avec del dal dalla dai dallo van met do da dos")
_FROM_REACH = 4
# Before the label in its clause: a numbering, "so", a determiner.
LEAD = word_set(
    "so and also any my the your re about regarding und also meine die der mein et donc les le la"
    " mes ma mon y pues los las el mis mi e quindi i le il gli lo mie miei en dus de het mijn e"
    " então os as o a meu minha meus minhas"
)
_LEAD_REACH = 2
# What introduces the answers: "to your questions:", "respondendo:".
ASKED = word_set(
    "questions question answers answering fragen frage antworten beantworte réponses réponse"
    " répondre preguntas pregunta respondo respuestas orden domande domanda rispondo risposte"
    " vragen vraag antwoorden antwoord perguntas pergunta respondendo respostas"
)
# What names the list of answers further back in its sentence: "le contesto lo del seguimiento
# de la menopausia:\n- sofocos: cero" (a line break and a dash are no boundary here).
ANSWERS_TO = ASKED | word_set(
    "questionnaire check-in checkin form fragebogen formular questionnaire formulaire"
    " cuestionario formulario contesto contesta seguimiento questionario modulo vragenlijst"
    " formulier questionario formulario"
)
# A scale after the nought: "0 sur 10", "0 op 10", "0 out of 10" (a number must follow).
SCALE = word_set("out of sur von de su op em in")
# What may follow the nought in an answer: a time, "at all", "anymore".
AFTER = word_set(
    "this these since all at past last week weeks days today anymore more yet so far"
    " diese diesen dieser seit mehr letzte letzten woche tagen heute überhaupt bisher gar"
    " cette ce depuis plus du tout semaine jours aujourd jusqu ici"
    " esta este desde más semana días hoy nada por ahora momento"
    " questa questo da più settimana giorni oggi finora affatto"
    " deze dit sinds meer week dagen vandaag tot nu toe helemaal"
    " esta este desde mais semana dias hoje até agora"
)
# Another field of the same answer, written on the next line (a single line break is no
# boundary in the text the net reads): "Nebenwirkungen: keine / Schlaf: gut".
LABELS = word_set(
    "sleep mood energy appetite drops pills tablets remedy stress digestion weight skin pain"
    " score side effects headaches headache nausea"
    " schlaf laune stimmung energie appetit tropfen globuli tabletten verdauung gewicht haut"
    " schmerz schmerzen nebenwirkungen kopfschmerzen übelkeit"
    " sommeil humeur énergie appétit gouttes granules comprimés digestion poids peau douleur"
    " douleurs effets nausées"
    " sueño ánimo humor energía apetito gotas pastillas digestión peso piel dolor dolores"
    " efectos náuseas"
    " sonno umore energia appetito gocce pillole globuli digestione peso pelle dolore dolori"
    " effetti nausea"
    " slaap stemming energie eetlust druppels pillen tabletten spijsvertering gewicht huid pijn"
    " bijwerkingen misselijkheid"
    " sono humor energia apetite gotas comprimidos digestão peso pele dor dores efeitos náuseas"
)
# A sign-off on the next line (a single line break is no boundary): "effetti: nessuno\ngrazie".
THANKS = word_set(
    "thanks thank cheers danke vielen merci gracias muchas grazie obrigado obrigada bedankt dank"
)
SINCE = word_set("since seit seitdem depuis desde da sinds")
# A contrast soon after the nought turns the answer: "nausea none at first but now ...".
CONTRAST = word_set("but aber doch mais pero ma però maar mas porém")
_CONTRAST_REACH = 5
# "Nothing more to say about it": the writer closing the subject, not a nought answering it
# ("bruised ribs from a fall. nothing more to say" keeps the bruises; "nothing to report" is
# still an answer). A word of "more" and a verb of telling after the nought.
FURTHER = word_set("more else further weiter mehr plus más mas altro meer mais")
TELLING = word_set(
    "say tell add explain sagen erzählen erzählt dire ajouter raconter decir contar añadir"
    " dire aggiungere raccontare zeggen vertellen dizer contar acrescentar"
)
# A quoted question: its first word, how far into it the trouble may sit, how far after.
QUESTION = word_set(
    "any have has had did do does are is how was were hatten hattest haben hast hatte gab gibt"
    " sind ist wie avez avais as est ce a y ha has han tuvo tiene tienes hay hubo hai avuto"
    " avete ci heeft hebt heb had hadden zijn hoe teve tem tens tiveste houve há como sentiu"
)
_QUESTION_LEAD = 8
_QUESTION_REACH = 6
# A question about getting better is answered "no" when the trouble is still there.
BETTER = word_set(
    "better improved improving less gone besser weniger weg mieux moins parti partie mejor menos"
    " mejorado meglio meno migliorato beter minder weg melhor menos melhorou"
)
_NO_REST = 4
_ECHO_REACH = 4


def _clause_start(words: Sequence[Token], start: int, strong_only: bool) -> int:
    first = start
    while first > 0:
        boundary = words[first - 1].boundary
        if boundary == "strong" or (boundary and not strong_only):
            break
        first -= 1
    return first


def _opens(words: Sequence[Token], start: int, strong_only: bool = False) -> bool:
    """Whether the trouble at `start` opens its clause (or sentence), an item of a list or
    the answer to "your questions": at most two lead words before it."""
    first = _clause_start(words, start, strong_only)
    pos, lead = start - 1, 0
    while pos >= first and lead < _LEAD_REACH and words[pos].word in LEAD:
        pos, lead = pos - 1, lead + 1
    # A single line break is no boundary in the text the net reads: "1) dolore: zero" and
    # "vos questions :\n- douleur : aucune" open an item after a number or the questions.
    if pos < first or words[pos].word.isdigit() or words[pos].word in ASKED:
        return True
    # An item of a list of answers the sentence opened with: "réponses au questionnaire :
    # ... vertiges : non".
    sentence = _clause_start(words, start, strong_only=True)
    return any(words[q].word in ANSWERS_TO for q in range(sentence, start))


def _ends_answer(words: Sequence[Token], zero: int, bare_no: bool) -> bool:
    """Whether what follows the nought at `zero` leaves it an answer, not a determiner."""
    after = zero + 1
    if after < len(words) and not words[after].boundary:
        word = words[after].word
        if bare_no:
            # The next item's number ("schwindel: nein\n4. stimmung: gut") ends the answer.
            numbering = word.isdigit() and (
                after + 1 >= len(words) or words[after + 1].boundary == "strong"
            )
            if word not in LABELS and not numbering:
                return False
        elif word in SCALE:
            if not (after + 1 < len(words) and words[after + 1].word.isdigit()):
                return False
        elif not (word.isdigit() or word in AFTER or word in LABELS or word in THANKS):
            return False
    rest: set[str] = set()
    for pos in range(after, min(len(words), after + _CONTRAST_REACH)):
        if words[pos].boundary == "strong":
            break
        if words[pos].word in CONTRAST:
            return False
        rest.add(words[pos].word)
    return not (rest & FURTHER and rest & TELLING)


def answered(words: Sequence[Token], start: int, end: int, *, crisis: bool = False) -> bool:
    """Whether the trouble at words[start:end] is a check-in's label answered with nought
    ("pain: 0", "Nebenwirkungen: keine", "headaches? none since the second week"), or the
    trouble of a question quoted and answered no ("> Any nausea this week?\nno").

    A `crisis` is never read as an echoed question: the words keep no "?", so "I took all
    the pills last night. None." looks like "headaches? none", and a missed crisis is worse
    than a negated one kept loud. Its label answered ("suicidal thoughts: none") or its
    question quoted and answered no still is."""
    if _opens(words, start) and _nought_after(words, end):
        return True
    return _question_answered(words, start, end, echo=not crisis)


def _nought_after(words: Sequence[Token], end: int) -> bool:
    """The nought right after the label, over a few linking words, or over what the label
    is from ("side effects from the new tincture: none", "effetti dal trifoglio: nessuno")."""
    pos = end
    if pos < len(words) and not words[pos].boundary and words[pos].word in FROM:
        pos = next(
            (
                q
                for q in range(pos + 1, min(len(words), pos + 1 + _FROM_REACH + 1))
                if words[q].boundary or words[q].word in ZERO or words[q].word in NO
            ),
            pos,
        )
    for _ in range(_LINK_REACH + 1):
        if pos >= len(words) or words[pos].boundary:
            return False
        word = words[pos].word
        if word in ZERO:
            return _ends_answer(words, pos, bare_no=False)
        if word in NO:
            return _ends_answer(words, pos, bare_no=True)
        if word not in LINK:
            return False
        pos += 1
    return False


def _question_answered(words: Sequence[Token], start: int, end: int, echo: bool) -> bool:
    """A question echoed ("headaches?"; only with `echo`) or quoted ("Have you had any
    headaches this week?"), answered at the start of the next sentence."""
    first = _clause_start(words, start, strong_only=True)
    if echo and _opens(words, start, strong_only=True):
        reach = _ECHO_REACH
    elif _asks(words, first, start):
        reach = _QUESTION_REACH
    else:
        return False
    pos, count = end, 0
    while pos < len(words) and words[pos].boundary != "strong" and count <= reach:
        count += 0 if words[pos].boundary else 1
        pos += 1
    if pos >= len(words) or words[pos].boundary != "strong" or count > reach:
        return False
    if any(words[p].word in BETTER for p in range(first, pos)):
        return False  # "is the pain better? no": the pain is still there
    nxt = pos + 1
    while nxt < len(words) and words[nxt].boundary:
        nxt += 1
    if nxt >= len(words):
        return False
    word = words[nxt].word
    if word in NO:
        return _only_nought_after(words, nxt)
    if word not in GONE:
        return False
    if word not in ZERO:
        # "gone", "finies": only alone, or with a "since" ("over the weekend it got worse").
        after = nxt + 1
        return after >= len(words) or bool(words[after].boundary) or words[after].word in SINCE
    # "headaches. none of the drops help" is no answer.
    return _ends_answer(words, nxt, bare_no=False)


def _asks(words: Sequence[Token], first: int, start: int) -> bool:
    """Whether the sentence from `first` is a question that opens with a question's word,
    with the trouble near its start."""
    pos = first
    while pos < start and words[pos].word.isdigit():
        pos += 1
    return pos < start and words[pos].word in QUESTION and start - pos <= _QUESTION_LEAD


def _only_nought_after(words: Sequence[Token], answer: int) -> bool:
    """A bare "no" answers only when the rest of its sentence is short and says nothing else:
    "no", "no, none at all", not "no, worse" nor "no one believes me"."""
    rest: list[str] = []
    pos = answer + 1
    while pos < len(words) and words[pos].boundary != "strong":
        if words[pos].word:
            rest.append(words[pos].word)
        pos += 1
    allowed = ZERO | NO | GONE | AFTER | SINCE
    return len(rest) <= _NO_REST and all(w in allowed or w.isdigit() for w in rest)
