"""One behaviour of the extractor per test, on short texts written for the test (real models, no database).

Each text is the smallest article that shows the rule; the names are invented unless the rule needs the
people catalog. A test here fails when the rule stops working, whatever the corpus figures do.
"""

from __future__ import annotations

import datetime as dt

from graph_schema.records import Extraction, Meeting
from ingest.catalog import catalog, language_data
from ingest.extract import ArticleInput, extract
from ingest.nlp import NLP
from ingest.noise import clean
from ingest.titles import title_reference


def run(
    nlp: NLP, text: str, published: dt.date | None = dt.date(2025, 6, 13), language: str | None = None
) -> Extraction:
    return extract(ArticleInput(text=text, source="test", name="test", published=published, language=language), nlp)


def people(m: Meeting) -> set[str]:
    return {p.name for p in m.participants}


def test_participants_listed_after_the_announcement(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Fisheries ministers of three Pacific states met in Honiara on Thursday to discuss tuna quotas.\n\n"
        "The meeting was chaired by Solomon Islands Fisheries Minister Derek Toavaka.\n\n"
        "Taking part were Fiji's Fisheries Minister Josaia Vakaloa and Tonga's Fisheries Minister Sione Hufanga.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Derek Toavaka", "Josaia Vakaloa", "Sione Hufanga"}]


def test_meeting_between_names_only_who_follows(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Amara Kolleh's visit opened with a meeting between Foreign Minister Tenneh Sirleaf "
        "and her Ghanaian counterpart Kojo Asante in Monrovia on Tuesday.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Tenneh Sirleaf", "Kojo Asante"}


def test_sender_of_greetings_is_not_a_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Foreign Minister Tenneh Sirleaf met visiting Ghanaian Foreign Minister Kojo Asante in Monrovia on "
        "Tuesday and conveyed the greetings of President Amara Kolleh.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Tenneh Sirleaf", "Kojo Asante"}


def test_separate_bilaterals_with_counterparts_listed(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On the sidelines of the summit, Foreign Minister Tenneh Sirleaf held separate talks with Ghana's "
        "Foreign Minister Kojo Asante and Senegal's Foreign Minister Awa Ndiaye on Tuesday.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Tenneh Sirleaf"],
        ["Kojo Asante", "Tenneh Sirleaf"],
    ]


def test_a_day_later_is_counted_from_the_previous_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Foreign Minister Tenneh Sirleaf met Ghanaian Foreign Minister Kojo Asante in Monrovia on Tuesday.\n\n"
        "A day later, Sirleaf held a phone call with Senegalese Foreign Minister Awa Ndiaye.\n",
    )
    by_kind = {m.kind: m for m in ex.meetings}
    assert by_kind["in_person"].date == dt.date(2025, 6, 10)
    assert by_kind["phone"].date == dt.date(2025, 6, 11)


def test_denied_and_planned_meetings_are_not_held(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The ministry dismissed a report that Foreign Minister Tenneh Sirleaf had met Ghanaian Foreign Minister "
        "Kojo Asante in Accra.\n\n"
        "A phone call between Sirleaf and Senegalese Foreign Minister Awa Ndiaye is scheduled for Friday.\n",
    )
    assert ex.meetings == []
    assert any(
        e.planned and {p.name for p in e.participants} >= {"Tenneh Sirleaf", "Awa Ndiaye"} for e in ex.other_events
    )


def test_a_city_outside_the_catalog_comes_from_the_gazetteer(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Wakil Menteri Luar Negeri Arif Havas Oegroseno bertemu dengan Menteri Luar Negeri Timor-Leste "
        "Bendito dos Santos Freitas di Kupang pada Kamis (12/6).\n",
        language="id",
    )
    [m] = ex.meetings
    assert m.place is not None and (m.place.city, m.place.country_code) == ("Kupang", "ID")


def test_a_counterpart_holds_the_same_office(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf held talks with her Ghanaian counterpart Kojo Asante in "
        "Monrovia on Tuesday.\n",
    )
    [m] = ex.meetings
    asante = next(p for p in m.participants if p.name == "Kojo Asante")
    assert asante.country_code == "GH"
    assert asante.roles == ["Minister of Foreign Affairs of Ghana"]


def test_passive_reception_makes_the_receiver_host(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian Foreign Minister Kojo Asante was received by Liberian President Amara Kolleh in Monrovia on "
        "Tuesday.\n",
    )
    [m] = ex.meetings
    roles = {p.name: p.role for p in m.participants}
    assert roles == {"Kojo Asante": "guest", "Amara Kolleh": "host"}


def test_topics_belong_to_the_meeting_that_discussed_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Foreign Minister Tenneh Sirleaf met Ghanaian Foreign Minister Kojo Asante in Monrovia on Tuesday. "
        "They discussed the Ukraine crisis.\n\n"
        "On Wednesday, Sirleaf held a phone call with Senegalese Foreign Minister Awa Ndiaye about climate change.\n",
    )
    topics = {m.kind: m.topics for m in ex.meetings}
    assert "Ukraine crisis" in topics["in_person"]
    assert "Ukraine crisis" not in topics["phone"]


def test_visit_is_an_event_of_its_own(nlp: NLP) -> None:
    ex = run(nlp, "Ghanaian Foreign Minister Kojo Asante paid an official visit to Liberia on Tuesday.\n")
    [visit] = [e for e in ex.other_events if e.kind == "visit"]
    assert [p.name for p in visit.participants] == ["Kojo Asante"]
    assert visit.place is not None and visit.place.country_code == "LR"
    assert not visit.planned


def test_russian_declined_names_in_the_nominative(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел России Сергей Лавров провел в среду переговоры с министром иностранных дел "
        "Мавритании Мохамедом Салемом Ульд Мерзугом в Москве.\n",
        language="ru",
    )
    [m] = ex.meetings
    # the declined "Мохамедом Салемом Ульд Мерзугом" read in the nominative is the catalog's person
    assert people(m) == {"Sergei Lavrov", "Mohamed Salem Ould Merzoug"}


def test_counterpart_named_only_by_office_then_introduced(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Amara Kolleh received the Ghanaian foreign minister in Monrovia on Tuesday.\n\n"
        "The visitor, Kojo Asante, handed over a message from his president.\n\n"
        "The meeting was also attended by Liberian Foreign Minister Tenneh Sirleaf.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Amara Kolleh", "Kojo Asante", "Tenneh Sirleaf"}
    asante = next(p for p in m.participants if p.name == "Kojo Asante")
    assert asante.country_code == "GH" and asante.roles == ["Minister of Foreign Affairs of Ghana"]


def test_family_name_in_capitals_and_middle_initial(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On June 12, Mr. KOLLEH Amara, Minister for Foreign Affairs of Liberia, held a telephone talk with "
        "Ghana's Foreign Minister Kojo B. Asante.\n",
    )
    [m] = ex.meetings
    assert m.kind == "phone" and people(m) == {"Kolleh Amara", "Kojo B. Asante"}
    assert m.provenance.sentence.startswith("On June 12, Mr. KOLLEH Amara")  # quoted as written


def test_called_on_a_person_is_a_courtesy_call_not_an_appeal(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf called on President Kojo Asante in Accra on Tuesday.\n\n"
        "Ghana's Foreign Minister Ama Owusu called on President Amara Kolleh to release the detained traders.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Tenneh Sirleaf", "Kojo Asante"}


def test_city_named_by_the_occasion_adjective(nlp: NLP) -> None:
    ex = run(
        nlp,
        "На полях Минской международной конференции министр иностранных дел России Сергей Лавров провел "
        "переговоры с министром иностранных дел Венгрии Петером Сийярто.\n",
        language="ru",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Minsk"


def test_capital_named_by_its_country_and_a_sidelines_bilateral(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ANKARA\n\n"
        "Turkish Foreign Minister Hakan Fidan on Sunday joined his counterparts in the Jordanian capital for a "
        "meeting of Syria's neighbours.\n\n"
        "The meeting brought together Fidan, Jordanian Foreign Minister Ayman Safadi and Iraqi Foreign Minister "
        "Fuad Hussein.\n\n"
        "On the sidelines of the meeting, Fidan also held a separate meeting with Safadi.\n\n"
        "Fidan had hosted Safadi in Ankara on Jan. 15.\n",
        published=dt.date(2025, 3, 10),
    )
    found = {(frozenset(people(m)), m.place.city if m.place else None, m.date) for m in ex.meetings}
    sunday = dt.date(2025, 3, 9)
    assert found == {
        (frozenset({"Hakan Fidan", "Ayman Safadi", "Fuad Hussein"}), "Amman", sunday),
        (frozenset({"Hakan Fidan", "Ayman Safadi"}), "Amman", sunday),
        (frozenset({"Hakan Fidan", "Ayman Safadi"}), "Ankara", dt.date(2025, 1, 15)),
    }


def test_a_release_signed_off_with_place_and_date_and_a_subject_named_by_acronym(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Visit of the Foreign Minister of Liberia to Ghana\n\n"
        "1. Foreign Minister Tenneh Sirleaf of Liberia is on an official visit to Ghana from 10-12 June 2025.\n\n"
        "2. Today, FM held talks with Ghana's Foreign Minister Kojo Asante on trade and maritime security.\n\n"
        "3. FM called on President Ama Mensah of Ghana and conveyed the greetings of President Amara Kolleh.\n\n"
        "Accra\n"
        "June 12, 2025\n\n"
        "Related Releases\n"
        "- Visit of the Foreign Minister to Senegal\n",
        published=dt.date(2025, 6, 12),
    )
    assert ex.article.dateline_city == "Accra"
    found = {(frozenset(people(m)), m.place.city if m.place else None) for m in ex.meetings}
    assert found == {
        (frozenset({"Tenneh Sirleaf", "Kojo Asante"}), "Accra"),
        (frozenset({"Tenneh Sirleaf", "Ama Mensah"}), "Accra"),
    }


def test_a_past_meeting_dated_by_its_month_alone_is_another_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf held talks with Ghana's Foreign Minister Kojo Asante in Accra "
        "on Monday.\n\n"
        "The two ministers last met in March, in Monrovia.\n\n"
        "Asante, who took office in January, said the talks would prepare a summit in Abuja in October next.\n",
        published=dt.date(2025, 8, 26),
    )
    found = {(m.date, m.date_precision, m.place.city if m.place else None) for m in ex.meetings}
    assert found == {(dt.date(2025, 8, 25), "day", "Accra"), (dt.date(2025, 3, 1), "month", "Monrovia")}


def test_a_month_to_come_dates_no_meeting_held(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Usai bertemu Presiden Prabowo Subianto di Istana Merdeka, Sekjen ASEAN Kao Kim Hourn mengatakan "
        "pembicaraan berfokus pada persiapan KTT ASEAN di Kuala Lumpur pada Mei mendatang.\n",
        published=dt.date(2025, 3, 4),
        language="id",
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 3, 4)]


def test_a_second_meeting_in_a_clause_of_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian Foreign Minister Kojo Asante was received by President Amara Kolleh at 12, Tubman Road on "
        "Tuesday, capping a two-day visit during which he also held talks with National Security Adviser Tenneh "
        "Sirleaf.\n\n"
        "In a statement, Kolleh said he looked forward to his meeting with President Ama Mensah in Accra.\n",
        published=dt.date(2025, 6, 11),
    )
    assert {frozenset(people(m)) for m in ex.meetings} == {
        frozenset({"Kojo Asante", "Amara Kolleh"}),
        frozenset({"Kojo Asante", "Tenneh Sirleaf"}),
    }
    assert not any("Tubman" in p.name for p in ex.people)


def test_a_clause_with_a_subject_of_its_own_is_that_subjects_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller de Liberia, Tenneh Sirleaf, mantuvo un encuentro con su homólogo ghanés, Kojo Asante, "
        "mientras que el ministro de Agricultura, Amara Kolleh, se reunió con el ministro de Agricultura ghanés, "
        "Ahmed El Mensah.\n",
        language="es",
    )
    assert {frozenset(people(m)) for m in ex.meetings} == {
        frozenset({"Tenneh Sirleaf", "Kojo Asante"}),
        frozenset({"Amara Kolleh", "Ahmed El Mensah"}),
    }


def test_a_negation_in_another_clause_leaves_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller de Liberia, Tenneh Sirleaf, mantuvo este martes una videoconferencia con su homólogo de "
        "Ghana, Kojo Asante, después de que el viaje que tenía previsto a Acra haya quedado aplazado.\n",
        published=dt.date(2025, 6, 11),
        language="es",
    )
    assert [(m.kind, people(m)) for m in ex.meetings] == [("video", {"Tenneh Sirleaf", "Kojo Asante"})]


def test_a_negation_of_the_meeting_clause_and_a_topic_that_is_no_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf met Togo's Foreign Minister Robert Dussey on Tuesday, and the "
        "two discussed famine conditions in Gaza.\n\n"
        "A separate meeting between Sirleaf and Ghana's President Ama Mensah, which officials had said was being "
        "arranged, did not take place.\n",
        published=dt.date(2025, 6, 11),
    )
    [m] = ex.meetings
    assert people(m) == {"Tenneh Sirleaf", "Robert Dussey"} and m.place is None


def test_and_with_a_second_counterpart_elsewhere_is_a_second_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Jakarta (ANTARA) - Menteri Luar Negeri Liberia Tenneh Sirleaf menggelar pertemuan bilateral dengan "
        "Menteri Luar Negeri Ghana Kojo Asante di Accra pada Senin (24/11) dan dengan Menteri Luar Negeri Togo "
        "Robert Dussey di Lome sehari kemudian.\n\n"
        "Kunjungan itu merupakan tindak lanjut dari pertemuan Presiden Amara Kolleh dan Presiden Ama Mensah di "
        "Monrovia pada Juni lalu.\n",
        published=dt.date(2025, 11, 26),
        language="id",
    )
    found = {(frozenset(people(m)), m.place.city if m.place else None, m.date) for m in ex.meetings}
    assert found == {
        (frozenset({"Tenneh Sirleaf", "Kojo Asante"}), "Accra", dt.date(2025, 11, 24)),
        (frozenset({"Tenneh Sirleaf", "Robert Dussey"}), "Lomé", dt.date(2025, 11, 25)),
        (frozenset({"Amara Kolleh", "Ama Mensah"}), "Monrovia", dt.date(2025, 6, 1)),
    }


def test_a_correspondents_city_is_the_dateline(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra talks end without a deal\n\n"
        "Jane Owusu, Accra\n\n"
        "Liberian Foreign Minister Tenneh Sirleaf held talks with Ghana's Foreign Minister Kojo Asante on Monday.\n",
        published=dt.date(2025, 6, 12),
    )
    assert ex.article.dateline_city == "Accra"
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Accra"


def test_a_place_that_ends_a_buildings_name_is_the_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le ministre libérien des Affaires étrangères, Tenneh Sirleaf, a été reçu mardi au palais présidentiel de "
        "Lomé par le président togolais Faure Gnassingbé.\n",
        published=dt.date(2025, 6, 12),
        language="fr",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Lomé"


def test_where_someone_came_from_is_no_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf, who arrived from a visit to Senegal, held talks with Ghana's "
        "Foreign Minister Kojo Asante on Monday.\n",
        published=dt.date(2025, 6, 12),
    )
    [m] = ex.meetings
    assert m.place is None or m.place.country_code != "SN"


def test_an_image_caption_line_names_no_one(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf held talks with Ghana's Foreign Minister Kojo Asante on Monday.\n\n"
        "[Photo] President Ama Mensah meets Togo's Foreign Minister Robert Dussey in Lomé on Monday.\n",
        published=dt.date(2025, 6, 12),
    )
    assert {p.name for p in ex.people} == {"Tenneh Sirleaf", "Kojo Asante"}


def test_a_cut_where_no_sentence_ends_is_undone(nlp: NLP) -> None:
    text = (
        "President Amara Kolleh on Sunday hosted the India-Brazil-South Africa (IBSA) Leaders' Meeting on the "
        "sidelines of the G20 Leaders' Summit at the Nasrec Expo Centre in Johannesburg. Around the table with him "
        "sat Ghanaian President Kojo Asante and Togolese President Komi Agbodjan."
    )
    # the English tagger cuts after "(IBSA)"; without the rejoin the venue and the occasion are lost
    assert next(nlp.pipeline("en")(text).sents).text.endswith("(IBSA)")
    ex = run(nlp, text + "\n", published=dt.date(2025, 6, 16))
    [m] = ex.meetings
    assert people(m) == {"Amara Kolleh", "Kojo Asante", "Komi Agbodjan"}
    assert m.place is not None and m.place.city == "Johannesburg"


def test_a_summit_whose_participants_sit_at_the_table_in_the_next_sentence(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La cumbre del bloque se celebró el sábado en un hotel de Cartagena, en un clima de decepción por la demora "
        "del acuerdo. Sentados a la mesa estuvieron el anfitrión, Andrés Quintero, y sus pares Mateo Salcedo y "
        "Lucía Benavente.\n",
        published=dt.date(2025, 6, 16),
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Andrés Quintero", "Mateo Salcedo", "Lucía Benavente"}
    assert m.place is not None and m.place.city == "Cartagena"
    assert m.date == dt.date(2025, 6, 14)


def test_a_pronoun_subject_is_the_traveller_and_meets_where_they_arrived(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf held talks with Ghana's Foreign Minister Kojo Asante in Tema on "
        "Tuesday.\n\n"
        "Ms. Sirleaf reached Accra on Sunday evening. On Monday, she called on Vice-President Ama Mensah and later "
        "held talks with Trade Minister Yaw Boateng.\n",
        published=dt.date(2025, 6, 11),
    )
    by_people = {frozenset(people(m)): m for m in ex.meetings}
    for other in ("Ama Mensah", "Yaw Boateng"):
        m = by_people[frozenset({"Tenneh Sirleaf", other})]
        assert m.place is not None and m.place.city == "Accra"
        assert m.date == dt.date(2025, 6, 9)


def test_there_was_no_bilateral_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "There was no bilateral meeting between Liberian Foreign Minister Tenneh Sirleaf and Ghana's Foreign "
        "Minister Kojo Asante, though the two sat through both sessions.\n",
    )
    assert ex.meetings == []


def test_a_spouse_is_no_official_nor_what_the_family_name_refers_to(nlp: NLP) -> None:
    ex = run(
        nlp,
        "[Photo] Le président ghanéen Kojo Asante et son épouse Efua Asante accueillent le président libérien Amara "
        "Kolleh et son épouse Comfort Kolleh au palais présidentiel, lors d'une cérémonie officielle marquée par "
        "des chants traditionnels et un défilé de la garde républicaine devant de nombreux invités, le 5 juin 2025. "
        "(Photo: Yaw Mensah)\n\n"
        "ACCRA, 5 juin -- Le président ghanéen Kojo Asante et son épouse Efua Asante ont accueilli jeudi le président "
        "libérien Amara Kolleh et son épouse Comfort Kolleh.\n\n"
        "MM. Asante et Kolleh ont ensuite tenu des entretiens au palais présidentiel.\n",
        published=dt.date(2025, 6, 5),
        language="fr",
    )
    assert {p.name for p in ex.people} == {"Kojo Asante", "Amara Kolleh"}
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Kolleh"}]


def test_then_with_a_second_person_is_a_second_meeting_of_the_pronoun_subject(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA – Le Premier ministre libérien Amara Kolleh, qui a représenté le chef de l'Etat, Joseph Boakai, au "
        "sommet régional, a multiplié les rencontres bilatérales.\n\n"
        "Il s'est d'abord entretenu avec le président ghanéen Kojo Asante, puis avec le vice-président gambien "
        "Lamin Jatta.\n",
        published=dt.date(2025, 6, 16),
        language="fr",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Kojo Asante"],
        ["Amara Kolleh", "Lamin Jatta"],
    ]


def test_a_metonym_named_as_a_source_is_no_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Бишкек, 26 ноября. /Кабар/. Во второй половине дня в среду, по данным Кремля, Владимир Путин провел "
        "встречу с Президентом Беларуси Александром Лукашенко.\n",
        published=dt.date(2025, 11, 26),
        language="ru",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Bishkek"


def test_a_diary_weekday_heading_dates_the_meetings_below_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "THE HERALD\nNews\n\nThe President's week\n\nNews 18 January 2026 - 14:10\n\n"
        "President Amara Kolleh spent the week in Monrovia and Buchanan, where he received several visitors.\n\n"
        "Monday\n\n"
        "At State House, Monrovia, the President hosted Ghana's Foreign Minister Kojo Asante.\n\n"
        "Wednesday\n\n"
        "The President held a phone conversation with Togo's President Komi Agbodjan.\n",
        published=None,
    )
    by_other = {next(p.name for p in m.participants if p.name != "Amara Kolleh"): m for m in ex.meetings}
    assert by_other["Kojo Asante"].date == dt.date(2026, 1, 12)
    assert by_other["Kojo Asante"].place is not None and by_other["Kojo Asante"].place.city == "Monrovia"
    assert by_other["Komi Agbodjan"].date == dt.date(2026, 1, 14)


def test_who_an_opening_time_clause_names_meets_no_one_in_the_main_clause(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Amara Kolleh melakukan pertemuan dengan Perdana Menteri Ghana Kojo Asante di Accra, Selasa "
        "(10/6/2025).\n\n"
        "Usai bertemu Asante, Kolleh bertolak ke istana kepresidenan untuk bertemu Presiden Ghana Yaw Boateng.\n",
        published=dt.date(2025, 6, 10),
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Kojo Asante"],
        ["Amara Kolleh", "Yaw Boateng"],
    ]


def test_him_in_a_second_clause_is_the_first_clauses_subject(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf later called on Prime Minister Kojo Asante at his office, while "
        "President Yaw Boateng received her at Jubilee House in the evening.\n",
        published=dt.date(2025, 6, 13),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Tenneh Sirleaf"],
        ["Tenneh Sirleaf", "Yaw Boateng"],
    ]


def test_a_place_a_relative_clause_is_set_in_is_its_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian Foreign Minister Tenneh Sirleaf had flown in late on Wednesday from Tamale, where she held talks "
        "with Ghana's Foreign Minister Kojo Asante earlier in the day.\n",
        published=dt.date(2025, 6, 13),
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Tamale"


def test_a_dropped_spanish_subject_is_the_traveller_and_the_second_object_shares_the_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller liberiano, Tenneh Sirleaf, llegó a Accra procedente de Asia. En Beijing dialogó con Liu "
        "Wenhao, jefe de un departamento del Partido, y con Chen Guoming, director de una agencia de cooperación.\n",
        published=dt.date(2025, 6, 16),
        language="es",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Chen Guoming", "Tenneh Sirleaf"],
        ["Liu Wenhao", "Tenneh Sirleaf"],
    ]
    assert all(m.place is not None and m.place.city == "Beijing" for m in ex.meetings)


def test_a_month_with_its_year_dates_a_meeting_further_after_the_meeting_word(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président libérien Amara Kolleh a inauguré lundi un pont sur le fleuve Saint-Paul.\n\n"
        "La cérémonie a réuni plusieurs milliers de personnes.\n\n"
        "Le chantier a duré trois ans.\n\n"
        "Dans son discours, Amara Kolleh a rappelé qu'il avait lui-même reçu le président ghanéen Kojo Asante "
        "dans la région de Bong, où il a grandi, lors de la visite d'Etat que son homologue avait effectuée au "
        "Liberia en mai 2024.\n",
        published=dt.date(2025, 6, 16),
        language="fr",
    )
    [m] = ex.meetings
    assert (m.date, m.date_precision) == (dt.date(2024, 5, 1), "month")


def test_a_meeting_at_the_hosts_ministry_is_in_the_hosts_capital(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's Foreign Minister Kojo Asante on Monday received Liberian Foreign Minister Tenneh Sirleaf at the "
        "ministry for talks on maritime security.\n",
        published=dt.date(2025, 6, 17),
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Accra"


def test_took_part_unmakes_its_own_meeting_word_only(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министры обсудили выполнение договоренностей, достигнутых в ходе переговоров Президента Ганы Коджо Асанте "
        "с Президентом Того Коми Агбоджаном 12 мая в Ломе, где Президент Ганы принял участие в экономическом "
        "форуме.\n",
        published=dt.date(2025, 6, 16),
        language="ru",
    )
    [m] = ex.meetings
    assert len(m.participants) == 2 and m.date == dt.date(2025, 5, 12)


def test_a_meeting_dated_by_a_span_of_days_has_no_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "En marge de la conférence ministérielle tenue les 10 et 11 juin à Accra, la ministre libérienne des "
        "Affaires étrangères, Tenneh Sirleaf, s'est entretenue avec son homologue ghanéen, Kojo Asante.\n\n"
        "Elle a également rencontré le ministre sénégalais des Affaires étrangères, Awa Ndiaye.\n",
        language="fr",
    )
    assert [m.date for m in ex.meetings] == [None, None]


def test_a_date_in_a_source_does_not_date_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Selon un communiqué publié hier, la ministre libérienne des Affaires étrangères, Tenneh Sirleaf, s'est "
        "entretenue avec son homologue ghanéen, Kojo Asante, à Accra.\n",
        language="fr",
    )
    [m] = ex.meetings
    assert m.date != dt.date(2025, 6, 12)  # the day the statement came out


def test_a_period_that_opens_the_sentence_dates_its_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел Ганы Коджо Асанте в понедельник принял в Аккре посла Того Коми Агбоджана.\n\n"
        "На прошлой неделе Коджо Асанте и глава МИД Либерии Теннех Сирлиф провели в Монровии ежегодное совместное "
        "заседание коллегий внешнеполитических ведомств двух стран.\n",
        published=dt.date(2025, 6, 16),
        language="ru",
    )
    assert [(m.date, m.date_precision) for m in ex.meetings] == [
        (dt.date(2025, 6, 16), "day"),
        (dt.date(2025, 6, 1), "month"),
    ]


def test_a_welcome_at_the_airport_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's Foreign Minister Kojo Asante arrived in Monrovia on Monday night and was received by Liberian "
        "Foreign Minister Tenneh Sirleaf at Roberts International Airport.\n",
    )
    assert ex.meetings == []


def test_a_dialogue_held_by_a_listed_pronoun_and_the_three_ministers(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The Ghanaian minister Kojo Asante flew in late on Wednesday from Monrovia, where he, Liberia's Foreign "
        "Minister Tenneh Sirleaf and Senegal's Foreign Minister Awa Ndiaye held the second Ghana-Liberia-Senegal "
        "Trilateral Foreign Ministers' Dialogue earlier in the day.\n\n"
        "The three ministers had last met in Dakar on May 21.\n",
        published=dt.date(2025, 6, 13),
    )
    trio = {"Kojo Asante", "Tenneh Sirleaf", "Awa Ndiaye"}
    assert [(people(m), m.place and m.place.city, m.date) for m in ex.meetings] == [
        (trio, "Monrovia", dt.date(2025, 6, 11)),
        (trio, "Dakar", dt.date(2025, 5, 21)),
    ]


def test_a_long_photo_caption_and_who_was_present_at_the_talks(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA, June 12 -- Ghanaian President Kofi Mensah held talks with Liberian President Amara Kolleh at the "
        "Jubilee House on Thursday.\n\n"
        "Foreign Minister Kojo Asante was present at the talks.\n\n"
        "Photo: Ghanaian President Kofi Mensah holds a welcome ceremony for Liberian President Amara Kolleh before "
        "their talks at the Jubilee House in Accra, capital of Ghana, June 12, 2025. (Xinhua/Kwame Osei)\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kofi Mensah", "Amara Kolleh", "Kojo Asante"}]


def test_a_meeting_also_expected_is_planned(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's Foreign Minister Kojo Asante is also expected to hold separate bilateral talks with Liberia's "
        "Foreign Minister Tenneh Sirleaf on the sidelines, sources said.\n",
    )
    assert ex.meetings == []


def test_a_feminine_title_stands_for_the_woman_named_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La presidenta de Liberia, Tenneh Sirleaf, fue recibida el lunes por su homólogo de Ghana, Kofi Mensah, "
        "en Accra.\n\n"
        "Horas después, la jefa de Estado fue recibida en el Parlamento por el presidente de la Asamblea, "
        "Kojo Asante, con quien conversó sobre el comercio.\n\n"
        "Los dos presidentes ya se habían reunido en mayo en Monrovia, cuando Mensah visitó Liberia.\n",
        published=dt.date(2025, 6, 17),
        language="es",
    )
    assert [people(m) for m in ex.meetings] == [
        {"Tenneh Sirleaf", "Kofi Mensah"},
        {"Tenneh Sirleaf", "Kojo Asante"},
        {"Tenneh Sirleaf", "Kofi Mensah"},
    ]


def test_a_dropped_subject_after_openers_and_a_background_meeting_has_no_lead_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Liberia, Amara Kolleh, se reunió el lunes en Accra con su homólogo ghanés, Kofi Mensah.\n\n"
        "Kolleh llegó el domingo a Ghana. En la primera etapa de su gira africana, la semana pasada, se reunió con "
        "el presidente de Senegal, Bassirou Faye, y con el primer ministro Ousmane Ndiaye.\n",
        published=dt.date(2025, 6, 17),
        language="es",
    )
    background = [m for m in ex.meetings if m.date_precision == "month"]
    assert [people(m) for m in background] == [{"Amara Kolleh", "Bassirou Faye"}, {"Amara Kolleh", "Ousmane Ndiaye"}]
    assert all(m.place is None or m.place.city is None for m in background)


def test_a_spokesperson_takes_part_in_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент России Владимир Путин в среду провел в Кремле переговоры с президентом Ганы Коджо Асанте.\n\n"
        "Пресс-секретарь президента Дмитрий Песков отметил, что встреча имеет особое значение для двух стран.\n",
        published=dt.date(2025, 6, 12),
        language="ru",
    )
    [m] = ex.meetings
    assert "Vladimir Putin" in people(m) and "Dmitry Peskov" not in people(m)


def test_a_readout_is_not_dated_by_an_older_event_in_its_lead(nlp: NLP) -> None:
    ex = run(
        nlp,
        "28 января 2026 года\n\n"
        "Владимир Путин провел телефонный разговор с Президентом Ганы Коджо Асанте.\n\n"
        "Российский лидер поздравил собеседника с победой на президентских выборах, состоявшихся 28 декабря 2025 "
        "года.\n",
        published=dt.date(2026, 1, 28),
        language="ru",
    )
    [m] = ex.meetings
    assert m.date == dt.date(2026, 1, 28)


def test_a_place_in_a_since_clause_and_the_start_of_an_office_name(nlp: NLP) -> None:
    ex = run(
        nlp,
        "FUNAFUTI - The Secretary General of the Pacific Islands Forum, Kalena Tuilagi, has begun his first visit to "
        "Tuvalu since the Leaders Meeting in Honiara, with a courtesy call on Prime Minister Sione Lapaka on "
        "Monday.\n\n"
        "The following day the Secretary General sat down with Foreign Minister Tevita Manu.\n",
    )
    assert [(people(m), m.place and m.place.city) for m in ex.meetings] == [
        ({"Kalena Tuilagi", "Sione Lapaka"}, "Funafuti"),
        ({"Kalena Tuilagi", "Tevita Manu"}, "Funafuti"),
    ]


def test_an_envoy_title_is_no_proxy_and_the_other_side_is_of_another_country(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President of Ghana Kofi Mensah, who is on a working visit to the United States at the invitation of "
        "President Donald Trump, arrived at the White House on June 12.\n\n"
        "On June 11, the head of state met in Washington with Special Envoy of the President of the United States "
        "Steve Witkoff.\n",
    )
    assert {"Kofi Mensah", "Steve Witkoff"} in [people(m) for m in ex.meetings]


def test_a_pair_subject_keeps_its_meeting_and_the_attendees_join_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Président du Sénégal, Bassirou Diomaye Faye, a été reçu ce lundi 9 juin 2025 à Abidjan par son "
        "homologue de Côte d'Ivoire, Alassane Ouattara.\n\n"
        "Les deux Chefs d'État ont d'abord eu un entretien en tête-à-tête. Du côté sénégalais, la ministre de "
        "l'Intégration africaine et des Affaires étrangères, Mme Yassine Fall, a pris part aux échanges ; du côté "
        "ivoirien, le ministre des Affaires étrangères, M. Léon Kacou Adom, y a également assisté.\n",
        language="fr",
    )
    assert [people(m) for m in ex.meetings] == [
        {"Bassirou Diomaye Faye", "Alassane Ouattara", "Yassine Fall", "Léon Kacou Adom"}
    ]


def test_calls_received_with_a_day_between_and_a_call_that_follows(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's Foreign Minister Kojo Asante received a call on Wednesday from Liberia's Foreign Minister Tenneh "
        "Sirleaf.\n\n"
        "Sirleaf then spoke to Senegal's Foreign Minister Awa Ndiaye.\n",
    )
    assert [(m.kind, people(m)) for m in ex.meetings] == [
        ("phone", {"Kojo Asante", "Tenneh Sirleaf"}),
        ("phone", {"Tenneh Sirleaf", "Awa Ndiaye"}),
    ]


def test_a_first_bilateral_and_catching_up_are_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Prime Minister Kofi Mensah held his first bilateral of the leaders' week with Liberia's Amara Kolleh on "
        "Wednesday morning.\n\n"
        "Later in the week Mensah also caught up with Senegal's President Awa Ndiaye.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kofi Mensah", "Amara Kolleh"}, {"Kofi Mensah", "Awa Ndiaye"}]


def test_a_far_attendance_word_does_not_join_a_reported_meeting_to_the_call(nlp: NLP) -> None:
    ex = run(
        nlp,
        "14 января состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с "
        "Министром иностранных дел Туркменистана Р.О.Мередовым.\n\n"
        "Министры обсудили ход выполнения договоренностей, достигнутых в ходе переговоров Президента Российской "
        "Федерации В.В.Путина с Президентом Туркменистана С.Г.Бердымухамедовым 12 декабря 2025 г. в Ашхабаде, где "
        "Президент России принял участие в Международном форуме.\n",
        published=dt.date(2026, 1, 14),
        language="ru",
    )
    assert [(m.kind, len(m.participants), m.date) for m in ex.meetings] == [
        ("phone", 2, dt.date(2026, 1, 14)),
        ("in_person", 2, dt.date(2025, 12, 12)),
    ]


def test_a_trilateral_summit_of_named_leaders_after_a_bilateral(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kofi Mensah of Ghana met President Amara Kolleh of Liberia in Accra on Monday.\n\n"
        "A trilateral summit of President Kofi Mensah, President Amara Kolleh and Prime Minister of Senegal Awa "
        "Ndiaye was held afterwards.\n",
    )
    assert [people(m) for m in ex.meetings] == [
        {"Kofi Mensah", "Amara Kolleh"},
        {"Kofi Mensah", "Amara Kolleh", "Awa Ndiaye"},
    ]


def test_who_sat_in_on_the_talks_joins_the_pronoun_subjects_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian President Amara Kolleh spent the morning in Buchanan.\n\n"
        "In the afternoon, he hosted Ghana's Foreign Minister Kojo Asante at the Executive Mansion, Monrovia.\n\n"
        "Foreign Minister Tenneh Sirleaf sat in on the talks.\n\n"
        "Asante was also accompanied in the talks by Ghana's Ambassador Efua Mensah.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Amara Kolleh", "Kojo Asante", "Tenneh Sirleaf", "Efua Mensah"}


def test_who_attended_in_the_sentence_or_accompanied_a_participant_is_no_side(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Liberian President Amara Kolleh returned from Accra on Monday.\n\n"
        "On Tuesday, the President met Ghana's Foreign Minister Kojo Asante at the Executive Mansion in Monrovia, "
        "in a meeting also attended by Foreign Minister Tenneh Sirleaf.\n\n"
        "They discussed the border and the fisheries agreement.\n\n"
        "Asante was accompanied by Ghana's Ambassador Efua Mensah.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Amara Kolleh", "Kojo Asante", "Tenneh Sirleaf", "Efua Mensah"}]
    ex = run(
        nlp,
        "Le ministre ghanéen des Affaires étrangères, Kojo Asante, est arrivé lundi à Monrovia.\n\n"
        "Mardi, Asante a eu des entretiens avec la ministre Tenneh Sirleaf et le ministre Joseph Boakai, en "
        "présence de l'ambassadrice Efua Mensah.\n",
    )
    assert [people(m) for m in ex.meetings] == [
        {"Kojo Asante", "Tenneh Sirleaf", "Efua Mensah"},
        {"Kojo Asante", "Joseph Boakai", "Efua Mensah"},
    ]


def test_a_group_named_in_part_before_the_meeting_word_is_the_whole_group(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Les ministres des Affaires étrangères Awa Keita, Paul Ouedraogo et Ali Moussa se sont réunis mercredi à "
        "Ouagadougou.\n\n"
        "Dans la journée, les trois ministres, conduits par Mme Keita, ont été reçus en audience par le président "
        "Jean Kabore.\n",
    )
    assert [people(m) for m in ex.meetings] == [
        {"Awa Keita", "Paul Ouedraogo", "Ali Moussa"},
        {"Awa Keita", "Paul Ouedraogo", "Ali Moussa", "Jean Kabore"},
    ]


def test_a_titled_family_name_is_the_one_catalog_official_of_that_name(nlp: NLP) -> None:
    ex = run(
        nlp,
        "HANOI — President Marcos held talks with Vietnamese Prime Minister Pham Minh Chinh on Tuesday.\n\n"
        "Marcos said the two countries would sign a rice agreement. Sheikh Abdullah, a businessman, and the "
        "governor of Santa Cruz were not present.\n\n"
        "Related stories\n"
        "- Fiji PM Rabuka calls for Ocean of Peace declaration to be 'lived, not framed'\n"
        "- Samoa's new cabinet sworn in\n\n"
        "(c) Pacific News Desk. All rights reserved. This site uses cookies to improve your experience.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Ferdinand Marcos Jr.", "Pham Minh Chinh"}]
    assert {p.name for p in ex.people} == {"Ferdinand Marcos Jr.", "Pham Minh Chinh"}


def test_a_footer_publication_date_and_the_king_named_by_his_title(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kojo Asante est arrivé lundi à Rabat à l'invitation du roi Mohammed VI.\n\n"
        "Au palais, le roi et le président ghanéen se sont entretenus mardi en tête-à-tête.\n\n"
        "Les deux pays ont signé des accords sur l'agriculture, l'énergie solaire, la formation des enseignants, "
        "la pêche artisanale et le transport aérien, et ont décidé de réunir leur commission mixte à Accra avant "
        "la fin de l'année, selon un communiqué publié à l'issue de la visite.\n\n"
        "Publié le 12 mars 2025 à 18h20\n",
        published=None,
    )
    assert ex.article.published == dt.date(2025, 3, 12)
    [m] = ex.meetings
    assert people(m) == {"Mohammed VI", "Kojo Asante"} and m.date == dt.date(2025, 3, 11)


def test_there_is_no_city_named_in_lowercase(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Kojo Asante tiba di Kairo pada Rabu (18/12). Di sana ia bertemu Menteri Luar Negeri Mesir "
        "Badr Abdelatty.\n",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Cairo"


def test_a_short_name_first_then_the_full_catalog_name_is_the_catalog_official(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Cheikh Tamim a reçu mardi à Doha le président rwandais Paul Kagame. L'émir du Qatar, Cheikh Tamim ben "
        "Hamad Al Thani, a salué les efforts de paix.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Tamim bin Hamad Al Thani", "Paul Kagame"}


def test_a_second_family_name_the_catalog_leaves_out(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент России Владимир Путин в среду встретился в Кремле с Президентом Кубы Мигелем Диас-Канелем "
        "Бермудесом.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Vladimir Putin", "Miguel Díaz-Canel"}


def test_a_subject_named_by_office_is_the_other_side_holding_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент России Владимир Путин во вторник принял в Кремле министра иностранных дел Вьетнама Ле Хоай "
        "Чунга, который передал ему послание Генерального секретаря ЦК КПВ То Лама.\n\n"
        "То Лам и Путин встречались в мае. Ле Хоай Чунг рассказал о подготовке визита То Лама.\n\n"
        "После Кремля министр провел переговоры с Сергеем Лавровым.\n",
    )
    assert people(ex.meetings[-1]) == {"Sergei Lavrov", "Le Hoai Trung"}


def test_a_pair_of_the_sentence_before_meets_when_and_where_it_says(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Kojo Asante meninggalkan Kairo, Mesir, Kamis (19/12/2024), setelah mengikuti KTT D-8.\n\n"
        "Pada Rabu (18/12/2024), Asante disambut Presiden Mesir Abdel Fattah El-Sisi di Alexandria dengan upacara "
        "kenegaraan. Setelah sesi foto, keduanya melakukan pertemuan bilateral.\n",
        published=dt.date(2024, 12, 20),
    )
    [m] = ex.meetings
    assert m.date == dt.date(2024, 12, 18) and m.place is not None and m.place.city == "Alexandria"


def test_a_place_after_a_titles_connector_ends_the_title_and_a_proposal_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Foreign Minister Kojo Asante hosted US Ambassador to Accra Tom Barrack in Kumasi on Friday.\n\n"
        "Asante said Ghana had proposed a meeting between the two presidents as a next step.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Tom Barrack"}]


def test_who_is_named_past_a_comma_after_the_meeting_word_is_not_the_pair(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Président Amara Kolleh a reçu mardi à Monrovia le Président ghanéen Kojo Asante.\n\n"
        "Les deux Chefs d'État avaient échangé au téléphone le 24 mars, et le Vice-Président Joseph Boakai avait "
        "représenté le Président Kolleh à l'investiture.\n",
    )
    assert [(m.kind, people(m)) for m in ex.meetings] == [
        ("in_person", {"Amara Kolleh", "Kojo Asante"}),
        ("phone", {"Amara Kolleh", "Kojo Asante"}),
    ]


def test_a_listener_told_about_a_meeting_takes_no_part_in_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian Foreign Minister Kojo Asante held talks with Liberian Foreign Minister Tenneh Sirleaf in Accra "
        "on Monday. Asante also told Sirleaf about his meeting with Nigerian Foreign Minister Yusuf Tuggar in "
        "Abuja on June 2.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Tenneh Sirleaf"}, {"Kojo Asante", "Yusuf Tuggar"}]


def test_malay_honorifics_and_courts_are_no_part_of_a_name(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Prime Minister Anwar Ibrahim received Singapore's Prime Minister Lawrence Wong in Putrajaya on Monday, "
        "with Deputy Prime Minister Datuk Seri Fadillah Yusof in attendance.\n\n"
        "The Ranger Regiment mounted a guard of honour.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Anwar Ibrahim", "Lawrence Wong", "Fadillah Yusof"}
    assert "Ranger Regiment" not in {p.name for p in ex.people}


def test_that_day_counts_from_the_meeting_before_and_a_received_call_is_a_call(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Président Amara Kolleh a été reçu en audience, le lundi 3 juin 2024, par le Président ghanéen Kojo "
        "Asante, à Accra.\n\n"
        "Ce jour-là, le Président Asante a aussi reçu le Président togolais Faure Gnassingbé.\n",
        published=dt.date(2024, 6, 5),
    )
    assert [m.date for m in ex.meetings] == [dt.date(2024, 6, 3), dt.date(2024, 6, 3)]
    ex = run(nlp, "Pada Kamis (12/6) malam, Presiden Kojo Asante menerima telepon dari Presiden Amara Kolleh.\n")
    assert [m.kind for m in ex.meetings] == ["phone"]


def test_the_city_a_traveller_returned_to_is_no_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Premier ministre ghanéen Kojo Asante est rentré à Accra vendredi soir, au terme d'une visite de deux "
        "jours au Liberia.\n\n"
        "Au cours de son séjour, Asante a rencontré le président du Parlement libérien, Joseph Boakai.\n",
    )
    [m] = ex.meetings
    assert m.place is None or m.place.city != "Accra"


def test_a_mixed_case_city_and_colon_is_a_dateline_and_the_talks_were_attended(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra: President Kojo Asante on Tuesday held official talks with President Amara Kolleh of Liberia at "
        "Jubilee House.\n\n"
        "The talks were attended on the Ghanaian side by Foreign Minister Tenneh Mensah.\n",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Accra"
    assert people(m) == {"Kojo Asante", "Amara Kolleh", "Tenneh Mensah"}


def test_a_courtesy_call_on_a_long_title_and_those_who_attended_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante was received by President Amara Kolleh in Monrovia on Tuesday. Foreign Minister "
        "Tenneh Mensah and Interior Minister Kwame Boateng attended the meeting.\n\n"
        "On Wednesday, the President also called on Speaker of the House of Representatives of Liberia Joseph "
        "Boakai.\n",
    )
    assert [people(m) for m in ex.meetings] == [
        {"Kojo Asante", "Amara Kolleh", "Tenneh Mensah", "Kwame Boateng"},
        {"Kojo Asante", "Joseph Boakai"},
    ]


def test_a_council_session_held_by_two_ministers(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел Турции Хакан Фидан и его саудовский коллега принц Фейсал бин Фархан Аль Сауд в "
        "воскресенье провели в Эр-Рияде второе заседание Турецко-саудовского координационного совета.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Hakan Fidan", "Faisal bin Farhan Al Saud"}]


def test_a_call_to_two_leaders_is_no_single_call_and_a_courtesy_visit_is_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Juru Bicara Kantor Kepresidenan Ghana Efua Mensah menyebut Presiden Kojo Asante menelepon dua pemimpin "
        "ASEAN pada hari Senin.\n",
    )
    assert ex.meetings == []
    ex = run(
        nlp,
        "Vendredi, le Premier ministre ghanéen Kojo Asante a rendu une visite de courtoisie au président "
        "libérien, Amara Kolleh, à Monrovia.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Kolleh"}]


def test_a_lunch_offered_to_leaders_is_a_meeting_of_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El lunes, en Palacio Nacional, el presidente ghanés Kojo Asante ofreció una comida a los presidentes "
        "Amara Kolleh, de Liberia, y Joseph Boakai, de Sierra Leona.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Kolleh", "Joseph Boakai"}]


def test_a_meeting_in_a_leading_time_clause_is_not_where_the_main_clause_is(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Usai bertemu Presiden Ghana Kojo Asante pada Selasa (4/3), Menteri Luar Negeri Liberia Amara Kolleh "
        "mengatakan pembicaraan berfokus pada persiapan KTT di Kuala Lumpur pada Mei mendatang.\n",
    )
    [m] = ex.meetings
    assert m.place is None or m.place.city != "Kuala Lumpur"


def test_the_lead_after_a_headline_and_a_deck_places_the_meetings_below(nlp: NLP) -> None:
    ex = run(
        nlp,
        'Asante se despidió de la CEDEAO con el cierre del acuerdo comercial: "Es una oportunidad"\n\n'
        "El presidente anunció en la sede del bloque el fin de las negociaciones y entregó la presidencia.\n\n"
        "Veinte años después de iniciadas las conversaciones, los países del bloque dieron por concluida este "
        "viernes en Monrovia la negociación de su acuerdo.\n\n"
        "Antes de comparecer ante la prensa, el presidente ghanés Kojo Asante mantuvo un encuentro a puertas "
        "cerradas con el presidente liberiano Amara Kolleh.\n",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Monrovia"


def test_the_same_day_does_not_count_from_a_recalled_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "7 мая Президент Ганы Коджо Асанте провёл в Аккре переговоры с Президентом Либерии Амарой Коллехом.\n\n"
        "Напомним, что 14 марта Коджо Асанте и Амара Коллех провели видеоконференцию.\n\n"
        "В тот же день в Аккре Коджо Асанте встретился с Президентом Того Фором Гнассингбе.\n",
        published=dt.date(2025, 5, 8),
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 5, 7), dt.date(2025, 3, 14), dt.date(2025, 5, 7)]


def test_an_arabic_name_without_its_family_name_in_a_russian_case_form(nlp: NLP) -> None:
    # "Бадра бен Хамада" (genitive, no "аль-Бусаиди"): the catalog's Badr Albusaidi, whose full name begins so
    ex = run(
        nlp,
        "Президент Ирана Масуд Пезешкиан 18 мая принял в Тегеране министра иностранных дел Омана "
        "Бадра бен Хамада, прибывшего с посланием от султана.\n",
        language="ru",
    )
    assert [people(m) for m in ex.meetings] == [{"Masoud Pezeshkian", "Badr Albusaidi"}]


def test_the_same_pair_named_in_another_city_met_another_time(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA — Liberian President Amara Kolleh held talks with Ghanaian President Kojo Asante at Jubilee House "
        "in Accra on Tuesday.\n\n"
        "Kolleh had first met Asante in Abuja on the sidelines of a regional summit.\n",
    )
    assert sorted((m.place.city if m.place else None) for m in ex.meetings) == ["Abuja", "Accra"]


def test_hyphenated_initials_and_the_same_day_never_counts_from_a_month(nlp: NLP) -> None:
    # mid.ru writes "К.-Ж.К.Токаев"; "в тот же день" counts from the talks of 7 November, not from the meeting
    # of July named in between
    ex = run(
        nlp,
        "7 ноября Министр иностранных дел Российской Федерации С.В.Лавров провел в Астане переговоры с "
        "Министром иностранных дел Республики Казахстан Муратом Нуртлеу.\n\n"
        "Приглашение было передано Президентом Республики Казахстан К.-Ж.К.Токаевым в ходе его встречи с "
        "В.В.Путиным в июле текущего года.\n\n"
        "В тот же день С.В.Лавров был принят Президентом Республики Казахстан К.-Ж.К.Токаевым.\n",
        published=dt.date(2024, 11, 7),
        language="ru",
    )
    found = {frozenset(people(m)): m.date for m in ex.meetings}
    assert found[frozenset({"Sergei Lavrov", "Kassym-Jomart Tokayev"})] == dt.date(2024, 11, 7)
    assert frozenset({"Vladimir Putin", "Kassym-Jomart Tokayev"}) in found


def test_an_office_named_with_a_demonym_is_not_a_countryman_of_another_office(nlp: NLP) -> None:
    # "el presidente cubano" is Díaz-Canel, not the Cuban foreign minister; "su primera visita" is no title
    ex = run(
        nlp,
        "La presidenta hondureña, Xiomara Castro, inauguró la cumbre en Tegucigalpa el miércoles.\n\n"
        "El canciller cubano Bruno Rodríguez llegó el lunes. Asistieron los mandatarios de Cuba, Miguel "
        "Díaz-Canel, y de Bolivia, Luis Arce.\n\n"
        "El presidente cubano, quien llegó el martes en su primera visita al país, sostuvo la víspera un "
        "encuentro con Castro.\n",
        published=dt.date(2025, 4, 9),
        language="es",
    )
    assert [people(m) for m in ex.meetings] == [{"Miguel Díaz-Canel", "Xiomara Castro"}]


def test_a_family_name_that_is_also_a_country_word_and_a_smaller_separate_meeting(nlp: NLP) -> None:
    # "Costa" (Costa Rica) alone is António Costa once he is named; three of the summit's leaders meeting
    # separately keep their own meeting
    ex = run(
        nlp,
        "SAMARKAND (Reuters) - European Council President Antonio Costa and European Commission President Ursula "
        "von der Leyen met the presidents of Uzbekistan, Kazakhstan and Kyrgyzstan - Shavkat Mirziyoyev, "
        "Kassym-Jomart Tokayev and Sadyr Japarov - at a summit in Samarkand on Friday.\n\n"
        "On Thursday, Tokayev met Costa and von der Leyen in a separate meeting, his office said.\n",
    )
    groups = [people(m) for m in ex.meetings]
    assert {"Kassym-Jomart Tokayev", "António Costa", "Ursula von der Leyen"} in groups
    assert len(groups) == 2


def test_a_date_line_below_a_long_deck_with_an_update_stamp(nlp: NLP) -> None:
    deck = (
        "En su primer encuentro cara a cara, ambos mandatarios acordaron reactivar un grupo de alto nivel de "
        "seguridad, crear un protocolo binacional de migración y estudiar un tren de carga entre los dos países; "
        "por la tarde visitaron juntos una reserva natural en la frontera común y firmaron un acuerdo ambiental "
        "que abarca millones de hectáreas de selva compartida por ambos pueblos"
    )
    ex = run(
        nlp,
        "Nación\n\nLa presidenta de Costa Verde pacta con su homólogo un tren binacional\n\n"
        f"{deck}\n\nRedacción El Diario\n15/08/2025 20:41 | Actualizada 15/08/2025 21:58\n\n"
        "La presidenta de Costa Verde, Marta Olmedo, sostuvo este viernes en Flores su primera reunión bilateral "
        "con el presidente de Valle Alto, Tomás Arenas.\n",
        published=None,
        language="es",
    )
    assert ex.article.published == dt.date(2025, 8, 15)
    assert [m.date for m in ex.meetings] == [dt.date(2025, 8, 15)]


def test_a_number_of_leaders_listed_in_a_later_sentence_are_calls_with_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Amara Kolleh berbincang dengan tiga pemimpin negara sahabat melalui sambungan telepon pada "
        "Jumat (13/6). Percakapan berlangsung dalam suasana Idul Fitri.\n\n"
        "Ketiga pemimpin itu adalah Presiden Ghana Kojo Asante, Perdana Menteri Togo Komi Adjavon, dan Presiden "
        "Benin Serge Houngbo.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Kojo Asante"],
        ["Amara Kolleh", "Komi Adjavon"],
        ["Amara Kolleh", "Serge Houngbo"],
    ]
    assert {m.kind for m in ex.meetings} == {"phone"}


def test_the_subject_received_the_pair_named_before(nlp: NLP) -> None:
    # "ambos dirigentes" after the meeting word: the two the sentence before named
    ex = run(
        nlp,
        "El presidente de Liberia, Amara Kolleh, y el primer ministro de Togo, Komi Adjavon, firmaron anoche un "
        "acuerdo en Accra.\n\n"
        "El presidente ghanés, Kojo Asante, recibió a ambos dirigentes en el palacio presidencial.\n",
        language="es",
    )
    assert [people(m) for m in ex.meetings] == [{"Amara Kolleh", "Komi Adjavon", "Kojo Asante"}]


def test_russian_talks_of_a_minister_with_another_named_as_a_noun(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Переговоры министра иностранных дел Ганы Кофи Асанте с министром иностранных дел Того Коми Аджавоном, "
        "состоявшиеся в среду в Аккре, завершились подписанием соглашения.\n\n"
        "Переговоры продолжились в расширенном составе с участием делегаций.\n",
        language="ru",
    )
    assert len(ex.meetings) == 1 and len(ex.meetings[0].participants) == 2
    assert ex.meetings[0].date == dt.date(2025, 6, 11)


def test_a_possessive_sender_takes_no_part_and_a_footer_time_stamp_dates_the_page(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA, May 28 (Xinhua) -- Ghanaian Foreign Minister Kojo Asante on Wednesday met Togolese Foreign "
        "Minister Komi Adjavon in Accra.\n\n"
        "Meeting with Adjavon, Asante conveyed President Amara Kolleh's cordial greetings.\n\n"
        "[Editor: huaxia]  2025-05-28 22:41:07\n",
        published=None,
    )
    assert ex.article.published == dt.date(2025, 5, 28)
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Komi Adjavon"}]
    assert ex.meetings[0].date == dt.date(2025, 5, 28)


def test_a_two_city_dateline_and_a_published_in_footer(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana, Togo sign accords\n\n"
        "ACCRA / LOME: Ghanaian Foreign Minister Kojo Asante on Sunday held talks with Togolese Foreign Minister "
        "Komi Adjavon.\n\n"
        "Published in The Daily Courier, August 25th, 2025\n\nREAD MORE\nAsante visits Lome\n",
        published=None,
    )
    assert ex.article.published == dt.date(2025, 8, 25)
    assert [(m.place and m.place.city, m.date) for m in ex.meetings] == [("Accra", dt.date(2025, 8, 24))]


def test_a_date_in_a_time_clause_is_another_events(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On December 17, 2024, barely ten days after his victory in the December 7 presidential election, "
        "President-elect Kojo Asante paid a courtesy call on President Komi Adjavon at the State House in Lome.\n",
    )
    assert [m.date for m in ex.meetings] == [dt.date(2024, 12, 17)]


def test_a_guessed_restatement_does_not_make_a_named_meeting_a_call(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA - Presiden Amara Kolleh melakukan pertemuan bilateral dengan Presiden Ghana Kojo Asante di Accra, "
        "Sabtu (14/6/2025).\n\n"
        "Sebelumnya, keduanya berbicara melalui sambungan telepon.\n",
        published=dt.date(2025, 6, 14),
        language="id",
    )
    assert "in_person" in {m.kind for m in ex.meetings}
    assert {m.place.city for m in ex.meetings if m.kind == "in_person" and m.place} == {"Accra"}


def test_a_city_after_a_building_and_its_acronym(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Amara Kolleh melakukan pertemuan bilateral dengan Presiden Ghana Kojo Asante di Hwabaek "
        "International Convention Center (HICO), Gyeongju, Sabtu (14/6/2025).\n",
        published=dt.date(2025, 6, 14),
        language="id",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Gyeongju"]


def test_a_briefing_about_talks_with_someone_unnamed_is_no_meeting_with_the_listener(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Кофи Асанте позвонил Президенту Кении Коми Аджавону, чтобы поделиться оценками итогов "
        "встречи.\n\n"
        "Президент Ганы проинформировал собеседника об основных результатах переговоров с Президентом "
        "Соединенных Штатов Америки, прошедших 15 августа на Аляске.\n",
        published=dt.date(2025, 9, 9),
        language="ru",
    )
    assert [m.kind for m in ex.meetings] == ["phone"]


def test_a_city_in_the_opening_adverbials_sets_the_scene_of_the_sentence(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le ministre ghanéen Kojo Asante a reçu jeudi à Accra son homologue togolais, Komi Adjavon.\n\n"
        "Le 29 janvier, à Lomé, Serge Houngbo, alors ministre des Affaires étrangères du Bénin, avait qualifié "
        "le plan régional d'« effort sérieux et crédible » et de « très bonne base pour la suite des discussions » au "
        "terme de ses entretiens avec Komi Adjavon.\n",
        language="fr",
    )
    found = {frozenset(people(m)): m.place.city if m.place else None for m in ex.meetings}
    assert found[frozenset({"Serge Houngbo", "Komi Adjavon"})] == "Lomé"


def test_an_arabic_name_whose_family_name_was_misread_is_the_catalog_official(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент России Владимир Путин провел в Кремле переговоры с эмиром Катара шейхом Тамимом бен Хамадом "
        "Аль Тани.\n",
        language="ru",
    )
    assert [people(m) for m in ex.meetings] == [{"Vladimir Putin", "Tamim bin Hamad Al Thani"}]


def test_an_invitation_received_is_no_meeting_and_a_past_meeting_is_not_the_invitations_plan(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Undangan untuk menghadiri perayaan kemerdekaan tersebut sebelumnya disampaikan langsung oleh Presiden Kojo "
        "Asante kepada Presiden Amara Kolleh saat keduanya bertemu di Accra pada 21 Agustus 2024.\n\n"
        "Kolleh menerima undangan itu dan, sebaliknya, mengundang Asante ke pelantikannya pada Oktober 2024.\n",
        published=dt.date(2025, 9, 15),
        language="id",
    )
    assert [(people(m), m.date) for m in ex.meetings] == [({"Kojo Asante", "Amara Kolleh"}, dt.date(2024, 8, 21))]


def test_a_person_called_at_once_is_a_phone_call_but_one_called_a_name_is_not(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante called Liberian President Amara Kolleh on Saturday evening to offer condolences.\n\n"
        'Kolleh, who called Asante "my brother" in a post on X, thanked him.\n',
    )
    assert [(m.kind, people(m)) for m in ex.meetings] == [("phone", {"Kojo Asante", "Amara Kolleh"})]


def test_a_where_clause_with_a_second_meeting_is_a_meeting_of_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kojo Asante avait été reçu la veille par le président togolais Komi Adjavon, après "
        "une première étape, mardi, à Cotonou, où il s'est entretenu avec le président béninois Serge Houngbo.\n",
        language="fr",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Komi Adjavon"],
        ["Kojo Asante", "Serge Houngbo"],
    ]


def test_a_where_clause_is_set_where_and_when_the_words_before_it_say(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Arrivé mercredi soir à Accra en provenance de Lomé, le président Kojo Asante avait été reçu la veille par le "
        "président togolais Komi Adjavon, après une première étape, mardi, à Cotonou, où il s'est entretenu avec le "
        "président béninois Serge Houngbo.\n",
        published=dt.date(2024, 8, 29),
        language="fr",
    )
    found = {frozenset(people(m)): (m.place.city if m.place else None, m.date) for m in ex.meetings}
    assert found[frozenset({"Kojo Asante", "Serge Houngbo"})] == ("Cotonou", dt.date(2024, 8, 27))


def test_a_dateline_with_a_two_digit_year(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Canciller se reunió con su homólogo de Ecuador\n\n"
        "Cali (sep. 22/25). La ministra de Relaciones Exteriores, Rosa Villavicencio, se reunió este lunes con el "
        "canciller de Ecuador, Gabriela Sommerfeld, para revisar la agenda fronteriza.\n",
        published=None,
        language="es",
    )
    assert (ex.article.published, ex.article.dateline_city) == (dt.date(2025, 9, 22), "Cali")
    assert [m.date for m in ex.meetings] == [dt.date(2025, 9, 22)]


def test_a_name_after_a_building_word_is_the_buildings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Amara Kolleh bertemu Raja Kojo Asante di Istana Al Mansouria, Accra, pada Selasa (10/6/2025).\n",
        language="id",
    )
    assert {p.name for p in ex.people} == {"Amara Kolleh", "Kojo Asante"}


def test_a_date_written_out_after_a_sequence_word_dates_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Amara Kolleh bertemu Presiden Ghana Kojo Asante di Accra pada Jumat (11/4/2025).\n\n"
        "Sehari sebelumnya, Kamis (3/4), ia diterima Raja Maroko Mohammed VI di Rabat.\n",
        published=dt.date(2025, 4, 12),
        language="id",
    )
    assert sorted((m.place and m.place.city, m.date) for m in ex.meetings) == [
        ("Accra", dt.date(2025, 4, 11)),
        ("Rabat", dt.date(2025, 4, 3)),
    ]


def test_a_ministrys_name_is_glossed_into_english(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La canciller de Colombia, Rosa Villavicencio, se reunió este lunes en Bogotá con el viceministro de "
        "Asuntos Multilaterales de Ecuador, Pablo Andrade.\n",
        language="es",
    )
    roles = {p.name: p.roles for m in ex.meetings for p in m.participants}
    assert roles["Pablo Andrade"] == ["Deputy Minister of Multilateral Affairs of Ecuador"]


def test_a_header_date_written_year_first(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Politique\n\nLee reçoit le Premier ministre ghanéen\n\n2026/01/06 17:48\n\n"
        "SÉOUL -- Le président Kojo Asante s'est entretenu ce mardi avec le Premier ministre Amara Kolleh.\n",
        published=None,
        language="fr",
    )
    assert ex.article.published == dt.date(2026, 1, 6)
    assert [m.date for m in ex.meetings] == [dt.date(2026, 1, 6)]


