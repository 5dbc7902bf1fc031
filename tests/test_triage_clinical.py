"""Relapse told in treatment's clinical words (core/triage/clinical.py, issue 8).

Command voices, urges to self-harm given in to, a burn after a flashback or a dissociation,
the means counted out and laid ready, everything ready for a day with the plan settled, and
the airway swelling told verb first: crises. The crisis plan used: a concern. Written for this
test in all seven languages, not taken from the labelled sets. The lexicon is read alone
(the second reader held silent).

Near misses stay below crisis: the same clinical words in stable news (voices gone or no
longer commanding, urges resisted, urges for a cigarette given in to, a kitchen burn, pills
counted into the week's box, everything ready for a move, a plan for a trip, feet swelling
in the heat, the crisis plan reviewed or unused).
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import clinical
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISES = {
    # A cut told after "since i last", not a milestone.
    "since-i-last-en": "since i last saw you i cut myself twice",
    # Command voices.
    "voices-en": "the voices tell me to do it tonight",
    "voices-de": "die stimmen sagen ich soll es wieder tun, ich halte kaum noch dagegen",
    "voices-fr": "les voix me disent de le faire ce soir",
    "voices-es": "las voces me dicen que me haga daño",
    "voices-it": "le voci mi dicono di farlo stanotte",
    "voices-nl": "de stemmen zeggen dat ik het moet doen",
    "voices-pt": "as vozes mandam eu fazer isso hoje",
    "voices-mixed": "the voices are back, dicen que me haga daño",
    # Urges to self-harm given in to.
    "urges-en": "the urges to cut came back and i gave in once",
    "urges-de": "der drang mich zu ritzen kam zurück und ich habe nachgegeben",
    "urges-fr": "les envies de me scarifier sont revenues et j'ai craqué",
    "urges-es": "las ganas de cortarme volvieron y cedí",
    "urges-it": "la voglia di tagliarmi è tornata e ho ceduto",
    "urges-nl": "de drang om te snijden kwam terug en ik heb toegegeven",
    "urges-pt": "a vontade de me cortar voltou e eu cedi",
    # A burn after a flashback or a dissociation.
    "burn-en": "burned my arm on the iron during a flashback",
    "burn-de": "ich habe mich nach dem flashback mit dem feuerzeug verbrannt",
    "burn-fr": "brûlé le bras avec une cigarette après une reviviscence",
    "burn-es": "me quemé con el encendedor, the flashback was too much",
    "burn-it": "bruciato il polso con l'accendino dopo la dissociazione",
    "burn-nl": "mijn arm gebrand met een aansteker na een herbeleving",
    "burn-pt": "queimei o braço com o ferro de passar depois de uma crise dissociativa",
    # The means counted out and laid ready.
    "counted-en": "i counted out my pills and have them ready.",
    "counted-de": "die tabletten hab ich schon abgezählt und bereitgelegt",
    "counted-fr": "j'ai compté les cachets, ils sont prêts.",
    "counted-es": "conté las pastillas y las tengo listas.",
    "counted-it": "ho contato le pastiglie e le ho pronte.",
    "counted-nl": "ik heb mijn pillen afgeteld, ze liggen klaar.",
    "counted-pt": "contei os comprimidos e estão prontos.",
    # The airway swelling told verb first, breath hard to get.
    "airway-de": "seit der spritze schwillt mir der hals zu",
    "airway-fr": "depuis l'injection me gonfle la gorge",
    "airway-es": "desde la inyección se me hincha la garganta",
    "airway-it": "dopo il deposito mi si gonfia la gola",
    "airway-nl": "sinds de depotinjectie zwelt mijn keel op en krijg ik slecht lucht",
    "airway-pt": "depois da injeção incha a garganta",
}

NOT_CRISES = {
    "voices-gone-en": "the voices have gone quiet since the clozapine went up",
    "voices-never-en": "the voices never tell me to do it anymore",
    "voices-no-more-es": "las voces ya no me dicen que me haga daño",
    "voices-useless-en": "the voices tell me i am useless",
    "voices-gone-de": "die stimmen sagen nichts mehr, alles ruhig",
    "voices-gone-fr": "les voix ont disparu depuis le changement de traitement",
    "voices-gone-it": "le voci sono sparite col cambio di terapia",
    "voices-gone-nl": "de stemmen zijn sinds de zomer helemaal weg",
    "voices-gone-pt": "as vozes sumiram com a troca de antipsicótico",
    "friends-en": "my friends told me to do it, so i signed up for the choir",
    "mother-es": "mi madre me dice que lo haga, así que me apunté al curso",
    "urges-resisted-en": "the urge to cut came back but i did not give in",
    "urges-chocolate-en": "the urge to eat chocolate came back and i gave in",
    "urges-smoke-es": "las ganas de fumar volvieron y cedí",
    "urges-smoke-it": "la voglia di fumare è tornata e ho ceduto",
    "burn-kitchen-en": "burned my hand on the iron while ironing a shirt",
    "burn-kitchen-es": "me quemé con la plancha planchando una camisa",
    "burn-kitchen-pt": "queimei a mão no forno fazendo o jantar",
    "dosette-en": "i counted out my pills for the week into the dosette box",
    "dosette-de": "die tabletten für die woche abgezählt und in die dosette gelegt",
    "move-nl": "ik heb alles klaargelegd voor de verhuizing zaterdag, het plan staat vast",
    "party-nl": "alles klaar voor zaterdag, het feest kan beginnen",
    "trip-nl": "het plan staat vast, we gaan naar spanje",
    "trip-en": "the plan is set, we fly to lisbon on friday",
    "feet-es": "se me hinchan los pies por el calor",
    "belly-it": "mi si gonfia la pancia dopo pranzo",
    "stairs-de": "auf der treppe krieg ich jetzt schlecht luft, schon im ersten stock",
    "plan-review-en": "my crisis plan review went well, we hardly changed a thing",
    "plan-drawer-mixed": "crisis plan is still in the drawer, sin usar",
    "plan-drawer-de": "der krisenplan liegt im schrank und verstaubt, so solls sein",
    "plan-drawer-it": "il piano di crisi è nel cassetto e lì resta, per fortuna",
}

CONCERNS = {
    "plan-used-en": "had to use my crisis plan last night but im ok now",
    "plan-used-de": "ich musste gestern meinen krisenplan benutzen",
    "plan-used-fr": "j'ai dû utiliser mon plan de crise hier soir",
    "plan-used-es": "tuve que usar mi plan de crisis anoche",
    "plan-used-it": "ho dovuto usare il piano di crisi ieri sera",
    "plan-used-nl": "ik heb mijn crisisplan moeten gebruiken",
    "plan-used-pt": "tive que usar o plano de crise ontem",
}


# The mood chart falling, a psychosis' or trauma's symptom named, a drug's hunger, a period
# gone, a dose that went up (not a symptom gone): concerns.
CONCERNS.update(
    {
        "mood-chart-en": "my mood chart is dropping again",
        "mood-chart-de": "das stimmungstagebuch zeigt nur nach unten",
        "mood-chart-fr": "mon journal d'humeur descend depuis dix jours",
        "mood-chart-es": "el registro de ánimo lleva dos semanas bajando",
        "mood-chart-it": "il grafico dell'umore cala da una settimana",
        "mood-chart-nl": "mijn stemmingsdagboek daalt al weken",
        "mood-chart-pt": "o meu gráfico de humor está a descer",
        "dissociation-en": "the dissociation is back, lost two hours yesterday",
        "dissociation-de": "die dissoziationen werden wieder häufiger",
        "reliving-fr": "les reviviscences sont revenues",
        "dissociation-es": "la disociación ha vuelto",
        "dissociation-it": "la dissociazione è tornata",
        "dissociation-nl": "de dissociaties komen weer vaker",
        "dissociation-pt": "a dissociação voltou",
        "hunger-en": "the olanzapine makes me ravenous",
        "hunger-it": "con l'olanzapina ho sempre fame",
        "dose-up-en": "tremors since the dose went up",
        "period-pt": "a menstruação sumiu",
        "stopped-fr": "j'ai arrêté la dépakine toute seule",
        "twitching-de": "muskelzuckungen im gesicht seit der umstellung auf haloperidol",
        "milestone-en": "six weeks since i last self harmed, going well",
        "milestone-de": "zwei monate seit ich mich zuletzt geritzt habe",
        "injection-infected-fr": "depuis l'injection j'ai une infection au bras",
        "injection-infected-en": "the injection site is infected and red",
        "injection-swollen-en": "the injection site is swollen and sore",
        "admitted-es": "mamá ingresada en el hospital, escribo desde la cafetería del hospital",
    }
)

# The same words in stable news: nothing.
STABLE = {
    "mood-flat-en": "mood chart flat for six weeks, first time in years",
    "mood-flat-de": "stimmungskurve seit sechs wochen stabil",
    "mood-flat-fr": "agenda d'humeur tout plat depuis six semaines",
    "mood-flat-it": "diario dell'umore piatto da sei settimane",
    "mood-flat-nl": "stemmingslijst al zes weken vlak",
    "mood-flat-pt": "diário de humor estável há seis semanas",
    "paranoia-settled-en": "the paranoia has settled completely since the dose change",
    "paranoia-gone-es": "la paranoia con los vecinos se ha esfumado desde el cambio",
    "dissociation-gone-de": "die dissoziationen sind seit der therapie verschwunden",
    "dissociation-none-en": "no dissociation since the emdr",
    "hunger-breakfast-fr": "je meurs de faim depuis que j'ai repris un vrai petit déjeuner",
    "swelling-down-en": "the swelling went down",
    "enough-pills-de": "vom lamotrigin hab ich genug bis sie wieder da sind",
    "no-twitching-de": "keine zuckungen mehr seit der umstellung",
    "day-hospital-cake-en": "the cake at the day hospital is to die for",
    "hospital-cafe-es": "la tarta de la cafetería del hospital está de muerte",
    "day-hospital-fr": "le croissant de l'hôpital de jour est à tomber",
    "hospital-cafe-it": "il caffè del bar dell'ospedale è da urlo",
    "hospital-cafe-nl": "de soep in de kantine van het ziekenhuis is heerlijk",
    "day-hospital-pt": "o bolo do hospital de dia é de morrer",
    "injection-fr": "on peut décaler à mardi ? le jeudi j'ai mon injection au centre",
    "injection-es": "el jueves tengo la inyección del depot, podemos cambiar la cita",
    "injection-pt": "quinta tenho a injeção no posto, podemos passar para terça?",
}


@pytest.mark.parametrize("text", list(STABLE.values()), ids=list(STABLE))
def test_clinical_words_in_stable_news_are_nothing(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize("text", list(CRISES.values()), ids=list(CRISES))
def test_clinical_relapse_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize("text", list(NOT_CRISES.values()), ids=list(NOT_CRISES))
def test_same_words_in_stable_news_are_no_crisis(text: str) -> None:
    assert assess(text).urgency != "crisis", assess(text).reasons


@pytest.mark.parametrize("text", list(CONCERNS.values()), ids=list(CONCERNS))
def test_clinical_concerns(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ik heb alles klaargelegd voor zaterdag, het plan staat vast", True),
        ("got everything ready for saturday. the plan is set.", True),
        ("tengo todo listo para el sábado. el plan está hecho.", True),
        ("alles klaargelegd voor de verhuizing, het plan staat vast", False),
        ("everything ready for the party on saturday. the plan is set.", False),
        ("the plan is set.", False),
    ],
    ids=["nl", "en", "es", "nl-move", "en-party", "plan-alone"],
)
def test_plan_settled_for_a_day(text: str, read: bool) -> None:
    assert clinical.plan_settled_for_a_day(tokens(text)) is read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("de stemmen zeggen dat ik voor de trein moet springen", True),
        ("la voix me dit de sauter du pont", True),
        ("the voices do not tell me to hurt myself anymore", False),
        ("le voci non mi dicono più di farlo", False),
        ("my voice teacher says to sing it again", False),
    ],
    ids=["nl", "fr", "en-not", "it-not", "teacher"],
)
def test_voices_command_harm(text: str, read: bool) -> None:
    assert clinical.voices_command_harm(tokens(text)) is read
