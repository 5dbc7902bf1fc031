"""New-text extraction: what the client newly wrote, without quoted history or signature.

Mail clients quote the mail they answer in many shapes: `>` (or `|`) prefixes, an
attribution line ("On … wrote:", "Am … schrieb …:", "Le … a écrit :", "2016-03-03 17:21
GMT+01:00 Name <addr>:"), possibly wrapped over two or three lines, Zoho's "---- On …
wrote ----", Outlook's header block ("From:/Sent:/To:/Subject:", "Von:/Gesendet:/An:"),
"-----Original Message-----" separators, and in HTML a quoting element (Gmail's
`div.gmail_quote`, Outlook's `divRplyFwdMsg`; Apple's and Thunderbird's `blockquote
type="cite"` is read as "> " lines, like a plain-text quote, and so are the blockquotes in
Gmail's quoting div when the client wrote between them; Outlook's quoted mail is read as
plain text below "-----Original Message-----"). Signatures
follow the RFC 3676 §4.3 "-- " delimiter or are a phone's or mail app's "Sent from my
iPhone" line in the client's language.

A client who answers between our quoted lines keeps each quoted block that stands above an
answer, as "> " lines, because "Yes" means nothing without the question; a plain top-post
or bottom-post loses the quote entirely.

Everything here is a pure function on text and never raises on odd input. Every regular
expression is either anchored and bounded or only run on lines of bounded length, so a
hostile 3 MB line costs linear time.
"""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser

from carecall_mail.core.mimetext import undecoded_qp

# Lines longer than this are never attributions, separators or signatures: the rules below
# only look at short lines, which also bounds the cost of each regular expression.
_SHORT = 400

# --- attribution lines ----------------------------------------------------------------------

# The verb that ends (or sits in) an attribution, in the languages clients write in. Words in
# alphabetic scripts must stand alone ("wrote" in "rewrote:" is not one) ...
_WROTE = (
    r"wrote|writes|schrieb|schreibt|a\s+écrit|a\s+ecrit|écrit|escribió|escribio|ha\s+scritto|"
    r"scrisse|schreef|escreveu|skrev|skriver|kirjoitti|napisał\(a\)|napisała|napisał|pisze|"
    r"написал\(а\)|написала|написал|пишет|написав\(ла\)|написав|пише|napsal\(a\)|napsala|"
    r"napsal|napísal|írta|yazdı|wrote\s+the\s+following|a\s+scris|έγραψε|kirjutas|rašė"
)
# ... while Chinese and Japanese ones follow the name or date without a space.
_WROTE_CJK = r"写道|寫道|書きました|さんは書きました"


def _verb_line(verbs: str, adjoined: str) -> re.Pattern[str]:
    """An attribution: a short line with one of `verbs` standing alone (or one of `adjoined`,
    written onto the name or date), ending with a colon (ASCII or full-width)."""
    return re.compile(
        rf"(?:(?:^|[\s>)\]\"'.,،]|\d)(?:{verbs})(?!\w)|(?:{adjoined}))[^\n]{{0,80}}[:：]\s*$", re.I
    )


_ATTRIBUTION = _verb_line(_WROTE, _WROTE_CJK)
# The verb with the writer as its subject ("I wrote one of my own:", "ich schrieb ihm:", "je
# lui ai écrit :"): a client's sentence leading into what follows, since a mail program names
# the sender in its attribution, never "I".
_FIRST_PERSON_VERB = re.compile(
    rf"(?<!\w)(?:(?:i|we|ich|wir|je|nous|yo|ik|wij|eu|jag|jeg)\s+|j')(?:\w+\s+)?(?:{_WROTE})(?!\w)|"
    # and after it, as German, Dutch and the Nordic languages put it ("Am 3. Mai schrieb ich
    # Ihnen:", "Gisteren schreef ik:", "I går skrev jeg:").
    rf"(?<!\w)(?:{_WROTE})\s+(?:ich|wir|ik|wij|jag|vi|jeg)(?!\w)",
    re.I,
)
# Gmail's verb in more languages, whose words are common enough ("menulis", to write) that a
# line counts only with the address in it, as Gmail always writes it.
_ATTRIBUTION_ADDRESSED = _verb_line(
    r"napisao|napisala|napisal|je\s+napisal/-a|написа|је\s+написао/ла|написао|написала|"
    r"rakstīja|كتب|đã\s+viết|menulis|va\s+escriure|skrifaði|escribiu|ने\s+लिखा|نوشت|geskryf|"
    r"shkroi|sumulat\s+si|aliandika|ysgrifennodd|"
    # Apple Mail in Dutch ("… heeft Ana <addr> het volgende geschreven:"), Yahoo in German
    # ("… hat Ana <addr> Folgendes geschrieben:"), where a client may write the same words.
    r"het\s+volgende\s+geschreven|folgendes\s+geschrieben",
    # Korean: Gmail's "…님이 작성:", Apple Mail's "… <addr> 작성:".
    r"เขียนว่า|작성|님이\s*씀",
)
# Attributions that open with their phrase, the sender named after it: Horde's "Quoting Ana
# <addr>:" ("Zitat von", "Citation", "Citando (a)", "Citeren"), Apple Mail's Polish
# "Wiadomość napisana przez Ana <addr> w dniu …:". Only with the address, as they write it,
# since "Quoting the leaflet:" is a client's line.
_LED_ATTRIBUTION = re.compile(
    r"^\s*(?:quoting|zitat\s+von|citation|citando(?:\s+a)?|citeren|cytuję|"
    r"wiadomość\s+napisana\s+przez)\s[^\n]{0,200}@[^\n]{0,120}[:：]\s*$",
    re.I,
)
# Hebrew Gmail's has no verb: "בתאריך …, מאת Name <addr>:" ("on …, from").
_HEBREW_LED = re.compile(r"^\s*[\u200e\u200f\u202a-\u202e]*בתאריך\s")
# Japanese Mail's "…<addr>のメール:" / "…のメッセージ:" ("the mail of"): only with an address.
_JA_OF = re.compile(r"@[^\n]{0,80}(?:のメール|のメッセージ)\s*[:：]\s*$")
# A date-led attribution without a verb (Gmail in Russian or Japanese, Yandex, Mail.ru, and the
# ISO "2016-03-03 17:21 GMT+01:00 Name <addr>:"): it starts with a date and ends with the address.
_ADDRESS_COLON = re.compile(r"^\S.{0,300}@[\w.-]+>?\)?\s*[:：]\s*$")
_DATE_LED = re.compile(
    r"^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}\s*年|\w{2,12}\.?,?\s+\d|\d{1,2}\.?\s+\w{2,10}\.?\s+\d{4})"
)
# Words an attribution starts with, so that a wrapped one is joined from its first line: the
# preposition of its language, a date, or a name followed by the address.
_ATTRIBUTION_START = re.compile(
    r"^\s*(?:on|am|le|el|il|op|em|den|d\.|på|dne|w\s+dniu|dnia|в|у|в\s+\w+|在|於|\d|\"|"
    r"\w{2,12}\.?,?\s+\d|[^\s<>][^<>\n]{0,80}<[^<>\s]+@|[^\s<>\[(][^<>\n]{0,80}[\[(][^\s\])]+@|"
    # MH's, mew's and newsreaders' "In message <id> on 06/18/92(00:32:43)" over "you Name
    # <addr> wrote:", "In article <id>, Name writes:": the answered mail's Message-ID.
    r"in\s+(?:(?:your\s+)?(?:message|article|mail|letter)\s+)?<[^<>\s]+@[^<>\s]+>)",
    re.I,
)
_DATE_OR_ADDRESS = re.compile(r"\d|@")
# The first line of MH's and mew's wrapped attribution, "In message <id> on 06/18/92(00:32:43)"
# (then "you Name <addr> wrote:"): it names the answered mail by its Message-ID.
_IN_MESSAGE = re.compile(
    r"^\s*in\s+(?:(?:your\s+)?(?:message|article|mail|letter)\s+)?<[^<>\s]+@[^<>\s]+>[^\n]{0,80}$",
    re.I,
)
# Zoho writes its attribution between dashes, "---- On Fri, … Name <addr> wrote ----"; in
# the languages that put the verb before the sender, the name and address follow it ("----
# Am Mo., … schrieb Ana Field <ana@x.example> ---").
_DASHED_ATTRIBUTION = re.compile(
    rf"^[-=]{{2,}}[^\n]{{0,300}}?(?:(?<!\w)(?:{_WROTE})(?!\w)|{_WROTE_CJK})"
    r"(?:[^\n]{0,40}?|[^\n@]{0,80}<[^<>\s]+@[^<>\s]+>\s*)[-=]{2,}$",
    re.I,
)

# --- Outlook-style header blocks ------------------------------------------------------------

_FROM_KEYS = (
    r"from|von|de|da|van|från|fra|od|от|від|发件人|寄件者|寄件人|差出人|expéditeur|remitente|"
    r"mittente|afzender|lähettäjä|feladó|kimden|보낸\s*사람|"
    # Outlook's labels in Greek, Romanian, Arabic, Hebrew, Indonesian, Vietnamese, Croatian,
    # Estonian, Lithuanian and Thai.
    r"από|de\s+la|من|מאת|dari|từ|šalje|saatja|nuo|จาก|"
    # Malay, Icelandic, Basque and Slovenian (not Latvian's "No:", a client's "No: I did not").
    r"daripada|frá|nork|pošiljatelj"
)
_OTHER_KEYS = (
    r"sent|date|gesendet|datum|envoyé|enviado|fecha|data|inviato|verzonden|skickat|sendt|"
    r"wysłano|wysłane|отправлено|надіслано|відправлено|odesláno|odoslané|дата|发送时间|"
    r"寄件日期|送信日時|日期|時間|to|an|à|a|para|aan|till|til|do|кому|komu|收件人|收件者|宛先|"
    r"받는\s*사람|cc|kopia|копия|抄送|副本|subject|betreff|objet|asunto|oggetto|onderwerp|ämne|"
    r"emne|temat|тема|předmět|predmet|主题|主旨|件名|제목|assunto|aihe|tárgy|konu|"
    r"envoyé\s+par|sent\s+by|"
    r"στάλθηκε|απεστάλη|προς|θέμα|κοιν|trimis|către|subiect|"
    r"تاريخ\s+الإرسال|أرسلت|أرسل|إلى|الموضوع|نسخة|נשלח|אל|נושא|עותק|"
    r"dikirim|kepada|subjek|perihal|đã\s+gửi|đến|chủ\s+đề|enviat\s+el|per\s+a|assumpte|"
    r"poslano|prima|zadeva|saadetud|adressaat|teema|išsiųsta|kam|nosūtīts|tēma|"
    r"ส่ง|ถึง|เรื่อง|"
    # And the rest of the block in Outlook's Spanish, Portuguese, Bulgarian, Finnish, Turkish,
    # Korean and Czech.
    r"enviado\s+el|enviada\s+em|enviada|изпратено|lähetetty|vastaanottaja|kopio|gönderildi|"
    r"gönderilme\s+tarihi|kime|bilgi|보낸\s*날짜|참조|kopie|"
    # and the rest of theirs, and of Serbian.
    r"poslato|za|tema|dihantar|perkara|efni|noiz|nori|gaia|prejemnik"
)
_HEADER_LINE = re.compile(rf"^\s*[*>]*\s*(?:{_FROM_KEYS}|{_OTHER_KEYS})\s*[*]?\s*[:：]", re.I)
_FROM_LINE = re.compile(rf"^\s*[*>]*\s*(?:{_FROM_KEYS})\s*[*]?\s*[:：]", re.I)

# --- separators -----------------------------------------------------------------------------

# "-----Original Message-----", "----- Ursprüngliche Nachricht -----", "---------- Forwarded
# message ---------", "-------- Message d'origine --------", Zoho's "==== Forwarded message
# ====" and their kin: dashes, words, dashes (some clients bold it: "*---- … ----*").
_DASHED_TITLE = re.compile(
    r"^(?:[-=]{2,}\s*[^\s=-][^\n]{1,60}?\s*[-=]{2,}|"
    # Spark's, Airmail's and other apps' "———— Original Message ————", in em or en dashes.
    r"[—–]{3,}\s*[^\s—–-][^\n]{1,60}?\s*[—–]{3,})$"
)
# Longer when it names the sender with the address: Horde's and mutt's "----- Forwarded message
# from Ana <addr> -----" ("Weitergeleitete Nachricht von …", "Message transféré de …").
_DASHED_ADDRESSED = re.compile(
    r"^[-=]{2,}\s*[^\s=-][^\n@]{1,60}?\s(?:from|von|de|da|van|från|fra|od|от|від|di)\s"
    r"[^\n@]{0,80}?<?[^\s<>@]+@[^\s<>]+>?\s*[-=]{2,}$",
    re.I,
)
# Lotus Notes' forward title, "---------------------- Forwarded by Drew Fossum/ET&S/Enron on
# 04/04/2001 01:19 PM ---------------------------", in the languages Notes ships in. It is
# longer than a line, so the dashes that close it often fall on the next one: the opening
# dashes, the verb, the forwarder's name and Notes' numeric date are the title.
_NOTES_FORWARDED = re.compile(
    r"^[-=]{6,}\s*(?:forwarded\s+by|weitergeleitet\s+von|transf[ée]r[ée]\s+par|"
    r"reenviado\s+por|inoltrato\s+da|doorgestuurd\s+door|vidarebefordrat\s+av|"
    r"videresendt\s+af)\s+\S[^\n]{0,120}?\s(?:on|am|le|el|il|op|den|på|dne)\s+"
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b",
    re.I,
)
# A bug tracker's heading over the comment it mails out, between dashes like a forward's
# title: Bugzilla's "--- Comment #4 from Ana <ana@x.example> ---" and its older "------- Comment
# #4 From ana@x.example 2008-01-02 -------" and "------- Additional Comments From …". The
# comment below it is the notice's new text, not a quoted mail.
_TRACKER_COMMENT = re.compile(
    r"^[-=]{2,}\s*(?:comment\s+#\s?\d+|additional\s+comments?)\s+from\s", re.I
)
_SEPARATOR_PHRASES = re.compile(
    r"^\s*(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht|"
    r"début\s+du\s+message\s+réexpédié|inicio\s+del\s+mensaje\s+reenviado|"
    # Apple Mail's forward title in Italian, Portuguese, Dutch, Swedish, Danish, Norwegian,
    # Finnish, Polish, Czech, Russian, Ukrainian, Japanese, Chinese and Korean.
    r"inizio\s+messaggio\s+inoltrato|início\s+da\s+mensagem\s+(?:re)?encaminhada|"
    r"(?:begin\s+)?doorgestuurd\s+bericht|vidarebefordrat\s+(?:brev|mejl|meddelande)|"
    r"(?:start\s+på\s+)?videresendt\s+(?:meddelelse|besked|melding)|välitetty\s+viesti\s+alkaa|"
    r"początek\s+przekazywanej\s+wiadomości|začátek\s+přeposlané\s+zprávy|"
    r"начало\s+переадресованного\s+сообщения|початок\s+пересланого\s+повідомлення|"
    r"転送されたメッセージ|以下是(?:被)?转发的邮件|轉寄的郵件|전달된\s*메시지|"
    r"original\s+message|ursprüngliche\s+nachricht|message\s+d'origine|"
    # Tobit David's quoted-mail title, above its "Von … An …" lines.
    r"original\s+message\s+processed\s+by\s+david\S{0,2})\s*[:：]?\s*$",
    re.I,
)
# "Above this line" and the words for a reply, in the languages help desks translate their
# marker into.
_ABOVE_LINE = (
    r"above\s+this\s+line|(?:oberhalb|über)\s+dieser\s+zeile|au-dessus\s+de\s+cette\s+ligne|"
    r"(?:por\s+)?encima\s+de\s+esta\s+l[íi]nea|boven\s+deze\s+(?:lijn|regel)|"
    r"sopra\s+questa\s+(?:riga|linea)|acima\s+desta\s+linha|ovanför\s+denna\s+rad|"
    r"over\s+denne\s+linje(?:n)?|powyżej\s+tej\s+linii|nad\s+tímto\s+řádkem|"
    r"выше\s+этой\s+строки|tämän\s+rivin\s+yläpuolelle"
)
_REPLY_WORD = (
    r"reply|response|answer|antwort|réponse|répond|respuesta|responda|antwoord|reageer|"
    r"risposta|rispondi|resposta|svar|odpowied|odpověď|ответ|vastaus|vastauksesi"
)
# A help desk's or an app's marker over the quoted mail: "##- Please type your reply above
# this line -##", "-- Reply above this line --", in the languages such tools write it.
_REPLY_ABOVE = re.compile(
    r"^[\s#*=_~-]*(?:please\s+)?(?:(?:type|write|enter)\s+(?:your\s+)?(?:reply|response|answer)|"
    r"reply|respond|answer)\s+above\s+this\s+line(?:\s+\w+){0,5}[\s.!#*=_~-]*$|"
    r"^[\s#*=_~-]*(?:bitte\s+)?(?:oberhalb|über)\s+dieser\s+zeile\s+(?:antworten|schreiben)"
    r"[\s.!#*=_~-]*$|"
    # The fuller sentence of Zendesk's, Discourse's and Freshdesk's translations ("Bitte gib
    # deine Antwort oberhalb dieser Zeile ein", "Por favor, escriba su respuesta encima de
    # esta línea", "Typ uw antwoord boven deze regel"): a reply word, then "above this line",
    # between the marks such a tool draws around it ("##", "--"), never a client's sentence.
    rf"^\s*[#*=_~-]{{2,}}\s*(?=[^\n]{{0,80}}?(?:{_REPLY_WORD}))[^\n]{{0,80}}?(?:{_ABOVE_LINE})"
    r"(?:\s+\w+){0,2}[\s.!]*[#*=_~-]{2,}\s*$|"
    r"^[\s#*=_~-]*(?:veuillez\s+)?répond(?:re|ez)\s+au-dessus\s+de\s+cette\s+ligne[\s.!#*=_~-]*$|"
    r"^[\s#*=_~-]*(?:por\s+favor,?\s+)?(?:responda|escriba)\s+(?:por\s+)?encima\s+de\s+esta\s+"
    r"línea[\s.!#*=_~-]*$|"
    r"^[\s#*=_~-]*(?:antwoord|reageer)\s+boven\s+deze\s+(?:lijn|regel)[\s.!#*=_~-]*$",
    re.I,
)
# "Below this line" in the languages help desks translate their marker into.
_BELOW_LINE = (
    r"(?:below|under(?:neath)?|beneath)\s+this\s+line|(?:unterhalb|unter)\s+dieser\s+zeile|"
    r"(?:sous|en\s+dessous\s+de|au-dessous\s+de)\s+cette\s+ligne|"
    r"(?:debajo\s+de|bajo)\s+esta\s+l[íi]nea|onder\s+deze\s+(?:lijn|regel)|"
    r"sotto\s+questa\s+(?:riga|linea)|abaixo\s+desta\s+linha|(?:nedanför|under)\s+denna\s+rad|"
    r"under\s+denne\s+linje(?:n)?|poniżej\s+tej\s+linii|pod\s+tímto\s+řádkem|"
    r"ниже\s+этой\s+строки|tämän\s+rivin\s+alapuolelle"
)
# The footer marker of a help desk that takes the answer under the quoted notification (GLPI's
# "=_=_=_= To answer by email, write under this line =_=_=_=", "-- Antworten Sie unterhalb
# dieser Zeile --"): a reply word and "below this line" between the marks such a tool draws
# on both sides, so a client's own sentence ("I answer below this line:") is never one.
_REPLY_BELOW = re.compile(
    rf"^\s*[#*=_~-]{{2,}}\s*(?=[^\n]{{0,80}}?(?:{_REPLY_WORD}|antworten|répondez|responder|"
    rf"rispondere|besvar|odpowiedz))[^\n]{{0,80}}?(?:{_BELOW_LINE})"
    r"(?:\s+\w+){0,2}[\s.!]*[#*=_~-]{2,}\s*$",
    re.I,
)