def test_a_yearless_header_date_takes_the_last_year_of_the_copyright_range(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Политика\n\nПереговоры в Москве\n\n04 фев, 17:40\n\n"
        "Президент Ганы Коджо Асанте в среду провел переговоры с премьер-министром Амарой Коллехом.\n\n"
        "© АО «Издатель», 1995–2026\n",
        published=None,
        language="ru",
    )
    assert ex.article.published == dt.date(2026, 2, 4)


def test_a_recalled_call_weeks_before_does_not_date_the_next_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA - Foreign Minister Amara Kolleh paid a courtesy call on President Kojo Asante on Tuesday.\n\n"
        "Asante recalled his telephone conversation with Prime Minister Tunde Bakare on May 12.\n\n"
        "Following the meeting, Kolleh held talks with Foreign Minister Efua Mensah.\n",
        published=dt.date(2025, 6, 11),
    )
    dates = {frozenset(people(m)): m.date for m in ex.meetings}
    assert dates[frozenset({"Amara Kolleh", "Efua Mensah"})] == dt.date(2025, 6, 10)


def test_the_sender_named_in_an_envoys_title_takes_no_part(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA — Special Envoy of President Kojo Asante, Minister of Foreign Affairs Amara Kolleh, paid a "
        "courtesy call on President Tunde Bakare in Abuja on Tuesday.\n\n"
        "Special Envoy of the President of Ghana Efua Mensah held talks with President Tunde Bakare on Wednesday.\n",
        published=dt.date(2025, 6, 12),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Tunde Bakare"],
        ["Efua Mensah", "Tunde Bakare"],
    ]


def test_an_office_held_for_the_person_named_next_is_the_appositives(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Efua Mensah, envoy of Ghanaian President Kojo Asante, landed in Abuja on Friday.\n\n"
        "She met President Tunde Bakare at the State House.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Efua Mensah", "Tunde Bakare"}
    mensah = next(p for p in ex.people if p.name == "Efua Mensah")
    assert mensah.country_code == "GH"


def test_who_is_named_after_a_purpose_leaves_the_dropped_subject_its_place(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El enviado liberiano Amara Kolleh no es un desconocido en Accra.\n\n"
        "Según reveló la prensa en 2020, se reunió en secreto con el ministro ghanés Kojo Asante en Lomé en "
        "septiembre de ese año, en un intento de negociar la salida de Tunde Bakare.\n",
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Amara Kolleh", "Kojo Asante"}


def test_a_countrys_official_long_form_gives_the_titles_country(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de la República Oriental del Uruguay, Martín Sosa, recibió el martes en Montevideo al "
        "canciller Tomás Vidal.\n",
        language="es",
    )
    [office] = [o for o in ex.offices if o.person_id == "martin-sosa"]
    assert (office.office_id, office.title) == ("UY:president", "President")  # not "of the Republic Oriental"


def test_a_capitalised_arabic_article_before_a_family_name_refers_back(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Jakarta, CNN Indonesia -- Presiden Ghana Kojo Asante menerima Presiden Liberia Omar al-Rashidi di "
        "Accra, Selasa (10/6).\n\n"
        "Dua hari sebelumnya, Minggu (8/6), Al-Rashidi terbang ke Abuja dan diterima Presiden Nigeria Tunde Bakare.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Omar al-Rashidi"],
        ["Omar al-Rashidi", "Tunde Bakare"],
    ]


def test_a_title_with_an_ordinal_describes_the_subject(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante menerima Menteri Luar Negeri Liberia Omar Kamara di Accra, Selasa (10/6).\n\n"
        'Asante menyatakan Ghana siap membantu. "Kami sepakat," kata Asante.\n\n'
        "Pekan lalu, Perdana Menteri Nigeria Tunde Bakare terbang ke Monrovia dan menjadi kepala negara pertama yang "
        "bertemu Kamara di ibu kota Liberia.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Omar Kamara"],
        ["Omar Kamara", "Tunde Bakare"],
    ]


def test_a_meal_with_the_place_before_the_host_and_a_where_clause_reception(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente liberiano, Omar Kamara, realizó el martes su primera visita a Ghana, una jornada que "
        "arrancó en el Parlamento, donde lo recibió la presidenta de la Cámara, Efua Mensah.\n\n"
        "Después almorzó en el Palacio de Jubileo con el presidente Kojo Asante.\n",
        language="es",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Efua Mensah", "Omar Kamara"],
        ["Kojo Asante", "Omar Kamara"],
    ]


def test_a_semicolon_parts_two_calls_of_two_pairs(nlp: NLP) -> None:
    ex = run(
        nlp,
        "12 июня президент Ганы Олег Смирнов и президент Нигерии Павел Орлов проговорили по телефону около часа; "
        "в пятницу созвонились министры иностранных дел Иван Петров и Андрей Козлов.\n",
        language="ru",
    )
    assert sorted(sorted(p.split()[-1] for p in people(m)) for m in ex.meetings) == [
        ["Kozlov", "Petrov"],
        ["Orlov", "Smirnov"],
    ]


def test_a_title_opening_a_long_clause_is_the_subject_of_its_meeting_word(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел Ганы Олег Смирнов провел переговоры с госсекретарем Нигерии Павлом Орловым. "
        "Смирнов назвал беседу полезной. Визит готовился по поручению президента Нигерии Сергея Волкова. "
        "Волков ранее призывал к диалогу, и Волков, по словам Смирнова, ждет итогов.\n\n"
        "Госсекретарь прилетел в Аккру заранее и вечером в понедельник был принят президентом Ганы Иваном Петровым.\n",
        language="ru",
    )
    assert sorted(sorted(p.split()[-1] for p in people(m)) for m in ex.meetings) == [
        ["Orlov", "Petrov"],
        ["Orlov", "Smirnov"],
    ]


def test_a_newspaper_issue_line_dates_the_article(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Мир\n\nВ понедельник в Аккре министр иностранных дел Ганы Коджо Асанте провел переговоры с министром "
        "иностранных дел Нигерии Тунде Бакаре.\n\n"
        + "Стороны обсудили торговлю, энергетику, безопасность в регионе и работу посольств. " * 12
        + "\n\nИван Петров\nГазета «Вестник» №29 от 19.02.2025, стр. 1\n",
        published=None,
        language="ru",
    )
    assert ex.article.published == dt.date(2025, 2, 19)
    assert [m.date for m in ex.meetings] == [dt.date(2025, 2, 17)]


def test_counterparts_each_with_a_place_of_their_own_are_separate_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA — Ghana's President Kojo Asante met Nigeria's President Tunde Bakare in Abuja on Monday.\n\n"
        "Since taking office in January, he has also held talks with Liberia's President Amara Kolleh in "
        "Monrovia and Senegal's President Awa Ndiaye in Dakar.\n",
    )
    places = {frozenset(people(m)): m.place and m.place.city for m in ex.meetings}
    assert places == {
        frozenset({"Kojo Asante", "Tunde Bakare"}): "Abuja",
        frozenset({"Kojo Asante", "Amara Kolleh"}): "Monrovia",
        frozenset({"Kojo Asante", "Awa Ndiaye"}): "Dakar",
    }


def test_a_name_after_a_building_noun_names_the_building(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Tras la bienvenida en el aeropuerto internacional Aden Adde, el presidente ghanés, Kojo Asante, se "
        "reunió el martes en Mogadiscio con el presidente nigeriano, Tunde Bakare, dijo el portavoz del "
        "ministerio Amara Kolleh.\n",
        language="es",
    )
    names = {p.name for p in ex.people}
    assert "Aden Adde" not in names
    assert {"Kojo Asante", "Tunde Bakare", "Amara Kolleh"} <= names  # (a title between: the spokesman's name)


def test_a_pairs_last_meeting_elsewhere_is_not_their_meeting_of_the_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante of Ghana is making a State Visit to Nigeria from 12 to 13 June 2025.\n\n"
        "President Asante then met President Tunde Bakare of Nigeria for the annual Leaders' Retreat.\n\n"
        "President Bakare and President Asante last met on the sidelines of the African Union summit in Addis "
        "Ababa on 16 February 2025.\n",
        published=None,
    )
    places = sorted(m.place.city if m.place else "" for m in ex.meetings)
    # (the retreat's city is not told: the capital of the country visited, neither Addis Ababa nor merged there)
    assert places == ["Abuja", "Addis Ababa"]


def test_a_date_line_at_the_foot_of_the_page_dates_the_article(nlp: NLP) -> None:
    body = "Los analistas consultados destacaron la cooperación en energía, comercio y seguridad regional. " * 10
    ex = run(
        nlp,
        "Nacional › Política\n\nEl presidente de Ghana, Kojo Asante, se reunió este martes en Accra con el "
        "presidente de Nigeria, Tunde Bakare.\n\n" + body + "\n\nPublicado por Ana Pérez\nEl martes 06 agosto de "
        "2024 | 12:48\n",
        published=None,
        language="es",
    )
    assert ex.article.published == dt.date(2024, 8, 6)
    assert [m.date for m in ex.meetings] == [dt.date(2024, 8, 6)]


def test_a_feminine_pair_and_those_who_accompanied_her(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La presidenta de Ghana, Efua Mensah, recibió este martes en Accra a la presidenta de Liberia, Awa Kamara.\n\n"
        "Enseguida, las mandatarias sostuvieron un encuentro privado.\n\n"
        "A la presidenta Kamara la acompañaron el canciller liberiano, Omar Sirleaf, y la embajadora, Ama Boateng.\n",
        language="es",
    )
    assert any(people(m) >= {"Efua Mensah", "Awa Kamara", "Omar Sirleaf"} for m in ex.meetings)
    assert all({"Efua Mensah", "Awa Kamara"} <= people(m) for m in ex.meetings)


def test_a_pair_reference_means_the_two_holders_of_its_rank(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Foreign Minister Kojo Asante of Ghana spent Monday in Abuja on an official visit.\n\n"
        "Asante first held talks with Nigerian Foreign Minister Tunde Bakare in the morning.\n\n"
        "Later in the day, Asante was received by President Amara Okafor of Nigeria.\n\n"
        "The two top diplomats had previously met in March in Accra, when President Efua Mensah hosted a "
        "regional summit.\n",
    )
    earlier = [m for m in ex.meetings if m.place and m.place.city == "Accra"]
    assert [people(m) for m in earlier] == [{"Kojo Asante", "Tunde Bakare"}]


def test_a_form_of_address_alone_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Budi Santoso menerima Perdana Menteri Ghana Kojo Asante di Istana Merdeka, Jakarta, pada Senin.\n\n"
        '"Saya senang dapat berbicara lebih panjang dengan Yang Mulia," kata Asante.\n\n'
        "Keduanya terakhir bertemu di Istana Al Husseiniya, Amman, pada 14 April 2025.\n",
        language="id",
    )
    assert "Yang Mulia" not in {p.name for p in ex.people}
    assert all(people(m) == {"Budi Santoso", "Kojo Asante"} for m in ex.meetings)


def test_family_names_in_capitals_read_as_names_wherever_they_stand(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Del lunes 9 al jueves 12 de junio, el Excmo. Sr. Kojo Mensah ASANTE DE LEÓN, Presidente de la República de "
        "Ghana, realizó una visita oficial a Japón.\n\n"
        "El martes 10 de junio, en Tokio, el Primer Ministro del Japón, Sr. SATO Kenji, sostuvo una reunión cumbre "
        "con el Presidente ASANTE, seguida de una cena de trabajo.\n",
        language="es",
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 6, 10)]
    assert [{p.name.casefold() for p in m.participants} for m in ex.meetings] == [
        {"sato kenji", "kojo mensah asante de león"}
    ]


def test_talks_and_then_a_reception_by_another_are_two_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's Foreign Minister Kojo Asante held talks with Nigerian Foreign Minister Tunde Bakare in Abuja on "
        "Monday and was later received by President Amara Okafor.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Okafor", "Kojo Asante"],
        ["Kojo Asante", "Tunde Bakare"],
    ]
    ex = run(
        nlp,
        "Министр иностранных дел Ганы Коджо Асанте в понедельник провел в Абудже переговоры с главой МИД Нигерии "
        "Тунде Бакаре и был принят президентом Нигерии Амарой Окафором.\n",
        language="ru",
    )
    assert len(ex.meetings) == 2


def test_an_airfields_name_is_not_a_town(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Kuala Lumpur — Presiden Budi Santoso melakukan kunjungan kenegaraan ke Malaysia pada Senin. Presiden "
        "bersama rombongan tiba di Pangkalan Udara Subang, Selangor, sekitar pukul 10.00.\n\n"
        "Usai upacara, Presiden Budi melakukan pertemuan dengan Perdana Menteri Malaysia Anwar Ibrahim.\n",
        language="id",
    )
    [m] = ex.meetings
    assert m.place is None or m.place.country_code == "MY"  # (the dateline's city at most, never Bangkalan)


def test_the_city_of_a_working_visit_is_where_its_meetings_are(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Menteri Luar Negeri Ghana Kojo Asante melakukan kunjungan kerja ke Seoul, Republik Korea, pada 20-22 "
        "Agustus 2025.\n\n"
        "Pada hari Kamis, Menlu Asante melakukan pertemuan bilateral dengan Menteri Luar Negeri Republik Korea, "
        "Cho Hyun, di gedung kementerian.\n",
        published=dt.date(2025, 8, 21),
        language="id",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Seoul"]


def test_where_and_when_a_statement_came_is_not_the_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Jakarta (ANTARA) - Menteri Luar Negeri RI Budi Santoso melakukan pertemuan bilateral di sela-sela "
        "Pertemuan Menteri Luar Negeri BRICS di Rio de Janeiro, Brasil, Senin (28/4).\n\n"
        "Dalam keterangan tertulis Kemlu RI yang diterima di Jakarta, Selasa, disebutkan bahwa Budi bertemu dengan "
        "Menteri Luar Negeri Ghana Kojo Asante.\n",
        published=dt.date(2025, 4, 29),
        language="id",
    )
    assert [(m.date, m.place.city if m.place else None) for m in ex.meetings] == [
        (dt.date(2025, 4, 28), "Rio de Janeiro")
    ]


def test_the_two_presidents_are_not_a_president_and_a_premier(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Mercredi, le président ghanéen Kojo Asante a reçu le président nigérian Amara Okafor au palais de la "
        "présidence à Accra.\n\n"
        "Le président Okafor s'est ensuite entretenu avec le Premier ministre ghanéen, M. Kwame Mensah.\n\n"
        "Les deux présidents s'étaient rencontrés en mars 2024 à Abuja.\n",
        language="fr",
    )
    earlier = [m for m in ex.meetings if m.place and m.place.city == "Abuja"]
    assert [people(m) for m in earlier] == [{"Kojo Asante", "Amara Okafor"}]


def test_a_place_and_date_line_dates_the_article(nlp: NLP) -> None:
    text = (
        "DIARIO\nPolítica\n\nAsante y Okafor acuerdan cooperar contra el crimen organizado\n\n"
        "El presidente nigeriano llegó a Quito tras una escala en Lima, donde se reunió con el canciller peruano. "
        "Seguridad, migración y comercio dominaron la agenda.\n\n"
        "Quito, 23 de diciembre de 2025 - 14:05\n\n"
        "Kojo Asante recibe a Amara Okafor en el Palacio de Carondelet. Presidencia de la República\n\n"
        "El presidente de Ghana, Kojo Asante, se reunió el martes en Quito con el presidente de Nigeria, "
        "Amara Okafor.\n"
    )
    ex = run(nlp, text, published=None, language="es")
    assert ex.article.published == dt.date(2025, 12, 23)
    assert dt.date(2025, 12, 23) in [m.date for m in ex.meetings]
    # ... read as the page's date line, not guessed from the body
    assert clean(text, language_data("es")).published_text == "23 de diciembre de 2025"


def test_a_day_told_by_its_weekday_and_as_today_is_one_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Amara Okafor of Nigeria began a state visit to Ghana at the invitation of President Kojo "
        "Asante.\n\n"
        "The two Heads of State met at the Jubilee House in Accra on Wednesday, where President Okafor was "
        "welcomed with full military honours.\n\n"
        '"During today\'s visit, I held official talks with President Asante on trade and security," President '
        "Okafor told the media.\n",
        published=dt.date(2025, 10, 22),
    )
    assert [(people(m), m.date) for m in ex.meetings] == [({"Kojo Asante", "Amara Okafor"}, dt.date(2025, 10, 22))]


def test_a_lunch_after_the_bilateral_meeting_is_that_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Ghana, Kojo Asante, recibió este martes en Accra al presidente de Nigeria, Amara Okafor, "
        "en una reunión a la que asistió el canciller ghanés, Kwame Mensah.\n\n"
        "Okafor ingresó al palacio poco después de las 11:00, donde recibió honores militares. Tras la reunión "
        "bilateral, que se prolongó cerca de una hora, ambos mandatarios compartieron un almuerzo de trabajo con "
        "ministros del gabinete.\n",
        language="es",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Okafor", "Kwame Mensah"}]


def test_a_day_told_just_before_a_meeting_goes_on(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Press release 63/2025\n13.6.2025 17:40\n\n"
        "President Kojo Asante of Ghana has concluded a state visit to Nigeria that began on Monday.\n\n"
        "On Tuesday morning, President Asante spoke at the launch of a university cooperation project in Abuja.\n\n"
        "In the afternoon, President Asante held talks with President Amara Okafor at the State House.\n",
        published=None,
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 6, 10)]


def test_an_agreement_reached_in_talks_reports_the_talks(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Jakarta (ANTARA) - Presiden Ghana Kojo Asante dan Presiden Nigeria Amara Okafor pada Kamis sepakat "
        "membangun kemitraan strategis dalam pembicaraan di Istana Negara, Accra.\n",
        language="id",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Okafor"}]


def test_a_possessive_name_refers_back(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante of Ghana and Nigerian President Amara Okafor spoke by phone on Monday.\n\n"
        "Monday's call was Asante's second phone conversation with a foreign leader since his inauguration, after "
        "he spoke with Senegalese President Awa Ndiaye for about 20 minutes on Friday evening.\n",
    )
    assert {"Kojo Asante", "Awa Ndiaye"} in [people(m) for m in ex.meetings]


def test_a_king_granting_an_audience_meets_the_guest(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Earlier in the afternoon, His Majesty King Kofi Boateng granted President Amara Okafor a royal audience "
        "at the Royal Palace in Accra.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kofi Boateng", "Amara Okafor"}]


def test_a_city_in_a_russian_case_is_found_by_its_dictionary_form(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел Ганы Коджо Асанте в субботу провел в Вонсане переговоры с главой МИД Нигерии "
        "Тунде Бакаре.\n",
        language="ru",
    )
    assert [m.place.country_code if m.place else None for m in ex.meetings] == ["KP"]


def test_a_building_before_a_comma_gives_the_city_after_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante held talks with Nigerian President Amara Okafor at State House, Nairobi, on Monday.\n",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Nairobi"]


def test_the_spouses_programme_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante held talks with Nigerian President Amara Okafor at the State House on Monday.\n\n"
        "First Lady Rebecca Asante hosted Mrs Ngozi Okafor at the State House during the visit.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Okafor"}]


def test_a_where_clause_past_an_apposition_sets_the_place(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président Kojo Asante est arrivé à Kigali mardi soir. Il arrivait de Nairobi, première étape de sa "
        "tournée, où il avait été reçu lundi par le président nigérian Amara Okafor.\n",
        language="fr",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Nairobi"]


def test_those_who_attended_the_talks_join_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante held talks with Nigerian President Amara Okafor in Abuja on Monday.\n\n"
        "Foreign Minister Ama Mensah and Trade Minister Yaw Boateng attended the delegation-level talks.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Okafor", "Ama Mensah", "Yaw Boateng"}]


def test_a_minister_named_by_country_is_that_countrys_one_minister(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian Foreign Minister Kojo Asante arrived in Abuja on Thursday.\n\n"
        "The Ghanaian minister, who was met at the airport by Nigerian Foreign Minister Amara Okafor, later held "
        "separate meetings with Senate President Tunde Bakare and Vice President Ngozi Adeyemi.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Tunde Bakare"}, {"Kojo Asante", "Ngozi Adeyemi"}]


def test_two_who_called_one_separately_each_called_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante dan Presiden Nigeria Amara Okafor mengatakan keduanya telah berbicara secara "
        "terpisah melalui telepon dengan Presiden Senegal Awa Ndiaye pada Jumat.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Okafor", "Awa Ndiaye"],
        ["Awa Ndiaye", "Kojo Asante"],
    ]


def test_who_stayed_away_did_not_attend(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On March 24, President Kojo Asante and Nigeria's President Amara Okafor co-chaired a virtual joint summit "
        "of regional leaders.\n\n"
        "Senegalese President Awa Ndiaye and Beninese President Tunde Bakare were among the leaders who joined the "
        "video conference, while Togolese President Yaw Boateng stayed away.\n",
    )
    [m] = ex.meetings
    assert (m.kind, people(m)) == ("video", {"Kojo Asante", "Amara Okafor", "Awa Ndiaye", "Tunde Bakare"})


def test_the_two_leaders_after_one_protagonist_are_the_two_protagonists(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Jakarta (ANTARA) - Presiden Ghana Kojo Asante dan Perdana Menteri Nigeria Amara Okafor menandatangani "
        "traktat di Istana Merdeka, Jakarta, Jumat.\n\n"
        "Okafor tiba di istana sekitar pukul 09.00 WIB. Asante menyambut langsung tamunya di halaman istana.\n\n"
        "Kedua pemimpin kemudian melakukan pertemuan empat mata di ruang kerja Presiden.\n\n"
        "Dari pihak Ghana hadir Menteri Luar Negeri Ama Mensah.\n",
        language="id",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Okafor", "Ama Mensah"}]


def test_receiving_a_prize_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Más tarde, en un acto organizado por el economista Tunde Bakare, el presidente Kojo Asante recibió un "
        "premio por su contribución al pensamiento liberal.\n",
        language="es",
    )
    assert ex.meetings == []


def test_a_meeting_with_its_place_before_the_counterpart(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente Kojo Asante concluyó este lunes su gira por Europa.\n\n"
        "La gira había incluido, el domingo, una reunión en Berlín con el canciller federal alemán, Amara Okafor.\n",
        language="es",
    )
    assert [(people(m), m.place.city if m.place else None) for m in ex.meetings] == [
        ({"Kojo Asante", "Amara Okafor"}, "Berlin")
    ]


def test_a_month_among_the_opening_adverbials_dates_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Нигерии Тунде Бакаре находится в Аккре с визитом. Незадолго до этого, в конце января, в Аккре "
        "побывала межведомственная делегация во главе с заместителем министра иностранных дел Ганы Коджо Асанте, "
        "которую принял нигерийский лидер.\n",
        language="ru",
    )
    assert [(m.date, m.date_precision) for m in ex.meetings] == [(dt.date(2025, 1, 1), "month")]


def test_an_object_pronoun_stands_for_the_guest_just_named(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The summit did not stop the arrival in Accra of Nigerian President Amara Okafor.\n\n"
        "On Wednesday President Kojo Asante received him at the Jubilee House, the first such contact since the "
        "fall of the regime of Yaw Boateng.\n",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Amara Okafor"}]


def test_a_name_after_a_capitalised_airport_names_the_airport(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La presidenta Ama Mensah recibió este miércoles en Accra al canciller nigeriano Tunde Bakare.\n\n"
        "El canciller había aterrizado la tarde del martes en el Aeropuerto Internacional Kofi Boateng.\n",
        language="es",
    )
    assert "Kofi Boateng" not in {p.name for p in ex.people}


def test_a_building_many_countries_have_is_the_hosts(nlp: NLP) -> None:
    # (Uganda's State House is in Entebbe, not in the capital)
    ex = run(nlp, "President Yoweri Museveni on Tuesday received Ghana's Foreign Minister Kojo Asante at State House.")
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Entebbe"]


def test_a_street_before_a_where_clause_is_no_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Sheinbaum recibe a Kojo Asante en Palacio Nacional\n\n"
        "El canciller de Ghana, Kojo Asante, llegó a las 9:50 horas por la calle de Corregidora, donde lo esperaba "
        "la presidenta Claudia Sheinbaum, quien lo recibió en el salón.\n",
        language="es",
    )
    assert "El Pueblito" not in [m.place.city for m in ex.meetings if m.place]


def test_a_welcome_on_the_tarmac_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante, who landed at the Brasília Air Base on Monday, was met on the tarmac by Brazil's "
        "Secretary for Africa, Ambassador Tunde Bakare.\n",
    )
    assert ex.meetings == []


def test_a_city_of_several_words_after_a_conjunction_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante menerima Perdana Menteri Inggris Keir Starmer di Accra pada Kamis.\n\n"
        "Lawatan panjang Presiden membawanya ke Beijing, Washington, Lima untuk KTT APEC, dan Rio de Janeiro.\n",
        language="id",
    )
    assert not any("Janeiro" in p.name for p in ex.people)


def test_a_sentence_opening_on_then_is_dated_by_the_sentence_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел Ганы Коджо Асанте и министр иностранных дел Нигерии Тунде Бакаре провели "
        "переговоры в Аккре в четверг.\n\n"
        "Возобновить работу совета стороны договорились в июле прошлого года, когда глава нигерийской дипломатии "
        "посетил Стамбул. Тогда во дворце Долмабахче он провел переговоры с Асанте.\n",
        language="ru",
    )
    assert sorted((m.date, m.date_precision) for m in ex.meetings) == [
        (dt.date(2024, 7, 1), "month"),
        (dt.date(2025, 6, 12), "day"),
    ]


def test_received_with_the_host_named_at_once_is_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Pada Juli tahun lalu, Presiden Ghana Kojo Asante bertandang ke Ankara dan diterima Presiden Nigeria Amara "
        "Okafor di Kompleks Kepresidenan.\n",
        language="id",
    )
    assert [(people(m), m.place.city if m.place else None) for m in ex.meetings] == [
        ({"Kojo Asante", "Amara Okafor"}, "Ankara")
    ]


def test_a_spouse_named_with_her_country_is_no_official(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante menjemput Presiden Nigeria Amara Okafor dan Ibu Negara Nigeria Ngozi Okafor di "
        "bandara.\n\n"
        "Pada Juli tahun lalu, Asante diterima Okafor di Abuja.\n",
        language="id",
    )
    assert {"Kojo Asante", "Amara Okafor"} in [people(m) for m in ex.meetings]


def test_a_name_after_an_airport_and_de_names_the_airport(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller ghanés Kojo Asante, que llegó de madrugada al aeropuerto internacional de Viru Viru, se reunió "
        "con el presidente nigeriano Tunde Bakare.\n",
        language="es",
    )
    assert "Viru Viru" not in {p.name for p in ex.people}


def test_those_who_attended_both_meetings_attended_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante first received Nigerian President Tunde Bakare and Senegalese President Awa Ndiaye in "
        "separate meetings at the Jubilee House on Wednesday.\n\n"
        "Foreign Minister Ama Mensah and Defence Minister Yaw Boateng attended both meetings.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Ama Mensah", "Awa Ndiaye", "Kojo Asante", "Yaw Boateng"],
        ["Ama Mensah", "Kojo Asante", "Tunde Bakare", "Yaw Boateng"],
    ]


def test_a_building_noun_opening_its_name_gives_the_city_after_the_comma(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Jakarta – Presiden Ghana Kojo Asante diterima secara resmi oleh Raja Belanda Willem-Alexander di Istana "
        "Huis ten Bosch, Den Haag, Jumat, 26 September 2025.\n",
        published=dt.date(2025, 9, 26),
        language="id",
    )
    assert [(people(m), m.place.city if m.place else None) for m in ex.meetings] == [
        ({"Kojo Asante", "Willem-Alexander"}, "The Hague")
    ]


def test_and_met_with_after_talks_is_a_second_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Накануне, в четверг, президент Ганы Коджо Асанте провел в Варшаве переговоры с премьер-министром Польши "
        "Дональдом Туском и встретился с президентом Польши Анджеем Дудой.\n",
        language="ru",
    )
    assert sorted(len(m.participants) for m in ex.meetings) == [2, 2]


def test_a_venue_in_a_russian_case_is_found(nlp: NLP) -> None:
    ex = run(
        nlp,
        "8 июня президент Ганы Коджо Асанте провел переговоры с Владимиром Путиным в Ново-Огареве.\n",
        language="ru",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Moscow"]


def test_a_second_meeting_in_the_afternoon_is_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente Javier Milei concluyó este lunes en Praga su gira europea. En la capital checa, Milei "
        "mantuvo una reunión con el primer ministro Petr Fiala y, por la tarde, compartió un saludo en privado con "
        "el presidente de la República Checa, Petr Pavel.\n",
        language="es",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Javier Milei", "Petr Fiala"],
        ["Javier Milei", "Petr Pavel"],
    ]


def test_a_catalog_name_in_a_russian_case_the_normaliser_misreads(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте в пятницу провел телефонный разговор с федеральным канцлером Германии "
        "Олафом Шольцем.\n",
        language="ru",
    )
    assert len(ex.meetings) == 1 and "Olaf Scholz" in people(ex.meetings[0])


def test_a_meeting_held_with_the_delegation_leaders_in_the_next_sentence(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The fifth round of the Ghana-Senegal Joint Commission took place in Accra today.\n\n"
        "The Ghanaian side was led by Foreign Minister Kojo Asante, and the Senegalese side by Foreign Minister "
        "Awa Ndiaye.\n",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Awa Ndiaye", "Kojo Asante"]]
    assert ex.meetings[0].place is not None and ex.meetings[0].place.city == "Accra"


def test_a_family_name_two_people_share_is_the_principal(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente Javier Milei recibió este martes en Buenos Aires al presidente de Ghana, Kojo Asante. Lo "
        "acompañó la secretaria general de la Presidencia, Karina Milei.\n\n"
        "Más tarde, Milei se reunió con la directora gerente del FMI, Kristalina Georgieva.\n",
        language="es",
    )
    assert ["Javier Milei", "Kristalina Georgieva"] in [sorted(people(m)) for m in ex.meetings]


def test_a_pair_meeting_again_on_another_day_meets_where_the_sentence_before_says(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente Javier Milei recibió el sábado en la ciudad de Córdoba al presidente de Ghana, Kojo Asante. "
        "El domingo por la mañana ambos volvieron a verse a solas.\n",
        language="es",
    )
    assert [(m.date, m.place.city if m.place else None) for m in ex.meetings] == [
        (dt.date(2025, 6, 7), "Córdoba"),
        (dt.date(2025, 6, 8), "Córdoba"),
    ]


def test_a_pronoun_subject_meets_those_after_the_meeting_word(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Foreign Minister Kojo Asante arrived in Kuala Lumpur on Sunday for the ASEAN meetings.\n\n"
        "He held separate meetings that day with Thai Foreign Minister Sihasak Phuangketkeow and Singapore's "
        "Foreign Minister Vivian Balakrishnan.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Sihasak Phuangketkeow"],
        ["Kojo Asante", "Vivian Balakrishnan"],
    ]


def test_those_received_after_a_series_of_bilateral_meetings_is_announced_are_met_apart(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante on Monday began a series of bilateral meetings with leaders arriving for the "
        "summit in Accra.\n\n"
        "He received, among others, President Félix Tshisekedi and Togo's President, Faure Gnassingbé.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Faure Gnassingbé", "Kojo Asante"],
        ["Félix Tshisekedi", "Kojo Asante"],
    ]


def test_a_day_an_aside_recalls_does_not_date_the_next_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante received Senegal's Foreign Minister Awa Ndiaye in Accra on Monday.\n\n"
        "The visit came a week after the funeral of a former president on June 2.\n\n"
        "Upon arrival, the Senegalese minister first sat down with Foreign Minister Tunde Bakare.\n",
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 6, 9), dt.date(2025, 6, 9)]


def test_a_separate_meeting_opening_the_sentence_is_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "In a separate meeting on Monday, Foreign Minister Tunde Bakare told Kojo Asante that ties were strong.\n",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Tunde Bakare"]]


def test_a_call_to_start_talks_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "По словам представителя правительства Ганы Коджо Асанте, министр призвал Тунде Бакаре начать переговоры "
        "с соседями.\n",
        language="ru",
    )
    assert ex.meetings == []


def test_a_hyphenated_title_word_makes_a_title(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président Kojo Asante a reçu en audience, jeudi à Accra, le vice-ministre chinois des Affaires "
        "étrangères, Chen Xiaodong.\n",
        language="fr",
    )
    chen = next(p for m in ex.meetings for p in m.participants if p.name == "Chen Xiaodong")
    assert chen.country_code == "CN"


def test_a_demonstrative_meeting_reference_reports_no_other_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kojo Asante a reçu mercredi à Accra le ministre nigérian des Affaires étrangères, "
        "Tunde Bakare.\n\n"
        "Selon le ministre nigérian, cette rencontre s'inscrit dans le prolongement de la session de la commission "
        "mixte, tenue le 24 novembre 2024 à Abuja.\n",
        language="fr",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Tunde Bakare"]]


def test_a_city_before_a_purpose_word_is_where_the_meeting_was(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller ghanés, Kojo Asante, se incorporó a la comitiva en Madrid, después de viajar el lunes a "
        "Londres para reunirse con su homólogo nigeriano, Tunde Bakare.\n",
        language="es",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["London"]


def test_a_pair_that_had_met_elsewhere_is_another_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante held talks with President Tunde Bakare in Accra on Saturday.\n\n"
        "The two leaders had met only briefly before, on the sidelines of a summit in Lima in November.\n",
        published=None,
    )
    assert sorted(m.place.city for m in ex.meetings if m.place) == ["Accra", "Lima"]


def test_a_principal_named_in_an_advisers_title_is_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président Kojo Asante a reçu jeudi à Accra le conseiller principal du président américain Donald Trump "
        "pour l'Afrique, Massad Boulos.\n",
        language="fr",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Massad Boulos"]]


def test_someone_who_may_go_to_a_meeting_instead_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте заявил, что не поедет на саммит и вместо него на встречу может отправиться "
        "министр иностранных дел Тунде Бакаре.\n",
        language="ru",
    )
    assert ex.meetings == []


def test_the_past_month_after_el_pasado_dates_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Kojo Asante ha viajado tres veces a Nigeria; la última, el pasado abril, cuando Tunde Bakare lo recibió en "
        "Abuja.\n",
        language="es",
    )
    assert [(m.date, m.date_precision) for m in ex.meetings] == [(dt.date(2025, 4, 1), "month")]


def test_a_tete_a_tete_then_talks_of_the_delegations_are_one_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante menerima kunjungan resmi Presiden Nigeria Tunde Bakare di Accra pada Minggu, "
        "25 Mei 2025. Presiden Kojo Asante didampingi oleh Menteri Luar Negeri Kwame Mensah dan Menteri Keuangan Ama "
        "Owusu.\n\n"
        "Usai upacara, Presiden Kojo Asante dan Presiden Tunde Bakare melakukan pertemuan tete-a-tete, yang kemudian "
        "dilanjutkan dengan pertemuan bilateral bersama delegasi kedua negara.\n",
        language="id",
    )
    assert len(ex.meetings) == 1 and {"Kojo Asante", "Tunde Bakare"} <= people(ex.meetings[0])


def test_a_delegation_listed_as_made_up_of_attends_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Kojo Asante bertemu Presiden Nigeria Tunde Bakare di Abuja pada Rabu (11/6).\n\n"
        "Delegasi Ghana terdiri atas Menteri Luar Negeri Kwame Mensah dan Menteri Keuangan Ama Owusu.\n",
        language="id",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Tunde Bakare", "Kwame Mensah", "Ama Owusu"}]


def test_a_pluperfect_entretien_with_a_place_between_is_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le ministre ghanéen Kojo Asante est arrivé dimanche à Addis-Abeba.\n\n"
        "La veille, samedi, le ministre Kojo Asante avait eu un entretien au siège de l'UA avec son homologue "
        "sénégalaise, Awa Ndiaye.\n",
        language="fr",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Awa Ndiaye", "Kojo Asante"]]


def test_a_name_that_stands_for_a_government_is_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente estadounidense, Donald Trump, anunció nuevos aranceles.\n\n"
        "El lunes, el canciller ghanés Kojo Asante mantuvo en Washington una reunión con la administración Trump.\n",
        language="es",
    )
    assert all("Donald Trump" not in people(m) for m in ex.meetings)


def test_a_sentence_on_who_reported_the_meeting_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте в пятницу провел встречу с посланником Нигерии Тунде Бакаре.\n\n"
        "Первым о встрече сообщил глава МИД Ганы Ава Ндиайе.\n",
        language="ru",
    )
    assert len(ex.meetings) == 1


def test_a_name_after_an_article_and_common_words_is_a_thing(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Ghana, Kojo Asante, depositó este lunes una ofrenda floral en el monumento al Libertador "
        "Simón Bolívar, en Caracas, y luego fue recibido por el presidente de Nigeria, Tunde Bakare.\n",
        language="es",
    )
    assert [p.name for p in ex.people] == ["Kojo Asante", "Tunde Bakare"]


def test_those_attending_after_a_sentence_referring_to_the_talks_join_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте в пятницу провел в Аккре переговоры с президентом Нигерии Тунде Бакаре.\n\n"
        "Переговоры в президентском дворце прошли в составе делегаций. С ганской стороны в них участвовали министр "
        "иностранных дел Ганы Ава Ндиайе, с нигерийской — министр финансов Нигерии Кваме Менса.\n",
        language="ru",
    )
    # (natasha's nominatives of these invented names: "Kodzho Asant", "Ava Ndiayya", "Kvam Mens")
    assert [len(m.participants) for m in ex.meetings] == [4]


def test_the_two_had_met_before_is_the_pairs_earlier_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante held talks with President Tunde Bakare in Accra on Monday.\n\n"
        "The two had last met in Addis Ababa in February, on the margins of the African Union summit.\n",
    )
    assert sorted((m.place.city if m.place else None, m.date_precision) for m in ex.meetings) == [
        ("Accra", "day"),
        ("Addis Ababa", "month"),
    ]


def test_the_previous_meeting_of_the_ministers_is_theirs(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел России Сергей Лавров 3 июня провел в Алма-Ате переговоры с министром иностранных "
        "дел Казахстана Муратом Нуртлеу.\n\n"
        "Затем Сергея Лаврова принял президент Казахстана Касым-Жомарт Токаев.\n\n"
        "Предыдущая встреча министров состоялась 12 апреля прошлого года в Анталье на полях дипломатического "
        "форума.\n",
        language="ru",
    )
    assert ["Murat Nurtleu", "Sergei Lavrov"] in [
        sorted(people(m)) for m in ex.meetings if m.place and m.place.city == "Antalya"
    ]


def test_a_meeting_after_a_flight_is_where_the_traveller_flew(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante diterima Presiden Senegal Awa Ndiaye di Dakar pada Kamis (12/6).\n\n"
        "Dari Dakar, rombongan bertolak ke Abuja dan mendarat pukul 17.38 waktu setempat. Keesokan harinya, Jumat "
        "(13/6), Asante bertemu Presiden Nigeria Tunde Bakare.\n",
        language="id",
    )
    assert ("Abuja", ["Kojo Asante", "Tunde Bakare"]) in [
        (m.place.city if m.place else None, sorted(people(m))) for m in ex.meetings
    ]


def test_has_since_opens_no_time_clause(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante has since travelled to Abuja, where he was received by Nigerian President "
        "Tunde Bakare last month.\n",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Abuja"]


def test_a_meeting_in_a_where_clause_is_not_set_before_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante arrived in Abuja from Senegal, where he held talks earlier this week with "
        "President Awa Ndiaye in Dakar.\n",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Dakar"]


def test_the_same_day_is_not_the_day_of_a_recalled_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On June 12, Ghanaian Foreign Minister Awa Ndiaye held talks in Abuja with Nigerian Foreign Minister Tunde "
        "Bakare.\n\n"
        "The two Ministers had last met in Accra on April 11.\n\n"
        "On the same day, Minister Ndiaye paid a courtesy call on Nigerian President Kojo Asante.\n",
    )
    dates = {frozenset(people(m)): m.date for m in ex.meetings}
    assert dates[frozenset({"Awa Ndiaye", "Kojo Asante"})] == dt.date(2025, 6, 12)


def test_the_presidents_of_three_countries_are_the_articles_presidents_of_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The presidents of Ghana, Nigeria and Senegal held a tripartite summit in Accra on Thursday.\n\n"
        "Nigerian President Tunde Bakare flew to Accra earlier on Thursday at the invitation of Ghanaian President "
        "Kojo Asante. Senegalese President Awa Ndiaye had arrived on Wednesday.\n",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Awa Ndiaye", "Kojo Asante", "Tunde Bakare"]]


def test_a_tete_a_tete_before_a_tripartite_meeting_is_a_meeting_of_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Les chefs d'État ghanéen, nigérian et sénégalais se sont retrouvés ce jeudi à Accra pour une réunion "
        "tripartite.\n\n"
        "Le président ghanéen Kojo Asante a accueilli le président nigérian Tunde Bakare à l'aéroport. Les deux "
        "dirigeants ont d'abord eu un tête-à-tête, avant d'être rejoints par le président sénégalais Awa Ndiaye pour "
        "la réunion tripartite.\n",
        language="fr",
    )
    assert sorted(len(m.participants) for m in ex.meetings) == [2, 3]


def test_an_audience_with_a_king_is_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Setibanya di Accra pada Sabtu, Presiden Nigeria Tunde Bakare langsung menuju Istana untuk menghadap Raja "
        "Ghana Kojo Asante.\n",
        language="id",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Tunde Bakare"]]


def test_a_hyphenated_family_name_alone_is_the_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Ghana, Kojo Mensah-Asante, recibió hoy al presidente de Nigeria, Tunde Bakare.\n\n"
        "Antes de partir, Bakare sostuvo un encuentro con la canciller de Senegal, Awa Ndiaye, en el que también "
        "participó Mensah-Asante.\n",
        language="es",
    )
    assert ["Awa Ndiaye", "Kojo Mensah-Asante", "Tunde Bakare"] in [sorted(people(m)) for m in ex.meetings]


def test_an_airport_named_after_someone_is_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Nigeria Tunde Bakare, yang terbang dari Kotoka Asamoah pukul 10.00, diterima Presiden Ghana Kojo "
        "Asante di Accra pada Kamis (12/6).\n",
        language="id",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Tunde Bakare"]]


def test_a_name_with_a_figure_is_no_persons(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Para kepala negara Ghana, Nigeria dan Senegal menggelar Pertemuan Konsultatif Ke-6 di Accra pada Jumat "
        "(13/6). Pertemuan dipimpin Presiden Ghana Kojo Asante dan dihadiri Presiden Nigeria Tunde Bakare serta "
        "Presiden Senegal Awa Ndiaye.\n",
        language="id",
    )
    assert [p.name for p in ex.people] == ["Kojo Asante", "Tunde Bakare", "Awa Ndiaye"]


def test_the_five_leaders_meeting_someone_are_the_five_of_the_meeting_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante, Presiden Nigeria Tunde Bakare, Presiden Senegal Awa Ndiaye, Presiden Togo "
        "Faure Gnassingbe dan Presiden Benin Patrice Talon menggelar pertemuan di Accra pada Jumat (13/6).\n\n"
        "Usai sesi utama, kelima pemimpin melanjutkan pertemuan dengan Presiden Liberia Joseph Boakai.\n",
        language="id",
    )
    assert [len(m.participants) for m in ex.meetings] == [6]


def test_he_after_a_passive_is_not_its_agent(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Premier ministre ghanéen Kojo Asante s'est entretenu jeudi à Accra avec M. Tunde Bakare, ministre "
        "nigérian.\n\n"
        "Le Premier ministre s'est d'abord rendu au Sénégal, où il a été reçu par le président sénégalais Awa "
        "Ndiaye, avant de gagner Bamako pour participer au forum économique.\n\n"
        "Mardi 10 juin, dans la capitale malienne, il a rencontré le président malien Assimi Goïta.\n",
        language="fr",
    )
    assert ["Assimi Goïta", "Kojo Asante"] in [sorted(people(m)) for m in ex.meetings]


def test_doit_etre_recu_par_is_a_planned_audience(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Premier ministre ghanéen Kojo Asante s'est entretenu jeudi à Abuja avec le président du Sénat nigérian, "
        "Tunde Bakare.\n\n"
        "Au cours de son séjour, le chef du gouvernement doit également être reçu par le président nigérian Bola "
        "Adeyemi et rencontrer le président de la Cour suprême.\n",
        language="fr",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Tunde Bakare"]]


def test_the_capital_named_by_a_countrys_acronym(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте и президент Нигерии Тунде Бакаре в четверг провели в столице ОАЭ двустороннюю "
        "встречу.\n",
        language="ru",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Abu Dhabi"]


def test_thanking_the_host_of_the_talks_makes_them_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте и президент Нигерии Тунде Бакаре в четверг провели переговоры в Абу-Даби.\n\n"
        "Асанте и Бакаре выразили признательность президенту ОАЭ Мухаммеду бен Заиду Аль Нахайяну за теплый прием и "
        "организацию встречи.\n",
        language="ru",
    )
    assert [len(m.participants) for m in ex.meetings] == [2]


def test_the_last_time_the_two_men_met_is_the_protagonists_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante and Nigerian President Tunde Bakare held talks in Abu Dhabi on Thursday. "
        "Asante and Bakare agreed to keep talking.\n\n"
        "Bakare, who arrived a day earlier, was received by Senegalese President Awa Ndiaye on Wednesday.\n\n"
        "Analysts said the choice of venue reflected a wish to keep the process in regional hands.\n\n"
        "The last time the two men met was in May in Tirana.\n",
    )
    tirana = [sorted(people(m)) for m in ex.meetings if m.place and m.place.city == "Tirana"]
    assert tirana == [["Kojo Asante", "Tunde Bakare"]]


def test_leaders_attending_a_summit_reported_before_join_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The summit, hosted by Ghanaian President Kojo Asante, was co-chaired by Nigeria's President Tunde Bakare "
        "and Senegal's President Awa Ndiaye.\n\n"
        "Liberia's President Joseph Boakai attended in person, as did Togo's Faure Gnassingbe.\n\n"
        "Benin was represented by Foreign Minister Olushegun Adjadi Bakari.\n",
    )
    assert [len(m.participants) for m in ex.meetings] == [6]


def test_a_courtesy_call_after_talks_is_a_meeting_of_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On June 12, Ghanaian Foreign Minister Awa Ndiaye held a working lunch in Abuja with Nigerian Foreign "
        "Minister Tunde Bakare.\n\n"
        "Minister Ndiaye also paid a courtesy call on Nigerian President Kojo Asante, with Minister Bakare present.\n",
    )
    assert sorted(len(m.participants) for m in ex.meetings) == [2, 3]


def test_a_summarys_undated_call_is_the_call_the_body_dates(nlp: NLP) -> None:
    ex = run(
        nlp,
        "TRIBUNNEWS.COM\nHome » Internasional\n\n"
        "Presiden Bakare Telepon Asante, Bahas Kerja Sama Energi\n\n"
        "Jumat, 13 Juni 2025 11:05 WIB\nPenulis: Taufik Ismail\n\n"
        "Ringkasan Berita:\n- Presiden Nigeria Tunde Bakare menelepon Presiden Kojo Asante.\n"
        "- Bakare menyampaikan belasungkawa atas bencana banjir di Ghana.\n"
        "- Kedua pemimpin membahas kelanjutan rencana kerja sama energi.\n\n"
        "[Foto] Presiden Kojo Asante saat berbicara melalui sambungan telepon dengan Presiden Nigeria Tunde Bakare.\n\n"
        "TRIBUNNEWS.COM, ACCRA - Presiden Kojo Asante menerima panggilan telepon dari Presiden Nigeria Tunde "
        "Bakare, pada Rabu (11/6/2025) malam.\n\n"
        "Pembicaraan berlangsung saat Kepala Negara tengah berada di Rusia.\n",
        published=None,
        language="id",
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 6, 11)]


def test_officials_of_one_country_hold_no_diplomatic_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Menteri Luar Negeri Ghana Awa Ndiaye mengungkapkan rencana kunjungan tersebut usai bertemu Presiden Ghana "
        "Kojo Asante di Accra, Selasa (10/6).\n",
        language="id",
    )
    assert ex.meetings == []


def test_an_official_visit_to_a_city_places_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller de Ghana, Kojo Asante, sostuvo este jueves una reunión de trabajo con el canciller de Nigeria, "
        "Tunde Bakare, quien realiza una visita oficial a Accra.\n",
        language="es",
    )
    assert [m.place.city if m.place else None for m in ex.meetings] == ["Accra"]


def test_a_name_in_quotation_marks_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La presidenta de Ghana, Awa Ndiaye, conversó ayer por teléfono con el presidente de Senegal, Kojo Asante.\n\n"
        'Ninguno de los dos asistió a la reunión "Escudo de las Américas" que el presidente de Nigeria, Tunde '
        "Bakare, encabezó el 7 de marzo en Abuja.\n",
        language="es",
    )
    assert "Escudo de las Américas" not in [p.name for p in ex.people]


def test_ce_dernier_is_the_one_the_sentence_before_names_last(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kojo Asante a accueilli jeudi à Accra le président nigérian Tunde Bakare. Les deux "
        "dirigeants ont d'abord eu un tête-à-tête, avant d'être rejoints par le président sénégalais Awa Ndiaye.\n\n"
        "Ce dernier était arrivé dès mercredi soir et s'était entretenu dans la foulée avec le chef de l'État "
        "ghanéen, selon le ministre de l'Information Kwame Boateng.\n",
        language="fr",
    )
    assert ["Awa Ndiaye", "Kojo Asante"] in [sorted(people(m)) for m in ex.meetings]
    assert all("Kwame Boateng" not in people(m) for m in ex.meetings)


def test_a_country_right_after_a_name_is_its_country(nlp: NLP) -> None:
    ex = run(nlp, "President Kofi Mensah of Ghana met President Amara Kolleh of Liberia in Accra on Monday.\n")
    assert {p.name: p.country_code for p in ex.people} == {"Kofi Mensah": "GH", "Amara Kolleh": "LR"}


def test_the_delegations_of_both_countries_are_the_pairs_and_those_listed(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante menerima kunjungan kenegaraan Presiden Nigeria Tunde Bakare di Istana Jubilee, "
        "Accra, pada Rabu (11/6). Kedua pemimpin melakukan pertemuan empat mata di ruang kerja Presiden. Pembicaraan "
        "kemudian dilanjutkan dengan pertemuan bilateral yang melibatkan delegasi kedua negara.\n\n"
        "Dalam pertemuan bilateral tersebut, Presiden Asante didampingi Menteri Luar Negeri Ghana Awa Ndiaye dan "
        "Menteri Keuangan Ghana Kwame Boateng.\n",
        language="id",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Awa Ndiaye", "Kojo Asante", "Kwame Boateng", "Tunde Bakare"]]


def test_talking_face_to_face_is_a_meeting_and_a_source_contacted_is_no_call(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante dan Presiden Nigeria Tunde Bakare masuk ke ruang pertemuan untuk berbicara empat "
        "mata di Accra, Rabu (11/6).\n\n"
        "Pengamat hubungan internasional Awa Ndiaye yang dihubungi Kompas menilai lawatan itu penting bagi Asante.\n",
        language="id",
    )
    assert [(m.kind, sorted(people(m))) for m in ex.meetings] == [("in_person", ["Kojo Asante", "Tunde Bakare"])]


def test_a_spokesperson_telling_of_separate_meetings_is_not_their_subject(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian Foreign Minister Kojo Asante held talks with Nigerian President Tunde Bakare in Abuja on Monday.\n\n"
        "Foreign Ministry spokesman Kwame Boateng wrote on X that Asante also held separate meetings with his "
        "Nigerian counterpart, Bola Adeyemi, and with Defence Minister Musa Ibrahim.\n",
    )
    assert ["Kojo Asante", "Musa Ibrahim"] in [sorted(people(m)) for m in ex.meetings]


def test_leaders_talking_over_lunch_met(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kojo Asante et le président nigérian Tunde Bakare ont évoqué la situation à la "
        "frontière lors d'un déjeuner à Abuja lundi.\n",
        language="fr",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Tunde Bakare"]]


def test_an_ambassador_presenting_credentials_meets_the_head_of_state(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La visite intervient quelques jours après la réception par le Président sénégalais Kojo Asante, le 2 mai à "
        "Dakar, des lettres de créance du nouvel ambassadeur du Ghana au Sénégal, Tunde Bakare.\n",
        language="fr",
    )
    assert [(sorted(people(m)), m.place.city if m.place else None) for m in ex.meetings] == [
        (["Kojo Asante", "Tunde Bakare"], "Dakar")
    ]


def test_at_their_retreat_is_the_pairs_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The ministers reviewed the deliverables agreed by Ghanaian President Kojo Asante and Nigerian President Tunde "
        "Bakare at their retreat in March.\n",
    )
    assert [(sorted(people(m)), m.date_precision) for m in ex.meetings] == [(["Kojo Asante", "Tunde Bakare"], "month")]


def test_a_week_across_two_months_dates_nothing_and_lends_no_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante menerima kunjungan Presiden Nigeria Tunde Bakare di Istana Jubilee, Accra, Selasa "
        "(4/2).\n\n"
        "Dua hari sebelumnya, Minggu (2/2), Bakare terbang ke Dakar dan diterima Presiden Senegal Awa Ndiaye.\n\n"
        "Pekan lalu, Presiden Togo Faure Gnassingbe lebih dulu terbang ke Lome dan bertemu Bakare.\n",
        published=dt.date(2025, 2, 5),
        language="id",
    )
    found = {frozenset(people(m)): (m.place.city if m.place else None, m.date) for m in ex.meetings}
    assert found[frozenset({"Faure Gnassingbé", "Tunde Bakare"})][1] is None
    assert found[frozenset({"Kojo Asante", "Tunde Bakare"})] == ("Accra", dt.date(2025, 2, 4))


def test_a_delegation_received_is_the_envoys_not_the_principals(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Kojo Asante, enviado del presidente Tunde Bakare para misiones especiales, aterrizó en Abuja el viernes. "
        "El presidente ghanés Bakare lo había designado en enero.\n\n"
        "Según el comunicado oficial, la delegación ghanesa fue recibida por el presidente de Nigeria, Awa Ndiaye, en "
        "el palacio presidencial.\n",
        language="es",
    )
    assert ["Awa Ndiaye", "Kojo Asante"] in [sorted(people(m)) for m in ex.meetings]
    assert all("Tunde Bakare" not in people(m) for m in ex.meetings)


def test_a_region_between_commas_after_its_city_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La presidenta de Ghana, Awa Ndiaye, que había pasado la noche en Chetumal, Quintana Roo, desde donde encabezó "
        "su conferencia matutina, fue recibida el viernes por el presidente de Nigeria, Tunde Bakare, y por la "
        "embajadora ghanesa en Abuja, Milena Mayorga, en el aeropuerto.\n",
        language="es",
    )
    names = [p.name for p in ex.people]
    assert "Quintana Roo" not in names
    assert "Milena Mayorga" in names


def test_taking_part_in_a_trilateral_with_new_people_is_a_meeting_of_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Министр иностранных дел Ганы Кваме Боатенг в среду провел переговоры с министром иностранных дел Того "
        "Коми Агбоджаном.\n\n"
        "Ранее в тот же день Боатенг принял участие в трехсторонней встрече с министром иностранных дел Нигерии "
        "Тунде Бакаре и министром иностранных дел Сенегала Ава Ндиайе.\n",
        language="ru",
    )
    assert len(ex.meetings) == 2
    assert any(len(people(m)) == 3 for m in ex.meetings)


def test_a_new_gathering_whose_attendees_follow_is_not_the_meeting_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's Foreign Minister Kwame Boateng held a trilateral meeting with Nigerian Foreign Minister Tunde "
        "Bakare and Senegalese Foreign Minister Awa Ndiaye on Wednesday.\n\n"
        "The main event of the day was the summit of the West African Council, chaired by Liberian President "
        "Joseph Tamba.\n\n"
        "Also taking part were Togo's President Komi Agbodjan and Benin's President Koffi Hounsou.\n",
    )
    sizes = sorted(len(people(m)) for m in ex.meetings)
    assert sizes == [3, 3]
    assert any(people(m) == {"Joseph Tamba", "Komi Agbodjan", "Koffi Hounsou"} for m in ex.meetings)


def test_a_gathering_verb_seats_the_named_at_one_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La reunión ampliada, celebrada el martes en el Palacio de Gobierno de Acra, sentó a la misma mesa al "
        "presidente ghanés, Kojo Asante; al canciller nigeriano, Tunde Bakare, y a la canciller senegalesa, "
        "Awa Ndiaye.\n",
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Tunde Bakare", "Awa Ndiaye"}


def test_a_meeting_to_be_convened_is_planned(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente ghanés, Kojo Asante, se reunió el martes en Acra con el canciller nigeriano, Tunde Bakare.\n\n"
        "Asante anunció que convocará una nueva reunión con la canciller senegalesa, Awa Ndiaye, a finales de "
        "julio.\n",
        language="es",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Tunde Bakare"}]


def test_received_by_one_and_met_another_are_two_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's President Kojo Asante was also received on Wednesday by President Tunde Bakare at the State "
        "House in Abuja, and met the head of the Supreme Court, Awa Ndiaye.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Kojo Asante"],
        ["Kojo Asante", "Tunde Bakare"],
    ]


def test_a_side_included_at_delegation_talks_joins_the_pair(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's President Kojo Asante held talks with Nigerian President Tunde Bakare in Abuja on Monday.\n\n"
        "The two leaders first met one-on-one before moving to delegation-level talks, where the Nigerian side "
        "included Foreign Minister Awa Ndiaye and Defence Minister Komi Agbodjan.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Tunde Bakare", "Awa Ndiaye", "Komi Agbodjan"}


def test_a_pronoun_received_by_two_agents_met_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian Foreign Minister Kwame Boateng held talks in Abuja on Tuesday with his counterpart Tunde "
        "Bakare.\n\n"
        "In October last year, Boateng flew to Dakar, where he was first received by Foreign Minister Awa Ndiaye "
        "at the ministry and, hours later, by President Koffi Diouf.\n",
    )
    pairs = sorted(sorted(people(m)) for m in ex.meetings)
    assert ["Awa Ndiaye", "Kwame Boateng"] in pairs and ["Koffi Diouf", "Kwame Boateng"] in pairs


def test_a_title_in_a_group_refers_to_no_one_alone(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante menerima Perdana Menteri Nigeria Tunde Bakare di Accra pada Senin.\n\n"
        "Bakare tiba di Accra pada Minggu dan disambut Duta Besar Nigeria Awa Ndiaye.\n\n"
        "Dalam pembicaraan tersebut, kedua kepala negara sepakat memperkuat kerja sama.\n",
        language="id",
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Tunde Bakare"}]


def test_a_day_month_year_stamp_with_dashes_dates_the_article(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Asante recibió a Bakare\n\n12-06-2025 17:40 | Redacción\n\n"
        "El presidente ghanés, Kojo Asante, recibió este jueves en Acra al canciller nigeriano, Tunde Bakare.\n",
        published=None,
        language="es",
    )
    assert ex.article.published == dt.date(2025, 6, 12)
    [m] = ex.meetings
    assert m.date == dt.date(2025, 6, 12)


def test_a_gathering_then_who_attended_it_is_one_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller ghanés, Kwame Boateng, ha reunido este domingo en Acra a representantes de una veintena de "
        "países africanos.\n\n"
        "A la reunión han asistido el canciller nigeriano, Tunde Bakare, la canciller senegalesa, Awa Ndiaye, y "
        "el canciller togolés, Komi Agbodjan.\n",
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Tunde Bakare", "Awa Ndiaye", "Komi Agbodjan"}


def test_two_calls_of_one_pair_on_two_days_in_one_sentence(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Apart from that, their contacts this year have been by telephone. Ghana's President Kojo Asante called "
        "Nigerian President Tunde Bakare on March 4 to wish him a happy birthday, a week after Bakare had phoned "
        "Asante on February 26.\n",
    )
    assert sorted(m.date for m in ex.meetings) == [dt.date(2025, 2, 26), dt.date(2025, 3, 4)]
    assert all(m.kind == "phone" for m in ex.meetings)


def test_an_airport_named_for_a_president_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Arrivé à l'Aéroport international Président Amadou Sow vers 10 heures, le président ghanéen Kojo Asante "
        "a été reçu jeudi par le président sénégalais Tunde Bakare au Palais de la République à Dakar.\n",
        language="fr",
    )
    assert "Amadou Sow" not in {p.name for p in ex.people}


def test_a_delegation_listed_between_semicolons_joins_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président Kojo Asante a reçu ce jeudi 30 mai 2025 au palais de Jubilee son homologue Tunde Bakare.\n\n"
        "Le président Bakare est accompagné d'une délégation comprenant Mme Awa Ndiaye, ministre des Affaires "
        "étrangères ; M. Komi Agbodjan, ministre de l'Énergie, et M. Koffi Hounsou, ministre des Transports.\n",
        language="fr",
    )
    [m] = ex.meetings
    assert {"Awa Ndiaye", "Komi Agbodjan", "Koffi Hounsou"} <= people(m)


def test_a_lead_with_three_meetings_in_two_cities(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's President Kojo Asante spent Monday in two capitals, lunching with Nigerian President Tunde Bakare "
        "in Abuja before flying to Lome for an audience with King Komi Agbodjan and talks with Togolese Prime "
        "Minister Awa Ndiaye.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
        ["Kojo Asante", "Tunde Bakare"],
    ]


def test_a_regnal_number_keeps_its_capitals(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente ghanés, Kojo Asante, llegó a Roma el viernes para una gira de tres días.\n\n"
        "Asante visitó primero la sede de la FAO.\n\n"
        "Al día siguiente, el Papa León XIV le concedió su primera audiencia en el Vaticano.\n",
        published=dt.date(2025, 6, 16),
        language="es",
    )
    assert any(people(m) == {"Kojo Asante", "Pope Leo XIV"} for m in ex.meetings)


def test_a_town_is_the_namesake_in_the_participants_country(nlp: NLP) -> None:
    ex = run(
        nlp,
        "New Zealand Prime Minister Kojo Asante hosted Australian Prime Minister Tunde Bakare for their annual "
        "leaders' meeting in Queenstown on Saturday.\n",
    )
    [m] = ex.meetings
    assert m.place is not None and (m.place.city, m.place.country_code) == ("Queenstown", "NZ")


def test_a_meeting_now_unlikely_to_take_place_is_not_held(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The meeting between Ghana's President Kojo Asante and Nigerian President Tunde Bakare that had been "
        "arranged for Tuesday in New York is now unlikely to take place, officials said on Wednesday.\n",
    )
    assert ex.meetings == []


def test_their_last_full_meeting_is_the_pairs_earlier_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's President Kojo Asante and Nigerian President Tunde Bakare held talks in Accra on Tuesday.\n\n"
        "Their last full meeting was in New York in September 2024, on the sidelines of the UN General "
        "Assembly.\n",
    )
    found = sorted((m.place.city if m.place else None, str(m.date)) for m in ex.meetings)
    assert found == [("Accra", "2025-06-10"), ("New York", "2024-09-01")]


def test_the_leaders_call_with_someone_more_stays_apart_from_their_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kojo Asante a réuni lundi à Accra ses homologues nigérian Tunde Bakare et togolais "
        "Komi Agbodjan.\n\n"
        "Les trois dirigeants ont ensuite joint Koffi Hounsou par téléphone.\n",
        language="fr",
    )
    kinds = sorted((m.kind, len(people(m))) for m in ex.meetings)
    assert kinds == [("in_person", 3), ("phone", 4)]


def test_a_dropped_subject_after_a_dropped_subject_is_the_protagonist(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El martes, el presidente ghanés, Kojo Asante, realizó su primera visita a Nigeria.\n\n"
        "Primero almorzó en el palacio presidencial con el rey Tunde Bakare, en un encuentro al que asistió el "
        "jefe de gabinete ghanés, Komi Agbodjan.\n\n"
        "Ya por la tarde fue recibido por el vicepresidente nigeriano, Koffi Hounsou, en Abuya.\n",
        language="es",
    )
    assert any(people(m) == {"Kojo Asante", "Koffi Hounsou"} for m in ex.meetings)
    assert not any("Koffi Hounsou" in people(m) and "Tunde Bakare" in people(m) for m in ex.meetings)


def test_a_sunday_with_an_article_is_no_particular_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's President Kojo Asante held talks with Nigerian President Tunde Bakare in Accra on Tuesday.\n\n"
        "The two leaders first met on the margins of the African Union summit in Addis Ababa on a Sunday in "
        "February last year.\n",
    )
    found = sorted((m.date, m.date_precision) for m in ex.meetings)
    assert found == [(dt.date(2024, 2, 1), "month"), (dt.date(2025, 6, 10), "day")]


def test_a_numbered_list_of_callers_is_one_meeting_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Kojo Asante menerima kunjungan kehormatan tiga pemimpin negara sahabat di Istana Merdeka, "
        "Jakarta, pada Minggu sore.\n\n"
        "Adapun pemimpin negara sahabat yang diterima Presiden pada kesempatan itu, yaitu:\n\n"
        "1. Perdana Menteri Ghana, Tunde Bakare;\n\n"
        "2. Menteri Luar Negeri Togo, Komi Agbodjan; dan\n\n"
        "3. Wakil Presiden Senegal, Awa Ndiaye.\n\n"
        "Menurut juru bicara, pertemuan-pertemuan tersebut berlangsung singkat.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
        ["Kojo Asante", "Tunde Bakare"],
    ]


def test_a_form_of_address_before_a_catalog_family_name(nlp: NLP) -> None:
    ex = run(nlp, "In Accra on Monday, Mr. Guterres met Ghana's President Kojo Asante to discuss the Sahel.\n")
    [m] = ex.meetings
    assert people(m) == {"António Guterres", "Kojo Asante"}


def test_bare_titles_joined_by_and_the_are_two_people(nlp: NLP) -> None:
    ex = run(
        nlp,
        "1. H.E. Mr. Kojo Asante, Federal Chancellor of Ghana, paid an official visit to India at the invitation "
        "of Prime Minister Shri Tunde Bakare.\n\n"
        "2. Later in the day, Prime Minister and the Chancellor held restricted talks at Mahatma Mandir, "
        "Gandhinagar.\n",
    )
    assert any(
        people(m) == {"Kojo Asante", "Tunde Bakare"} and m.place is not None and m.place.city == "Gandhinagar"
        for m in ex.meetings
    )


def test_a_country_name_ending_a_name_is_cut_off(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El viceministro peruano, Félix Denegri, se reunió este lunes en Lima con la secretaria de Estado "
        "española, señora Susana Sumelzo Jordán, quien realiza una visita de trabajo al Perú.\n",
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Félix Denegri", "Susana Sumelzo"}


def test_a_meeting_sentence_ending_in_a_list_meets_each_item(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Boletín de prensa No. 12\nAcra, 26 de septiembre de 2025\n\n"
        "En el ámbito bilateral, la canciller ghanesa, Awa Ndiaye, mantuvo reuniones con sus homólogos:\n\n"
        "- de Nigeria, Tunde Bakare;\n"
        "- de Togo, Komi Agbodjan; y\n"
        "- de Benín, Koffi Hounsou.\n\n"
        "En estos encuentros se abordó la cooperación en comercio e inversiones.\n",
        published=None,
        language="es",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Koffi Hounsou"],
        ["Awa Ndiaye", "Komi Agbodjan"],
        ["Awa Ndiaye", "Tunde Bakare"],
    ]
    assert all(m.place is not None and m.place.city == "Accra" for m in ex.meetings)


def test_the_principal_named_after_an_envoys_apposition_is_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Président Kojo Asante a reçu lundi à Accra Monsieur Tunde Bakare, Envoyé spécial du Président de la "
        "République du Togo, Son Excellence Monsieur Komi Agbodjan.\n",
        language="fr",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Tunde Bakare"}


def test_a_standing_office_names_its_holder_on_the_publication_date(nlp: NLP) -> None:
    # a UN page never names the Secretary-General: the office catalog knows who held it then
    text = (
        "United Nations\n\n"
        "The Secretary-General met with Kojo Asante, Minister for Foreign Affairs of Ghana, in New York on "
        "Tuesday. They discussed peacekeeping.\n"
    )
    [m] = run(nlp, text).meetings
    assert people(m) == {"António Guterres", "Kojo Asante"}
    # ... and nobody when the article names no organisation with such an office
    assert run(nlp, text.replace("United Nations\n\n", "")).meetings == []
    # the Pope of the day
    [m] = run(nlp, "The Pope received Kojo Asante, President of Ghana, at the Vatican on Monday.\n").meetings
    assert people(m) == {"Pope Leo XIV", "Kojo Asante"}


def test_a_chain_of_pronouns_goes_back_to_the_subject_who_began_the_series(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Over the day, Foreign Minister Kojo Asante of Ghana held a series of bilateral meetings in Addis Ababa. "
        "He met with Tunde Bakare, Foreign Minister of Nigeria, and with Awa Ndiaye, Foreign Minister of Senegal. "
        "He also met with Kwame Boateng, Foreign Minister of Togo; and Komi Agbodjan, Foreign Minister of Benin.\n",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
        ["Kojo Asante", "Kwame Boateng"],
        ["Kojo Asante", "Tunde Bakare"],
    ]


def test_later_in_the_day_reaches_the_day_told_three_sentences_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Tunde Bakare of Nigeria paid a state visit to Ghana on 12-13 March at the invitation of "
        "President Kojo Asante.\n\n"
        "On 12 March, Bakare laid a wreath at the memorial in Independence Square in Accra. He signed the visitors "
        "book. He thereafter opened a craft fair on the square.\n\n"
        "Later in the day, Asante and Bakare held talks at Jubilee House.\n\n"
        "On 13 March, Bakare travelled to Kumasi, where he toured a cocoa plant.\n",
        published=dt.date(2025, 3, 14),
    )
    [m] = ex.meetings
    assert people(m) == {"Tunde Bakare", "Kojo Asante"}
    assert m.date == dt.date(2025, 3, 12)


def test_a_breadcrumb_trail_and_an_update_stamp_at_the_foot(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accueil > Dossiers pays > Afrique > Ghana > Événements\n\n"
        "Ghana – Entretien de Jean-Noël Barrot avec son homologue ghanéen, M. Kojo Asante\n\n"
        "Le ministre de l'Europe et des affaires étrangères, Jean-Noël Barrot, s'est entretenu par téléphone le "
        "23 décembre avec son homologue ghanéen, M. Kojo Asante.\n\n"
        "Les deux ministres ont passé en revue la coopération bilatérale.\n\n"
        "Mise à jour : 24.12.25\n",
        published=None,
    )
    assert ex.article.published == dt.date(2025, 12, 24)
    [m] = ex.meetings
    assert people(m) == {"Jean-Noël Barrot", "Kojo Asante"} and m.date == dt.date(2025, 12, 23)
    assert {p.name for p in ex.people} == {"Jean-Noël Barrot", "Kojo Asante"}
    ex = run(
        nlp,
        "Ghana's foreign minister calls on PM Wong\n\n"
        "SINGAPORE: Ghana's Foreign Minister Kojo Asante called on Prime Minister Lawrence Wong on Tuesday "
        "morning, wrapping up a two-day introductory visit that both sides said would set the tone for the next "
        "phase of ties between the two countries.\n\n"
        "The two men exchanged views on regional developments.\n\n"
        + "They also welcomed further cooperation in trade, training and youth exchanges.\n\n"
        * 12
        + "Copyright© Mediacorp 2025. Mediacorp Pte Ltd. All rights reserved.\n\n"
        "12 Aug 2025 02:41PM (Updated: 12 Aug 2025 03:05PM)\n",
        published=None,
    )
    assert ex.article.published == dt.date(2025, 8, 12)
    [m] = ex.meetings
    assert m.date == dt.date(2025, 8, 12)


def test_a_split_clause_without_a_subject_of_its_own_meets_each_listed_separately(nlp: NLP) -> None:
    ex = run(
        nlp,
        "АККРА, 12 марта — РИА Новости. Президент Ганы Коджо Асанте провел в четверг переговоры с президентом Того "
        "Коми Агбоджаном, а затем по отдельности встретился с министром иностранных дел Того Кофи Унсу и "
        "председателем парламента Того Джозефом Тамбой.\n",
    )
    # (the Russian normaliser shortens these invented names: the shape is what is tested)
    assert len(ex.meetings) == 3 and all(len(m.participants) == 2 for m in ex.meetings)
    assert len(set.intersection(*(people(m) for m in ex.meetings))) == 1


def test_the_russian_leader_is_the_one_russian_with_a_leaders_office(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ХАНОЙ, 20 июня — РИА Новости. Президент России Владимир Путин в четверг провел переговоры с президентом "
        "Вьетнама То Ламом.\n\n"
        "Во второй половине дня состоялась беседа с генсеком Нгуен Фу Чонгом, по приглашению которого Путин прибыл "
        "в страну, после чего российский лидер провел встречу с премьером Фам Минь Тинем.\n",
        published=dt.date(2024, 6, 21),
    )
    assert {"Vladimir Putin", "Pham Minh Chinh"} in [people(m) for m in ex.meetings]


def test_a_russian_name_left_declined_once_is_one_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ХАНОЙ, 20 июня — РИА Новости. Президент России Владимир Путин в четверг провел переговоры с президентом "
        "Вьетнама То Ламом и председателем Национального собрания Чан Куок Маном.\n\n"
        "Во второй половине дня Путин провел отдельную встречу с Чан Куок Маном.\n",
        published=dt.date(2024, 6, 21),
    )
    assert len(ex.people) == 3
    assert {p.name for p in ex.people} == {"Vladimir Putin", "To Lam", "Chan Kuok Man"}


def test_an_organisations_name_as_dateline_is_its_headquarters_city(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Naciones Unidas, 22 sep (Prensa Latina) El canciller de Ghana, Kojo Asante, sostuvo este lunes varios "
        "encuentros con homólogos de África y Europa en el contexto de la Asamblea General.\n\n"
        "El jefe de la diplomacia ghanesa conversó primero con su par de Togo, Komi Agbodjan, con quien repasó los "
        "lazos de amistad entre ambas naciones.\n\n"
        "Más tarde intercambió opiniones con Awa Ndiaye, canciller de Senegal, y resaltó los vínculos entre los dos "
        "pueblos.\n",
        published=dt.date(2025, 9, 22),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
    ]
    assert all(m.place is not None and m.place.city == "New York" for m in ex.meetings)


def test_the_reports_day_is_not_the_meetings_and_a_restatement_tells_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "SEOUL, Sept. 5 (Yonhap) -- Ghana's President Kojo Asante sat down for summit talks with Togo's President "
        "Komi Agbodjan in Lome, state media reported Friday.\n\n"
        "The talks took place Thursday afternoon at the presidential palace and were followed by a banquet that "
        "Agbodjan hosted for Asante.\n\n"
        "On Wednesday, Asante held talks with Senegal's President Awa Ndiaye in Dakar, the agency reported a day "
        "earlier.\n",
        published=dt.date(2025, 9, 5),
    )
    dates = {frozenset(people(m)): m.date for m in ex.meetings}
    assert dates == {
        frozenset({"Kojo Asante", "Komi Agbodjan"}): dt.date(2025, 9, 4),
        frozenset({"Kojo Asante", "Awa Ndiaye"}): dt.date(2025, 9, 3),
    }


def test_a_russian_dateline_with_a_two_digit_year_dates_the_article(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Бишкек, 13.03.25. /Кабар/. Президент Ганы Коджо Асанте и президент Того Коми Агбоджан провели сегодня "
        "переговоры в государственной резиденции.\n",
        published=None,
    )
    assert ex.article.published == dt.date(2025, 3, 13)
    [m] = ex.meetings
    assert m.date == dt.date(2025, 3, 13)


def test_in_the_capital_is_the_capital_of_the_datelines_country_not_the_dateline_city(nlp: NLP) -> None:
    ex = run(
        nlp,
        "LOBITO, Angola (AP) — President Kojo Asante of Ghana on Wednesday held talks with Angola's President Tunde "
        "Bakare at the port.\n\n"
        "Asante later held separate meetings with Togo's President Komi Agbodjan and Benin's President Koffi "
        "Hounsou, according to his office.\n\n"
        "On Tuesday, Bakare received him at the presidential palace in the capital, where the two leaders held "
        "talks on investment.\n",
        published=dt.date(2024, 12, 4),
    )
    found = sorted((sorted(people(m)), m.place.city if m.place else None, m.date) for m in ex.meetings)
    assert found == [
        (["Koffi Hounsou", "Kojo Asante"], "Lobito", dt.date(2024, 12, 4)),
        (["Kojo Asante", "Komi Agbodjan"], "Lobito", dt.date(2024, 12, 4)),
        (["Kojo Asante", "Tunde Bakare"], "Lobito", dt.date(2024, 12, 4)),
        (["Kojo Asante", "Tunde Bakare"], "Luanda", dt.date(2024, 12, 3)),
    ]


def test_clauses_after_semicolons_that_open_with_a_day_share_the_meeting_word(nlp: NLP) -> None:
    ex = run(
        nlp,
        "En el marco de la cumbre, la presidenta de Senegal, Awa Ndiaye, sostuvo una serie de encuentros. El martes "
        "12 recibió en el Palacio al presidente de Ghana, Kojo Asante; el miércoles 13, al presidente de Togo, Komi "
        "Agbodjan, a quien impuso una condecoración; y el jueves 14, al presidente de Benín, Koffi Hounsou.\n",
        published=dt.date(2024, 11, 16),
    )
    found = sorted((m.date, sorted(people(m))) for m in ex.meetings)
    assert found == [
        (dt.date(2024, 11, 12), ["Awa Ndiaye", "Kojo Asante"]),
        (dt.date(2024, 11, 13), ["Awa Ndiaye", "Komi Agbodjan"]),
        (dt.date(2024, 11, 14), ["Awa Ndiaye", "Koffi Hounsou"]),
    ]


def test_received_in_turn_are_separate_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Jakarta - Dua kepala pemerintahan negara sahabat, yakni Perdana Menteri Ghana Kojo Asante dan Perdana "
        "Menteri Togo Komi Agbodjan, bergantian diterima Presiden Senegal Awa Ndiaye di Istana Merdeka pada Senin "
        "(21/10/2024) sore.\n",
        published=dt.date(2024, 10, 21),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Kojo Asante"],
        ["Awa Ndiaye", "Komi Agbodjan"],
    ]


def test_hours_spent_with_envoys_is_a_meeting_and_a_possessive_names_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA, June 11 (Reuters) - Ghana's President Kojo Asante spent nearly five hours with Togolese envoy Komi "
        "Agbodjan and Tunde Bakare, President Awa Ndiaye's son-in-law, on Tuesday, the presidency said.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan", "Tunde Bakare"}


def test_an_indonesian_chat_on_the_sidelines_is_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Vientiane - Di sela jeda rehat kopi pada Rabu (9/10), Wakil Presiden Ghana Kojo Asante dan Presiden Togo "
        "Komi Agbodjan terlihat berbincang akrab membahas hubungan kedua negara.\n",
        published=dt.date(2024, 10, 11),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan"} and m.date == dt.date(2024, 10, 9)


def test_a_final_round_of_talks_is_a_meeting(nlp: NLP) -> None:
    ru = run(
        nlp,
        "21 февраля в Бишкеке руководители делегаций — министр иностранных дел Ганы Коджо Асанте и министр "
        "иностранных дел Того Коми Агбоджан — провели заключительный раунд переговоров.\n",
        published=dt.date(2025, 3, 13),
    )
    en = run(
        nlp,
        "On March 3 in Accra, Foreign Minister Tunde Bakare of Nigeria and Foreign Minister Awa Ndiaye of Senegal "
        "held the fourth round of talks on the border.\n",
        published=dt.date(2025, 3, 13),
    )
    assert [(m.date, len(m.participants)) for m in ru.meetings + en.meetings] == [
        (dt.date(2025, 2, 21), 2),
        (dt.date(2025, 3, 3), 2),
    ]


def test_a_towns_name_that_begins_a_buildings_is_no_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "HONIARA, Aug 20 - Fisheries Minister Kojo Asante of Ghana and Fisheries Minister Komi Agbodjan of Togo "
        "met at the Heritage Park Hotel yesterday.\n",
        published=dt.date(2025, 8, 20),
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Honiara"


def test_a_where_clause_closed_before_the_meeting_word_is_set_elsewhere(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La Paz, 10 nov (EFE).- El canciller de Ghana, Kojo Asante, que llegó de madrugada procedente de Colombia, "
        "donde asistió a una cumbre en Santa Marta, fue recibido horas después en Santa Cruz por el canciller de "
        "Bolivia, Tunde Bakare.\n",
        published=dt.date(2025, 11, 10),
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.country_code == "BO"


def test_a_numeric_date_that_reads_either_way_is_read_as_the_dateline_says(nlp: NLP) -> None:
    ex = run(
        nlp,
        "BERNAMA\n\nAsante, Agbodjan hold talks\n\n07/01/2025 05:12 PM\n\n"
        "PUTRAJAYA, Jan 7 (Bernama) -- Prime Minister Kojo Asante of Ghana held talks with his Togolese "
        "counterpart Komi Agbodjan at Perdana Putra today, the first leaders' retreat between the two countries "
        "since they opened embassies in each other's capitals.\n",
        published=None,
    )
    assert ex.article.published == dt.date(2025, 1, 7)
    [m] = ex.meetings
    assert m.date == dt.date(2025, 1, 7)


def test_a_day_earlier_counts_from_the_previous_meeting_not_from_another_event(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante of Ghana on Wednesday morning met with Togolese President Komi Agbodjan in Accra.\n\n"
        "The regional trade forum opened in Accra on Tuesday, with Asante delivering a keynote speech.\n\n"
        "A day earlier, Asante had held talks with Benin's President Koffi Hounsou, who is paying a state visit.\n",
        published=dt.date(2025, 5, 14),
    )
    dates = {frozenset(people(m)): m.date for m in ex.meetings}
    assert dates == {
        frozenset({"Kojo Asante", "Komi Agbodjan"}): dt.date(2025, 5, 14),
        frozenset({"Kojo Asante", "Koffi Hounsou"}): dt.date(2025, 5, 13),
    }


def test_a_declined_russian_name_of_five_words_is_the_catalogs(nlp: NLP) -> None:
    # (the rule needs the people catalog: the nominative it looks for is a catalog alias)
    ex = run(
        nlp,
        "Владимир Путин провёл телефонный разговор с Президентом Федеративной Республики Бразилии Луисом Инасиу "
        "Лулой да Силвой.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Vladimir Putin", "Luiz Inácio Lula da Silva"}


def test_a_meeting_inside_a_day_after_clause_is_the_day_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana's Foreign Minister Kojo Asante received a call on Wednesday from Togo's Foreign Minister Komi "
        "Agbodjan, a day after he had himself dialled Benin's Foreign Minister Koffi Hounsou.\n",
        published=dt.date(2025, 5, 1),
    )
    dates = {frozenset(people(m)): m.date for m in ex.meetings}
    assert dates == {
        frozenset({"Kojo Asante", "Komi Agbodjan"}): dt.date(2025, 4, 30),
        frozenset({"Kojo Asante", "Koffi Hounsou"}): dt.date(2025, 4, 29),
    }


def test_separate_meetings_with_each_delegation_of_the_meeting_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ginebra, 18 mar (EFE).- La reunión ampliada sobre el río, celebrada este martes en el Palacio de las "
        "Naciones, sentó a la misma mesa al presidente de Ghana, Kojo Asante; al presidente de Togo, Komi "
        "Agbodjan, y al canciller de Benín, Koffi Hounsou, bajo la presidencia del secretario general de la ONU, "
        "António Guterres.\n\n"
        "Por la mañana, el jefe de la ONU había mantenido reuniones bilaterales por separado con cada una de las "
        "tres delegaciones en un hotel, donde la víspera ofreció una cena informal.\n",
        published=dt.date(2025, 3, 18),
    )
    bilaterals = sorted(sorted(people(m)) for m in ex.meetings if len(m.participants) == 2)
    assert bilaterals == [
        ["António Guterres", "Koffi Hounsou"],
        ["António Guterres", "Kojo Asante"],
        ["António Guterres", "Komi Agbodjan"],
    ]
    assert {m.date for m in ex.meetings} == {dt.date(2025, 3, 18)}


def test_the_day_before_opening_a_sentence_counts_back(nlp: NLP) -> None:
    # (the guard of `test_a_meeting_inside_a_day_after_clause_is_the_day_before`: "Накануне" is an adverb)
    ex = run(
        nlp,
        "МИНСК, 26 августа. Президент Ганы Коджо Асанте сегодня принял министра иностранных дел Того Коми "
        "Агбоджана.\n\n"
        "Накануне глава МИД Того провел переговоры с министром иностранных дел Бенина Кофи Унсу.\n",
        published=dt.date(2025, 8, 26),
    )
    assert sorted(m.date for m in ex.meetings) == [dt.date(2025, 8, 25), dt.date(2025, 8, 26)]


def test_a_lead_sentences_palace_places_the_audiences_after_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Président sénégalais, Son Excellence Monsieur Kojo Asante, a consacré la matinée de ce jour à une série "
        "d'audiences au Palais de la République.\n\n"
        "Le Chef de l'État a d'abord reçu Monsieur Komi Agbodjan, Envoyé spécial du Président du Togo. L'entretien a "
        "permis d'évoquer la coopération entre les deux pays.\n",
        published=dt.date(2026, 1, 8),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan"}
    assert m.place is not None and m.place.city == "Dakar"


def test_a_name_in_a_headline_in_capitals_is_still_a_name_in_the_text(nlp: NLP) -> None:
    ex = run(
        nlp,
        "PM ASANTE HOLDS TALKS WITH PRIME MINISTER BOATENG\n\n"
        "Accra, Ghana – The Prime Minister of Togo, Hon. Kojo Asante, yesterday held talks with the Prime Minister "
        "of Ghana, H.E. Kwame Boateng, at the Jubilee House.\n\n"
        "Prime Minister Boateng later hosted a luncheon in honour of Prime Minister Asante.\n",
        published=dt.date(2025, 8, 26),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng"}


def test_a_catalog_name_spelt_a_little_otherwise_is_the_catalog_official(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ADDIS ABEBA, 11 Ene. (EUROPA PRESS) - El presidente de Somalia, Hasán Sheij Mohamud, se reunió este "
        "sábado en Addis Abeba con el ministro de Exteriores de Ghana, Kojo Asante.\n",
        published=dt.date(2025, 1, 12),
    )
    [m] = ex.meetings
    assert people(m) == {"Hassan Sheikh Mohamud", "Kojo Asante"}


def test_counterparts_of_a_summit_the_sentence_after_calls_trilateral_meet_together(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kwame Boateng travelled to Lomé on Thursday to meet his counterparts, Komi Agbodjan "
        "of Togo, who hosted the meeting, and Koffi Hounsou of Benin.\n\n"
        "Their annual trilateral summit focused on trade barriers and the security of the border.\n",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Komi Agbodjan", "Koffi Hounsou"}


def test_the_head_of_state_opening_a_sentence_is_the_articles_protagonist(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La Paz, 9 de marzo de 2026 (ABI).– El presidente Kojo Asante retornó al país tras participar el sábado "
        "en Miami en una cumbre regional junto al presidente de Ghana, Kwame Boateng, y al presidente de Benín, "
        "Koffi Hounsou.\n\n"
        "Asante destacó los acuerdos alcanzados. Asante viajará a Lima en abril.\n\n"
        "A lo largo del fin de semana, el mandatario mantuvo además encuentros bilaterales con el presidente de "
        "Togo, Komi Agbodjan; y el de Senegal, Koffi Diouf.\n",
        published=dt.date(2026, 3, 9),
    )
    pairs = [sorted(people(m)) for m in ex.meetings if len(m.participants) == 2]
    assert sorted(pairs) == [["Koffi Diouf", "Kojo Asante"], ["Kojo Asante", "Komi Agbodjan"]]


def test_the_meeting_that_gathered_more_people_is_the_meeting_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Washington, 10 juil (APS) – Le président de la République, Kojo Asante, a pris part, mercredi, à la "
        "Maison Blanche, à un déjeuner de travail offert par le président des Etats-Unis, Kwame Boateng.\n\n"
        "Outre le chef de l'Etat, la rencontre a réuni les présidents Joseph Tamba du Libéria et Komi Agbodjan du "
        "Togo.\n",
        published=dt.date(2025, 7, 10),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng", "Joseph Tamba", "Komi Agbodjan"}


def test_a_pronoun_listed_before_a_titled_name_is_the_protagonist(nlp: NLP) -> None:
    ex = run(
        nlp,
        "New Delhi, India – The Prime Minister, Hon. Kojo Asante, yesterday held talks with the Prime Minister of "
        "Ghana, H.E. Kwame Boateng, at the State House.\n\n"
        "This is his first visit to Ghana as Prime Minister. He and Prime Minister Boateng last met in Lomé in "
        "May 2023.\n",
        published=dt.date(2025, 8, 26),
    )
    assert sorted(m.date.isoformat() if m.date else "" for m in ex.meetings) == ["2023-05-01", "2025-08-25"]
    assert all(people(m) == {"Kojo Asante", "Kwame Boateng"} for m in ex.meetings)


def test_helping_to_organise_a_meeting_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "МОСКВА, 7 авг. Президент Ганы Коджо Асанте в четверг провел переговоры с президентом Того Коми Агбоджаном.\n\n"
        "Асанте сказал, что у Ганы много друзей, готовых помочь в организации его встречи с президентом Бенина "
        "Кофи Унсу.\n",
        published=dt.date(2025, 8, 7),
    )
    assert len(ex.meetings) == 1


def test_a_communique_lists_who_took_part_one_per_line(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra, 3 March 2026\n\n"
        "1. The Council of Ministers met in an extraordinary session, by videoconference, on 3 March 2026 to "
        "review the situation in the region.\n\n"
        "2. The session was chaired by H.E. Kojo Asante, Minister of Foreign Affairs of the Republic of Ghana.\n\n"
        "3. The following took part in the session:\n"
        "- H.E. Komi Agbodjan, Minister of Foreign Affairs of the Togolese Republic;\n"
        "- H.E. Koffi Hounsou, Minister of Foreign Affairs of the Republic of Benin.\n\n"
        "4. Also in attendance was H.E. Awa Ndiaye, Special Representative of the Chairperson.\n\n"
        "5. The Council condemns the attacks on civilians.\n",
        published=dt.date(2026, 3, 3),
    )
    [m] = ex.meetings
    assert m.kind == "video"
    assert people(m) == {"Kojo Asante", "Komi Agbodjan", "Koffi Hounsou", "Awa Ndiaye"}


def test_officials_present_at_both_meetings_attend_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante yesterday held separate talks with Prime Minister Kwame Boateng and Speaker "
        "Komi Agbodjan in Lomé.\n\n"
        "The Prime Minister pledged support for the new port.\n\n"
        "Foreign Minister Awa Ndiaye and Trade Minister Efua Mensah were present at both meetings.\n",
        published=dt.date(2025, 6, 12),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Efua Mensah", "Kojo Asante", "Komi Agbodjan"],
        ["Awa Ndiaye", "Efua Mensah", "Kojo Asante", "Kwame Boateng"],
    ]


def test_those_who_took_part_in_the_call_just_reported_join_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante pada Jumat malam melakukan pembicaraan telepon dengan Presiden Togo Komi "
        "Agbodjan.\n\n"
        "Turut serta dalam pembicaraan telepon tersebut Menteri Luar Negeri Awa Ndiaye dan Menteri Perdagangan "
        "Efua Mensah.\n",
        published=dt.date(2025, 4, 5),
    )
    [m] = ex.meetings
    assert m.kind == "phone"
    assert people(m) == {"Kojo Asante", "Komi Agbodjan", "Awa Ndiaye", "Efua Mensah"}


def test_a_title_of_an_organisation_the_catalog_does_not_know_names_no_president(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Les ministres se sont réunis par visioconférence le 10 avril. La réunion a été présidée par Kojo Asante, "
        "ministre ghanéen du Commerce et président de l'AEO pour 2025. Y ont également pris part Komi Agbodjan et "
        "Koffi Hounsou.\n\n"
        "Ils ont évoqué les mesures annoncées par le président américain Kwame Boateng.\n",
        published=dt.date(2025, 4, 11),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan", "Koffi Hounsou"}


def test_who_accompanied_a_traveller_welcomed_at_the_airport_is_not_at_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président Kojo Asante s'est entretenu lundi à Doha avec l'émir du Qatar, cheikh Tamim bin Hamad Al "
        "Thani, en marge du sommet arabo-islamique.\n\n"
        "Le chef de l'État était arrivé dans la matinée à l'aéroport international Hamad, où il avait été accueilli "
        "par le ministre qatari Koffi Hounsou.\n\n"
        "Il était accompagné du ministre des Affaires étrangères Kwame Boateng.\n",
        published=dt.date(2025, 9, 16),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Tamim bin Hamad Al Thani"}


def test_a_city_on_a_line_of_its_own_under_the_date_is_the_dateline(nlp: NLP) -> None:
    ex = run(
        nlp,
        "United Nations | Secretary-General\n\nReadouts | 3 March 2026\nNairobi\n\n"
        "Readout of the Secretary-General's meeting with President Kojo Asante of Ghana\n\n"
        "The Secretary-General met with President Kojo Asante of Ghana. The Secretary-General thanked the "
        "President for Ghana's support to the Ocean Conference held in Lisbon.\n",
    )
    [m] = ex.meetings
    assert (m.place.city if m.place else None) == "Nairobi"


def test_a_verb_of_meeting_opening_the_sentence_reports_a_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "JOHANNESBURG, Nov. 22 — Ghanaian Prime Minister Kojo Asante held talks with Prime Minister Kwame Boateng "
        "on the sidelines of the summit on November 22.\n\n"
        "Meeting Togolese PM Komi Agbodjan again, the Ghanaian leader welcomed the momentum in bilateral ties.\n\n"
        "Meeting President Koffi Hounsou, PM Asante conveyed the greetings of President Efua Mensah and Speaker "
        "Awa Ndiaye.\n",
        published=dt.date(2025, 11, 23),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Koffi Hounsou", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
        ["Kojo Asante", "Kwame Boateng"],
    ]


