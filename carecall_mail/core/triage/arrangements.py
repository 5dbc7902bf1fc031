# ruff: noqa: E501  (data: one line of words reads better whole, as in lexicon.py)
"""Final arrangements told without a dark word, in every language (issue 8).

A writer who has decided often says only what they have put in order: the cat given to the
neighbour, the passwords written down for a brother, letters to the children in a drawer,
the phone contract cancelled, "I won't need the refill", "thank you for everything". Each
alone is ordinary news; the lexicon read few of them and the second reader carried the
rest, which a retrain or a new author's wording loses. Here a reply reads as a crisis when
it tells a thing handed over or a part of the future cancelled (a HANDOVER: a verb of
giving, leaving, cancelling or writing down with a possession, a pet, keys, codes, papers
or a contract in one sentence) and says it is final (FINAL: "won't need it any more", "for
good", "for whoever finds me", "tired of everything", "don't worry if you don't hear from
me"), or tells two handovers of different things and thanks or farewells (PARTING), or
three different handovers at all.

A reason for the handover makes it news: moving house, emigrating, a holiday, a hospital
stay, an allergy, retirement, a new baby ("we rehomed the cat because of the baby's
allergy, thanks for everything"). A reason told as a pretext is no reason: "she thinks I'm
going on Erasmus", "I told her I was moving abroad but I'm not really going anywhere".

Words are folded (lower case, no accents); a word ending in "*" is a stem and matches every
word it begins. Tested in every language in tests/test_triage_arrangements.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from carecall_mail.core.triage.text import (
    Token,
    finds_pattern,
    fold,
    pattern_at,
    pattern_phrases,
    sentence_of,
)

__all__ = ["explained_handovers", "final_arrangements"]


def _stems(block: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(whole words, stems, endings) of a space-separated list, folded: "cat", "kündig*" and
    "*vertrag" (a German compound's last part: "Handyvertrag", "Mietvertrag")."""
    words = [fold(w) for w in block.split()]
    return (
        tuple(w for w in words if "*" not in w),
        tuple(w[:-1] for w in words if w.endswith("*")),
        tuple(w[1:] for w in words if w.startswith("*")),
    )


_Spec = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _is(word: str, spec: _Spec) -> bool:
    whole, stems, endings = spec
    return word in whole or word.startswith(stems) or word.endswith(endings)


# Verbs of handing over, leaving, cancelling, deleting or writing down, past or present.
GIVE = _stems(
    "gave give* given left leave* handed hand passed pass brought found rehom* wrote written write*"
    " cancel* delet* sold put noted transferred signed paid sorted stays staying"
    " bezahlt liegt liegen bleibt gegeben gebe gibt verschenkt schenk* geschenkt gebracht bring* hingestellt gelassen lass* abgegeben"
    " aufgeschrieben schreib* geschrieben gekundigt kundig* geloscht losch* uberschrieben verkauft ubergeben"
    " paye payee ira donne donn* laisse laiss* confie confiee rendu rends ecrit ecri* note noter resilie resili* supprime supprim* vendu"
    " dado dej* deje regal* pague queda cancel* borre borrado borramos apunt* escrib* escrit* pase vendi entregu* confie confiado"
    " pagato pagate resta dato lasciat* lascia* lasciato regalat* regal* dato ceduto scritt* scrivere disdett* disdic* cancellat* venduto affidat* consegnat*"
    " betaald ligt liggen blijft gegeven geef* geeft weggegeven gebracht breng* achtergelaten gelaten opgeschreven geschreven opgezegd verwijderd verkocht overgedragen"
    " paguei fica dei deu dar deixei deix* entreguei entreg* dou escrevi escrit* cancelei cancel* apaguei vendi levei passei confiei"
)

# What is handed over, by kind: a handover of each kind counts once.
THINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "pet": _stems(
        "cat cats dog dogs puppy kitten pet pets parrot budgie rabbit hamster lead leash"
        " katze kater hund hundes hunde katzchen haustier leine futter papagei kaninchen"
        " chat chatte chien chienne laisse croquettes perroquet lapin"
        " gato gata perro perra perrita mascota correa pienso conejo"
        " gatto gatta cane cagnolino guinzaglio crocchette pappagallo coniglio"
        " kat poes hond hondje huisdier riem voer papegaai konijn"
        " gato gata cao cadela cachorro trela racao papagaio coelho"
    ),
    "keys": _stems(
        "key keys spare"
        " schlussel schlussels"
        " cle cles clef clefs bip"
        " llave llaves"
        " chiave chiavi"
        " sleutel sleutels"
        " chave chaves"
    ),
    "codes": _stems(
        "password* passcode* pin login* logins"
        " passwort* passworter zugangsdaten pin"
        " mot mots codes code"
        " contrasena* clave claves"
        " password pin codice"
        " wachtwoord* pincode"
        " senha* palavras-passe palavra-passe passe"
    ),
    "things": _stems(
        "guitar* bike bikes bicycle records vinyl books jewellery jewelry plants clothes savings car console ps5 motorbike stuff things belongings"
        " gitarre fahrrad *rad platten bucher schmuck pflanzen kleider ersparnisse auto sachen motorrad"
        " guitare velo disques livres bijoux plantes vetements economies voiture affaires moto bd"
        " guitarra bici bicicleta discos libros joyas plantas ropa ahorros coche moto cosas"
        " chitarra bici bicicletta dischi libri gioielli piante vestiti risparmi macchina moto cose"
        " gitaar fiets racefiets platen boeken sieraden planten kleren spaargeld auto spullen"
        " violao guitarra bicicleta discos livros joias plantas roupas poupancas carro mota moto coisas"
    ),
    "papers": _stems(
        "papers documents folder deeds envelope testament bills"
        " papiere unterlagen ordner mappe umschlag testament rechnungen"
        " papiers dossier enveloppe testament factures"
        " papeles documentos carpeta testamento facturas"
        " carte documenti cartella busta testamento bollette"
        " papieren documenten map envelop testament rekeningen"
        " papeis documentos envelope testamento renda"
    ),
    "letters": _stems(
        "letter letters note notes"
        " brief briefe abschiedsbrief*"
        " lettre lettres mot"
        " carta cartas nota"
        " lettera lettere biglietto"
        " brief brieven briefje"
        " carta cartas bilhete"
    ),
    # The farm, the house or the business, signed over or put in a child's name.
    "property": _stems(
        "farm farmhouse business firm workshop herd flock land house"
        " hof bauernhof betrieb firma werkstatt herde land haus"
        " exploitation ferme entreprise boite atelier troupeau terres maison"
        " finca granja explotacion empresa negocio taller rebano tierras casa"
        " podere fattoria azienda ditta officina bottega gregge terreni terra casa"
        " boerderij bedrijf zaak werkplaats kudde land huis"
        " quinta fazenda sitio empresa negocio oficina rebanho terras casa"
    ),
    "contracts": _stems(
        "rent contract subscription* gym lease tenancy membership accounts account socials insurance"
        " vertrag *vertrag abo abos abonnement* fitnessstudio wohnung miete mietvertrag konto konten account versicherung"
        " loyer contrat abonnement* forfait bail mutuelle comptes compte assurance"
        " contrato suscripcion* gimnasio alquiler cuentas cuenta redes"
        " contratto abbonament* palestra affitto account profili assicurazione"
        " contract abonnement* sportschool huur huurcontract accounts socials verzekering"
        " contrato assinatura* academia arrendamento contas redes"
    ),
}

# Guns given up, each language's words. A man who plans to shoot himself often gives the
# family's guns away and keeps one: "sold the guns to my brother, well most of them. kept the
# one". A weapon handed over (or taken to someone: "j'ai descendu les fusils chez mon frère")
# is a crisis with one kept back (KEPT_ONE), with the family said to cope without the writer
# (COPE: "the kids will be fine, they have their mum"), or said to be final (FINAL). Sold
# alone, with a reason, or one kept for the hunt or the range (HUNTING), it is news.
WEAPONS = _stems(
    "gun guns rifle* shotgun* firearm* pistol* revolver* handgun*"
    " gewehr* waffe waffen jagdwaffe* flinte* pistole* revolver*"
    " fusil* arme armes carabine* pistolet* revolver*"
    " escopeta* arma armas rifle* pistola* revolver*"
    " fucil* arma armi carabina* pistola* doppietta revolver*"
    " geweer geweren wapen* jachtgeweer* pistool* revolver*"
    " espingarda* arma armas carabina* pistola* revolver*"
)
# Property put in someone's name: "the farm is in my son's name now", "l'exploitation est au
# nom du petit", "il podere è intestato a mio figlio". Only for the kind "property": a pet's
# name is not a handover.
NAMED = _stems("name nom nombre nome naam namen intestat* intestad* uberschrieben overgeschreven")
# Taking a thing to someone, beside the verbs of GIVE.
TAKEN = _stems(
    "took taken brought gebracht hingebracht descendu descendus amene apporte porte portes"
    " lleve llevado traje regale vendi portato portati portate gebracht weggebracht levei levado"
)
# A gun kept for the hunt or the range: the sport, not the plan.
HUNTING = _stems(
    "hunt* deer season range club shooting"
    " jagd* jager jaeger schutzenverein schiessstand"
    " chasse chasser chasseur* ball-trap tir"
    " caza cazar cazador* coto tiro"
    " caccia cacciare cacciator* poligono tiro"
    " jacht jagen jager schietvereniging"
    " caca cacar cacador* tiro"
)
KEPT_ONE = pattern_phrases(
    "kept one / kept the one / kept one back / keeping one / keep one / except one / all but one / but one"
    " / bis auf eine / bis auf eins / bis auf das eine / eine behalten / eins behalten / eines behalten / nur eine behalten / eine hab ich behalten"
    " / garde un / garde le / garde une / sauf un / sauf une / sauf le / en ai garde un / garde juste un"
    " / me quede una / me quede con una / me quede uno / me quede con uno / menos una / menos uno / salvo una / excepto una"
    " / tenuto uno / tenuta una / tenuto una / tranne uno / tranne una / ne ho tenuto uno / ne ho tenuta una / tenuto solo"
    " / een gehouden / eentje gehouden / op een na / behalve een / behalve eentje / een heb ik gehouden"
    " / fiquei com uma / fiquei com um / menos uma / menos um / exceto uma / exceto um"
)
COPE = pattern_phrases(
    "have their mum / have their mom / have their mother / have their dad / have their father"
    " / be fine without me / manage without me / cope without me / better off without me"
    " / haben ja ihre mutter / haben ihre mutter / haben ja ihren vater / haben ihren vater / haben ja die mama"
    " / kommen ohne mich klar / kommen ohne mich zurecht / schaffen das ohne mich / ohne mich besser"
    " / ont leur mere / ont leur pere / ont leur maman / ont leur papa / en sortiront mieux / en sortiront sans moi / debrouilleront sans moi / mieux sans moi"
    " / tienen a su madre / tienen a su padre / tienen a su mama / estaran mejor sin mi / apanaran sin mi / saldran adelante sin mi"
    " / hanno la loro madre / hanno la madre / hanno la mamma / hanno il padre / la caveranno senza di me / staranno meglio senza di me"
    " / hebben hun moeder / hebben hun vader / hebben hun mama / redden het wel zonder mij / beter af zonder mij"
    " / tem a mae / tem a mae deles / tem o pai / ficam melhor sem mim / vao se virar sem mim / safam se sem mim"
)

# Kinds of handover that, with thanks or a farewell alone, are a goodbye: a pet rehomed, keys
# or codes left for someone, letters written.
PERSONAL = frozenset({"pet", "keys", "codes", "letters"})

# Letters for each of one's family, kept back in a drawer: written to be found.
FAMILY = _stems(
    "children kids grandchildren grandkids wife husband partner mum mom mam dad parents sister brother family each"
    " kinder enkel enkelkinder frau mann mama papa eltern schwester bruder familie jeden jede"
    " enfants petits-enfants femme mari maman papa parents soeur frere famille chacun chacune"
    " hijos hijas nietos nietas esposa esposo marido mujer mama papa padres hermana hermano familia cada"
    " figli figlie nipoti moglie marito mamma papa genitori sorella fratello famiglia ognuno ciascuno ragazzi"
    " kinderen kleinkinderen vrouw man mama papa ouders zus broer familie elk elke vent"
    " filhos filhas netos mulher marido mae pai pais irma irmao familia cada"
)
HIDDEN = _stems(
    "drawer cupboard tiroir placard cajon cajón armario cassetto comò cassettiera la lade gaveta schublade schrank"
    " boite doos caixa scatola box"
)

# Said to be final: the writer will not need it, will not be there, it is for good.
FINAL = pattern_phrases(
    "not need * anymore / not need * any more / not need _ them / not need _ it / not need _ anything / not need _ anymore"
    " / not be needing / no longer need / do not need things / do not need anything"
    " / for good / forever / for ever / for whoever finds me / whoever finds me / who finds me"
    " / nobody has to / no one has to / nobody will have / no one will have / so nobody / so no one"
    " / just in case / tired of everything / tired of it all / nothing left to / where i am going"
    " / not hear from me / last time you hear / will not be here / will not be around / not be here"
    " / i am ready / im ready / think i am ready / ready to go / all done now / better this way"
    " / brauch * nicht mehr / brauche * nicht mehr / brauch ich * nicht mehr / nicht mehr brauch* / brauch nichts mehr / brauche nichts mehr"
    " / fur immer / wer mich findet / fur den fall / falls * passiert / mude von allem / nicht mehr da / fertig mit allem"
    " / besser so / niemand muss / damit niemand / keiner muss"
    " / en aurai plus besoin / en aurai pas besoin / aurai plus besoin / ne servira plus / servira plus / pour de bon / pour toujours"
    " / au cas ou / qui me trouvera / fatigue de tout / fatiguee de tout / mieux comme ca / plus rien a / personne ne ait / que personne"
    " / ne reprendrai pas / plus besoin"
    " / no los necesito / no lo necesito / no voy a necesitar / ya no necesito / no me hace falta / no me sirve* / para siempre"
    " / por las dudas / por si acaso / quien me encuentre / cansad* de todo / mejor asi / nadie tenga / no tenga que"
    " / non mi serv* piu / non mi servono / non ne avro piu bisogno / non ne ho piu bisogno / per sempre / chi mi trova"
    " / per ogni evenienza / stanc* di tutto / meglio cosi / nessuno debba / nessuno avra / nessuno deve / sono pronto / sono pronta / tutto piu semplice"
    " / niet meer nodig / toch niet meer / heb het niet meer nodig / voorgoed / voor altijd / wie me vindt / voor het geval"
    " / alles zo moe / alles moe / moe van alles / beter zo / niemand hoeft / hoeft niet meer / niks meer van me / alles is geregeld"
    # The future cancelled: no more appointments, orders or calls.
    " / no need to book / do not bother booking / no more appointments / do not book / please do not call / do not call me / my last day"
    " / easier this way / easier for everyone / if i do not turn up / get it after / find it after"
    " / brauch* _ nicht mehr / brauch* _ nimmer / keine termine mehr / keinen termin mehr / ruf* mich nicht an / nicht mehr anrufen"
    " / ne prenez plus / plus de rendez-vous / ne me appelez pas / ne me appelle pas / suis pret / suis prete / quand je serai plus la"
    " / no me mandes mas / no me llames / no hace falta que me / no mas citas / no reserve* / cuando ya no este"
    " / non prenoti / non mi chiami / non serve che mi / altri appuntamenti / non ci sono piu / nn ci sono piu / non ci saro / nn ci saro / la trovera dopo / se non vengo piu"
    " / bel me niet / geen afspraken meer / kom niet meer / niet meer naar de afspraak / als ik er niet meer ben"
    " / nao precisa de me marcar / nao me ligue / nao marque / mais consultas / n vou precisar / quando eu me for / eu me for"
    # Whoever comes after will know where things are, and need not worry.
    " / knows where / know where everything / will know what to do / whoever comes / not have to worry about me / need them after"
    " / weiss wo / wissen wo / wer nach mir / danach brauch* / keine sorgen mehr um mich"
    " / sait ou / sauront ou / saura quoi faire / plus a vous inquieter / plus a te inquieter / plus a vous soucier"
    " / sabe donde / sabran donde / no tendra que preocupar* / no tendras que preocupar*"
    " / sa dove / sapra cosa fare / non dovra piu preoccupar* / non dovrai piu preoccupar*"
    " / weet waar / straks nodig / nergens naar te zoeken / hoeft niemand / geen zorgen meer om mij"
    " / sabe onde / vai saber o que fazer / nao vai ter de se preocupar / nao precisa de se preocupar comigo"
    " / nao vou precisar / nao preciso mais / ja nao preciso / para sempre / pra sempre / partir de vez / embora de vez / quem me encontrar"
    " / por via das duvidas / cansad* de tudo / melhor assim / ninguem precis* / ninguem tenha / tratei de tudo"
)
# Gone by the morning, not there tomorrow: with letters left, a goodbye ("notes r written, ill
# be gone by morning", "ho lasciato le lettere, domani nn ci sono più"). Alone it is often a
# trip ("tomorrow i'm gone!"), so it counts only beside letters.
GONE_SOON = pattern_phrases(
    "gone by morning / gone by the morning / gone by tomorrow / be gone tomorrow / not be here tomorrow / not here tomorrow / not be here in the morning"
    " / morgen bin ich weg / morgen bin ich nicht mehr / morgen bin ich nimmer / morgen fruh bin ich weg / bis morgen bin ich weg"
    " / demain je serai plus la / demain je ne serai plus la / demain je suis plus la / demain je ne suis plus la / demain je serai parti* / demain je suis parti*"
    " / manana no estoy / manana ya no estoy / manana ya no estare / manana no estare / para manana ya no"
    " / domani non ci sono / domani nn ci sono / domani non ci saro / domani nn ci saro / domani non ci sarò"
    " / morgen ben ik er niet meer / morgen ben ik weg / morgen ben ik er niet"
    " / amanha ja nao estou / amanha nao estou / amanha ja nao vou estar / amanha nao vou estar / amanha ja n estou"
)

