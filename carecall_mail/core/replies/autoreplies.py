"""Auto-reply recognition, and whether we may auto-reply ourselves (never a mail loop).

An incoming auto-reply (out-of-office, vacation, inbox rule) must never count
as a client's answer; and our own holiday auto-reply must never go to an
automatic sender, a list, or ourselves (RFC 3834 §2, §3.1.8; RFC 5230 §4.5).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from carecall_mail.core.addresses import base_address
from carecall_mail.core.mimetext import addresses, decode_words, first

# Out-of-office subjects in the languages clients write in (Exchange, Gmail, Apple, GMX,
# Zimbra, Thunderbird's vacation filters), anchored where the phrase is short and generic.
_AUTOREPLY_SUBJECT = re.compile(
    r"^\s*(?:auto(?:matic)?\s*(?:reply|response|antwort)|auto:|autoreply|auto-reply|"
    r"abwesenheitsnotiz|automatische\s+antwort|réponse\s+automatique|"
    r"respuesta\s+automática|respuesta\s+automatica|risposta\s+automatica|"
    r"automatisch\s+antwoord|autosvar|automatiskt\s+svar|automatisk\s+svar|"
    r"automaattinen\s+vastaus|automatyczna\s+odpowiedź|"
    r"resposta\s+automática|resposta\s+automatica|автоматический\s+ответ|автоответ|"
    r"自动回复|自動回覆|自動回信|自動応答|不在のお知らせ|不在通知|"
    # Outlook's "Automatic reply:" in more of its languages.
    r"abwesenheitsmeldung|abwesenheitsnachricht|răspuns\s+automat|raspuns\s+automat|"
    r"automatski\s+odgovor|аутоматски\s+одговор|automatická\s+odpoveď|samodejni\s+odgovor|"
    r"автоматичен\s+отговор|автоматична\s+відповідь|automaatvastus|automātiskā\s+atbilde|"
    r"automatinis\s+atsakymas|resposta\s+automàtica|balasan\s+otomatis|"
    r"trả\s+lời\s+tự\s+động|ตอบกลับอัตโนมัติ|תשובה\s+אוטומטית|رد\s+تلقائي|자동\s*회신|"
    r"erantzun\s+automatikoa|balasan\s+automatik|sjálfvirkt\s+svar|автоматски\s+одговор|"
    r"स्वचालित\s+उत्तर|پاسخ\s+خودکار|自动应答|"
    # Older Outlook's Hebrew "Out of Office AutoReply:", "reply 'I am not here'".
    r"מענה\s*['\"׳״‘’“”]\s*אני\s+לא\s+נמצא)",
    re.I,
)
# Words a person also opens a subject with ("Absent on Monday", "Out of office next week"):
# an out-of-office subject only as the whole subject or before a colon or dash and the
# subject it answers ("Abwesend: Wie geht es Ihnen?").
_AWAY_SUBJECT = re.compile(
    r"^\s*(?:out\s+of\s+(?:the\s+)?office|ooo|on\s+vacation|away\s+from\s+(?:the\s+)?office|"
    r"abwesend|nicht\s+im\s+büro|außer\s+haus|ausser\s+haus|absence|absent|"
    r"fuera\s+de\s+la\s+oficina|fuori\s+ufficio|assente|afwezig|niet\s+aanwezig|"
    r"frånvaro|fravær|poissa|nieobecność|ausente|fora\s+do\s+escritório|нет\s+на\s+месте|不在|"
    # The same in more of the languages mail programs translate "Out of office" into.
    r"fuori\s+sede|buiten\s+kantoor|hors\s+du\s+bureau|ausente\s+do\s+escritório|"
    r"poza\s+biurem|mimo\s+(?:kancelář|kancelariu)|ikke\s+til\s+stede|fraværende|"
    r"inte\s+på\s+kontoret|frånvarande|poissa\s+toimistolta|házon\s+kívül|"
    r"absent\s+de\s+la\s+birou|izvan\s+ureda|van\s+pisarne|ofis\s+dışında|"
    r"εκτός\s+γραφείου|вне\s+офиса|в\s+отпуске|поза\s+офісом|부재중|外出中|休假中)"
    r"\s*(?:[:：\-–—]\s*\S|[.!]?\s*$)",
    re.I,
)
# Older Exchange's and Lotus Notes' own subjects ("Out of Office AutoReply: …", "Out of Office
# Alert"), a Sieve responder's "Vacation reply", and Notes' "<Name> is out of the office." with
# its translations: a responder names its kind of message or its owner's absence in the third
# person, which a person answering does not.
_RESPONDER_SUBJECT = re.compile(
    r"^\s*(?:out\s+of\s+(?:the\s+)?office|vacation)\s+(?:auto[-\s]?reply|auto[-\s]?response|"
    r"alert|reply|response|notification|notice|message)\s*(?:[:：\-–—]|$)|"
    # The owner's name leads, never a person's words about someone ("My boss is out of …").
    r"^(?!\s*(?:my|our|your|the|his|her|their|i|we|mein\w*|unser\w*|ihr\w*|der|die|das|mon|ma|"
    r"notre|le|la|mi|nuestr[oa]|il|mio|mia|mijn|onze|de|het)\s)"
    r"[^\n:：]{2,60}?\s(?:is\s+(?:currently\s+)?out\s+of\s+(?:the\s+)?office|"
    r"ist\s+(?:zur\s+zeit\s+|derzeit\s+)?(?:außer\s+haus|nicht\s+im\s+büro|abwesend)|"
    r"est\s+absente?(?:\s+du\s+bureau)?|is\s+afwezig|está\s+fuera\s+de\s+la\s+oficina|"
    r"è\s+fuori\s+(?:sede|ufficio))\s*[.!]?\s*$",
    re.I,
)


def _fold(text: str) -> str:
    """Lower case without accents: Exchange servers and the gateways between write a subject's
    phrase with its diacritics or without ("Ārpus biroja" and "Arpus biroja")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Exchange's and Outlook's "Out of Office AutoReply:" in the languages they are translated
# into: the absence, a word or two, then the automatic reply ("Ārpus biroja atrašanās
# automātiskā atbilde:", "Ofis Dışında Otomatik Yanıt:", "Kontorist väljas automaatvastus:").
# Both halves together: a person writing about their own absence names no automatic reply,
# and one asking about the feature does not open their subject so.
_AWAY_WORDS = (
    "out of the office", "out of office", "away from the office", "ārpus biroja", "ne biure",
    "ne darbo vietoje", "kontorist väljas", "ofis dışında", "ofis disinda", "izvan ureda",
    "van pisarne", "mimo kancelář", "mimo kanceláriu", "poza biurem", "házon kívül",
    "fuera de la oficina", "fuori sede", "fuori ufficio", "hors du bureau", "absent du bureau",
    "buiten kantoor", "außer haus", "ausser haus", "nicht im büro", "ikke på kontoret",
    "inte på kontoret", "poissa toimistolta", "în afara biroului", "εκτός γραφείου",
    "вне офиса", "поза офісом", "извън офиса",
)  # fmt: skip
_AUTO_WORDS = (
    "auto-reply", "auto reply", "autoreply", "auto-response", "auto response", "autoresponse",
    "automatic reply", "automatic response", "automātiskā atbilde", "automatinis atsakymas",
    "automaatvastus", "otomatik yanıt", "otomatik cevap", "automatski odgovor",
    "samodejni odgovor", "automatická odpověď", "automatická odpoveď", "automatyczna odpowiedź",
    "automatikus válasz", "respuesta automática", "risposta automatica", "réponse automatique",
    "automatisch antwoord", "automatische antwort", "autosvar", "automatiskt svar",
    "automatisk svar", "automaattinen vastaus", "răspuns automat", "αυτόματη απάντηση",
    "автоматический ответ", "автоматична відповідь", "автоматичен отговор",
)  # fmt: skip


def _alternatives(words: tuple[str, ...]) -> str:
    folded = sorted({_fold(word) for word in words}, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in folded)


