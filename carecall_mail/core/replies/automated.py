"""Mail that says of itself that a program wrote it ("This is an automated message", "Diese
E-Mail wurde automatisch erstellt"), in the languages clients write in.

RFC 3834 asks responders to mark their mail Auto-Submitted, but the acknowledgements of help
desks, councils' and companies' case systems, shops and schedulers often carry no header at
all: their first sentence says what they are. A person never opens their own mail so; a
client quoting such a sentence quotes it below their words, and quoted history is not read
here. Asked only of mail that answers nothing of ours, from nobody we know
(core/replies/parse.py).
"""

from __future__ import annotations

import re

_MAIL = r"(?:e-?mail|message|mail|notification|response|reply|answer|acknowledge?ment|confirmation)"
# Each statement opens a line (after a bracket or a mark such as "***"), whole words only.
_STATEMENT = re.compile(
    r"^[^\S\n]*[\[(*#>-]*[^\S\n]*(?:(?:"
    # English.
    rf"this\s+is\s+an?\s+(?:automated|automatic|auto-?generated|automatically\s+generated|"
    rf"system-?generated|computer-?generated|unmonitored)\s+{_MAIL}|"
    r"this\s+(?:e-?mail|message|mail|notification|response)\s+(?:was|has\s+been|is)\s+"
    r"(?:automatically\s+(?:generated|created|sent)|auto-?generated|generated\s+automatically|"
    r"sent\s+automatically|sent\s+(?:from|by)\s+an?\s+(?:automated|unattended|unmonitored)\s+"
    r"(?:system|mailbox|address|account))|"
    r"(?:this|the)\s+(?:mailbox|e-?mail\s+address|inbox|address)\s+(?:you\s+(?:have\s+)?(?:written|wrote)\s+to\s+)?"
    r"is\s+(?:not\s+monitored|unmonitored|not\s+attended)|"
    # A case system's receipt: "This is an acknowledgement of your email", "Your e-mail
    # message … was received and given the reference number …".
    r"this\s+is\s+an?\s+(?:automatic\s+|automated\s+)?acknowledge?ment\s+of\s+(?:the\s+receipt\s+of\s+)?"
    r"your\s+(?:e-?mail|message|letter|request|correspondence)|"
    rf"your\s+(?:e-?mail\s+)?{_MAIL}[^\n]{{0,120}}?\s(?:has\s+been|was)\s+received\s+and\s+"
    r"(?:has\s+been\s+|was\s+)?(?:assigned|given|allocated|registered\s+under)\b|"
    # German.
    r"ihre\s+(?:e-?mail|nachricht)[^\n]{0,120}?\s(?:ist|wurde)\s+(?:bei\s+uns\s+)?eingegangen\s+und\s+"
    r"(?:hat\s+die|unter\s+der)\s+(?:vorgangs|ticket|referenz|aktenzeichen)|"
    r"dies\s+ist\s+eine\s+(?:automatisch\s+(?:generierte|erstellte|erzeugte|versandte|"
    r"verschickte)|automatische|systemgenerierte)\s+(?:nachricht|e-?mail|antwort|"
    r"benachrichtigung|mitteilung|eingangsbestätigung|bestätigung)|"
    r"diese\s+(?:e-?mail|nachricht|mitteilung)\s+wurde\s+automatisch\s+(?:generiert|erstellt|"
    r"erzeugt|versandt|verschickt|versendet)|"
    # French.
    r"ceci\s+est\s+(?:un\s+(?:message|courriel|e-?mail|mail)|une\s+(?:réponse|notification))\s+"
    r"automatique|ce\s+(?:message|courriel|e-?mail|mail)\s+(?:a\s+été|est)\s+(?:généré|envoyé)\s+"
    r"automatiquement|"
    # Spanish, Italian, Portuguese.
    r"(?:este\s+es\s+un\s+(?:mensaje|correo(?:\s+electrónico)?)|esta\s+es\s+una\s+respuesta)\s+"
    r"automátic[oa]|este\s+(?:mensaje|correo(?:\s+electrónico)?)\s+(?:ha\s+sido|fue|se\s+ha)\s+"
    r"(?:generado|enviado)\s+automáticamente|"
    r"questo\s+è\s+un\s+messaggio\s+(?:generato\s+)?automatico|questa\s+è\s+una\s+(?:risposta|"
    r"e-?mail)\s+automatica|questo\s+messaggio\s+è\s+stato\s+(?:generato|inviato)\s+"
    r"automaticamente|"
    r"esta\s+é\s+uma\s+(?:mensagem|resposta)\s+automática|este\s+e-?mail\s+(?:foi|é)\s+"
    r"(?:gerado|enviado)\s+automaticamente|"
    # Dutch, the Nordic languages, Polish, Czech.
    r"dit\s+is\s+een\s+automatisch\s+(?:gegenereerd\s+|verzonden\s+)?(?:bericht|e-?mail|"
    r"antwoord)|dit\s+(?:bericht|e-?mail)\s+is\s+automatisch\s+(?:gegenereerd|verzonden|"
    r"aangemaakt)|"
    r"detta\s+är\s+ett\s+automatiskt\s+(?:genererat\s+)?(?:meddelande|svar|mejl|e-?postmeddelande)|"
    r"dette\s+er\s+en\s+automatisk\s+(?:genereret\s+|generert\s+)?(?:besked|meddelelse|melding|"
    r"e-?mail|svar)|"
    r"to\s+jest\s+(?:wiadomość|odpowiedź)\s+automatyczna|ta\s+wiadomość\s+została\s+"
    r"(?:wygenerowana|wysłana)\s+automatycznie|"
    r"toto\s+je\s+automaticky\s+(?:generovaná\s+zpráva|generovaný\s+e-?mail|odeslaná\s+zpráva)|"
    r"tato\s+zpráva\s+byla\s+(?:vygenerována|odeslána)\s+automaticky|"
    # Czech filing systems' receipt: "Vaše e-mailová zpráva, zaslaná na adresu …, byla
    # převzata a bylo jí přiděleno evidenční číslo".
    r"vaše\s+e-?mailová\s+zpráva[^\n]{0,160}?\sbyla\s+(?:převzata|přijata)\s+a\s+bylo\s+jí\s+"
    r"přiděleno|"
    # Russian, Japanese, Chinese.
    r"это\s+автоматическое\s+(?:сообщение|уведомление|письмо)|это\s+письмо\s+(?:сформировано|"
    r"отправлено|создано|сгенерировано)\s+автоматически"
    # Japanese and Chinese, whose words run on without a space.
    r")(?![^\W\d_])|(?:この|本)メールは[^\n]{0,20}?自動(?:送信|配信|的に送信)|"
    r"(?:本|此)(?:邮件|郵件)[^\n]{0,12}?(?:自动|自動)(?:发送|發送|生成|产生|產生)"
    r")",
    re.I | re.M,
)
_HEAD = 600  # the statement is the mail's first sentence or two
# A report scheduler (a BI tool's subscription, a database's job) names the report it sends
# by its run, date and time joined into one name ("report Daily_Stats-2022-05-12-0700",
# "Report sales_20220512_070000"): a person names a file by its date, if at all, not the
# minute a job ran.
_SCHEDULED_REPORT = re.compile(
    r"(?<!\w)report\s*:?\s+[^\W\d_][\w.-]*?[-_.](?:19|20)\d\d-?[01]\d-?[0-3]\d[-_T.][0-2]\d[-:.]?[0-5]\d"
    r"(?:[-:.]?[0-5]\d)?(?![\w-])",
    re.I,
)
_REPORT_NOTE_LINES = 3  # the scheduler's template is a line; a person's mail says more
# A program stamps the mail it makes with the moment it made it, to the second or finer, as a
# field of its own ("Email generated: 10/11/2020 00:04:03.765", "Report created at
# 2024-05-12 07:00:01"): a person dates a file by the day, if at all, never their own mail.
_GENERATED_STAMP = re.compile(
    r"^[^\S\n]*(?:(?:e-?mail|message|mail|report|file|export|data)[^\S\n]+)?(?:generated|created|"
    r"erstellt|erzeugt|generiert|généré|generado|generato)(?:[^\S\n]+(?:on|at|am|um|le|el|il))?"
    r"[^\S\n]*:?[^\S\n]*[^\n]{0,30}?(?<!\d)[0-2]?\d:[0-5]\d:[0-5]\d(?:[.,]\d+)?(?!\d)",
    re.I | re.M,
)


def says_automatic(text: str) -> str | None:
    """Why the start of a text says a program wrote it, or None."""
    if _STATEMENT.search(text[:_HEAD]):
        return "automatic mail: says so"
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) <= _REPORT_NOTE_LINES and _SCHEDULED_REPORT.search(text[:_HEAD]):
        return "automatic mail: a scheduled report"
    if (
        len(lines) <= _REPORT_NOTE_LINES
        and _GENERATED_STAMP.search(text[:_HEAD])
        and not any(_SENTENCE.search(line) for line in lines)
    ):
        # A note of fields only, one of them the program's own time stamp: a person who
        # pastes such a line says something of it in a sentence.
        return "automatic mail: a generation stamp"
    return None


# The lines of a report's layout: fields ("Product: Gigabit Network Card 3", "S/N: G337"), rules
# and section headings ("== IDENTIFICATION ====", "-- Monitored device ----"), log lines led by
# their time ("15:23:03 UPS Notification from …", "2025-07-11T12:15:52+0000 - Info - …").
_FIELD_LINE = re.compile(r"^[^\S\n]*[^\W\d_][\w ./()-]{0,30}:[^\S\n]+\S")
# Its frame, which no form and no list of details a person pastes has: a section heading set
# in rules ("== IDENTIFICATION ====", "-- Monitored device ----"), or a log line led by a
# machine's time, to the second or with its date ("15:23:03 …", "2025-07-11T12:15:52+0000 …").
# A bare rule is no frame: a web form's relay sets its fields between rules, and a person's
# diary or pill plan is led by times to the minute ("08:00 slept badly").
_FRAME_LINE = re.compile(
    r"^[^\S\n]*(?:[=*_~#-]{2,}[^\S\n]*[^\W_][^\n]*?[=*_~#-]{2,}[^\S\n]*$|"
    r"(?:\d{4}-\d\d-\d\d[T ]?)?\d\d?:\d\d:\d\d\b|\d{4}-\d\d-\d\d[T ]\d\d?:\d\d\b)"
)
_BARE_RULE = re.compile(r"^[^\S\n]*[=*_~#-]{2,}[^\S\n]*$")
# A person's sentence: four words or more that end in a stop, a question or an exclamation.
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S+[.?!](?:\s|$)")
_REPORT_MIN_LINES = 6
_REPORT_SHARE = 0.6


