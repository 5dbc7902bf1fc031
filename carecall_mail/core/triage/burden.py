# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Being a burden, and its end foretold, in every language (issue 8).

The writer tired of being everyone's problem does not say the word: "tired of being the
problem to be honest. think ill just step out of everyones way for good", "mag nur nimmer
die last für alle sein. bald is ruhe", "cansado de ser el problema de la casa. pronto dejo
de molestar", "ben het zat om steeds het probleem te zijn. ik zorg wel dat ze er binnenkort
vanaf zijn", "cansado de ser um fardo para os meus. um dia destes deixo de dar trabalho".
Each half alone is ordinary: a burden felt after an operation, "pronto dejo de molestar"
after many questions. Here a reply reads as a crisis when it says the writer is tired of
being, or no longer wants to be, the burden or the problem (BURDEN) and, there or after it,
that the others will soon be spared them (SPARED: out of everyone's way for good, rid of
me, "bald is Ruhe", "dejo de molestar", "tolgo il disturbo", "deixo de dar trabalho").

A burden with an ordinary reason and a practical way out ("stufo de esse er problema der
condominio, mo' cambio casa e nun je do più fastidio": the building's problem, moving house)
is no end foretold: both are needed, the reason named right after the burden (ORDINARY) and
the way out anywhere in the reply (WAY_OUT).

A burden with its end in recovery ("walking again soon, then I'm off your hands" is not
said here), or a polite "I'll stop bothering you" with no burden before it, keeps its
level. Tested in every language in tests/test_triage_burden.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, alternative_phrases, pattern_at, pattern_starts

__all__ = ["burden_ended"]


def _phrases(block: str) -> tuple[tuple[str, ...], ...]:
    """Phrases whose words may be "a/b" alternatives (text.alternative_phrases)."""
    return alternative_phrases(block, "/")


# Tired of being, or no longer wanting to be, the burden or the problem.
BURDEN = _phrases(
    "tired of being _ problem/burden/nuisance/bother/weight/trouble / sick of being _ problem/burden/nuisance/bother/weight"
    " / fed up of/with being _ problem/burden/nuisance/bother / do not want to be _ burden/problem anymore / not want to be a burden anymore"
    " / always the problem / only ever a burden / nothing but trouble"
    " / nimmer die last / nicht mehr die last / nur noch eine last / allen zur last / allen nur zur last / satt _ last zu sein / satt _ problem zu sein"
    " / mude _ last zu sein / mude _ problem zu sein / immer das problem / keine last mehr sein"
    " / fatigue d'être _ poids/probleme/fardeau/charge / fatiguee d'être _ poids/probleme/fardeau/charge / marre d'être _ poids/probleme/fardeau/charge"
    " / cansado de ser _ problema/carga/estorbo/peso / cansada de ser _ problema/carga/estorbo/peso / harto de ser _ problema/carga/estorbo/peso / harta de ser _ problema/carga/estorbo/peso"
    " / stanco di essere _ peso/problema/fardello / stanca di essere _ peso/problema/fardello / stufo di essere _ peso/problema / stufa di essere _ peso/problema"
    # Roman and southern speech: "de" for "di", "esse" for "essere" ("so' stufo de esse er problema de tutti").
    " / stanco/stanca/stufo/stufa de/di esse/esse'/essere _ peso/problema/fardello"
    " / zat om _ probleem/last te zijn / moe om _ probleem/last te zijn / iedereen tot last / altijd het probleem"
    " / cansado de ser _ fardo/problema/peso/carga / cansada de ser _ fardo/problema/peso/carga / farto de ser _ fardo/problema/peso/carga / farta de ser _ fardo/problema/peso/carga"
)
# The others soon spared the writer.
SPARED = _phrases(
    "out of everyones way / out of everyone way / out of everybody way / out of everybodys way / out of your way for good / out of the way for good"
    " / off your hands for good / be rid of me / will be rid of me / stop being a bother / not be a bother _ much longer / out of their hair for good"
    " / will not bother anyone anymore / will not bother anyone any more / not bother anyone much longer / will not be bothering anyone"
    " / bald is ruhe / bald ist ruhe / dann is ruhe / dann ist ruhe / habt ihr ruhe / haben sie ruhe / seid _ mich _ los / sind _ mich _ los"
    " / store/stor/storen niemanden mehr / store/stor ich niemanden mehr / falle/fall niemandem mehr zur last / falle/fall ich niemandem mehr zur last"
    " / vous embeterai plus / les embeterai plus / debarrasses de moi / debarrassee de moi / debarrasse de moi / serez tranquilles / seront tranquilles"
    " / derangerai plus personne / embeterai plus personne / vous derangerai plus"
    " / dejo de molestar / dejo de estorbar / dejare de molestar / dejare de estorbar / dejo de dar guerra / se libran de mi / se libraran de mi / os librais de mi"
    " / no molestare mas a nadie / ya no molesto a nadie / no os molestare mas"
    " / tolgo il disturbo / levo il disturbo / smetto di dare fastidio / si liberano di me / si libereranno di me / vi liberate di me"
    " / non/nun gli/je/vi/ve/le do piu fastidio / non/nun gli/je/vi/ve/le daro piu fastidio / non do piu fastidio / non daro piu fastidio a nessuno"
    " / er _ vanaf zijn / er vanaf zijn / van me _ af zijn / van mij _ af zijn / van me af zijn / van mij af zijn / van me verlost / van mij verlost / ben ik _ uit de weg"
    " / val niemand meer lastig / val ik niemand meer lastig / zal niemand meer lastig vallen / niemand meer tot last"
    " / deixo de dar trabalho / deixo de incomodar / deixar de dar trabalho / livram se de mim / se livram de mim / ficam livres de mim / ficam em paz"
    " / nao incomodo mais ninguem / nao vou incomodar mais ninguem / nao vos incomodo mais"
)


# The burden's reason, an ordinary matter named right after it: "el problema de la comunidad",
# "er problema der condominio", "the problem of the committee", "die Last im Büro".
ORDINARY = _phrases(
    "building / block / committee / office / team / club / school / class / neighbours / neighbors / landlord / street / work / job / firm / project / choir / band"
    " / haus/hauses/hausgemeinschaft/hausverwaltung/verein/vereins/buro/firma/team/teams/nachbarn/klasse/schule/arbeit/chor/wohnanlage"
    " / immeuble/copropriete/bureau/equipe/voisins/club/association/boulot/travail/classe/residence"
    " / comunidad/edificio/oficina/trabajo/vecinos/equipo/club/escalera/clase/empresa/asociacion"
    " / condominio/palazzo/ufficio/lavoro/vicini/squadra/circolo/scala/classe/azienda/associazione/coro"
    " / gebouw/flat/vereniging/kantoor/werk/buren/team/club/klas/straat/vve/koor"
    " / predio/condominio/escritorio/trabalho/vizinhos/equipa/clube/turma/empresa/associacao"
)
# ... and a practical way out of it: moving house, a new job, leaving the committee.
WAY_OUT = _phrases(
    "moving house / moving out / moving flat / moving to / move house / move out / new flat / new house / new job / change jobs / quit / quitting / resign / resigning / leave the committee / step down"
    " / ziehe um / ziehen um / umzug / umziehen / neue wohnung / neuen job / neue stelle / kundige / kundigen / trete aus / trete zuruck"
    " / demenage / demenageons / demenagement / nouvel appart / nouveau boulot / change de boulot / demissionne / quitte le bureau / quitte le club"
    " / me mudo / nos mudamos / mudanza / piso nuevo / cambio de trabajo / cambio de piso / dimito / me doy de baja / dejo el club / dejo el equipo"
    " / cambio casa / cambiamo casa / trasloco / traslochiamo / mi trasferisco / cambio lavoro / casa nuova / mi dimetto / lascio il"
    " / verhuis / verhuizen / verhuizing / ander huis / nieuwe baan / ander werk / zeg op / stop ermee / stap op"
    " / mudo de casa / mudamos de casa / mudanca / casa nova / mudar de casa / novo emprego / mudar de emprego / me demito / demito me / saio do"
)


def _ordinary_reason(text: list[str], at: int) -> bool:
    """Whether the burden at `at` is named as an ordinary matter's (ORDINARY, within the six
    words from it: "er problema der condominio") with a practical way out told in the reply
    (WAY_OUT: "mo' cambio casa", "we're moving in june")."""
    named = any(
        pattern_at(text, p, len(text), phrase)
        for p in range(at, min(len(text), at + 8))
        for phrase in ORDINARY
    )
    return named and _find(text, WAY_OUT) >= 0


def _find(text: list[str], phrases: tuple[tuple[str, ...], ...], start: int = 0) -> int:
    """Where the first of `phrases` starts at or after `start`, or -1."""
    for p in range(start, len(text)):
        if pattern_starts(text, p, len(text), phrases):
            return p
    return -1


def burden_ended(words: Sequence[Token]) -> bool:
    """Whether the reply tells the writer tired of being the burden (BURDEN) and, there or
    after it, the others soon spared them (SPARED)."""
    text = [t.word for t in words if t.word]
    at = _find(text, BURDEN)
    # "stufo de esse er problema der condominio, mo' cambio casa e nun je do più fastidio":
    # the building's problem, solved by moving, is no end foretold.
    return at >= 0 and _find(text, SPARED, at) >= 0 and not _ordinary_reason(text, at)