_AWAY_AUTOREPLY_SUBJECT = re.compile(
    rf"^\s*(?:{_alternatives(_AWAY_WORDS)})(?:\s+\w+){{0,2}}?\s+(?:{_alternatives(_AUTO_WORDS)})"
    r"\s*(?:[:：\-–—]|$)"
)
# A tracker's or a list's tag before the subject it copies ("[issue42] Out of office …",
# "[VIS] Abwesend: …"): the tag is the tool's, the phrase after it still the responder's.
_SUBJECT_TAGS = re.compile(r"^(?:\s*\[[^\[\]\n]{1,40}\])+\s*")
# Vendor headers that mark an automatic reply: X-Autoreply (Yahoo, Apple, cPanel), X-Autorespond
# (Zimbra, GMX), X-Autoresponder and X-Autogenerated (various vacation programs), Mac OS X
# Server's X-Mail-Autoreply, FirstClass's X-FC-MachineGenerated.
_AUTO_SUBMITTED_HEADERS = (
    "x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated", "x-auto-generated",
    "x-mail-autoreply", "x-fc-machinegenerated",
    # Domain Technologie Control's X-AutoReply-From, and the hyphenated spellings other
    # responders use (X-Auto-Reply, X-Auto-Response, X-AutoResponse); never the
    # X-Auto-Response-Suppress that Exchange puts on people's mail too.
    "x-autoreply-from", "x-auto-reply", "x-auto-response", "x-autoresponse",
)  # fmt: skip
# CommuniGate Pro's rules write X-Autogenerated with the action that made the mail: "Reply" on
# its auto-reply, but "Mirror", "Redirect" or "Forward" on a copy of another writer's mail a
# rule sent on as it came (Resent-From the postmaster, "with RULE"): the copy is still its
# author's mail, a person's, a bounce or spam, and is read as such.
_RELAYED_COPY = frozenset({"mirror", "redirect", "forward"})
# Vendor headers whose value says the mail is a responder's: iCloud's vacation reply carries no
# Auto-Submitted, only X-Apple-Action: VACATION (as sisimai reads it); Mailtraq writes
# X-POST-MessageClass: 9; Autoresponder; qmail's autoresponder delivers as Delivered-To:
# Autoresponder.
_RESPONDER_VALUES = (
    # Helpdesks (Zammad, OTRS and its forks Znuny, OTOBO, KIX) mark their own automatic
    # answers X-Loop: yes (Zammad and OTRS never answer mail so marked). Procmail's X-Loop
    # names an address instead, on forwards of a person's mail too: not read.
    ("x-loop", "yes"),
    ("x-loop", "true"),
    ("x-otrs-loop", "yes"),
    ("x-otrs-loop", "true"),
    ("x-znuny-loop", "yes"),
    ("x-otobo-loop", "yes"),
    ("x-kix-loop", "yes"),
    ("x-apple-action", "vacation"),
    ("x-post-messageclass", "autoresponder"),
    ("delivered-to", "autoresponder"),
)
# Exchange marks messages made by an inbox rule (a redirect or a rule's reply carries the
# mailbox in X-MS-Exchange-Inbox-Rules-Loop) or by one of its agents (Out of Office, journal).
_EXCHANGE_RULE_HEADERS = (
    "x-ms-exchange-inbox-rules-loop",
    "x-ms-exchange-generated-message-source",
)
# RFC 2369 (List-Help … List-Archive), RFC 2919 (List-Id), RFC 8058 (List-Unsubscribe-Post)
# and the older Mailing-List; Mailman's own headers; all say a list distributed the mail.
_LIST_HEADERS = (
    "list-id", "list-unsubscribe", "list-unsubscribe-post", "list-post", "list-help",
    "list-subscribe", "list-owner", "list-archive", "mailing-list",
    "x-mailman-version", "x-beenthere", "x-list-administrivia",
    # fml's (the Japanese list server's) own headers, and ezmlm's and fml's X-Mailing-List.
    "x-mlserver", "x-ml-name", "x-mailing-list",
    # The list servers that name themselves on each post they send out: CommuniGate's
    # X-ListServer, ListProc's X-Listprocessor-Version, Ecartis's (once Listar's) version.
    "x-listserver", "x-listprocessor-version", "x-ecartis-version",
    "x-listar-version",
)  # fmt: skip
# The list software a header of its own names, for the reason.
_LIST_SOFTWARE = {
    "x-mailman-version": "Mailman", "x-beenthere": "Mailman", "x-list-administrivia": "Mailman",
    "x-mlserver": "fml", "x-ml-name": "fml", "x-listserver": "CommuniGate",
    "x-listprocessor-version": "ListProc", "x-ecartis-version": "Ecartis",
    "x-listar-version": "Ecartis",
}  # fmt: skip
# Headers newsletter and bulk-mail services put on every message they send: Gmail's
# feedback-loop Feedback-ID, Mailchimp/Mandrill (X-MC-User, X-Mailchimp-*, X-Mandrill-*), Amazon
# SES (X-SES-*), SendGrid (X-SG-EID), campaign ids, and the abuse-report and Certified Senders
# Alliance headers of bulk senders. A person writing from a mail program never sends these.
# Mailgun is left out: it is above all a transactional API (helpdesks and apps send a person's
# own words through it, and mark them X-Mailgun-Tag or -Track), like Postmark below; a Mailgun
# newsletter still carries List-Unsubscribe, which bulk senders must (Gmail's and Yahoo's
# sender rules of 2024).
# Klaviyo's X-Kmail-Account, -Message and -Ops are named, not a prefix: KDE's KMail, a person's
# mail program, writes X-KMail-Identity, -Transport, -Fcc, -SignatureState and more on every
# mail it sends.
_BULK_HEADERS = (
    "feedback-id", "x-mc-user", "x-sg-eid", "x-csa-complaints", "x-report-abuse",
    "x-kmail-account", "x-kmail-message", "x-kmail-ops",
)  # fmt: skip
_BULK_PREFIXES = (
    "x-campaign", "x-mailchimp-", "x-mandrill-", "x-ses-", "x-mailjet-",
    "x-sendinblue-", "x-rpcampaign", "x-mailer-recptid", "x-emarsys", "x-sfmc-",
    # Brevo (Sendinblue), Constant Contact, Marketo, SendGrid's id, MailerLite, CleverReach:
    # marketing services (not transactional ones such as Postmark, which also carry mail an
    # app sends on a person's behalf).
    "x-mailin-", "x-sib-id", "x-roving-", "x-marketoid", "x-sg-id", "x-mailerlite-",
    "x-cleverreach-",
    # Seen on real newsletters: phpList (X-ListMember, X-phpList-version), Episerver/Optimizely
    # Campaign (X-Ulpe), Elaine (X-MA-Provider), X-Bulkmail.
    "x-listmember", "x-phplist-", "x-ulpe", "x-ma-provider", "x-bulkmail",
)  # fmt: skip
# Newsletter software that names itself in X-Mailer (Mailchimp, Inxmail, Episerver, phpList,
# Newsletter2Go, CleverReach, rapidmail, MailPoet, Mailster, AcyMailing, Sendy): no person's
# mail program is called so.
_BULK_MAILER = re.compile(
    r"^\s*(?:mailchimp\s+mailer|inxmail\b|episerver\b|phplist\b|newsletter2go\b|cleverreach\b|"
    r"rapidmail\b|mailpoet\b|mailster\b|acymailing\b|sendy\b)",
    re.I,
)
_NOREPLY_LOCAL = re.compile(
    # "Do not reply", also after the service's own word ("calendar-noreply@",
    # "account-security-noreply@", "shop.donotreply@"), and in the languages clients write
    # in: ne-pas-repondre@, no-responder@, nao-responda@, non-rispondere@, nicht-antworten@,
    # niet-beantwoorden@, nie-odpowiadaj@.
    r"^(?:(?:[\w.-]{0,60}[-_.])?(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?r[eé]pondre|"
    r"no[-_.]?responder|n[aã]o[-_.]?respond[ae]r?|non[-_.]?rispondere|nicht[-_.]?antworten|"
    r"niet[-_.]?beantwoorden|nie[-_.]?odpowiadaj)|mailer[-_]?daemon|postmaster|bounces?|"
    # Mailboxes named for a program ("mailer@", "notify@", "autoresponder@", a server's own
    # "system@"; not "systems@", an IT team's).
    r"mailer|notify|notifier|automated|system|auto[-_.]?responder|auto[-_.]?reply|"
    r"listserv|majordomo|owner-.*|.*-request|.*-bounces?|.*-owner|"
    # The senders of services' notifications ("notifications@", "calendar-notification@",
    # "alerts@", "mailbot@") and of shops' and billing robots ("auto-confirm@", "invoice@").
    r"(?:[\w.]+[-_.])?notifications?|alerts?|auto[-_.]?mailer|mailbot|robot|auto[-_.]?confirm|"
    r"order[-_.]?(?:update|confirmation|status)s?|shipment[-_.]?tracking|invoices?|"
    r"rechnung(?:en)?)(?:[+-].*)?$",
    re.I,
)
# The mail programs people write in, as they name themselves in X-Mailer or User-Agent. A
# forwarder (a mail-routing service, an alias) puts its own bounce address into the envelope
# of a person's mail, a person may name their mailbox "Newsletter" or write as the
# postmaster they are: those signs of a program give way to a person's mail program. No bulk
# or robot software calls itself so.
_MAIL_PROGRAM = re.compile(
    r"^\s*(?:apple\s+mail|iphone\s+mail|ipad\s+mail|microsoft\s+(?:office\s+)?outlook|"
    r"microsoft\s+windows\s+(?:live\s+)?mail|windows\s+live\s+mail|outlook\s+express|"
    r"(?:mozilla|netscape)\b|thunderbird|icedove|seamonkey|postbox|evolution|kmail|(?:neo)?mutt\b|"
    r"claws\s+mail|sylpheed|roundcube\s+webmail|squirrelmail|alpine|gnus|mu4e|em\s+client|"
    r"the\s+bat!|opera\s+mail|lotus\s+notes|novell\s+groupwise|groupwise|mailmate|airmail|"
    r"k-9\s+mail|fairemail|mailbird|foxmail|becky!|eudora|canary\s+mail|bluemail)|"
    r"zimbra[^\n]{0,40}\(zimbrawebclient\b",
    re.I,
)
# Exchange's hop where Outlook or Outlook on the web handed a mail over ("… with mapi id …"):
# a person wrote it in their mailbox, whatever the mailbox is called.
_MAPI_SUBMISSION = re.compile(r"\swith\s+mapi\b", re.I)
_PERSON_RUN_SENDERS = frozenset({"postmaster", "post_master", "post-master"})


def in_mail_program(headers: dict[str, list[str]]) -> bool:
    """Whether a person's mail program wrote the message (X-Mailer, User-Agent, or
    Exchange's MAPI hop)."""
    if any(
        _MAIL_PROGRAM.search(value)
        for name in ("x-mailer", "user-agent")
        for value in headers.get(name, [])
    ):
        return True
    return any(_MAPI_SUBMISSION.search(value) for value in headers.get("received", [])[:10])


# An envelope sender (Return-Path) that collects bounces or refuses replies: mail sent by a
# machine, whatever its From says ("noreply@bounce.example", "bounces@esp.example").
_NOREPLY_RETURN_PATH = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|bounces?)(?:[+-].*)?$", re.I
)
# A bulk sender's bounce-collecting domain in the envelope sender ("x@bounce.news.example",
# "y@bounces.esp.example"): a person's envelope sender is their own address.
_BOUNCE_DOMAIN = re.compile(r"^(?:bounces?|bnc)\.", re.I)
# The envelope sender list software uses (Majordomo and LISTSERV "owner-list", Mailman
# "list-bounces", "list-request"): the list distributed the mail.
_LIST_RETURN_PATH = re.compile(
    r"^(?:owner-.+|.+-owner|.+-request|.+-bounces?|[^+]+\+(?:owner|bounces?)(?:[-+].*)?|"
    # Mailman's VERP ("list-bounces+ana=example.org@") and ezmlm's ("list-return-1234-@",
    # "list-return-1234-ana=example.org@"): the list's bounce address with the recipient in it.
    r".+-bounces?\+.+|.+-return-\d+-.*)$",
    re.I,
)
# Unix accounts that run jobs on a server (cron, a database's or a web server's), never a
# person's mailbox: with a trace that a program on that host submitted the mail, a cron job's
# or a script's report.
_SYSTEM_ACCOUNT = re.compile(
    r"^(?:root|daemon|cron|anacron|nobody|www-data|apache|httpd|nginx|oracle|postgres|mysql|"
    r"mariadb|backup|nagios|icinga|zabbix|munin|logwatch|smmsp)$",
    re.I,
)
# What the host's MTA writes in its Received field when a local program hands it a mail:
# Postfix "(Postfix, from userid 1000)", Exim "from root by host with local", qmail "(qmail
# 13487 invoked by uid 10003)", sendmail's submission "(from root@localhost)". Read here of a
# system account's mail and in core/replies/massmail.py of a role mailbox's.
_LOCAL_SUBMISSION = re.compile(
    r"\(postfix,\s+from\s+userid\s+\d+\)|\bwith\s+local(?![-\w])|"
    r"\(qmail\s+\d+\s+invoked\s+by\s+uid\s+\d+\)|\(from\s+[^\s@()]+@localhost\)",
    re.I,
)


def submitted_locally(received: str) -> bool:
    """Whether a Received field is the hop where a program on the host handed the mail to
    its MTA."""
    return _LOCAL_SUBMISSION.search(received) is not None


