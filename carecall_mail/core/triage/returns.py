"""Medicines handed back to the pharmacy (issue 8).

Older clients clear out their cupboard as the practitioner asked: "I have taken all my old
pills back to the chemist for safe disposal", "alle alten Tabletten in die Apotheke
zurückgebracht", "j'ai rapporté toutes mes vieilles boîtes à la pharmacie", "he llevado
todas las pastillas viejas al punto SIGRE de la farmacia", "ho riportato tutte le pastiglie
scadute in farmacia", "alle oude pillen naar de apotheek teruggebracht", "levei todos os
remédios vencidos à farmácia". The lexicon reads "took all my pills" and "todas las
pastillas" as an overdose; here the pills are carried, not swallowed. `handed_back` reads an
expression so when its clause carries them (CARRY: "back", "zurückgebracht", "rapporté",
"llevado", "riportato", "teruggebracht", "levei") to a pharmacy or a return point (PLACE:
"chemist", "Apotheke", "pharmacie", "farmacia", "SIGRE", "apotheek", "farmácia"), with a
word of direction (TOWARD: "to", "in", "à", "al", "naar") just before the place.

What stays a crisis: pills taken and the pharmacy only named ("took all my pills, the chemist
is shut", "took all my pills at the chemist's car park"), pills fetched from it ("brought all
my pills home from the chemist and took them", "me llevé todas las pastillas de la farmacia"),
and a clause with no word of carrying ("took all my pills and went to the pharmacy"). Tested
in every language in tests/test_triage_returns.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, clause_of, word_set

__all__ = ["handed_back", "handed_back_clauses"]

# A pharmacy, a pharmacist or a return point for old medicines.
PLACE = word_set(
    "chemist chemists chemist's pharmacy pharmacist pharmacies disposal apotheke apotheker"
    " apothekerin pharmacie pharmacien pharmacienne farmacia farmaceutico farmaceutica sigre"
    " farmacista apotheek apotheker farmacia farmaceutico"
)
# Carried back, handed in, disposed of.
CARRY = word_set(
    "back returned return brought bring handed dropped disposal dispose disposed"
    " zurück zurückgebracht zurückgegeben zurückbringen abgegeben abgeben gebracht bringen"
    " entsorgt entsorgen entsorgung"
    " rapporté rapportée rapportés rapportées rapporter ramené ramenée ramenés ramener"
    " déposé déposée déposés déposer rendu rendus rendre apporté apportés apporter"
    " llevado llevé llevó llevar devuelto devolví devolvió devolver entregado entregué"
    " entregar depositado deposité"
    " portato portati portate portata riportato riportati riportate riportata riportare"
    " restituito restituiti restituite consegnato consegnati consegnate buttato buttati"
    " buttate portare"
    " teruggebracht terugbrengen ingeleverd inleveren weggebracht gebracht brengen terug"
    " levei levou levado levados levadas levar devolvi devolveu devolvido devolvidos devolver"
    " entreguei entregou entregues deixei deixou"
)
# A word of direction just before the place: to it, into it, not from it.
TOWARD = word_set(
    "to into in zur zum zu à au aux chez a al à la in alla al nella naar bij para pra ao na"
)
# Words that may stand between the direction and the place: "to the local chemist", "in die
# Apotheke", "al punto SIGRE de la farmacia", "à farmácia do bairro".
BETWEEN = word_set(
    "the my our local nearest die der den meine la le les l ma el mi punto de del della"
    " het de mijn o os minha"
)


def _toward(text: list[str], place: int, clause: range) -> bool:
    """Whether a word of direction stands before the place at `place`, with only BETWEEN
    words (at most three) between them."""
    for back in range(1, 5):
        pos = place - back
        if pos < clause.start:
            return False
        if text[pos] in TOWARD:
            return True
        if text[pos] not in BETWEEN and text[pos] != "sigre":
            return False
    return False


def handed_back(words: Sequence[Token], start: int, end: int) -> bool:
    """Whether the expression at words[start:end] is medicines carried to a pharmacy or a
    return point (see the module's docstring): CARRY in its clause, and PLACE after it with
    a word of direction before the place."""
    text = [t.word for t in words]
    clause = clause_of(words, start, end)
    if not any(text[p] in CARRY for p in clause):
        return False
    return any(text[p] in PLACE and _toward(text, p, clause) for p in range(end, clause.stop))


def handed_back_clauses(words: Sequence[Token]) -> list[tuple[int, int]]:
    """The clauses that carry something back to a pharmacy (CARRY, and PLACE after a word of
    direction), as (start, end): the second reader, which learned "alle Tabletten" from
    overdoses, does not read them ("alle alten Tabletten in die Apotheke zurückgebracht")."""
    text = [t.word for t in words]
    out: list[tuple[int, int]] = []
    for p, word in enumerate(text):
        if word not in PLACE:
            continue
        clause = clause_of(words, p, p + 1)
        if _toward(text, p, clause) and any(text[q] in CARRY for q in clause):
            span = (clause.start, clause.stop)
            if span not in out:
                out.append(span)
    return out
