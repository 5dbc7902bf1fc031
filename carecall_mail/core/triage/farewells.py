# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""A goodbye sent to everyone, and its writer out of reach, in every language (issue 8).

Parents write that a teenager posted goodbye to all in the class's group and does not answer:
"o meu filho de 14 anos deixou uma mensagem no grupo da turma a dizer adeus a todos e não atende
o telemóvel". A goodbye to everyone alone is a leaving do, a last day at school, a move; a
phone unanswered alone is a flat battery. Together they are a crisis by the contract (a
goodbye message, its writer unreachable): `goodbye_unanswered` reads the whole reply for a
goodbye to all (GOODBYE_ALL) and someone not answering or not to be found (UNREACHABLE).

Tested in every language in tests/test_triage_farewells.py, with near misses (a goodbye at a
party, a phone not answered with no goodbye).
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import Token, has_phrase, token_phrases

__all__ = ["goodbye_unanswered"]

GOODBYE_ALL = token_phrases(
    "goodbye to everyone / goodbye to all / bye to everyone / saying goodbye to us all / farewell to everyone"
    " / tschüss an alle / abschied von allen / sich von allen verabschiedet / sich von allen verabschiedet hat / lebt wohl alle / verabschiedet sich von allen"
    " / adieu à tous / adieu à tout le monde / dire adieu à tous / dit adieu à tout le monde / fait ses adieux à tout le monde"
    " / adiós a todos / adios a todos / despidiéndose de todos / se despide de todos / se despidió de todos"
    " / addio a tutti / salutando tutti per sempre / saluta tutti per sempre / un addio a tutti"
    " / afscheid van iedereen / neemt afscheid van iedereen / nam afscheid van iedereen / dag allemaal voor altijd / doei allemaal voor altijd"
    " / adeus a todos / adeus a toda a gente / despedindo se de todos / se despediu de todos / despediu se de todos"
)
UNREACHABLE = token_phrases(
    "not answering / does not answer / is not answering / will not answer / can not reach him / can not reach her / can not get hold of / no answer / phone is off / not picking up"
    " / geht nicht ans handy / geht nicht ans telefon / nicht erreichbar / erreiche ihn nicht / erreiche sie nicht / ans handy geht er nicht / handy ist aus"
    " / ne répond pas / répond plus / injoignable / n'arrive pas à le joindre / n'arrive pas à la joindre / téléphone éteint"
    " / no contesta / no coge el teléfono / no coge el móvil / no responde / no lo localizo / no la localizo / tiene el móvil apagado"
    " / non risponde / non risponde al telefono / irraggiungibile / non riesco a trovarlo / non riesco a trovarla / telefono spento / telefono è spento / cellulare spento"
    " / neemt niet op / reageert niet / niet bereikbaar / krijg hem niet te pakken / krijg haar niet te pakken / telefoon staat uit"
    " / não atende / nao atende / não responde / nao responde / não consigo falar com ele / não consigo falar com ela / telemóvel desligado / celular desligado"
)


def goodbye_unanswered(words: Sequence[Token]) -> bool:
    """A goodbye to everyone told in the reply and someone out of reach (see the docstring)."""
    text = [t.word for t in words]
    span = range(len(text))
    return has_phrase(text, span, GOODBYE_ALL) and has_phrase(text, span, UNREACHABLE)