def _reply_below_cut(lines: list[str]) -> list[str] | None:
    """The client's lines of a help desk's answer-under-the-line layout, None when it is
    not one: what lies above the footer marker is the quoted notification (from its own
    "reply above this line" header down, or from the top when it has none), and the client
    wrote under the marker, and above that header when there is one."""
    below = next(
        (n for n, line in enumerate(lines) if len(line) <= _SHORT and _REPLY_BELOW.match(line)),
        None,
    )
    if below is None:
        return None
    if not any(line.strip() for line in lines[below + 1 :]):
        # Nothing written under the marker: the client wrote above it, read as usual, less
        # the tool's marker line.
        return lines[:below]
    head = next(
        (n for n, line in enumerate(lines[:below]) if _REPLY_ABOVE.match(line)),
        None,
    )
    if head is None:
        marked, resume = _classify(lines[:below])
        if resume is not None or any(kind == _QUOTE for kind, _ in marked):
            # A quote or an attribution above the marker: the notification came back quoted
            # under a reply, and the marker is the notification's, not this mail's layout.
            return None
    return [*(lines[:head] if head is not None else []), *lines[below + 1 :]]


# The heading a forum's or help desk's notification puts over the conversation so far, below a
# rule ("---" then "*Previous Replies*", Discourse's "Previous discussion", "Vorherige
# Antworten", a ticket's "Conversation history"): a client who answers above it without
# quoting sends it back unmarked, and everything from the rule on is that notification.
_HISTORY_HEADING = re.compile(
    r"^[\s*_#]*(?:(?:previous|earlier|prior|older)\s+(?:replies|discussion|messages|posts|"
    r"comments|conversation|correspondence)|(?:conversation|message|ticket|email)\s+history|"
    r"vorherige\s+(?:antworten|beiträge|nachrichten|diskussion)|bisherige\s+(?:antworten|"
    r"nachrichten|korrespondenz)|(?:réponses|messages|discussion)\s+précédente?s?|"
    r"historique\s+(?:de\s+la\s+conversation|des\s+messages)|(?:respuestas|mensajes)\s+"
    r"anteriores|historial\s+de\s+(?:la\s+conversación|mensajes)|risposte\s+precedenti|"
    r"messaggi\s+precedenti|eerdere\s+(?:reacties|antwoorden|berichten)|"
    r"respostas\s+anteriores|mensagens\s+anteriores|tidigare\s+(?:svar|meddelanden)|"
    r"tidligere\s+(?:svar|beskeder|meldinger)|poprzednie\s+(?:odpowiedzi|wiadomości)|"
    r"предыдущие\s+(?:ответы|сообщения))[\s*_:#]*$",
    re.I,
)


def _history_heading_below(lines: list[str], i: int) -> bool:
    """Whether the next line with text below the rule at line `i` is such a heading."""
    below = next((line for line in lines[i + 1 : i + 4] if line.strip()), "")
    return len(below) <= 80 and bool(_HISTORY_HEADING.match(below))


# Outlook's divider and Mailman's footer rule: a long line of underscores.
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")
_RULE_ONLY = re.compile(r"^\s*[-_=*~]{3,}\s*$")
# The "ᐧ" (U+1427) that mail-tracking extensions for Gmail put on a line of its own at the
# end of the text, beside their tracking picture: no letter anyone typed.
_TRACKER_MARK = "\u1427"

# --- signatures -----------------------------------------------------------------------------

# RFC 3676 §4.3 says "-- "; clients and people also write "--" and "—".
_SIG_DELIMITER = re.compile(r"^(?:-- ?|--\s*|—)$")
# The opening words of a phone's or mail app's one-line signature, in the client's language;
# the app or device named after them is checked by _app_name.
_MOBILE_LEAD = re.compile(
    r"^(?:"
    r"sent\s+(?:from|with|via|using|by|on)|get\s+outlook\s+for|"
    r"this\s+message\s+was\s+sent\s+from\s+my(?=\s[^\n]{0,40}k-?9)|"  # K-9 Mail's
    r"get\s+[\w.-]{2,20}(?:\s+mail)?\s+for(?=\s+(?:android|ios|iphone|ipad|windows|mac)\b)|"
    r"von\s+meinem|gesendet\s+(?:von|mit|über|vom|aus)|"
    r"diese\s+(?:nachricht|e-?mail)\s+wurde\s+(?:von|mit)|"
    r"von(?=\s[^\n]{1,40}\sgesendet$)|"  # "Von Mail für Windows gesendet"
    r"holen\s+sie\s+sich\s+outlook\s+für|"
    r"envoyé\s+(?:de|depuis|avec|à\s+partir\s+de|du)|obtenir\s+outlook\s+pour|"
    r"enviado\s+(?:desde|do|da|de|con|com|pelo|pela|a\s+partir\s+d[eo])|"
    r"obt(?:ener|er)\s+(?:o\s+)?outlook\s+para|"
    r"inviato\s+(?:da|dal|dallo|dalla|con|tramite)|scarica\s+outlook\s+per|"
    r"(?:verzonden|verstuurd)\s+(?:met|vanaf|vanuit|van|via)|download\s+outlook\s+voor|"
    r"skickat\s+(?:från|med|via)|hämta\s+outlook\s+för|sendt\s+(?:fra|med|via)|"
    r"hent\s+outlook\s+(?:til|for)|lähetetty|"
    r"wysłane\s+(?:z|ze|przez)|wysłano\s+(?:z|ze|przez)|pobierz\s+(?:aplikację\s+)?outlook|"
    r"odesláno\s+(?:z|ze)|odeslané\s+(?:z|ze)|odoslané\s+(?:z|zo)|"
    r"отправлено\s+(?:с|со|из)|надіслано\s+(?:з|із|зі)|відправлено\s+(?:з|із|зі)|"
    r"trimis\s+(?:de\s+pe|din|cu)|poslano\s+(?:s|sa|iz)|poslato\s+(?:sa|iz)|"
    r"küldve|στάλθηκε\s+από|εστάλη\s+από"
    r")(?!\w)|"
    # Chinese: "发自我的iPhone", "发自网易邮箱大师": only with a device or a mail program named,
    # since 发自 also opens ordinary phrases ("发自内心", from the heart).
    r"^(?:发自|發自|来自|來自)\s*(?:我的)?\s*(?=[^\n]{0,30}(?:[A-Za-z]|手机|手機|邮箱|郵箱|客户端|客戶端|平板))",
    re.I,
)
# The same in languages where these words also open ordinary sentences ("Dikirim dari Jakarta
# kemarin …"): Indonesian, Malay, Vietnamese, Catalan, Arabic, Thai and Hebrew ("נשלח
# מה-iPhone שלי", the preposition written onto the name). Only with a device or an app named.
_MOBILE_LEAD_NAMED = re.compile(
    r"^(?:(?:dikirim\s+(?:dari|dengan)|dihantar\s+(?:dari|daripada)|được\s+gửi\s+từ|"
    r"enviat\s+(?:des\s+de(?:l)?|amb|de)|أُ?رسلت\s+من|أرسل\s+من|تم\s+الإرسال\s+من|ส่งจาก)"
    r"(?!\w)|נשלח\s+(?:מה-?|מ-?)(?=\S))",
    re.I,
)
_DEVICE = re.compile(
    r"(?<![^\W\d_])(?:iphone|ipad|ipod|android|samsung|galaxy|huawei|honor|xiaomi|redmi|oppo|vivo|"
    r"oneplus|pixel|nokia|motorola|sony|xperia|lg|blackberry|outlook|gmail|yahoo|aol|proton|"
    r"tuta|tutanota|spark|airmail|bluemail|edison|k-9|fairemail|aqua|mail|email|e-mail|"
    r"smartphone|tablet)(?![^\W\d_])",
    re.I,
)
# Signatures that name the device before the verb: "iPhoneから送信", "iPhone에서 보냄",
# "iPhone'umdan gönderildi", "iPhone-ról küldve", "Von meinem iPhone gesendet" (closing verb).
_MOBILE_TRAIL = re.compile(
    r"(?:から送信|から送られました|에서\s*보냄|에서\s*보냈습니다|(?:dan|den|tan|ten|ile)\s+gönderildi|"
    r"(?:ról|ről)\s+küldve|^(?:从|從)[^\n]{1,30}(?:发送|發送)|से\s+भेजा\s+गया)\s*$",
    re.I,
)
# Words that make the rest of a "Sent from my …" line a sentence, not an app's name ("Sent
# from my desk, which is much easier than my phone" is the client's own line).
_SENTENCE_WORDS = re.compile(
    r"(?<!\w)(?:is|are|was|were|which|who|that|than|then|but|because|so|it|i|we|you|"
    r"und|ist|weil|et|est|que|y|es|e|è|en|och|är|"
    # and the feelings a person sends with ("Sent with love, Ana"): no app is called so.
    r"love|care|thanks|hugs|kisses|liebe|herz|amour|cariño|amor|affetto|liefde|kärlek|heart|"
    # and where the person is when it matters ("Sent from my hospital bed"): no app either.
    r"hospital|bed|clinic|ambulance|emergency|er|icu|ward|krankenhaus|klinik|notaufnahme|"
    r"spital|bett|hôpital|lit|urgences|clínica|cama|urgencias|ospedale|letto|ziekenhuis|"
    r"sjukhus|säng|sykehus|seng|szpital|łóżko|nemocnice|больницы|больница|лікарні)"
    r"(?!\w)",
    re.I,
)
# K-9 Mail and others add an apology: "… with K-9 Mail. Please excuse my brevity."
_APOLOGY = re.compile(
    r"[.!]?\s*(?:please\s+excuse|excuse|pardon|sorry|bitte\s+entschuldigen|"
    r"entschuldigen\s+sie|veuillez\s+excuser|disculpa|scusate)[^\n]{0,60}$",
    re.I,
)
_LINK = re.compile(r"[<\[(]\s*(?:https?|mailto):[^\s<>\[\]()]{0,2000}\s*[>\])]", re.I)

