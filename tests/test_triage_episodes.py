"""Someone else's emergency told as years ago (core/triage/episodes.py `history`, issue 8).

A carer tells a parent's old stroke or heart attack as the news of a recovery: "mums stroke
was four years ago now, she does her own shopping". The time is the sentence's predicate,
in the emergency's own clause. Nothing to alert. Near misses stay a crisis: an emergency
today beside an old one, another one, one like the one years ago, and the years told in
another clause. Every phrasing here was written for this test, not taken from the
labelled sets. The lexicon is read alone (the second reader held silent). The old one
alone, healed, is no trouble either; told beside today's ("like the one three years ago",
"is having a stroke"), its years claim nothing.
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
    # The old one alone, healed: the idiom's "years ago" claims it (no comparison, nothing now).
    "dad had a stroke three years ago that has healed completely",
    "papa hatte vor drei jahren einen schlaganfall, heute geht es ihm gut",
    "mon père a fait un avc il y a trois ans, il va très bien maintenant",
    "mi padre tuvo un ictus hace tres años y ya está recuperado",
    "mio padre ha avuto un ictus tre anni fa, ora sta benissimo",
    "mijn vader had drie jaar geleden een beroerte, nu gaat het goed",
    "meu pai teve um avc há três anos, agora está ótimo",
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
    # Today's one told now or compared to the old one: the old one's years claim nothing
    # (episodes.today_beside_the_past).
    "dad is having a stroke like the one three years ago",
    "i think mum is having a heart attack, same as two years ago",
    "papa hat einen schlaganfall wie der vor drei jahren",
    "mein vater hat gerade einen schlaganfall, wie vor drei jahren",
    "papa fait un avc comme celui d'il y a trois ans",
    "mi padre está teniendo un ictus como el de hace tres años",
    "papà sta avendo un ictus come quello di tre anni fa",
    "papa heeft een beroerte zoals die van drie jaar geleden",
    "meu pai está tendo um avc igual ao de três anos atrás",
)


@pytest.mark.parametrize("text", HISTORY)
def test_someone_elses_emergency_years_ago_is_no_trouble(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_emergency_today_beside_an_old_one_stays_a_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons
