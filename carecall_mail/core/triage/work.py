"""Trouble met at work: the writer's job, someone's shift (issue 8).

Clients who are nurses, police officers, lawyers, judges or social workers write of their
week in its own words: "im a social worker so i see a lot of kids who arent safe at home",
"bin polizistin und hatte drei einsätze wegen häuslicher gewalt", "je suis infirmière aux
urgences, des AVC, deux infarctus", "ik ben advocaat familierecht en had drie zaken over
huiselijk geweld". Others tell of someone's shift ("mia moglie fa le notti in ospedale",
"onze dochter loopt stage op de ambulance"). The net read the words of the job as the
writer's trouble. (A course's or a brochure's emergency is questions.py's.)

`met_at_work` tells whether the trouble at words[start:end] is such: its sentence names the
writer's job (JOBS after "i am", "bin", "je suis", "soy", "ik ben", "sou", or a verb of working
before a workplace) before it; the trouble is the job's cases (CASES beside it or in the
clause before: "three hearings", "viele Kinder, die", "des AVC, deux infarctus" as a list's
items) or its field ("soy jueza de violencia"); and the trouble's clause holds no first person
but one who sees ("i see", "ich seh"), no one's own person ("my", "mein", "mon") and no wish
("want", "will", "veux"). So "im a nurse and i want to die", "bin krankenschwester und will
nicht mehr leben", "je suis avocate et mon mari me frappe", "soy enfermera, tuve dos
convulsiones ayer" (no cases: a count after a verb may be the writer's own) keep their level.
A hospital or an ambulance is someone's workplace when a word of working (SHIFT: a shift,
nights, an internship) stands in its clause.

Tested in every language in tests/test_triage_work.py.
"""

# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, clause_of, sentence_of, token_phrases, word_set

__all__ = ["met_at_work"]

# Jobs that meet other people's emergencies, violence or illness.
JOBS = word_set(
    "nurse paramedic doctor gp midwife lawyer solicitor barrister judge magistrate police policewoman policeman officer cop detective"
    " firefighter teacher carer caseworker therapist counsellor counselor psychologist"
    " Krankenschwester Krankenpfleger Krankenpflegerin Pflegerin Pfleger Pflegekraft Ärztin Arzt Notärztin Notarzt Sanitäter Sanitäterin Hebamme"
    " Anwältin Anwalt Richterin Richter Polizistin Polizist Sozialarbeiterin Sozialarbeiter Lehrerin Lehrer Erzieherin Erzieher Therapeutin Psychologin"
    " infirmière infirmier médecin urgentiste ambulancier ambulancière sage-femme avocate avocat juge policière policier gendarme éducatrice éducateur"
    " enseignante enseignant psychologue"
    " enfermera enfermero médica médico paramédico paramédica matrona abogada abogado jueza juez policía guardia maestra maestro profesora profesor"
    " psicóloga psicólogo educadora educador"
    " infermiera infermiere medica medico ostetrica avvocata avvocato giudice poliziotta poliziotto carabiniere insegnante maestra maestro"
    " psicologa psicologo educatrice educatore soccorritore soccorritrice"
    " verpleegkundige verpleegster verpleger arts huisarts ambulancier verloskundige advocaat advocate rechter agente politieagent agent leraar lerares"
    " psycholoog jeugdzorgwerker hulpverlener"
    " enfermeira enfermeiro médica médico socorrista parteira advogada advogado juíza juiz polícia policial professora professor psicóloga psicólogo"
)
# Two-word jobs and workplaces: "social worker", "assistante sociale", "jeugdzorg".
JOB_PHRASES = token_phrases(
    "social worker / support worker / care worker / youth worker / police officer / family lawyer / a and e / er nurse"
    " / assistante sociale / assistant social / travailleuse sociale / trabajadora social / trabajador social"
    " / assistente sociale / maatschappelijk werker / maatschappelijk werkster / assistente social"
)
# Where such work is done, after a verb of working: "arbeite beim jugendamt".
WORKPLACES = word_set(
    "jugendamt jugendhilfe notaufnahme rettungsdienst polizei gericht familiengericht urgences samu tribunal"
    " urgencias juzgado tribunal policia pronto soccorso tribunale questura jeugdzorg spoedeisende rechtbank politie"
    " urgencia urgencias tribunal policia emergency casualty court shelter refuge frauenhaus"
)
_WORKING = word_set(
    "work works working worked arbeite arbeitet arbeiten gearbeitet travaille travaillons travaillais trabajo trabaja trabajaba"
    " lavoro lavora lavoravo werk werkt werkte trabalho trabalha trabalhava"
)
# What introduces the writer's job: "i am a", "bin", "je suis", "soy", "faccio l'", "ik ben", "sou".
_I_AM = word_set("i im am bin ich je suis soy yo faccio sono io ik ben sou eu als comme como come")
# Someone's work at a hospital or an ambulance.
SHIFT = word_set(
    "shift shifts nights nightshift internship placement job Schicht Schichten Nachtdienst Nachtschicht Dienst Praktikum"
    " garde gardes nuits stage stages turno turnos guardia guardias noches prácticas tirocinio notti turni"
    " dienst diensten nachtdienst nachtdiensten stage werkt plantão plantões noites estágio"
)
# Where the sick are cared for: someone's workplace when a word of working is in its clause.
CARE_PLACES = word_set(
    "hospital hospitals ambulance ambulances Krankenhaus Klinik Spital Rettungswagen Notaufnahme hôpital clinique urgences"
    " hospital ambulancia ambulancias urgencias ospedale clinica ambulanza ambulanze ziekenhuis ambulance spoed"
    " hospital ambulância ambulâncias urgência"
)
# The job's cases: counted, many, or other people ("three hearings", "des AVC", "viele kinder").
CASES = word_set(
    "cases case hearings hearing callouts patients patient clients client kids children families victims people"
    " Einsätze Einsatz Fälle Fall Verhandlungen Patienten Patientinnen Klienten Kinder Familien Opfer"
    " audiences audience dossiers affaires cas patients patientes enfants familles victimes monsieur dame"
    " casos caso juicios pacientes niños familias víctimas señor señora"
    " udienze casi pazienti bambini famiglie vittime signore signora"
    " zaken zaak zittingen patiënten cliënten kinderen gezinnen slachtoffers meneer mevrouw"
    " casos audiências pacientes crianças famílias vítimas senhor senhora"
)
# A count that opens a list's item: "des AVC, deux infarctus".
COUNTS = word_set(
    "two three four five several many some des deux trois quatre plusieurs dos tres cuatro varios varias due tre quattro"
    " vari twee drie vier enkele zwei drei vier mehrere dois duas três quatro vários várias"
)
# Between a job and its field: "jueza de violencia", "lawyer in domestic violence".
_OF = word_set("of in for de en di da per in voor van do da für")
# A first person who only sees the trouble in others.
_SEEING = word_set(
    "see sees seeing saw meet deal treat help sehe seh sah behandle betreue vois voyais traite veo veía atiendo trato"
    " vedo vedevo seguo zie zag behandel begeleid vejo via atendo trato"
)
FIRST = word_set("i me myself ich mich mir je moi yo me mi io ik mij mezelf eu mim comigo meco")
# The writer's own people: "my son", "mon mari" make the trouble theirs, even at work.
_OWN = word_set(
    "my mine mein meine meinen meinem meiner mon ma mes mi mis mio mia miei mie mijn meu minha meus minhas onze ons our unser unsere notre nos nuestro nuestra nostro nostra nosso nossa"
)
# A wish in the trouble's clause keeps it: "bin krankenschwester und will nicht mehr leben".
_WISH = word_set(
    "want wants wanted wish will would going gonna will willst möchte mochte wollte veux voulais voudrais vais quiero queria voy quisiera"
    " voglio volevo vorrei wil wilde zou quero queria vou"
)