# Vixie cron and cronie mail a job's output as "Cron <user@host> command"; anacron as
# "Anacron job 'cron.daily' on host".
_CRON_SUBJECT = re.compile(r"^\s*(?:cron\s+<[^<>\s]+@[^<>\s]+>|anacron\s+job\b)", re.I)
# A sender who calls themselves a newsletter ("CYLEX Newsletter", "Infolettre X").
_NEWSLETTER_NAME = re.compile(
    r"(?<!\w)(?:newsletter|news\s*letter|infolettre|nieuwsbrief|nyhetsbrev|nyhedsbrev|"
    r"uutiskirje|boletín|boletin|rundbrief|hírlevél|hirlevel|biuletyn|zpravodaj|bülten|"
    r"ενημερωτικό\s+δελτίο|новостная\s+рассылка|メルマガ|メールマガジン|뉴스레터|新闻通讯|電子報)"
    r"(?!\w)",
    re.I,
)
# A name only a program gives itself as a sender ("Gmane Autoauthorizer", a list gateway's
# robot that answers a first post; "Auto-Responder", "Autoreply", "Mailbot", "Mail Robot"):
# no person is called so, and the address beside it may be any ("auth@").
_PROGRAM_NAME = re.compile(
    r"(?<![^\W\d_])(?:auto[-_ ]?(?:authori[sz]er|respon(?:der|se)|repl(?:y|ier)|mailer|"
    r"moderator|confirm(?:er|ation)?)|mail[-_ ]?(?:robot|bot)|mailbot)(?![^\W\d_])",
    re.I,
)
# The same words as an address's own ("newsletter@", "kunden-newsletter@", "discover_newsflash@",
# "hirlevel@"): a mailbox named for a newsletter, whatever name it shows. Not a bare "news@",
# which also names a press office or a shop's mailbox that people answer from.
_NEWSLETTER_LOCAL = re.compile(
    r"(?:^|[-_.])(?:newsletters?|newsflash|infolettre|nieuwsbrief|nyhetsbrev|nyhedsbrev|"
    r"uutiskirje|boletin|rundbrief|hirlevel|biuletyn|zpravodaj|bulten)(?:[-_.+]|$)",
    re.I,
)
# Headers issue trackers, code hosts, build servers, monitors and social networks put on the
# notifications they send (GitHub's X-GitHub-Reason, Bugzilla's X-Bugzilla-Reason, Redmine's
# X-Redmine-Project, Jira's X-JIRA-FingerPrint, Facebook's X-Facebook-Notify, LinkedIn's
# X-LinkedIn-Class): a person's mail program writes none of them.
_TOOL_PREFIXES = (
    "x-github-", "x-gitlab-", "x-bugzilla-", "x-redmine-", "x-jira-", "x-jenkins-",
    "x-facebook-notify", "x-linkedin-class", "x-linkedin-template", "x-zabbix-", "x-nagios-",
    "x-icinga-", "x-sentry-", "x-discourse-", "x-trello-", "x-asana-",
    # Phabricator's, Gerrit's, Launchpad's and Trac's notices.
    "x-phabricator-", "x-gerrit-", "x-launchpad-", "x-trac-",
    # A repository's push hook (git's post-receive-email, git-multimail) names the ref it
    # mails about; git send-email, with which people mail their patches, writes none of them.
    "x-git-refname", "x-git-reftype", "x-git-oldrev", "x-git-newrev",
)  # fmt: skip
# Notifications of issue trackers, build servers and monitors: "[JIRA] (SYS-422) …".
_TOOL_SUBJECT = re.compile(
    r"^\s*\[(?:jira|jenkins|confluence|bugzilla|redmine|nagios|icinga|zabbix|gitlab|sentry|"
    r"fail2ban)\]|"
    # And what servers mail their admins: Nagios's and Icinga's alerts, Jenkins's builds,
    # Logwatch's digest, smartd's and mdadm's disk warnings.
    r"^\s*\*\*\s*(?:problem|recovery|acknowledgement|flapping\w*|downtime\w*)\s+"
    r"(?:host|service)\s+alert|^\s*(?:build\s+failed\s+in\s+jenkins|jenkins\s+build\s+is\s)|"
    r"^\s*logwatch\s+for\s|^\s*smart\s+error\s+\(|^\s*(?:fail|degradedarray|sparesmissing)\s+"
    r"event\s+on\s+/dev/",
    re.I,
)
# List software writes from tagged addresses ("list+owner@", "list-bounces+x@", Mlmmj's
# "list+bounces-help@"): the tag alone says a robot wrote.
_LIST_ROBOT_TAG = re.compile(r"^[^+]+\+(?:owner|bounces?|request|help|confirm)(?:[-+].*)?$", re.I)
# A multipart/report (RFC 6522) that is not about delivery: an ARF abuse report (RFC 5965), a
# read receipt (RFC 8098), an SMTP TLS report (RFC 8460, "tlsrpt") or any report type to come:
# a program's report, never a person's mail. Delivery reports are the bounce detector's.
_REPORT_TYPE = re.compile(
    r"multipart/report\s*;.*report-type\s*=\s*\"?(?!delivery-status\b)([\w.+-]+)",
    re.I | re.S,
)
# The subject DMARC aggregate reports (RFC 7489 §7.2.1.1) and SMTP TLS reports (RFC 8460 §5.3)
# go out under, whoever sends them: "Report Domain: example.org Submitter: google.com
# Report-ID: <…>". A reporter may tag it in brackets first (Microsoft's "[Preview] Report
# Domain: …"); a person's "Re:" or "Fwd:" of one is still no report.
_AGGREGATE_REPORT_SUBJECT = re.compile(
    r"^\s*(?:\[[^\[\]\n]{1,30}\]\s*)?report\s+domain\s*:\s*\S+\s+submitter\s*:\s*\S+", re.I
)
# cPanel's BoxTrapper asks an unknown sender to prove they are a person under a subject that
# carries "verify#" and its queue id, which the sender must leave as it is.
_CHALLENGE_SUBJECT = re.compile(r"(?<!\w)verify#[\w.-]{4,}", re.I)
# Microsoft's junk-mail reporting program (JMRP) sends abuse complaints as plain multipart/mixed
# with the reported mail attached, under "complaint about message from <IP address>".
_COMPLAINT_SUBJECT = re.compile(r"^\s*complaint\s+about\s+message\s+from\s+[\d.:a-f]+\s*$", re.I)
# Markers of automatic mail anywhere in a subject: "[AUTO GENERATED]", "(Automated)",
# "[Auto-Reply]", in the languages clients write in.
_BRACKETED_MARKER = re.compile(
    r"[\[(]\s*(?:auto(?:matically)?[-\s]?generated|automated|automatic|auto[-\s]?reply|autoreply|"
    r"auto[-\s]?response|out\s+of\s+office|automatisch(?:e)?|automatique|automático|automatico|"
    r"automatisk|automatyczn[aey]|automaattinen|αυτόματ\w*|автоматическ\w*|自动\w*|自動\w*|자동\s*\w*)"
    r"[^\[\]()\n]{0,30}[\])]",
    re.I,
)
# Automation phrases at the start of a subject (after any "Re:"), beyond out-of-office.
_AUTOMATED_SUBJECT = re.compile(
    r"^\s*(?:auto(?:matically)?[-\s]?generated|automated\s+(?:message|notification|response|reply|"
    r"e-?mail)|automatic\s+notification|this\s+is\s+an\s+automated|"
    r"automatische\s+(?:benachrichtigung|nachricht|mitteilung|e-mail)|automatisch\s+generiert|"
    r"automatisch\s+gegenereerd|automatisch\s+bericht|notification\s+automatique|"
    r"message\s+automatique|mensaje\s+automático|notificación\s+automática|"
    r"messaggio\s+automatico|notifica\s+automatica|mensagem\s+automática|"
    r"automatiskt\s+meddelande|automatisk\s+(?:melding|besked|meddelelse)|automaattinen\s+viesti|"
    r"wiadomość\s+automatyczna|automatická\s+(?:odpověď|zpráva)|automatikus\s+válasz|"
    r"otomatik\s+(?:yanıt|cevap)|αυτόματη\s+απάντηση|автоматическое\s+(?:сообщение|уведомление)|"
    r"自動返信|自動送信|자동\s*응답|自动通知|系统自动)",
    re.I,
)


# Each value's own word, never part of an address ("X-Loop: ayesha.yes@…").
_RESPONDER_WORDS = tuple(
    (name, re.compile(rf"(?<![\w.@+-]){word}(?![\w.@+-])", re.I))
    for name, word in _RESPONDER_VALUES
)


def _responder_header(headers: dict[str, list[str]]) -> str | None:
    """The vendor header whose value says a responder wrote the mail, or None."""
    for name, alone in _RESPONDER_WORDS:
        if any(alone.search(value) for value in headers.get(name, [])):
            return name.title()
    return None


def _loops_on_its_sender(headers: dict[str, list[str]]) -> bool:
    """Whether X-Loop names the author's own address.

    A program that answers mail (procmail's and a tracker's responders, SmartList, a bug
    tracker's acknowledgement) stamps X-Loop with its own address so as never to answer
    itself, and writes from that address. Procmail's forward of a person's mail stamps the
    forwarding address while From stays the person's: that one is not read.
    """
    authors = {base_address(addr) for _, addr in addresses(first(headers, "from")) if "@" in addr}
    if not authors:
        return False
    return any(
        base_address(addr) in authors
        for value in headers.get("x-loop", [])
        for _, addr in addresses(value)
        if "@" in addr
    )


def _precedence(headers: dict[str, list[str]]) -> str:
    """The Precedence value; cPanel and BoxTrapper write it as X-Precedence (and, misspelt,
    as Preference)."""
    for name in ("precedence", "x-precedence", "preference"):
        if name in headers:
            return _token(first(headers, name))
    return ""


def _token(value: str) -> str:
    return value.split(";", 1)[0].split("(", 1)[0].strip().lower()


_EZMLM_DELIVERY = re.compile(r"^\s*mailing\s+list\s+\S+@\S+", re.I)


def list_reason(headers: dict[str, list[str]]) -> str | None:
    """Why a message came through a mailing list (RFC 2369, RFC 2919, Mailman), or None.

    Kept apart from `autoreply_reason`: a client may write through a list shared with the
    practitioner, and then the message is still their reply (core/replies/parse.py decides).
    """
    for name in _LIST_HEADERS:
        if name in headers:
            return "mailing list: " + _LIST_SOFTWARE.get(name, name.title())
    if _precedence(headers) == "list":
        return "mailing list: Precedence list"
    # ezmlm (and qmail's lists) stamp every mail they distribute "Delivered-To: mailing list
    # <list>@<host>"; a delivery to a person names the address alone.
    if any(_EZMLM_DELIVERY.match(value) for value in headers.get("delivered-to", [])):
        return "mailing list: ezmlm"
    if _LIST_RETURN_PATH.match(_return_path_local(headers)):
        return "mailing list: list return path"
    # List software also names itself in Sender (Majordomo's "owner-list@", Mailman 2's
    # "list-bounces@"), where a person's Sender is their own or their assistant's address.
    if _LIST_RETURN_PATH.match(_return_path_local(headers, "sender")):
        return "mailing list: list sender"
    if _sender_is_a_recipient(headers):
        return "mailing list: list sender"
    # A Usenet article (a news server's Path, RFC 5536 §3.1.5, and its Newsgroups) that a
    # gateway passed to mail went to a group, never to one reader.
    if "newsgroups" in headers and "path" in headers:
        return "mailing list: news article"
    if _list_sender(headers):
        return "mailing list: list sender"
    if _LIST_HOST.match(_return_path_domain(headers)):
        return "mailing list: list host"
    # A list that asks answers to go back to it ("Reply-To: list@") while the post goes to
    # the list: a person asks for answers at their own address, never at the recipient's.
    if _replies_to_the_recipient(headers):
        return "mailing list: replies go to the list"
    return None


# How the lists of the 1990s named themselves where they sent a post on as its Sender
# (LISTSERV's "EDI-L@…", "SAS-L%VTVM1.BITNET@…", a "…-list@"), and the hosts list software
# runs on ("listserv.example.edu", "lists.example.org"): no person's mailbox.
_LIST_SENDER_LOCAL = re.compile(
    r"^(?:[\w.+-]+-(?:l|list)|listserv|majordomo|listproc|smartlist|mailman)$", re.I
)
_LIST_HOST = re.compile(r"^(?:listserv|lists?|listproc|majordomo|mailman)\.", re.I)


def _list_sender(headers: dict[str, list[str]]) -> bool:
    """Whether a Sender that is not the author is a list's address or a list host's."""
    senders = addresses(first(headers, "sender"))
    if not senders or "@" not in senders[0][1]:
        return False
    authors = addresses(first(headers, "from"))
    if authors and base_address(authors[0][1]) == base_address(senders[0][1]):
        return False
    local, _, domain = senders[0][1].rpartition("@")
    # The "%" hack routed mail on through a gateway ("LIST%NODE.BITNET@gateway").
    local, _, via = local.partition("%")
    return bool(
        _LIST_SENDER_LOCAL.match(local) or _LIST_HOST.match(domain) or _LIST_HOST.match(via)
    )


def _replies_to_the_recipient(headers: dict[str, list[str]]) -> bool:
    """Whether Reply-To names only addresses the mail was sent To, none of them the author's."""
    wanted = {base_address(addr) for _, addr in addresses(first(headers, "reply-to")) if addr}
    if not wanted:
        return False
    authors = {base_address(addr) for _, addr in addresses(first(headers, "from"))}
    sent_to = {
        base_address(addr) for value in headers.get("to", []) for _, addr in addresses(value)
    }
    return not (wanted & authors) and wanted <= sent_to


def _sender_is_a_recipient(headers: dict[str, list[str]]) -> bool:
    """Whether the Sender is the address the mail went to, not its author: a list that sends
    each post on as itself (LISTSERV's "Sender: LIST <LIST@LISTSERV.…>" to "Multiple
    recipients of list LIST"), where a person's Sender is their own or an assistant's."""
    senders = addresses(first(headers, "sender"))
    authors = addresses(first(headers, "from"))
    if not senders or "@" not in senders[0][1]:
        return False
    sender = base_address(senders[0][1])
    if authors and base_address(authors[0][1]) == sender:
        return False
    # To only: an assistant who sends for someone may copy themselves (Cc), never address it.
    return any(
        base_address(addr) == sender
        for value in headers.get("to", [])
        for _, addr in addresses(value)
    )


# Mailman's and Mailman 3's footer, Google Groups' and Groups.io's: the list's address and how
# to leave it, at the foot of the body (the list wrote it, not the sender).
_LIST_FOOTER = re.compile(
    # Mailman 2 and 3: a rule of underscores, then the list's name and address, then its page
    # (a link to a list page alone is something a person may write). Sites that serve Mailman
    # at the root drop its name from the page ("https://lists.ozlabs.org/listinfo/snowpatch").
    r"^_{20,}[ \t]*\n(?:[^\n]{0,200}\n){0,4}[^\n]{0,20}https?://\S{1,200}/"
    r"(?:(?:mailman/)?listinfo|mailman3/lists|postorius/lists)/\S|"
    r"^to\s+unsubscribe\s+send\s+an\s+email\s+to\s+\S{1,200}-leave@|"
    r"^to\s+unsubscribe\s+from\s+this\s+group\s+and\s+stop\s+receiving\s+emails\s+from\s+it|"
    r"^you\s+received\s+this\s+message\s+because\s+you\s+are\s+subscribed\s+to\s+the\s+google\s+groups|"
    # Groups.io's and Yahoo Groups' link blocks, LISTSERV's and Sympa's leaving instructions.
    r"^groups\.io\s+links:|^you\s+receive\s+all\s+messages\s+sent\s+to\s+this\s+group\.|"
    r"^yahoo!?\s+groups\s+links\s*$|"
    r"^to\s+unsubscribe\s+from\s+the\s+\S{1,80}\s+list,?\s+click\s+the\s+following\s+link|"
    r"^to\s+unsubscribe,?\s+(?:send|write)\s+(?:an\s+e-?mail\s+|a\s+message\s+)?to\s+"
    r"(?:listserv|sympa|majordomo)@",
    re.I | re.M,
)
_FOOTER_TAIL = 1200  # a footer sits in the last few lines; only those are read


def list_footer(body: str) -> str | None:
    """Why the end of a body says a mailing list sent it (its footer), or None."""
    if _LIST_FOOTER.search(body[-_FOOTER_TAIL:]):
        return "mailing list: list footer"
    return None


# What newsletter and bulk-mail software writes at the foot of every message, in the
# languages clients write in; a person asking to be taken off a list writes none of these.
_BULK_FOOTER = re.compile(
    r"(?:click|tap)\s+(?:here|below)\s+to\s+unsubscribe|"
    r"to\s+unsubscribe\s+from\s+(?:this|these|our|further|future|all)\s|"
    r"you(?:\s+are|['’]re)?\s+receiv(?:e|ed|ing)\s+this\s+(?:e-?mail|message|newsletter)\s+because|"
    # A code forge's notification names why it was sent, without "e-mail" ("You are receiving
    # this because you commented."), and the way back to the thread (GitHub, Gitea, Forgejo).
    r"you(?:\s+are|['’]re)\s+receiving\s+this\s+because\s+you\s+(?:commented|authored|"
    r"were\s+(?:mentioned|assigned)|are\s+(?:subscribed|watching|on\s+a\s+team)|modified|"
    r"opened|requested|reviewed|pushed)|"
    r"reply\s+to\s+this\s+e-?mail\s+directly,?\s+view\s+it\s+on\s+(?:github|gitlab|gitea|forgejo)|"
    r"if\s+you\s+no\s+longer\s+(?:wish|want)\s+to\s+receive|"
    # "If you do not want to receive any further mail click here.": the way out as an
    # instruction to the reader. A person asking to stop writes it of themselves ("I do not
    # want to receive any more mail").
    r"if\s+you\s+(?:do\s+not|don['’]t)\s+(?:wish|want)\s+to\s+receive\s+(?:[\w-]+\s+){0,6}?"
    r"[\w-]+\s*[,.]?\s*(?:please\s+|simply\s+|just\s+)?(?:click|tap|visit|reply|send|go\s+to|"
    r"follow|unsubscribe)\b|"
    # "To stop receiving further communication from us, visit …": the sender's way out, not
    # a person's request ("I want to stop receiving these emails").
    r"to\s+stop\s+receiving\s+(?:[\w-]+\s+){0,3}?(?:from\s+us\b|(?:e-?mails?|messages?|"
    r"communications?|newsletters?|mailings?)\s*,?\s*(?:please\s+)?(?:visit|click|go\s+to|"
    r"follow|use|update)\b)|"
    r"wenn\s+sie\s+(?:diesen|unseren|den)\s+newsletter\s+nicht\s+mehr|"
    r"newsletter\s+abbestellen|vom\s+newsletter\s+abmelden|"
    r"pour\s+vous\s+désabonner|pour\s+vous\s+désinscrire|"
    # "Vous pouvez vous désabonner en cliquant ici": the way out offered to the reader; a
    # person asking to stop writes of themselves ("je souhaite me désabonner").
    r"vous\s+(?:pouvez|pourrez|pouvez\s+à\s+tout\s+moment)\s+vous\s+(?:désabonner|désinscrire)|"
    r"para\s+darse\s+de\s+baja|para\s+cancelar\s+(?:su|tu)\s+suscripción|"
    r"per\s+annullare\s+l'iscrizione|per\s+cancellarti|"
    r"om\s+je\s+af\s+te\s+melden\s+voor|uitschrijven\s+voor\s+(?:deze|onze)\s+nieuwsbrief|"
    r"配信停止はこちら|退订请|取消订阅请|"
    # "If you no longer wish to receive …" and "to unsubscribe …" as the foot of a mailing
    # words them in more languages (a person asking to stop writes a request, not these).
    r"si\s+vous\s+ne\s+(?:souhaitez|voulez)\s+plus\s+recevoir|"
    r"si\s+(?:ya\s+)?no\s+(?:desea|deseas|quiere|quieres)\s+(?:seguir\s+)?recibir|"
    r"se\s+non\s+(?:desideri|desidera|vuoi|vuole)\s+più\s+ricevere|"
    r"se\s+(?:você\s+)?não\s+(?:deseja|quiser|quer)\s+(?:mais\s+)?receber|"
    r"para\s+(?:cancelar\s+a\s+(?:sua\s+)?(?:inscrição|assinatura)|se\s+descadastrar)|"
    r"(?:als\s+je|wilt\s+u)\s+(?:deze|onze|geen)\s+[\w-]{1,20}\s+(?:meer\s+|niet\s+meer\s+)"
    r"(?:wilt\s+)?ontvangen|"
    r"jeśli\s+nie\s+chcesz\s+(?:więcej\s+|dłużej\s+)?otrzymywać|"
    r"aby\s+(?:się\s+wypisać|zrezygnować\s+z\s+(?:subskrypcji|otrzymywania|newslettera))|"
    r"pokud\s+si\s+(?:nepřejete|již\s+nepřejete)\s+(?:dále\s+)?dostávat|odhlásit\s+(?:se\s+)?z\s+odběru|"
    r"om\s+du\s+inte\s+längre\s+vill\s+(?:få|ta\s+emot)|"
    r"hvis\s+du\s+ikke\s+(?:længere|lenger)\s+(?:ønsker|vil)\s+(?:at|å)\s+(?:modtage|motta)|"
    r"jos\s+et\s+(?:enää\s+)?halua\s+(?:enää\s+)?(?:vastaanottaa|saada)|"
    r"leiratkoz\w*\s+a\s+hírlevél\w*|hírlevél\w*\s+(?:való\s+)?leiratkoz|"
    r"abonelikten\s+çıkmak\s+için|"
    r"чтобы\s+отписаться\s+от\s+(?:этой\s+|нашей\s+)?рассылки|"
    r"если\s+вы\s+(?:больше\s+)?не\s+хотите\s+получать|"
    r"수신을\s+원하지\s+않으시면|如不想再收到|如果您不想再收到|"
    # The preference centre of an e-mail service's footer.
    r"(?:manage|update)\s+your\s+(?:e-?mail|subscription|communication|newsletter)\s+"
    r"(?:preferences|settings)|unsubscribe\s+(?:or|and)\s+manage|"
    r"(?:newsletter|e-?mail)-?einstellungen\s+(?:verwalten|ändern)|"
    r"gérer\s+(?:vos|mes)\s+(?:préférences|abonnements)|"
    r"gestionar\s+(?:tus|sus)\s+preferencias",
    re.I,
)
# What the same software writes at the top, above the newsletter it renders in HTML: a line
# of its own (a person's sentence about a web version runs on around it).
_BULK_HEAD = re.compile(
    # Often behind the way out in the same link row ("abmelden | Sollte diese E-Mail …").
    r"^[^\S\n]*(?:[^|\n]{1,30}\|[^\S\n]*)?[\[(]?\s*(?:view\s+(?:(?:this|the)\s+)?(?:(?:e-?mail|message|newsletter)\s+)?"
    r"(?:in|on)\s+"
    r"(?:(?:your|a|the)\s+)?(?:web\s+)?browser|view\s+(?:the\s+)?(?:web|online)\s+version|"
    r"(?:having\s+trouble|problems?)\s+viewing\s+this\s+(?:e-?mail|message|newsletter)|"
    r"(?:diese\s+)?e-?mail\s+im\s+browser\s+(?:ansehen|anzeigen|öffnen)|"
    r"(?:im|in\s+ihrem)\s+browser\s+(?:ansehen|anzeigen|öffnen)|online-?version\s+(?:ansehen|anzeigen)|"
    r"(?:wird|sollte)\s+diese\s+(?:e-?mail|nachricht|newsletter)\s+nicht\s+(?:richtig|korrekt)\s+"
    r"(?:angezeigt|dargestellt)(?:\s+werden)?|"
    r"(?:afficher|voir)\s+(?:cet\s+e-?mail|ce\s+message|la\s+version\s+(?:web|en\s+ligne))|"
    r"ver\s+(?:este\s+correo\s+)?en\s+(?:el|tu|su)\s+navegador|ver\s+la\s+versión\s+web|"
    r"visualizza\s+(?:questa\s+e-?mail\s+)?nel\s+(?:tuo\s+)?browser|"
    r"bekijk\s+(?:deze\s+e-?mail|de\s+online\s+versie)\s+in\s+(?:je|uw)\s+browser)"
    # The web version's address may follow on the line ("View email in browser: https://…").
    r"(?:[^\S\n]*:?[^\S\n]*(?:https?://|www\.)\S{1,300})?"
    r"[^\n.]{0,60}[.?!]?[^\S\n]*(?:click\s+here\S{0,3}|klicken\s+sie\s+hier\S{0,3})?[^\S\n]*$",
    re.I | re.M,
)
_HEAD = 600