# A company footer: a "Disclaimer" heading on its own line, below the client's words.
_DISCLAIMER = re.compile(
    r"^\s*(?:disclaimer|confidentiality\s+notice|haftungsausschluss|avertissement)\s*:?\s*$", re.I
)
# A company's legal notice without a heading: a paragraph that opens by calling the mail
# confidential or privileged, in the languages clients write in.
_DISCLAIMER_OPENING = re.compile(
    r"^\s*(?:"
    r"(?:this|the\s+information\s+(?:contained\s+)?in\s+this)\s+(?:e-?mail|message|communication|"
    r"transmission)(?:\s+and\s+any\s+(?:files|attachments|documents)[^.\n]{0,60}|"
    # "This email (including any attachments) is intended for …"
    r"\s*\((?:including|and|with)\s+any\s+(?:files|attachments?|documents)[^()\n]{0,40}\))?\s+"
    r"(?:is|are|may\s+contain|contains?)\s+(?:strictly\s+)?(?:private(?:\s+and|,)\s+)?"
    r"(?:confidential|privileged|intended)|"
    # "The information contained herein is confidential.": the notice's older legal wording.
    r"the\s+(?:information|contents?)\s+(?:contained\s+)?herein\s+(?:is|are|may\s+be)\s+"
    r"(?:strictly\s+)?(?:confidential|privileged|proprietary)|"
    r"if\s+you\s+(?:are\s+not\s+the\s+intended\s+recipient|have\s+received\s+this\s+(?:e-?mail|"
    r"message|communication)\s+in\s+error)|"
    r"diese\s+(?:e-?mail|nachricht)\s+(?:enthält|kann|ist)\s+[^.\n]{0,40}vertraulich|"
    r"wenn\s+sie\s+nicht\s+der\s+(?:richtige|beabsichtigte)\s+(?:adressat|empfänger)|"
    r"ce\s+(?:message|courriel|e-?mail)\s+(?:et\s+(?:ses|les|toutes?\s+les)\s+pièces\s+jointes\s+)?"
    r"(?:est|sont|peut\s+contenir|contient)\s+[^.\n]{0,30}(?:confidentiel|strictement)|"
    r"este\s+(?:mensaje|correo(?:\s+electrónico)?)\s+(?:y\s+sus\s+(?:anexos|adjuntos)\s+)?"
    r"(?:es|son|puede\s+contener|contiene)\s+[^.\n]{0,30}(?:confidencial|privilegiad)|"
    r"(?:questo|il\s+presente)\s+messaggio\s+(?:e\s+(?:i\s+suoi|gli)\s+allegati\s+)?(?:è|sono|"
    r"può\s+contenere|contiene)\s+[^.\n]{0,30}(?:riservat|confidenzial)|"
    r"dit\s+(?:e-?mail)?bericht\s+(?:is|kan)\s+[^.\n]{0,30}vertrouwelijk|"
    # Portuguese, Swedish, Danish and Norwegian, Polish and Czech notices.
    r"esta\s+(?:mensagem|comunicação)\s+(?:e\s+(?:os\s+)?seus\s+anexos\s+)?(?:é|são|pode\s+"
    r"conter|contém)\s+[^.\n]{0,30}(?:confidencia|privilegiad)|"
    r"detta\s+(?:e-?post)?meddelande\s+[^.\n]{0,60}konfidentiell|"
    r"denne\s+e-?(?:mail|post)(?:en)?\s+[^.\n]{0,60}fortrolig|"
    r"(?:ta|niniejsza)\s+wiadomość\s+[^.\n]{0,60}poufn|tato\s+(?:e-?mailová\s+)?zpráva\s+"
    r"[^.\n]{0,60}důvěrn)",
    re.I,
)
# The pieces of a mail gateway's scan notice (see _FOOTER): the mail it speaks of, what it
# was scanned for, the scanners that sign it, and a scanner that is no person.
_SCANNED_MAIL = (
    r"(?:the\s+original\s+of\s+)?this\s+(?:e-?mail|message|communication)(?:\s+message)?\s+"
    r"(?:has\s+been|had\s+been|was|is)"
)
_SCANNED_FOR = (
    r"for\s+(?:all\s+)?(?:known\s+)?(?:computer\s+)?(?:viruses|malware|spam)"
    r"(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:dangerous\s+content|malicious\s+content|malware|spam|"
    r"viruses|content))*"
)
_SCAN_VENDOR = (
    r"(?:mailscanner|mailmarshal|clamav|amavis\w*|symantec|messagelabs|mimecast|sophos|mcafee|"
    r"trend\s*micro|kaspersky|bitdefender|eset|avast|avg|avira|norton|f-secure|g\s*data|"
    r"proofpoint|barracuda|ironport|fortimail|fortinet|forcepoint|websense|spamtitan|"
    r"hornetsecurity|retarus|nospamproxy)\b"
)
# "by my son", "by her", "by a friend": a person named as the one who checked.
_NOT_A_PERSON = r"(?!(?:my|me|him|her|his|our|their|your|a\s+friend|mum|mom|dad|mama|papa)\b)"
# Footers a program adds below the sender's words: an antivirus's "Virus-free. www.avast.com"
# (in the languages it ships in) with its "<#DAB4FAD8-…>" placeholder, its older "checked for
# viruses" line, and the footers of Google Groups and Groups.io that come without "-- ".
_FOOTER = re.compile(
    r"(?:virus-?free|virenfrei|sans\s+virus|libre\s+de\s+virus|senza\s+virus|virusvrij|"
    r"bez\s+wirusów|livre\s+de\s+vírus|без\s+вирусов|virusfri|virukseton|virüssüz|bez\s+virů)"
    r"[.\s]{0,4}(?:www\.)?(?:avast|avg)\.com|"
    r"checked\s+for\s+viruses\s+by\s+(?:avast|avg)|von\s+(?:avast|avg)[\w\s-]{0,40}auf\s+viren|"
    # Mail gateways' and desktop scanners' notices ("This email has been scanned by the
    # Symantec Email Security.cloud service", MailScanner's "This message has been scanned for
    # viruses and dangerous content by MailScanner", "… for spam and viruses by Proofpoint",
    # the UK GSi's "The original of this email was scanned for viruses by …"): the scan is
    # named, so a client's "this email was checked by my lawyer" or "scanned by my son" is
    # not one.
    rf"^[^\w\n]{{0,12}}{_SCANNED_MAIL}\s+(?:scanned(?:\s+{_SCANNED_FOR})?|"
    rf"(?:checked|swept|filtered)\s+{_SCANNED_FOR})\s+(?:by|with|using)\s+{_NOT_A_PERSON}|"
    # Gateways that name no scanner ("This email has been swept for computer viruses."): the
    # notice is that sentence alone, where a person goes on ("…, I hope, by my son").
    rf"^[^\w\n]{{0,12}}{_SCANNED_MAIL}\s+(?:scanned|swept|checked|filtered)\s+{_SCANNED_FOR}"
    r"(?:[.!]|,?\s+and\s+(?:is\s+believed\s+to\s+be|was\s+found)\s+(?:clean|virus-?free)[.!]?|"
    # MailMarshal's banner without its name: "… for Viruses and Content and cleared".
    r",?\s+and\s+cleared[.!]?|"
    # MailScanner's notice wrapped at its "and" ("… scanned for viruses and" over "dangerous
    # content by MailScanner, and is" over "believed to be clean.").
    r"\s+and)?\s*$|"
    r"^[^\w\n]{0,12}dangerous\s+content\s+by\s+mailscanner\b|"
    # "The original of this email …" is a gateway's phrase (the copy before it rewrote the
    # mail), whatever it says of the scan, but for a person named as the scanner.
    r"^[^\w\n]{0,12}the\s+original\s+of\s+this\s+(?:e-?mail|message)(?:\s+message)?\s+"
    rf"(?:has\s+been|was)\s+(?:scanned|swept|checked)\s+{_SCANNED_FOR}(?!\s+by\s+(?!{_NOT_A_PERSON}))|"
    # A vendor's stamp on a line of its own ("Scanned by MailMarshal", "Scanned by ClamAV").
    rf"^[^\w\n]{{0,12}}(?:scanned|checked)\s+(?:for\s+viruses\s+)?by\s+{_SCAN_VENDOR}[^\n]{{0,120}}$|"
    # The same notices in the other languages clients write in: the scanner named as an
    # antivirus, or the check for viruses said outright.
    r"^[^\w\n]{0,12}(?:ce|cet)\s+(?:e-?mail|courriel|message|mail)\s+a\s+été\s+(?:analysé|vérifié|"
    r"contrôlé|scanné)\s+(?:par|avec)\s+[^\n]{0,60}?(?:anti-?virus|"
    rf"{_SCAN_VENDOR})|"
    r"^[^\w\n]{0,12}este\s+(?:correo(?:\s+electrónico)?|mensaje|e-?mail)\s+(?:ha\s+sido|fue)\s+"
    r"(?:analizado|escaneado|revisado|verificado)\s+(?:(?:por|con)\s+[^\n]{0,60}?(?:anti-?virus|"
    rf"{_SCAN_VENDOR})|en\s+busca\s+de\s+virus)|"
    r"^[^\w\n]{0,12}quest[ao]\s+(?:e-?mail|messaggio|mail)\s+è\s+stat[ao]\s+(?:controllat|"
    r"analizzat|verificat|scansionat)[ao]\s+(?:da|con|dal|dall['’])\s*[^\n]{0,60}?(?:anti-?virus|"
    rf"{_SCAN_VENDOR})|"
    r"^[^\w\n]{0,12}(?:dit|deze)\s+(?:e-?mail(?:bericht)?|bericht)\s+is\s+(?:gecontroleerd|gescand)\s+"
    r"(?:op\s+virussen|door\s+[^\n]{0,60}?(?:anti-?virus|"
    rf"{_SCAN_VENDOR}))|"
    r"^[^\w\n]{0,12}(?:este|esta)\s+(?:e-?mail|mensagem)\s+foi\s+(?:verificad|analisad|escanead)[oa]\s+"
    r"(?:por|com|pelo)\s+[^\n]{0,60}?(?:anti-?v[ií]rus|"
    rf"{_SCAN_VENDOR})|"
    r"information\s+from\s+eset\s+(?:nod32|smart\s+security|endpoint)|"
    r"the\s+message\s+was\s+checked\s+by\s+eset\s|"
    r"^[^\w\n]{0,12}diese\s+(?:e-?mail|nachricht)\s+wurde\s+(?:von\s+[^\n]{1,60}\s+)?auf\s+viren\s+"
    r"(?:geprüft|überprüft|getestet|untersucht)|"
    r"^\s*<#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>\s*$|"
    r"^\s*you\s+received\s+this\s+message\s+because\s+you\s+are\s+subscribed\s+to\s+the\s+"
    r"google\s+groups|^\s*groups\.io\s+links\s*:|"
    # A company's "think before you print" line, in the languages of the notices: as a
    # line of its own ("I think before you print it, …" is the client's sentence).
    # Outlook writes the Webdings leaf before it as a "P".
    r"^[^\w\n]{0,3}(?:P\s+)?(?:please\s+|bitte\s+|merci\s+de\s+|por\s+favor,?\s+|"
    r"per\s+favore,?\s+)?(?:"
    r"(?:consider|think\s+(?:of|about))\s+the\s+environment\b[^\n]{0,40}\bprint|"
    r"think\s+before\s+(?:you\s+)?print|before\s+printing[^\n]{0,40}environment|"
    r"save\s+(?:a\s+tree|paper)[^\n]{0,20}(?:do\s+not|don['’]t)\s+print|"
    r"(?:do\s+not|don['’]t)\s+print\s+this\s+e-?mail\s+unless|"
    r"n['’]imprimez\s+(?:ce|cet)\s+(?:e-?mail|mail|courriel|message)\s+qu['’]en\s+cas\s+de|"
    r"(?:pensez|pensons)\s+à\s+l['’]environnement\s+avant\s+d['’]imprimer|"
    r"avant\s+d['’]imprimer[^\n]{0,40}environnement|"
    r"denken\s+sie\s+an\s+die\s+umwelt[^\n]{0,40}(?:ausdrucken|drucken)|"
    r"bevor\s+sie\s+diese\s+e-?mail\s+(?:ausdrucken|drucken)|"
    r"(?:piense|pensá|piensa)\s+en\s+el\s+medio\s+ambiente[^\n]{0,30}imprimir|"
    r"antes\s+de\s+imprimir[^\n]{0,40}(?:medio\s+)?ambiente|"
    r"pensa\s+all['’]ambiente\s+prima\s+di\s+stampare|prima\s+di\s+stampare[^\n]{0,40}ambiente|"
    r"denk\s+aan\s+het\s+milieu[^\n]{0,40}print)",
    re.I | re.M,
)
# The slogan a company sets above its "think before you print" line, in the same paragraph.
_GREEN_WORDS = re.compile(
    r"environ?nement|environment|umwelt|medio\s+ambiente|ambiente|milieu|planète|planet",
    re.I,
)


# Mailman's divider where it flattened a multipart into text (for its archive and digests):
# what follows is the next MIME part as Mailman wrote it ("A non-text attachment was
# scrubbed...", "An HTML attachment was scrubbed...", the HTML's text, the list's footer),
# not the sender's words. The divider alone on its line, as Mailman writes it.
_NEXT_PART = re.compile(r"^\s*-{5,}\s*next\s+part\s*-{5,}\s*$", re.I)


def _is_footer(line: str) -> bool:
    return len(line) <= _SHORT and bool(_FOOTER.search(line))


def _footer_start(lines: list[str], i: int) -> int:
    """Where the footer whose line is `i` starts: a green slogan or two above it in its
    paragraph go with it ("Pas à pas, … notre environnement." over "N'imprimez ce mail …")."""
    start = i
    while (
        start > 0
        and i - start < 2
        and lines[start - 1].strip()
        and _GREEN_WORDS.search(lines[start - 1])
        and not _FIRST_PERSON.search(lines[start - 1])
    ):
        start -= 1
    return start


# A name line set as a signature: a title before it ("M. DUPONT Paul", "Dr. Lena Vogt",
# "Mme Martin"), or the surname in capitals beside a first name ("DUPONT Paul", "Paul DUPONT").
_TITLED_NAME = re.compile(
    r"^\s*(?:m|mme|mlle|mr|mrs|ms|dr|prof|herr|frau|sr|sra|dott|ing)\.?\s+[^\W\d_]", re.I
)
_CAPITALS_NOT_NAMES = frozenset({"OK", "NO", "YES", "HI", "PS", "ASAP", "FYI", "THX", "TY", "OMG"})


def _signed_name(line: str) -> bool:
    if _TITLED_NAME.match(line):
        return True
    words = [word.strip("-'’") for word in line.split()]
    letters = [re.sub(r"[-'’]", "", word) for word in words]
    if not 2 <= len(words) <= 4 or not all(word.isalpha() for word in letters):
        return False
    surname = any(
        len(word) >= 2 and word.isupper() and word not in _CAPITALS_NOT_NAMES for word in letters
    )
    return surname and any(
        word[0].isupper() and any(ch.islower() for ch in word) for word in letters
    )


_MAX_TITLE_LINES = 2


def _only_signed_name(text: str) -> bool:
    """Whether `text` is only a signature's name and a job title or two below it (the
    signature a mail program adds to a mail its sender wrote nothing in)."""
    filled = [line.strip() for line in text.split("\n") if line.strip()]
    if not filled or len(filled) > 1 + _MAX_TITLE_LINES:
        return False
    name, titles = filled[0], filled[1:]
    if not _is_name(name) or not _signed_name(name) or _FIRST_PERSON.search(name):
        return False
    return all(
        _is_name(line) and len(line.split()) <= 6 and not _FIRST_PERSON.search(line)
        for line in titles
    )


_DISCLAIMER_MIN = 120  # characters: a legal notice, not a client's "this is confidential"
_DISCLAIMER_TAIL = 40  # non-blank lines from the notice to the end, at most
# A mail gateway's banner above the client's words ("CAUTION: This email originated from
# outside of …"): its opening word, then a mention of outside or external mail.
_BANNER = re.compile(
    r"^\s*\[?(?:caution|warning|external|achtung|attention)\]?\s*:[^\n]{0,300}"
    r"(?:outside|external|extern)|"
    # The same without the opening word: "This email originated from outside of the
    # organisation", "[EXTERNAL EMAIL] Do not click links …".
    r"^\s*(?:this\s+(?:e-?mail|message)\s+(?:originated|was\s+sent|came)\s+from\s+outside\s+"
    r"(?:of\s+)?(?:the|your|our)\s+(?:organi[sz]ation|company|network|domain|firm)|"
    r"\[\s*external(?:\s+(?:e-?mail|sender|message))?\s*\][^\n]{0,300}(?:links?|attachments?|"
    r"sender|anh(?:ä|ae)nge?|absender))",
    re.I,
)
# Microsoft 365's first-contact safety tip on the first line: "You don't often get email
# from ana@x. Learn why this is important<https://aka.ms/LearnAboutSenderIdentification>", in
# the languages it ships in; or any line that links to that page.
_SAFETY_TIP = re.compile(
    r"^\s*(?:you\s+don['’]t\s+often\s+get\s+e-?mail\s+from|sie\s+erhalten\s+nicht\s+oft\s+"
    r"(?:eine\s+)?e-?mail\s+von|vous\s+n['’]obtenez\s+pas\s+souvent\s+d['’]e-?mail|no\s+suele\s+"
    r"recibir\s+correo|u\s+ontvangt\s+niet\s+vaak\s+e-?mail|non\s+ricevi\s+spesso\s+messaggi|"
    r"você\s+não\s+costuma\s+receber\s+e-?mails?)|learnaboutsenderidentification",
    re.I,
)
_MAX_SIGNATURE_TAIL = 12  # lines after a signature marker that we still call signature

# A closing line ("Mit freundlichen Grüßen", "Best regards,"), in the client's language:
# the sign-off and the name below it are the client's words, a company block below them not.
_VALEDICTION = re.compile(
    r"^\s*(?:mit\s+freundliche[nm]\s+gr(?:ü|ue|u)(?:ß|ss)(?:en)?|freundliche\s+gr(?:ü|ue)(?:ß|ss)e|"
    r"(?:viele|beste|liebe|herzliche)\s+gr(?:ü|ue)(?:ß|ss)e|(?:best|kind|warm)\s+regards|"
    r"regards|best\s+wishes|(?:yours\s+)?sincerely|(?:bien\s+)?cordialement|salutations|"
    r"(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|cordiali\s+saluti|distinti\s+saluti|"
    r"met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groeten|(?:med\s+)?vänliga\s+hälsningar|"
    r"med\s+venlig\s+hilsen|pozdrawiam|z\s+poważaniem|с\s+уважением|atenciosamente|"
    # More of the sign-offs of those languages, and of Nordic, Finnish, Central European,
    # Hungarian, Turkish, Greek and Romanian mail.
    r"(?:mit\s+)?(?:besten|herzlichen|lieben|schönen|sonnigen)\s+gr(?:ü|ue)(?:ß|ss)en|"
    r"(?:schöne|sonnige)\s+gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|hochachtungsvoll|"
    r"lg|vg|mfg|best|all\s+the\s+best|yours(?:\s+(?:truly|faithfully))?|respectfully|"
    r"bien\s+à\s+vous|(?:sincères|meilleures)\s+salutations|amicalement|"
    r"un\s+(?:cordial\s+)?saludo|un\s+abrazo|(?:un\s+)?salut[io]|"
    r"(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|groeten|mvg|"
    r"(?:com\s+os\s+melhores\s+)?cumprimentos|abraços|"
    r"hälsningar|(?:med\s+)?venn?lig(?:\s+|e\s+)hilsen?|hilsen|mvh|"
    r"ystävällisin\s+terveisin|terveisin|pozdrawiam\s+serdecznie|z\s+wyrazami\s+szacunku|"
    r"s\s+(?:přátelským\s+)?pozdravem|s\s+pozdravom|з\s+повагою|üdvözlettel|tisztelettel|"
    r"saygılarımla|με\s+εκτίμηση|cu\s+(?:stimă|respect)|lijep\s+pozdrav|s\s+poštovanjem)"
    r"\s*[,.!]?\s*$",
    re.I,
)
# Lines of a company block: phone, fax and web labels, an international number, a web or mail
# address, a company form, the register and the managing directors a German footer must name.
_CONTACT = re.compile(
    r"^\s*(?:tel|telefon|phone|fon|fax|mobil|mobile|handy|cell|[mtfw]|e-?mail|web|"
    # The same labels in the languages of the sign-offs above.
    r"tél|téléphone|teléfono|telefone|telefono|tlf|puh|puhelin|móvil|cellulare|телефон|тел)"
    r"\s*\.?\s*:|"
    # An international number, its groups split by spaces, a bracket, or hyphens or dots
    # ("+46-563-540090", "+49.30.5213"): two digits after the hyphen, not a score's "+3-1".
    r"\+\d{1,3}(?:[\s(]\d|[-.]\d{2})|www\.|https?://|\S@\S|"
    r"(?<!\w)(?:gmbh|ag|kg|ohg|ltd|inc|llc|b\.v\.|s\.a\.|hrb|hra|ust-idnr|"
    r"registergericht|geschäftsführ\w*|managing\s+director|registered\s+office)(?!\w)|"
    # A one-line footer of fields between separators ("ACME :: Hauptstr. 1 :: 12345 Berlin",
    # "ACME | www.acme.example | +49 …"), and a postcode before its town ("94335 Leiblfing").
    r"\S\s+(?:::|\||•|·)\s+\S[^\n]{0,200}\s(?:::|\||•|·)\s+\S|"
    r"(?<![\d.,:/-])\d{4,5}\s+[^\W\d_]{3,}(?:[\s,]|$)",
    re.I,
)
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\.?\s*[:.]?\s", re.I)
_GLUED_DELIMITER = re.compile(r"^(?:--|—|–)\s*(?=\S)")
_MAX_COMPANY_BLOCK = 40  # non-blank lines; more is a message, not a footer