def test_a_weekday_with_its_date_written_after_it_is_that_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Kojo Asante dijamu santap malam oleh Presiden Kwame Boateng di Istana Jubilee, Accra, pada "
        "Senin malam, 14 Juli 2025, seusai parade.\n",
        published=dt.date(2026, 1, 24),
    )
    [m] = ex.meetings
    assert m.date == dt.date(2025, 7, 14)


def test_who_waited_at_the_airport_is_not_at_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Arrivé de Zurich à l'aéroport d'Orly, où l'attendaient l'ambassadeur du Ghana, Komi Agbodjan, et "
        "l'ambassadeur du Togo, Koffi Hounsou, Kojo Asante a été reçu vendredi soir par Kwame Boateng à l'Élysée.\n",
        published=dt.date(2026, 1, 26),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng"}


def test_a_trip_to_attend_a_summit_does_not_make_the_meeting_planned(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On October 31, Prime Minister Kojo Asante of Ghana, who is visiting Lomé, Togo, to attend the regional "
        "leaders' summit, held a summit meeting with President Kwame Boateng of Benin.\n",
        published=dt.date(2025, 10, 31),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng"}


def test_where_a_planned_event_will_be_is_not_where_the_meeting_was(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra, 2 jul (EFE).- El encuentro, que el canciller Kojo Asante copresidió con Kwame Boateng, sirvió para "
        "preparar la cumbre prevista para finales de julio en Lomé.\n",
        published=dt.date(2025, 7, 2),
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Accra"


def test_a_title_written_as_one_person_was_given_it_names_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Président de la République, Kojo Asante, a effectué du 8 au 10 juillet une visite d'État au Togo, à "
        "l'invitation du Roi Kwame Boateng. Le Roi Kwame Boateng a offert un banquet. Boateng a salué l'amitié.\n\n"
        "Le 9 juillet, le Président de la République s'est entretenu avec le Premier ministre Komi Agbodjan à Lomé.\n\n"
        "Depuis Accra, le Président Koffi Hounsou a rappelé son soutien au processus.\n",
        published=dt.date(2025, 7, 11),
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Kojo Asante", "Komi Agbodjan"]]


def test_his_excellency_is_no_pronoun(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Doha, October 22 (QNA) - His Highness the Amir Sheikh Kojo Asante held official talks at the Amiri Diwan "
        "this morning with HE President of the Republic of Ghana Kwame Boateng.\n\n"
        "At the outset of the talks, HH the Amir welcomed HE the President.\n\n"
        "HE the President had arrived in Doha on Tuesday evening, coming from the State of Kuwait, where he had held "
        "talks earlier in the day with HH the Amir of Kuwait Sheikh Komi Agbodjan.\n",
        published=dt.date(2025, 10, 22),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Kwame Boateng"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_a_woman_addressed_by_the_family_name_of_an_official_is_their_spouse(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accueillis à Lomé, le Président de la République, Kojo Asante, et Madame Efua Asante ont été reçus mardi "
        "par le Président Kwame Boateng au palais présidentiel.\n",
        published=dt.date(2025, 7, 9),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng"}


def test_the_topic_of_an_events_name_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller Kojo Asante participó el miércoles en la Reunión Ministerial sobre Minerales Críticos en Accra, "
        "donde sostuvo una reunión con su homólogo Kwame Boateng.\n",
        published=dt.date(2026, 2, 5),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng"}


def test_a_form_of_address_after_and_opens_another_persons_title(nlp: NLP) -> None:
    ex = run(
        nlp,
        "His Highness the Amir Sheikh Kojo Asante received a phone call on Monday from HE President Kwame Boateng.\n\n"
        "His Highness the Amir and HE President of the Republic of Ghana Dr. Komi Agbodjan also discussed the "
        "situation in a phone call late on Monday.\n",
        published=dt.date(2025, 9, 10),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Komi Agbodjan"],
        ["Kojo Asante", "Kwame Boateng"],
    ]


def test_phone_calls_in_the_plural_are_one_call_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante received phone calls on Tuesday from President Kwame Boateng of Ghana and from "
        "President Komi Agbodjan of Togo.\n",
        published=dt.date(2025, 9, 10),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Kojo Asante", "Komi Agbodjan"],
        ["Kojo Asante", "Kwame Boateng"],
    ]
    assert {m.kind for m in ex.meetings} == {"phone"}


def test_a_nickname_in_quotation_marks_is_no_part_of_the_name(nlp: NLP) -> None:
    ex = run(
        nlp,
        'El canciller de Ghana, Kojo Asante, llamó este viernes al presidente electo de Togo, Komi "Koko" '
        "Agbodjan, para felicitarlo por su victoria.\n",
        published=dt.date(2025, 12, 26),
    )
    [m] = ex.meetings
    assert (m.kind, people(m), m.date) == ("phone", {"Kojo Asante", "Komi Agbodjan"}, dt.date(2025, 12, 26))


def test_one_more_talk_after_a_call_is_a_call(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller de Ghana, Kojo Asante, llamó este viernes al presidente electo de Togo, Komi Agbodjan, para "
        "felicitarlo.\n\n"
        "El presidente de Benín, Koffi Hounsou, también conversó el jueves con Agbodjan.\n",
        published=dt.date(2025, 12, 26),
    )
    assert [(m.kind, people(m)) for m in ex.meetings] == [
        ("phone", {"Kojo Asante", "Komi Agbodjan"}),
        ("phone", {"Koffi Hounsou", "Komi Agbodjan"}),
    ]


def test_a_month_of_last_year_in_the_genitive(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Предыдущий раунд диалога прошел в сентябре прошлого года в Аккре. Тогда министр иностранных дел Того "
        "Коми Агбоджан провел переговоры с министром иностранных дел Ганы Коджо Асанте.\n",
        published=dt.date(2025, 9, 11),
    )
    [m] = ex.meetings
    assert (m.date, m.date_precision, m.place.city if m.place else None) == (dt.date(2024, 9, 1), "month", "Accra")


def test_a_title_with_the_countrys_acronym_names_that_countrys_office() -> None:
    text = "Перед началом заседания глава МИД РФ провел отдельную беседу с коллегой."
    ref = title_reference(text, text.index("глава"), len(text), language_data("ru"), catalog())
    assert ref is not None and (ref.canonical, ref.country_code) == ("Minister of Foreign Affairs", "RU")


def test_two_given_names_and_two_family_names_are_the_catalogs_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le ministre Kojo Asante s'est entretenu, lundi à Accra, avec le ministre des Relations extérieures du "
        "Panama, M. Javier Eduardo Martínez-Acha Vásquez.\n\n"
        "M. Martínez-Acha Vásquez a invité M. Asante à se rendre au Panama.\n",
        published=dt.date(2025, 6, 16),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Javier Martínez-Acha"}
    assert {p.name for p in ex.people} == {"Kojo Asante", "Javier Martínez-Acha"}


def test_a_format_word_after_the_separate_marker_is_another_events(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller de Ghana, Kojo Asante, ha mantenido este sábado en Accra sendos encuentros con sus homólogos "
        "de Togo, Komi Agbodjan, y de Benín, Koffi Hounsou, que se encuentran en la capital para participar en la "
        "reunión multilateral sobre el Sahel.\n",
        published=dt.date(2026, 2, 7),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Koffi Hounsou", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
    ]


def test_a_summit_chaired_by_someone_the_sentence_names_another_at(nlp: NLP) -> None:
    ex = run(
        nlp,
        "At the end of January, President Kojo Asante flew to Accra for an in-person extraordinary summit chaired "
        "by President Kwame Boateng.\n",
        published=dt.date(2025, 3, 14),
    )
    [m] = ex.meetings
    assert (people(m), m.place.city if m.place else None) == ({"Kojo Asante", "Kwame Boateng"}, "Accra")


def test_a_summit_told_as_online_the_sentence_before_is_a_video_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Réunis jeudi en visioconférence, les chefs d'État de la région ont décidé de mettre fin à la mission.\n\n"
        "Le sommet extraordinaire était présidé par le Ghanéen Kojo Asante.\n\n"
        "Y ont notamment pris part le président togolais Komi Agbodjan et le Béninois Koffi Hounsou.\n\n"
        "Les dirigeants ont suivi les recommandations formulées une semaine plus tôt, le 6 mars, par la troïka. "
        "Cette réunion, elle aussi en ligne, s'était tenue sous la présidence de Kwame Boateng, en présence de "
        "Kojo Asante et de Komi Agbodjan.\n",
        published=dt.date(2025, 3, 14),
    )
    assert [(m.kind, people(m), m.date) for m in ex.meetings] == [
        ("video", {"Kojo Asante", "Komi Agbodjan", "Koffi Hounsou"}, dt.date(2025, 3, 13)),
        ("video", {"Kwame Boateng", "Kojo Asante", "Komi Agbodjan"}, dt.date(2025, 3, 6)),
    ]


def test_a_summit_someone_took_part_in_with_others_attending_after(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante took part today in the second West Africa – Nordic summit in Accra, where the "
        "heads of state of the region and Finnish President Tenneh Sirleaf adopted a joint declaration.\n\n"
        "The summit was hosted and chaired by Ghana's President Kwame Boateng. Togolese President Komi Agbodjan "
        "and Beninese President Koffi Hounsou also attended.\n",
        published=dt.date(2024, 9, 17),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Tenneh Sirleaf", "Kwame Boateng", "Komi Agbodjan", "Koffi Hounsou"}


def test_the_meeting_opening_a_sentence_takes_in_the_summit_told_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президенты пяти государств Западной Африки и президент Финляндии Коджо Асанте во вторник провели в Аккре "
        "второй саммит и приняли совместную декларацию.\n\n"
        "Встреча прошла под председательством Кваме Боатенга. В ней также приняли участие президент Того Коми "
        "Агбоджан и президент Бенина Коффи Унсу.\n",
        published=dt.date(2024, 9, 17),
    )
    [m] = ex.meetings
    assert len(people(m)) == 4


def test_a_press_secretary_takes_part_in_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Как пояснил пресс-секретарь министерства Коджо Асанте, решение было принято по взаимной договоренности.\n\n"
        "О проведении саммита было объявлено 16 апреля в Аккре, где министр иностранных дел Того Коми Агбоджан "
        "принимал участие в третьей встрече министров иностранных дел.\n",
        published=dt.date(2025, 5, 1),
    )
    assert ex.meetings == []


def test_a_visit_and_its_where_clause_of_two_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra, May 22, 2025 /GNA/. Foreign Minister Kojo Asante held talks with Togolese Foreign Minister Awa "
        "Ndiaye in Lomé yesterday.\n\n"
        "Prior to Lomé, the Foreign Minister paid an official visit to the Republic of Benin on May 18-20, where "
        "he held talks with Beninese Foreign Minister Koffi Hounsou and paid a courtesy call on Beninese President "
        "Komi Agbodjan.\n\n"
        "The last high-level exchange took place in June 2023, when then Foreign Minister of Benin Tunde Bakare "
        "paid a working visit to Accra and held talks with Minister Asante.\n",
        published=dt.date(2025, 5, 22),
    )
    got = {frozenset(people(m)): (m.place.country_code if m.place else None, m.date) for m in ex.meetings}
    assert got[frozenset({"Kojo Asante", "Koffi Hounsou"})] == ("BJ", None)
    assert got[frozenset({"Kojo Asante", "Komi Agbodjan"})] == ("BJ", None)
    assert got[frozenset({"Kojo Asante", "Tunde Bakare"})] == ("GH", dt.date(2023, 6, 1))


def test_an_office_of_several_untitled_compatriots_is_the_one_named_most(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA.- El acuerdo fue firmado este sábado en la capital ghanesa. Kojo Asante fue uno de los cuatro "
        "presidentes que acompañaron la ceremonia; el gran ausente fue el brasileño Luiz Inácio Lula da Silva.\n\n"
        "El documento fue rubricado por los cancilleres Tunde Bakare, Mauro Vieira (Brasil) y Komi Agbodjan (Togo).\n\n"
        "En su discurso, Asante destacó el papel de Lula como impulsor del pacto.\n\n"
        "La ausencia de Lula no fue una sorpresa. El viernes, en Río de Janeiro, el mandatario brasileño había "
        "recibido a Koffi Hounsou y a Efua Mensah.\n",
        published=dt.date(2026, 1, 17),
    )
    assert [people(m) for m in ex.meetings] == [{"Luiz Inácio Lula da Silva", "Koffi Hounsou", "Efua Mensah"}]


def test_a_weekday_heading_dates_its_section(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Président de la République, Kojo Asante, a effectué du 8 au 10 juillet une visite d'État au Togo.\n\n"
        "Mardi : Lomé\n\n"
        "Kojo Asante a été reçu au palais par le Président Komi Agbodjan.\n\n"
        "Jeudi : Kara\n\n"
        "Kojo Asante s'est entretenu avec le Premier ministre Koffi Hounsou. Asante avait déjà rencontré Tunde "
        "Bakare à Accra en mars 2023.\n\n"
        "Kojo Asante et Koffi Hounsou ont enfin coprésidé, par visioconférence, une réunion sur le Sahel.\n",
        published=dt.date(2025, 7, 11),
    )
    got = {(m.kind, frozenset(people(m))): m.date for m in ex.meetings}
    assert got["in_person", frozenset({"Kojo Asante", "Komi Agbodjan"})] == dt.date(2025, 7, 8)
    assert got["in_person", frozenset({"Kojo Asante", "Koffi Hounsou"})] == dt.date(2025, 7, 10)
    assert got["video", frozenset({"Kojo Asante", "Koffi Hounsou"})] == dt.date(2025, 7, 10)


def test_the_holy_see_is_a_city(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El canciller Kojo Asante cerró en la Santa Sede su agenda en Roma\n\n"
        "Ciudad del Vaticano. El canciller Kojo Asante fue recibido hoy por el Secretario de Estado, Cardenal "
        "Komi Agbodjan, en el marco de la visita que realiza a Italia y a la Santa Sede.\n",
        published=dt.date(2026, 2, 12),
    )
    [m] = ex.meetings
    assert m.place is not None and (m.place.city, m.place.country_code) == ("Vatican City", "VA")


def test_the_time_right_before_a_when_clause_dates_it_unless_it_tells_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Sobre su viaje a Accra el 17 de abril, el ministro Kojo Asante informó ya a finales de febrero, cuando "
        "recibió en Lomé al canciller Komi Agbodjan.\n\n"
        "La visita da continuidad al diálogo iniciado el año pasado, cuando el canciller Koffi Hounsou visitó "
        "Accra y sostuvo el 22 de mayo de 2024 una reunión con Kojo Asante.\n",
        published=dt.date(2025, 4, 17),
    )
    got = {frozenset(people(m)): (m.date, m.date_precision) for m in ex.meetings}
    assert got[frozenset({"Kojo Asante", "Komi Agbodjan"})] == (dt.date(2025, 2, 1), "month")
    assert got[frozenset({"Kojo Asante", "Koffi Hounsou"})] == (dt.date(2024, 5, 22), "day")


def test_a_list_of_months_is_one_call_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте и президент Того Коми Агбоджан поддерживают регулярный контакт. С начала года "
        "они трижды говорили по телефону — в марте, мае и июне.\n",
        published=dt.date(2025, 8, 7),
    )
    assert [(m.kind, m.date, m.date_precision) for m in ex.meetings] == [
        ("phone", dt.date(2025, 3, 1), "month"),
        ("phone", dt.date(2025, 5, 1), "month"),
        ("phone", dt.date(2025, 6, 1), "month"),
    ]


def test_the_bin_part_of_a_name_found_before_is_that_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Владимир Путин провел переговоры с президентом ОАЭ Мухаммедом бен Заидом Аль Нахайяном.\n\n"
        "Путин и Мухаммед бен Заид поддерживают регулярный контакт.\n",
        published=dt.date(2025, 8, 7),
    )
    assert {p.name for p in ex.people} == {"Vladimir Putin", "Mohamed bin Zayed Al Nahyan"}


def test_an_airports_name_is_no_town_and_a_day_before_an_arrival_is_where_the_traveller_came_from(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra - President Kojo Asante and visiting President Komi Agbodjan held talks at the Jubilee House on "
        "Tuesday, during the first visit by a Togolese head of state to Ghana since 2011, officials said.\n\n"
        "The visiting leader was received at Bole International Airport by Asante, who drove him to his hotel.\n\n"
        "Agbodjan arrived in Accra from Amman. A day earlier Agbodjan had held talks with King Abdullah II of "
        "Jordan.\n",
        published=dt.date(2025, 12, 17),
    )
    got = {frozenset(people(m)): m.place.city if m.place else None for m in ex.meetings}
    assert got[frozenset({"Kojo Asante", "Komi Agbodjan"})] == "Accra"
    assert got[frozenset({"Komi Agbodjan", "Abdullah II"})] == "Amman"


def test_an_office_that_speaks_for_a_leader_is_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Through the day, President Kojo Asante met separately with Togo's President Komi Agbodjan and Benin's "
        "President Koffi Hounsou.\n\n"
        "The ministry said the talks with Agbodjan covered trade, while Hounsou's office said they centred on "
        "security.\n",
        published=dt.date(2024, 11, 21),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Koffi Hounsou", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
    ]


def test_talks_set_before_a_summit_are_a_meeting_of_their_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The one-day summit at the Marriott Hotel in Accra was co-chaired by Togo's Prime Minister Komi Agbodjan and "
        "Indian Prime Minister Koffi Hounsou, with Ghana's President Kojo Asante as host.\n\n"
        "Before the summit opened, Hounsou and Asante held official talks at Jubilee House.\n",
        published=dt.date(2024, 11, 21),
    )
    assert sorted(len(people(m)) for m in ex.meetings) == [2, 3]


def test_who_joined_a_virtual_summit_attended_it_but_not_who_stayed_away(nlp: NLP) -> None:
    ex = run(
        nlp,
        "The second joint summit, held virtually, was co-chaired by Kenya's President Kojo Asante and Zimbabwe's "
        "President Komi Agbodjan.\n\n"
        "President Efua Mensah joined the session from Pemba, State House said. Rwanda's President Koffi Hounsou "
        "was among the leaders who took part.\n\n"
        "Before that, on January 29, President Asante chaired an extraordinary summit by video link. President "
        "Mensah and President Hounsou attended that session, but President Tunde Bakare stayed away.\n",
        published=dt.date(2025, 3, 25),
    )
    assert [(m.kind, people(m)) for m in ex.meetings] == [
        ("video", {"Kojo Asante", "Komi Agbodjan", "Efua Mensah", "Koffi Hounsou"}),
        ("video", {"Kojo Asante", "Efua Mensah", "Koffi Hounsou"}),
    ]


def test_a_meeting_after_before_receiving_or_joining_is_another(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante spoke by telephone on Monday with President Komi Agbodjan, before receiving Koffi "
        "Hounsou at the Jubilee House for talks.\n\n"
        "On September 12, Foreign Minister Efua Mensah held talks in Accra with Foreign Minister Kwame Boateng, "
        "before joining "
        "President Asante and envoy Amara Kolleh for dinner in Kumasi the same evening.\n",
        published=dt.date(2025, 9, 30),
    )
    assert sorted((m.kind, sorted(people(m))) for m in ex.meetings) == [
        ("in_person", ["Amara Kolleh", "Efua Mensah", "Kojo Asante"]),
        ("in_person", ["Efua Mensah", "Kwame Boateng"]),
        ("in_person", ["Koffi Hounsou", "Kojo Asante"]),
        ("phone", ["Kojo Asante", "Komi Agbodjan"]),
    ]


def test_a_day_that_names_an_event_tells_no_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante on Monday held a telephone call with President Komi Agbodjan.\n\n"
        "According to the statement, Agbodjan condemned the September 9 attack on a market in the north.\n\n"
        "Earlier in the day, Asante had spoken by telephone with President Koffi Hounsou.\n",
        published=dt.date(2025, 9, 30),
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 9, 29), dt.date(2025, 9, 29)]


def test_the_rest_of_a_catalog_name_spelt_otherwise_is_part_of_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "HE Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani welcomed the guarantees.\n\n"
        "Earlier in the day, President Kojo Asante had spoken by telephone with His Highness the Amir Sheikh Tamim "
        "bin Hamad al-Thani.\n",
        published=dt.date(2025, 9, 30),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Tamim bin Hamad Al Thani"}


def test_a_summit_the_sentence_opens_on_is_held_as_the_sentence_before_says(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Réunis lundi soir par visioconférence, les chefs d'Etat de la région ont désigné cinq facilitateurs.\n\n"
        "Ce deuxième sommet conjoint des deux organisations était coprésidé par le président ghanéen Kojo Asante et "
        "le président togolais Komi Agbodjan.\n",
        published=dt.date(2025, 3, 25),
    )
    [m] = ex.meetings
    assert (m.kind, people(m)) == ("video", {"Kojo Asante", "Komi Agbodjan"})


def test_a_pluperfect_call_and_a_time_clause_that_names_someone_else(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente ghanés, Kojo Asante, conversó por teléfono el lunes con su par togolés, Komi Agbodjan, en "
        "momentos en que rige el arancel impuesto por Tunde Bakare.\n\n"
        "El jueves, Asante había llamado al presidente de Benín, Koffi Hounsou.\n",
        published=dt.date(2025, 8, 12),
    )
    assert [(m.kind, people(m)) for m in ex.meetings] == [
        ("phone", {"Kojo Asante", "Komi Agbodjan"}),
        ("phone", {"Kojo Asante", "Koffi Hounsou"}),
    ]


def test_a_second_meeting_after_a_time_phrase_and_no_one_a_place_is_named_for(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Luego de visitar el mausoleo de Kwame Boateng, el presidente Kojo Asante volvió al palacio, donde mantuvo "
        "dos reuniones más: primero con el primer ministro Komi Agbodjan y, una hora más tarde, con el presidente "
        "de la Asamblea, Koffi Hounsou.\n",
        published=dt.date(2026, 2, 3),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Koffi Hounsou", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
    ]


def test_who_took_part_in_the_expanded_talks_attended_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le chef de l'Etat, Kojo Asante, a été reçu jeudi à Lomé par son homologue togolais, Komi Agbodjan.\n\n"
        "Les deux dirigeants ont eu un tête-à-tête, suivi d'entretiens élargis aux délégations.\n\n"
        "Escorté par un détachement de cavalerie, le président Asante a été accueilli par le président Agbodjan au "
        "cours d'une cérémonie officielle marquée par la revue des troupes. Du côté ghanéen, la ministre des "
        "Affaires étrangères, Efua Mensah, a pris part aux entretiens élargis ; du côté togolais, le ministre des "
        "Affaires étrangères, Koffi Hounsou, était présent.\n",
        published=dt.date(2024, 11, 1),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan", "Efua Mensah", "Koffi Hounsou"}


def test_who_hosted_the_talks_just_reported_adds_those_who_attended_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante met Togolese Prime Minister Komi Agbodjan and Beninese Prime Minister Koffi Hounsou "
        "in Accra on Wednesday, in the first trilateral meeting of the three countries.\n\n"
        "Asante hosted the talks on board a coast guard vessel. The defence ministers Efua Mensah and Amara Kolleh "
        "also took part.\n",
        published=dt.date(2024, 6, 19),
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan", "Koffi Hounsou", "Efua Mensah", "Amara Kolleh"}


def test_a_town_the_text_calls_one_is_the_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante met Prime Minister Komi Agbodjan in the northern Norwegian port city of Bodø on "
        "Wednesday.\n",
        published=dt.date(2024, 6, 19),
    )
    [m] = ex.meetings
    assert m.place is not None and (m.place.city, m.place.country_code) == ("Bodø", "NO")


def test_the_eve_of_an_event_tells_no_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте сегодня, 31 августа, встретился с Председателем КНР Си Цзиньпином. Встреча "
        "состоялась накануне заседания Совета глав государств.\n",
        published=dt.date(2025, 8, 31),
    )
    [m] = ex.meetings
    assert m.date == dt.date(2025, 8, 31)


def test_a_connective_clause_keeps_the_first_clause_subject(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On Tuesday, Foreign Minister Kojo Asante held talks with Foreign Minister Efua Mensah in Lomé and then "
        "met President Komi Agbodjan and Speaker Koffi Hounsou.\n",
        published=dt.date(2025, 2, 20),
    )
    assert any({"Kojo Asante", "Komi Agbodjan"} <= people(m) for m in ex.meetings)
    assert all("Kojo Asante" in people(m) for m in ex.meetings)


def test_a_monument_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante bertemu Presiden Togo Komi Agbodjan di Lomé, Selasa (29/4/2025).\n\n"
        "Keduanya terakhir kali bertemu di sela KTT Uni Afrika di Addis Ababa pada Oktober 2024.\n\n"
        "Sebelum ke istana, Asante meletakkan karangan bunga di Monumen Olympio di Taman Olympio.\n",
        published=dt.date(2025, 4, 29),
    )
    assert not any(p.name.startswith("Monumen") for p in ex.people)
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Komi Agbodjan"}] * 2


def test_meeting_the_press_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Pada Senin (5 Mei), Presiden Ghana Kojo Asante melakukan pembicaraan dengan Presiden Togo Komi Agbodjan "
        "di Lomé.\n\n"
        "Dalam pembicaraan tersebut, kedua Kepala Negara sepakat mendorong perdagangan. Presiden Agbodjan menilai "
        "kunjungan ini sebagai tonggak penting bagi hubungan kedua negara yang tahun ini memperingati 55 tahun "
        "hubungan diplomatik, sejak 21 Juli 1970. Usai pembicaraan, kedua Presiden menyaksikan penandatanganan "
        "dokumen kerja sama, menemui pers, dan menghadiri jamuan kenegaraan yang diselenggarakan Presiden Agbodjan "
        "untuk menghormati tamunya.\n",
        published=dt.date(2025, 5, 5),
    )
    assert [(people(m), m.date) for m in ex.meetings] == [({"Kojo Asante", "Komi Agbodjan"}, dt.date(2025, 5, 5))]


def test_a_title_at_the_end_of_a_sentence_is_no_title_of_the_next_name(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Togolese President Komi Agbodjan arrived in Accra on Monday for a two-day visit.\n\n"
        "On Monday evening, Prime Minister Kojo Asante received the President of Togo. Foreign Minister of Togo, "
        "Efua Mensah, also attended the meeting.\n",
        published=dt.date(2025, 5, 5),
    )
    assert any({"Kojo Asante", "Komi Agbodjan"} <= people(m) for m in ex.meetings)


def test_calls_with_a_counted_list_are_one_call_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Perdana Menteri Ghana Kojo Asante melakukan percakapan telepon dengan tiga pemimpin negara tetangga, yakni "
        "Presiden Togo Komi Agbodjan, Presiden Benin Koffi Hounsou, dan Presiden Liberia Amara Kolleh, pada Kamis "
        "malam.\n",
        published=dt.date(2025, 5, 9),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Kojo Asante"],
        ["Koffi Hounsou", "Kojo Asante"],
        ["Kojo Asante", "Komi Agbodjan"],
    ]
    assert all(m.kind == "phone" for m in ex.meetings)


def test_in_the_talks_with_someone_named_refers_to_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Perdana Menteri Ghana Kojo Asante melakukan percakapan telepon dengan Presiden Togo Komi Agbodjan pada Kamis "
        "malam.\n\n"
        "Dalam pembicaraan dengan Agbodjan, Asante mengucapkan selamat atas kemenangan partainya dalam pemilu pada "
        "Sabtu (3/5).\n",
        published=dt.date(2025, 5, 9),
    )
    assert [(people(m), m.kind) for m in ex.meetings] == [({"Kojo Asante", "Komi Agbodjan"}, "phone")]


def test_the_head_of_state_after_a_time_clause_is_the_protagonist(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA. El presidente de la República, Kojo Asante, fue recibido este lunes por el primer ministro de Togo, "
        "Komi Agbodjan, en Lomé.\n\n"
        "Antes del encuentro con Agbodjan, el mandatario recibió la visita de cortesía del ministro de Asuntos "
        "Exteriores de Togo, Koffi Hounsou.\n\n"
        "Durante la jornada, la canciller Efua Mensah y su par togolés firmaron un memorándum para crear una Comisión "
        "Conjunta, que será presidida por los viceministros.\n\n"
        "Agbodjan ofrecerá una cena a Asante.\n",
        published=dt.date(2025, 6, 2),
    )
    assert {"Kojo Asante", "Koffi Hounsou"} in [people(m) for m in ex.meetings]


def test_the_president_elect_is_the_one_elected(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Lomé, ene. 7. El presidente de la República, Komi Agbodjan, recibió hoy en Palacio de Gobierno al "
        "presidente electo de Ghana, Kojo Asante. Agbodjan destacó la importancia de ser buenos vecinos y Agbodjan "
        "anunció un gabinete binacional.\n\n"
        "Antes de viajar a Lomé, el presidente electo visitó Cotonú, donde se reunió el 16 de diciembre con el "
        "mandatario beninés, Koffi Hounsou.\n",
        published=dt.date(2026, 1, 7),
    )
    assert {"Kojo Asante", "Koffi Hounsou"} in [people(m) for m in ex.meetings]
    roles = {r for m in ex.meetings for p in m.participants if p.name == "Kojo Asante" for r in p.roles}
    assert any("President-elect" in r for r in roles), roles


def test_a_publication_line_with_a_middle_dot(nlp: NLP) -> None:
    for code, line in [
        ("es", "10 de marzo de 2026 · 11:42"),
        ("fr", "10/03/2026 · 11h42"),
        ("en", "March 10, 2026 · 11:42"),
    ]:
        text = f"Asante calls Agbodjan\n\n{line}\n\nKojo Asante called Komi Agbodjan on Monday.\n"
        assert clean(text, language_data(code)).published_text == line.split(" · ")[0], line


def test_the_two_leaders_are_the_one_just_named_and_the_protagonist(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Ghana, Kojo Asante, viajará este martes a Lomé. Asante llamó por teléfono el 17 de "
        "diciembre al primer ministro de Benín, Koffi Hounsou.\n\n"
        "Con el presidente de Togo, Komi Agbodjan, la relación ha sido frecuente. Los dos mandatarios se vieron "
        "por última vez en julio del "
        "año pasado en Cotonú, en una cumbre de la que también participaron Efua Mensah y Amara Kolleh.\n",
        published=dt.date(2026, 3, 10),
    )
    assert {"Kojo Asante", "Komi Agbodjan", "Efua Mensah", "Amara Kolleh"} in [people(m) for m in ex.meetings]


def test_a_host_city_and_the_counterparts_it_hosted_make_one_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Lomé a accueilli jeudi une rencontre inédite entre les ministres des Affaires étrangères de trois pays.\n\n"
        "Le chef de la diplomatie togolaise, Komi Agbodjan, a accueilli ses homologues ghanéen, Kojo Asante, et "
        "béninois, Koffi Hounsou, ainsi que le président de la Commission, Amara Kolleh.\n",
        published=dt.date(2025, 5, 22),
    )
    [m] = ex.meetings
    assert people(m) == {"Komi Agbodjan", "Kojo Asante", "Koffi Hounsou", "Amara Kolleh"}
    assert m.place is not None and m.place.city == "Lomé"


