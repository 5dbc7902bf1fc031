"""Someone else's emergency told as years ago (core/triage/episodes.py `history`, issue 8).

A carer tells a parent's old stroke or heart attack as the news of a recovery: "mums stroke
was four years ago now, she does her own shopping". The time is the sentence's predicate,
in the emergency's own clause. Nothing to alert. Near misses stay a crisis: an emergency
today beside an old one, another one, one like the one years ago, and the years told in
another clause. Every phrasing here was written for this test, not taken from the
labelled sets. The lexicon is read alone (the second reader held silent).
"""

from __future__ import annotations

import pytest

from carecall_mail.core.triage.assess import assess

pytestmark = pytest.mark.usefixtures("lexicon_only")  # the second reader held silent

HISTORY = (
    "grandads heart attack was five years ago, he is back on the golf course",
    "Omas Herzinfarkt ist schon vier Jahre her, sie geht wieder jeden Tag spazieren",
    "der Schlaganfall meines Mannes war vor sechs Jahren, heute kocht er wieder selbst",
    "l'infarctus de ma mère c'était il y a cinq ans, elle marche tous les jours",
    "el infarto de mi abuelo fue hace cuatro años, ya hace su vida normal",
    "l'infarto della nonna è stato cinque anni fa, ora cucina di nuovo per tutti",
    "de hartaanval van mijn opa is al vier jaar geleden, hij tennist weer",
    "o enfarte da minha avó foi há cinco anos, agora faz caminhadas todos os dias",
)
NEAR_MISSES = (
    "i think dad is having a stroke, he had one two years ago",
    "mums second stroke was two years ago and now her face is drooping again",
    "Papa hat wieder einen Schlaganfall, der erste war vor drei Jahren",
    "papa fait un autre AVC, le premier c'était il y a trois ans",
    "mi padre tiene otro infarto, como el de hace dos años",
    "papà ha un altro ictus, il primo è stato tre anni fa",
    "mijn vader heeft weer een beroerte, net als drie jaar geleden",
    "o meu pai está a ter outro avc, o primeiro foi há dois anos",
)


@pytest.mark.parametrize("text", HISTORY)
def test_someone_elses_emergency_years_ago_is_no_trouble(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_emergency_today_beside_an_old_one_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons
