"""Builds the demo events from ``demo_content``, with example PDFs it generates.

Called from the site seed (``seed_veranstaltungen(home, kommunen)``) and from
``manage.py seed_veranstaltungen``. Idempotent: an event that exists (by slug
below the index) is left as it is, documents are found again by title.
"""

import datetime
import hashlib

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage
from schule.taxonomy.models import SDG, DNAKriterium, Handlungsfeld

from . import demo_content as content
from .models import EVENT_TIME_ZONE, VeranstaltungIndexPage, VeranstaltungPage, Veranstaltungsformat
from .pdf import minimal_pdf

COLLECTION = "Tagungsmaterial (Beispiel)"
EXAMPLE_LINE = "Beispielmaterial: frei erfunden, nur zur Demonstration des Portals."


def seed_veranstaltungen(home, kommunen, stdout=None):
    """Create the event index and the demo events below ``home``; return pages created."""
    return EventSeeder(stdout).run(home, kommunen)


def _html_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def _time(text):
    return datetime.time.fromisoformat(text) if text else None


class EventSeeder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.dna = {t.slug: t for t in DNAKriterium.objects.all()}
        self.hf = {t.slug: t for t in Handlungsfeld.objects.all()}
        self.sdg = {t.number: t for t in SDG.objects.all()}
        self.formats = {f.slug: f for f in Veranstaltungsformat.objects.all()}
        self._collection = None

    def say(self, text):
        if self.stdout:
            self.stdout.write(text)

    @transaction.atomic
    def run(self, home, kommunen):
        index = home.get_children().filter(slug=content.INDEX["slug"]).specific().first()
        if index is None:
            index = VeranstaltungIndexPage(
                slug=content.INDEX["slug"],
                title=content.INDEX["title"],
                intro=content.INDEX["intro"],
                show_in_menus=True,
            )
            home.add_child(instance=index)
            index.save_revision().publish()
            self.created += 1
        for data in content.CONFERENCES:
            self.event(index, {"format": "jahreskonferenz", **data}, kommunen)
        for data in content.EVENTS:
            self.event(index, data, kommunen)
        if self.created:
            self.say(f"{self.created} Veranstaltungsseiten angelegt.")
        return self.created

    # --- documents ---------------------------------------------------------
    def collection(self):
        if self._collection is None:
            root = Collection.get_first_root_node()
            self._collection = root.get_children().filter(name=COLLECTION).first()
            if self._collection is None:
                self._collection = root.add_child(name=COLLECTION)
        return self._collection

    def document(self, title, lines):
        """A generated example PDF as a Wagtail document, found again by its title."""
        Document = get_document_model()
        existing = Document.objects.filter(title=title, collection=self.collection()).first()
        if existing:
            return existing
        data = minimal_pdf(title, [EXAMPLE_LINE, "", *lines])
        document = Document(title=title, collection=self.collection())
        document.file.save(f"{slugify(title)[:80]}.pdf", ContentFile(data), save=False)
        document.file_size = len(data)
        document.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        document.save()
        return document

    # --- one event ---------------------------------------------------------
    def moment(self, day, time_text, end_of_day=False):
        if time_text is None:
            time = datetime.time(23, 59, 59) if end_of_day else datetime.time.min
        else:
            time = _time(time_text)
        return datetime.datetime.combine(day, time, EVENT_TIME_ZONE)

    def speakers(self, keys):
        return [
            {"name": name, "rolle": rolle, "organisation": organisation}
            for name, rolle, organisation in (content.SPEAKERS[key] for key in keys)
        ]

    def session_material(self, data, item):
        material = []
        if item["slides"]:
            people = ", ".join(content.SPEAKERS[key][0] for key in item["speakers"])
            document = self.document(
                f"{data['title'].split(':')[0]} – Folien: {item['title']}",
                [data["title"], item["title"], people, "", item["abstract"]],
            )
            value = {"document": document.pk, "art": "folien", "title": item["title"]}
            material.append({"type": "dokument", "value": value})
        if item["recording"]:
            material.append(
                {
                    "type": "aufzeichnung",
                    "value": {
                        "url": f"{content.MEDIA}/{data['slug']}/{slugify(item['title'])}",
                        "title": item["title"],
                        "dauer": "",
                    },
                }
            )
        return material

    def programme(self, data, first_day, is_past):
        blocks = []
        for item in data["sessions"]:
            day = first_day + datetime.timedelta(days=item["day"])
            blocks.append(
                {
                    "type": "sitzung",
                    "value": {
                        "tag": day.isoformat() if item["day"] else None,
                        "beginn": item["start"],
                        "ende": item["end"],
                        "titel": item["title"],
                        "raum": item["room"],
                        "referierende": self.speakers(item["speakers"]),
                        "abstract": item["abstract"],
                        "material": self.session_material(data, item) if is_past else [],
                        "ergebnisse": item["results"] if is_past else "",
                    },
                }
            )
        return blocks

    def event_material(self, data):
        blocks = []
        for item in data["material"]:
            if "recording" in item:
                blocks.append(
                    {
                        "type": "aufzeichnung",
                        "value": {
                            "url": f"{content.MEDIA}/{item['recording']}",
                            "title": item["title"],
                            "dauer": item.get("dauer", ""),
                        },
                    }
                )
                continue
            lines = [data["title"], "", data["zusammenfassung"], "", *data["ergebnisse"]]
            document = self.document(item["title"], lines)
            blocks.append(
                {"type": "dokument", "value": {"document": document.pk, "art": item["art"]}}
            )
        return blocks

    def event(self, index, data, kommunen):
        if index.get_children().filter(slug=data["slug"]).exists():
            return
        all_day = data.get("ganztaegig", False)
        (first_day, start), (last_day, end) = data["start"], data["end"]
        beginn = self.moment(first_day, start)
        ende = self.moment(last_day, end, end_of_day=True)
        if not all_day and ende < beginn:
            ende += datetime.timedelta(days=1)
        # Slides, recordings and results exist only for what is over on the reference day.
        is_past = ende.date() < content.REFERENCE_DATE
        page = VeranstaltungPage(
            slug=data["slug"],
            title=data["title"],
            format=self.formats[data["format"]],
            zusammenfassung=data["zusammenfassung"] + " (Beispielinhalt)",
            beginn=beginn,
            ende=ende,
            ganztaegig=all_day,
            abgesagt=data.get("abgesagt", False),
            ort=data.get("ort", ""),
            adresse=data.get("adresse", ""),
            online=data.get("online", False),
            online_url=data.get("online_url", ""),
            kommune=kommunen.get(data["kommune"]) if data["kommune"] else None,
            anmeldung_url=f"{content.ANMELDUNG}/{data['anmeldung']}" if "anmeldung" in data else "",
            anmeldeschluss=data.get("anmeldeschluss"),
            beschreibung=[
                {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}
                for text in data.get("beschreibung", [])
            ],
            programm=self.programme(data, first_day, is_past),
            material=self.event_material(data),
            ergebnisse=_html_list(data["ergebnisse"]) if is_past else "",
        )
        page.dna.set([self.dna[s] for s in data["dna"]])
        page.handlungsfelder.set([self.hf[s] for s in data["handlungsfelder"]])
        page.sdgs.set([self.sdg[n] for n in data["sdgs"]])
        page.leitfaeden.set(LeitfadenPage.objects.filter(slug__in=data["leitfaeden"]))
        page.leitprojekte.set(LeitprojektPage.objects.filter(slug__in=data["leitprojekte"]))
        page.tags.set(data["tags"])
        index.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        # Announced about two months ahead, never in the future.
        announced = min(beginn - datetime.timedelta(days=60), timezone.now())
        Page.objects.filter(pk=page.pk).update(
            first_published_at=announced, last_published_at=announced
        )