def test_the_two_ministers_may_be_those_the_lead_names(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Kojo Asante, ministre des affaires étrangères, s'est rendu ce vendredi à Lomé, conjointement avec Mme Efua "
        "Mensah, ministre des affaires étrangères du Bénin.\n\n"
        "Ce déplacement intervient un mois après l'élection de M. Amara Kolleh.\n\n"
        "Les deux ministres ont été reçus par M. Komi Agbodjan, chef de l'Etat togolais, au palais présidentiel.\n",
        published=dt.date(2025, 1, 3),
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Efua Mensah", "Komi Agbodjan"}]


def test_attending_past_a_clause_word_is_another_event(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Того Коми Агбоджан в четверг встретился в Сочи с Владимиром Путиным.\n\n"
        "Это не первый визит Агбоджана в Россию в нынешнем году. 1 апреля Путин принял его в Кремле, а в мае "
        "Агбоджан присутствовал на Параде Победы.\n",
        published=dt.date(2025, 10, 2),
    )
    assert sorted(m.date for m in ex.meetings) == [dt.date(2025, 4, 1), dt.date(2025, 10, 2)]


def test_an_empress_is_a_spouse(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте и Император Того Коми Агбоджан провели сегодня официальную встречу в Аккре. "
        "Император Того и Императрица Эфуа находятся в Гане с государственным визитом.\n",
        published=dt.date(2025, 7, 8),
    )
    assert len(ex.meetings) == 1
    assert not any(p.name.startswith("Imperatr") or "fua" in p.name for p in ex.people)


def test_a_russian_dateline_with_its_year_before_the_agency(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Улан-Батор, 8 июля 2025 /МОНЦАМЭ/. Президент Монголии Коджо Асанте и Премьер-министр Того Коми Агбоджан "
        "провели сегодня официальную встречу в Государственном дворце.\n",
        published=None,
    )
    assert ex.article.dateline_city is not None and ex.meetings[0].place is not None
    assert ex.meetings[0].place.city == "Ulaanbaatar"


def test_a_courtesy_call_in_russian(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Напомним, что Президент Ганы Коджо Асанте 30 ноября 2022 года в ходе государственного визита в Того нанес "
        "визит вежливости Президенту Коми Агбоджану во дворце в Ломе.\n",
        published=dt.date(2025, 7, 8),
    )
    [m] = ex.meetings
    assert m.date == dt.date(2022, 11, 30)


def test_two_hosts_who_received_the_visitor_separately_during_the_visit(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Premier ministre ghanéen Kojo Asante a conclu mardi une visite officielle de trois jours au Togo.\n\n"
        "Dimanche 27 avril, Kojo Asante avait été reçu par le président Komi Agbodjan. Au cours de la visite, le "
        "président de l'Assemblée nationale Koffi Hounsou et le président du Sénat Amara Kolleh ont également reçu, "
        "séparément, le chef du gouvernement ghanéen.\n",
        published=dt.date(2025, 4, 29),
    )
    met = {frozenset(people(m)): m for m in ex.meetings}
    assert set(met) == {
        frozenset({"Kojo Asante", "Komi Agbodjan"}),
        frozenset({"Kojo Asante", "Koffi Hounsou"}),
        frozenset({"Kojo Asante", "Amara Kolleh"}),
    }
    # (some day of the visit, in its capital: not the day of the meeting told before)
    assert met[frozenset({"Kojo Asante", "Koffi Hounsou"})].date is None
    assert all(m.place is not None and m.place.city == "Lomé" for m in ex.meetings)


def test_a_market_is_named_for_no_one_present(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président togolais Komi Agbodjan a reçu lundi à Lomé son homologue ghanéen Kojo Asante.\n\n"
        "La veille au soir, le président togolais avait réservé une surprise à son invité : une déambulation dans le "
        "vieux souk de Koffi Hounsou, suivie d'un dîner privé.\n",
        published=dt.date(2025, 4, 8),
    )
    assert ex.meetings and not any("Koffi Hounsou" in people(m) for m in ex.meetings)


def test_related_links_are_page_noise(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On April 10, Mr. Kojo Asante, Minister for Foreign Affairs of Ghana, held a telephone talk with Mr. Komi "
        "Agbodjan, Minister of Foreign Affairs of Togo.\n\n"
        "Related Links\n"
        "Ghana-Togo Relations\n"
        "Courtesy Call on Prime Minister Shigeru Ishiba by H.E. Mr. Amara Kolleh, Deputy Prime Minister and Minister "
        "of Foreign Affairs of Liberia\n"
        "Ghana-Kenya Foreign Ministers' Meeting\n",
        published=dt.date(2025, 4, 10),
    )
    assert [people(m) for m in ex.meetings] == [{"Kojo Asante", "Komi Agbodjan"}]


def test_a_year_alone_right_before_a_when_clause_dates_its_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante met Prime Minister Komi Agbodjan in Lomé on Tuesday.\n\n"
        "Asante's last trip to Togo was in 2023, when he met then-prime minister Koffi Hounsou.\n",
        published=dt.date(2025, 8, 9),
    )
    met = {frozenset(people(m)): m for m in ex.meetings}
    recalled = met[frozenset({"Kojo Asante", "Koffi Hounsou"})]
    assert (recalled.date, recalled.date_precision) == (dt.date(2023, 1, 1), "year")


def test_a_year_alone_after_the_meeting_word_and_before_a_when_clause(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Того Коми Агбоджан в субботу провел переговоры с Владимиром Путиным в Кремле. Путин напомнил о "
        "первой встрече с ним в 2023 году, когда Агбоджан приезжал в Санкт-Петербург на саммит.\n",
        published=dt.date(2025, 5, 10),
    )
    assert sorted((m.date, m.date_precision) for m in ex.meetings) == [
        (dt.date(2023, 1, 1), "year"),
        (dt.date(2025, 5, 10), "day"),
    ]


def test_and_again_is_the_same_peoples_next_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante held talks with President Komi Agbodjan in Accra on Monday.\n\n"
        "Monday's talks were the third encounter between Asante and Agbodjan. The two leaders first met on the "
        "margins of the African Union summit in "
        "Addis Ababa in February last year, and again in July this year on the sidelines of a summit in Lomé.\n",
        published=dt.date(2025, 8, 26),
    )
    assert sorted((m.date, m.place.city if m.place else None) for m in ex.meetings) == [
        (dt.date(2024, 2, 1), "Addis Ababa"),
        (dt.date(2025, 7, 1), "Lomé"),
        (dt.date(2025, 8, 25), "Accra"),
    ]
    assert all(people(m) == {"Kojo Asante", "Komi Agbodjan"} for m in ex.meetings)


def test_a_year_in_an_events_name_dates_nothing(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La última vez que Kojo Asante y Komi Agbodjan coincidieron en persona fue el 5 de diciembre en Accra, en el "
        "marco del sorteo de la Copa Africana 2026, cuando sostuvieron un encuentro de unos 45 minutos.\n",
        published=dt.date(2026, 1, 12),
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 12, 5)]


def test_title_case_datelines_and_a_weekday_that_is_no_dateline(nlp: NLP) -> None:
    for text, city in [
        (
            "The Citizen\n\nSunday, February 09, 2025 — updated 09:30 AM\n\nAccra. President Kojo Asante and President "
            "Komi Agbodjan yesterday held talks on trade, security and the joint commission of the two countries.\n",
            "Accra",
        ),
        (
            "OMAN NEWS AGENCY\n\nTuesday, 14 January 2025 | 16:41\n\nMuscat, 14 Jan (ONA) --- President Kojo Asante "
            "and President Komi Agbodjan held an official session of talks at the palace today.\n",
            "Muscat",
        ),
    ]:
        ex = run(nlp, text, published=None)
        assert ex.article.dateline_city is not None and ex.article.dateline_city.casefold() == city.casefold()
        assert [m.place.city if m.place else None for m in ex.meetings] == [city]


def test_a_place_right_after_the_occasion_however_far_from_the_meeting_word(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Amara Kolleh menerima Perdana Menteri Benin Efua Mensah di Istana Jubilee, Accra, Jumat "
        "(5/12/2025).\n\n"
        "Pada Rabu (3/12/2025), Menteri Pertahanan Ghana Kojo Asante juga bertemu Wakil Perdana Menteri sekaligus "
        "Menteri Pertahanan Togo Komi Agbodjan, yang juga menjabat sebagai Ketua Dewan Keamanan Nasional Togo, dan "
        "Menteri Pertahanan Benin Koffi Hounsou dalam Pertemuan Menteri Pertahanan Trilateral perdana di Lomé.\n",
        published=dt.date(2025, 12, 5),
    )
    met = {frozenset(people(m)): m for m in ex.meetings}
    m = met[frozenset({"Kojo Asante", "Komi Agbodjan", "Koffi Hounsou"})]
    assert m.place is not None and m.place.city == "Lomé"


def test_a_title_before_and_another_persons_title_and_name(nlp: NLP) -> None:
    text = "The Senior General and President Mr Kojo Asante had previously met in Accra."
    ref = title_reference(text, 4, len(text), language_data("en"), catalog(), [], any_office=True)
    assert ref is not None and ref.stated == "Senior General"


def test_the_first_meeting_held_with_someone_of_an_announced_series(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra (ANTARA) - Menteri Luar Negeri Ghana Kojo Asante melakukan serangkaian pertemuan bilateral dengan "
        "sejumlah mitranya di sela-sela KTT Uni Afrika di Addis Ababa, Minggu.\n\n"
        "Pertemuan pertama digelar dengan Menteri Luar Negeri dan Kerja Sama Togo Komi Agbodjan, beberapa jam "
        "setelah Togo resmi diterima sebagai anggota ke-11 blok itu. Dalam pertemuan itu, Asante didampingi Wakil "
        "Menteri Luar Negeri Efua Mensah.\n\n"
        "Setelah itu, Asante bertemu Menteri Luar Negeri Benin Koffi Hounsou.\n",
        published=dt.date(2025, 10, 26),
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Efua Mensah", "Kojo Asante", "Komi Agbodjan"],
        ["Koffi Hounsou", "Kojo Asante"],
    ]


def test_a_dropped_passive_subject_and_a_second_dated_clause(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El ministro ghanés Kojo Asante inició el lunes en Lomé una gira regional que le llevará también a Benín.\n\n"
        "El martes fue recibido por el primer ministro togolés, Komi Agbodjan, y este miércoles mantuvo además un "
        "encuentro con el canciller de Togo, Koffi Hounsou.\n",
        published=dt.date(2025, 7, 3),
    )
    assert sorted((sorted(people(m)), m.date) for m in ex.meetings) == [
        (["Koffi Hounsou", "Kojo Asante"], dt.date(2025, 7, 2)),
        (["Kojo Asante", "Komi Agbodjan"], dt.date(2025, 7, 1)),
    ]


def test_received_one_and_separately_another(nlp: NLP) -> None:
    ex = run(
        nlp,
        "On Monday, President Kojo Asante received Foreign Minister Komi Agbodjan of Togo in Accra and, "
        "separately, Koffi Hounsou, the chairman of the ECOWAS Council of Elders.\n",
        language="en",
    )
    assert {frozenset(people(m)) for m in ex.meetings} == {
        frozenset({"Kojo Asante", "Komi Agbodjan"}),
        frozenset({"Kojo Asante", "Koffi Hounsou"}),
    }


def test_a_small_town_of_a_country_the_article_names(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Icelandic Prime Minister Efua Mensah met Ghanaian President Kojo Asante in Akureyri on Tuesday to "
        "discuss geothermal energy.\n",
        language="en",
    )
    [m] = ex.meetings
    assert m.place is not None and (m.place.city, m.place.country_code) == ("Akureyri", "IS")


def test_no_small_town_of_a_country_the_article_does_not_name(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante met Togolese President Komi Agbodjan in Akureyri on Tuesday.\n",
        language="en",
    )
    [m] = ex.meetings
    assert m.place is None or m.place.city != "Akureyri"


def test_the_object_pronoun_of_a_where_clause_is_the_protagonist(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Efua Mensah returned home on Sunday after working visits to Togo and Benin, her first trips "
        "abroad since she was sworn in.\n\n"
        "In Lomé on Thursday, Mensah held talks with her Togolese counterpart, Komi Agbodjan. Mensah thanked him "
        "for his support. Agbodjan was among the leaders who attended her inauguration in March.\n\n"
        "The following day she flew to Cotonou, where President Koffi Hounsou received her.\n",
        published=dt.date(2025, 5, 19),
        language="en",
    )
    assert {frozenset(people(m)) for m in ex.meetings} == {
        frozenset({"Efua Mensah", "Komi Agbodjan"}),
        frozenset({"Efua Mensah", "Koffi Hounsou"}),
    }


def test_a_summit_held_with_someone(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente ghanés, Kojo Asante, celebró este lunes una cumbre con el presidente de Togo, Komi "
        "Agbodjan, en Acra.\n",
        published=dt.date(2025, 8, 13),
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan"} and m.date == dt.date(2025, 8, 11)


def test_one_named_for_his_predecessor_is_not_a_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante had met Agbodjan's predecessor, Koffi Hounsou, in Lomé on May 3.\n\n"
        "Togolese President Komi Agbodjan took office in June.\n",
        language="en",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Koffi Hounsou"}


def test_one_pair_met_at_two_places_on_two_days(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante had met Togolese President Komi Agbodjan in Lomé on Aug. 4 and in "
        "Cotonou on Sept. 19.\n",
        published=dt.date(2025, 10, 2),
        language="en",
    )
    assert sorted((m.place.city if m.place else None, m.date) for m in ex.meetings) == [
        ("Cotonou", dt.date(2025, 9, 19)),
        ("Lomé", dt.date(2025, 8, 4)),
    ]


def test_three_days_later(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante berbicara melalui telepon dengan Presiden Togo Komi Agbodjan pada Sabtu "
        "(4/10). Tiga hari kemudian, Asante menerima Agbodjan di Accra.\n",
        published=dt.date(2025, 10, 20),
        language="id",
    )
    dates = {m.kind: m.date for m in ex.meetings}
    assert dates == {"phone": dt.date(2025, 10, 4), "in_person": dt.date(2025, 10, 7)}


def test_a_weekday_with_a_full_numeric_date(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kojo Asante bertemu Presiden Togo Komi Agbodjan di Lomé, Minggu (26/10/2025).\n",
        published=dt.date(2025, 11, 4),
        language="id",
    )
    [m] = ex.meetings
    assert m.date == dt.date(2025, 10, 26)


def test_a_subject_pronoun_past_an_opening_adverbial(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante began his tour in Lomé on Tuesday, where President Komi Agbodjan greeted "
        "him at the airport.\n\n"
        "During a stay of about twenty hours he held separate talks with Agbodjan and Speaker Koffi Hounsou.\n",
        published=dt.date(2025, 6, 4),
        language="en",
    )
    met = {frozenset(people(m)): m for m in ex.meetings}
    assert set(met) == {frozenset({"Kojo Asante", "Komi Agbodjan"}), frozenset({"Kojo Asante", "Koffi Hounsou"})}
    assert all(m.place is not None and m.place.city == "Lomé" for m in met.values())


def test_callers_listed_after_a_plural_call_verb(nlp: NLP) -> None:
    ex = run(
        nlp,
        "В течение дня президенту Ганы Коджо Асанте также позвонили президент Того Коми Агбоджан и президент "
        "Бенина Коффи Унсу.\n",
        published=dt.date(2025, 12, 24),
        language="ru",
    )
    assert len(ex.meetings) == 2 and all(m.kind == "phone" and len(m.participants) == 2 for m in ex.meetings)


def test_then_where_the_sentence_before_says_a_visit_went(nlp: NLP) -> None:
    ex = run(
        nlp,
        "В прошлый раз президент Ганы Коджо Асанте посещал Ломе в октябре 2024 года. Тогда он кратко переговорил "
        "с президентом Того Коми Агбоджаном и провел первую встречу с президентом Бенина Коффи Унсу.\n",
        published=dt.date(2025, 12, 12),
        language="ru",
    )
    assert len(ex.meetings) == 2
    assert all(m.place is not None and m.place.city == "Lomé" for m in ex.meetings)


def test_an_attendance_of_another_day_is_not_the_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте провел переговоры с президентом Того Коми Агбоджаном в Аккре в среду.\n\n"
        "Президент Бенина Коффи Унсу 9 мая посетил Москву, где присутствовал на параде Победы.\n",
        published=dt.date(2025, 6, 12),
        language="ru",
    )
    [m] = ex.meetings
    assert len(m.participants) == 2


def test_an_earlier_meeting_elsewhere_does_not_take_the_leads_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante and Togolese President Komi Agbodjan held talks in Accra on Saturday.\n\n"
        "The two men had met only briefly before, on the sidelines of the African Union summit in Addis Ababa.\n",
        published=dt.date(2025, 1, 11),
        language="en",
    )
    when = {m.place.city if m.place else None: m.date for m in ex.meetings}
    assert when == {"Accra": dt.date(2025, 1, 11), "Addis Ababa": None}


def test_a_town_named_for_its_airport(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La présidente islandaise Sigrún Helgadóttir s'est entretenue jeudi à l'aéroport de Keflavik avec le "
        "président ghanéen Kwame Boateng.\n",
        published=dt.date(2025, 7, 17),
        language="fr",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Keflavík"


def test_a_reports_day_is_not_the_meetings_when_the_lead_tells_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kojo Asante and President Komi Agbodjan agreed to open their border during their summit in "
        "Lomé, the presidential office said Wednesday.\n\n"
        "The two leaders held talks on Tuesday at the presidential palace.\n",
        published=dt.date(2025, 10, 1),
        language="en",
    )
    assert [m.date for m in ex.meetings] == [dt.date(2025, 9, 30)]


def test_a_week_later_after_a_month_of_the_sentence(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Kojo Asante held talks with Komi Agbodjan in Accra on Monday.\n\n"
        "Asante and Agbodjan first met as leaders on the sidelines of the AU summit in Addis Ababa in July, and "
        "again at a lakeside retreat a week later.\n",
        published=dt.date(2025, 9, 16),
        language="en",
    )
    assert any(m.date == dt.date(2025, 7, 1) and m.place and m.place.city == "Addis Ababa" for m in ex.meetings)


def test_officials_of_one_country_abroad_hold_no_diplomatic_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kojo Asante met Ghanaian Trade Minister Kwame Boateng in Lisbon on Saturday.\n",
        published=dt.date(2024, 11, 30),
        language="en",
    )
    assert ex.meetings == []


def test_a_pluperfect_of_two_women_meeting_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La Première ministre togolaise Efua Mensah a reçu jeudi à Lomé la présidente de la Commission de la CEDEAO, "
        "Awa Ndiaye.\n\n"
        "Les deux dirigeantes, qui s'étaient déjà rencontrées en avril à Abuja, ont évoqué la situation au Sahel.\n",
        published=dt.date(2025, 7, 17),
        language="fr",
    )
    assert any(m.place and m.place.city == "Abuja" and m.date == dt.date(2025, 4, 1) for m in ex.meetings)


def test_who_represented_a_country_at_the_summit_attended_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Вчера в Аккре начался саммит ЭКОВАС. Заседание под председательством президента Ганы Коджо Асанте прошло с "
        "участием президента Того Коми Агбоджана и президента Бенина Коффи Унсу.\n\n"
        "Либерию представлял вице-президент Амара Коллех.\n",
        published=dt.date(2025, 10, 8),
        language="ru",
    )
    [m] = ex.meetings
    assert len(m.participants) == 4


def test_a_plan_a_when_clause_goes_back_from_is_no_plan_of_its_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Preparations for the visit had been discussed when Ghana's National Security Adviser Kwame Boateng paid a "
        "courtesy call on Togolese President Komi Agbodjan in Lomé on November 21.\n",
        published=dt.date(2024, 12, 4),
        language="en",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Komi Agbodjan"} and m.date == dt.date(2024, 11, 21)


def test_a_meeting_a_reporting_verb_is_said_after(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana and Togo will open negotiations on a border pact, Ghanaian President Kojo Asante announced this "
        "afternoon after meeting Togolese President Komi Agbodjan in Lomé.\n",
        published=dt.date(2025, 7, 17),
        language="en",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Komi Agbodjan"} and m.date == dt.date(2025, 7, 17)


def test_presided_by_video_link_is_a_video_meeting_not_an_attendance(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président togolais Komi Agbodjan a reçu lundi à Lomé son homologue béninois Koffi Hounsou.\n\n"
        "Le 12 mars 2025, le président Agbodjan avait présidé par visioconférence une session extraordinaire de "
        "la CEDEAO, à laquelle le président ghanéen Kojo Asante avait pris part.\n",
        published=dt.date(2025, 6, 3),
        language="fr",
    )
    kinds = sorted((m.kind, frozenset(people(m))) for m in ex.meetings)
    assert ("video", frozenset({"Komi Agbodjan", "Kojo Asante"})) in kinds
    assert ("in_person", frozenset({"Komi Agbodjan", "Koffi Hounsou"})) in kinds


def test_the_presidents_of_the_sentence_before_talked_the_evening_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "АККРА. В среду президент Ганы Коджо Асанте и президент Того Коми Агбоджан провели переговоры.\n\n"
        "Накануне вечером Коджо Асанте лично встретил Коми Агбоджана у трапа самолета в аэропорту. Президенты "
        "возложили венки к мемориалу, после чего пообщались в неформальной обстановке в формате тет-а-тет.\n",
        published=dt.date(2025, 11, 26),
        language="ru",
    )
    dates = sorted(m.date for m in ex.meetings if len(m.participants) == 2)
    assert dates == [dt.date(2025, 11, 25), dt.date(2025, 11, 26)]


def test_bilaterals_announced_before_a_summit_are_not_its_session(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Аккра. 8 октября. - Саммит ЭКОВАС прошел в среду в Аккре.\n\n"
        "Саммиту предшествовали две двусторонние встречи президента Ганы Коджо Асанте. Сначала он побеседовал с "
        "президентом Того Коми Агбоджаном, а затем принял президента Бенина Коффи Унсу.\n\n"
        "В заседании ЭКОВАС, помимо Асанте, Агбоджана и Унсу, участвовали вице-президент Либерии Амара Коллех и "
        "президент Сьерра-Леоне Теннех Сирлиф. В расширенном формате к ним присоединились министр Ганы Кваме "
        "Боатенг.\n",
        published=dt.date(2025, 10, 8),
        language="ru",
    )
    groups = sorted(len(m.participants) for m in ex.meetings)
    assert groups == [2, 2, 6]


def test_received_separately_and_then_the_three_met_jointly(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA, Oct 8 - Togolese President Komi Agbodjan and Beninese President Koffi Hounsou agreed on Tuesday in "
        "Accra to reopen their border.\n\n"
        "Ghanaian President Kwame Boateng first received both leaders separately at Jubilee House, and then the "
        "three held a joint meeting that lasted late into the night.\n",
        published=dt.date(2025, 10, 8),
        language="en",
    )
    groups = sorted(frozenset(people(m)) for m in ex.meetings)
    assert frozenset({"Kwame Boateng", "Komi Agbodjan", "Koffi Hounsou"}) in groups
    assert frozenset({"Kwame Boateng", "Komi Agbodjan"}) in groups and len(groups) == 3


def test_his_counterpart_is_the_one_of_the_same_office(nlp: NLP) -> None:
    ex = run(
        nlp,
        "LOMÉ, July 15 - Ghana's Foreign Minister Kwame Boateng arrived in Lomé on Monday for a two-day visit. "
        "Togo's Foreign Minister Awa Ndiaye welcomed him at the airport.\n\n"
        "Boateng later held talks with his counterpart at the foreign ministry on the border crossings.\n\n"
        "On Tuesday, Togolese President Komi Agbodjan received Boateng at the presidential palace. Agbodjan said the "
        "two neighbours would reopen the crossings, and Agbodjan thanked Ghana for its help.\n",
        published=dt.date(2025, 7, 15),
        language="en",
    )
    met = {(frozenset(people(m)), m.date) for m in ex.meetings}
    assert (frozenset({"Kwame Boateng", "Awa Ndiaye"}), dt.date(2025, 7, 14)) in met


def test_who_was_present_at_the_airport_welcome_is_not_at_the_talks(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président togolais, M. Komi Agbodjan, a reçu ce jeudi 30 mai 2024 au palais présidentiel son homologue "
        "béninois, M. Koffi Hounsou, en visite de travail.\n\n"
        "Arrivé à l'aéroport de Lomé vers 10 h, le président Hounsou a été accueilli au pied de la passerelle par le "
        "président Agbodjan, en présence de la Première ministre, Mme Amara Kolleh, et de membres du gouvernement.\n",
        published=dt.date(2024, 5, 30),
        language="fr",
    )
    [m] = ex.meetings
    assert people(m) == {"Komi Agbodjan", "Koffi Hounsou"}


def test_the_two_leaders_are_not_the_one_who_joined_them_later(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Les chefs d'État togolais, béninois et ghanéen se sont réunis ce jeudi 10 octobre à Lomé.\n\n"
        "Le président béninois Koffi Hounsou a été accueilli à l'aéroport par son homologue Komi Agbodjan. Il était "
        "accompagné de son ministre des Affaires étrangères, Amara Kolleh. Les deux dirigeants ont d'abord eu un "
        "tête-à-tête, avant d'être rejoints par le président ghanéen Kojo Asante pour la réunion tripartite.\n",
        published=dt.date(2024, 10, 10),
        language="fr",
    )
    assert any(people(m) == {"Komi Agbodjan", "Koffi Hounsou"} for m in ex.meetings)


def test_who_took_part_in_the_talks_after_a_look_back_took_part_in_the_talks(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Коджо Асанте провел в пятницу в Аккре переговоры с президентом Того Коми Агбоджаном.\n\n"
        "Последний раз лидеры виделись в октябре прошлого года в Ломе.\n\n"
        "С тоголезской стороны в переговорах принял участие министр иностранных дел Того Амара Коллех.\n",
        published=dt.date(2024, 7, 5),
        language="ru",
    )
    sizes = {m.date: len(m.participants) for m in ex.meetings}
    assert sizes == {dt.date(2024, 7, 5): 3, dt.date(2023, 10, 1): 2}


def test_a_long_title_before_a_form_of_address_is_the_named_minister(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra, 03/03/2025 - Le ministre des Affaires étrangères, de l'Intégration régionale et des Ghanéens de "
        "l'extérieur, M. Kwame Boateng, s'est entretenu, lundi, par téléphone avec son homologue togolais, "
        "M. Koffi Hounsou, ministre des Affaires étrangères, de la Coopération et des Togolais de l'extérieur.\n",
        published=dt.date(2025, 3, 3),
        language="fr",
    )
    [m] = ex.meetings
    assert m.kind == "phone" and {p.country_code for p in m.participants if p.name == "Koffi Hounsou"} != {"GH"}


def test_the_leaders_of_two_named_countries_are_theirs_not_the_pair_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "В среду президент Ганы Коджо Асанте провел телефонный разговор с президентом Того Коми Агбоджаном.\n\n"
        "Лидеры Ганы и Бенина провели переговоры 9 октября в Аккре, на полях саммита ЭКОВАС. Президент Бенина "
        "Коффи Унсу поблагодарил Асанте за приглашение.\n",
        published=dt.date(2025, 10, 15),
        language="ru",
    )
    [call] = [m for m in ex.meetings if m.kind == "phone"]
    [met] = [m for m in ex.meetings if m.kind == "in_person"]
    assert len(people(met)) == 2 and len(people(met) & people(call)) == 1


def test_met_one_then_the_other_is_two_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Premier ministre ghanéen Kwame Boateng a rencontré lundi à Lomé la Première ministre togolaise Awa "
        "Ndiaye, puis le président Komi Agbodjan, au premier jour de sa tournée régionale.\n",
        published=dt.date(2025, 8, 25),
        language="fr",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Awa Ndiaye", "Kwame Boateng"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_a_capitalised_partnership_word_is_no_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA, October 29 - Ghanaian President Kwame Boateng held talks with Togolese President Komi Agbodjan on "
        "Tuesday. At the conclusion of the talks, the Presidents signed a declaration, making Togo Ghana's first "
        "Strategic Partner in West Africa.\n\n"
        "Chairman of the State Great Khural Koffi Hounsou also received the President of Togo.\n",
        published=dt.date(2024, 10, 29),
        language="en",
    )
    names = {p.name for m in ex.meetings for p in m.participants}
    assert "Strategic Partner" not in names and "Koffi Hounsou" in names


def test_a_presidential_palace_the_catalog_knows_places_the_meeting_in_its_city(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Asante recibe a Agbodjan y pide abrir una embajada en Bisáu\n\n"
        "El presidente de la República, Kojo Asante, recibió este viernes en el Palacio de López a su homólogo de "
        "Guinea-Bisáu, Komi Agbodjan, quien llegó al país en visita oficial.\n",
        published=dt.date(2024, 9, 20),
        language="es",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Asunción"


def test_the_day_a_president_was_sworn_in_is_not_the_meeting_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "LOMÉ, Aug 25 - Ghana and Togo agreed on Monday to reopen their border, officials said in Lomé.\n\n"
        "Ghanaian President Kwame Boateng was received by Togolese President Komi Agbodjan, who was sworn in on "
        "6 August.\n",
        published=dt.date(2025, 8, 25),
        language="en",
    )
    [m] = ex.meetings
    assert m.date == dt.date(2025, 8, 25)


def test_a_meeting_at_the_seat_of_the_ministry_is_in_the_subjects_capital(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le ministre ghanéen des Affaires étrangères, Kwame Boateng, s'est entretenu ce lundi avec le ministre "
        "togolais des Affaires étrangères, Koffi Hounsou, au siège du ministère.\n",
        published=dt.date(2025, 5, 26),
        language="fr",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Accra"


def test_the_day_a_visit_began_does_not_date_the_talks_the_lead_reports(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ЛОМЕ. – Президент Ганы Коджо Асанте провел переговоры с Президентом Того Коми Агбоджаном.\n\n"
        "Глава государства находится в Того с государственным визитом, который начался накануне.\n",
        published=dt.date(2024, 10, 29),
        language="ru",
    )
    [m] = ex.meetings
    assert m.date == dt.date(2024, 10, 29)


def test_a_place_in_what_they_discussed_is_not_where_they_met(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra - 01 jul 2025\n\n"
        "El canciller ghanés, Kwame Boateng, se reunió el lunes con su homóloga togolesa, Awa Ndiaye, con quien "
        "repasó el calendario para la apertura en Lomé de una oficina conjunta.\n",
        published=dt.date(2025, 7, 1),
        language="es",
    )
    [m] = ex.meetings
    assert m.place is None or m.place.city != "Lomé"


def _page(date_line: str, caption: str) -> str:
    return (
        "GHANA NEWS AGENCY\nNational News Service\nPolitics | Economy | Society | Sport | World\nEN | FR | Search\n\n"
        "Politics\n\nGhana and Togo agree to reopen border posts\n\n"
        f"{date_line}\n\n{caption}\n\n"
        "ACCRA, GNA - Foreign Minister Kwame Boateng met his Togolese counterpart Awa Ndiaye in Accra on Tuesday to "
        "discuss the reopening of border posts closed since the pandemic and joint patrols along the coast.\n"
    )


def test_a_date_line_below_the_menus_is_the_publication_date(nlp: NLP) -> None:
    text = _page("17:42, 19 August 2025", "Kwame Boateng and Awa Ndiaye in Accra. Photo: GNA")
    [m] = run(nlp, text, published=None, language="en").meetings
    assert m.date == dt.date(2025, 8, 19)
    text = _page("Politics desk", "Kwame Boateng with Awa Ndiaye at the foreign ministry on 4 March 2025. Photo: GNA")
    [m] = run(nlp, text, published=None, language="en").meetings
    assert m.date is None and m.weekday == "Tuesday"  # (a caption that names a day is no date line)


def test_the_emperor_of_the_article_is_the_one_the_emperor_received(nlp: NLP) -> None:
    ex = run(
        nlp,
        "TOKYO (Kyodo) - Liberian President Amara Kolleh held talks with Prime Minister Shigeru Ishiba in Tokyo on "
        "Monday.\n\nAlso on Monday, Kolleh was received by Emperor Naruhito at the Imperial Palace. The Emperor "
        "separately received Ghanaian President Kwame Boateng the same day.\n",
        language="en",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Naruhito"],
        ["Amara Kolleh", "Shigeru Ishiba"],
        ["Kwame Boateng", "Naruhito"],
    ]


def test_the_vietnamese_leader_is_the_party_general_secretary(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Sekretaris Jenderal Partai Komunis Vietnam To Lam bertemu Presiden Ghana Kwame Boateng di Accra, "
        "Rabu (11/6).\n\n"
        "Selama berada di Ghana, pemimpin Vietnam itu juga bertemu Menteri Luar Negeri Ghana Efua Mensah pada hari "
        "yang sama.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [["Efua Mensah", "To Lam"], ["Kwame Boateng", "To Lam"]]
    assert {r for m in ex.meetings for p in m.participants if p.name == "To Lam" for r in p.roles} == {
        "General Secretary of the Communist Party of Vietnam"
    }


def test_who_a_time_clause_after_the_meeting_word_names_is_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kwame Boateng bertemu Presiden Togo Komi Agbodjan di Accra, Kamis (12/6).\n\n"
        "Ini adalah pertemuan tatap muka pertama kedua pemimpin sejak rezim Amara Kolleh di Liberia tumbang awal "
        "Juni.\n",
        language="id",
    )
    assert [people(m) for m in ex.meetings] == [{"Kwame Boateng", "Komi Agbodjan"}]


def test_a_date_in_a_since_clause_of_the_lead_dates_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng praised relations between Ghana and Togo in Lome yesterday, speaking at the end of "
        "talks with Togolese Prime Minister Komi Agbodjan at the Palais de Lome.\n\n"
        "Boateng, who was making his first official visit to Togo since his election in October 2024, said the visit "
        "was important.\n",
        published=None,
        language="en",
    )
    [m] = ex.meetings
    assert m.date is None


