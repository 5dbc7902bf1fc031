# ruff: noqa: E501  (data: one phrasing a line reads better whole)
"""Coercive control and threats at home, in every language (carecall_mail/core/triage/coercion.py).

Each family is said the way a native writer of each language says it, quietly or as a
question, and written for this test, not taken from the labelled sets: the keys or papers
kept with being kept in, locked in from outside, money checked with anger, the location every
hour or a tracker, a threat to hurt himself if she leaves, a threat tied to leaving or telling
(the home burnt with her inside, found wherever she goes), a protection order broken, not safe
at home and a women's shelter.

The lexicon is read alone (the second reader held silent, as in test_triage_assault.py).
Near misses stay below crisis: keys lent or taken for the client's good, a phone taken for
its battery or a game, a locksmith, a job or voluntary work at a shelter, a restraining order
in a series, family rows, "my mum will kill me".
"""

from __future__ import annotations

import pytest
from triage_cases import family_cases

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent


CRISIS: dict[str, dict[str, tuple[str, ...]]] = {
    "kept-in": {
        "en": ("he has taken my keys and my passport and i am not allowed out", "i am not allowed out on my own, he keeps my keys"),
        "de": ("er hat meinen hausschlüssel genommen und ich darf nicht mehr raus", "ich darf nicht alleine raus, er hat meinen ausweis"),
        "fr": ("il a pris mes clés et mon passeport, je sors plus sans lui", "il me laisse pas sortir, il a gardé mes papiers"),
        "es": ("me ha quitado las llaves y el pasaporte y no me deja salir", "sin él no salgo, se ha quedado con mi dni"),
        "it": ("mi ha preso le chiavi e i documenti, non mi fa uscire", "non esco senza di lui, ha il mio passaporto"),
        "nl": ("hij heeft mijn sleutels en paspoort afgepakt en ik mag niet alleen de deur uit", "ik mag niet naar buiten, hij heeft mijn huissleutel"),
        "pt": ("ele ficou com as minhas chaves e os documentos, não me deixa sair", "não saio sem ele, guardou o meu passaporte"),
    },
    "locked-in": {
        "en": ("he locks the door from outside when he goes to work",),
        "de": ("er schließt von außen ab wenn er zur arbeit geht",),
        "fr": ("il ferme à clé de l'extérieur quand il part travailler",),
        "es": ("cierra con llave desde fuera cuando se va a trabajar",),
        "it": ("quando esce chiude a chiave da fuori",),
        "nl": ("hij sluit de deur van buiten af als hij naar zijn werk gaat",),
        "pt": ("ele tranca a porta por fora quando vai trabalhar",),
    },
    "money": {
        "en": ("he checks every receipt and smashes things if the money does not add up",),
        "de": ("er kontrolliert jeden kassenbon und brüllt, wenn ein euro fehlt",),
        "fr": ("il vérifie chaque ticket et il me menace s'il manque un euro",),
        "es": ("revisa todos los tickets y si falta algo grita y me amenaza",),
        "it": ("controlla tutti gli scontrini e se manca qualcosa spacca tutto",),
        "nl": ("hij controleert elk bonnetje en schreeuwt als er iets ontbreekt",),
        "pt": ("ele confere todos os talões e se falta dinheiro parte tudo",),
    },
    "tracking": {
        "en": ("i have to send him my location every hour", "i found a tracker under my car"),
        "de": ("ich muss ihm jede stunde meinen standort schicken", "ich habe einen peilsender am auto gefunden"),
        "fr": ("je dois lui envoyer ma position toutes les heures", "j'ai trouvé un traceur sous ma voiture"),
        "es": ("tengo que mandarle mi ubicación cada hora", "encontré un localizador debajo del coche"),
        "it": ("devo mandargli la mia posizione ogni ora", "ho trovato un localizzatore sotto la macchina"),
        "nl": ("ik moet hem elk uur mijn locatie sturen", "ik vond een tracker onder de auto"),
        "pt": ("tenho de mandar a minha localização a cada hora", "encontrei um rastreador no carro"),
    },
    "self-threat": {
        "en": ("he says he will kill himself if i leave",),
        "de": ("er sagt er tut sich was an wenn ich gehe",),
        "fr": ("il dit qu'il se tue si je pars",),
        "es": ("dice que se mata si lo dejo",),
        "it": ("dice che si ammazza se lo lascio",),
        "nl": ("hij zegt dat hij zichzelf iets aandoet als ik wegga",),
        "pt": ("ele diz que se mata se eu o deixar",),
    },
    "threat": {
        "en": ("he said he would set fire to the flat with me in it", "he will find me wherever i go"),
        "de": ("er will die wohnung anzünden mit mir drin", "er findet mich überall, sagt er"),
        "fr": ("il a menacé de brûler la maison avec moi dedans", "il me retrouvera où que j'aille"),
        "es": ("dice que quema la casa conmigo dentro", "si lo denuncio me mata"),
        "it": ("ha detto che brucia la casa con me dentro", "se lo denuncio mi ammazza"),
        "nl": ("hij zegt dat hij het huis in brand steekt met mij erin", "als ik aangifte doe neemt hij de kinderen mee"),
        "pt": ("disse que queima a casa comigo dentro", "se eu denunciar ele me mata"),
    },
    "order-broken": {
        "en": ("he turned up at my door despite the protection order",),
        "de": ("er stand vor der tür, trotz kontaktverbot",),
        "fr": ("il est venu devant chez moi malgré l'ordonnance de protection",),
        "es": ("se ha saltado la orden de alejamiento otra vez",),
        "it": ("è venuto sotto casa nonostante il divieto di avvicinamento",),
        "nl": ("hij stond voor de deur ondanks het straatverbod",),
        "pt": ("ele apareceu no trabalho apesar da medida protetiva",),
    },
    "unsafe-home": {
        "en": ("i do not feel safe at home", "we are in a women's refuge now"),
        "de": ("zuhause ist es nicht sicher", "ich bin mit den kindern im frauenhaus"),
        "fr": ("je suis plus en sécurité chez moi",),
        "es": ("no me siento segura en casa",),
        "it": ("a casa non mi sento al sicuro",),
        "nl": ("ik voel me thuis niet veilig", "we zitten nu in de vrouwenopvang"),
        "pt": ("não me sinto segura em casa",),
    },
}  # fmt: skip

NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("my husband has my car keys while his car is in the garage", "he checks my phone every night because i forget to charge it", "the locksmith is changing the locks on tuesday", "i volunteer at the women's shelter on thursdays", "the restraining order in the series was so dramatic", "my mum will kill me if i miss her birthday", "the kids had a row about the tv, all sorted now", "my daughter took my car keys after the eye operation, she is right"),
    "de": ("mein mann hat meinen autoschlüssel, weil sein auto in der werkstatt ist", "ich arbeite seit märz im frauenhaus, eine gute stelle", "der schlüsseldienst kommt am dienstag", "meine schwester und ich hatten streit, jetzt ist alles gut"),
    "fr": ("mon mari me pique mon téléphone pour jouer, je le récupère", "le serrurier vient mardi changer la serrure", "je suis bénévole dans un foyer pour femmes", "ma fille a gardé mes clés de voiture depuis l'opération des yeux"),
    "es": ("mi marido me controla el móvil, la batería digo, siempre se me olvida cargarlo", "trabajo en una casa de acogida desde enero", "el cerrajero viene el martes", "en la serie se salta la orden de alejamiento, qué miedo"),
    "it": ("mia moglie mi ha nascosto il telefono per staccare dal lavoro in vacanza", "faccio la volontaria in una casa rifugio", "il fabbro viene martedì a cambiare la serratura"),
    "nl": ("mijn man pakt mijn telefoon af om te gamen, de zijne is stuk", "de slotenmaker komt dinsdag het slot vervangen", "ik werk als vrijwilliger in de vrouwenopvang"),
    "pt": ("meu marido pega meu celular pra ver o jogo", "o chaveiro vem terça trocar a fechadura", "trabalho numa casa abrigo há dois anos", "a minha filha escondeu-me o cartão para eu não gastar nos saldos"),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(CRISIS))
def test_coercive_control_and_threats_are_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": NEAR_MISSES}))
def test_near_misses_stay_below_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons


# An ex closing in, read from the whole reply (coercion.ex_closing_in): an ex named, and his
# car or he seen again at the writer's street or home, or fake profiles writing to her.
EX_CLOSING_IN: dict[str, dict[str, tuple[str, ...]]] = {
    "ex-seen": {
        "en": ("my ex's car has been in my street twice this week, i saw it",),
        "de": ("mein ex steht wieder vor meinem haus, ich habe sein auto gesehen",),
        "fr": ("mon ex est encore garé devant chez moi, j'ai vu sa voiture deux fois",),
        "es": ("mi ex ha vuelto a aparcar delante de mi casa, vi su coche dos veces",),
        "it": ("il mio ex è di nuovo sotto casa, ho visto la sua macchina due volte",),
        "nl": ("mijn ex staat weer voor mijn huis, ik heb zijn auto twee keer gezien",),
        "pt": ("o meu ex está outra vez na porta de casa, vi o carro dele duas vezes",),
    },
    "fake-profiles": {
        "en": ("my ex keeps making fake profiles to message my sister about me",),
        "de": ("mein ex schreibt mir über fake-profile nachrichten",),
        "fr": ("mon ex m'écrit avec des faux profils",),
        "es": ("mi ex me escribe desde perfiles falsos",),
        "it": ("il mio ex mi scrive con profili falsi",),
        "nl": ("mijn ex stuurt me berichten via nepprofielen",),
        "pt": ("o meu ex cria perfis falsos e manda mensagens à minha irmã",),
    },
}  # fmt: skip

# An ex who comes by for the children, or changes a profile photo: no one closing in.
EX_NEAR_MISSES: dict[str, tuple[str, ...]] = {
    "en": ("my ex came to pick up the kids, his car was in my street twice this week", "my ex changed his profile photo, lol"),
    "de": ("mein ex hat ein neues profilbild", "mein ex holt die kinder ab, sein auto stand zweimal vor meinem haus"),
    "fr": ("mon ex a changé sa photo de profil",),
    "es": ("mi ex cambió su foto de perfil",),
    "it": ("il mio ex ha cambiato la foto del profilo",),
    "nl": ("mijn ex heeft een nieuwe profielfoto",),
    "pt": ("meu ex mudou a foto de perfil",),
}  # fmt: skip


@pytest.mark.parametrize("text", family_cases(EX_CLOSING_IN))
def test_an_ex_seen_again_at_home_or_writing_from_fake_profiles_is_a_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency == "crisis", result.reasons


@pytest.mark.parametrize("text", family_cases({"near": EX_NEAR_MISSES}))
def test_an_ex_fetching_the_children_or_a_new_photo_is_no_crisis(text: str) -> None:
    result = assess(text)
    assert result.urgency != "crisis", result.reasons