# A device named by its owner: a person typed that line, no app writes a possessive.
_OWNERS = re.compile(r"[^\W\d_]{2,}['’]s(?!\w)")


def _is_mobile_signature(line: str) -> bool:
    """A phone's or mail app's one-line signature, and nothing the client wrote after it."""
    if len(line) > _SHORT:
        return False
    text = " ".join(_LINK.sub(" ", line).split()).strip("*_ ")
    # The "-- " delimiter written onto the app's line itself ("-- sent from my phone.").
    text = _GLUED_DELIMITER.sub("", text)
    text = _APOLOGY.sub("", text).rstrip(" .!")
    if not text or len(text) > 90:
        return False
    lead = _MOBILE_LEAD.match(text)
    if lead:
        tail = text[lead.end() :].strip()
        app, semicolon, slogan = tail.partition(";")
        if semicolon and len(app.split()) == 1 and len(slogan.split()) <= 8:
            # An app's slogan after its one-word name ("Sent with Tuta; enjoy secure &
            # ad-free emails"); "Sent from my iPhone; I am on the train" stays a sentence.
            tail = app
        # An app or a device: a few words, no sentence ("Sent from my desk, which is …"), and
        # no one else's ("Sent from my sister's phone, mine fell in the bath").
        return (
            0 < len(tail.split()) <= 10
            and not _SENTENCE_WORDS.search(tail)
            and not _OWNERS.search(tail)
        )
    named = _MOBILE_LEAD_NAMED.match(text)
    if named:
        tail = text[named.end() :].strip()
        return 0 < len(tail.split()) <= 6 and bool(_DEVICE.search(tail))
    trail = _MOBILE_TRAIL.search(text)
    if trail:
        if trail.start() == 0:
            return True  # the whole line is the pattern ("从我的 iPhone 发送")
        head = text[: trail.start()].strip()
        return 0 < len(head.split()) <= 6 and not _SENTENCE_WORDS.search(head)
    return False


# --- quoting ---------------------------------------------------------------------------------


def _is_quoted(line: str) -> bool:
    """A `>`-quoted line, or a `|`-quoted one (a line that also ends in `|` is a typed table)."""
    text = line.strip()
    if text.startswith(">"):
        return True
    return text.startswith("|") and (text == "|" or not text.endswith("|"))


def _requote(line: str) -> str:
    """A quoted line as "> text", whichever marker the client's program used."""
    body = line.strip()[1:]
    return ("> " + body[1:] if body.startswith(" ") else "> " + body).rstrip()


def _is_attribution(text: str) -> bool:
    if len(text) > _SHORT:
        return False
    if "@" not in text and _FIRST_PERSON_VERB.search(text):
        return False  # "… so I wrote one of my own:": a program writes the sender's name
    if _ATTRIBUTION.search(text) or _JA_OF.search(text):
        return True
    if "@" in text and (_ATTRIBUTION_ADDRESSED.search(text) or _LED_ATTRIBUTION.match(text)):
        return True
    return bool(_ADDRESS_COLON.match(text) and (_DATE_LED.match(text) or _HEBREW_LED.match(text)))


def _attribution_at(lines: list[str], end: int) -> int | None:
    """If an attribution ends on line `end`, the index of its first line (it may wrap, up to 3).

    The shortest span whose first line opens like an attribution wins, so a client's line
    just above a one-line attribution is never taken for its wrapped start.
    """
    last = lines[end].strip()
    if not last or len(last) > _SHORT or _is_quoted(last) or not last.endswith((":", "：")):
        return None
    fallback: int | None = None
    for first in range(end, max(-1, end - 3), -1):
        if first < end and (not lines[first].strip() or _is_quoted(lines[first])):
            break
        joined = " ".join(x.strip() for x in lines[first : end + 1])
        if len(joined) > _SHORT:
            break
        if _is_attribution(joined):
            # A wrapped attribution's first line carries the date or the address; "On Monday
            # I felt tired" above "Ana wrote:" is the client's.
            opens = _ATTRIBUTION_START.match(lines[first])
            if (
                opens
                and first == end
                and (
                    _name_address_above(lines, end)
                    or _date_line_above(lines, end)
                    or bool(end and _IN_MESSAGE.match(lines[end - 1]))
                )
            ):
                return end - 1
            if opens and (first == end or _DATE_OR_ADDRESS.search(lines[first])):
                return first
            if first == end:
                fallback = end
    return fallback


# A line that opens with the sender's name and address, as Gmail's attributions in Chinese,
# Portuguese, Turkish or Hungarian do ("Ana <addr> 于2026年10月2日周五" over "10:00写道："): no
# client starts a sentence so.
_NAME_ADDRESS_START = re.compile(r"^\s*\"?[^\W\d_][\w .'\"-]{0,60}<[^<>\s]+@[^<>\s]+>[^\n]{0,80}\d")


# How the wrapped rest of such an attribution starts: with the time or in the script of
# the verb ("10:00写道：", "写道：").
_CONTINUED = re.compile(r"^\s*(?:\d|[^\x00-\u024f])")


# Claws Mail's and Sylpheed's attribution puts the date on a line of its own above "Ana
# <addr> wrote:": "On Fri, 2 Oct 2026 10:00:00 +0200". A line that is only a date with its
# year and a time is no sentence of the client's.
_DATE_LINE = re.compile(
    r"^\s*(?:(?:on|am|le|el|il|op|em|den|dne|w\s+dniu)\s+)?(?:[^\W\d_]{2,10}\.?,?\s+)?"
    r"(?:\d{1,2}\.?\s+[^\W\d_]{3,10}\.?,?\s+\d{4}|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),?\s+(?:at\s+|um\s+|à\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*[+-]\d{4})?(?:\s*\(?[A-Z]{2,5}\)?)?\s*,?\s*$",
    re.I,
)


def _date_line_above(lines: list[str], end: int) -> bool:
    """Whether the attribution ending on line `end` has its date on the line above."""
    return end > 0 and len(lines[end - 1]) <= _SHORT and bool(_DATE_LINE.match(lines[end - 1]))


def _name_address_above(lines: list[str], end: int) -> bool:
    """Whether the attribution ending on line `end` began on the line above, with the name."""
    if end == 0 or len(lines[end - 1]) > _SHORT or not _NAME_ADDRESS_START.match(lines[end - 1]):
        return False
    if not _CONTINUED.match(lines[end]):
        return False  # "Am Montag schrieb Ana:" is an attribution of its own
    return _is_attribution(f"{lines[end - 1].strip()} {lines[end].strip()}")


def _header_block_at(lines: list[str], i: int) -> bool:
    """Outlook's quoted header block: a From: line followed closely by Sent:/To:/Subject: lines."""
    if len(lines[i]) > _SHORT * 4 or not _HEADER_LINE.match(lines[i]):
        return False
    seen = 0
    has_from = dated = False
    for line in lines[i : i + 7]:
        if len(line) <= _SHORT * 4 and _HEADER_LINE.match(line):
            seen += 1
            has_from = has_from or bool(_FROM_LINE.match(line))
            dated = dated or bool(_DATE_OR_ADDRESS.search(line))
    # Two lines only with a date or an address in them: "From: Berlin / To: Munich" is a trip.
    return seen >= 3 or (seen >= 2 and has_from and dated)


# What a program's dashed title says ("Original Message", "Weitergeleitete Nachricht",
# "原始邮件", "Forwarded message"), in the languages mail programs ship in; a title without
# such a word counts only with a header line below it, since "----- I feel worse -----" is a
# client's line.
_TITLE_WORDS = re.compile(
    r"original|forward|message|mail|reply|nachricht|weitergeleitet|ursprüngl|antwort|mensaje|"
    r"mensagem|messaggio|inoltr|reenv|encaminh|origine|transf|réponse|bericht|doorgest|"
    r"oorspronk|wiadomo|zpráv|přepos|původní|сообщени|письм|повідомлен|оригинал|исходн|"
    r"meddel|besked|melding|videresend|vidarebefordr|viesti|välitet|alkuper|üzenet|eredeti|"
    r"mesaj|ileti|μήνυμα|mesaj|邮件|郵件|原始|転送|メッセージ|メール|원본|메시지|메일|전달",
    re.I,
)


def _header_below(lines: list[str], i: int) -> bool:
    """Whether a header line ("From:", "Von:", "发件人:") follows within three lines."""
    below = [line for line in lines[i + 1 : i + 8] if line.strip()][:3]
    return any(len(line) <= _SHORT * 4 and _HEADER_LINE.match(line) for line in below)


def _sentence_below(lines: list[str], i: int) -> bool:
    """Whether the client writes on in the first person right below line `i` (a rule they
    drew themselves: "____\nNot really. I took the pills."), where Outlook's divider has
    its header block and a list's footer its name and address."""
    below = [line for line in lines[i + 1 : i + 8] if line.strip()][:3]
    return any(
        _own_sentence(line) and _I.search(line) and not _HEADER_LINE.match(line) for line in below
    )


# The writer as the subject ("I took", "ich habe"), not only as an owner ("my signature").
_I = re.compile(r"(?<!\w)(?:i|i'm|i've|i'd|i'll|ich|je|j'|yo|io|ik|eu|jag|jeg)(?!\w)", re.I)


def _separator_at(lines: list[str], i: int) -> bool:
    """A line below which everything is the quoted or forwarded mail."""
    line = lines[i]
    if len(line) > _SHORT:
        return False
    bare = line.strip().strip("*").strip()  # "*-------- Original Message --------*"
    if _TRACKER_COMMENT.match(bare):
        return False
    return bool(
        (_UNDERSCORES.match(line) and not _sentence_below(lines, i))
        or (_DASHED_TITLE.match(bare) and (_TITLE_WORDS.search(bare) or _header_below(lines, i)))
        or _DASHED_ADDRESSED.match(bare)
        or _DASHED_ATTRIBUTION.match(bare)
        or _NOTES_FORWARDED.match(bare)
        or _SEPARATOR_PHRASES.match(bare)
        or _REPLY_ABOVE.match(line)
        or _header_block_at(lines, i)
        or (_RULE_ONLY.match(line) is not None and _history_heading_below(lines, i))
        or _notes_header_at(lines, i)
    )


# Lotus Notes quotes the mail answered under its sender and the date, then writes its fields
# as labels on lines of their own: "Bob Smith <bob@…>" / "17/04/08 15:57" / "To" / "…" / "cc"
# / "Subject" (in the languages Notes ships in).
_NOTES_DATE = re.compile(
    r"^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s*$", re.I
)
_NOTES_TO = re.compile(r"^\s*(?:to|an|à|a|para|aan|till|til|komu|do)\s*$", re.I)
_NOTES_FIELD = re.compile(
    r"^\s*(?:cc|bcc|kopie|subject|betreff|objet|asunto|oggetto|onderwerp|assunto|ämne|emne|"
    r"předmět|temat)\s*$",
    re.I,
)


def _notes_header_at(lines: list[str], i: int) -> bool:
    """Whether Lotus Notes' quote header starts at line `i`: a sender (an address or a Notes
    name "Bob Smith/ORG") over a date and time alone, then the "To" label alone and a "cc" or
    "Subject" label below it."""
    if len(lines[i]) > _SHORT or not ("@" in lines[i] or "/" in lines[i]):
        return False
    if i + 1 >= len(lines) or not _NOTES_DATE.match(lines[i + 1]):
        return False
    below = [line for line in lines[i + 2 : i + 12] if line.strip()]
    return bool(
        below and _NOTES_TO.match(below[0]) and any(_NOTES_FIELD.match(x) for x in below[1:])
    )


def _next_content(lines: list[str], i: int) -> str | None:
    for line in lines[i:]:
        if line.strip():
            return line
    return None


_NEW, _QUOTE, _DROP = "new", "quote", "drop"
# A line of its own where the HTML reader dropped an attribution element (Thunderbird's
# div.moz-cite-prefix, Gmail's div.gmail_attr), so that the quote below it is still read as
# introduced by one. A private-use character: no mail writes it on a line alone.
_ATTRIBUTED = "\ue000"


# An attribution whose address wrapped so that its closing "<addr\n>:" looks like a quote.
_WRAPPED_CLOSE = re.compile(r"^\s*>\s*[:：]\s*$")
# The same when the line broke right after the address: "On …, Name" then "<", "mailto:…>" and
# a closing "> wrote:" that looks like a quote (Gmail's plain text re-wrapped by a forwarder).
_WRAPPED_VERB = re.compile(rf"^\s*>\s*(?:{_WROTE})\s*[:：]\s*$", re.I)
_ADDRESS_PIECE = re.compile(r"^\s*(?:[<>]|[^\n]{0,200}@[^\n]{0,200})\s*$")
# GroupWise's attribution, '>>> "Name" <addr> 11/2/2026 10:00 AM >>>', above the mail it
# quotes unmarked: its ">>>" is no quote marker, and its date or time sets it apart from one.
_GROUPWISE = re.compile(
    r"^\s*>>>\s*\S[^\n]{0,200}?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2})[^\n]{0,40}?>>>\s*$"
)
# Supercite (Emacs) quotes with the writer's initials or name before the marker: " LK> text".
_SUPERCITE = re.compile(r"^[ \t]{0,4}([A-Za-z][\w.-]{0,9})>(?=[ \t>]|$)")
# An attribution in the writer's own words ("Twas brillig at 14:00 … when ana@x did gyre and
# gimble:"): no known verb, but an address, a date or time, and a quote right below it.
_CUSTOM_ATTRIBUTION = re.compile(r"^[^\n>]{0,300}@[\w.-]+[^\n]{0,200}[:：]\s*$")


# Gmail's date-first attribution ("2016-03-03 17:21 GMT+01:00 Name <addr>:") as forwarders and
# list archives leave it, address and colon gone: the time zone written as "GMT+01:00" is the
# program's, so the line is one even without them, when only a name follows it.
_GMAIL_ISO = re.compile(
    r"^\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+GMT[+-]\d{1,2}:\d{2}\s+(\S[^\n]{0,100})$"
)


def _gmail_iso_attribution(line: str) -> bool:
    found = _GMAIL_ISO.match(line.rstrip())
    if found is None:
        return False
    name = found.group(1).rstrip(" :：")
    return 1 <= len(name.split()) <= 6 and not name.endswith((".", "!", "?", ","))


# Andrew's "Excerpts from mail: 10-Jun-92 Fwd: icons Fred Hansen (1066+0)": the folder,
# the date, the subject and the sender, with no colon at the end.
_EXCERPTS = re.compile(r"^\s*Excerpts from [^\n:]{1,100}:\s+\d{1,2}-[A-Za-z]{3}-\d{2,4}\s")
_EXCERPT_TAIL = re.compile(r"^\s*[^\s>][^\n]{0,60}\(\d{1,6}\)\s*$")


# exmh's and MH's attribution: 'On "Tue, 25 Apr 1995 08:32:04 EDT" Name <addr>' and "said:",
# often wrapped. "said" is a person's word too ("Mom said:"), so only with the address and a
# date, right above the quote.
_SAID_ATTRIBUTION = re.compile(
    r"^\s*(?:on\s+)?[^\n]{0,120}\d[^\n]{0,120}<[^<>\s]+@[^<>\s]+>\s*said:\s*$", re.I
)


def _said_attribution_at(lines: list[str], i: int) -> int | None:
    """Where such an attribution ending on line `i` starts (it may wrap once), or None."""
    following = _next_content(lines, i + 1)
    if following is None or not _is_quoted(following):
        return None
    for first in (i, i - 1):
        if first < 0 or not lines[first].strip() or _is_quoted(lines[first]):
            break
        if _SAID_ATTRIBUTION.match(" ".join(x.strip() for x in lines[first : i + 1])):
            return first
    return None