def _has(text: Sequence[str], span: range, phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(
        tuple(text[p : p + len(phrase)]) == phrase
        for p in span
        for phrase in phrases
        if p + len(phrase) <= span.stop
    )


def _previous_clause(words: Sequence[Token], clause: range) -> int:
    """Where the clause before `clause` starts, over one comma; `clause.start` if none."""
    if clause.start < 2 or words[clause.start - 1].boundary != "weak":
        return clause.start
    return clause_of(words, clause.start - 2, clause.start - 1).start


def _field(text: Sequence[str], clause: range, start: int) -> bool:
    """Whether the trouble at `start` is the field of a job named just before it in its
    clause: "soy jueza de violencia", "avvocata per maltrattamenti"."""
    for p in range(max(clause.start, start - 3), start):
        if text[p] in JOBS and all(text[q] in _OF or q == p for q in range(p, start)):
            return True
    return False


def _job_told(text: Sequence[str], span: range) -> bool:
    """Whether the writer names their job in `span`: "i am a nurse", "bin polizistin",
    "arbeite beim jugendamt", "ik ben advocaat familierecht"."""
    for p in span:
        before = range(max(span.start, p - 3), p)
        if (text[p] in JOBS or _has(text, range(p, span.stop), JOB_PHRASES)) and any(
            text[q] in _I_AM or text[q] in _WORKING for q in before
        ):
            return True
        if text[p] in WORKPLACES and any(text[q] in _WORKING for q in before):
            return True
    return False


def met_at_work(words: Sequence[Token], start: int, end: int, level: str) -> bool:
    """Whether the trouble at words[start:end] is met at work (see the
    module's docstring), not the writer's own."""
    text = [t.word for t in words]
    clause = clause_of(words, start, end)
    sentence = sentence_of(words, start, end)
    if any(text[p] in _OWN or text[p] in _WISH for p in clause if not start <= p < end):
        own = True
    else:
        own = any(text[p] in _WISH for p in range(start, end))
    seers = {p for p in clause if text[p] in FIRST and p + 1 < len(text) and text[p + 1] in _SEEING}
    first = any(text[p] in FIRST and p not in seers for p in range(clause.start, clause.stop))
    before = range(sentence.start, start)
    # The job's cases, not the writer's day: counted or others' ("drei einsätze wegen", "des
    # AVC, deux infarctus", "a lot of kids who"), or the job's own field ("jueza de violencia").
    # Without them a job told beside trouble keeps it: "sou enfermeira e tive uma convulsão".
    # A bare count only as a list's item ("des AVC, deux infarctus"): after a verb it may be
    # the writer's own ("tuve dos convulsiones", Spanish drops the "I").
    # ... in the trouble's clause or the one before it ("sehe viele Kinder, die zu Hause ...").
    told = range(_previous_clause(words, clause), min(clause.stop, end + 2))
    cases = (
        any(text[p] in CASES for p in told if not start <= p < end)
        or (clause.start < start and text[clause.start] in COUNTS)
        or _field(text, clause, start)
    )
    if not own and not first and cases and _job_told(text, before):
        return True
    # Someone's shift at a hospital or an ambulance: a concern word only.
    return (
        level == "concern"
        and any(text[p] in CARE_PLACES for p in range(start, end))
        and any(text[p] in SHIFT for p in clause if not start <= p < end)
    )
