# ruff: noqa: E501  (sample replies read better whole)
"""Trouble met at the writer's work or on someone's shift is not the
writer's (core/triage/work.py). Written for this test, not taken from the labelled sets. The
lexicon is read alone (the second reader held silent).

Near misses keep their level: the writer's job told beside their own trouble ("im a nurse
and i want to die", Spanish and German without the "I"), their own people hurt, a pain after
a shift.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

AT_WORK = [
    pytest.param(
        "im a family lawyer, four hearings this week about domestic violence. sleeping ok though",
        id="en-lawyer-hearings",
    ),
    pytest.param(
        "ich bin Sozialarbeiterin und sehe viele Kinder, die zu Hause nicht sicher sind. mir geht es aber gut",
        id="de-social-worker",
    ),
    pytest.param(
        "je suis urgentiste, cette nuit, des AVC, deux overdoses, mais moi je vais bien",
        id="fr-er-doctor",
    ),
    pytest.param(
        "soy policía y esta semana tuvimos tres casos de violencia de género. yo bien, gracias",
        id="es-police-cases",
    ),
    pytest.param(
        "sono infermiera in pronto soccorso, tanti pazienti con infarto questa settimana. io sto bene",
        id="it-nurse-patients",
    ),
    pytest.param(
        "ik ben rechter, drie zaken over huiselijk geweld deze week. verder gaat alles prima",
        id="nl-judge-cases",
    ),
    pytest.param(
        "sou enfermeira na urgência, vários pacientes com AVC esta semana, mas eu estou bem",
        id="pt-nurse-patients",
    ),
    pytest.param(
        "mein Mann hat Nachtdienst im Krankenhaus, ich hole das Rezept ab", id="de-shift-hospital"
    ),
]

KEPT = [
    pytest.param("im a nurse and i want to die", "crisis", id="en-own-wish"),
    pytest.param("im a nurse and my son took an overdose last night", "crisis", id="en-own-son"),
    pytest.param(
        "bin Krankenschwester und will nicht mehr leben", "crisis", id="de-no-subject-wish"
    ),
    pytest.param("bin Polizistin und mein Mann schlägt mich", "crisis", id="de-own-husband"),
    pytest.param("je suis infirmière et mon mari me frappe", "crisis", id="fr-own-husband"),
    pytest.param("soy enfermera, tuve dos convulsiones ayer", "crisis", id="es-no-subject-count"),
    pytest.param("sono infermiera e ieri ho avuto un infarto", "crisis", id="it-own-heart-attack"),
    pytest.param(
        "ik ben verpleegkundige en ik heb een overdosis genomen", "crisis", id="nl-own-overdose"
    ),
    pytest.param("sou enfermeira e tive uma convulsão ontem", "crisis", id="pt-no-subject"),
    pytest.param(
        "my back hurts after my shift at the hospital", "concern", id="en-pain-after-shift"
    ),
    pytest.param("after the first aid course i had a seizure", "crisis", id="en-own-after-course"),
]


@pytest.mark.parametrize("text", AT_WORK)
def test_trouble_met_at_work_or_in_a_course_is_not_the_writers(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize(("text", "level"), KEPT)
def test_a_job_told_beside_ones_own_trouble_keeps_it(text: str, level: str) -> None:
    assert assess(text).urgency == level, (text, assess(text).reasons)
