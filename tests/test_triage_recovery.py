"""Relapses in recovery that put life at risk, and the words recovery tells them in (issue 8).

The old amount used after a break, self-harm again after a clean stretch with a wound
(core/triage/recovery.py), a withdrawal fit told by the tongue, a use planned "one last time
and then it's over" and not to come back from (lexicon.py): crises. Written for this test,
not taken from the labelled sets. The lexicon is read alone (the second reader held silent).

Near misses stay below crisis: a first drink since rehab without the old amount, the old
amount of a remedy, a self-harm milestone, a relapse into drink after one, a tantrum with a
bitten tongue, an end of cravings that is over for good.
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage import recovery
from carecall_mail.core.triage.assess import assess
from carecall_mail.core.triage.text import tokens

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


AFTER_A_BREAK = (
    "first time i've used since rehab, same amount as i used to. home on my own",
    "zum ersten mal seit der klinik konsumiert, die gleiche menge wie früher",
    "j'ai consommé pour la première fois depuis la cure, la même dose qu'avant",
    "primera vez desde la clínica que consumo, la misma cantidad que antes",
    "ho usato per la prima volta dalla comunità, la stessa dose di prima",
    "eerste keer gebruikt sinds de kliniek, zelfde hoeveelheid als vroeger",
    "usei pela primeira vez desde a internação, a mesma quantidade de antes",
)

NOT_AFTER_A_BREAK = (
    "first drink since rehab last night, just the one, feel rotten about it",
    "zum ersten mal seit der klinik wieder ein bier getrunken, bin enttäuscht",
    "je prends les gouttes la même dose qu'avant depuis la cure, tout va bien",
    "tomo la misma cantidad que antes de la tintura, sin problemas",
    "eerste keer sinds de kliniek weer in de kroeg geweest, alleen cola gedronken",
    "mesma quantidade de antes das gotas, está tudo bem",
)

HARMED_AGAIN = (
    "six months without cutting and last night i relapsed, it's still bleeding",
    "ein jahr nicht geritzt und gestern wieder, tiefer als sonst, es blutet noch",
    "un an sans me scarifier et hier j'ai rechuté, ça saigne encore",
    "un año sin cortarme y anoche recaí, más profundo que nunca, todavía sangra",
    "sei mesi senza tagliarmi e ieri ci sono ricascata, sanguina ancora",
    "een jaar niet gesneden en gisteren weer, dieper dan ooit, het bloedt nog",
    "um ano sem me cortar e ontem recaí, mais fundo, ainda sangra",
)

# A milestone is a negated crisis under rule 1 (concern), not a crisis; nor a relapse into
# drink after one.
NOT_HARMED_AGAIN = (
    "100 days without cutting today, just wanted you to know",
    "a year free from cutting, but i relapsed with the drink at the weekend",
    "100 tage nicht geritzt, aber gestern wieder getrunken",
    "cent jours sans me scarifier, je suis fière",
    "100 días sin cortarme, ayer recaí con el alcohol pero ya estoy bien",
    "100 giorni senza tagliarmi oggi, volevo dirtelo",
    "100 dagen niet gesneden, wel weer gedronken",
)

FIT_WITH_TONGUE = (
    "day 3 off the drink, had a fit in the kitchen, tongue bleeding",
    "tag 3 ohne alkohol, hatte einen anfall in der küche, zunge blutig",
    "troisième jour sans alcool, j'ai fait une crise dans la cuisine, la langue saigne",
    "tercer día sin beber, me dio un ataque en la cocina, la lengua me sangra",
    "terzo giorno senza bere, ho avuto un attacco in cucina, la lingua sanguina",
    "derde dag gestopt met drank, ik heb een aanval gehad, tong kapot",
    "terceiro dia sem beber, tive um ataque na cozinha, a língua sangra",
)

NOT_A_FIT = (
    "my son had a fit about his phone again, i bit my tongue",
    "er hatte einen wutanfall wegen der hausaufgaben, ich hab mir auf die zunge gebissen",
    "ma fille a fait une crise de colère, j'ai tenu ma langue",
    "keeping fit at the gym, the tongue piercing healed fine",
)

PLANNED_END = (
    "got some gear in. one last time and then it's over for good. thanks for everything",
    "doing one big session tonight and i'm not planning on coming back from it",
)

# A crisis's end planned after "then" is no resolution; a resolution alone still is one.
NOT_PLANNED_END = (
    "the cravings are over for good, 6 months sober",
    "the worst of the withdrawal is over, sleeping again",
)

PT_BREATHING = (
    "tá difícil respirar, o peito aperta",
    "me custa respirar desde que acordei",
)


@pytest.mark.parametrize("text", AFTER_A_BREAK)
def test_the_old_amount_after_a_break_is_a_crisis(text: str) -> None:
    assert recovery.used_after_a_break(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NOT_AFTER_A_BREAK)
def test_a_slip_or_a_remedy_dose_is_not(text: str) -> None:
    assert not recovery.used_after_a_break(tokens(text)), text
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", HARMED_AGAIN)
def test_self_harm_again_with_a_wound_is_a_crisis(text: str) -> None:
    assert recovery.harmed_again(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NOT_HARMED_AGAIN)
def test_a_self_harm_milestone_is_not(text: str) -> None:
    assert not recovery.harmed_again(tokens(text)), text
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", FIT_WITH_TONGUE)
def test_a_fit_with_the_tongue_hurt_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NOT_A_FIT)
def test_a_tantrum_or_a_bitten_tongue_alone_is_not(text: str) -> None:
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", PLANNED_END)
def test_a_use_planned_as_the_end_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NOT_PLANNED_END)
def test_trouble_over_for_good_is_not(text: str) -> None:
    assert assess(text).urgency != "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", PT_BREATHING)
def test_breathing_hard_in_portuguese_is_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


# Recovery's own words for trouble (lexicon.py): concerns, not crises.
RECOVERY_CONCERN = (
    "i stopped the acamprosate last week, too many tablets",
    "slipped up at the weekend, back to day one",
    "hab das Methadon abgesetzt, ohne Rücksprache",
    "die Essanfälle abends sind wieder da",
    "les crises de boulimie sont revenues le soir",
    "j'ai arrêté la méthadone d'un coup",
    "han vuelto los atracones por la noche",
    "dejé la metadona hace una semana",
    "le abbuffate la sera sono tornate",
    "ho smesso il metadone da solo",
    "zaterdag een uitglijder gehad en sindsdien gaat het bergafwaarts",
    "weer 200 euro vergokt, ik weet me geen raad meer",
    "as compulsões à noite voltaram",
    "tô sem dormir faz uma semana",
)

# The same words in good news or another sense stay `none`.
RECOVERY_NONE = (
    "i stopped drinking and the naltrexone helps a lot",
    "a slip of the tongue in group, we all laughed",
    "no binges this month at all",
    "binged the whole series instead of going to the pub",
    "j'ai bingé toute la série au lieu d'aller au bar",
    "me di un atracón de series el finde en vez de ir al bar",
    "un'abbuffata di serie tv invece del bar, fiera di me",
    "hele serie gebinged in plaats van naar de kroeg",
    "geen eetbuien meer deze maand",
)


@pytest.mark.parametrize("text", RECOVERY_CONCERN)
def test_recovery_trouble_is_a_concern(text: str) -> None:
    assert assess(text).urgency == "concern", (text, assess(text).reasons)


@pytest.mark.parametrize("text", RECOVERY_NONE)
def test_recovery_good_news_and_idioms_are_not(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


# Recovery's good news told in trouble words (lexicon.py idioms): none.
RECOVERY_GOOD_NEWS = (
    "stopped drinking in march and the appetite is back",
    "the bank blocks gambling sites now, no bets since march",
    "taking the kids to the cinema, we'll od on popcorn",
    "the move is killing me but all good, still sober",
    "seit ich aufgehört zu trinken habe, Appetit ist zurück",
    "je meurs de faim depuis que j'ai arrêté de boire, l'appétit est revenu en force",
    "desde que dejé de beber el apetito ha vuelto",
    "sto morendo di fame da quando ho smesso di bere, l'appetito è tornato alla grande",
    "sinds ik gestopt met drinken ben, eetlust is terug",
    "tô morrendo de fome desde que parei de beber, o apetite voltou com tudo",
)

# A crisis beside the same good-news words stays a crisis.
CRISIS_BESIDE_GOOD_NEWS = (
    "overdosed on my sleeping pills last night",
    "stopped drinking but last night i took all the pills",
    "the appetite is back but i cut myself again last night",
    "j'ai arrêté de boire mais hier j'ai avalé toute la boîte de cachets",
    "parei de beber mas quero morrer",
)


@pytest.mark.parametrize("text", RECOVERY_GOOD_NEWS)
def test_recovery_good_news_in_trouble_words_is_none(text: str) -> None:
    assert assess(text).urgency == "none", (text, assess(text).reasons)


@pytest.mark.parametrize("text", CRISIS_BESIDE_GOOD_NEWS)
def test_a_crisis_beside_recovery_good_news_stays_one(text: str) -> None:
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


# Spanish "tomar" is taking a remedy too: a remedy stopped stays a concern.
def test_a_remedy_stopped_in_spanish_is_still_a_concern() -> None:
    text = "dejé de tomar las gotas porque me daban sueño"
    assert assess(text).urgency == "concern", (text, assess(text).reasons)


# Self-harm again told at once, with its wound or its tool: the blades got back out, a cut
# again "deeper this time", a burn again with the lighter. Not a kitchen cut or a shave.
HARMED_AGAIN_AT_ONCE = (
    "got the razors back out last night, deeper than before",
    "cut again yesterday, it's deeper this time",
    "burned my arm with the lighter again",
    "hab mich wieder geritzt, mit der klinge",
    "je me suis recoupée avec une lame",
    "me corté otra vez, más profundo, no para de sangrar",
    "mi sono bruciata di nuovo il braccio con l'accendino",
    "weer gesneden met een mesje",
    "queimei o braço outra vez com o isqueiro",
)
NOT_HARMED_AGAIN_AT_ONCE = (
    "cut my finger again chopping onions, it bled a bit",
    "the razor cut my chin again shaving, bleeding a little",
    "burned the toast again, the lighter is broken too",
    "got the bike back out, legs are deeper brown from the sun",
)

# An overdose told as it happens: more than usual taken and the body going under.
GOING_UNDER = (
    "used way more than usual, can't keep my eyes open",
    "viel mehr genommen als sonst, ich kann kaum noch tippen",
    "j'ai pris beaucoup trop, je n'arrive pas à garder les yeux ouverts",
    "me metí más de lo normal y no puedo mantener los ojos abiertos",
    "ne ho presa più del solito, non riesco a tenere gli occhi aperti",
    "veel meer gebruikt dan anders, ik kan mijn ogen niet open houden",
    "usei mais do que o normal, não consigo ficar acordado",
)
NOT_GOING_UNDER = (
    "ate way more than usual at christmas dinner, can't keep my eyes open",
    "so tired today i can't keep my eyes open",
    "took more than usual of the drops, no side effects",
    "mehr gegessen als sonst, kann die augen kaum offen halten",
)

# The stock put by to use alone, with no one to come: a use planned to kill.
ALONE_WITH_THE_STOCK = (
    "got my stash ready, doing it alone tonight and not telling anyone",
    "genug stoff besorgt, heute nacht allein, handy aus",
    "j'ai mis de côté toutes les doses, ce soir seul, personne ne sait",
    "tengo guardado todo lo que me queda, esta noche solo, sin avisar",
    "ho messo da parte tutta la roba, stanotte da sola, nessuno lo sa",
    "ik heb nog genoeg liggen, vanavond alleen, telefoon uit",
    "guardei a pedra toda, hoje vou usar sozinha, ninguém sabe",
)
NOT_ALONE_WITH_THE_STOCK = (
    "flushed everything i have left, alone tonight but i'll ring my sponsor",
    "home alone tonight, phone off, watching films",
    "saved up all my holiday money, tonight i'm home alone",
    "ho dato tutta la roba al mio sponsor, stasera da sola ma tranquilla",
)


@pytest.mark.parametrize("text", HARMED_AGAIN_AT_ONCE)
def test_self_harm_again_told_at_once_is_a_crisis(text: str) -> None:
    assert recovery.harmed_again(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NOT_HARMED_AGAIN_AT_ONCE)
def test_a_household_cut_or_burn_is_not_self_harm_again(text: str) -> None:
    assert not recovery.harmed_again(tokens(text)), text


@pytest.mark.parametrize("text", GOING_UNDER)
def test_more_than_usual_and_going_under_is_a_crisis(text: str) -> None:
    assert recovery.too_much_and_going_under(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NOT_GOING_UNDER)
def test_tiredness_or_a_feast_is_not_going_under(text: str) -> None:
    assert not recovery.too_much_and_going_under(tokens(text)), text


@pytest.mark.parametrize("text", ALONE_WITH_THE_STOCK)
def test_the_stock_put_by_to_use_alone_is_a_crisis(text: str) -> None:
    assert recovery.alone_with_the_stock(tokens(text)), text
    assert assess(text).urgency == "crisis", (text, assess(text).reasons)


@pytest.mark.parametrize("text", NOT_ALONE_WITH_THE_STOCK)
def test_an_evening_alone_or_the_stock_given_up_is_not(text: str) -> None:
    assert not recovery.alone_with_the_stock(tokens(text)), text
