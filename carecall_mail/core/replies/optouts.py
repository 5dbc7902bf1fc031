"""Opt-out requests: a short message that is essentially "stop", in the client's language.

A client who writes "I had to stop the magnesium, it gave me pain" is replying,
not opting out: a message is an opt-out only when, once the request and the
usual politeness are taken away, next to nothing is left. A bare "stop" that names no
mail ("Should I stop?", "the pain won't stop") is a reply unless it stands alone.
"""

from __future__ import annotations

import re

from carecall_mail.core.mimetext import fold_case

# The mail a request names, in every language we serve: "reminders", "Erinnerungen", "rappels",
# "recordatorios", "promemoria", "herinneringen", "lembretes", "påminnelser", "wiadomości"...
_MAIL_NOUNS = (
    r"(?:e-?mails?|mails?|messages?|reminders?|newsletters?|notifications?|nachrichten|"
    r"erinnerungen|rappels?|courriels?|correos?|mensajes?|recordatorios?|promemoria|messaggi|"
    r"berichten|herinneringen|nieuwsbrief|mensagens|lembretes|mejl|e-?post(?:er)?|"
    r"påminnelser|påmindelser|maili|e-?maili|wiadomości|e-?maily|zprávy|писем|письма|"
    r"сообщений|сообщения|рассылку|boletines|maile)"
)
# Requests that name the mail, or say "stop writing to me", in so many words. First, so that
# a bare "stop" or "non voglio più" does not match before them ("stop the reminders", "no
# quiero más mensajes", "ik hoef deze herinneringen niet meer"); a remedy, a pain or an
# appointment is never one of the nouns ("I don't need more drops", "no more pain").
_NAMED_MAIL_REQUESTS = (
    rf"(?:do\s+not|don'?t)\s+(?:want|need|(?:want|wish)\s+to\s+(?:receive|get))\s+(?:any\s+)?"
    rf"(?:more\s+|further\s+)?(?:of\s+)?"
    rf"(?:your\s+|these\s+|those\s+|the\s+)?{_MAIL_NOUNS}|"
    rf"stop\s+(?:all\s+)?(?:the\s+|these\s+|those\s+|your\s+)?{_MAIL_NOUNS}|"
    rf"stop\s+spamming(?:\s+me)?|cancel\s+(?:my\s+)?subscription|unsubcribe|unsuscribe|"
    rf"cancel\s+(?:all\s+)?(?:the\s+|these\s+|your\s+)?"
    rf"(?:reminders|e-?mails|mails|messages|newsletters?|notifications)|"
    rf"(?:hören\s+sie|hört)\s+(?:bitte\s+)?auf,?\s+mir\s+(?:{_MAIL_NOUNS}\s+)?zu\s+"
    rf"(?:schreiben|schicken|senden|mailen)|"
    rf"aus\s+(?:dem|ihrem)\s+(?:e-?mail-?)?(?:verteiler|newsletter)\s+"
    rf"(?:nehmen|streichen|entfernen|löschen|austragen)|"
    rf"no\s+more\s+{_MAIL_NOUNS}|keine\s+(?:weiteren\s+)?{_MAIL_NOUNS}\s+mehr|"
    rf"nicht\s+mehr\s+(?:an)?(?:schreiben|mailen|kontaktieren)|"
    rf"schreiben\s+sie\s+mir\s+nicht\s+mehr|"
    rf"(?:brauche|benötige)\s+(?:die\s+|diese\s+|ihre\s+)?{_MAIL_NOUNS}\s+nicht\s+mehr|"
    rf"plus\s+de\s+(?:vos\s+|ces\s+)?{_MAIL_NOUNS}|"
    rf"ne\s+(?:veux|souhaite|désire)\s+plus\s+recevoir\s+(?:de\s+|d['’]|vos\s+|ces\s+|les\s+)?"
    rf"{_MAIL_NOUNS}|"
    rf"plus\s+(?:être|etre)\s+contact[ée]e?|ne\s+plus\s+me\s+(?:contacter|écrire|ecrire)|"
    rf"(?:me\s+)?retir(?:er|ez)(?:-moi|\s+moi)?\s+de\s+(?:votre|vos|la)\s+(?:liste|listes)|"
    rf"supprim(?:ez|er)\s+mon\s+(?:adresse|e-?mail)|"
    rf"arr[êe]t(?:ez|er)\s+(?:de\s+m['’](?:écrire|ecrire|envoyer|contacter)|"
    rf"(?:les|vos|ces)\s+{_MAIL_NOUNS})|"
    rf"plus\s+besoin\s+(?:de\s+|des\s+)?(?:ces\s+|vos\s+|les\s+)?{_MAIL_NOUNS}|"
    rf"no\s+(?:quiero|deseo|necesito)\s+(?:recibir\s+|seguir\s+recibiendo\s+)?(?:m[áa]s\s+)?"
    rf"(?:sus\s+|tus\s+|estos\s+|los\s+)?{_MAIL_NOUNS}|"
    rf"no\s+m[áa]s\s+{_MAIL_NOUNS}|basta\s+de\s+{_MAIL_NOUNS}|"
    rf"dej(?:en|e|a|ad)\s+de\s+(?:enviarme|mandarme|escribirme|contactarme)|"
    rf"no\s+me\s+(?:env[íi]en|env[íi]e|env[íi]es|manden|mande|escriban|contacten|contacte)"
    rf"\s+m[áa]s|no\s+me\s+(?:env[íi]en|env[íi]e|manden|mande)\s+(?:m[áa]s\s+)?{_MAIL_NOUNS}|"
    rf"(?:eliminen|elimine|borren|borre|quiten|quite)\s+mi\s+(?:direcci[óo]n|correo|e-?mail)|"
    rf"smett(?:ete|a|i)\s+di\s+(?:scrivermi|mandarmi|inviarmi|contattarmi)|"
    rf"(?:niente|basta)\s+(?:pi[ùu]\s+)?{_MAIL_NOUNS}|"
    rf"(?:non\s+(?:voglio|desidero)\s+pi[ùu]\s+ricevere|non\s+ricevere\s+pi[ùu])\s+"
    rf"(?:(?:le|i|queste|questi)\s+)?"
    rf"{_MAIL_NOUNS}|"
    rf"(?:cancellate|eliminate|rimuovete)\s+il\s+mio\s+indirizzo(?:\s+e-?mail)?|"
    rf"non\s+ho\s+pi[ùu]\s+bisogno\s+(?:di\s+|dei\s+)?(?:questi\s+|queste\s+)?{_MAIL_NOUNS}|"
    rf"non\s+(?:inviatemi|mandatemi|scrivetemi|contattatemi)\s+pi[ùu]|"
    rf"niet\s+meer\s+(?:mailen|e-?mailen|sturen|gemaild\s+worden|benaderen)|"
    rf"n[ãa]o\s+me\s+(?:envie|enviem|mande|mandem|contactem|contatem|escrevam)\s+mais"
    rf"(?:\s+{_MAIL_NOUNS})?|"
    rf"geen\s+{_MAIL_NOUNS}\s+meer|stuur\s+(?:me|mij)\s+niets\s+meer|"
    rf"(?:haal|verwijder)\s+(?:me|mij)\s+(?:van|uit)\s+(?:de|jullie|uw)\s+"
    rf"(?:lijst|mailinglijst|verzendlijst)|verwijder\s+mijn\s+(?:e-?mail-?)?(?:adres|e-?mailadres)|"
    rf"hoef\s+(?:deze\s+|de\s+|die\s+)?{_MAIL_NOUNS}\s+niet\s+meer|"
    rf"par(?:em|e|a)\s+de\s+(?:me\s+)?(?:mandar|enviar|escrever|contactar)|"
    rf"n[ãa]o\s+(?:quero|desejo|preciso)\s+(?:mais\s+)?(?:receber\s+)?(?:mais\s+)?"
    rf"(?:de\s+)?(?:os\s+|estes\s+|destes\s+|esses\s+|seus\s+)?{_MAIL_NOUNS}|"
    rf"n[ãa]o\s+quero\s+receber|avsluta\s+(?:min\s+)?prenumeration(?:en)?|"
    rf"(?:send\s+(?:mig|meg)\s+ikke|ikke\s+send\s+(?:mig|meg))\s+flere\s+{_MAIL_NOUNS}|chega\s+de\s+{_MAIL_NOUNS}|"
    rf"cancelar\s+(?:a\s+)?(?:minha\s+)?(?:inscri[çc][ãa]o|assinatura)|"
    rf"(?:tirem|tire)-me\s+da\s+(?:sua\s+)?lista|"
    rf"sluta\s+(?:att\s+)?(?:skicka|sända)\s+(?:mig\s+)?(?:fler\s+)?{_MAIL_NOUNS}"
    rf"(?:\s+till\s+mig)?|"
    rf"(?:vill\s+inte\s+ha|inga|(?:ønsker|vil)\s+ikke\s+(?:å\s+)?(?:have\s+|ha\s+|modtage\s+|motta\s+)?)"
    rf"\s*fler(?:e)?\s+{_MAIL_NOUNS}|"
    rf"ta\s+bort\s+mig\s+från\s+(?:listan|er\s+lista|utskickslistan)|"
    rf"stop\s+med\s+at\s+sende\s+(?:mig\s+)?(?:flere\s+)?{_MAIL_NOUNS}|"
    rf"slutt\s+å\s+sende\s+(?:meg\s+)?(?:flere\s+)?{_MAIL_NOUNS}|"
    rf"fjern\s+(?:mig|meg)\s+fra\s+(?:listen|jeres\s+liste|deres\s+liste)|"
    rf"nie\s+(?:wysyłajcie|wysyłaj|wysyłać|przysyłajcie|przysyłaj|przysyłać)\s+(?:mi\s+)?(?:więcej\s+|już\s+)?"
    rf"{_MAIL_NOUNS}|"
    rf"nie\s+chcę\s+(?:więcej\s+|już\s+)?(?:otrzymywać|dostawać)\s+(?:więcej\s+)?{_MAIL_NOUNS}|"
    rf"przesta(?:ć|ńcie)\s+(?:mi\s+)?(?:wysyłać|przysyłać)\s+(?:mi\s+)?{_MAIL_NOUNS}|"
    rf"не\s+(?:присылайте|отправляйте)\s+(?:мне\s+)?(?:больше\s+)?{_MAIL_NOUNS}|"
    rf"lopettakaa\s+(?:viestien|sähköpostien|muistutusten)\s+lähettäminen|"
    rf"vill\s+inte\s+(?:längre\s+)?(?:få|ha)\s+(?:fler\s+|några\s+)?{_MAIL_NOUNS}|"
    rf"stop\s+med\s+at\s+skrive\s+til\s+mig|keine\s+weiteren\s+{_MAIL_NOUNS}|"
    rf"usun(?:ąć|ąc|ac)\s+mnie\s+z\s+(?:listy|bazy)|"
    rf"neposílejte\s+(?:mi\s+)?(?:už\s+)?(?:další\s+)?{_MAIL_NOUNS}|"
    rf"přestaňte\s+(?:mi\s+)?posílat\s+(?:mi\s+)?{_MAIL_NOUNS}|"
    rf"(?:больше\s+)?не\s+(?:присылать|отправлять)\s+(?:мне\s+)?{_MAIL_NOUNS}|"
    rf"не\s+пишите\s+мне|"
    rf"älkää\s+lähettäkö\s+(?:minulle\s+)?(?:enää\s+)?(?:sähköposteja|viestejä|muistutuksia)|"
    rf"ne\s+küldj(?:enek|ön|etek)\s+(?:nekem\s+)?(?:több\s+)?"
    rf"(?:e-?mailt|levelet|üzenetet|emlékeztetőt)|"
)
_REQUEST_WORDS = _NAMED_MAIL_REQUESTS + (
    # Before the bare "stop": "please do not send me any more emails", "stop emailing me".
    rf"(?:do\s+not|don'?t|stop)\s+send(?:ing)?\s+(?:me\s+)?(?:any\s+)?(?:more\s+|further\s+)?"
    rf"(?:of\s+)?(?:your\s+|these\s+|those\s+|the\s+)?{_MAIL_NOUNS}|"
    r"stop\s+(?:e-?mailing|writing\s+to|contacting)\s+me|"
    r"unsubscribe|un-subscribe|opt[\s-]?out|stop|stopp|"
    r"remove\s+me|take\s+me\s+off|"
    r"don'?t\s+(?:e-?mail|contact|write\s+to)\s+me|do\s+not\s+(?:e-?mail|contact|write\s+to)\s+me|"
    r"abmelden|abmeldung|abbestellen|austragen|"
    r"désinscri\w*|desinscri\w*|désabonne\w*|desabonne\w*|ne\s+plus\s+recevoir|arrêtez|"
    r"darse\s+de\s+baja|dar(?:me)?\s+de\s+baja|dadme\s+de\s+baja|baja|no\s+más\s+correos|"
    r"cancella(?:re|te|mi)?(?:\s+la)?\s+(?:mia\s+)?iscrizione|disiscriv\w*|"
    r"non\s+(?:voglio|desidero)\s+più|"
    r"afmelden|uitschrijven|geen\s+(?:e-?mails?|mails)\s+meer|"
    r"avregistrera|avsluta|avprenumerera|meld\s+meg\s+av|afmeld\w*|"
    r"wypisz|wypisać|nie\s+chcę\s+więcej|отписаться|отпишите|"
    r"no\s+longer\s+(?:wish|want)\s+to\s+receive|"
    # Requests to stop sending that name the mail or the sender: "ne plus m'écrire".
    r"ne\s+plus\s+m['’](?:écrire|ecrire|contacter)|"
    r"(?:streichen|nehmen|entfernen|löschen)\s+sie\s+mich|"
    r"ne\s+plus\s+m['’]envoyer|ne\s+m['’]envoyez\s+plus|"
    r"retire-me|retirem-me|remova-me|removam-me|descadastr\w*|"
    # Requests that name the address or the list they are about: "delete my address",
    # "elimínenme de su lista", "удалите меня из рассылки"
    # (never "I don't want to receive the medication" or "cancel my appointment").
    r"(?:delete|remove)\s+my\s+(?:e-?mail\s+)?address|"
    r"löschen\s+sie\s+(?:bitte\s+)?meine\s+(?:e-?mail-?)?adresse|"
    r"(?:elimín|bórre|bórra|quít|sáque)\w{0,3}me\s+de\s+(?:su|tu|la|vuestra)\s+(?:lista|base\s+de\s+datos)|"
    r"(?:cancellatemi|cancellami|cancellarmi|rimuovetemi|rimuovermi|toglietemi)\s+"
    r"(?:dalla|dalle|dai)\s+(?:vostra\s+|sua\s+)?(?:lista|mailing\s*list|newsletter|indirizzi)|"
    r"usunięcie\s+(?:mojego\s+)?(?:adresu|maila|e-?maila)\s+z\s+(?:listy|bazy)|"
    r"usuń(?:cie)?\s+mnie\s+z\s+(?:listy|bazy)|"
    r"удалит[ье]\s+меня\s+из\s+(?:рассылки|списка)|"
    r"poista(?:kaa)?\s+minut\s+\w{0,12}listalta|en\s+halua\s+(?:enää\s+)?"
    r"(?:sähköposteja|viestejä|uutiskirjettä)|"
    r"töröljenek\s+(?:a\s+)?(?:listáról|listájukról)|leiratkoz\w*|"
    r"nem\s+kérek\s+(?:több\s+)?(?:e-?mailt|levelet|hírlevelet)|"
    r"odhla[sš]te\s+mě|odhlásit\s+(?:se\s+)?z\s+odběru|nechci\s+(?:už\s+|dále\s+)?dostávat\s+"
    r"(?:další\s+)?(?:e-?maily|zprávy|newsletter)|"
    r"remov(?:am|a)\s+(?:o\s+)?meu\s+(?:e-?mail|endereço)"
)
# Chinese and Japanese are written without spaces, so their requests match inside a run of
# letters; each names mail, a newsletter or a subscription, never a bare "cancel" or
# "stop" (予約を解除: cancel my appointment; 服用を停止: I stopped taking it).
_CJK_REQUEST_WORDS = (
    r"(?:メルマガ|メールマガジン|メール|配信|購読|登録)を?(?:解除|停止)|送らないで|"
    r"退订|退訂|取消订阅|取消訂閱|不要再发|不要再發|不要再给我发|不要再給我發|别再给我发|別再給我發|メール(?:は|の)?(?:不要|いりません)|"
    r"停止(?:发送|發送|发|發|给我发|給我發)(?:邮件|郵件)"
)
_REQUEST = re.compile(rf"(?<!\w)(?:{_REQUEST_WORDS})(?!\w)|{_CJK_REQUEST_WORDS}", re.I)
# The request words that name no mail: verbs a client also writes of a remedy, a pain or a
# session ("stop", "estoy de baja": I am on sick leave, "afmelden voor donderdag": cancel).
_BARE = re.compile(
    r"stopp?|arrêtez|baja|avsluta|afmeld\w*|abmelden|abmeldung|austragen|non\s+(?:voglio|desidero)\s+più|"
    r"nie\s+chcę\s+więcej",
    re.I,
)
# A bare verb negated is the opposite request ("please don't stop writing", "nicht abmelden",
# "não parem de me mandar lembretes"); a bare "no" is left out: "No stop" may still mean stop.
_NEGATED = re.compile(
    r"(?<!\w)(?:don['’]?t|do\s+not|never|not|nicht|niet|non|não|nao|pas)\s+(?:stopp?|arrêtez|"
    r"arr[êe]ter|abmelden|afmelden|austragen|parem|pare|smettete)(?!\w)|(?<!\w)no\s+dejen(?!\w)",
    re.I,
)
# How long a bare verb's request lasts, which makes it no other subject: "stop for now".
_PAUSE = re.compile(
    r"(?<!\w)(?:for\s+(?:now|a\s+while|the\s+moment|the\s+time\s+being|good)|"
    r"(?:für\s+)?(?:jetzt|erstmal|vorerst)|pour\s+(?:l['’]instant|le\s+moment)|por\s+ahora|"
    r"per\s+ora|voor\s+nu|por\s+agora)(?!\w)",
    re.I,
)
# A stop with an end is a pause, not an opt-out: "stop the reminders until January", "keine
# Mails bis Ende März" (but "until further notice", "bis auf Weiteres" have no end). The
# sign-offs "hasta luego", "tot ziens", "até logo" are no end either.
_UNTIL = re.compile(
    r"(?<!\w)(?:until|jusqu['’]|fino\s+a|bis\s+(?:zum|zur|ende|nach|mitte|anfang)|"
    r"hasta\s+(?:el|la|que|después|despues|finales)|tot\s+(?:na|eind|half)|"
    r"até\s+(?:ao|o|que|depois|final))(?!\w)(?!\s*(?:à\s+)?(?:further|weiteres|nouvel|nuovo))",
    re.I,
)
# A "no more …" that ends in a question mark asks why the mail stopped ("Keine Nachrichten
# mehr? Alles gut?"); a verb asked as a question ("Could you stop the reminders?") requests.
_NO_MORE_ASKED = re.compile(
    r"(?<!\w)(?:no\s+more|keine|plus\s+de|no\s+m[áa]s|niente|basta|geen|chega|inga|"
    r"(?:vill\s+inte\s+ha\s+)?fler)\s[^?.!\n]{0,40}\?",
    re.I,
)
# What a bare verb's request names when it is about our mail ("stop sending me emails").
_MAIL_WORDS = re.compile(
    r"(?<!\w)(?:e-?mails?|mails?|messages?|newsletters?|sending|send|writing|contacting|"
    r"nachrichten|schicken|senden|zusenden|verteiler|courriels?|envoyer|correos?|mensajes|"
    r"enviar|lista|liste|lijst|listan|sturen|mailen)(?!\w)"
    rf"|(?<!\w){_MAIL_NOUNS}(?!\w)",
    re.I,
)
# A cheap test that passes wherever _REQUEST matches: the same words, case-sensitive, on the
# text case-folded (mimetext.fold_case); most replies fail it at once.
_GATE = re.compile(f"{_REQUEST_WORDS}|{_CJK_REQUEST_WORDS}")


