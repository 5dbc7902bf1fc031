"""The safety net reads clients who write in a language that is not their first (issue 8).

A learner tells trouble in the plain words and word order of their own language: "i make
cuts on me" (je me fais des coupures), "i am tired to live" (müde zu leben), "ik wil niet
wakker worden meer" (word order of German), "i burn my hand with the cigarette". Each case
is a phrasing written for this test, not a line of the labelled sets; each family is read by
a pattern of carecall_mail/core/triage/learners.py in every language where learners write it.

The second reader is held silent, as in tests/test_triage_families.py: a family must be read
by its pattern, not rescued by the model.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


@pytest.mark.parametrize(
    "text",
    [
        # Not wanting to wake up any more, in a learner's word order or the native one.
        "i want to sleep and not wake up more",
        "ich möchte nicht mehr wach werden",
        "ich will nicht aufwachen mehr",
        "je veux plus me réveiller le matin",
        "je veux pas me réveiller plus",
        "no quiero despertar más, estoy cansada",
        "no quiero despertarme más",
        "non voglio più svegliarmi",
        "voglio dormire e non svegliarmi più",
        "ik wil niet wakker worden meer",
        "não quero acordar mais, só dormir",
        "eu não quero mais acordar de manhã",
        "queria dormir e não acordar",
        # Burning oneself with a cigarette or a lighter, told as a plain act.
        "when i am nervous i burn my arm with the cigarette",
        "i burn me with a lighter on the leg",
        "ich brenne meine Hand mit der Zigarette",
        "je brûle ma main avec la cigarette quand je suis énervée",
        "quemo mi mano con el cigarro cuando estoy enfadada",
        "brucio la mia mano con la sigaretta",
        "ik brand mijn hand met de sigaret als ik boos ben",
        "eu queimo a minha mão com o cigarro",
        # Cuts made on oneself, the learner's "make cuts".
        "i make cuts on me when nobody is home",
        "i do cuts on my legs",
        "ich mache mir Schnitte am Bein",
        "je fais des coupures sur moi",
        "hago cortes en mí cuando estoy sola",
        "faccio dei tagli su di me",
        "ik maak sneden in mij",
        "eu faço cortes em mim",
        # Hurting oneself, said with "make", "do" or a plain pronoun.
        "i make me hurt when i am sad",
        "i do harm to me",
        "ik doe mij pijn als het slecht gaat",
        "faço mal a mim quando fico triste",
        "mi faccio male da sola",
        "je me fais du mal",
        # A wish not to live, in a learner's calque.
        "i am tired to live",
        "i have no more wish to live",
        "i want not live more",
        "i think to finish my life",
        "i want to go away from this life",
        "i think to kill me",
        "j'ai pas envie de vivre plus",
        "no tengo ganas de vivir más",
        "ya no tengo ganas de vivir",
        "non ho più voglia di vivere",
        "non ho voglia di vivere più",
        "ik heb geen zin meer om te leven",
        "ik wil niet leven meer",
        "não tenho vontade de viver mais",
        "ich habe keine Lust mehr zu leben",
        # "End my life" with the verb a learner knows: finish, terminate.
        "ya tengo todo pensado para terminar mi vida",
        "j'ai décidé de finir ma vie cet hiver",
        "penso di finire la mia vita presto",
        "ik heb besloten mijn leven te beëindigen",
        "eu quero terminar minha vida logo",
    ],
)
def test_a_learners_crisis_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # Waking: a late start, a child, an alarm clock.
        "i don't want to wake up early tomorrow, it is sunday",
        "je veux pas réveiller le bébé",
        "no quiero despertar a los niños",
        "non voglio svegliare mio marito",
        "ik wil de kinderen niet wakker maken",
        "não quero acordar cedo amanhã",
        # Burns and cuts of a kitchen or a smoker, not of oneself on purpose.
        "i burned a hole in the sofa with a cigarette",
        "i burned the toast again",
        "je fais des coupures de presse pour mon fils",
        "i make cuts in the budget this month",
        "hago cortes de pelo en casa, soy peluquera",
        "ik maak sneden in het brood",
        # Living well, said with the same words.
        "i have a big wish to live in spain one day",
        "i am tired to work so much, but healthy",
        "tengo ganas de vivir en el campo",
        "ho voglia di vivere al mare",
        "ik heb zin om in Amsterdam te leven",
        "tenho vontade de viver em Lisboa",
        # Finishing something else.
        "quiero terminar mi carrera este año",
        "je veux finir ma thèse avant l'été",
        "voglio finire la mia tesi",
        "ik wil mijn studie afmaken",
        "quero terminar minha faculdade",
    ],
)
def test_a_learners_near_miss_is_no_crisis(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons
