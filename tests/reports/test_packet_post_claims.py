"""A post flagged as harassment is harassment, not a claim of falsehood: the demo's Tasha Morrow
posted 23 times in under an hour that she was locked out — which the log itself shows was
true — so her legal packet tells the posts by what the log shows (how many, where, when) and
never has the business say they are untrue."""

from __future__ import annotations

import re

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.packets.platform_letters import platform_report
from app.services import Services
from tests.helpers.packet_fixtures import flat, pdf_text


def test_the_demos_flagged_posts_are_told_by_number_place_and_time_never_as_untrue(
    demo_services: Services,
) -> None:
    tasha = next(c.id for c in demo_services.customers.page(0, 10) if c.name == "Tasha Morrow")
    made = make_packet(demo_services, tasha, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    posts = text.split("3. Public posts", 2)[2]
    posts = posts.split("4. Harassment of other customers", 1)[0]
    day = r"(\d{4}-\d\d-\d\d) "
    assert re.match(
        r" and reviews 23 posts and reviews by the customer about Larkspur Files, flagged by the "
        rf"business as harassment: 23 on X \(Twitter\), posted between {day}14:00 UTC\+00:00 and "
        r"\1 14:55 UTC\+00:00\. Each is shown once here, with where and when it was found\.",
        posts,
    ), posts[:400]
    for claim in ("untrue", "false", "defamatory", "harm its reputation"):
        assert claim not in text.lower(), claim
    for post in made.data.public_posts:
        report = platform_report(made.data, post)
        assert "false statements" not in report and "untrue" not in report


def test_only_a_post_with_a_screenshot_speaks_of_its_capture(demo_services: Services) -> None:
    """22 of the demo's 23 posts were logged from their words alone: "capture time not
    recorded" on each of them buried the one post that has a screenshot."""
    tasha = next(c.id for c in demo_services.customers.page(0, 10) if c.name == "Tasha Morrow")
    made = make_packet(demo_services, tasha, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    posts = text.split("3. Public posts", 2)[2].split("4. Harassment of other customers", 1)[0]
    screenshots = [p for p in made.data.public_posts if p.exhibits]
    assert len(screenshots) == 1 < len(made.data.public_posts)
    assert posts.count("capture time not recorded") == 1  # the screenshot, stored not dated


def test_the_termination_packet_gives_one_answer_on_the_terms(demo_services: Services) -> None:
    """The demo's #61 is flagged as against the terms: the other signs list it, and the
    policies section must not then say that no contact breaks a policy."""
    renee = next(c.id for c in demo_services.customers.page(0, 10) if c.name == "Renée Delacroix")
    made = make_packet(demo_services, renee, PacketOptions(PacketKind.TERMINATION))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "Breaks your terms or policies" in text
    assert "is flagged as against your terms of service (see the other signs)" in text
    assert "No contact in this packet is tagged as breaking a policy" not in text