# The mass mailer's own removal instructions, the older wording of the way out ("To be removed
# please visit …", "To be removed send an email to …", "Opt-Out Instructions:", "We honor all
# removal requests", "you may opt-out following this link", a link line "Remove your email"),
# at the head or the foot. A person asking to be taken off writes a request ("Please remove
# me", "I want to be removed from your list, please"), never an instruction to the reader.
_REMOVAL = re.compile(
    r"^[^\S\n]*to\s+be\s+removed\s*[,:]?\s*"
    r"(?:from\s+(?:our|this|the|future|all)\s+[\w\s-]{0,30}?\s*[,:]?\s*)?"
    r"(?:please\s+|simply\s+|just\s+)?(?:visit|click|send|reply|go\s+to|e-?mail|write|follow)\b|"
    r"^[^\S\n]*opt[-\s]?out\s+instructions\s*:|"
    r"\bwe\s+honou?r\s+(?:all\s+)?(?:removal|remove|opt[-\s]?out)\s+requests\b|"
    r"\byou\s+(?:may|can)\s+opt[-\s]?out\s+(?:by|following|here|at|using|via|below)\b|"
    r"^[^\S\n]*remove\s+your\s+e-?mail(?:\s+address)?(?:\s+here)?[^\S\n]*[.!]?[^\S\n]*$",
    re.I | re.M,
)


# A footer's row of links with the way out among them ("Unsubscribe | Preferences | Privacy",
# "Abmelden · Impressum"): a person's lines are not menus.
_WAY_OUT = (
    r"unsubscribe|abmelden|abbestellen|se\s+désinscrire|désinscription|se\s+désabonner|"
    r"désabonnement|darse\s+de\s+baja|cancelar\s+(?:la\s+)?suscripción|disiscriviti|"
    r"annulla\s+iscrizione|uitschrijven|afmelden|avregistrera|afmeld|wypisz\s+się|odhlásit|"
    r"отписаться|配信停止|退订|leiratkozás|leiratkozas|odjava|odhlásiť|dezabonare"
)
_LINK_ROW = re.compile(
    # Short items between "|", "·" or "•", one of them the way out (with a word or two).
    rf"^(?=[^\n]{{0,300}}[|·•])[^\S\n]*(?:[^|·•\n]{{1,40}}[|·•][^\S\n]*){{0,8}}"
    rf"(?:{_WAY_OUT})(?!\w)[^|·•\n]{{0,20}}(?:[|·•][^|·•\n]{{1,40}}){{0,8}}$",
    re.I | re.M,
)


# A link of its own on the last lines ("Unsubscribe", "Abmelden here"), as an HTML mailing's
# footer reads once its table is text.
_LONE_WAY_OUT = re.compile(
    rf"\s*(?:{_WAY_OUT})(?:\s+(?:here|hier|ici|aquí|qui|now|from\s+this\s+list))?\s*[.!]?\s*",
    re.I,
)
# The same link as a mailing's HTML becomes in its text part: the word, then the address it
# links to ("Leiratkozás <mailto:leiratkozas@…?subject=leiratkozas>", "Unsubscribe
# <https://…>"). A person asking to be taken off writes no link behind their request.
_LINKED_WAY_OUT = re.compile(
    rf"\s*(?:{_WAY_OUT})(?:\s+(?:here|hier|ici|aquí|qui|now))?\s*[:.]?\s*"
    r"<\s*(?:https?|mailto):[^\s<>]{1,500}\s*>\s*",
    re.I,
)
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_LONE_BEFORE = 200  # a mailing says something first; a stranger's own "Unsubscribe" does not
_LINKED_BEFORE = 2  # lines above a linked way out: the mailing's own, whatever their length


def _lone_way_out(text: str) -> bool:
    """Whether one of the last lines of a longer text is only the way out of a mailing."""
    lines = list(_LINE.finditer(text, max(0, len(text) - _FOOTER_TAIL)))[-5:]
    return any(
        (line.start() >= _LONE_BEFORE and _LONE_WAY_OUT.fullmatch(line.group()))
        or (
            _LINKED_WAY_OUT.fullmatch(line.group())
            and len(_LINE.findall(text, 0, line.start())) >= _LINKED_BEFORE
        )
        for line in lines
    )


# Spam spells its way out letter by letter ("n o m a i l", "r e m o v e", "u n s u b s c r i b e"),
# a link of its own line, so that filters looking for the word miss it; a person's mail has
# no line of single letters. "Stop" is left out: spelt so, it is a person's emphatic request.
_SPACED_LINE = re.compile(
    r"^[^\S\n]*((?:[^\W\d_][^\S\n]+){3,}[^\W\d_])[^\S\n]*[.!]?[^\S\n]*$", re.M
)
_SPACED_WAY_OUT = frozenset(
    {"unsubscribe", "remove", "removeme", "nomail", "nomore", "nomoremail", "optout", "abmelden"}
)


def _spelt_way_out(text: str) -> bool:
    """Whether a line past the mail's opening spells a way out one spaced letter at a time."""
    return any(
        line.start() >= _LONE_BEFORE
        and "".join(line.group(1).split()).casefold() in _SPACED_WAY_OUT
        for line in _SPACED_LINE.finditer(text)
    )


def bulk_footer(text: str) -> str | None:
    """Why a body's own text says bulk software sent it ("click here to unsubscribe" at its
    foot, "view this email in your browser" at its head), or None.

    For mail that answers nothing of ours, from nobody we know, only: core/replies/parse.py
    never asks it of a client's mail.
    """
    tail = text[-_FOOTER_TAIL * 2 :]
    if _BULK_FOOTER.search(tail) or _LINK_ROW.search(tail) or _lone_way_out(text):
        return "bulk mail: unsubscribe footer"
    if _REMOVAL.search(tail) or _REMOVAL.search(text[:_HEAD]):
        return "bulk mail: removal instructions"
    if _spelt_way_out(text):
        return "bulk mail: a way out spelt letter by letter"
    if _BULK_HEAD.search(text[:_HEAD]):
        return "bulk mail: view-in-browser line"
    return None


# The subjects shops', payment services' and carriers' robots send under: an order, a
# shipment, an invoice or a payment confirmed, in the languages clients write in. Only as the
# subject's start with no reply prefix (a robot answers nothing), and only for mail from
# nobody we know that answers nothing of ours: a client asking about an invoice is a client.
# What marks a booking's confirmation as a template's (see _ROBOT_SUBJECT): the company it
# names ("with easyHotel", "bei Hotel X"), never a person by their title, or a reference
# ("Nr. 4411", "#A12B9", "REF-88231").
_BOOKING_MARK = (
    r"[^\S\n]*(?:[-:–][^\S\n]*)?(?:(?:with|from|at|bei|von|chez|avec|con|en|presso|bij)\s+"
    # A company's name, not a practitioner's ("with Dr Berg", "bei Frau Vogt").
    r"(?!(?:dr|mrs?|ms|miss|prof|frau|herrn?|mme|mlle|m|sr|sra|dott|dott\.ssa|mevr|dhr)\b)(?-i:[A-Z]|[a-z]+[A-Z])|"
    r"[^\n]{0,30}?(?:#|\b(?:no|nr|n[°º]|nummer|number|num|ref(?:erence|erenz)?)\b\.?\s*:?\s*)"
    r"[A-Z0-9-]*\d|[^\n]{0,30}?\b[A-Z]*\d{5,}\b)"
)
_ROBOT_SUBJECT = re.compile(
    # Confirmations, whoever they are addressed to.
    r"^\s*(?:your\s+|ihre\s+|votre\s+|su\s+|tu\s+|il\s+tuo\s+|la\s+tua\s+|uw\s+|je\s+)?"
    r"(?:order\s+confirmation|shipping\s+confirmation|shipment\s+(?:confirmation|notification)|"
    r"payment\s+(?:received|confirmation)|bestellbestätigung|auftragsbestätigung|"
    r"versandbestätigung|zahlungsbestätigung|zahlungseingang|"
    r"confirmation\s+de\s+(?:commande|paiement|livraison)|confirmación\s+de\s+(?:pedido|pago|envío)|"
    r"conferma\s+(?:d['’]ordine|dell['’]ordine|di\s+pagamento)|orderbevestiging|"
    r"betalingsbevestiging)|"
    # An order or an invoice by its number, addressed to the recipient ("Your order #112-33",
    # "Ihre Rechnung Nr. 2026-11") or with the number's mark ("Rechnung Nr. 4711").
    r"^\s*(?:(?:your|ihre|votre|su|tu|il\s+tuo|la\s+tua|uw|je)\s+(?:order|invoice|receipt|"
    r"bestellung|rechnung|quittung|commande|facture|reçu|pedido|factura|recibo|ordine|fattura|"
    r"ricevuta|bestelling|factuur)\b|"
    # The service's own name between ("Ihre mytaxi Quittung (49M6J)", "Your Uber receipt
    # #A12B9"): only with the reference the template ends on, which a person asking after
    # their receipt ("Your receipt from March") does not write so.
    r"(?:your|ihre|votre|su|tu|il\s+tuo|la\s+tua|uw|je)\s+(?:[\w&.-]+\s+){1,2}?(?:invoice|"
    r"receipt|rechnung|quittung|facture|reçu|factura|recibo|fattura|ricevuta|factuur)\s*"
    r"(?:\(\s*#?\s*(?=[A-Z0-9-]*\d)[A-Z0-9-]{3,}\s*\)|(?:#|nr\.?|no\.?|n[°º])\s*[A-Z0-9-]*\d)|"
    r"(?:order|invoice|bestellung|rechnung|commande|facture|pedido|factura|ordine|fattura|"
    r"bestelling|factuur)\s*(?:#|no\.|nr\.|n[°º]|nummer\b|number\b)\s*\d|"
    r"(?:your\s+)?receipt\s+from\s|"
    # Russian shops' and taxi services' robots: "Заказ принят (00002406)", "Ваш заказ №1123
    # оформлен", "Подтверждение заказа" (order accepted, placed, confirmed).
    r"(?:ваш\s+)?заказ\s+(?:№\s*[\w-]*\d[\w-]*\s+)?(?:принят|оформлен|подтвержд[её]н|"
    r"отправлен|передан\s+в\s+доставку)(?![^\W\d_])|подтверждение\s+(?:вашего\s+)?заказа|"
    r"(?:ваш\s+)?заказ\s+№\s*\d|"
    # A booking or a reservation confirmed ("Confirmation of Booking with X", "Your booking
    # confirmation", "Buchungsbestätigung Nr. 4411"), and the tickets or boarding passes a
    # carrier's or a box office's robot sends ("Your ECOLINES tickets", "Your e-ticket"). The
    # bare words are also a new client's own subject when they confirm an appointment made by
    # phone ("Booking confirmation", "Terminbestätigung für Dienstag"): only as a template
    # writes them, to the reader ("Your …"), naming the company ("… with easyHotel") or
    # with a reference number.
    r"your\s+(?:booking|reservation)\s+confirmation\b|"
    rf"(?:(?:booking|reservation)\s+confirmation|confirmation\s+of\s+(?:your\s+)?(?:booking|"
    r"reservation|order|payment)|buchungsbestätigung|reservierungsbestätigung|"
    r"confirmation\s+de\s+(?:votre\s+)?réservation|confirmación\s+de\s+(?:su\s+|tu\s+)?(?:la\s+)?"
    r"reserva|conferma\s+(?:di|della)\s+(?:sua\s+|tua\s+)?prenotazione|"
    rf"(?:reserverings|boekings)bevestiging)\b(?={_BOOKING_MARK})|"
    r"your\s+(?:[\w&.-]+\s+){0,2}?(?:e-?tickets?|tickets|boarding\s+pass(?:es)?)\b)",
    re.I,
)


# The verdict headers spam filters write: SpamAssassin's X-Spam-Flag and X-Spam-Status, rspamd's
# and others' X-Spam, Barracuda's X-Barracuda-Spam-Status, all "Yes" for spam.
_SPAM_FLAGS = ("x-spam-flag", "x-spam-status", "x-spam", "x-barracuda-spam-status")
# Exchange's spam confidence level (SCL, MS-OXCMAIL): 5 to 9 is junk.
_EXCHANGE_SCL = re.compile(r"(?:^|;)\s*scl\s*:\s*([5-9])\b", re.I)


def spam_verdict(headers: dict[str, list[str]]) -> bool:
    """Whether a spam filter on the way called the mail spam.

    Spam is no newsletter and no robot: the reply log is not a spam filter, and spam without
    a bulk service's headers is kept as a reply (tests/data/corpora/README.md). What spam
    writes at its foot ("you are receiving this because you subscribed…") or in its subject
    ("Your order #…") then says nothing, and it is never answered (its sender is forged).
    """
    for name in _SPAM_FLAGS:
        if first(headers, name).strip().lower().startswith("yes"):
            return True
    scl = first(headers, "x-ms-exchange-organization-scl").strip()
    if scl.isdigit() and 5 <= int(scl) <= 9:
        return True
    return _EXCHANGE_SCL.search(first(headers, "x-forefront-antispam-report")) is not None


# What anti-virus programs report under: an engine's or its signatures' update, worded as a
# program's event ("… successfully updated the … engine"). Not quarantine digests, "virus
# found" alerts or account notices ("Verify your account", "Security alert"): phishing, which
# the reply log keeps as any spam, is worded exactly so, and the real ones come from
# no-reply senders or with a bulk service's headers, read before.
_SECURITY_SUBJECT = re.compile(
    r"\b(?:successfully\s+updated|failed\s+to\s+update)\s+the\s+[\w\s-]{0,40}?\bengine\b|"
    r"\b(?:scan|scanning|anti-?virus|anti-?spam|virus)\s+engine\s+update|"
    r"\b(?:virus|anti-?virus|malware)\s+(?:definitions?|signatures?|patterns?)\s+(?:update|updated)\b",
    re.I,
)


# A case system's or a filing office's receipt, whose subject says the reader's message came
# in ("Vaše e-mailová zpráva byla převzata", the Czech e-podatelna's; "Your message has been
# received", "Ihre Nachricht ist bei uns eingegangen"): the same statements that open its body
# (core/replies/automated.py), written as the whole subject. A person writing to a stranger
# never titles their mail with that stranger's mail having arrived.
_RECEIPT_OF_YOURS = re.compile(
    r"^\s*(?:"
    r"your\s+(?:e-?mail|message|request|enquiry|inquiry|submission)\s+(?:has\s+been|was)\s+"
    r"(?:successfully\s+)?received|"
    r"ihre\s+(?:e-?mail|nachricht|anfrage)\s+(?:ist|wurde)\s+(?:bei\s+uns\s+)?eingegangen|"
    r"votre\s+(?:message|courriel|e-?mail|demande)\s+a\s+(?:bien\s+)?été\s+reçue?|"
    r"su\s+(?:mensaje|correo|solicitud)\s+(?:ha\s+sido|fue)\s+recibid[oa]|"
    r"vaše\s+(?:e-?mailová\s+)?(?:zpráva|podání)\s+byl[oa]?\s+"
    r"(?:převzat[oa]|přijat[oa]|doručen[oa])"
    r")\s*[.!]?\s*$",
    re.I,
)


def _typed_by_hand(subject: str) -> bool:
    """Whether a subject reads as a person's: it asks something, or it has no capital letter
    at all ("order number 44871, still says dispatched"). A shop's template capitalises its
    subject and tells, never asks; a client asking after an order often types it so."""
    return "?" in subject or (
        any(c.isalpha() for c in subject) and not any(c.isupper() for c in subject)
    )


# A ticket system's notice of an event on a ticket, the ticket named by its reference: "The
# ticket I-000044, priority Medium has been assigned to the workgroup Hardware support",
# "INCIDENT - The ticket n°1020480 with priority 3 has been assigned to HELPDESK", "Le ticket
# n° 42 a été assigné à …", "Das Ticket #42 wurde … zugewiesen". A person asks after their
# ticket ("Is ticket 42 assigned yet?", "Re: …"); the tool announces what was done to it.
_TICKET_REF = r"(?:n[°º]\s*|#\s*|no\.?\s*|nr\.?\s*)?[A-Z]{0,8}-?\d[\w-]*"
_TICKET_EVENT = re.compile(
    r"(?:^|\s[-:–]\s)\s*(?:"
    rf"the\s+(?:ticket|incident|request|case|issue|call)\s+{_TICKET_REF}\b[^\n?]{{0,60}}?\s"
    r"(?:has\s+been|was)\s+(?:re-?)?(?:assigned|escalated|transferred|dispatched)\s+to\b|"
    rf"l[ea]\s+(?:ticket|incident|demande)\s+{_TICKET_REF}\b[^\n?]{{0,60}}?\s"
    r"a\s+été\s+(?:ré)?(?:assigné|attribué|affecté|transféré|escaladé)e?\s+à\b|"
    rf"(?:das|der)\s+(?:ticket|vorgang|incident)\s+{_TICKET_REF}\b[^\n?]{{0,60}}?\s"
    r"wurde\s+[^\n?]{0,60}?(?:zugewiesen|zugeordnet|eskaliert|weitergeleitet)\b)",
    re.I,
)


def robot_subject(subject: str) -> str | None:
    """Why a subject is a shop's, a payment service's, a carrier's or a security program's
    robot's, or None."""
    subject = _GATEWAY_TAGS.sub("", subject, count=1)
    if _PREFIX.match(subject):
        return None
    if _ROBOT_SUBJECT.match(subject) and not _typed_by_hand(subject):
        return "automatic-mail subject: order or invoice"
    if _SECURITY_SUBJECT.search(subject):
        return "automatic-mail subject: security program"
    if _RECEIPT_OF_YOURS.match(subject):
        return "automatic-mail subject: a receipt of your message"
    if _TICKET_EVENT.search(subject):
        return "automatic-mail subject: a ticket system's notice"
    return None


# How fax-to-mail gateways (a PBX's, a phone company's, eFax's) open the notice they send with
# each fax they receive, in the languages clients write in.
_FAX_NOTICE = re.compile(
    r"(?:you\s+have\s+(?:just\s+)?received\s+a\s+(?:new\s+)?fax|"
    r"you\s+have\s+a\s+new\s+fax\b|a\s+new\s+fax\s+(?:message\s+)?has\s+(?:been\s+)?(?:arrived|received)|"
    r"sie\s+haben\s+(?:soeben\s+|gerade\s+)?ein(?:\s+neues)?\s+fax\b[^.\n]{0,80}(?:empfangen|erhalten)|"
    r"vous\s+avez\s+reçu\s+un\s+(?:nouveau\s+)?fax|"
    r"(?:ha|has)\s+recibido\s+un\s+(?:nuevo\s+)?fax|"
    r"(?:hai|ha)\s+ricevuto\s+un\s+(?:nuovo\s+)?fax|"
    r"u\s+heeft\s+een\s+(?:nieuwe\s+)?fax\s+ontvangen|"
    r"você\s+recebeu\s+um\s+(?:novo\s+)?fax)",
    re.I,
)
_NOTICE_HEAD = 600  # the notice is the gateway's first sentence or two


# The subjects those gateways send under ("Fax von +49 …", "New fax from …", "Faxeingang").
_FAX_SUBJECT = re.compile(
    r"^\s*(?:(?:neues\s+|new\s+|incoming\s+|nouveau\s+|nuevo\s+|nuovo\s+)?fax\s+"
    r"(?:von|from|de|da|van|received|empfangen|reçu|recibido|ricevuto)\b|faxeingang|fax-eingang|"
    r"faxnachricht|fax\s+message\s+from|you\s+have\s+(?:a\s+new|received\s+a)\s+fax|"
    # Or nothing but the calling number a fax came from ("Erhalten von *49301234", "Received
    # from +44 20 7946 0000"): a person's subject names what the mail is about.
    r"(?:erhalten|empfangen|received|reçu|recibido|ricevuto|ontvangen|recebido)\s+"
    r"(?:von|from|de|da|van)\s+[+*#]?\d[\d\s()/.-]{4,30}$)",
    re.I,
)
# A gateway's own address names the fax ("fax@", "fax2mail@", "#FAX#+4930…@", "x@fax.example"):
# "fax" as a word of the address, never inside a name ("fairfax@", "faxon@").
_FAX_SENDER = re.compile(r"(?<![a-z])fax(?:mail)?(?![a-z])", re.I)


def fax_notice(
    text: str, with_document: Callable[[], bool], subject: str = "", sender: str = ""
) -> str | None:
    """Why a mail is a fax gateway's notice of a received fax, or None.

    Its text or its subject says a fax came, or it comes with no text of its own from an
    address that is a fax's, and the fax itself is attached (`with_document()`: a PDF or
    TIFF, asked only then); for mail that answers nothing of ours from nobody we know: a
    person who writes that a fax came is no gateway.
    """
    said = (
        _FAX_NOTICE.search(text[:_NOTICE_HEAD])
        or _FAX_SUBJECT.match(subject)
        or (not text.strip() and _FAX_SENDER.search(sender))
    )
    if said and with_document():
        return "fax gateway notice"
    return None


# A read receipt that is no RFC 8098 report (Outlook's and Exchange's older plain ones, Lotus
# Notes' "Return Receipt"): its subject says so, and its body that our message was read.
_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:(?:not\s+)?read|gelesen|ungelesen|nicht\s+gelesen|(?:non\s+)?lu|leído|leido|"
    r"no\s+leído|letto|non\s+letto|gelezen|niet\s+gelezen|läst|læst|lest|luettu|přečteno|"
    r"przeczytane|przeczytana|прочитано|已读|已讀|既読|읽음)\s*[:：]|^\s*return\s+receipt\b",
    re.I,
)
_RECEIPT_BODY = re.compile(
    r"(?:was|were)\s+read\s+on\b|was\s+deleted\s+without\s+being\s+read|"
    r"wurde\s+am\s[^\n]{0,80}\sgelesen|wurde\s+[^\n]{0,40}ungelesen\s+gelöscht|"
    r"a\s+été\s+lu\s+le\b|(?:se\s+)?(?:leyó|ha\s+sido\s+leído)\s+el\b|è\s+stato\s+letto\b|"
    r"is\s+gelezen\s+op\b|lästes\s+den\b|blev\s+læst\b|ble\s+lest\b|"
    r"was\s+received\s+by\s*:",
    re.I,
)
_RECEIPT_HEAD = 2000


def receipt_reason(subject: str, body: str, tnef: bool = False) -> str | None:
    """Why a mail is a read receipt written as plain text, or None.

    Both the subject and the body must say so: a client answering "Read: the leaflet" or
    writing that they read our message writes no receipt's sentence under such a subject.
    Outlook sends its receipt as a TNEF body alone (`tnef`: the whole mail is winmail.dat) in
    which nothing may be read as text: under a receipt's subject, with no text at all, that
    is the receipt; a person's "Read:" mail from Outlook has their words in it.
    """
    if not _RECEIPT_SUBJECT.match(subject):
        return None
    if _RECEIPT_BODY.search(body[:_RECEIPT_HEAD]) or (tnef and not body.strip()):
        return "read receipt"
    return None


# A challenge-response filter's notice (Boxbe, Bluebottle, SpamArrest, Mailblocks): the mail is
# held until its sender proves to be a person or joins the recipient's list, so the address
# is alive and nothing was refused. It names the list the sender must be on AND what being on
# it does to their mail; a person's "add yourself to my wedding guest list" says only the first.
_CHALLENGE_LIST = re.compile(
    r"\b(?:guest|allowed|approved|safe|white|trusted)[-\s]?(?:senders?\s+)?list\b|"
    r"\bpre-?approved\b|\bsenders?\s+i\s+have\s+(?:approved|verified)\b|"
    r"\bverify\s+that\s+you\s+are\s+(?:a\s+)?(?:real\s+)?(?:person|human)\b",
    re.I,
)
_CHALLENGE_DELIVERY = re.compile(
    r"\b(?:go|goes|be\s+delivered|arrive)\s+(?:right\s+|straight\s+|directly\s+)?to\s+my\s+inbox\b|"
    r"\bensure\s+(?:the\s+)?delivery\s+of\s+your\s+(?:e-?mail|message|mail)|"
    r"\byour\s+(?:e-?mail|message|mail)\s+(?:[\w\"“”',.-]+\s+){0,12}?has\s+been\s+"
    r"(?:waitlisted|held|put\s+on\s+hold|quarantined)\b|"
    r"\bsender\s+not\s+pre-?approved\b|\bemail\s+from\s+you\s+will\s+(?:now\s+)?go\b",
    re.I,
)
_CHALLENGE_HEAD = 1500  # the filter says it first; its own advertising follows


def challenge_notice(text: str) -> str | None:
    """Why a mail is a challenge-response filter's notice about a mail sent to its user
    (automatic, no bounce: nothing was refused), or None."""
    head = text[:_CHALLENGE_HEAD]
    if _CHALLENGE_LIST.search(head) and _CHALLENGE_DELIVERY.search(head):
        return "challenge-response check"
    return None


# Amazon SES's receiving side (and Amazon WorkMail, built on it) writes its verdicts on every
# mail it accepts (X-SES-Spam-Verdict, X-SES-Virus-Verdict, X-SES-RECEIPT): a receiver's
# headers, on a person's mail as on any, never the sender's. Only SES's sending headers
# (X-SES-Outgoing, X-SES-Configuration-Set, X-SES-Message-Tags) name a bulk sender.
_RECEIVER_SES = (
    "x-ses-spam-verdict",
    "x-ses-virus-verdict",
    "x-ses-receipt",
    "x-ses-dkim-signature",
)
# Mailbox providers sign every mail their users write with a Feedback-ID of their own (Google's
# feedback-loop field, "…:<type>:<sender id>"): Proton "<id>:user:proton", Fastmail
# "i197146af:Fastmail", Tencent's Exmail "izesmtp:<domain>:qybglogicsvrgz:…", its QQ Mail and
# Foxmail web client "webmail:foxmail.com:bgweb:…". A "user" type, a "webmail" field (the
# provider's web client, where a person wrote it) or a mailbox provider's own sender id is a
# person's mail, not a campaign's.
_PERSONAL_FEEDBACK_ID = re.compile(
    r"(?:^|:)\s*(?:user|webmail)\s*(?::|$)|:\s*(?:proton|protonmail|fastmail)\s*$|^\s*izesmtp:|"
    r":qybglogicsvr",
    re.I,
)


def bulk_reason(headers: dict[str, list[str]]) -> str | None:
    """Why a message was sent by a newsletter or bulk-mail service (its headers), or None."""
    for name in _BULK_HEADERS:
        if name in headers:
            if name == "feedback-id" and all(
                _PERSONAL_FEEDBACK_ID.search(value.strip()) for value in headers[name]
            ):
                continue
            return f"bulk mail: {name.title()}"
    for name in headers:
        if name.startswith(_BULK_PREFIXES) and name not in _RECEIVER_SES:
            return f"bulk mail: {name.title()}"
    if _BULK_MAILER.match(first(headers, "x-mailer")):
        return "bulk mail: X-Mailer"
    return None


def autoreply_reason(headers: dict[str, list[str]], subject: str) -> str | None:
    """Why a message is automatic or bulk mail (a header or a subject), or None.

    List mail is `list_reason`'s: only a list's bulk Precedence is left to it here.
    """
    auto_submitted = _token(first(headers, "auto-submitted"))
    if auto_submitted and auto_submitted != "no":
        return "Auto-Submitted"  # RFC 3834 §5: auto-generated or auto-replied
    for name in _AUTO_SUBMITTED_HEADERS:
        if name in headers:
            if name == "x-autogenerated" and _token(first(headers, name)) in _RELAYED_COPY:
                continue
            return name.title()
    report = _REPORT_TYPE.match(first(headers, "content-type").strip())
    if report is not None:
        return f"report: {report.group(1).lower()}"  # RFC 5965 abuse report, RFC 8098 receipt
    if _COMPLAINT_SUBJECT.match(subject):
        return "report: complaint"
    if _AGGREGATE_REPORT_SUBJECT.match(subject):
        return "report: aggregate report"
    if _CHALLENGE_SUBJECT.search(subject) and not _PREFIX.match(subject):
        return "challenge-response check"
    responder = _responder_header(headers)
    if responder is not None:
        return responder
    if _loops_on_its_sender(headers):
        # A sign of the sender's, like its name: a client's own procmail may stamp their
        # address on their answer to us (core/replies/parse.py then reads it without From).
        return "automatic sender"
    if (
        first(headers, "return-path").replace(" ", "") == "<>"
        and not spam_verdict(headers)
        and not in_mail_program(headers)
    ):
        # RFC 3834 §3.3 and RFC 5321 §4.5.5: responders and reports send from the null
        # sender, so that nothing answers them; a person's mail always names its sender.
        # Spam forges any envelope, and stays what the spam filter makes of it. A person's
        # mail program (mutt, mu4e, Thunderbird) in the headers says a person wrote it: a
        # copy saved or handed on without its envelope shows the null sender too.
        return "null return path"
    precedence = _precedence(headers)
    # A forwarder that rewrote the envelope sender by SRS ("SRS0=hash=TT=example.net=lena@…")
    # passed someone's mail on, and some (GoDaddy's) stamp "Precedence: bulk" on all they
    # forward, to keep responders quiet: that header and that envelope are the forwarder's,
    # not the author's. A list's or a bulk service's own headers still count.
    forwarded = _SRS.match(_return_path_local(headers)) is not None
    if precedence == "auto_reply" or (
        # LKML and others send list mail as "bulk": with list headers that is a list's.
        precedence in ("bulk", "junk") and list_reason(headers) is None and not forwarded
    ):
        return f"Precedence {precedence}"
    bulk = bulk_reason(headers)
    if bulk is not None:
        return bulk
    for name in _EXCHANGE_RULE_HEADERS:
        if name in headers:
            return "Exchange inbox rule"
    for name in headers:
        if name.startswith(_TOOL_PREFIXES):
            return f"tool notification: {name.title()}"
    sender = _sender_local(headers)
    # Asked only of the senders and return paths that a person's mail can carry too.
    person = in_mail_program(headers)
    if _LIST_ROBOT_TAG.match(sender) or (
        sender
        and _NOREPLY_LOCAL.match(sender)
        and not (person and sender.lower() in _PERSON_RUN_SENDERS)
    ):
        return "automatic sender"
    if not person and _PROGRAM_NAME.search(_sender_name(headers)):
        return "automatic sender"
    if (
        not person
        and not forwarded
        and (
            _NOREPLY_RETURN_PATH.match(_return_path_local(headers))
            or _BOUNCE_DOMAIN.match(_return_path_domain(headers))
        )
        and not _form_relay(headers)
    ):
        return "automatic return path"
    if "x-cron-env" in headers or _CRON_SUBJECT.match(subject):
        return "cron job"
    # A script on a web or database server sends as the server's account ("nobody",
    # "apache", "www-data") whatever From it writes: the envelope says who ran it.
    if (
        _SYSTEM_ACCOUNT.match(sender)
        or (not person and _SYSTEM_ACCOUNT.match(_return_path_local(headers)))
    ) and any(submitted_locally(value) for value in headers.get("received", [])):
        return "automatic sender: system account"
    if not person and (
        _NEWSLETTER_NAME.search(_sender_name(headers)) or _NEWSLETTER_LOCAL.search(sender)
    ):
        return "bulk mail: newsletter sender"
    if _TOOL_SUBJECT.match(_strip_prefixes(subject)):
        return "automatic-mail subject"
    # Exchange copies the subject, without prefixes, into Thread-Topic: its Out of Office reply
    # says "Automatische Antwort" there too.
    for text in (subject, first(headers, "thread-topic")):
        if _BRACKETED_MARKER.search(text):
            return "automatic-mail subject"
        bare = _strip_prefixes(text)
        untagged = _SUBJECT_TAGS.sub("", bare, count=1)
        if any(
            pattern.match(candidate)
            for candidate in {bare, untagged}
            for pattern in (_AUTOREPLY_SUBJECT, _AWAY_SUBJECT, _RESPONDER_SUBJECT)
        ) or _AWAY_AUTOREPLY_SUBJECT.match(_fold(untagged)):
            return "out-of-office subject"
        if _AUTOMATED_SUBJECT.match(bare):
            return "automatic-mail subject"
    # Exchange asks not to be answered (X-Auto-Response-Suppress, MS-OXCMAIL) on its own Out of
    # Office replies, but also on meeting responses and on some people's ordinary mail, so it
    # counts only with another sign: a null return path (RFC 3834 §3.3) or a subject led by a
    # phrase that is no reply prefix, as an Out of Office reply in a language not listed is.
    suppress = first(headers, "x-auto-response-suppress").lower()
    if any(word in suppress for word in ("oof", "all", "autoreply")):
        if first(headers, "return-path").replace(" ", "") == "<>":
            # Reached only by mail the null-sender rule above let pass: spam a filter flagged
            # and mail with a person's mail program (Outlook's X-Mailer, Exchange's MAPI hop),
            # where the pair, Exchange's own Out of Office, still says a program answered.
            return "X-Auto-Response-Suppress, null return path"
        lead = _SUBJECT_LEAD.match(subject)
        if lead is not None and not _PREFIX.match(subject) and not _FORWARD.match(subject):
            return "X-Auto-Response-Suppress, automatic subject"
    return None


# A person's forward ("FW:", "WG:", "TR:", "RV:", "Doorst:", "VB:", "ENC:", "PD:", "I:") is
# no responder's phrase, whatever headers Outlook put on it.
_FORWARD = re.compile(
    r"^\s*(?:fw|fwd|wg|tr|rv|doorst|vb|enc|pd|i|vl|vs|fs|přeposlat|пересл|转发|轉寄)\s*[:：]", re.I
)


def forwards(subject: str) -> bool:
    """Whether a subject carries a forward's prefix ("Fwd:", "WG:", "TR:"): a person passing a
    mail on, whatever mailing it is. (What an answer quotes is history, and left out anyway;
    a forward without a word of the sender's own is read as its text.)"""
    return bool(_FORWARD.match(_GATEWAY_TAGS.sub("", subject, count=1)))


# "Phrase: original subject", the shape of an Out of Office subject in any language.
_SUBJECT_LEAD = re.compile(r"^\s*[^:：\s][^:：]{1,40}[:：]\s*\S")


def _sender_local(headers: dict[str, list[str]]) -> str:
    found = addresses(first(headers, "from"))
    return found[0][1].split("@", 1)[0] if found else ""


def _sender_name(headers: dict[str, list[str]]) -> str:
    found = addresses(decode_words(first(headers, "from")))
    return found[0][0] if found else ""


# The mailboxes a site's own script writes from; a web form's relay writes from the visitor's.
_SITE_LOCAL = re.compile(
    r"^(?:info|support|service|contact|hello|team|sales|marketing|admin|webmaster|mail|news|"
    r"newsletter|noreply|no-reply|www|web|wordpress|php|form|forms)$",
    re.I,
)


def _form_relay(headers: dict[str, list[str]]) -> bool:
    """Whether the mail is a web form's relay of a visitor's message: a script on a web host
    handed it to the host's MTA (the first Received field says so), and it writes as the
    visitor (their address in From, and in Reply-To if any) on a domain that is not the
    envelope's. The host's relay gives all its sites' mail its own bounce address
    ("bounce-id=…@mail-out.host.example"): that says where the script ran, not that no
    person wrote the words."""
    received = headers.get("received", [])
    if not received or not submitted_locally(received[-1]):
        return False
    authors = addresses(first(headers, "from"))
    if len(authors) != 1:
        return False
    author = authors[0][1]
    local, _, domain = author.partition("@")
    envelope = _return_path_domain(headers).lower()
    if not domain or _SITE_LOCAL.match(local) or not envelope:
        return False
    if domain == envelope or envelope.endswith("." + domain) or domain.endswith("." + envelope):
        return False
    answer_to = addresses(first(headers, "reply-to"))
    return all(addr == author for _, addr in answer_to)


def _return_path_domain(headers: dict[str, list[str]]) -> str:
    found = addresses(first(headers, "return-path"))
    return found[0][1].rpartition("@")[2] if found and "@" in found[0][1] else ""


def _return_path_local(headers: dict[str, list[str]], name: str = "return-path") -> str:
    found = addresses(first(headers, name))
    local = found[0][1].split("@", 1)[0] if found else ""
    # BATV signs envelope senders as "prvs=<tag>=<local>" (SparkPost as "msprvs1=<tag>="): the
    # mailbox is what follows, a person's or a bounce collector's.
    return _BATV.sub("", local, count=1)


_BATV = re.compile(r"^(?:ms)?prvs\d?=[^=@]{1,40}=", re.I)
# The Sender Rewriting Scheme's envelope sender: "SRS0=<hash>=<time>=<domain>=<local>", or
# "SRS1=…" once forwarded twice (Shevek's SRS, used by Postfix's postsrsd, GoDaddy, cPanel).
_SRS = re.compile(r"^srs[01][=+-][^=@]{1,40}=", re.I)


_PREFIX = re.compile(r"^\s*(?:re|aw|sv|vs|odp|antw|ответ|回复|答复|réf|rif|r)\s*:\s*", re.I)


# Every leading prefix in one match: one `sub` a prefix copied the rest of the subject
# each time, and a 3 MB "Re: Re: ..." subject took minutes (issue 12 item 5).
# Mail gateways also tag the subject of mail from outside ("[EXTERNAL]", "*EXTERNAL*",
# "[Extern]", "[SPAM]"), before any automatic phrase: those tags are no one's words either.
_GATEWAY_TAG = (
    r"\[\s*(?:external|ext|extern|externe|externo|esterno|external\s+(?:e-?mail|sender|message)|"
    r"caution|warning|suspicious|spam|possible\s+spam|suspected\s+spam)\s*\]|"
    r"\*+\s*(?:external|spam)\s*\*+|(?:external|extern)\s*:(?!\s*$)"
)
_GATEWAY_TAGS = re.compile(rf"^(?:\s*(?:{_GATEWAY_TAG})\s*)+", re.I)
_PREFIXES = re.compile(
    rf"^(?:\s*(?:(?:re|aw|sv|vs|odp|antw|ответ|回复|答复|réf|rif|r)\s*:|{_GATEWAY_TAG})\s*)+",
    re.I,
)


def _strip_prefixes(subject: str) -> str:
    """Drop reply prefixes ("Re:", "AW:", "SV:") so an out-of-office phrase after them is seen."""
    return _PREFIXES.sub("", subject, count=1)


def autoreply_allowed(
    headers: dict[str, list[str]],
    from_addr: str,
    own_addresses: frozenset[str],
) -> bool:
    """May we send an automatic reply to this message? (RFC 3834 §2, RFC 5230 §4.5)."""
    if not from_addr or from_addr in own_addresses:
        return False  # nobody to answer, or ourselves: a loop
    auto_submitted = _token(first(headers, "auto-submitted"))
    if auto_submitted and auto_submitted != "no":
        return False
    if any(name in headers for name in _LIST_HEADERS):
        return False  # RFC 3834 §2: not to mailing lists (RFC 2369/2919 headers)
    if _precedence(headers) in ("list", "bulk", "junk", "auto_reply"):
        return False
    if _responder_header(headers) is not None or _loops_on_its_sender(headers):
        return False  # another responder: answering it starts a loop
    if bulk_reason(headers) is not None or any(name in headers for name in _AUTO_SUBMITTED_HEADERS):
        return False  # RFC 3834 §2: nor to bulk mail, nor to another responder
    if _LIST_ROBOT_TAG.match(from_addr.split("@", 1)[0]):
        return False
    if spam_verdict(headers):
        return False  # spam's sender is forged: an answer is backscatter to a stranger
    return_path = first(headers, "return-path").strip()
    if return_path.replace(" ", "") == "<>":
        return False  # RFC 3834 §2: a null envelope sender is a bounce or an auto-reply
    return not _NOREPLY_LOCAL.match(from_addr.split("@", 1)[0])


def reply_target(
    headers: dict[str, list[str]],
    sender: str,
    to_addrs: tuple[str, ...],
    own_addresses: frozenset[str],
) -> tuple[str | None, str]:
    """Where an automatic reply to this mail may go, or None; and the reason, for logs.

    One rule for every responder of ours (the holiday auto-reply, the crisis reply):
    `own_addresses` in base form (`base_address`); `to_addrs` the parser's To and Cc.
    """
    # Checked from the raw headers: the parser may have been given no own addresses.
    if not autoreply_allowed(headers, sender, own_addresses) or (
        base_address(sender) in own_addresses
    ):
        return None, "automatic, list or own mail (RFC 3834 §2)"
    # RFC 3834 §2 / RFC 5230 §4.5: a personal responder answers only mail that names
    # us in a recipient field; a list or an alias that expands to us does not.
    recipients = {
        base_address(addr)
        for name in ("to", "cc", "resent-to", "resent-cc")
        for value in headers.get(name, [])
        for _, addr in addresses(value)
    } | {base_address(a) for a in to_addrs}
    if not recipients & own_addresses:
        return None, "not addressed to the practice (RFC 3834 §2)"
    # RFC 3834 §4: answer the envelope sender (Return-Path) where there is one.
    target = sender
    return_path = addresses(first(headers, "return-path"))
    if return_path:
        target = return_path[0][1]
        if not autoreply_allowed(headers, target, own_addresses) or (
            base_address(target) in own_addresses
        ):
            return None, "the return path is automatic or ours (RFC 3834 §2)"
    return target, "ok"


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# Reply prefixes clients' mail programs add, in the languages clients write in.
_REPLY_PREFIX = re.compile(
    r"^\s*(?:re|aw|sv|vs|odp|antw|ynt|res|rif|r|ref|réf|ответ|回复|答复)\s*(?:\[\d+\])?\s*[:：]\s*",
    re.IGNORECASE,
)


def reply_subject(subject: str, fallback: str) -> str:
    """`Re: <their subject>` with one `Re:` however many prefixes it came with."""
    text = " ".join(_CONTROL.sub(" ", subject).split())
    for _ in range(20):  # bounded: a subject of a thousand "Re:" is somebody's joke
        stripped = _REPLY_PREFIX.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped.strip()
    return f"Re: {text}" if text else fallback