# Thanks and farewells that, with two handovers, close a life's affairs rather than a letter.
PARTING = pattern_phrases(
    "thank you for everything / thanks for everything / thanks for trying / goodbye / say goodbye / said goodbye"
    " / feels tidy / all sorted / everything is sorted / everything sorted / tying up loose ends / affairs in order / everything in order / all in order"
    " / danke fur alles / abschied / verabschied* / alles erledigt / alles geregelt / alles in ordnung"
    " / merci pour tout / adieu / au revoir / tout est regle / tout range / en ordre / mes dispositions"
    " / gracias por todo / despedi* / todo en orden / ya esta / ya fue / dejado todo / deje todo / todo listo / todo arreglado / todo ordenado"
    " / grazie di tutto / grazie per tutto / addio / salutar* / ti saluto / la saluto / vi saluto / tutto in ordine / tutto sistemato"
    " / bedankt voor alles / dank voor alles / afscheid / alles geregeld / op orde"
    " / obrigad* por tudo / despedi* / tudo em ordem / em ordem / tudo tratado / arrumei tudo"
    " / ya dej* todo / ho sistemato tutto / sistemato tutto / j ai tout range / alles uitgezocht"
)

# A reason that makes a handover news, in the same reply.
REASON = _stems(
    "moving move moved emigrat* abroad relocat* holiday* vacation* trip travel* hospital* operation surgery allerg* retir* baby downsiz* renovat* flat-share christmas birthday wedding"
    " umzug umzieh* ziehe ziehen umgezogen auswander* wandern wandere ausgewandert urlaub reise krankenhaus spital operation allergi* rente pension* baby renovier* weihnacht* geburtstag* hochzeit"
    " demenag* expatri* vacances voyage hopital operation allergi* retraite bebe travaux noel anniversaire mariage"
    " mudanza mudo mudamos mudarme mudarnos emigr* vacaciones viaje hospital operacion alergi* jubil* bebe obras erasmus navidad cumpleanos boda"
    " traslo* trasferi* vacanz* viaggio ospedale operazione allergi* pensione bambino lavori erasmus natale compleanno matrimonio"
    " verhuiz* emigr* vakantie reis ziekenhuis operatie allergi* pensioen baby verbouw* kerst* verjaardag bruiloft"
    " mudanca mudar mudamos mudei emigr* ferias viagem hospital operacao alergi* aposent* bebe obras natal aniversario casamento"
    # Someone's death: their things shared out, their letters, are grief, not a plan.
    " died funeral verstorb* gestorben beerdigung decede* deces obseques falleci* murio funeral morto morta scompars* funerale overled* begrafenis falece* morreu enterro"
)
# An absence with its end in sight: "i gave the keys to my neighbour because i won't be around
# next week", "bis ich zurück bin". A time away is a reason, as a holiday is.
FOR_A_TIME = pattern_phrases(
    "next week / next month / next weekend / this weekend / for a week / for a few days / for two weeks / for the weekend"
    " / while i am away / while i am gone / until i am back / until i get back / till i am back / when i am back / when i get back"
    " / nachste woche / nachsten monat / am wochenende / fur eine woche / fur ein paar tage / fur zwei wochen / solange ich weg bin / bis ich zuruck bin / wenn ich zuruck bin / wenn ich wieder da bin"
    " / semaine prochaine / mois prochain / ce week-end / ce weekend / pour une semaine / pour quelques jours / pour deux semaines / pendant mon absence / a mon retour / jusqu a mon retour / quand je rentre"
    " / semana que viene / proxima semana / mes que viene / este finde / el fin de semana / por una semana / por unos dias / por dos semanas / mientras este fuera / hasta que vuelva / cuando vuelva"
    " / prossima settimana / settimana prossima / mese prossimo / questo weekend / per una settimana / per qualche giorno / per due settimane / mentre sono via / finche torno / quando torno / al mio ritorno"
    " / volgende week / volgende maand / dit weekend / voor een week / voor een paar dagen / voor twee weken / terwijl ik weg ben / tot ik terug ben / als ik terug ben"
    " / proxima semana / semana que vem / proximo mes / no fim de semana / por uma semana / por uns dias / por duas semanas / enquanto estiver fora / ate eu voltar / quando eu voltar / quando voltar"
)