def machine_report(text: str) -> str | None:
    """Why a text is a device's or a monitor's report, or None.

    A UPS card's, a firewall's or a monitor's mail is fields, rules and time-led log lines,
    with no sentence anyone wrote. A person's mail that lists details (a web form's fields, a
    tracker's "Status: Resolved" commands, a notice pasted in, a mood diary by the hour) has
    no frame of headings or machine times around them, or says something in a sentence.
    """
    lines = [line for line in text.splitlines()[:200] if line.strip()]
    if len(lines) < _REPORT_MIN_LINES:
        return None
    if any(_SENTENCE.search(line) or len(line.split()) > 12 for line in lines):
        return None
    framed = sum(1 for line in lines if _FRAME_LINE.match(line))
    ruled = sum(1 for line in lines if _BARE_RULE.match(line))
    fields = sum(
        1
        for line in lines
        if _FIELD_LINE.match(line) and not _FRAME_LINE.match(line) and not _BARE_RULE.match(line)
    )
    # Two frame lines at least: headings or machine times, which a form or a diary has not.
    if framed < 2 or framed + ruled + fields < _REPORT_SHARE * len(lines):
        return None
    return "automatic mail: a report's layout"


# A device's or a gateway's notice names itself in its subject ("Local Gateway Notification",
# "UPS Alarm", "Backup Alert") and says nothing but its fields ("Code: 10848255").
_NOTICE_SUBJECT = re.compile(
    r"^\s*(?:[^\W\d_][\w./-]*\s+){1,4}(?:notification|alert|alarm|benachrichtigung|"
    r"alarmmeldung|warnmeldung|notificación|notifica|melding|varsel|hälytys)\s*$",
    re.I,
)
_NOTICE_MAX_LINES = 12


def field_notice(subject: str, text: str) -> str | None:
    """Why a mail is a device's notice: its subject names a notification or an alarm, and its
    text is only fields, one of them a number (a code, a reading, a time), with no sentence.

    A person who titles their mail so ("Change of address notification") writes what they
    want in a sentence; a form someone fills in by hand is no notification by its title.
    """
    if not _NOTICE_SUBJECT.match(subject):
        return None
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or len(lines) > _NOTICE_MAX_LINES:
        return None
    if any(_SENTENCE.search(line) or not _FIELD_LINE.match(line) for line in lines):
        return None
    if not any(ch.isdigit() for line in lines for ch in line.partition(":")[2]):
        return None
    return "automatic mail: a device's notice"


# A monitoring system's notification (Nagios' template, which Icinga, Naemon, Shinken and
# Centreon keep): "Notification Type: PROBLEM", then the host, the service and their state as
# fields ("Host: web01", "Service: HTTP", "State: CRITICAL").
_MONITOR_TYPE = re.compile(
    r"^[^\S\n]*(?:\*+[^\S\n]*)?(?:nagios[^\S\n]+|icinga[^\S\n]+)?notification[^\S\n]+type[^\S\n]*:"
    r"[^\S\n]*(?:problem|recovery|acknowledgement|flappingstart|flappingstop|flappingdisabled|"
    r"downtimestart|downtimeend|downtimecancelled|custom)[^\S\n]*$",
    re.I | re.M,
)
_MONITOR_FIELD = re.compile(
    r"^[^\S\n]*(?:host|service|state|address)[^\S\n]*:[^\S\n]*\S", re.I | re.M
)
_MONITOR_FIELDS = 2


def monitoring_alert(text: str) -> str | None:
    """Why a text is a monitoring system's notification, or None: its "Notification Type"
    field with one of the types such a system sends, and the host's or the service's fields,
    with no sentence anyone wrote. A person who passes an alert on says something of it."""
    if not _MONITOR_TYPE.search(text):
        return None
    if len(_MONITOR_FIELD.findall(text)) < _MONITOR_FIELDS:
        return None
    if any(_SENTENCE.search(line) for line in text.splitlines()):
        return None
    return "automatic mail: a monitoring alert"
