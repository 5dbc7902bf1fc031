# ruff: noqa: E501  (sample replies read better whole)
"""A wish to die in the words of grief is a crisis (core/triage/bereaved.py): the last reason to
go on gone, a wish to join the one who died, an end set on the day of the death, a medicine
kept back for the day it is too much. Written for this test, not taken from the labelled sets.
The lexicon is read alone (the second reader held silent). Near misses keep their level.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import bereaved
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

REASON_GONE = [
    pytest.param(
        "since the funeral there is no reason left. dad was the only reason i kept going",
        id="en-no-reason-left",
    ),
    pytest.param(
        "seit oma tot ist, gibt es keinen grund mehr. sie war das einzige was mich noch gehalten hat",
        id="de-keinen-grund-mehr",
    ),
    pytest.param(
        "depuis sa mort je n'ai plus aucune raison de continuer", id="fr-plus-aucune-raison"
    ),
    pytest.param("desde que se fue mi marido ya no tengo motivos para seguir", id="es-no-motivos"),
    pytest.param(
        "da quando è morto mio figlio non ho più motivo per andare avanti",
        id="it-non-ho-piu-motivo",
    ),
    pytest.param("sinds zijn dood is er geen reden meer om door te gaan", id="nl-geen-reden-meer"),
    pytest.param(
        "depois que o meu pai morreu não tenho mais razão nenhuma para viver",
        id="pt-nao-tenho-mais-razao",
    ),
]
REASON_NEAR = [
    pytest.param("no reason left to worry, the scan came back clear", id="en-no-reason-to-worry"),
    pytest.param(
        "es gibt keinen grund mehr zur sorge, der befund ist gut", id="de-kein-grund-zur-sorge"
    ),
    pytest.param("geen reden meer om te klagen, de wond is dicht", id="nl-geen-reden-te-klagen"),
    pytest.param(
        "no tengo más motivos para quejarme, la rodilla va bien", id="es-no-motivos-quejarme"
    ),
]
JOIN = [
    pytest.param("since she died all i want is to be with her again", id="en-be-with-her-again"),
    pytest.param("seit seiner beerdigung will ich nur noch bei ihm sein", id="de-nur-noch-bei-ihm"),
    pytest.param(
        "depuis l'enterrement de mon mari je veux juste le rejoindre", id="fr-le-rejoindre"
    ),
    pytest.param("desde que murió mi hijo solo quiero irme con él", id="es-irme-con-el"),
    pytest.param("dopo il funerale di mia moglie voglio solo raggiungerla", id="it-raggiungerla"),
    pytest.param("sinds de begrafenis wil ik alleen nog bij hem zijn", id="nl-alleen-nog-bij-hem"),
    pytest.param("desde que ela morreu só quero estar com ela", id="pt-estar-com-ela"),
]
JOIN_NEAR = [
    pytest.param("since dad died i want to be with mum more often", id="en-with-mum-more"),
    pytest.param(
        "je vais la rejoindre au cimetière dimanche avec des fleurs", id="fr-rejoindre-cimetiere"
    ),
    pytest.param("dopo il funerale raggiungo mia figlia a milano", id="it-raggiungo-figlia-milano"),
    pytest.param(
        "i just want to be with her, my girlfriend is away all month", id="en-no-death-named"
    ),
    pytest.param("since the funeral i do not want to join him, not yet", id="en-negated"),
]
ANNIVERSARY = [
    pytest.param("on the anniversary of her death i will end it.", id="en-anniversary-end-it"),
    pytest.param(
        "an seinem todestag mach ich schluss, das ist entschieden", id="de-todestag-schluss"
    ),
    pytest.param("le jour de sa mort, l'an prochain, j'en finis.", id="fr-jour-de-sa-mort"),
    pytest.param("en el aniversario de su muerte acabo con todo", id="es-aniversario-acabo"),
    pytest.param("all'anniversario della sua morte la faccio finita", id="it-anniversario-finita"),
    pytest.param("op zijn sterfdag maak ik er een einde aan", id="nl-sterfdag-einde"),
    pytest.param("no aniversário da morte dela acabo com tudo", id="pt-aniversario-acabo"),
]
ANNIVERSARY_NEAR = [
    pytest.param(
        "am todestag meiner mutter mach ich früher schluss im büro", id="de-finish-work-early"
    ),
    pytest.param(
        "op zijn sterfdag stop ik ermee met werken voor een dag", id="nl-stop-working-a-day"
    ),
    pytest.param(
        "on the anniversary of his death i am going to the grave with flowers",
        id="en-going-to-the-grave",
    ),
]
KEPT = [
    pytest.param(
        "i never took mums tablets back, im keeping them for when i really can not take it anymore",
        id="en-keeping-them",
    ),
    pytest.param(
        "die tabletten von papa hebe ich auf für den fall, dass ich nicht mehr kann",
        id="de-aufheben",
    ),
    pytest.param("je les garde pour le jour où je n'en pourrai plus", id="fr-garde-pour-le-jour"),
    pytest.param(
        "las pastillas de mi madre las guardo para cuando ya no pueda más",
        id="es-guardo-para-cuando",
    ),
    pytest.param(
        "le gocce di papà le tengo da parte per quando non ce la farò più", id="it-tengo-da-parte"
    ),
    pytest.param(
        "de morfine van mijn moeder bewaar ik, ik bewaar het voor als ik het niet meer aankan",
        id="nl-bewaar-voor-als",
    ),
    pytest.param(
        "os comprimidos da minha avó, guardo os para quando não aguentar mais",
        id="pt-guardo-para-quando",
    ),
]
KEPT_NEAR = [
    pytest.param("ik bewaar de rest van de taart voor als de kinderen komen", id="nl-cake"),
    pytest.param("las guardo en la nevera como dijo la farmacéutica", id="es-in-the-fridge"),
    pytest.param(
        "i am not keeping them for when i can not take it anymore, i took them back", id="en-denied"
    ),
]


@pytest.mark.parametrize("text", [*REASON_GONE, *JOIN, *ANNIVERSARY, *KEPT])
def test_a_wish_to_die_in_griefs_words_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", [*REASON_NEAR, *JOIN_NEAR, *ANNIVERSARY_NEAR, *KEPT_NEAR])
def test_the_same_words_in_ordinary_life_are_not(text: str) -> None:
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", JOIN)
def test_the_join_is_read_by_its_family(text: str) -> None:
    assert bereaved.joins_the_dead(tokens(text)), text


@pytest.mark.parametrize("text", JOIN_NEAR)
def test_a_living_ones_place_or_a_denial_is_no_join(text: str) -> None:
    assert not bereaved.joins_the_dead(tokens(text)), text


@pytest.mark.parametrize("text", ANNIVERSARY)
def test_the_end_on_the_day_is_read_by_its_family(text: str) -> None:
    assert bereaved.end_on_the_day(tokens(text)), text


@pytest.mark.parametrize("text", KEPT)
def test_the_medicine_kept_is_read_by_its_family(text: str) -> None:
    assert bereaved.kept_for_the_end(tokens(text)), text
