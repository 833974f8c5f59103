"""Builds the demo site from ``demo_content``; used by ``manage.py seed_demo``.

Idempotent: a page that exists (by slug below its parent) is left as it is, so
running the seed twice changes nothing.
"""

import datetime
import random
import re
import secrets
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from kommunen.demo import seed_indicators
from kommunen.models import KommuneIndexPage, KommunePage, KommunePrioritaet
from leitfaeden.models import LeitfadenIndexPage, LeitfadenPage
from leitprojekte.models import LeitprojektIndexPage, LeitprojektPage
from schule.redaktion.models import KommuneRedaktion
from schule.redaktion.roles import AGENTUR_MODERATION, AGENTUR_REDAKTION, sync_roles
from schule.taxonomy.models import SDG, DNAKriterium, Handlungsfeld
from schule.veranstaltungen.demo import seed_veranstaltungen
from schule.veranstaltungen.models import (
    VeranstaltungIndexPage,
    VeranstaltungPage,
    Veranstaltungsformat,
)

from . import demo_content as content
from .bulk import bulk_add_children
from .models import HomePage, SiteLinks, StandardPage

KREIS_BY_NAME = {
    "Hochsauerlandkreis": "hochsauerlandkreis",
    "Kreis Siegen-Wittgenstein": "siegen-wittgenstein",
    "Märkischer Kreis": "maerkischer-kreis",
    "Kreis Olpe": "olpe",
    "Kreis Soest": "soest",
}
GENERATED_PREFIX = "beispiel"


URL = re.compile(r"https://[^\s)]+[^\s).,;]")


def linkify(text):
    """Escape plain demo text and turn its https URLs into links."""
    return URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escape(text))


def paragraphs(texts):
    return "".join(f"<p>{linkify(text)}</p>" for text in texts)


def html_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>" if items else ""


def paragraph_blocks(texts):
    return [{"type": "paragraph", "value": paragraphs([text])} for text in texts]


class Seeder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.dna = {t.slug: t for t in DNAKriterium.objects.all()}
        self.hf = {t.slug: t for t in Handlungsfeld.objects.all()}
        self.sdg = {t.number: t for t in SDG.objects.all()}

    def say(self, text):
        if self.stdout:
            self.stdout.write(text)

    # --- tree helpers ---------------------------------------------------
    def child(self, parent, model, slug, **fields):
        """Return the live child with this slug, creating and publishing it if missing."""
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing:
            return existing, False
        m2m = {key: fields.pop(key) for key in list(fields) if key in self.m2m_fields}
        tags = fields.pop("tags", [])
        page = model(slug=slug, **fields)
        for key, values in m2m.items():
            getattr(page, key).set(values)
        if tags:
            page.tags.set(tags)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page, True

    m2m_fields = {
        "dna",
        "handlungsfelder",
        "sdgs",
        "kommunen",
        "leitprojekte",
        "beteiligte_kommunen",
    }

    def taxonomy(self, data):
        return {
            "dna": [self.dna[s] for s in data.get("dna", [])],
            "handlungsfelder": [self.hf[s] for s in data.get("handlungsfelder", [])],
            "sdgs": [self.sdg[n] for n in data.get("sdgs", [])],
            "tags": list(data.get("tags", [])),
        }

    @staticmethod
    def backdate(page, when):
        """Give demo pages plausible publication dates instead of 'now'."""
        moment = timezone.make_aware(datetime.datetime.combine(when, datetime.time(10, 0)))
        Page.objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)

    # --- the site -------------------------------------------------------
    def home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title=content.HOME["title"],
                slug="startseite",
                intro=content.HOME["intro"],
                body=paragraph_blocks(content.HOME["body"]),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Smart Cities: Schule",
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Smart Cities: Schule"
            site.save()
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()  # Wagtail's placeholder "Welcome" page
        return home, site

    def legal_pages(self, home, site):
        pages = {}
        for key, data in content.LEGAL_PAGES.items():
            body = []
            for section in data["sections"]:
                body.append(
                    {"type": "heading", "value": {"text": section["heading"], "level": "h2"}}
                )
                body += paragraph_blocks(section["paragraphs"])
            pages[key], _ = self.child(
                home, StandardPage, key, title=data["title"], intro=data["intro"], body=body
            )
        links = SiteLinks.for_site(site)
        if links.impressum_id is None:
            links.impressum = pages["impressum"]
            links.datenschutz = pages["datenschutz"]
            links.barrierefreiheit = pages["barrierefreiheit"]
            links.leichte_sprache = pages["leichte-sprache"]
            links.hilfe = pages["hilfe"]
            links.feedback_email = "barrierefreiheit@suedwestfalen.example.org"
            links.save()
        return pages

    def indexes(self, home):
        """The three listings, in the order of the main navigation."""
        leitfaeden, _ = self.child(
            home,
            LeitfadenIndexPage,
            "leitfaeden",
            title="Leitfäden",
            show_in_menus=True,
            intro="Erprobte Wege zum Nachmachen: der Katalog der Leitfäden, filterbar nach "
            "DNA, Handlungsfeld, SDG, Kommune und Schlagwort. (Beispielinhalt)",
        )
        leitprojekte, _ = self.child(
            home,
            LeitprojektIndexPage,
            "leitprojekte",
            title="Leitprojekte",
            show_in_menus=True,
            intro="Gemeinsame Projekte der Pionierkommunen: eine führt, andere machen mit. "
            "(Beispielinhalt)",
        )
        kommunen, _ = self.child(
            home,
            KommuneIndexPage,
            "kommunen",
            title="Kommunen",
            show_in_menus=True,
            intro="Die Pionier- und Mitmacherkommunen der Strategie und woran sie arbeiten. "
            "(Beispielinhalt)",
        )
        return leitfaeden, leitprojekte, kommunen

    def kommunen(self, index):
        result = {}
        for data in content.KOMMUNEN:
            page, created = self.child(
                index,
                KommunePage,
                data["slug"],
                title=data["title"],
                kreis=KREIS_BY_NAME[data["kreis"]],
                rolle="pionier",
                ags=data["ags"],
                einwohner=data["einwohner"],
                latitude=Decimal(f"{data['latitude']:.5f}"),
                longitude=Decimal(f"{data['longitude']:.5f}"),
                beitritt=data["beitritt"],
                website=data["website"],
                kurzbeschreibung=data["kurzbeschreibung"],
                body=paragraph_blocks(data["body"]),
                kontakt_name=data["kontakt_name"],
                kontakt_email=data["kontakt_email"],
                kontakt_telefon=data["kontakt_telefon"],
                **self.taxonomy(data),
            )
            if created:
                for order, slug in enumerate(data["prioritaeten"]):
                    KommunePrioritaet.objects.create(
                        page=page, handlungsfeld=self.hf[slug], sort_order=order
                    )
                self.backdate(page, data["beitritt"])
            result[data["slug"]] = page
        return result

    def leitprojekte(self, index, kommunen):
        result = {}
        for data in content.LEITPROJEKTE:
            page, created = self.child(
                index,
                LeitprojektPage,
                data["slug"],
                title=data["title"],
                zusammenfassung=data["zusammenfassung"],
                federfuehrung=kommunen[data["federfuehrung"]],
                beteiligte_kommunen=[kommunen[s] for s in data["beteiligte"]],
                status=data["status"],
                beginn=data["beginn"],
                ende=data["ende"],
                ziele=html_list(data["ziele"]),
                ergebnisse=html_list(data["ergebnisse"]),
                meilensteine=[
                    {
                        "type": "meilenstein",
                        "value": {
                            "date": m["datum"].isoformat(),
                            "title": m["titel"],
                            "reached": m["erreicht"],
                        },
                    }
                    for m in data["meilensteine"]
                ],
                quellcode_url=data["quellcode_url"],
                **self.taxonomy(data),
            )
            if created:
                self.backdate(page, data["beginn"])
            result[data["slug"]] = page
        return result

    def leitfaeden(self, index, kommunen, projekte):
        for data in content.LEITFAEDEN:
            page, created = self.child(
                index,
                LeitfadenPage,
                data["slug"],
                title=data["title"],
                zusammenfassung=data["zusammenfassung"],
                zielgruppe=data["zielgruppe"],
                aufwand=data["aufwand"],
                schritte=[
                    {
                        "type": "schritt",
                        "value": {"title": s["titel"], "text": paragraphs([s["text"]])},
                    }
                    for s in data["schritte"]
                ],
                kommunen=[kommunen[s] for s in data["kommunen"]],
                leitprojekte=[projekte[s] for s in data["leitprojekte"]],
                zuletzt_geprueft=data["zuletzt_geprueft"],
                **self.taxonomy(data),
            )
            if created:
                self.backdate(page, data["zuletzt_geprueft"])

    # --- generated bulk content for benchmarks -----------------------------
    def scale(self, count, home, leitfaden_index, projekt_index, kommune_index):
        """N generated Leitfäden, N/10 Leitprojekte and N/25 events, written in bulk.

        They are spread over every Kommune in the tree: the benchmark builds its
        59 Kommunen first (bench/run.py), the tests scale the five of the demo.
        """
        rng = random.Random(20261201)  # fixed seed: the same data set on every run
        # Published a minute apart, going back from now: "newest first" lists
        # then behave as with real content (one shared timestamp makes the
        # database sort every page to find the newest three).
        now = timezone.now()

        def published(n):
            moment = now - datetime.timedelta(minutes=n)
            return {"first_published_at": moment, "last_published_at": moment}

        kommune_list = list(KommunePage.objects.child_of(kommune_index).live().order_by("slug"))
        dna, hf, sdg = list(self.dna.values()), list(self.hf.values()), list(self.sdg.values())
        words = [
            "daten",
            "sensor",
            "beteiligung",
            "dorf",
            "klima",
            "energie",
            "bus",
            "schule",
            "kultur",
            "gesundheit",
            "verwaltung",
            "coworking",
            "open-source",
            "wasser",
        ]

        def tagging():
            return {
                "dna": rng.sample(dna, rng.randint(1, 3)),
                "handlungsfelder": rng.sample(hf, rng.randint(1, 3)),
                "sdgs": rng.sample(sdg, rng.randint(1, 3)),
                "tags": rng.sample(words, 2),
            }

        projects = []
        for n in range(1, count // 10 + 1):
            lead = rng.choice(kommune_list)
            projects.append(
                {
                    "slug": f"{GENERATED_PREFIX}-leitprojekt-{n:05d}",
                    **published(n),
                    "title": f"Beispiel-Leitprojekt {n}",
                    "zusammenfassung": f"Erzeugtes Beispielprojekt Nr. {n} für Lasttests.",
                    "federfuehrung": lead,
                    "beteiligte_kommunen": [k for k in rng.sample(kommune_list, 2) if k != lead],
                    "status": rng.choice(
                        ["idee", "planung", "umsetzung", "abgeschlossen", "verstetigt"]
                    ),
                    **tagging(),
                }
            )
        self.generate(projekt_index, LeitprojektPage, projects)
        project_pages = list(
            LeitprojektPage.objects.child_of(projekt_index)
            .filter(slug__startswith=f"{GENERATED_PREFIX}-leitprojekt-")
            .order_by("slug")
        )
        guides = []
        for n in range(1, count + 1):
            word = rng.choice(words)
            guides.append(
                {
                    "slug": f"{GENERATED_PREFIX}-leitfaden-{n:05d}",
                    **published(n),
                    "title": f"Beispiel-Leitfaden {n}: {word.capitalize()}",
                    "zusammenfassung": f"Erzeugter Beispielleitfaden Nr. {n} zum Thema {word}.",
                    "schritte": [
                        {
                            "type": "schritt",
                            "value": {
                                "title": "Erster Schritt",
                                "text": "<p>Ein erzeugter Beispielschritt.</p>",
                            },
                        }
                    ],
                    "kommunen": rng.sample(kommune_list, 1),
                    "leitprojekte": rng.sample(project_pages, 1) if project_pages else [],
                    **tagging(),
                }
            )
        self.generate(leitfaden_index, LeitfadenPage, guides)
        index = home.get_children().type(VeranstaltungIndexPage).first()
        formats = list(Veranstaltungsformat.objects.all())
        today = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
        events = []
        for n in range(1, count // 25 + 1):
            beginn = today + datetime.timedelta(days=rng.randint(-365, 365))  # past and upcoming
            events.append(
                {
                    "slug": f"{GENERATED_PREFIX}-veranstaltung-{n:05d}",
                    **published(n),
                    "title": f"Beispiel-Veranstaltung {n}",
                    "zusammenfassung": f"Erzeugte Beispielveranstaltung Nr. {n} für Lasttests.",
                    "format": rng.choice(formats),
                    "beginn": beginn,
                    "ende": beginn + datetime.timedelta(hours=2),
                    "ort": "Beispielort",
                    "kommune": rng.choice(kommune_list),
                    **tagging(),
                }
            )
        self.generate(index, VeranstaltungPage, events)

    def generate(self, parent, model, items):
        """The items whose slug is not yet below ``parent``, in bulk (schule/core/bulk.py)."""
        existing = set(parent.get_children().values_list("slug", flat=True))
        missing = [item for item in items if item["slug"] not in existing]
        if missing:
            self.created += bulk_add_children(parent, model, missing)
            self.say(f"  {len(missing)} erzeugte Seiten ({model._meta.verbose_name}) angelegt")

    # --- accounts ---------------------------------------------------------
    def admin_account(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.say(
                "Admin-Konto „admin“ besteht bereits (Passwort unverändert; neu setzen mit "
                "`python manage.py changepassword admin`)."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@suedwestfalen.example.org", password)
        self.say(
            f"Admin-Konto angelegt: http://127.0.0.1:8000/admin/ – Benutzer „admin“, "
            f"Passwort „{password}“ (nur für die Demo)."
        )

    def editor_accounts(self):
        """One editor per Pionierkommune, one Agentur editor and one moderator (demo only)."""
        User = get_user_model()
        links = KommuneRedaktion.objects.filter(kommune__rolle="pionier").select_related(
            "kommune", "group"
        )
        accounts = [
            (f"redaktion-{link.kommune.slug}", "Redaktion", link.kommune.title, link.group)
            for link in links.order_by("kommune__title")
        ]
        accounts += [
            (
                "agentur-redaktion",
                "Agentur",
                "Redaktion",
                Group.objects.get(name=AGENTUR_REDAKTION),
            ),
            (
                "agentur-moderation",
                "Agentur",
                "Moderation",
                Group.objects.get(name=AGENTUR_MODERATION),
            ),
        ]
        existing = set(
            User.objects.filter(username__in=[a[0] for a in accounts]).values_list(
                "username", flat=True
            )
        )
        if len(existing) == len(accounts):
            self.say("Redaktionskonten bestehen bereits (Passwörter unverändert).")
        for username, first_name, last_name, group in accounts:
            if username in existing:
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username,
                f"{username}@suedwestfalen.example.org",
                password,
                first_name=first_name,
                last_name=last_name,
            )
            user.groups.add(group)
            self.say(
                f"Redaktionskonto angelegt ({group.name}): Benutzer „{username}“, "
                f"Passwort „{password}“ (nur für die Demo)."
            )

    @transaction.atomic
    def run(self, scale=0, accounts=True):
        home, site = self.home()
        leitfaden_index, projekt_index, kommune_index = self.indexes(home)
        kommunen = self.kommunen(kommune_index)
        projekte = self.leitprojekte(projekt_index, kommunen)
        self.leitfaeden(leitfaden_index, kommunen, projekte)
        self.created += seed_veranstaltungen(home, kommunen)
        self.legal_pages(home, site)
        seed_indicators(kommunen, self.stdout)
        if scale:
            self.scale(scale, home, leitfaden_index, projekt_index, kommune_index)
        # The roles exist on every site (production included); accounts only in the demo.
        sync_roles()
        if accounts:
            self.admin_account()
            self.editor_accounts()
        return self.created