def _wrapped_verb_start(lines: list[str], i: int) -> int | None:
    """Where an attribution starts whose address wrapped down to a "> wrote:" at line `i`.

    Only over lines that are blank or pieces of the address, up to the dated line that opens
    it ("On Thu, 31 Mar 2016 at 11:16 Some One"), so a client's own sentence is never taken.
    """
    if len(lines[i]) > _SHORT or not _WRAPPED_VERB.match(lines[i]):
        return None
    address = False  # the address that wrapped must be there
    for j in range(i - 1, max(-1, i - 7), -1):
        line = lines[j]
        if not line.strip() or (len(line) <= _SHORT and _ADDRESS_PIECE.match(line)):
            address = address or "@" in line
            continue
        joined = f"{line.strip()} {lines[i].strip()[1:].strip()}"
        if (
            address
            and len(line) <= _SHORT
            and _ATTRIBUTION_START.match(line)
            and re.search(r"\d", line)
            and _is_attribution(joined)
        ):
            return j
        return None
    return None


def _history_skip(lines: list[str], i: int) -> int:
    """The first line after a separator or header block that opens the history at line `i`."""
    for n in range(i + 1, min(len(lines), i + 16)):
        if not lines[n].strip():
            return n + 1
    return i + 1


# Lotus Notes titles the mail it quotes "Sender --- Subject ---" above its header block.
_NOTES_TITLE = re.compile(r"^\s*\S[^\n]{0,200}\s---\s[^\n]{1,300}\s---\s*$")


def _drop_notes_title(out: list[tuple[str, str]]) -> None:
    """Take back a Notes title just above the history, already taken for new text."""
    last = len(out) - 1
    while last >= 0 and not out[last][1].strip():
        last -= 1
    if last >= 0 and out[last][0] == _NEW and _NOTES_TITLE.match(out[last][1]):
        del out[last:]


def _classify(lines: list[str]) -> tuple[list[tuple[str, str]], int | None]:
    """Each line above the quoted history, marked new, quoted or an attribution to drop.

    Also where reading could resume below the history marker that stopped it (None when
    nothing stopped it), for a mail with nothing written above that marker.
    """
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == _ATTRIBUTED:
            # Where an HTML attribution was dropped: an attribution above the quote it
            # introduces, else nothing.
            following = _next_content(lines, i + 1)
            if following is not None and _is_quoted(following):
                out.append((_DROP, line))
            i += 1
            continue
        if len(line) <= _SHORT and _GROUPWISE.match(line):
            return out, i + 1  # what follows is the quoted mail, unmarked
        wrapped_from = _wrapped_verb_start(lines, i) if line.lstrip().startswith(">") else None
        taken = 0 if wrapped_from is None else i - wrapped_from
        if (
            wrapped_from is not None
            and [x for _, x in out[len(out) - taken :]] == lines[wrapped_from:i]
        ):
            del out[len(out) - taken :]
            following = _next_content(lines, i + 1)
            if following is None or not _is_quoted(following):
                return out, i + 1  # unmarked history below, as after any attribution
            out.extend((_DROP, x) for x in lines[wrapped_from : i + 1])
            i += 1
            continue
        if _is_quoted(line):
            out.append((_QUOTE, line))
            i += 1
            continue
        if _separator_at(lines, i):
            _drop_notes_title(out)
            return out, _history_skip(lines, i)
        start = _attribution_at(lines, i) if line.rstrip().endswith((":", "：")) else None
        end = i
        if (
            start is None
            and i + 1 < len(lines)
            and _WRAPPED_CLOSE.match(lines[i + 1])
            and _is_attribution(line.strip() + ">:")
        ):
            start, end = i, i + 1
        following = None
        if (
            start is None
            and len(line) <= _SHORT
            and _CUSTOM_ATTRIBUTION.match(line)
            and re.search(r"\d", line)
        ):
            following = _next_content(lines, i + 1)
            if following is not None and _is_quoted(following):
                start = i
        if start is None and len(line) <= _SHORT and line.rstrip().lower().endswith("said:"):
            start = _said_attribution_at(lines, i)
        if start is None and len(line) <= _SHORT and _gmail_iso_attribution(line):
            start = i
        if start is None and len(line) <= _SHORT and _EXCERPTS.match(line):
            # The Andrew Message System's attribution, right above the lines it quotes; it
            # wraps its author and the excerpt's size, "Name@host (203)", onto a second line.
            following = _next_content(lines, i + 1)
            if (
                following is not None
                and i + 1 < len(lines)
                and lines[i + 1] == following
                and _EXCERPT_TAIL.match(following)
            ):
                following = _next_content(lines, i + 2)
                if following is not None and _is_quoted(following):
                    end = i + 1
            if following is not None and _is_quoted(following):
                start = i
        if start is None and len(line) <= _SHORT and "@" in line and _DATE_LED.match(line):
            # "2013/7/20 Name <addr>" with no colon, right above the quote it introduces.
            following = _next_content(lines, i + 1)
            if following is not None and _is_quoted(following):
                start = i
        below = _next_content(lines, end + 1) if start is not None else None
        if (
            start is not None
            and below is not None
            and not _is_quoted(below)
            and not _DATE_OR_ADDRESS.search(" ".join(lines[start : end + 1]))
        ):
            # "Mom wrote:" over unmarked lines: a program's attribution names a date or an
            # address, or quotes what follows; this is the client telling what someone said.
            start = None
        if start is not None:
            # The wrapped start of the attribution was already taken as new text; take it back.
            wrapped = i - start
            if wrapped:
                del out[len(out) - wrapped :]
            following = _next_content(lines, end + 1)
            if following is None or not _is_quoted(following):
                # Unmarked history below (Gmail "plain", forwarded HTML): all of it goes.
                return out, end + 1
            # Bottom-posting and inline answers: the quote is marked, so keep reading.
            out.extend((_DROP, x) for x in lines[i : end + 1])
            i = end + 1
            continue
        out.append((_NEW, line))
        i += 1
    return out, None


# A quoted block that opens with a sign-off ("-- Ana", "-Abhishek Kona", "--") is what is left
# of our signature below a bottom-posted answer, not a question the client answered.
_SIGN_OFF = re.compile(r"^> ?(?:--?\s*\w[^\n]{0,60}|--\s*|—[^\n]{0,60})$")


def _answers_end(marked: list[tuple[str, str]]) -> int:
    """Where the client's own lines end: at their signature, if they signed below the quote."""
    for n, (kind, line) in enumerate(marked):
        if n and kind == _NEW and _SIG_DELIMITER.match(line):
            return n
    return len(marked)


def _interleaved(marked: list[tuple[str, str]]) -> bool:
    """New text between two quoted blocks: the client answered inside our mail."""
    quoted = [n for n, (kind, _) in enumerate(marked) if kind == _QUOTE]
    if len(quoted) < 2:
        return False
    last = quoted[-1]
    first = last  # the trailing quoted block runs from `first` to `last`
    while first > 0 and marked[first - 1][0] == _QUOTE:
        first -= 1
    lines = (_requote(line) for _, line in marked[first : last + 1])
    opening = next((line for line in lines if line != ">"), "")
    if _SIGN_OFF.match(opening) or _RULE_LINE.match(opening[1:].strip() or "x"):
        # Our signature, or a signature card under its rule ("> *****", name, phone): what
        # is left of the quoted mail below the answer, no question answered.
        earlier = [n for n in quoted if n < first]
        if not earlier:
            return False
        last = earlier[-1]
    return any(kind == _NEW and text.strip() for kind, text in marked[quoted[0] + 1 : last])


# A quoted question copied to be answered: a few lines, the last of them asking something.
_MAX_QUESTION_LINES = 4
_QUESTION_MARK = re.compile(r"[?？؟]")


def _question_block(block: list[str]) -> bool:
    """Whether quoted lines (as "> " lines) are a question of ours, not a quoted mail: a few
    lines, no attribution, older quote or header line inside, the last one asking something."""
    body = [x[1:].strip() for x in block if x[1:].strip()]
    return (
        0 < len(body) <= _MAX_QUESTION_LINES
        and not any(
            x.startswith((">", "|")) or _HEADER_LINE.match(x) or _is_attribution(x) for x in body
        )
        and bool(_QUESTION_MARK.search(body[-1]))
    )


def _questions_answered(marked: list[tuple[str, str]]) -> set[int]:
    """The quoted lines in `marked` of each quoted question the client answered: a quoted
    block with no attribution above it, that asks something, with the client's words below.

    A client who copies one of our questions as a "> " line (or whose program quotes only
    the lines selected) and answers under it writes no attribution: the question is kept
    above its answer. A quoted block under an attribution with an answer below it alone is
    a bottom-post, and our history goes (`_interleaved` decides those). Blank lines do not
    end a block: "> How are you?", a blank line, "> Any pain?" is one question.
    """
    found: set[int] = set()
    block: list[int] = []
    for n, (kind, line) in enumerate(marked):
        if kind == _DROP:
            break
        if kind == _QUOTE:
            block.append(n)
        elif line.strip():
            if block and _question_block([_requote(marked[k][1]) for k in block]):
                found.update(block)
            block = []
    return found


def _supercite_to_marked(lines: list[str]) -> list[str]:
    """Supercite's " LK> text" lines as "> text", when one prefix marks two lines or more.

    A single "Note> …" line is more likely the client's own than a quote.
    """
    prefixes: dict[str, int] = {}
    for line in lines:
        found = _SUPERCITE.match(line)
        if found is not None:
            key = found.group(1).casefold()
            prefixes[key] = prefixes.get(key, 0) + 1
    if not any(count >= 2 for count in prefixes.values()):
        return lines
    out: list[str] = []
    for line in lines:
        found = _SUPERCITE.match(line)
        if found is not None and prefixes[found.group(1).casefold()] >= 2:
            line = ">" + line[found.end() :]
        out.append(line)
    return out


# The client saying they answered inside the quoted mail, in the languages clients write in.
_ANSWERS_BELOW = re.compile(
    r"(?<!\w)(?:"
    r"(?:see|find|read)\s+(?:my\s+|our\s+)?(?:answers?|comments?|responses?|replies|notes?)\s+"
    r"(?:below|inline|in\s+(?:red|blue|green|bold|caps|capitals))|"
    r"(?:answers?|comments?|responses?|replies)\s+(?:are\s+)?(?:below\s+)?(?:inline|in\s+"
    r"(?:red|blue|green|bold|caps|capitals)|in\s+the\s+text)|"
    r"(?:answered|replied|responded|commented)\s+(?:inline|below|in\s+(?:red|blue|green|bold|the\s+text))|"
    r"see\s+(?:below\s+)?in\s+(?:red|blue|green)|see\s+inline|"
    r"(?:siehe|meine|unsere)\s+(?:antworten|anmerkungen|kommentare)\s+(?:unten|im\s+text|"
    r"in\s+(?:rot|blau|grün))|antworten?\s+(?:unten\s+)?(?:im\s+text|in\s+(?:rot|blau|grün))|"
    r"(?:voir\s+)?(?:mes\s+)?(?:réponses?|commentaires?)\s+(?:ci-dessous\s+)?(?:dans\s+le\s+texte|"
    r"en\s+(?:rouge|bleu|vert))|(?:voir\s+)?mes\s+réponses\s+ci-dessous|"
    r"(?:mis\s+)?respuestas\s+(?:abajo\s+|debajo\s+)?(?:en\s+(?:rojo|azul|verde)|entre\s+líneas)|"
    r"(?:ver|vea)\s+(?:mis\s+)?respuestas\s+(?:abajo|debajo)|"
    r"(?:vedi\s+|le\s+mie\s+)?risposte\s+(?:qui\s+)?(?:sotto\s+)?(?:in\s+(?:rosso|blu|verde)|nel\s+testo)|"
    r"(?:zie|mijn)\s+(?:antwoorden|opmerkingen)\s+(?:hieronder\s+)?(?:in\s+(?:het\s+)?(?:rood|blauw|groen)|"
    r"in\s+de\s+tekst)|(?:veja\s+)?(?:minhas\s+)?respostas\s+(?:abaixo\s+)?em\s+(?:vermelho|azul|verde)"
    r")(?!\w)",
    re.I,
)


def _answers_below(marked: list[tuple[str, str]]) -> bool:
    """Whether the client's lines above the history say they answered inside it."""
    written = [line for kind, line in marked if kind == _NEW and line.strip()]
    return any(len(line) <= _SHORT and _ANSWERS_BELOW.search(line) for line in written[-6:])


# What a forward's title says, in the languages mail programs write it ("Forwarded message",
# "Weitergeleitete Nachricht", "Message transféré", "Mensaje reenviado", "Messaggio inoltrato",
# "Doorgestuurd bericht", "Vidarebefordrat", "Videresendt", "Välitetty viesti", "Przekazana
# wiadomość", "Přeposlaná zpráva", "Пересланное сообщение", "转发", "転送", "전달").
_FORWARD_WORDS = re.compile(
    r"forward|weitergeleitet|transf[ée]r[ée]|r[ée]exp[ée]di|reenviad|inoltrat|encaminhad|"
    r"doorgestuurd|vidarebefordra|videresend|välitetty|przekazan|přeposlan|preposlan|"
    r"пересланн|переадресован|пересланого|转发|轉寄|転送|전달",
    re.I,
)


def _forward_title(lines: list[str]) -> bool:
    """Whether the marker among `lines` (all above the history, nothing written) is a
    forward's title rather than a reply's."""
    for line in lines:
        bare = line.strip().strip("*").strip()
        if not bare or len(bare) > _SHORT:
            continue
        if (_DASHED_TITLE.match(bare) or _SEPARATOR_PHRASES.match(bare)) and _FORWARD_WORDS.search(
            bare
        ):
            return True
        if _NOTES_FORWARDED.match(bare):
            return True
    return False


# The From line of Outlook's header block, which names the sender's address as a mailto link
# in brackets: "From: Ana Field [mailto:ana@x.example]", "De : …", "Von: …".
_OUTLOOK_FROM = re.compile(
    rf"^\s*\*?\s*(?:{_FROM_KEYS})\s*\*?\s*[:：][^\n]*\[mailto:[^\s\]]+@[^\s\]]+\]\s*$", re.I
)


def _outlook_block(lines: list[str]) -> bool:
    """Whether the marker among `lines` (all above the history, nothing written) is Outlook's
    header block, told by its From line's bracketed mailto link."""
    return any(
        len(line) <= _SHORT and _OUTLOOK_FROM.match(line) and _header_block_at(lines, i)
        for i, line in enumerate(lines)
    )


