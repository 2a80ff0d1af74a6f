"""Words inside scripts written without spaces (Chinese, Japanese, Thai) are found too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from storage.search import match_expression
from storage.search_folded import folded_snippet
from tests.helpers.fixtures import inbound

AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
JAPANESE = "注文した商品がまだ届きません。返金しなければ弁護士に相談します。"


def _contact_ids(services: Services, query: str, prefix: bool = False) -> list[int]:
    return [h.id for h in services.search(query, prefix=prefix) if h.kind == "contact"]


@pytest.mark.parametrize("word", ["弁護士", "商品", "相談", "返金"])
@pytest.mark.parametrize("prefix", [False, True])
def test_a_word_inside_japanese_text_is_found(
    services: Services, customer_id: int, word: str, prefix: bool
) -> None:
    wanted = services.contacts.log(customer_id, inbound(JAPANESE, AT))
    services.contacts.log(customer_id, inbound("Where is my parcel?", AT + timedelta(days=1)))
    [hit] = [h for h in services.search(word, prefix=prefix) if h.kind == "contact"]
    assert hit.id == wanted
    assert f"{HIT_START}{word}{HIT_END}" in hit.snippet


def test_chinese_and_thai_words_are_found_inside_their_sentences(
    services: Services, customer_id: int
) -> None:
    chinese = services.contacts.log(customer_id, inbound("如果不退款我会起诉你们公司", AT))
    thai = services.contacts.log(customer_id, inbound("ผมจะฟ้องคุณที่ศาล", AT))
    assert _contact_ids(services, "起诉") == [chinese]
    assert _contact_ids(services, "ฟ้อง") == [thai]  # "sue", cut apart by the index's tokenizer
    assert _contact_ids(services, "退款 起诉") == [chinese]
    assert _contact_ids(services, "退款 ฟ้อง") == []  # every word typed must appear


def test_a_query_mixing_scripts_needs_both(services: Services, customer_id: int) -> None:
    both = services.contacts.log(customer_id, inbound(f"Order 1234: {JAPANESE}", AT))
    services.contacts.log(customer_id, inbound(JAPANESE, AT + timedelta(days=1)))
    services.contacts.log(customer_id, inbound("Order 1234 is late", AT + timedelta(days=2)))
    assert _contact_ids(services, "order 弁護士") == [both]
    assert _contact_ids(services, "弁護士 ord", prefix=True) == [both]


def test_results_are_newest_first_and_limited(services: Services, customer_id: int) -> None:
    for day in range(30):
        services.contacts.log(
            customer_id, inbound(f"{day}日目: 返金してください", AT + timedelta(days=day))
        )
    hits = services.search("返金", limit=10)
    assert len(hits) == 10
    assert hits[0].occurred_at == AT + timedelta(days=29)


def test_a_customer_is_found_by_part_of_their_name(services: Services) -> None:
    services.customers.add(Customer(name="株式会社山田商店", notes="電話で怒鳴った"))
    hits = services.search("山田")
    assert [(h.kind, h.customer_name) for h in hits] == [("customer", "株式会社山田商店")]
    assert services.search("怒鳴")[0].snippet == f"電話で{HIT_START}怒鳴{HIT_END}った"


def test_typed_markers_and_quotes_stay_plain_words(services: Services, customer_id: int) -> None:
    services.contacts.log(customer_id, inbound('「弁護士」"に" 相談', AT))
    assert len(_contact_ids(services, '"弁護士"')) == 1
    assert _contact_ids(services, "弁護士 OR 1=1") == []


def test_the_index_expression_keeps_only_spaced_words() -> None:
    assert match_expression("弁護士") is None
    assert match_expression("refund 弁護士", prefix=True) == '"refund"'
    assert match_expression("弁護士 ref", prefix=True) == '"ref"*'


def test_a_long_text_gives_a_short_snippet_around_the_word() -> None:
    text = "あ" * 500 + "弁護士" + "い" * 500
    snippet = folded_snippet(text, ["弁護士"])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 120
    assert f"{HIT_START}弁護士{HIT_END}" in snippet
