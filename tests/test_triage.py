"""The safety net: three levels, inflections, negation scope, idioms; crisis recall guarded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carecall_mail.core.triage import model as triage_model
from carecall_mail.core.triage.assess import assess

REPO = Path(__file__).resolve().parents[1]
# The labelled sets the net was tuned on and is held to: every crisis caught. A held-out set
# (never tuned on) is only measured, by bench/triage.py, so that its figures stay honest;
# replies-j/k/l were held out until session 10, replies-m/n/o until session 11, replies-r/s
# until session 12, replies-t/u/v until session 13 (they joined this list once the net read
# every crisis in them).
SETS = [
    REPO / "tests" / "data" / "triage" / name
    for name in (
        "replies.jsonl",
        "replies-b.jsonl",
        "replies-c.jsonl",
        "replies-d.jsonl",
        "replies-e.jsonl",
        "replies-f.jsonl",
        "replies-g.jsonl",
        "replies-h.jsonl",
        "replies-i.jsonl",
        "replies-j.jsonl",
        "replies-k.jsonl",
        "replies-l.jsonl",
        "replies-m.jsonl",
        "replies-n.jsonl",
        "replies-o.jsonl",
        "replies-p.jsonl",
        "replies-q.jsonl",
        "replies-r.jsonl",
        "replies-s.jsonl",
        "replies-t.jsonl",
        "replies-u.jsonl",
        "replies-v.jsonl",
        "replies-w.jsonl",
        "replies-x.jsonl",
        "replies-y.jsonl",
        "replies-z.jsonl",
        "replies-aa.jsonl",
        "replies-ab.jsonl",
        "replies-ac.jsonl",
        "replies-ad.jsonl",
        "replies-ae.jsonl",
        "replies-af.jsonl",
        "replies-ag.jsonl",
        "replies-ah.jsonl",
        "replies-ai.jsonl",
        "replies-aj.jsonl",
        "replies-ak.jsonl",
        "replies-al.jsonl",
        "replies-am.jsonl",
        "replies-an.jsonl",
        "replies-ao.jsonl",
        "replies-ap.jsonl",
        "replies-as.jsonl",
        "replies-at.jsonl",
        "replies-au.jsonl",
        "replies-av.jsonl",
        "replies-aw.jsonl",
        "replies-ax.jsonl",
        "replies-ay.jsonl",
        "replies-az.jsonl",
        "replies-ba.jsonl",
    )
]


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live anymore",
        "everyone would be better off without me",
        "Ich habe mich gestern wieder geritzt",
        "Je pense à en finir",
        "I want to end it all",
        "i took all the pills",
        "dont see any point going on",
        "i have a plan",
        "my husband hit me again last night",
        "chest pain and i cant breathe",
        "her lips are swollen after the drops",
        "quiero morirme",
        "voglio farla finita",
        "ik wil er niet meer zijn",
        "não quero mais viver",
        "Suizidgedanken seit Tagen",
    ],
)
def test_crisis(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "terrible headaches since the drops",
        "Mir ist ständig schwindelig",
        "the pains in my stomach came back",
        "Kopfschmerzen und Bauchschmerzen",
        "j'ai des vertiges",
        "no the headaches are worse",  # "no" answers; it negates nothing
        "de plus en plus de douleurs",  # French "plus": more, not "no more"
        "hedache all day",  # a typo
        "i stopped taking the drops",
        "no side effects but the rash is back",  # the scope ends at "but"
        "i can't sleep",
        "有点副作用",  # other languages: the plain list
    ],
)
def test_concern(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "No side effects at all",
        "the rash has cleared",
        "Nothing urgent",
        "Keine Nebenwirkungen",
        "Ik heb geen pijn meer",
        "pas de douleur",
        "sin dolor",
        "nessun effetto collaterale",
        "sem dores",
        "not in pain anymore",
        "the headaches stopped",
        "die Schmerzen sind weg",
        "work is killing me",
        "dying to tell you about the trip",
        "it could be worse",
        "i have a plan for the garden",
        "the pain au chocolat was great",
        "I am painting the kitchen",
        "",
    ],
)
def test_none(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("no tengo dolor de cabeza y tampoco náuseas", "none"),
        ("ningún efecto secundario y tampoco mareos", "none"),
        ("não tenho febre e tampouco enjoo", "none"),
        ("non ho febbre e neppure nausea", "none"),
        # The denial governs its own symptom only; a trouble told beside it stays.
        ("la fiebre bajó pero tampoco duermo bien", "concern"),
        ("tampoco tengo mareos, pero el dolor de cabeza ha vuelto", "concern"),
        ("mi marido tampoco aguanta más, yo quiero morirme", "crisis"),
    ],
    ids=[
        "es-tampoco",
        "es-after-none",
        "pt-tampouco",
        "it-neppure",
        "es-turn",
        "es-beside",
        "crisis",
    ],
)
def test_neither_after_a_first_denial_denies_its_symptom(text: str, level: str) -> None:
    assert assess(text).urgency == level, assess(text).reasons


# Families added from the retired held-out sets (session 10), each tried in wording of its own,
# not the sets': the family is what is held, not a sentence.
@pytest.mark.parametrize(
    "text",
    [
        "i wrote my goodbyes last night",  # goodbyes written in advance
        "ive apologised to all of them for everything",  # apologising for a whole life
        "gave nearly all my things away this week",  # belongings given away, words between
        "since my wife passed i only want to be with her",  # following the dead
        "he said he would use it on me",  # a weapon turned on the client
        "can not even finish a sentence, so out of breath",
        "ich nehme mir am freitag das leben",  # German verb-second order
        "ich hab entschieden, mir das leben zu nehmen",  # German zu-infinitive
        "ich mache morgen schluss mit allem",
        "er hat gedroht, mich zu erschießen",
        "sie ist marmoriert und total verwirrt",  # sepsis: mottled and confused
        "nach den nüssen quaddeln überall und er keucht",  # anaphylaxis: hives and a wheeze
        "son visage est tout tordu d'un côté",  # a stroke: the face
        "mon père ne parle plus normalement depuis ce matin",  # a stroke: speech
        "my 3 month old is 40.1 and so limp",  # a decimal is one word, not a sentence break
        "honestly i would rather just not exist",
        "she saw the cuts on my thighs",
        "my dads words came out all garbled",
        "ich denke oft ans sterben",
        "ive been keeping back a few of the sleeping pills each week",  # pills put by
        "je me fais des marques avec la pointe du compas sur le ventre",
    ],
)
def test_crisis_families(text: str) -> None:
    assert assess(text).urgency == "crisis", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "no wheezing and the hives are fading",  # a negated concept: concern, not nothing
        "no more dark thoughts but still very low",
        "ich habe keine dunklen gedanken mehr, aber schlafe schlecht",
        "les pensées noires sont parties",
        "no plans to harm myself, just exhausted",
        "the whites of his eyes have gone yellow",
        "i cut the dose in half",
        "hiccups for three days now",
        "seit einer woche dreht sich alles",
        "jai arreter les gouttes",  # infinitive for participle, "jai" for "j'ai"
        "j'ai arrêté les granules la semaine passée",  # last week, not "it has passed"
        "il refait pipi au lit",
        "j'ai mis les granules en pause",
        "my wife threw the drops out last week",  # a remedy thrown out or rationed
        pytest.param(
            "i only take half so they last",
            # Session 18's second reader, retrained on replies-an..ar, reads this rationing at
            # 31 % crisis, just over CRISIS_AT: too loud, not silent. Strict, as above.
            marks=pytest.mark.xfail(strict=True, reason="second reader raises it to crisis"),
        ),
        "my right calf is thicker than the left",
        "it burns when i pass water",
        "ich krieg nix mehr auf die reihe",
        "mir bleibt beim laufen die luft weg",  # "weg" here is no resolution
        "die gedanken ans sterben sind weg",  # a negated crisis
        "ma femme a jeté les granules",
        "je n'en prends plus depuis lundi",
        "my periods have gone all over the place since march",  # "gone" here is no resolution
        "mein herz macht abends komische hopser",
        "a nagging backache since the move",
        pytest.param(
            "my tongue is all furry in the mornings",
            # The second reader, retrained in session 15 on replies-al's swollen tongues,
            # reads this at 36 % crisis, over CRISIS_AT: a known false alarm (too loud, not
            # silent). Strict, so the day a reader gets it right this mark must go.
            marks=pytest.mark.xfail(strict=True, reason="second reader raises it to crisis"),
        ),
        "honestly im in a dark place these days",
        "since the divorce i feel so lonely",
        "mein knöchel schwillt abends an",
        "ich nehme die globuli schon eine weile nicht mehr",  # a remedy left off, words between
    ],
)
def test_concern_families(text: str) -> None:
    assert assess(text).urgency == "concern", assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "we set off at 38.5 degrees in the shade",
        "the hives have gone and his breathing is normal",
        "i kept back the receipt for the tablets",
    ],
)
def test_none_near_the_families(text: str) -> None:
    assert assess(text).urgency == "none", assess(text).reasons


def test_negation_lowers_a_crisis_to_concern_never_to_none() -> None:
    result = assess("im not suicidal dont worry")
    assert result.urgency == "concern"
    assert result.reasons == ("concern: suicidal (negated crisis)",)


def test_reasons_name_each_expression_with_its_level_crisis_first() -> None:
    result = assess("bad headaches and I want to die")
    assert result.reasons[0] == "crisis: want to die"
    assert result.reasons[-1].startswith("concern: headache")
    assert result.flagged


def test_the_practitioners_words_get_inflections_and_negation() -> None:
    words = ("globule",)
    assert assess("the globules made me feel odd", flag_words=words).urgency == "concern"
    assert assess("no globules left", flag_words=words).urgency == "none"
    crisis = ("Brückengeländer",)
    assert assess("stand am brückengeländer", crisis_words=crisis).urgency == "crisis"
    assert assess("the globules made me feel odd").urgency == "none"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_read_without_raising(text: str) -> None:
    assert assess(text).urgency in ("crisis", "concern", "none")


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_every_crisis_in_the_labelled_sets_is_caught(path: Path) -> None:
    """The bench's promise, held in CI: crisis recall stays at 100 % on tests/data/triage."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    missed = [
        i["text"] for i in items if i["label"] == "crisis" and assess(i["text"]).urgency != "crisis"
    ]
    assert not missed


def test_forms_table_is_what_the_lexicon_and_simplemma_give() -> None:
    """core/triage/forms.json is generated; a lexicon edit without regenerating it fails here."""
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "triage_forms.py"), "--check"],
        capture_output=True,
        text=True,
        # ~10 s alone; 112 s was seen on a loaded machine, so 120 was too near.
        timeout=400,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_second_reader_gives_the_probabilities_scikit_learn_gave() -> None:
    """The plain-Python reader is the trained model: its features, TF-IDF and softmax."""
    data = json.loads(
        (REPO / "carecall_mail" / "core" / "triage" / "model.json").read_text("utf-8")
    )
    assert data["samples"]
    for text, expected in data["samples"]:
        got = triage_model.probabilities(text)
        # The samples are stored to six decimals: rounding both sides to four flips a
        # digit whenever a probability sits on a ...5 boundary.
        assert [got[c] for c in data["classes"]] == pytest.approx(expected, abs=1e-5)


def test_the_second_reader_only_raises_the_level() -> None:
    # Negated and resolved trouble the lexicon reads as nothing stays nothing; a crisis
    # written in no word of the lexicon is still read.
    assert assess("no side effects at all, thank you").urgency == "none"
    # (a tuning-set reply: the test shows the mechanism, bench/triage.py measures it)
    result = assess(
        "wenn ich abends ins bett geh bet ich dass morgen früh einfach nichts mehr kommt"
    )
    assert result.urgency == "crisis"
    assert result.reasons[0].startswith("crisis: read as a whole")


def test_the_second_reader_marks_what_a_negation_governs_within_its_clause() -> None:
    # "n:word" for the words after a trigger, up to the clause's end: "no headache" and
    # "headache" weigh differently whoever wrote them.
    marked = [
        f for f in triage_model.features("keine kopfschmerzen mehr, aber übel") if f[:2] == "n:"
    ]
    assert marked == ["n:kopfschmerzen", "n:mehr"]
    assert not [f for f in triage_model.features("kopfschmerzen seit gestern") if f[:2] == "n:"]
