"""Cleaning the saved ALL page: mojibake repaired, navigation gone, broken lines rejoined."""

from __future__ import annotations

from pathlib import Path

from extract.clean import parse_page, rejoin_lines, repair_text
from extract.read import read_text


def test_mojibake_is_repaired() -> None:
    assert repair_text("means youâve safely connected") == "means you’ve safely connected"
    assert repair_text("chemotherapy\nÂ\u00a0medicines") == "chemotherapy\nmedicines"


def test_navigation_and_banner_are_dropped(all_path: Path) -> None:
    page = parse_page(read_text(all_path))
    text = "\n".join(page.lines)
    assert page.title == "Acute lymphoblastic leukemia (ALL)"
    assert page.url == "https://medlineplus.gov/ency/article/000541.htm"
    for navigation in ("Skip navigation", ".gov website", "padlock", "You Are Here", "enable JavaScript", "cite this"):
        assert navigation not in text
    assert "Â" not in text and "â" not in text


def test_link_broken_lines_are_rejoined(all_path: Path) -> None:
    lines = parse_page(read_text(all_path)).lines
    for whole in (
        "Pinpoint red spots on the skin (petechiae)",
        "Toxins, such as benzene",
        "Lumbar puncture (spinal tap) to check for leukemia cells in the spinal fluid",
        "Past treatment with chemotherapy medicines",
        "Complete blood count (CBC), including white blood cell (WBC) count and cell differential",
        "Swollen lymph nodes in the neck, under arms, and groin",
        "Down syndrome or some other genetic conditions",
    ):
        assert whole in lines
    # separate bullets stay separate
    assert "Certain chromosome problems" in lines and "Exposure to radiation" in lines


def test_run_together_blocks_are_split() -> None:
    lines = list(rejoin_lines(["Oral corticosteroids for a severe asthma attackA severe asthma attack requires care."]))
    assert lines == ["Oral corticosteroids for a severe asthma attack", "A severe asthma attack requires care."]


def test_a_short_item_and_the_sentence_that_ran_into_it_are_split() -> None:
    lines = list(
        rejoin_lines(["Itches Other symptoms may include:", "Bed rest", "Humidified air Some children need it."])
    )
    assert lines == ["Itches", "Other symptoms may include:", "Bed rest", "Humidified air", "Some children need it."]
    sentence = "Some children may need vitamin A supplements to grow."
    assert list(rejoin_lines([sentence])) == [sentence]


def test_a_video_title_after_its_link_is_not_read_as_text() -> None:
    resources = Path(__file__).parents[1] / "resources"
    gout = parse_page(read_text(resources / "articles" / "gout-000422.txt"))
    assert gout.lines[0] == "Gout" and gout.lines[1].startswith("Gout is a type of arthritis.")
    assert gout.lines[2].startswith("Acute gout is a painful condition")  # the video's title "Gout" is gone
    stroke = parse_page(read_text(resources / "gold" / "000726.txt"))
    paragraph = next(i for i, line in enumerate(stroke.lines) if "clog arteries" in line)
    assert stroke.lines[paragraph].endswith("that can clog arteries.")  # its link run in at the end is gone
    assert stroke.lines[paragraph + 1] != "Stroke"  # and so is the title after it
    assert not any("Watch this video" in line for page in (gout, stroke) for line in page.lines)