# Words that carry no message of their own around an opt-out request.
_FILLER = frozenset(
    """
    please pls plz kindly thanks thank you thx cheers regards best hi hello dear hey ok okay
    me my i i'd id would like want wish to be from your the this these that all any list
    mailing mail mails email emails e-mail e-mails message messages newsletter sending send
    of off on now immediately asap again anymore any more further future contact contacting
    and or a an it them us sorry yes just
    bitte danke vielen dank hallo liebe lieber mich mir von ihrer ihrem ihren der die das dem
    den verteiler liste newsletter e-mail-verteiler mehr keine weitere weiteren ich möchte
    will gerne gern und sie senden schicken zusenden grüße gruß mfg lg viele
    merci svp s'il vous plaît plait bonjour madame monsieur me moi de la le les du des vos votre
    liste je veux voudrais souhaite être etre cordialement
    por favor gracias hola me de la el los las lista correos correo quiero deseo mi su sus tu tus
    más mas mensajes
    per favore grazie ciao mi dalla della lista vorrei voglio vi prego di
    alstublieft aub graag dank bedankt hallo mij van de het lijst wil ik
    aus
    obrigado obrigada olá da lista mais emails e-mails
    tack hej mig från listan vänligen snälla jag vill
    proszę dziękuję mnie z listy chcę o
    пожалуйста спасибо меня от рассылки из списка я хочу прошу мне больше
    kiitos kérem köszönöm a prosím děkuji meu
    venligst tak takk meg ya kind warm wishes sincerely yours
    until notice bis auf weiteres jusqu'à à nouvel ordre fino nuovo avviso hasta nuevo aviso
    ask asking i'm im um
    tot ziens groeten saludos luego bald saluti cordiali atenciosamente abraço
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# The politeness around a Chinese or Japanese request, taken out as substrings (longest
# first) because these languages put no spaces between words.
_CJK_FILLER = sorted(
    """
    このアドレスへの このアドレスに このアドレス アドレス 今後 以後 すべて 全て
    してください して下さい ください 下さい お願いいたします お願いします お願い致します
    お願い いたします します よろしく 宜しく です ます の へ を に は も で
    请 請 谢谢 謝謝 我 的 邮件 郵件 以后 以後 吧
    """.split(),  # noqa: SIM905
    key=len,
    reverse=True,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_MAX_CJK_LEFTOVER = 4  # a family name in kanji may remain
_WORD = re.compile(r"[\w'’-]+")
_MAX_LENGTH = 240
_MAX_LEFTOVER = 2  # a sign-off name ("Maria", "M. Keller") may remain


# A quick action for a code host's or tracker's reply-by-email handler (GitLab's "/close",
# "/label ~bug", "/unsubscribe"): a slash, a command word, its arguments.
_COMMAND_LINE = re.compile(r"^/[a-z][a-z_-]{1,30}(?:\s+\S[^\n]{0,100})?$", re.I)


def _commands_only(text: str) -> bool:
    """Whether every line is such a command, two at least: a command list addressed to a
    tool, in which "/unsubscribe" leaves one issue's thread. One lone "/unsubscribe" is still
    read as the request it may be."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and all(_COMMAND_LINE.match(line) for line in lines)


def is_optout_text(text: str) -> bool:
    """True when the new text is short and essentially a request to stop receiving mail."""
    text = text.strip()
    if not text or len(text) > _MAX_LENGTH:
        return False
    if _commands_only(text):
        return False  # "/close" over "/unsubscribe": a tool's quick actions, not a request
    if _GATE.search(fold_case(text)) is None:
        return False  # so _REQUEST.search(text) is None too
    request = _REQUEST.search(text)
    if request is None:
        return False
    rest = _REQUEST.sub(" ", text)
    for filler in _CJK_FILLER:
        rest = rest.replace(filler, " ")
    if len(_CJK.findall(rest)) > _MAX_CJK_LEFTOVER:
        return False
    rest = _CJK.sub(" ", rest)
    if len(_leftover(rest)) > _MAX_LEFTOVER:
        return False
    if _NEGATED.search(text):
        return False  # "please don't stop writing": the opposite request
    if _UNTIL.search(text) or _NO_MORE_ASKED.search(text):
        return False  # a pause, or a question why the mail stopped
    if any(_BARE.fullmatch(found.group(0)) is None for found in _REQUEST.finditer(text)):
        return True  # a request that names mail, a list or a subscription ("stop sending")
    # Only a bare verb ("stop", "baja", "afmelden"), which clients also write about a remedy,
    # a pain or a session ("Should I stop?", "the pain won't stop", "estoy de baja"): asked as
    # a question, even beside a mail word ("Why did the emails stop?"), or with a word of
    # their own beside it, it is about something else. A line without the verb may still hold
    # a sign-off name ("Stop.\n\nMaria").
    if "?" in text:
        return False
    if _MAIL_WORDS.search(text):
        return True  # the bare verb beside the mail it stops ("emails: stop")
    return not any(
        _leftover(_PAUSE.sub(" ", _REQUEST.sub(" ", line)))
        for line in text.splitlines()
        if _REQUEST.search(line)
    )


def _leftover(rest: str) -> list[str]:
    """The words of `rest` that are no politeness around a request."""
    return [
        w for w in _WORD.findall(rest.lower().replace("’", "'")) if w.strip("'-") not in _FILLER
    ]


# What a List-Unsubscribe mailto link (RFC 2369, RFC 8058) puts in the subject, and what people
# type there themselves, in the languages clients write in: the whole subject, nothing more,
# and no word that also cancels a session ("Afmelden", "Baja", "Abbestellen").
_OPTOUT_SUBJECTS = frozenset(
    """
    unsubscribe opt-out optout stop abmelden désinscription désabonnement desinscription
    desabonnement disiscrizione uitschrijven avregistrera wypisz отписаться отписка
    退订 退訂 配信停止
    """.split()  # noqa: SIM905 - a word list reads better as text
) | {
    "unsubscribe me", "please unsubscribe", "unsubscribe please", "remove me", "please remove me",
    "darse de baja", "dar de baja", "cancelar suscripción", "newsletter abbestellen",
    "newsletter abmelden", "se désinscrire", "se désabonner", "cancella iscrizione",
}  # fmt: skip
_SUBJECT_PUNCTUATION = re.compile(r"[\s.!,;:]+")


def is_optout_subject(subject: str, text: str = "") -> bool:
    """RFC 2369 `List-Unsubscribe: <mailto:…?subject=unsubscribe>` sends exactly such a subject.

    A bare verb ("Stop", "Abmelden") is also what a client puts above a message of their own
    ("Ich muss mich für Donnerstag abmelden", "I had to stop the magnesium"): under it, a
    text (`text`, the client's own lines) with words beyond a sign-off is a reply.
    """
    said = _SUBJECT_PUNCTUATION.sub(" ", subject).strip().lower()
    if said not in _OPTOUT_SUBJECTS:
        return False
    return not (_BARE.fullmatch(said) and len(_leftover(_REQUEST.sub(" ", text))) > _MAX_LEFTOVER)
