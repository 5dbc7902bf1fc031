"""A burning felt as the body does something is a symptom, and a handover with its reason is
news: the second reader does not read those clauses again (issue 8)."""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.arrangements import explained_handovers
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.sensations import felt_clauses
from carecall_mail.core.triage.text import tokens

CYSTITIS = (
    "it burns when i pass water",
    "it stings when i pee since tuesday",
    "es brennt beim wasserlassen",
    "ça brûle quand je fais pipi",
    "me escuece al orinar",
    "mi brucia quando faccio pipì",
    "het brandt bij het plassen",
    "arde quando faço xixi",
)


@pytest.mark.parametrize("text", CYSTITIS)
def test_a_burning_when_passing_water_is_a_concern_not_a_crisis(text: str) -> None:
    assert felt_clauses(tokens(text))
    assert assess(text).urgency == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "it burns when i pee and i cut myself again last night",
        "es brennt beim wasserlassen und ich habe mich wieder geritzt",
        "ça brûle quand je fais pipi, et je veux mourir",
    ],
)
def test_a_crisis_beside_the_burning_is_still_read(text: str) -> None:
    assert assess(text).urgency == "crisis"


@pytest.mark.parametrize(
    "text",
    ["i burned my arm on the oven", "my eyes burn from the screen", "i burn myself when i pee"],
)
def test_a_burning_without_a_bodily_function_is_not_set_aside(text: str) -> None:
    # "burn myself" is self-harm whatever follows; the clause holds "pee", but the word of
    # BURN is the writer's act: the lexicon reads it as a crisis first.
    spans = felt_clauses(tokens(text))
    if "pee" in text:
        assert assess(text).urgency == "crisis"
    else:
        assert not spans


@pytest.mark.parametrize(
    "text",
    [
        "i gave the keys to my neighbour because i wont be around next week",
        "hab dem nachbarn den schlüssel gegeben, bin nächste woche nicht da",
        "j'ai laissé les clés à la voisine pour une semaine, je pars en vacances",
        "le dejé las llaves a mi hermana, la semana que viene no estoy",
        "ho lasciato le chiavi alla vicina, la prossima settimana sono via",
        "ik heb de sleutels bij de buren gelaten, volgende week ben ik weg",
        "deixei as chaves com a vizinha, na próxima semana estou fora",
    ],
)
def test_keys_left_for_a_time_away_are_news(text: str) -> None:
    assert explained_handovers(tokens(text))
    assert assess(text).urgency != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "i gave my cat to my sister, i wont be around after next week",
        "i gave the keys to my neighbour, i wont be around anymore",
        "gave my cat to my sister because im moving. i cant go on anymore",
    ],
)
def test_a_handover_that_is_final_or_beside_a_crisis_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "the train stood on the tracks for an hour",
        "der zug stand eine stunde auf den gleisen",
        "le train est resté bloqué sur le pont une heure",
        "de trein stond een uur stil op het spoor",
    ],
)
def test_a_train_that_stood_on_the_tracks_is_no_one_lingering(text: str) -> None:
    assert assess(text).urgency != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "i stood on the bridge for an hour looking down",
        "fiquei parado no viaduto um tempão olhando os carros lá embaixo",
    ],
)
def test_the_writer_lingering_above_the_traffic_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis"
