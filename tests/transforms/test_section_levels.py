"""Levels of sections: rule named_among_numbers (transforms.sections)."""

from transforms.sections import find_sections, section_paths


def test_named_among_numbers_preface_is_no_parent_of_numbered_chapters():
    """Rule named_among_numbers, on Aristotle's Poetics (Bywater, Gutenberg pg6763):
    "PREFACE" then chapters numbered "1", "2", "3" on their own lines. The chapters
    were level 2 under the preface (section_path of chapter 2: PREFACE / 2)."""
    preface = (
        "In the tenth book of the _Republic_, when Plato has completed his final "
        "burning denunciation of Poetry, the false Siren, the imitator of things "
        "which themselves are shadows, the ally of all that is low and weak in the "
        "soul against that which is high and strong, he makes a proposal. "
    ) * 6
    one = (
        "Our subject being Poetry, I propose to speak not only of the art in general "
        "but also of its species and their respective capacities. "
    ) * 12
    two = (
        "II. The objects the imitator represents are actions, with agents who are "
        "necessarily either good men or bad. "
    ) * 12
    three = (
        "A third difference in these arts is in the manner in which each kind of object is represented. "
        * 12
    )
    text = (
        f"PREFACE\n\n\n{preface}\n\nG. M\n\n\n\n\n\n1\n\n\n{one}\n\n\n\n\n2\n\n\n{two}"
        f"\n\n\n\n\n3\n\n\n{three}\n"
    )
    sections, _ = find_sections(text)
    assert [(s.level, s.title) for s in sections] == [
        (1, "PREFACE"),
        (1, "1"),
        (1, "2"),
        (1, "3"),
    ]
    assert section_paths(sections)[2] == ["2"]