def forwarded_only(text: str) -> bool:
    """Whether a plain text is a forward with no word of the sender's above its title, or
    only the note a mail program writes over a forward it attached whole."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if _forward_note_only(lines):
        return True
    marked, resume = _classify(lines)
    nothing_above = not any(kind == _NEW and x.strip() for kind, x in marked)
    return resume is not None and nothing_above and _forward_title(lines[:resume])


def _forward_note_only(lines: list[str]) -> bool:
    """Whether `lines` are Yahoo's "Note: forwarded message attached." and nothing else but
    its webmail advertisement."""
    if not any(_FORWARD_ATTACHED_NOTE.match(line) for line in lines[: _MAX_AD_LINES * 3]):
        return False
    rest = strip_webmail_ad("\n".join(lines)).split("\n")
    return all(_FORWARD_ATTACHED_NOTE.match(line) or not line.strip() for line in rest)


def strip_quotes(text: str, *, history_is_ours: bool = False) -> str:
    """Remove quoted history: attributions, quoted lines, header blocks and all below them.

    When the client answered between quoted lines, each quoted block above an answer stays,
    as "> " lines, so that the answer keeps its question. `history_is_ours`: the mail
    answers one of our messages, so history below an empty top is our own mail.
    """
    lines = _supercite_to_marked(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    lines = _reply_below_cut(lines) or lines
    marked, resume = _classify(lines)
    nothing_above = not any(kind == _NEW and x.strip() for kind, x in marked)
    if resume is not None and nothing_above and history_is_ours:
        # An empty reply to our mail (sent by mistake, or only a file attached): what lies
        # below the marker is our own check-in or notice. Read as the client's words it
        # would log our text as theirs and let the safety net alarm on our own questions.
        return ""
    if resume is not None and nothing_above and _forward_title(lines[:resume]):
        # A forward with no word of the sender's above it ("---------- Forwarded message
        # ---------", "Begin forwarded message:"): what lies below is another writer's mail,
        # passed on; the sender wrote nothing new.
        return ""
    if resume is not None and nothing_above and _outlook_block(lines[:resume]):
        # Outlook's own header block ("De : Ana [mailto:ana@…]", "From: … [mailto:…]") with
        # nothing above it: Outlook puts what its user writes above that block, never below,
        # so the mail below is the one passed on, and the sender wrote nothing new.
        return ""
    if resume is not None and nothing_above:
        # Nothing written above the history marker: the client may have written below it (a
        # reply whose app left the quote out), so read on from there once.
        marked, _ = _classify(lines[resume:])
    elif resume is not None and _answers_below(marked):
        # "See my answers below in red": Outlook marks an answer written into the quoted mail
        # only by its colour, so in plain text the history holds the client's answers. It
        # stays, up to any older history inside it: a quoted line kept is better than an
        # answer lost.
        below, _ = _classify(lines[resume:])
        return "\n".join(line for kind, line in [*marked, *below] if kind == _NEW)
    answers = marked[: _answers_end(marked)]
    # Inline answers keep every quoted block above an answer; else only the quoted questions
    # the client answered below them stay, and the rest of the quote goes.
    interleaved = _interleaved(answers)
    questions = set() if interleaved else _questions_answered(answers)
    if not interleaved and not questions:
        return "\n".join(line for kind, line in marked if kind == _NEW)
    marked = answers
    last_new = max(n for n, (kind, line) in enumerate(marked) if kind == _NEW and line.strip())
    kept: list[str] = []
    block: list[str] = []
    for n, (kind, line) in enumerate(marked[: last_new + 1]):
        if kind == _QUOTE:
            if interleaved or n in questions:
                block.append(_requote(line))
            continue
        if block:
            # A quoted block without its attribution (HTML clients such as Apple Mail write it
            # inside the quote) and without its empty ">" lines at either end.
            block = [x for x in block if not _is_attribution(x[1:].strip())]
            while block and block[0] == ">":
                block.pop(0)
            while block and block[-1] == ">":
                block.pop()
            kept.extend(block)
            block = []
        if kind == _NEW:
            kept.append(line)
    return "\n".join(kept)


def strip_signature(text: str) -> str:
    """Remove a trailing signature: the RFC 3676 "-- " delimiter, a phone's one-line signature,
    or a company block below a sign-off and a name.

    A phone's line counts when at most a few lines follow it that are not themselves such
    lines (some clients stack "Sent from my iPhone" over "Get Outlook for iOS").
    """
    lines = text.split("\n")
    mobile = [_is_mobile_signature(line) for line in lines]
    others_after = [0] * (len(lines) + 1)  # lines after i that are neither blank nor a phone's
    for i in range(len(lines) - 1, -1, -1):
        others_after[i] = others_after[i + 1] + (bool(lines[i].strip()) and not mobile[i])
    for i, line in enumerate(lines):
        if i == 0:
            # A message that is only a signature ("-- " and a name, or "Sent from my iPhone")
            # says nothing new; a lone "--" is not a signature.
            if (
                (_SIG_DELIMITER.match(line) and others_after[1])
                or (mobile[0] and others_after[1] <= _MAX_SIGNATURE_TAIL)
                or (_is_footer(line) and others_after[1] <= _DISCLAIMER_TAIL)
                # Only the company's legal notice, which its mail server or its client adds to
                # every mail (an empty mail with a file, a picture, or the text in the HTML).
                or _disclaimer_at(lines, 0, others_after[1])
            ):
                return ""
            continue
        if (
            (_SIG_DELIMITER.match(line) and not _speaks_below(lines, i, mobile))
            or _NEXT_PART.match(line)
            or _DISCLAIMER.match(line)
            or _disclaimer_at(lines, i, others_after[i + 1])
            or _labelled_notice_at(lines, i, others_after[i + 1])
            or (_is_footer(line) and others_after[i + 1] <= _DISCLAIMER_TAIL)
        ):
            above = "\n".join(lines[: _footer_start(lines, i) if _is_footer(line) else i])
            return "" if _only_signed_name(above) else above
        if (
            mobile[i]
            and others_after[i + 1] <= _MAX_SIGNATURE_TAIL
            and not any(_writes_on(x) for x in lines[i + 1 :])
        ):
            # Not when the client wrote on below it ("PS: I took all the pills last night").
            return "\n".join(lines[:i])
    logo = _logo_card(lines)
    if logo is not None:
        return "\n".join(lines[:logo])
    block = _company_block_at(lines)
    if block is None:
        block = _dashed_name_block(lines)
    if block is None:
        block = _named_company_card(lines)
    if block is None:
        ruled = _ruled_card(lines)
        if ruled is not None:
            return "\n".join(lines[:ruled])
        if _contact_card(lines):
            return ""
        card = _card_below(lines)
        return text if card is None else "\n".join(lines[:card])
    kept = [line for line in lines[:block] if line.strip()]
    if all(_VALEDICTION.match(line) for line in kept[:-1]):
        return ""  # a sign-off, a name and the company: an empty mail's automatic signature
    return "\n".join(lines[:block])


# A company logo as Outlook and most HTML mail programs write a linked picture in the plain
# text part: "[https://host/logo.png]<https://company.example/>", alone on its line.
_LOGO_LINE = re.compile(
    r"^\s*\[\s*https?://[^\s\]]{1,500}\.(?:png|jpe?g|gif|svg|bmp|webp)(?:\?[^\s\]]{0,300})?\s*\]"
    r"(?:\s*<\s*(?:https?|mailto):[^\s<>]{1,500}\s*>)?\s*$",
    re.I,
)


def _logo_card(lines: list[str]) -> int | None:
    """Where an HTML signature starts that opens with its company logo, or None: a logo
    line of its own below the client's words, then contact lines (a phone, a web address)
    to the end, at a notice's length at most, where no one speaks in the first person."""
    for i in range(1, len(lines)):
        if lines[i - 1].strip() or not _LOGO_LINE.match(lines[i]):
            continue
        rest = [line.strip() for line in lines[i + 1 :] if line.strip()]
        if (
            len(rest) <= _DISCLAIMER_TAIL
            and sum(1 for line in rest if _CONTACT.search(line)) >= 2
            and not any(_FIRST_PERSON.search(line) for line in rest)
            and any(line.strip() for line in lines[:i])
        ):
            return i
    return None


# A sign-off written as a dash before the name ("--Geoff Maciolek", "-Ana", "— Ryan"): the
# client's own signing, like a valediction.
_DASHED_NAME = re.compile(r"^\s*(?:--?|—|–)\s*(\S[^\n]{0,60})$")


# A signature's name line: two to four words, each capitalised or an initial ("Jason L.
# Weisberger"), no digits.
_CARD_NAME = re.compile(r"^\s*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}\s*$")
# A company's legal form ending a line ("SoftAware, Inc.", "Acme Ltd", "Beispiel GmbH",
# "Exemple SARL", "Ejemplo S.L.", "Esempio S.r.l.", "Voorbeeld B.V.", "Exempel AB"). The short
# capitals that are also words ("AG", "AB", "AS", "SE", "KG") only in capitals.
_COMPANY_FORM = re.compile(
    r"(?<!\w)(?:(?i:inc|ltd|llc|llp|corp|gmbh|plc|pty\s+ltd|limited|sarl|s\.?a\.?r\.?l|"
    r"s\.a|s\.a\.s|s\.l|s\.l\.u|s\.p\.a|s\.r\.l|s\.n\.c|b\.v|n\.v|e\.v|gbr|ohg|ug|"
    r"sp\.\s*z\s*o\.\s*o|s\.r\.o|a/s|aps|oy|oyj|ltda)|AG|AB|AS|ASA|SE|KG|SAS|SA|SL|BV|NV)\.?\s*$"
)
_MAX_TITLES = 3


def _named_company_card(lines: list[str]) -> int | None:
    """Where the card below a name in the mail's last paragraph starts, or None: a name, then
    a job title or two and the company with its legal form ("Jason L. Weisberger", "Chief of
    Network Operations", "SoftAware, Inc."), with no sentence of the writer's among them."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(filled) < 3:
        return None
    start = len(filled) - 1
    while start > 0 and filled[start - 1] == filled[start] - 1:
        start -= 1  # the last paragraph: lines with no blank one between them
    if start == 0:
        return None  # nothing written above it
    card = [lines[n].strip() for n in filled[start:]]
    if not 2 <= len(card) <= 1 + _MAX_TITLES or not _CARD_NAME.match(card[0]):
        return None
    titles = card[1:]
    if not _COMPANY_FORM.search(titles[-1]) or any(
        len(x) > _CARD_LINE or _FIRST_PERSON.search(x) or x.endswith(("?", "!")) for x in titles
    ):
        return None
    return filled[start] + 1


def _dashed_name_block(lines: list[str]) -> int | None:
    """Where a company block starts below a dash-signed name ("--Geoff Maciolek" over
    "ACME, LLC"), or None: every line below the name is a company's or contact line."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    for at, n in enumerate(filled[:-1]):
        found = _DASHED_NAME.match(lines[n])
        if found is None or not _is_name(found.group(1).strip()) or _framed_company(lines[n]):
            continue  # a rule framing a company's name heads a ruled card, it signs no name
        tail = [lines[k].strip() for k in filled[at + 1 :]]
        if len(tail) <= _MAX_CARD and all(
            len(x) <= _CARD_LINE
            and _CONTACT.search(x)
            and not _own_sentence(x)
            and not x.startswith(("-", "—", "–", "*", "•"))  # a list's items, not a card
            for x in tail
        ):
            return n + 1
    return None


# A rule drawn under the client's words ("------", "=====", a box's "+====+" top), above a
# signature card: its name, affiliation and numbers, or a box of them ("|| Name | Org ||").
_RULE_LINE = re.compile(r"^(?=(?:[^-=_*~+#]*[-=_*~+#]){8})[-=_*~+#|\s]+$")
_RULED_CARD_LINE = 80  # characters: the cards of the 1990s filled a terminal's line
_BOXED = re.compile(r"^\s*[+|*#]\s.*[|+*#]\s*$")
# Where a card names its holder's place of work, with no number or address on it.
_AFFILIATION = re.compile(
    r"(?<!\w)(?:universit\w*|institut\w*|college|laborator\w*|department|dept\.|school|"
    r"hochschule|fakultät|klinik|hospital|corporation|corp\.|company|software|systems)(?!\w)",
    re.I,
)


# A card's quotation: labelled ("Quote: …"), or set off as a quotation and signed by its
# author on the line below: in quotation marks ('"…" -- Mark Twain') or over an author line
# indented as fortune(6) writes it ("         -- Homer Simpson"). Its first person is the
# author's, not the client's. A writer's own sentence over "-- Anna" at the left margin is
# their words signed, however a card goes on below it.
_QUIP_LABEL = re.compile(r"^(?:quote|quotation|motto|zitat|citation|cita)\s*:", re.I)
_QUIP_AUTHOR = re.compile(r"^(?:--?|—|–|~)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_QUOTED_QUIP = re.compile(r"^[\"“„«'‘][^\n]{3,}[\"”“»'’]$")


def _quips(tail: list[str]) -> set[int]:
    """The lines of `tail` (a card's, as written) that are its quotation."""
    found: set[int] = set()
    for k, raw in enumerate(tail):
        line = raw.strip()
        below = tail[k + 1] if k + 1 < len(tail) else ""
        signed = bool(_QUIP_AUTHOR.match(below.strip())) and (
            below[:1].isspace() or bool(_QUOTED_QUIP.match(line))
        )
        if _QUIP_LABEL.match(line) or signed:
            found.add(k)
    return found


def _ruled_card(lines: list[str]) -> int | None:
    """Where a signature card below a rule line starts (the rule's line), or None: every
    line below the rule is short and a card's or a box's, and one names a contact or a place
    of work. Not when the client writes on below the rule in the first person."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    for at in range(max(1, len(filled) - _MAX_CARD - 1), len(filled) - 1):
        n = filled[at]
        if not (_RULE_LINE.match(lines[n]) or _framed_company(lines[n])):
            continue
        tail = [lines[k].strip() for k in filled[at + 1 :]]
        quips = _quips([lines[k] for k in filled[at + 1 :]])
        if all(
            len(x) <= _RULED_CARD_LINE
            and not _POSTSCRIPT.match(x)
            and (_BOXED.match(x) or _RULE_LINE.match(x) or k in quips or not _own_sentence(x))
            for k, x in enumerate(tail)
        ) and any(_CONTACT.search(x) or _AFFILIATION.search(x) for x in tail):
            return n
    return None


# A rule with the company's name set in it ("-------  Gossamer Threads Inc.  -------"), the
# card's heading as 1990s mail programs' signature files drew it.
_FRAMED = re.compile(r"^\s*[-=_*~]{4,}\s+(\S[^\n]{0,60}?)\s+[-=_*~]{4,}\s*$")


def _framed_company(line: str) -> bool:
    """Whether `line` is a rule framing a company's or institution's name, not a person's
    words set between dashes ("----- I am still waiting -----")."""
    found = _FRAMED.match(line)
    if found is None:
        return False
    name = found.group(1)
    return (
        len(name.split()) <= _FRAMED_WORDS
        and not _FIRST_PERSON.search(name)
        and bool(_COMPANY_FORM.search(name) or _AFFILIATION.search(name))
    )


_FRAMED_WORDS = 6


def _own_sentence(line: str) -> bool:
    """A sentence of the client's in the first person ("Ich halte es nicht mehr aus, rufen
    Sie mich an: +49 …"), which no company block or signature card holds."""
    return len(line) <= _SHORT and len(line.split()) >= 4 and bool(_FIRST_PERSON.search(line))


def _writes_on(line: str) -> bool:
    """A postscript or a first-person sentence below a phone's signature, which is not
    another app's line ("Sent from my Samsung Galaxy s5 device", "Please excuse my typos")."""
    text = line.strip()
    if _POSTSCRIPT.match(text):
        return True
    return (
        _own_sentence(text)
        and not _MOBILE_LEAD.match(text)
        and not _APOLOGY.fullmatch(" " + text)
        and not _DEVICE.search(text)
    )


def _speaks_below(lines: list[str], i: int, mobile: list[bool]) -> bool:
    """Whether the client goes on writing below a "--" at line `i`: a sentence of theirs in
    the first person ("--\nactually no, I am not fine"), not a signature's name and numbers.
    """
    for n in range(i + 1, min(len(lines), i + 1 + _MAX_SIGNATURE_TAIL)):
        if (
            _own_sentence(lines[n])
            and not mobile[n]
            and not _CONTACT.search(lines[n])
            and len(_CODE_SIGNS.findall(lines[n])) < _MIN_CODE_SIGNS
        ):
            return True
    return False


# A program in a signature (a Perl "JAPH", a shell one-liner) uses a single-letter word now
# and then ("sub i($){print…}"): its sigils and braces say it is code, no sentence of the
# client's. Prose, however upset ("I...can't...do...this!!!"), has hardly any of them.
_CODE_SIGNS = re.compile(r"[${};=\\\[\]<>]")
_MIN_CODE_SIGNS = 4


_MAX_CARD = 10  # non-blank lines of a contact card
_CARD_LINE = 70  # characters: a company, a street, a number, not a sentence


def _contact_card(lines: list[str]) -> bool:
    """Whether the whole text is a name over contact details and nothing else: the
    signature a mail program adds to a mail its sender wrote nothing in."""
    filled = [line.strip() for line in lines if line.strip()]
    if not 3 <= len(filled) <= _MAX_CARD or not _is_name(filled[0]):
        return False
    if any(len(line) > _CARD_LINE for line in filled[1:]):
        return False  # a sentence: the sender wrote something
    return sum(1 for line in filled[1:] if _CONTACT.search(line)) >= 2


def _card_below(lines: list[str]) -> int | None:
    """Where a signature card starts below the client's words with no sign-off above it: a
    paragraph of a name over contact details and nothing else, at the end (the name stays,
    as the client's signing). Not when the line above asks for it ("my new number:")."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    for at in range(max(1, len(filled) - _MAX_CARD), len(filled)):
        n = filled[at]
        card = filled[at:]
        if lines[n - 1].strip() or lines[filled[at - 1]].rstrip().endswith((":", "：")):
            continue  # not a paragraph of its own, or the client introduced it
        rest = [lines[k].strip() for k in card[1:]]
        if (
            len(card) >= 3
            and _is_name(lines[n].strip())
            and all(
                _shown_length(line) <= _CARD_LINE
                and not _POSTSCRIPT.match(line)
                and not _own_sentence(line)
                for line in rest
            )
            and sum(1 for line in rest if _CONTACT.search(line)) >= 2
        ):
            return n + 1
    return None


def _shown_length(line: str) -> int:
    """The length of a line as the HTML it came from showed it: Outlook's plain text writes
    each link's target beside its text ("<mailto:a@b.example> a@b.example | <http://…>"),
    which makes a card's short line of an address and a web site look like a sentence."""
    return len(_LINK.sub("", line).strip()) if "<" in line or "[" in line else len(line)


def _is_name(line: str) -> bool:
    return (
        len(line) <= 60
        and 1 <= len(line.split()) <= 5
        and not line.endswith((".", "?", "!", ":", ","))
        and not any(ch.isdigit() or ch in "@:/" for ch in line)
    )


def _disclaimer_at(lines: list[str], i: int, below: int) -> bool:
    """Whether a company's legal notice starts at line `i`: a paragraph of its own, long as
    such notices are, that calls the mail confidential, with `below` lines under it at most
    a notice's length."""
    if (
        below > _DISCLAIMER_TAIL
        # A paragraph of its own, or framed by a rule of its own ("*****" above it); the first
        # line has none above it.
        or (i > 0 and lines[i - 1].strip() and not _RULE_ONLY.match(lines[i - 1]))
        or len(lines[i]) > _SHORT * 4
        or not _DISCLAIMER_OPENING.match(lines[i])
    ):
        return False
    text = _notice_paragraph(lines, i)
    # A notice speaks of the mail and its recipients, never of its writer: "This message is
    # confidential, please don't share it, I am not doing well" is the client's.
    return (
        len(text) > _DISCLAIMER_MIN
        and not _writer_speaks(text)
        and bool(_NOTICE_WORDS.search(text))
    )


def _notice_paragraph(lines: list[str], i: int) -> str:
    """The paragraph a notice opens at line `i`, joined, up to a notice's length."""
    paragraph: list[str] = []
    for line in lines[i : i + _DISCLAIMER_TAIL]:
        if not line.strip():
            break
        paragraph.append(line.strip())
    return " ".join(paragraph)


# A company's notice that runs on from its label ("Disclaimer : This email and all contents
# are subject to the following disclaimer: http://…"), speaking of the mail.
_LABELLED_NOTICE = re.compile(
    r"^\s*(?:disclaimer|confidentiality\s+notice|legal\s+notice|haftungsausschluss|"
    # Or the confidentiality it claims as its label ("Confidential and Proprietary: This email
    # message and any attached files contain information intended …").
    r"(?P<claim>confidentiality|(?:strictly\s+)?confidential(?:\s+(?:and|&)\s+(?:proprietary|privileged))?|"
    r"privileged\s+(?:and|&)\s+confidential)|avertissement)\s*:\s*(?:this|the|diese|ce|cet)\s+"
    r"(?:e-?mail|message|communication|"
    r"transmission|nachricht|courriel)\b",
    re.I,
)


def _labelled_notice_at(lines: list[str], i: int, below: int) -> bool:
    """Whether line `i` opens a paragraph of its own with a labelled notice about the mail,
    with at most a notice's length below it and no writer speaking in it ("Disclaimer: this
    email is only my opinion" is the client's)."""
    if below > _DISCLAIMER_TAIL or lines[i - 1].strip():
        return False
    label = _LABELLED_NOTICE.match(lines[i])
    if label is None:
        return False
    text = _notice_paragraph(lines, i)
    if label.group("claim") and not (len(text) > _DISCLAIMER_MIN and _NOTICE_WORDS.search(text)):
        # "Confidential: this message is for you only": a client may label their own mail
        # so; a company's notice goes on to its recipients and what to do if it went astray.
        return False
    return not _writer_speaks(text)


# The writer speaking of themselves, in the languages of the notices.
# (Not the words that are also abbreviations or other words: "Mon" for Monday, "min",
# "ja" for yes, "ma" for but.)
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'd|i'll|me|my|myself|ich|mir|mich|mein|meine|meinen|meinem|meiner|"
    r"je|j'|moi|yo|mí|io|mio|mia|ik|mij|mijn|eu|meu|minha|jag|mig|jeg|meg|mnie|mój|moja)(?!\w)",
    re.I,
)
# German "ich" (I) is also Polish and Czech "ich" (their, "nie ujawniania ich osobom
# trzecim"), and English "i" is their "and": the writer's only in a paragraph without those
# languages' letters.
_WEST_SLAVIC_LETTERS = re.compile(r"[ąęłńśźżřěůčšžťď]", re.I)
_WEST_SLAVIC_HOMOGRAPHS = frozenset({"ich", "i"})


def _writer_speaks(text: str) -> bool:
    """Whether a notice's paragraph has its writer speaking of themselves."""
    if not _WEST_SLAVIC_LETTERS.search(text):
        return bool(_FIRST_PERSON.search(text))
    return any(
        m.group().casefold() not in _WEST_SLAVIC_HOMOGRAPHS for m in _FIRST_PERSON.finditer(text)
    )


# What every notice says: who it is for, that it may have reached someone in error, what to
# do then.
_NOTICE_WORDS = re.compile(
    r"recipient|addressee|intended|in\s+error|notify|delete|disclos|prohibit|unauthori[sz]ed|"
    r"empfänger|adressat|irrtümlich|irrtum|löschen|benachrichtigen|untersagt|"
    r"destinataire|par\s+erreur|supprimer|interdit|destinatario|por\s+error|eliminar|"
    r"prohibid|destinatari|per\s+errore|cancell|vietat|geadresseerde|per\s+abuis|verwijder|"
    r"destinatário|por\s+engano|apag|mottagare|av\s+misstag|radera|modtager|ved\s+en\s+fejl|"
    r"slet|mottaker|adresat|omyłkowo|usun|adresát|omylem|smaž",
    re.I,
)


def _company_block_at(lines: list[str]) -> int | None:
    """Where a company block starts below a sign-off and a name, or None.

    It must hold two lines of contact details or more, and no postscript (a "P.S." below the
    name is the client's own).
    """
    for i, line in enumerate(lines):
        if not _VALEDICTION.match(line):
            continue
        name_at = next((n for n in range(i + 1, min(len(lines), i + 4)) if lines[n].strip()), None)
        if name_at is None:
            continue
        name = lines[name_at].strip()
        if len(name) > 60 or not 1 <= len(name.split()) <= 5 or name.endswith((".", "?", "!", ":")):
            continue
        tail = [x for x in lines[name_at + 1 :] if x.strip()]
        if (
            not tail
            or len(tail) > _MAX_COMPANY_BLOCK
            or any(_POSTSCRIPT.match(x) or _own_sentence(x) for x in tail)
        ):
            continue
        if sum(1 for x in tail if len(x) <= _SHORT and _CONTACT.search(x)) >= 2:
            return name_at + 1
    return None


def tidy(text: str) -> str:
    """Trim trailing spaces, collapse runs of blank lines, drop leading and trailing rules."""
    lines = [line.replace("\xa0", " ").replace("\u200b", "").rstrip() for line in text.split("\n")]
    while lines and (
        not lines[-1].strip() or _RULE_ONLY.match(lines[-1]) or lines[-1].strip() == _TRACKER_MARK
    ):
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    out: list[str] = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line if line.strip() else "")
    return "\n".join(out)


def strip_banner(text: str) -> str:
    """Remove a mail gateway's warning paragraph and Microsoft's safety tip from the top: the
    client did not write them."""
    head = text.lstrip("\n")
    line, _, below = head.partition("\n")
    if len(line) <= 2 * _SHORT and _SAFETY_TIP.search(line):
        text = head = below.lstrip("\n")  # the tip, then perhaps a gateway's banner as well
    first, _, rest = head.partition("\n\n")
    if len(first) <= 2 * _SHORT and _BANNER.match(first) and not _FIRST_PERSON.search(first):
        return rest  # a gateway speaks of the mail, never of itself ("Warning: I will go out…")
    return text


# An attachment uuencoded into the body (older clients, scripts and cron jobs): "begin 644
# name", lines of the 64 characters from space to backquote, then "end".
_UU_BEGIN = re.compile(r"^begin(?:-base64)?\s+[0-7]{3,4}\s+\S[^\n]{0,250}$")
_UU_LINE = re.compile(r"^[ -`]{1,80}$")
_UU_FULL = 60  # characters of a full uuencoded line ("M" and 60 for 45 bytes)
_UU_RUN = 3  # full lines in a row: a file's, where a person's lines are rarely so alike


def strip_uuencoded(text: str) -> str:
    """`text` without the uuencoded attachments in it: they are files, not the sender's words."""
    if "begin" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _UU_BEGIN.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        n = i + 1
        while n < len(lines) and lines[n].rstrip() != "end" and _UU_LINE.match(lines[n]):
            n += 1
        if n < len(lines) and lines[n].rstrip() == "end" and n > i + 1:
            i = n + 1  # the whole block, "end" with it
            continue
        if n == len(lines) and sum(1 for x in lines[i + 1 : n] if len(x) >= _UU_FULL) >= _UU_RUN:
            break  # a file whose "end" the text was cut short of (a long body is read in part)
        # No "end" below lines of the block's shape: text. Any "begin" among those lines would
        # stop at the same line, so reading goes on after them (linear time).
        out.extend(lines[i:n])
        i = n
    return "\n".join(out)


# OpenPGP's ASCII armor (RFC 4880 §6.2, §7): an encrypted message, a detached signature or a
# key are no one's words; a clear-signed text is the sender's, below the armor's "Hash:"
# lines, with its dash-escaped lines ("- -- ") unescaped.
_ARMOR = re.compile(
    r"^-----(BEGIN|END) PGP (MESSAGE|SIGNATURE|PUBLIC KEY BLOCK|SIGNED MESSAGE)-----$"
)


def strip_armor(text: str) -> str:
    """`text` without OpenPGP armor blocks, its clear-signed text kept (linear time)."""
    if "-----BEGIN PGP " not in text:
        return text
    lines = text.split("\n")
    ends: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        found = _ARMOR.match(line.rstrip()) if line.startswith("-----") else None
        if found is not None and found.group(1) == "END":
            ends.setdefault(found.group(2), []).append(n)
    out: list[str] = []
    signed = False
    i = 0
    while i < len(lines):
        line = lines[i]
        found = _ARMOR.match(line.rstrip()) if line.startswith("-----") else None
        if found is not None and found.group(1) == "BEGIN" and found.group(2) == "SIGNED MESSAGE":
            i += 1
            while i < len(lines) and lines[i].strip():
                i += 1  # "Hash: SHA256" and its kin, up to the blank line
            signed = True
            continue
        if found is not None and found.group(1) == "BEGIN":
            closing = ends.get(found.group(2), [])
            at = bisect.bisect_right(closing, i)
            end = closing[at] if at < len(closing) else None
            if end is not None:
                signed = False
                i = end + 1
                continue
        out.append(line[2:] if signed and line.startswith("- ") else line)
        i += 1
    return "\n".join(out)


# Where a text part shows an inline image: Gmail's "[image: photo.jpg]", Outlook's
# "[cid:image001.png@01D2…]", Apple's "<IMG_1234.jpeg>" on a line of its own. The image is
# an attachment; its placeholder is none of the sender's words.
_IMAGE_PLACEHOLDER = re.compile(
    r"\[(?:image|inline\s+image|cid|bild|imagen|immagine|afbeelding)\s*:[^\]\n]{0,200}\]|"
    r"^[ \t]*<[\w .()-]{1,80}\.(?:png|jpe?g|gif|heic|bmp|tiff?)>[ \t]*$",
    re.I | re.M,
)


# Characters no one sees that editors leave in text: a byte-order mark, zero-width spaces and
# word joiners, soft hyphens ("Ne&shy;ben&shy;wir&shy;kun&shy;gen"). They would hide a marker
# line's first word or break a word the safety net reads. (ZWJ and ZWNJ carry meaning.)
_INVISIBLE_CHARS = dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad\u180e"))


# The advertisement free webmail services put below every mail they send: Yahoo's under a
# rule of dashes ("Be a better friend, newshound, and know-it-all with Yahoo! Mobile. Try it
# now."), Hotmail's and MSN's under underscores ("Get your FREE download of MSN Explorer at
# …"), small webmail scripts' on lines led by an arrow ("-->> FREE Perl CGI scripts add WEB
# ACCESS … Download today!!"). A few short lines that call the reader to act, in no one's
# first person: the service's, not the sender's.
_AD_RULE = re.compile(r"^\s*(?:-{10,}|_{10,}|={10,})\s*$")
_AD_ARROW = re.compile(r"^\s*[-=]{1,3}>{1,2}\s+\S")
_AD_CALL = re.compile(
    r"(?<!\w)(?:free|try\s+it(?:\s+(?:now|today|free))?|check\s+it\s+out|check\s+out|"
    r"download(?:\s+(?:it|now|today))?|get\s+(?:your|it)|sign\s+up|click\s+here|join\s+now|"
    r"learn\s+more|find\s+out\s+more)(?!\w)",
    re.I,
)
_MAX_AD_LINES = 3
_AD_LINE = 100  # characters: a tagline's line, not a paragraph of the sender's


def _is_ad(block: list[str]) -> bool:
    filled = [line.strip() for line in block if line.strip()]
    text = " ".join(filled)
    return (
        1 <= len(filled) <= _MAX_AD_LINES
        and all(len(line) <= _AD_LINE for line in filled)
        and bool(_AD_CALL.search(text))
        and not _FIRST_PERSON.search(text)
    )


def strip_webmail_ad(text: str) -> str:
    """`text` without a webmail service's advertisement: the lines below a rule at its end,
    or a paragraph of arrow-led lines (which the service writes where its text ends, and a
    second part of the sender's may follow)."""
    lines = text.split("\n")
    filled = [n for n, line in enumerate(lines) if line.strip()]
    for at in range(max(1, len(filled) - _MAX_AD_LINES - 1), len(filled) - 1):
        n = filled[at]
        if _AD_RULE.match(lines[n]) and _is_ad(lines[n + 1 :]):
            lines = lines[:n]
            break
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _AD_ARROW.match(lines[i]) and (i == 0 or not lines[i - 1].strip()):
            end = i
            while end < len(lines) and _AD_ARROW.match(lines[end]):
                end += 1
            if (end == len(lines) or not lines[end].strip()) and _is_ad(lines[i:end]):
                i = end
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# Yahoo Mail's line above a forward it attaches whole: the program's, not the sender's.
_FORWARD_ATTACHED_NOTE = re.compile(
    r"^\s*(?:note\s*:\s*)?(?:the\s+)?forwarded\s+(?:message|e-?mail|mail)\s+(?:is\s+)?attached\.?\s*$",
    re.I,
)
# A body of nothing but a dash or two ("-", "–"): a program's or a form's mark for an empty
# field, or a signature's delimiter with nothing below it, no word of anyone's.
_DASHES_ONLY = re.compile(r"^\s*[-–—]{1,3}\s*$")


def new_text(plain: str, *, history_is_ours: bool = False) -> str:
    """What the sender newly wrote in a plain-text body (`history_is_ours`: see strip_quotes)."""
    plain = undecoded_qp(plain)  # a body copied raw, its quoted-printable never decoded
    plain = plain.translate(_INVISIBLE_CHARS)
    plain = strip_armor(strip_uuencoded(plain))
    if "[" in plain or "<" in plain:
        plain = _IMAGE_PLACEHOLDER.sub("", plain)
    unquoted_text = strip_quotes(plain, history_is_ours=history_is_ours)
    text = tidy(strip_signature(tidy(strip_webmail_ad(strip_banner(unquoted_text)))))
    if text and all(
        _SIG_DELIMITER.match(line.strip())
        or _RULE_ONLY.match(line)
        or _DASHES_ONLY.match(line)
        or _FORWARD_ATTACHED_NOTE.match(line)
        for line in text.split("\n")
        if line.strip()
    ):
        # Only the "--" of a signature left empty, a rule or a dash, or the mail program's
        # note over a forward it attached, above the quote: nothing typed.
        return ""
    return text


def unquoted(text: str) -> str:
    """`text` without its "> " lines: what to read for trouble (the quoted lines are ours)."""
    return "\n".join(line for line in text.split("\n") if not line.startswith(">"))


def passed_on(text: str) -> str:
    """What a forward passes on, for the safety net: its lines without the forwarded mail's
    header lines ("From: …", "Gesendet: …"), which are no one's words, and without "> "
    lines."""
    return "\n".join(
        line
        for line in unquoted(text).split("\n")
        if not (len(line) <= _SHORT and _HEADER_LINE.match(line))
    )


# --- HTML -----------------------------------------------------------------------------------

