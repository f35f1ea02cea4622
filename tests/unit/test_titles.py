"""Titles read from the text: a minister of several portfolios, named or not."""

from __future__ import annotations

from ingest.catalog import catalog, language_data
from ingest.titles import title_reference, titles_before


def _reference(text: str, head: str, others: list[tuple[int, int]] = ()):  # type: ignore[assignment,no-untyped-def]
    return title_reference(text, text.index(head), len(text), language_data("fr"), catalog(), others)


def test_a_minister_of_several_portfolios_is_of_the_country_at_the_end() -> None:
    text = (
        "Le président a reçu mardi le ministre des Affaires étrangères, de l'Intégration régionale et des "
        "Ghanéens de l'extérieur de la République du Ghana, porteur d'un message."
    )
    title = _reference(text, "ministre")
    assert title is not None
    assert (title.canonical, title.country_code) == ("Minister of Foreign Affairs", "GH")
    assert title.stated.endswith("République du Ghana")


def test_a_title_of_several_portfolios_before_a_form_of_address_is_the_named_ones() -> None:
    text = (
        "Le ministre des Affaires étrangères, de l'Intégration régionale et des Ghanéens de l'extérieur, "
        "M. Kwame Boateng, s'est entretenu lundi avec son homologue."
    )
    name = text.index("Kwame")
    assert _reference(text, "ministre", [(name, name + len("Kwame Boateng"))]) is None


def test_a_demonym_after_the_office_is_read_with_it() -> None:
    text = "Lomé a accueilli jeudi le président ghanéen Kojo Asante."
    name = text.index("Kojo")
    titles = titles_before(text, name, 0, language_data("fr"), catalog(), name_end=name + len("Kojo Asante"))
    assert [(t.canonical, t.country_code) for t in titles] == [("President", "GH")]
