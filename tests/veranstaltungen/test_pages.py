"""Both page types render with all their parts, and the tree rules hold."""

import datetime

import pytest
from wagtail.models import Page

from schule.core.models import HomePage
from schule.veranstaltungen.models import (
    VeranstaltungIndexPage,
    VeranstaltungPage,
    Veranstaltungsformat,
)

from ..factories import (
    LeitfadenPageFactory,
    LeitprojektPageFactory,
    VeranstaltungPageFactory,
    VeranstaltungsformatFactory,
    event_format,
)
from .conftest import days_from_now

pytestmark = pytest.mark.django_db


def session(titel, beginn, ende=None, tag=None, **extra):
    """Raw StreamField data of one programme item."""
    return {
        "type": "sitzung",
        "value": {
            "tag": tag.isoformat() if tag else None,
            "beginn": beginn,
            "ende": ende,
            "titel": titel,
            "raum": extra.get("raum", ""),
            "referierende": extra.get("referierende", []),
            "abstract": extra.get("abstract", ""),
            "material": extra.get("material", []),
            "ergebnisse": extra.get("ergebnisse", ""),
        },
    }


def speaker(name, rolle="", organisation=""):
    return {"name": name, "rolle": rolle, "organisation": organisation}


@pytest.fixture
def conference(event_index, olpe, leitfaden_index, leitprojekt_index, hf):
    first = days_from_now(20, 9, 30)
    second_day = first.date() + datetime.timedelta(days=1)
    guide = LeitfadenPageFactory(parent=leitfaden_index, title="Ein Rufbus-Leitfaden")
    project = LeitprojektPageFactory(
        parent=leitprojekt_index, title="Mobil auf Abruf", federfuehrung=olpe
    )
    korkmaz = speaker("Prof. Dr. Aylin Korkmaz", "Stadtplanung", "Beispiel-Hochschule")
    return VeranstaltungPageFactory(
        parent=event_index,
        title="Jahreskonferenz Mobilität",
        kommune=olpe,
        beginn=first,
        ende=days_from_now(21, 15),
        ort="Tagungszentrum",
        adresse="Uferstraße 10\n57462 Olpe",
        anmeldung_url="https://anmeldung.example.org/konferenz",
        anmeldeschluss=first.date() - datetime.timedelta(days=3),
        handlungsfelder=[hf["mobilitaet"]],
        leitfaeden=[guide],
        leitprojekte=[project],
        # Deliberately out of order: the page sorts by day and time.
        programm=[
            session("Podium am zweiten Tag", "09:00", "10:30", tag=second_day),
            session(
                "Keynote: Mobilität ist Daseinsvorsorge",
                "10:00",
                "11:00",
                raum="Saal See",
                referierende=[korkmaz],
                abstract="Was ein Dorf braucht.",
            ),
            session("Begrüßung", "09:30", "10:00", referierende=[korkmaz]),
        ],
    )


def test_event_page_reads_like_a_conference_site(client, conference):
    html = client.get(conference.url).content.decode()
    assert html.count("<h1") == 1
    # Programme by day, then time: day 1 in time order, then day 2.
    order = [
        html.index('id="tag-1"'),
        html.index("Begrüßung"),
        html.index("Keynote: Mobilität ist Daseinsvorsorge"),
        html.index('id="tag-2"'),
        html.index("Podium am zweiten Tag"),
    ]
    assert order == sorted(order)
    assert "Raum: Saal See" in html
    assert "Was ein Dorf braucht." in html
    # Speakers with role and organisation, listed once however often they speak.
    speakers = html.split("Referierende</h2>")[1]
    assert speakers.count("Prof. Dr. Aylin Korkmaz") == 1
    assert "Stadtplanung, Beispiel-Hochschule" in speakers
    for part in [
        'href="/kommunen/olpe/"',  # hosting Kommune
        "Uferstraße 10<br>57462 Olpe",
        'href="https://anmeldung.example.org/konferenz"',
        "Ein Rufbus-Leitfaden",
        "Mobil auf Abruf",
        f'href="/kalender/veranstaltung-{conference.pk}.ics"',
        'href="/veranstaltungen/?handlungsfeld=mobilitaet"',
    ]:
        assert part in html, part


def test_session_times_are_machine_readable_in_berlin_time(client, event_index):
    winter = days_from_now(10).replace(month=1, day=15)
    event = VeranstaltungPageFactory(
        parent=event_index,
        beginn=winter.replace(year=winter.year + 1, hour=8),
        ende=winter.replace(year=winter.year + 1, hour=16),
        programm=[session("Auftakt", "09:30", "10:00")],
    )
    html = client.get(event.url).content.decode()
    day = event.erster_tag.isoformat()
    assert f'<time datetime="{day}T09:30:00+01:00">09:30</time>' in html


def test_past_event_shows_its_material_first(client, event_index):
    event = VeranstaltungPageFactory(
        parent=event_index,
        beginn=days_from_now(-30, 9),
        ende=days_from_now(-30, 17),
        material__0__dokument__title="Tagungsdokumentation",
        material__1__aufzeichnung__title="Mitschnitt der Keynote",
        ergebnisse="<p>Drei neue Leitfäden.</p>",
        programm=[session("Werkstatt Daten", "10:00", "12:00", ergebnisse="Zehn Datensätze.")],
    )
    html = client.get(event.url).content.decode()
    assert html.index("Tagungsmaterial</h2>") < html.index("Programm</h2>")
    material = html.split("Tagungsmaterial</h2>")[1].split("Programm</h2>")[0]
    for part in ["Tagungsdokumentation", "Mitschnitt der Keynote", "Drei neue Leitfäden."]:
        assert part in material, part
    assert "Werkstatt Daten" in material and "Zehn Datensätze." in material
    assert "Rückblick" in html
    assert "In den eigenen Kalender" not in html


def test_upcoming_event_shows_programme_and_registration_before_any_material(client, conference):
    html = client.get(conference.url).content.decode()
    assert "Tagungsmaterial" not in html
    assert "Jetzt anmelden" in html
    assert "In den eigenen Kalender übernehmen (.ics)" in html


def test_registration_closes_after_its_deadline(client, event_index):
    event = VeranstaltungPageFactory(
        parent=event_index,
        beginn=days_from_now(3),
        ende=days_from_now(3, 18),
        anmeldung_url="https://anmeldung.example.org/x",
        anmeldeschluss=days_from_now(-1).date(),
    )
    html = client.get(event.url).content.decode()
    assert "Jetzt anmelden" not in html
    assert "Die Anmeldung ist geschlossen." in html


def test_cancelled_event_says_so(client, event_index):
    event = VeranstaltungPageFactory(parent=event_index, abgesagt=True)
    html = client.get(event.url).content.decode()
    assert "Diese Veranstaltung findet nicht statt." in html


def test_online_event_names_no_place(client, event_index):
    event = VeranstaltungPageFactory(
        parent=event_index, ort="", online=True, online_url="https://konferenz.example.org/a"
    )
    assert event.ort_text == "Online"
    assert 'href="https://konferenz.example.org/a"' in client.get(event.url).content.decode()


def test_index_page_renders_with_one_h1_and_the_calendar_link(client, conference):
    response = client.get("/veranstaltungen/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Jahreskonferenz Mobilität" in html
    assert 'href="/kalender/veranstaltungen.ics"' in html


def test_the_four_formats_exist_and_editors_can_add_more(client, event_index):
    assert list(Veranstaltungsformat.objects.values_list("slug", flat=True)) == [
        "jahreskonferenz",
        "austausch",
        "schule-vor-ort",
        "online-seminar",
    ]
    werkstatt = VeranstaltungsformatFactory(name="Lern-Werkstatt")
    assert werkstatt.slug == "lern-werkstatt"
    VeranstaltungPageFactory(parent=event_index, title="Werkstatt", format=werkstatt)
    html = client.get("/veranstaltungen/?format=lern-werkstatt").content.decode()
    assert 'Lern-Werkstatt <span class="facet__n">(1<' in html
    werkstatt.name = "Lernwerkstatt"
    werkstatt.save()
    assert werkstatt.slug == "lern-werkstatt"  # links and calendar subscriptions keep working


@pytest.mark.parametrize(
    "child, parent, allowed",
    [
        (VeranstaltungIndexPage, HomePage, True),
        (VeranstaltungPage, VeranstaltungIndexPage, True),
        (VeranstaltungPage, HomePage, False),
        (VeranstaltungIndexPage, VeranstaltungIndexPage, False),
        (VeranstaltungIndexPage, Page, False),
    ],
)
def test_parent_child_rules(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_events_have_no_subpages_and_there_is_one_index(event_index, home):
    assert VeranstaltungPage.allowed_subpage_models() == []
    assert not VeranstaltungIndexPage.can_create_at(home)


def test_editors_get_the_event_forms_and_the_format_snippets(admin_client, event_index):
    event = VeranstaltungPageFactory(parent=event_index, programm__0__sitzung__titel="Auftakt")
    add = admin_client.get(f"/admin/pages/add/veranstaltungen/veranstaltungpage/{event_index.pk}/")
    assert add.status_code == 200
    edit = admin_client.get(f"/admin/pages/{event.pk}/edit/")
    assert edit.status_code == 200
    html = edit.content.decode()
    for label in [
        "Programm",
        "Material zur Veranstaltung",
        "Gastgebende Kommune",
        "Anmeldeschluss",
    ]:
        assert label in html, label
    formats = admin_client.get("/admin/snippets/veranstaltungen/veranstaltungsformat/")
    assert formats.status_code == 200 and "Smart Cities: Austausch" in formats.content.decode()


def test_a_format_in_use_cannot_be_deleted(admin_client, event_index):
    VeranstaltungPageFactory(parent=event_index)
    url = f"/admin/snippets/veranstaltungen/veranstaltungsformat/delete/{event_format().pk}/"
    assert "verhindern, dass es gelöscht wird" in admin_client.get(url).content.decode()
    admin_client.post(url)
    assert Veranstaltungsformat.objects.filter(slug="jahreskonferenz").exists()