_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "hr", "dd", "dt", "dl", "section", "article", "header", "footer", "center",
        "address", "blockquote", "body", "html",
    }
)  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "base", "col", "area", "wbr"})
_INVISIBLE = frozenset({"style", "script", "head", "title", "template", "xml"})
# Element ids and classes that mark quoted history (the element is dropped) ...
# Gmail (its quote, attribution, elided "im"/"adM" parts, signature), Yahoo, Thunderbird's
# attribution and signature, Proton, Tutanota, Zoho's quote; Outlook's "x_"-prefixed copies.
_QUOTE_CLASSES = frozenset(
    {
        "gmail_quote", "gmail_quote_container", "gmail_attr", "gmail_extra", "gmail_signature",
        "x_gmail_quote", "im", "adm", "yahoo_quoted", "yahoo_quoted_begin", "moz-cite-prefix",
        "moz-signature", "protonmail_quote", "protonmail_signature_block", "tutanota_quote",
        "zmail_extra", "zmail_signature_below", "quote",
        # Yahoo's other quote wrappers and Zoho's quote.
        "yahoo_quoted_msg", "yahoo-quoted-begin", "zmail_quote",
    }
)  # fmt: skip
# Outlook desktop's and Exchange/OWA's reply sections and signatures, Zoho's signature.
_QUOTE_IDS = frozenset(
    {
        "olk_src_body_section", "ms-outlook-mobile-signature", "signature", "x_signature",
        "zm-_id_-sgn", "protonmail_signature_block", "tutanota_signature",
    }
)  # fmt: skip
# Quoting elements marked by other attributes: GMX's and WEB.DE's <div name="quote">, Spark's
# <div name="messageReplySection"> (and its signature section), Zimbra's
# data-marker="__QUOTED_TEXT__" and its headers.
_QUOTE_NAMES = frozenset(
    {"quote", "quoted-content", "messagereplysection", "messagesignaturesection"}
)
_QUOTE_MARKERS = frozenset({"__quoted_text__", "__headers__"})
# Quoting elements that hold an attribution and the quote itself as a blockquote: Gmail's
# <div class="gmail_quote"> (its attribution in div.gmail_attr), Proton's. A client who
# answers inline types between blockquotes inside it, so it is read (not dropped) when text
# stands below one of them; the blockquotes are then marked as "> " lines.
_QUOTE_CONTAINERS = frozenset({"gmail_quote", "gmail_quote_container", "protonmail_quote"})
# Of the quoting classes, the attributions above a quote (Thunderbird's, Gmail's): dropped,
# but where they stood is marked, so that a quote below one is read as our history.
_ATTRIBUTION_CLASSES = frozenset({"moz-cite-prefix", "gmail_attr"})
# ... and those after which everything is history (the rest of the document is dropped).
# Outlook's header block (divRplyFwdMsg) is followed by the quoted mail in sibling elements;
# OWA's reply section holds it: nothing below either is the client's.
_CUT_IDS = frozenset(
    {
        "appendonsend", "x_appendonsend", "stopspelling", "zwchr", "divrplyfwdmsg",
        "x_divrplyfwdmsg", "messagereplysection", "x_messagereplysection",
        "mail-editor-reference-message-container",
    }
)  # fmt: skip
# Of those, Outlook's and OWA's: the quoted mail below them is read on as history (the
# plain-text rules decide), since a client who answers inside it has no quote to mark it.
_HISTORY_IDS = frozenset({"appendonsend", "divrplyfwdmsg"})
# What the plain-text rules read as the start of such history.
_HISTORY_LINE = "-----Original Message-----"
# Outlook's "Preface comments with: [Name]": each answer typed into the quoted mail opens
# with the writer's name in brackets.
_COMMENT_MARK = re.compile(r"^\[([^\[\]\n]{1,60})\]\s*\S")
# The style Outlook (2007 to 365) gives the div that opens the mail it answers or forwards,
# "border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in" (#B5C4DF before
# 2013, "0cm" in metric locales): its own line above the quoted mail, whatever that holds. A
# person's boxed paragraph in Word is drawn on all sides, in other colours.
_OUTLOOK_SEPARATOR = re.compile(
    r"border\s*:\s*none\s*;\s*border-top\s*:\s*solid\s+#(?:e1e1e1|b5c4df)\s+1\.0pt\s*;\s*"
    r"padding\s*:\s*3\.0pt\s+0(?:in|cm)?\s",
    re.I,
)
_BORDER_TOP = re.compile(r"border-top\s*:\s*solid|border-top-style\s*:\s*solid", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


# Gmail's and other editors' "indent" is a <blockquote style="margin:0 0 0 40px; border:none;
# padding:0px"> around the writer's own lines; a quote is marked as one (type="cite", a
# quoting class) or drawn with a border.
_NO_BORDER = re.compile(r"(?:^|;)\s*border\s*:\s*(?:none|0(?:px)?)\s*(?:;|$)", re.I)


def _indent_only(attr: dict[str, str]) -> bool:
    return (
        attr.get("type", "").lower() != "cite"
        and not set(attr.get("class", "").lower().split()) & _QUOTE_CLASSES
        and bool(_NO_BORDER.search(attr.get("style", "")))
    )


class _HtmlText(HTMLParser):
    """HTML to readable text, dropping quoting elements (stdlib parser: no heavy dependency)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        # While inside a dropped element: its tag and how many of that tag are open. Counting
        # only that tag survives the unclosed <p> and <li> that mail HTML is full of.
        self.skip_tag = ""
        self.skip_depth = 0
        self.invisible = 0
        self.pre = 0
        self.cut = False
        self.history_at: int | None = None  # where Outlook's quoted mail starts in `out`
        self.paragraph = False
        # Where the last <hr> was in `out`, and whether any text below it stood outside a link:
        # webmail (Hotmail, old Yahoo) put an advert below a rule as one link, nothing else.
        self.rule_at: int | None = None
        self.dividers: list[int] = []  # where a div drawn with a top border starts in `out`
        self.separators: set[int] = set()  # of those, the ones in Outlook's own reply style
        self.quotes: list[bool] = []  # the open blockquotes, True for a quote's (type=cite)
        # An open quoting container (_QUOTE_CONTAINERS): its tag, how many of that tag are
        # open, and where its text starts in `out`.
        self.container = ""
        self.container_depth = 0
        self.container_at = 0
        self.unlinked_below_rule = False
        self.links = 0

    def _newline(self) -> None:
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.cut:
            return
        tag = tag.lower()
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        attr = {k.lower(): (v or "") for k, v in attrs}
        # Outlook prefixes the classes and ids of the HTML it quotes or forwards with "x_"
        # ("x_gmail_quote", "x_divRplyFwdMsg"): each is read as well without it.
        names = attr.get("class", "").lower().split()
        classes = set(names) | {name[2:] for name in names if name.startswith("x_")}
        ident = attr.get("id", "").lower().removeprefix("x_")
        if ident in _HISTORY_IDS:
            if self.history_at is None:
                # Outlook's reply section: everything after it is the quoted mail, told apart
                # from what comes above it but kept for the plain-text rules.
                self._newline()
                self.history_at = len(self.out)
        elif ident in _CUT_IDS or "outlookmessageheader" in classes:
            # Other reply sections (and Outlook 2003's header block, class
            # OutlookMessageHeader): everything after it is the quoted mail.
            self.cut = True
            return
        if (
            tag == "div"
            and _BORDER_TOP.search(attr.get("style", ""))
            and self.out
            and self.history_at is None
        ):
            # Outlook desktop's divider, a line drawn above its header block: history when
            # that block follows (html_to_text decides), else a client's boxed paragraph.
            self._newline()
            self.dividers.append(len(self.out))
            if _OUTLOOK_SEPARATOR.search(attr.get("style", "")):
                self.separators.add(len(self.out))
        if self.container and tag == self.container:
            self.container_depth += 1
        elif (
            not self.container
            and not any(self.quotes)
            and tag == "div"
            and classes & _QUOTE_CONTAINERS
        ):
            self.container, self.container_depth, self.container_at = tag, 1, len(self.out)
            self._newline()
            return
        if tag == "blockquote" and (
            (attr.get("type", "").lower() == "cite" and not (classes & _QUOTE_CLASSES))
            or (self.container and not any(self.quotes) and not _indent_only(attr))
        ):
            # Apple Mail's, Thunderbird's, Roundcube's quote (and the blockquotes in Gmail's
            # quoting div): its lines as "> " lines, so that an answer written between two of
            # them keeps its question, as in plain text.
            self._newline()
            self.quotes.append(True)
            return
        if tag == "blockquote" and _indent_only(attr):
            self.quotes.append(False)
        if (
            (tag == "blockquote" and not _indent_only(attr))
            or classes & _QUOTE_CLASSES
            or ident in _QUOTE_IDS
            or "yahoo_quoted" in ident  # Yahoo's ids: "ydp1a2b3cyahoo_quoted_4711"
            or attr.get("name", "").lower() in _QUOTE_NAMES
            or attr.get("data-marker", "").lower() in _QUOTE_MARKERS
        ):
            if classes & _ATTRIBUTION_CLASSES:
                self._newline()
                self.out.append(_ATTRIBUTED + "\n")
            if tag not in _VOID:
                self.skip_tag = tag
                self.skip_depth = 1
            return
        if tag in _INVISIBLE:
            self.invisible += 1
            return
        if tag == "pre":
            self.pre += 1
        if tag == "p":
            # Word-generated HTML (Outlook) writes one <p class=MsoNormal> per line; elsewhere
            # <p> is a paragraph with space after it.
            self.paragraph = "msonormal" not in classes
        if tag == "a":
            self.links += 1
        if tag == "hr" and self.history_at is None:
            self._newline()
            self.rule_at = len(self.out)
            self.unlinked_below_rule = False
        if tag == "br":
            self.out.append("\n")
        elif tag in _BLOCK:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.cut:
            return
        tag = tag.lower()
        if tag in _VOID:
            return
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag in _INVISIBLE:
            self.invisible = max(0, self.invisible - 1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "a":
            self.links = max(0, self.links - 1)
        if tag == "blockquote" and self.quotes and self.quotes.pop():
            self._newline()
            return
        if self.container and tag == self.container:
            self.container_depth -= 1
            if not self.container_depth:
                self.close_container()
                return
        if tag in _BLOCK:
            self._newline()
            if tag == "p" and self.paragraph and self.out and not self.out[-1].endswith("\n\n"):
                # Inside a quote the space between paragraphs is a quoted empty line.
                self.out.append(">" * sum(self.quotes) + "\n")

    def handle_data(self, data: str) -> None:
        if self.cut or self.skip_depth or self.invisible:
            return
        depth = sum(self.quotes)
        if self.pre:
            if depth:  # each line of a preformatted quote marked as well
                data = data.replace("\n", "\n" + "> " * depth)
            self.out.append(self._marked(data, depth))
            return
        if (
            not depth
            and "\n" in data
            and data.lstrip().startswith(">")
            and (not self.out or self.out[-1].endswith("\n"))
        ):
            # A line that opens with ">" and runs on over source lines: plain-text quoting
            # typed or pasted into HTML without <br> ("&gt; How are you?\nBetter."). Run
            # together, the answer would become part of the quoted line and be dropped with
            # it; its source lines are kept as lines instead.
            text = "\n".join(_SPACES.sub(" ", x).strip() for x in data.strip().split("\n"))
            if data[-1:].isspace():
                text += " "
        else:
            text = _SPACES.sub(" ", data)
        if not self.links and text.strip() and self.history_at is None:
            self.unlinked_below_rule = True
        if self.out and self.out[-1].endswith("\n"):
            text = text.lstrip(" ")
        if text:
            self.out.append(self._marked(text, depth) if text.strip() else text)

    def close_container(self) -> None:
        """At the end of a quoting container: keep its text when the client wrote below a
        quote in it (inline answers), else drop it whole, as any quoting element."""
        self._newline()
        at, self.container, self.container_depth = self.container_at, "", 0
        lines = "".join(self.out[at:]).split("\n")
        first = next((n for n, line in enumerate(lines) if line.lstrip().startswith(">")), None)
        # Kept when only an attribution stands above its first quote and the client wrote
        # below one.
        if (
            first is not None
            and all(
                not x.strip() or x == _ATTRIBUTED or _is_attribution(x.strip())
                for x in lines[:first]
            )
            and any(x.strip() and not x.lstrip().startswith(">") for x in lines[first:])
        ):
            return
        # Nothing of the client's in it (a quote, a forwarded mail): dropped, as before.
        del self.out[at:]
        self.dividers = [n for n in self.dividers if n < at]
        if self.rule_at is not None and self.rule_at > at:
            self.rule_at = None

    def _marked(self, text: str, depth: int) -> str:
        """`text` with the quote's "> " marks when it starts a line inside a quote."""
        if depth and (not self.out or self.out[-1].endswith("\n")):
            return "> " * depth + text
        return text


# Inline tags change nothing in the text _HtmlText makes unless one of them carries a class
# or id (Gmail's `<span class="im">` is quoted history, dropped up to its end tag). In a
# large body the inline tags whose name never carries one are taken out before parsing:
# html.parser costs microseconds a tag, and a message of 60,000 `<a>` tags must still be
# read in well under a second.
_INLINE = r"a|b|i|u|s|em|strong|font|small|big|sub|sup|abbr|tt|strike|span"
_MARKED_INLINE = re.compile(rf"<({_INLINE})\s[^<>]*?\b(?:class|id)\s*=", re.I)
_PRUNE_ABOVE = 50_000
_AD_LINK = 200  # characters: one advert's line, not a client's paragraph of links


def _prune_inline(html: str) -> str:
    marked = {name.lower() for name in _MARKED_INLINE.findall(html)}
    names = [name for name in _INLINE.split("|") if name not in marked]
    if not names:
        return html
    return re.sub(rf"</?(?:{'|'.join(names)})(?:\s[^<>]*)?>", "", html, flags=re.I)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body, with quoting elements and Outlook's divider dropped."""
    return _unmarked(_html_parts(html)[0])


def _unmarked(text: str) -> str:
    """`text` without the lines that mark a dropped attribution."""
    if _ATTRIBUTED not in text:
        return text
    return "\n".join(line for line in text.split("\n") if line != _ATTRIBUTED)


def _html_parts(html: str) -> tuple[str, str | None]:
    """The readable text of an HTML body above Outlook's quoted mail, and that mail's text
    (None when there is none)."""
    if len(html) > _PRUNE_ABOVE:
        html = _prune_inline(html)
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but never let markup stop the reply log
        pass
    if parser.container:  # a quoting div left open at the end of the body
        parser.close_container()
    out = parser.out
    history: list[str] | None = None
    if parser.history_at is not None:
        out, history = out[: parser.history_at], out[parser.history_at :]
    for at in parser.dividers:
        below = next((x for x in "".join(out[at:]).split("\n") if x.strip()), "")
        if _HEADER_LINE.match(below[: _SHORT * 4]) or (
            at in parser.separators and "".join(out[:at]).strip()
        ):
            out, history = out[:at], out[at:] + (history or [])
            break
    if parser.rule_at is not None and parser.rule_at <= len(out) and not parser.unlinked_below_rule:
        below = "".join(out[parser.rule_at :])
        above = "".join(out[: parser.rule_at])
        if above.strip() and len(below.strip()) <= _AD_LINK:  # a link below a rule: an advert
            out = out[: parser.rule_at]
    text = "\n".join(line.strip() for line in "".join(out).split("\n"))
    if history is None:
        return text, None
    return text, "\n".join(line.strip() for line in "".join(history).split("\n"))


# Markup that makes a body HTML: an element's tag or an end tag. A "text/html" part without
# any is plain text mislabelled (a script's mail, a gateway's copy): read as HTML, its lines
# would run together and "<ana@x.example>" would vanish as a tag.
_MARKUP = re.compile(
    r"</[a-z][\w:-]{0,30}\s*>|<(?:html|head|body|div|p|br|span|table|tr|td|a|b|i|u|font|"
    r"blockquote|img|meta|style|ul|ol|li|h[1-6]|pre|hr|center|strong|em|title|o:p)(?=[\s/>])|"
    r"<!doctype|<!--|&(?:nbsp|amp|lt|gt|quot|#\d{1,7}|#x[0-9a-f]{1,6});",
    re.I,
)


def _commented(history: str) -> str | None:
    """Outlook's quoted mail with the client's answers marked by their name ("[Ana Field]
    Much better."), its other lines as "> " lines, so that the plain-text rules keep each
    question above its answer; None without such marks. Its header block and any older
    history below go."""
    if "[" not in history:
        return None
    lines = history.split("\n")
    start = next((n for n, line in enumerate(lines) if line.strip()), len(lines))
    if start < len(lines) and _header_block_at(lines, start):
        start = _history_skip(lines, start)
    body: list[str] = []
    names: set[str] = set()
    for n in range(start, len(lines)):
        line = lines[n]
        if _separator_at(lines, n):
            break
        found = _COMMENT_MARK.match(line) if len(line) <= _SHORT * 4 else None
        if found is not None:
            names.add(found.group(1).strip())
        body.append(line if found is not None else f"> {line}".rstrip())
    # One writer's name, as Outlook writes it: more are a list of bracketed notes.
    if len(names) != 1 or not _is_name(next(iter(names))):
        return None
    return "\n".join(body)


def new_text_from_html(html: str, *, history_is_ours: bool = False) -> str:
    """What the sender newly wrote in an HTML-only body (`history_is_ours`: see strip_quotes)."""
    if not _MARKUP.search(html):
        return new_text(html, history_is_ours=history_is_ours)
    text, history = _html_parts(html)
    if history is None:
        return new_text(text, history_is_ours=history_is_ours)
    history = _unmarked(history)  # read as Outlook's unmarked history, below its header
    commented = _commented(history)
    if commented is not None:
        return new_text(f"{text}\n{commented}", history_is_ours=history_is_ours)
    # Outlook's quoted mail, read as plain text reads it below "-----Original Message-----":
    # dropped below the client's reply, kept when they wrote nothing above it or say they
    # answered inside it (Outlook marks such answers by their colour alone).
    return new_text(f"{text}\n{_HISTORY_LINE}\n{history}", history_is_ours=history_is_ours)