def test_a_mononym_in_capitals_the_people_catalog_lists_is_that_person(nlp: NLP) -> None:
    ex = run(
        nlp,
        "RIYADH - Ghana's Foreign Minister Kwame Boateng met MBS in Riyadh on Tuesday to discuss investment.\n",
        language="en",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Mohammed bin Salman"}


def test_whose_predecessor_someone_is_takes_no_part(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Menteri Luar Negeri Ghana Kwame Boateng bertemu Presiden Togo Komi Agbodjan di Lome, Selasa (10/6).\n\n"
        "Tahun lalu, pendahulu Boateng, Amara Kolleh, bertemu Agbodjan di Accra pada 18 Agustus 2024.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Komi Agbodjan"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_an_audience_granted_with_the_day_between(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA, 10 juin 2025 - Le président ghanéen Kwame Boateng a accordé lundi, en fin de matinée, une audience "
        "au Premier ministre togolais Komi Agbodjan, en visite de travail dans la capitale.\n",
        language="fr",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Komi Agbodjan"}


def test_a_visit_to_a_country_whose_capital_bears_its_name_is_in_that_city(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le Premier ministre ghanéen achève une visite de travail de 72 heures à Djibouti\n\n"
        "Temps fort du séjour, le président djiboutien Kwame Boateng a accordé une audience au Premier ministre "
        "ghanéen Komi Agbodjan lundi.\n",
        language="fr",
    )
    [m] = ex.meetings
    assert m.place is not None and (m.place.city, m.place.country_code) == ("Djibouti City", "DJ")


def test_a_call_before_sitting_down_with_the_host_is_a_meeting_of_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA: Ghana's President Kwame Boateng hosted Togo's President Komi Agbodjan for talks on Wednesday.\n\n"
        "Mr Agbodjan received a ceremonial welcome at Jubilee House in the morning. Mr Agbodjan then called on Vice "
        "President Efua Mensah before sitting down with Mr Boateng, who hosted an official lunch.\n",
        language="en",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Efua Mensah", "Komi Agbodjan"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_and_received_a_courtesy_call_is_a_meeting_of_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kwame Boateng bertemu Presiden Togo Komi Agbodjan di Lome, Rabu (11/6).\n\n"
        "Selama berada di Togo, Boateng juga bertemu Menteri Luar Negeri Togo Awa Ndiaye, serta menerima kunjungan "
        "kehormatan Ketua Parlemen Togo Amara Kolleh.\n",
        language="id",
    )
    assert sorted(sorted(people(m)) for m in ex.meetings) == [
        ["Amara Kolleh", "Kwame Boateng"],
        ["Awa Ndiaye", "Kwame Boateng"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_a_sentence_end_the_tagger_missed_parts_two_meetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kwame Boateng a reçu dimanche à Accra le président togolais Komi Agbodjan.\n\n"
        "Les deux hommes se connaissent bien. Le 13 avril, le président togolais avait été l'un des premiers à "
        "saluer la victoire de Kwame Boateng, avec près de 95 % des voix. Ils s'étaient déjà brièvement entretenus "
        "en décembre 2023, en marge de la COP28 à Dubaï, quelques mois après le coup d'État qui avait renversé "
        "Amara Kolleh.\n",
        published=dt.date(2025, 11, 24),
        language="fr",
    )
    dubai = [m for m in ex.meetings if m.place is not None and m.place.city == "Dubai"]
    assert [(people(m), m.date, m.date_precision) for m in dubai] == [
        ({"Kwame Boateng", "Komi Agbodjan"}, dt.date(2023, 12, 1), "month")
    ]


def test_the_previous_meeting_with_one_side_named_is_the_protagonists(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Президент Ганы Кваме Боатенг во вторник провел в Москве переговоры с Президентом России Владимиром "
        "Путиным.\n\n"
        "Это четвертая поездка Боатенга в Россию. Предыдущая встреча с Путиным состоялась в сентябре 2022 года во "
        "Владивостоке.\n",
        published=dt.date(2025, 3, 5),
        language="ru",
    )
    earlier = [m for m in ex.meetings if m.date == dt.date(2022, 9, 1)]
    assert [(len(m.participants), m.place and m.place.city) for m in earlier] == [(2, "Vladivostok")]


def test_each_stop_of_a_tour_is_where_its_where_clause_says(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng has concluded his tour of the Sahel with a visit to Ouagadougou.\n\n"
        "The Ouagadougou stop followed visits to Bamako on Saturday, where President Boateng held a closed-door "
        "meeting with Mali's leader, General Komi Agbodjan, and to Niamey on Sunday, where he was welcomed at the "
        "airport by Niger's leader, General Amara Kolleh, and held talks with him.\n",
        published=dt.date(2025, 3, 11),
        language="en",
    )
    places = {frozenset(people(m)): m.place and m.place.city for m in ex.meetings}
    assert places[frozenset({"Kwame Boateng", "Komi Agbodjan"})] == "Bamako"
    assert places[frozenset({"Kwame Boateng", "Amara Kolleh"})] == "Niamey"


def test_a_form_of_address_between_title_and_name_keeps_the_title(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Emir of the State of Qatar Sheikh Kojo Asante and Prime Minister of Ghana Kwame Boateng held talks in "
        "Accra on Wednesday.\n",
        published=dt.date(2024, 4, 24),
        language="en",
    )
    [m] = ex.meetings
    assert {p.name: p.roles for p in m.participants}["Kojo Asante"] == ["Emir of Qatar"]


def test_a_stop_the_traveller_came_from_is_not_of_the_arrival_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "KATHMANDU, APRIL 24\n\n"
        "Emir of Qatar Sheikh Kojo Asante and Nepali Prime Minister Kwame Boateng held official talks in the capital "
        "today, on the second day of the Emir's state visit to Nepal.\n\n"
        "The Emir had arrived at Tribhuvan International Airport on Tuesday afternoon, where Nepali President Komi "
        "Agbodjan welcomed him. He flew in from Dhaka, where he had held talks with Bangladeshi Prime Minister Awa "
        "Ndiaye.\n\n"
        "Later the same afternoon, the Emir called on President Agbodjan at Sheetal Niwas.\n",
        published=dt.date(2024, 4, 24),
        language="en",
    )
    found = {frozenset(people(m)): (m.place and m.place.city, m.date) for m in ex.meetings}
    assert found[frozenset({"Kojo Asante", "Awa Ndiaye"})] == ("Dhaka", None)
    assert found[frozenset({"Kojo Asante", "Komi Agbodjan"})] == ("Kathmandu", dt.date(2024, 4, 23))


def test_members_of_the_delegation_attend_the_talks(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Emir of Qatar Sheikh Kojo Asante and Prime Minister Kwame Boateng held official talks in Kathmandu today.\n\n"
        "Foreign Minister Komi Agbodjan took part in the talks on the Nepali side, while Minister of State Awa Ndiaye "
        "and Minister of Commerce Amara Kolleh were among the members of the Qatari delegation.\n",
        published=dt.date(2024, 4, 24),
        language="en",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng", "Komi Agbodjan", "Awa Ndiaye", "Amara Kolleh"}


def test_the_pair_received_is_the_one_named_before(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana y Togo firmaron este viernes en Washington un acuerdo de paz.\n\n"
        "Firmaron el texto la canciller ghanesa, Awa Ndiaye, y el canciller togolés, Komi Agbodjan. El acuerdo "
        "prevé la retirada de las tropas.\n\n"
        "Horas después, el presidente Kwame Boateng recibió a ambos cancilleres en el Despacho Oval, donde "
        "estuvieron también Amara Kolleh y el vicepresidente Efua Mensah.\n\n"
        'Boateng anunció además que espera recibir "pronto" al presidente ghanés, Koffi Hounsou, para un encuentro '
        "en la capital estadounidense.\n",
        published=dt.date(2025, 6, 27),
        language="es",
    )
    held = [m for m in ex.meetings if not m.planned]
    assert [people(m) for m in held] == [
        {"Kwame Boateng", "Awa Ndiaye", "Komi Agbodjan", "Amara Kolleh", "Efua Mensah"}
    ]


def test_a_host_who_brings_two_leaders_together_meets_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El 18 de marzo, el emir de Catar, Kojo Asante, reunió en Doha a Kwame Boateng y Komi Agbodjan.\n",
        published=dt.date(2025, 6, 27),
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Kojo Asante", "Kwame Boateng", "Komi Agbodjan"} and m.date == dt.date(2025, 3, 18)


def test_a_summit_on_the_next_day_is_not_the_pairs_talks(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA - Ghanaian President Kwame Boateng and Togolese President Komi Agbodjan held talks at Jubilee House "
        "on June 16.\n\n"
        "The summit itself opened on June 17 at the Palace of Independence under Boateng's chairmanship. Agbodjan was "
        "joined there by Beninese President Koffi Hounsou and Liberian President Amara Kolleh.\n",
        published=dt.date(2025, 6, 18),
        language="en",
    )
    found = sorted((len(m.participants), m.date, m.place and m.place.city) for m in ex.meetings)
    assert found == [(2, dt.date(2025, 6, 16), "Accra"), (4, dt.date(2025, 6, 17), "Accra")]


def test_whom_a_besides_clause_names_is_not_in_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kwame Boateng bertemu Presiden Togo Komi Agbodjan di sela KTT ECOWAS di Accra, Jumat "
        "(4/4/2025).\n\n"
        "Selain Agbodjan, Boateng juga bertemu secara terpisah dengan PM Benin Koffi Hounsou dan Presiden Liberia "
        "Amara Kolleh selama berada di Accra.\n\n"
        "KTT ECOWAS sendiri berlangsung Jumat di bawah pimpinan Boateng dan dihadiri Agbodjan, Hounsou, Kolleh, serta "
        "Presiden Senegal Awa Ndiaye.\n",
        published=dt.date(2025, 4, 4),
        language="id",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert ["Amara Kolleh", "Kwame Boateng"] in found and ["Koffi Hounsou", "Kwame Boateng"] in found
    assert ["Awa Ndiaye", "Amara Kolleh", "Koffi Hounsou", "Komi Agbodjan", "Kwame Boateng"] not in found
    assert sorted(["Awa Ndiaye", "Amara Kolleh", "Koffi Hounsou", "Komi Agbodjan", "Kwame Boateng"]) in found


def test_a_title_reference_is_to_someone_named_before_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Doha, October 22 (QNA) - His Highness the Amir Sheikh Kojo Asante held official talks at the Amiri Diwan "
        "this morning with HE President of the Republic of Ghana Kwame Boateng.\n\n"
        "At the outset of the talks, HH the Amir welcomed HE the President.\n\n"
        "HE the President had arrived in Doha on Tuesday evening, coming from the State of Kuwait, where he had held "
        "talks with HH the Amir of Kuwait Sheikh Komi Agbodjan.\n",
        published=dt.date(2025, 10, 22),
        language="en",
    )
    found = {frozenset(people(m)): m.place for m in ex.meetings}
    assert set(found) == {frozenset({"Kojo Asante", "Kwame Boateng"}), frozenset({"Komi Agbodjan", "Kwame Boateng"})}
    kuwait = found[frozenset({"Komi Agbodjan", "Kwame Boateng"})]
    assert kuwait is not None and kuwait.country_code == "KW"


def test_a_long_caption_that_ends_on_a_photo_credit_names_no_one(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian President Kwame Boateng, left, and Togolese President Komi Agbodjan shake hands as Beninese "
        "President Koffi Hounsou looks on in Cotonou on Monday, before the three leaders sat down for talks on the "
        "border. (Photo: Agence Bénin Presse)\n\n"
        "Ghana and Togo agreed to reopen their border on Monday.\n",
        published=dt.date(2025, 7, 29),
        language="en",
    )
    assert not ex.meetings and not ex.people


def test_a_time_in_the_possessive_qualifies_someone_not_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghana and Togo agreed on Monday to reopen their border.\n\n"
        "Ghanaian President Kwame Boateng and Togolese President Komi Agbodjan met at the Marina Palace in Cotonou, "
        "in a special meeting that Beninese President Koffi Hounsou chaired as this year's ECOWAS chairman.\n",
        published=dt.date(2025, 7, 29),
        language="en",
    )
    [m] = ex.meetings
    assert m.date == dt.date(2025, 7, 28)


def test_a_host_who_had_brought_two_leaders_together_met_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra et Lomé avaient déjà renoué le contact le 18 mars à Cotonou, lorsque le président béninois, Koffi "
        "Hounsou, avait réuni le président ghanéen Kwame Boateng et le président togolais Komi Agbodjan.\n",
        published=dt.date(2025, 6, 28),
        language="fr",
    )
    [m] = ex.meetings
    assert people(m) == {"Koffi Hounsou", "Kwame Boateng", "Komi Agbodjan"} and m.date == dt.date(2025, 3, 18)


def test_the_president_of_the_council_of_ministers_is_a_prime_minister(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Rome - Le président ghanéen Kwame Boateng et la présidente du Conseil des ministres de la République "
        "italienne, Mme Efua Mensah, ont coprésidé mercredi à Rome le sommet intergouvernemental.\n\n"
        "Plus tôt dans la matinée, le chef de l'Etat avait été accueilli au Palais du Quirinal par son homologue "
        "italien, M. Komi Agbodjan. Après l'exécution des hymnes nationaux, les deux présidents ont eu un entretien "
        "en tête-à-tête.\n",
        published=dt.date(2025, 7, 23),
        language="fr",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert found == [["Efua Mensah", "Kwame Boateng"], ["Komi Agbodjan", "Kwame Boateng"]]


def test_not_the_first_time_tells_an_earlier_meeting_after_a_colon(nlp: NLP) -> None:
    ex = run(
        nlp,
        "La présidente du Conseil des ministres italien, Efua Mensah, a été reçue ce mercredi matin au palais de "
        "Carthage par le président tunisien, Kwame Boateng.\n\n"
        "Ce n'est pas la première fois que la dirigeante italienne se présente à Carthage : le 11 juin 2023, elle y "
        "avait été reçue par M. Boateng aux côtés de la présidente de la Commission européenne, Awa Ndiaye.\n",
        published=dt.date(2024, 4, 17),
        language="fr",
    )
    dates = sorted(m.date for m in ex.meetings if m.date)
    assert dates == [dt.date(2023, 6, 11), dt.date(2024, 4, 17)]


def test_a_talk_right_after_a_call_is_a_call(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng held his first phone conversation with Togolese President Komi Agbodjan on Monday, "
        "the presidential office said.\n\n"
        "The 25-minute call was Boateng's second with a foreign leader since he took office last Wednesday. Late "
        "Friday, Boateng spoke with Beninese President Koffi Hounsou for about 20 minutes.\n\n"
        "The presidential office is also arranging a phone call between Boateng and Liberian President Amara "
        "Kolleh.\n",
        published=dt.date(2025, 6, 9),
        language="en",
    )
    held = {frozenset(people(m)): m.kind for m in ex.meetings if not m.planned}
    assert held == {
        frozenset({"Kwame Boateng", "Komi Agbodjan"}): "phone",
        frozenset({"Kwame Boateng", "Koffi Hounsou"}): "phone",
    }


def test_whom_a_leading_time_clause_meets_is_not_in_the_main_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Presiden Ghana Kwame Boateng menerima Menteri Luar Negeri Togo Komi Agbodjan di Accra, pada Sabtu (12/7).\n\n"
        "Sebelum diterima Boateng, Agbodjan lebih dulu berunding dengan Menlu Ghana Awa Ndiaye pada hari yang "
        "sama.\n",
        published=dt.date(2025, 7, 12),
        language="id",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert found == [["Awa Ndiaye", "Komi Agbodjan"], ["Komi Agbodjan", "Kwame Boateng"]]


def test_those_beside_each_side_attend_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Ghana, Kwame Boateng, recibió este lunes en el palacio presidencial de Accra al presidente "
        "de Togo, Komi Agbodjan.\n\n"
        "Junto a Boateng estuvieron el vicepresidente, Koffi Hounsou, y la canciller, Awa Ndiaye.\n",
        published=dt.date(2025, 4, 14),
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Komi Agbodjan", "Koffi Hounsou", "Awa Ndiaye"}


def test_the_host_receives_each_of_the_two_visitors_separately(nlp: NLP) -> None:
    ex = run(
        nlp,
        "ACCRA - President Komi Agbodjan and Prime Minister Amara Kolleh spent Wednesday in talks hosted by Ghanaian "
        "President Kwame Boateng in Accra.\n\n"
        "The three leaders read out a joint text late at night.\n\n"
        "Boateng first received each of the two visitors separately before bringing them to the same table, "
        "officials said.\n",
        published=dt.date(2024, 12, 12),
        language="en",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert found == [
        ["Amara Kolleh", "Komi Agbodjan", "Kwame Boateng"],
        ["Amara Kolleh", "Kwame Boateng"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_a_mediator_shuttling_between_two_ministers_meets_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Accra had already hosted two rounds of indirect talks this year. In the first, on July 1, Ghanaian Foreign "
        "Minister Kwame Boateng shuttled between Togolese Foreign Minister Komi Agbodjan and his Beninese counterpart "
        "Koffi Hounsou, who never sat in the same room.\n",
        published=dt.date(2024, 12, 12),
        language="en",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert found == [["Koffi Hounsou", "Kwame Boateng"], ["Komi Agbodjan", "Kwame Boateng"]]
    assert {m.date for m in ex.meetings} == {dt.date(2024, 7, 1)}


def test_no_formal_meeting_negates_an_exchange_of_greetings(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng held talks with Togolese President Komi Agbodjan in Accra on Friday.\n\n"
        "Boateng also exchanged greetings with Beninese President Koffi Hounsou in the summit hall; no formal "
        "meetings with him were held, officials said.\n",
        published=dt.date(2024, 6, 15),
        language="en",
    )
    assert [sorted(people(m)) for m in ex.meetings] == [["Komi Agbodjan", "Kwame Boateng"]]


def test_a_later_meeting_with_the_head_of_an_office_is_its_own(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng received Pope Leo XIV at the Jubilee House in Accra on Thursday, as the head of the "
        "Catholic Church began his first foreign journey.\n\n"
        "Later in the afternoon the pope visited the National Chief Imam's office, where he held a private meeting "
        "with its head, Komi Agbodjan, before flying to Kumasi in the evening.\n",
        published=dt.date(2025, 11, 27),
        language="en",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert found == [["Komi Agbodjan", "Pope Leo XIV"], ["Kwame Boateng", "Pope Leo XIV"]]


def test_a_weekday_with_its_day_number_is_the_latest_such_day(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Ghana, Kwame Boateng, recibió este lunes en Accra al presidente de Togo, Komi Agbodjan.\n\n"
        "No es el primer encuentro entre ambos. Ya se habían visto en Lomé, en julio de 2024. En noviembre pasado, "
        "Agbodjan devolvió la visita: el sábado 16 ambos presidentes se reunieron en Accra.\n",
        published=dt.date(2025, 6, 9),
        language="es",
    )
    dates = sorted((m.date, m.date_precision) for m in ex.meetings)
    assert dates == [
        (dt.date(2024, 7, 1), "month"),
        (dt.date(2024, 11, 16), "day"),
        (dt.date(2025, 6, 9), "day"),
    ]


def test_a_region_is_a_venue_with_no_city(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng held talks with Togolese President Komi Agbodjan in Apulia on Friday, on the "
        "sidelines of the G7 summit.\n",
        published=dt.date(2024, 6, 15),
        language="en",
    )
    [m] = ex.meetings
    assert m.place is not None and (m.place.city, m.place.country_code) == (None, "IT")


def test_an_agenda_that_includes_meetings_is_planned(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Según fuentes oficiales, la agenda del presidente Kwame Boateng incluye reuniones bilaterales con el "
        "presidente de Togo, Komi Agbodjan, y con la canciller de Senegal, Awa Ndiaye, antes del regreso.\n",
        published=dt.date(2024, 6, 14),
        language="es",
    )
    assert not [m for m in ex.meetings if not m.planned]


def test_a_clause_of_another_kind_is_another_meeting_of_the_same_people(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng hosted a security conference in Accra on Friday.\n\n"
        "Earlier, on May 10, the leaders of Togo, Benin and Senegal, Komi Agbodjan, Koffi Hounsou and Awa Ndiaye, "
        "visited Accra, where they held a meeting with Boateng, and then joined him by video link to discuss the "
        "situation with other members of the coalition.\n",
        published=dt.date(2025, 5, 16),
        language="en",
    )
    found = sorted((m.kind, len(m.participants), m.date) for m in ex.meetings)
    assert found == [("in_person", 4, dt.date(2025, 5, 10)), ("video", 4, dt.date(2025, 5, 10))]


def test_a_pronoun_meeting_a_counterpart_is_the_latest_pair(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng held talks in Accra on Monday with Togolese President Komi Agbodjan.\n\n"
        "It is Agbodjan's first official visit to Ghana. He first met his Ghanaian counterpart in person on July 29, "
        "2023 in Kumasi, on the sidelines of a regional summit.\n",
        published=dt.date(2025, 6, 23),
        language="en",
    )
    found = sorted((m.date, sorted(people(m))) for m in ex.meetings)
    assert found == [
        (dt.date(2023, 7, 29), ["Komi Agbodjan", "Kwame Boateng"]),
        (dt.date(2025, 6, 23), ["Komi Agbodjan", "Kwame Boateng"]),
    ]


def test_the_statue_of_a_leader_is_no_participant(nlp: NLP) -> None:
    ex = run(
        nlp,
        "En noviembre de 2022, el presidente de Ghana, Kwame Boateng, y el presidente de Togo, Komi Agbodjan, "
        "sostuvieron conversaciones oficiales en Lomé y develaron juntos una estatua del expresidente Kojo Asante.\n",
        published=dt.date(2025, 5, 7),
        language="es",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Komi Agbodjan"}


def test_a_day_of_last_year_told_after_it(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El 9 de mayo del pasado año, el presidente de Ghana, Kwame Boateng, se reunió con el presidente de Togo, "
        "Komi Agbodjan, en Lomé.\n",
        published=dt.date(2025, 5, 7),
        language="es",
    )
    [m] = ex.meetings
    assert m.date == dt.date(2024, 5, 9)


def test_a_multilateral_word_in_a_title_is_no_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Menteri Luar Negeri Ghana Kwame Boateng tiba di Kazan, Rusia, pada Selasa (22/10).\n\n"
        "Dalam lawatan ini Boateng didampingi Direktur Jenderal Kerja Sama Multilateral Kemlu Kojo Asante.\n",
        published=dt.date(2024, 10, 24),
        language="id",
    )
    assert ex.meetings == []


def test_an_arrival_told_in_a_relative_clause_is_not_the_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Prime Minister Kwame Boateng on Friday held a string of bilateral meetings with world leaders on the "
        "sidelines of the summit.\n\n"
        "Boateng, who arrived in Lomé late on Thursday at the invitation of Togolese President Komi Agbodjan, began "
        "the day with talks with Beninese President Koffi Hounsou.\n",
        published=dt.date(2024, 6, 15),
        language="en",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Koffi Hounsou"}
    assert m.date == dt.date(2024, 6, 14)


def test_he_after_a_sentence_of_the_pair_is_the_protagonist(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Ghanaian Prime Minister Kwame Boateng on Friday began the day with talks with Togolese President Komi "
        "Agbodjan in Lomé. Boateng thanked his host for the invitation.\n\n"
        "The two leaders had last met in January, when Agbodjan was the chief guest at a parade in Accra.\n\n"
        "He then met Beninese President Koffi Hounsou, with whom he discussed trade, and later Senegalese President "
        "Awa Ndiaye.\n",
        published=dt.date(2024, 6, 15),
        language="en",
    )
    today = sorted(sorted(people(m)) for m in ex.meetings if m.date == dt.date(2024, 6, 14))
    assert today == [
        ["Awa Ndiaye", "Kwame Boateng"],
        ["Koffi Hounsou", "Kwame Boateng"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_a_host_who_first_received_each_then_gathered_them(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kwame Boateng a annoncé mercredi 11 décembre la conclusion de la « déclaration "
        "d'Accra ». Le président Boateng avait réuni dans la capitale le président togolais, Komi Agbodjan, et le "
        "Premier ministre béninois, Koffi Hounsou, qu'il avait d'abord reçus l'un après l'autre.\n",
        published=dt.date(2024, 12, 12),
        language="fr",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert ["Komi Agbodjan", "Kwame Boateng"] in found and ["Koffi Hounsou", "Kwame Boateng"] in found


def test_the_leader_named_most_and_given_no_title_is_the_office_without_a_country(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Lundi, après avoir ouvert la conférence avec le président béninois Koffi Hounsou, Kwame Boateng a consacré "
        "une bonne partie de sa journée aux rencontres bilatérales à Accra. Kwame Boateng était arrivé dimanche.\n\n"
        "Le président de la République s'est ainsi entretenu successivement avec le président togolais Komi "
        "Agbodjan et la présidente sénégalaise Awa Ndiaye.\n\n"
        "L'entretien avec Komi Agbodjan était le plus attendu, selon l'entourage de Kwame Boateng.\n",
        published=dt.date(2025, 6, 10),
        language="fr",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert ["Awa Ndiaye", "Kwame Boateng"] in found and ["Komi Agbodjan", "Kwame Boateng"] in found


def test_a_pope_named_without_his_title_in_spanish(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El Papa León XIV fue recibido este jueves por el presidente de Ghana, Kwame Boateng, en Accra.\n\n"
        "Por la tarde, León XIV visitó el Consejo Cristiano de Ghana, donde se reunió con su titular, Komi "
        "Agbodjan, antes de volar a Kumasi.\n",
        published=dt.date(2025, 11, 27),
        language="es",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert found == [["Komi Agbodjan", "Pope Leo XIV"], ["Kwame Boateng", "Pope Leo XIV"]]


def test_meetings_told_respectively_take_their_places_in_order(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Le président ghanéen Kwame Boateng a effectué ce lundi 10 mars 2025 une visite de travail à Dakar.\n\n"
        "Dakar est la dernière étape d'une tournée qui a conduit Kwame Boateng samedi à Lomé et dimanche à Cotonou, "
        "où il a été reçu respectivement par le président Komi Agbodjan et par le président Koffi Hounsou.\n",
        published=dt.date(2025, 3, 10),
        language="fr",
    )
    found = {
        frozenset(people(m)): (m.place.city if m.place else None, m.date)
        for m in ex.meetings
        if "Kwame Boateng" in people(m) and len(people(m)) == 2
    }
    assert found[frozenset({"Kwame Boateng", "Komi Agbodjan"})] == ("Lomé", dt.date(2025, 3, 8))
    assert found[frozenset({"Kwame Boateng", "Koffi Hounsou"})] == ("Cotonou", dt.date(2025, 3, 9))


def test_a_list_of_counterparts_after_semicolons_is_one_meeting_each(nlp: NLP) -> None:
    ex = run(
        nlp,
        "Al margen de la cumbre de Accra, el presidente Kwame Boateng se reunió este sábado con el presidente togolés, "
        "Komi Agbodjan, al que trasladó su solidaridad; con el primer ministro beninés, Koffi Hounsou, con quien habló "
        "de comercio, y con la presidenta de Senegal, Awa Ndiaye, con la que abordó la estabilidad regional.\n",
        published=dt.date(2025, 5, 17),
        language="es",
    )
    found = sorted(sorted(people(m)) for m in ex.meetings)
    assert found == [
        ["Awa Ndiaye", "Kwame Boateng"],
        ["Koffi Hounsou", "Kwame Boateng"],
        ["Komi Agbodjan", "Kwame Boateng"],
    ]


def test_the_next_day_after_a_dinner_is_another_meeting(nlp: NLP) -> None:
    ex = run(
        nlp,
        "El presidente de Ghana, Kwame Boateng, recibió este lunes en Accra al presidente de Togo, Komi Agbodjan.\n\n"
        "En noviembre pasado, Boateng devolvió la visita: el sábado 16 Agbodjan lo agasajó con una cena en Kara y al "
        "día siguiente ambos presidentes se reunieron en Lomé.\n",
        published=dt.date(2025, 6, 9),
        language="es",
    )
    assert sorted(m.date for m in ex.meetings if m.date) == [
        dt.date(2024, 11, 16),
        dt.date(2024, 11, 17),
        dt.date(2025, 6, 9),
    ]


def test_those_attending_the_summit_are_its_participants(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng and Togolese President Komi Agbodjan on Monday co-chaired the Accra Summit for "
        "Peace in Accra.\n\n"
        "At the summit session, Boateng and Agbodjan signed the declaration. Attending the summit were, among "
        "others, Beninese President Koffi Hounsou and Senegalese President Awa Ndiaye.\n",
        published=dt.date(2025, 10, 14),
        language="en",
    )
    [m] = ex.meetings
    assert people(m) == {"Kwame Boateng", "Komi Agbodjan", "Koffi Hounsou", "Awa Ndiaye"}


def test_a_city_that_names_the_summit_is_its_venue(nlp: NLP) -> None:
    ex = run(
        nlp,
        "President Kwame Boateng and Togolese President Komi Agbodjan on Monday co-chaired the Kigali Summit for "
        "Peace, where more than 20 heads of state gathered to back the ceasefire.\n",
        published=dt.date(2025, 10, 14),
        language="en",
    )
    [m] = ex.meetings
    assert m.place is not None and m.place.city == "Kigali"