# "After next week" is no time away with its end in sight.
AFTER = frozenset(
    {"after", "from", "beyond", "nach", "ab", "apres", "des", "despues", "desde", "dopo"}
    | {"dalla", "vanaf", "depois"}
)

# Words that make the reason told a pretext: someone believes it, or it is "not really" so.
PRETEXT = pattern_phrases(
    "thinks / think i / told / not really / pretend* / glaubt / denkt / gesagt / nicht wirklich"
    " / croit / pense que / pensent / dit que / pas vraiment / cree / creen / dije que / en realidad"
    " / crede / pensa che / pensano / detto che / non davvero / denkt / denken / gezegd / niet echt"
    " / acha / acham / pensa que / disse que / nao e verdade"
)


# A handover negated ("I'd never give my dog away") or done by someone else ("dad gave his
# watch to my son") is not the writer's.
NOT_MINE = _stems(
    "not never he she they his her mum mom dad mother father grandma grandpa nan"
    " nicht nie niemals er sie ihr mama papa mutter vater oma opa"
    " ne pas jamais il elle ils elles maman papa mere pere"
    " no nunca jamas el ella ellos mama papa madre padre abuela abuelo"
    " non mai lei loro mamma papa madre padre nonna nonno"
    " niet nooit hij zij mama papa moeder vader oma opa"
    " nao nunca ele ela eles mae pai avo"
)


def _handovers(words: Sequence[Token], text: list[str]) -> set[str]:
    """The kinds of things told as handed over, left, cancelled or written down."""
    return set(_handed_over(words, text))


def _handed_over(words: Sequence[Token], text: list[str]) -> dict[str, int]:
    """Each kind of thing told as handed over, left, cancelled or written down (a verb of
    GIVE within eight words of a thing of THINGS in its sentence), with where it is told."""
    kinds: dict[str, int] = {}
    for p, word in enumerate(text):
        if not word:
            continue
        for kind, spec in THINGS.items():
            if kind in kinds or not _is(word, spec):
                continue
            verbs = (GIVE, NAMED) if kind == "property" else (GIVE,)
            if kind == "things" and _in_order(text, sentence_of(words, p, p + 1)):
                kinds[kind] = p  # "mis mes affaires en ordre", "mijn spullen op orde"
                continue
            if _verb_near(words, text, p, verbs):
                kinds[kind] = p
    return kinds


# "In order": beside a verb of putting, one's things put in order.
IN_ORDER = pattern_phrases(
    "in order / en ordre / in ordine / en orden / op orde / in orde / em ordem / in ordnung"
)


def _in_order(text: list[str], sentence: range) -> bool:
    return finds_pattern(text, sentence, IN_ORDER)


def _verb_near(words: Sequence[Token], text: list[str], p: int, verbs: Sequence[_Spec]) -> bool:
    """Whether a verb of `verbs` stands within eight words of word `p` in its sentence, and
    is the writer's own (no NOT_MINE in the two words before it: "my brother gave")."""
    sentence = sentence_of(words, p, p + 1)
    return any(
        q != p
        and text[q]
        and any(_is(text[q], spec) for spec in verbs)
        and not any(
            text[r] and _is(text[r], NOT_MINE) for r in range(max(sentence.start, q - 2), q)
        )
        for q in range(max(sentence.start, p - 8), min(sentence.stop, p + 9))
    )


def explained_handovers(words: Sequence[Token]) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences that tell a handover the reply gives a reason
    for (a move, a holiday, a week away): news, which the second reader, having learned
    handovers from goodbyes, reads as one ("i gave the keys to my neighbour because i won't
    be around next week", 90 %). assess.py has it read the reply without them; the rest of
    the reply is read as before."""
    text = [t.word for t in words]
    places = _handed_over(words, text)
    if not places or not _reasoned(words, text):
        return []
    return [
        (sentence.start, sentence.stop)
        for sentence in (sentence_of(words, p, p + 1) for p in places.values())
    ]


def _reasoned(words: Sequence[Token], text: list[str]) -> bool:
    """Whether the reply gives a reason for a handover that is not told as a pretext."""
    if any(
        pattern_at(text, p, len(text), phrase) and (p == 0 or text[p - 1] not in AFTER)
        for p in range(len(text))
        for phrase in FOR_A_TIME
    ):
        return True
    for p, word in enumerate(text):
        if word and _is(word, REASON):
            sentence = sentence_of(words, p, p + 1)
            if not finds_pattern(text, sentence, PRETEXT):
                return True
    return False


def _letters_kept(words: Sequence[Token], text: list[str]) -> bool:
    """Letters written for one's family, each of them, or kept in a drawer: a sentence with a
    word of THINGS["letters"], one of FAMILY and one of HIDDEN or a second of FAMILY."""
    for p, word in enumerate(text):
        if word and _is(word, THINGS["letters"]):
            sentence = sentence_of(words, p, p + 1)
            family = sum(1 for q in sentence if text[q] and _is(text[q], FAMILY))
            hidden = any(text[q] and _is(text[q], HIDDEN) for q in sentence)
            if family and (hidden or family >= 2):
                return True
    return False


def _weapons_given_up(words: Sequence[Token], text: list[str]) -> bool:
    """Whether a sentence tells a weapon of WEAPONS handed over or taken to someone (a verb
    of GIVE or TAKEN within eight words, not another's: NOT_MINE) and the reply keeps one
    back (KEPT_ONE), says the family will cope without the writer (COPE) or that it is final
    (FINAL)."""
    for p, word in enumerate(text):
        if not word or not _is(word, WEAPONS):
            continue
        if _verb_near(words, text, p, (GIVE, TAKEN)):
            if any(w and _is(w, HUNTING) for w in text):
                return False
            everything = range(len(text))
            return any(
                finds_pattern(text, everything, phrases) for phrases in (KEPT_ONE, COPE, FINAL)
            )
    return False


def final_arrangements(words: Sequence[Token]) -> bool:
    """Whether the reply tells its affairs put in order as final: a handover said to be
    final, a personal one (a pet, keys, codes, letters) with thanks or a farewell, two
    different ones with thanks or a farewell, three different ones, or letters for one's
    family kept in a drawer, or weapons given up with one kept back (`_weapons_given_up`);
    never with a reason that makes them news (a move, a holiday,
    an allergy, a birthday)."""
    text = [t.word for t in words]
    if _weapons_given_up(words, text):
        return not _reasoned(words, text)
    kinds = _handovers(words, text)
    if not kinds:
        return False
    everything = range(len(text))
    final = finds_pattern(text, everything, FINAL)
    parting = finds_pattern(text, everything, PARTING)
    if not (
        final
        or (parting and (len(kinds) >= 2 or kinds & PERSONAL))
        or len(kinds) >= 3
        or ("letters" in kinds and _letters_kept(words, text))
        or ("letters" in kinds and finds_pattern(text, everything, GONE_SOON))
    ):
        return False
    return not _reasoned(words, text)
