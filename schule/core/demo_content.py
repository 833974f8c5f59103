"""Demo-Inhalte für das Portal „Smart Cities: Schule“ (Südwestfalen).

Alle Texte, Projekte, Leitfäden, Kontakte, Termine und Ergebnisse in diesem Modul sind frei
erfundene Beispielinhalte zur Demonstration des Portals. Sie geben keine tatsächlichen
Vorhaben, Beschlüsse oder Aussagen der genannten Kommunen oder der Südwestfalen Agentur wieder.
Echt sind nur allgemein bekannte Eckdaten wie Ortsnamen, Kreise, Gemeindeschlüssel,
ungefähre Koordinaten, Einwohnerzahlen und die Adressen der offiziellen Websites.

Das Modul enthält ausschließlich Daten (keine Logik) und importiert nur ``datetime``.
"""

import datetime

# Hinweis, der auf jeder Demo-Seite angezeigt wird.
EXAMPLE_NOTE = (
    "Beispielinhalt: Diese Seite zeigt frei erfundene Inhalte, die nur der Demonstration des "
    "Portals dienen."
)

# Startseite des Portals.
HOME = {
    "title": "Smart Cities: Schule",
    "intro": (
        "Die Smart Cities: Schule ist der gemeinsame Lern- und Austauschort der Städte und "
        "Gemeinden in Südwestfalen. Hier stellen die fünf Pionierkommunen ihre Erfahrungen aus "
        "Leitprojekten und Leitfäden offen zur Verfügung, damit andere Kommunen darauf aufbauen "
        "können."
    ),
    "body": [
        (
            "Ob Sensornetz, digitale Beteiligung oder ein Arbeitsplatz auf Zeit im Dorf: Viele "
            "Fragen stellen sich in jeder Kommune ähnlich. Statt dass jede Verwaltung sie allein "
            "beantwortet, sammelt die Schule erprobte Wege, Zwischenstände und auch Umwege an "
            "einem Ort. Alle Inhalte sind nach den drei Kriterien der Südwestfalen-DNA – digital, "
            "nachhaltig, authentisch –, nach zehn Handlungsfeldern und nach den "
            "Nachhaltigkeitszielen der Vereinten Nationen geordnet."
        ),
        (
            "Die Leitfäden richten sich vor allem an Verwaltungen, Räte und Kreistage der Region, "
            "aber ebenso an Bürgerinnen und Bürger, Unternehmen und Hochschulen. Sie beschreiben "
            "Schritt für Schritt, was sich bewährt hat, welcher Aufwand zu erwarten ist und wen "
            "man ansprechen kann. Die Leitprojekte zeigen, wie die Pionierkommunen gemeinsam an "
            "Themen arbeiten, die alle betreffen."
        ),
        (
            "Die Schule arbeitet nach dem Open-Source-Prinzip: Ergebnisse sind frei zugänglich, "
            "dürfen weitergegeben und angepasst werden. Ergänzend zum Portal gibt es "
            "Veranstaltungen vor Ort, die jährliche Smart-Cities-Konferenz und die Reihe „Smart "
            "Cities: Austausch“. Hinweise und eigene Erfahrungen aus der Region sind ausdrücklich "
            "willkommen – Wissen soll in beide Richtungen fließen."
        ),
    ],
}

# Die fünf Pionierkommunen. Ortsnamen, Kreise, Gemeindeschlüssel, Koordinaten,
# Einwohnerzahlen (gerundet) und Websites sind echt; Schwerpunkte, Texte und
# Kontaktdaten sind erfunden.
KOMMUNEN = [
    {
        "slug": "arnsberg",
        "title": "Arnsberg",
        "kreis": "Hochsauerlandkreis",
        "ags": "05958004",
        "latitude": 51.3967,
        "longitude": 8.0644,
        "beitritt": datetime.date(2021, 3, 15),
        "website": "https://www.arnsberg.de",
        "einwohner": 73000,
        "kurzbeschreibung": (
            "Die größte Stadt des Hochsauerlandkreises verbindet mehrere gewachsene Stadtteile an "
            "der Ruhr. Im Beispiel setzt sie auf digitale Teilhabe und einen Bürger-Lotsen, der "
            "Menschen durch Verwaltungsangebote begleitet."
        ),
        "body": [
            (
                "Arnsberg versteht Smart City in diesem Beispiel vor allem als Frage der Teilhabe: "
                "Digitale Angebote sollen den Weg ins Rathaus nicht ersetzen, sondern erleichtern. "
                "Deshalb entwickelt die Stadt einen digitalen Bürger-Lotsen, der Anliegen in "
                "einfacher Sprache aufnimmt und an die richtige Stelle weiterleitet."
            ),
            (
                "Ein zweiter Schwerpunkt liegt auf der Vorsorge gegen Hochwasser und Starkregen "
                "entlang der Ruhr und ihrer Nebenbäche. Gemeinsam mit Menden erprobt Arnsberg "
                "Pegel- und Niederschlagssensoren, deren Messwerte offen bereitgestellt werden."
            ),
            (
                "Begleitet wird die Arbeit von Sprechstunden in den Stadtteilen, in denen ältere "
                "Menschen digitale Dienste gemeinsam mit Ehrenamtlichen ausprobieren können."
            ),
        ],
        "kontakt_name": "Stabsstelle Digitalisierung und Bürgerdienste",
        "kontakt_email": "smartcity@arnsberg.example.org",
        "kontakt_telefon": "02931 000-210",
        "prioritaeten": ["verwaltung-teilhabe", "gesundheit-sicherheit", "umwelt-klima"],
        "dna": ["authentisch", "digital"],
        "handlungsfelder": [
            "verwaltung-teilhabe",
            "gesundheit-sicherheit",
            "umwelt-klima",
            "bildung",
        ],
        "sdgs": [3, 10, 11, 13, 16],
        "tags": ["teilhabe", "bürgerservice", "hochwasser"],
    },
    {
        "slug": "bad-berleburg",
        "title": "Bad Berleburg",
        "kreis": "Kreis Siegen-Wittgenstein",
        "ags": "05970004",
        "latitude": 51.0526,
        "longitude": 8.392,
        "beitritt": datetime.date(2021, 3, 15),
        "website": "https://www.bad-berleburg.de",
        "einwohner": 19000,
        "kurzbeschreibung": (
            "Die flächengroße Stadt im Wittgensteiner Land besteht aus der Kernstadt und vielen "
            "Dörfern. Im Beispiel stehen Mobilität und Gesundheitsversorgung auf dem Land im "
            "Mittelpunkt."
        ),
        "body": [
            (
                "Zwischen den Ortsteilen von Bad Berleburg liegen oft viele Kilometer Wald und "
                "Wiesen. Das Beispielkonzept der Stadt fragt daher zuerst, wie Menschen ohne "
                "eigenes Auto zuverlässig zum Arzt, zur Schule oder zum Einkaufen kommen. Ein "
                "Rufbus, der per App oder Telefon bestellt wird, soll feste Linien ergänzen."
            ),
            (
                "Weil Hausarztpraxen auf dem Land knapper werden, erprobt die Stadt zusammen mit "
                "Arnsberg einen Gesundheitskiosk: einen betreuten Raum, in dem Sprechstunden per "
                "Video und einfache Messungen möglich sind."
            ),
            (
                "Die Dorfgemeinschaften sind dabei wichtige Partner. Viele Ideen entstehen in "
                "Dorfwerkstätten, in denen Vereine, Ortsvorsteherinnen und Ortsvorsteher sowie die "
                "Verwaltung gemeinsam planen."
            ),
        ],
        "kontakt_name": "Fachbereich Stadtentwicklung, Team Smart Region",
        "kontakt_email": "smartcity@bad-berleburg.example.org",
        "kontakt_telefon": "02751 000-330",
        "prioritaeten": ["mobilitaet", "gesundheit-sicherheit", "new-work", "stadtgestaltung"],
        "dna": ["authentisch", "nachhaltig", "digital"],
        "handlungsfelder": [
            "mobilitaet",
            "gesundheit-sicherheit",
            "new-work",
            "stadtgestaltung",
            "kultur-tourismus",
        ],
        "sdgs": [3, 8, 10, 11, 15],
        "tags": ["ländlicher raum", "rufbus", "dorfgemeinschaft"],
    },
    {
        "slug": "menden",
        "title": "Menden (Sauerland)",
        "kreis": "Märkischer Kreis",
        "ags": "05962040",
        "latitude": 51.4433,
        "longitude": 7.7994,
        "beitritt": datetime.date(2021, 3, 15),
        "website": "https://www.menden.de",
        "einwohner": 52500,
        "kurzbeschreibung": (
            "Die Mittelstadt an der Hönne liegt am nördlichen Rand des Sauerlands. Im Beispiel "
            "arbeitet sie an Energiemonitoring, Klimaanpassung und einer lebendigen Innenstadt."
        ),
        "body": [
            (
                "Menden hat sich in diesem Beispiel vorgenommen, den Energieverbrauch der eigenen "
                "Schulen, Sporthallen und Verwaltungsgebäude sichtbar zu machen. Zähler werden "
                "digital ausgelesen, Auffälligkeiten fallen so früher auf, und die Ergebnisse "
                "fließen in die Sanierungsplanung ein."
            ),
            (
                "Mit einem Netz aus Funksensoren beobachtet die Stadt Bachpegel und Bodenfeuchte. "
                "Die Daten helfen, bei Starkregen schneller zu reagieren, und dienen zugleich als "
                "Grundlage für eine klimaangepasste Stadtplanung."
            ),
            (
                "In der Innenstadt erprobt Menden ein Leerstandsmanagement, das Eigentümerinnen "
                "und Eigentümer, Handel und Gründungsinteressierte zusammenbringt."
            ),
        ],
        "kontakt_name": "Koordinierungsstelle Klima und Digitales",
        "kontakt_email": "smartcity@menden.example.org",
        "kontakt_telefon": "02373 000-150",
        "prioritaeten": ["energie", "umwelt-klima", "stadtgestaltung"],
        "dna": ["nachhaltig", "digital"],
        "handlungsfelder": [
            "energie",
            "umwelt-klima",
            "stadtgestaltung",
            "wertschoepfung-innovation",
        ],
        "sdgs": [6, 7, 11, 12, 13],
        "tags": ["energie", "klimaanpassung", "innenstadt"],
    },
    {
        "slug": "olpe",
        "title": "Olpe",
        "kreis": "Kreis Olpe",
        "ags": "05966024",
        "latitude": 51.0289,
        "longitude": 7.8514,
        "beitritt": datetime.date(2021, 3, 15),
        "website": "https://www.olpe.de",
        "einwohner": 24500,
        "kurzbeschreibung": (
            "Die Kreisstadt am Biggesee ist Wohn-, Arbeits- und Ausflugsort zugleich. Im Beispiel "
            "verbindet sie Tourismus, neue Arbeitsformen und lokale Wirtschaft."
        ),
        "body": [
            (
                "Am Biggesee treffen Gäste, Pendelnde und Einheimische aufeinander. Olpe will in "
                "diesem Beispiel zeigen, wie digitale Angebote Besucherströme lenken und zugleich "
                "die Geschichten des Ortes erzählen können, die sonst nur Alteingesessene kennen."
            ),
            (
                "Ein zweiter Baustein ist das Netz kleiner Arbeitsorte in den Ortsteilen: Wer "
                "nicht jeden Tag ins Büro pendeln möchte, soll wohnortnah einen ruhigen "
                "Arbeitsplatz mit guter Verbindung finden. Davon profitieren auch die Dorfmitten, "
                "die tagsüber wieder belebter werden."
            ),
            (
                "Die Stadt arbeitet dafür eng mit Betrieben, dem Einzelhandel und der regionalen "
                "Tourismusorganisation zusammen."
            ),
        ],
        "kontakt_name": "Wirtschaftsförderung, Bereich Digitale Stadt",
        "kontakt_email": "smartcity@olpe.example.org",
        "kontakt_telefon": "02761 000-480",
        "prioritaeten": ["kultur-tourismus", "new-work", "wertschoepfung-innovation", "mobilitaet"],
        "dna": ["authentisch", "digital", "nachhaltig"],
        "handlungsfelder": [
            "kultur-tourismus",
            "new-work",
            "wertschoepfung-innovation",
            "mobilitaet",
        ],
        "sdgs": [8, 9, 11, 12, 17],
        "tags": ["tourismus", "coworking", "wirtschaft"],
    },
    {
        "slug": "soest",
        "title": "Soest",
        "kreis": "Kreis Soest",
        "ags": "05974040",
        "latitude": 51.5711,
        "longitude": 8.1059,
        "beitritt": datetime.date(2021, 3, 15),
        "website": "https://www.soest.de",
        "einwohner": 48500,
        "kurzbeschreibung": (
            "Die Hansestadt mit ihrer historischen Altstadt aus grünem Sandstein liegt am Rand der "
            "Soester Börde. Im Beispiel treibt sie offene Daten und digitale Bildung voran."
        ),
        "body": [
            (
                "Soest hat in diesem Beispiel die Federführung für eine gemeinsame "
                "Open-Data-Plattform der Pionierkommunen übernommen. Verwaltungsdaten wie "
                "Haltestellen, Baustellen, Spielplätze oder Sitzungstermine sollen offen, "
                "maschinenlesbar und unter freier Lizenz bereitstehen."
            ),
            (
                "Eng damit verbunden ist die Arbeit mit Schulen: Schülerinnen und Schüler werten "
                "in Projektwochen offene Daten ihrer Stadt aus und lernen dabei, Quellen kritisch "
                "zu prüfen. So wird Medienkompetenz ganz praktisch."
            ),
            (
                "Die Nähe zur Hochschule am Ort nutzt die Stadt für Studienprojekte, in denen "
                "Studierende Anwendungen auf Basis der offenen Daten entwickeln."
            ),
        ],
        "kontakt_name": "Sachgebiet Digitale Verwaltung und Open Data",
        "kontakt_email": "smartcity@soest.example.org",
        "kontakt_telefon": "02921 000-620",
        "prioritaeten": ["verwaltung-teilhabe", "bildung", "kultur-tourismus"],
        "dna": ["digital", "authentisch"],
        "handlungsfelder": [
            "verwaltung-teilhabe",
            "bildung",
            "kultur-tourismus",
            "wertschoepfung-innovation",
        ],
        "sdgs": [4, 9, 11, 16, 17],
        "tags": ["offene daten", "bildung", "altstadt"],
    },
]

# Erfundene Leitprojekte; jede Pionierkommune hat mindestens eine Federführung.
LEITPROJEKTE = [
    {
        "slug": "offene-daten-suedwestfalen",
        "title": "Offene Daten für Südwestfalen",
        "federfuehrung": "soest",
        "beteiligte": ["arnsberg", "menden", "olpe"],
        "status": "umsetzung",
        "beginn": datetime.date(2022, 9, 1),
        "ende": None,
        "zusammenfassung": (
            "Die Pionierkommunen bauen eine gemeinsame Plattform auf, über die sie Daten der "
            "Verwaltung offen und maschinenlesbar veröffentlichen. Einheitliche Metadaten und "
            "freie Lizenzen sollen es anderen Kommunen leicht machen, sich mit wenig Aufwand "
            "anzuschließen."
        ),
        "ziele": [
            "Bis Ende 2026 stellt jede beteiligte Kommune mindestens 25 Datensätze offen bereit.",
            "Alle Datensätze werden nach einem gemeinsamen Metadatenstandard beschrieben.",
            "Weitere Kommunen der Region können die Plattform ohne eigene Installation nutzen.",
        ],
        "ergebnisse": [
            "Ein abgestimmter Katalog mit rund 120 Datensätzen aus vier Kommunen ist online.",
            "Eine Musterdienstanweisung zur Datenfreigabe steht zur Nachnutzung bereit.",
        ],
        "meilensteine": [
            {
                "datum": datetime.date(2023, 3, 31),
                "titel": "Gemeinsamer Metadatenstandard beschlossen",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2024, 2, 15),
                "titel": "Plattform im Testbetrieb",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2025, 6, 30),
                "titel": "Erste Mitmacherkommune angeschlossen",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2026, 12, 31),
                "titel": "Übergabe in den Regelbetrieb",
                "erreicht": False,
            },
        ],
        "quellcode_url": "https://gitlab.opencode.example.org/suedwestfalen/offene-daten-plattform",
        "dna": ["digital", "authentisch"],
        "handlungsfelder": ["verwaltung-teilhabe", "wertschoepfung-innovation"],
        "sdgs": [9, 16, 17],
        "tags": ["offene daten", "transparenz", "schnittstellen"],
    },
    {
        "slug": "buerger-lotse",
        "title": "Digitaler Bürger-Lotse",
        "federfuehrung": "arnsberg",
        "beteiligte": ["soest", "bad-berleburg"],
        "status": "verstetigt",
        "beginn": datetime.date(2022, 4, 1),
        "ende": datetime.date(2025, 3, 31),
        "zusammenfassung": (
            "Der Bürger-Lotse ist ein Wegweiser durch Verwaltungsleistungen: Er fragt in einfacher "
            "Sprache nach dem Anliegen, nennt benötigte Unterlagen und führt zur zuständigen "
            "Stelle oder zum passenden Online-Antrag. Nach der Projektphase wird er in Arnsberg "
            "dauerhaft betrieben und von den Partnern nachgenutzt."
        ),
        "ziele": [
            "Die 50 häufigsten Anliegen sind in einfacher Sprache beschrieben.",
            "Der Lotse ist ohne Anmeldung, barrierefrei und auch per Telefon erreichbar.",
            "Inhalte werden über eine offene Schnittstelle mit anderen Kommunen geteilt.",
        ],
        "ergebnisse": [
            "Rund 60 Anliegen sind beschrieben und werden monatlich gepflegt.",
            "Zwei Partnerkommunen nutzen die Inhalte und passen sie an ihre Zuständigkeiten an.",
            "Eine Redaktionsanleitung für einfache Sprache liegt als Leitfaden vor.",
        ],
        "meilensteine": [
            {
                "datum": datetime.date(2022, 11, 30),
                "titel": "Nutzertests mit Seniorengruppen",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2023, 9, 1),
                "titel": "Start des öffentlichen Betriebs",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2025, 3, 31),
                "titel": "Übergabe in den Regelbetrieb",
                "erreicht": True,
            },
        ],
        "quellcode_url": "https://gitlab.opencode.example.org/suedwestfalen/buerger-lotse",
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["verwaltung-teilhabe", "bildung"],
        "sdgs": [10, 16],
        "tags": ["bürgerservice", "einfache sprache", "onlinezugang"],
    },
    {
        "slug": "energiemonitoring-kommunale-gebaeude",
        "title": "Energiemonitoring für kommunale Gebäude",
        "federfuehrung": "menden",
        "beteiligte": ["olpe", "soest"],
        "status": "abgeschlossen",
        "beginn": datetime.date(2022, 6, 1),
        "ende": datetime.date(2024, 12, 31),
        "zusammenfassung": (
            "In Schulen, Sporthallen und Verwaltungsgebäuden wurden Strom-, Wärme- und "
            "Wasserzähler digital angebunden. Ein gemeinsames Dashboard macht Verbräuche "
            "vergleichbar und zeigt, wo sich Investitionen am meisten lohnen."
        ),
        "ziele": [
            "Mindestens 40 Liegenschaften sind mit fernauslesbaren Zählern ausgestattet.",
            "Auffällige Verbräuche werden innerhalb eines Tages erkannt.",
            "Der Wärmeverbrauch der erfassten Gebäude sinkt um zehn Prozent.",
        ],
        "ergebnisse": [
            "46 Liegenschaften in drei Kommunen sind angebunden.",
            "Der Wärmeverbrauch sank im Beispieljahr um rund zwölf Prozent.",
            "Die Auswertung nutzt ausschließlich offene Software und ist nachnutzbar.",
        ],
        "meilensteine": [
            {
                "datum": datetime.date(2022, 12, 15),
                "titel": "Bestandsaufnahme der Zähler abgeschlossen",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2023, 10, 1),
                "titel": "Dashboard für Hausmeisterinnen und Hausmeister",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2024, 12, 31),
                "titel": "Abschlussbericht veröffentlicht",
                "erreicht": True,
            },
        ],
        "quellcode_url": "https://gitlab.opencode.example.org/suedwestfalen/energiemonitoring",
        "dna": ["nachhaltig", "digital"],
        "handlungsfelder": ["energie", "umwelt-klima"],
        "sdgs": [7, 12, 13],
        "tags": ["energie", "liegenschaften", "monitoring"],
    },
    {
        "slug": "mobil-auf-abruf",
        "title": "Mobil auf Abruf im ländlichen Raum",
        "federfuehrung": "bad-berleburg",
        "beteiligte": ["olpe", "menden"],
        "status": "umsetzung",
        "beginn": datetime.date(2023, 1, 1),
        "ende": None,
        "zusammenfassung": (
            "Ein Rufbus fährt in dünn besiedelten Ortsteilen nicht nach festem Fahrplan, sondern "
            "nach Bedarf. Ergänzend zeigen Sensoren an Park-and-ride-Plätzen freie Stellplätze an, "
            "damit der Umstieg auf Bus und Bahn leichter fällt."
        ),
        "ziele": [
            "Alle Ortsteile sind werktags mindestens stündlich an den Nahverkehr angebunden.",
            "Fahrten lassen sich per App, Website und Telefon buchen.",
            "Die Belegung der Pendlerparkplätze wird in Echtzeit als offene Daten angeboten.",
        ],
        "ergebnisse": [
            "Im Testgebiet wurden im ersten Jahr rund 9.000 Fahrten gebucht.",
        ],
        "meilensteine": [
            {
                "datum": datetime.date(2023, 8, 1),
                "titel": "Start des Rufbusses im Testgebiet",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2024, 9, 30),
                "titel": "Parksensoren an drei Pendlerparkplätzen",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2026, 11, 30),
                "titel": "Ausweitung auf weitere Ortsteile",
                "erreicht": False,
            },
        ],
        "quellcode_url": "",
        "dna": ["nachhaltig", "authentisch", "digital"],
        "handlungsfelder": ["mobilitaet", "umwelt-klima"],
        "sdgs": [9, 11, 13],
        "tags": ["rufbus", "parken", "nahverkehr"],
    },
    {
        "slug": "erzaehlte-orte",
        "title": "Erzählte Orte – eine App für Kultur und Tourismus",
        "federfuehrung": "olpe",
        "beteiligte": ["soest", "bad-berleburg"],
        "status": "planung",
        "beginn": datetime.date(2024, 5, 1),
        "ende": None,
        "zusammenfassung": (
            "Eine offene App lädt Gäste und Einheimische zu Rundgängen ein, auf denen Menschen aus "
            "dem Ort Geschichten zu Plätzen, Gebäuden und Landschaften erzählen. Die Inhalte "
            "entstehen gemeinsam mit Heimatvereinen, Schulen und Archiven."
        ),
        "ziele": [
            "In jeder beteiligten Kommune entstehen mindestens zwei Rundgänge.",
            "Die Inhalte stehen unter freier Lizenz und funktionieren auch ohne Netzempfang.",
            "Heimatvereine können Beiträge selbst und ohne Programmierkenntnisse pflegen.",
        ],
        "ergebnisse": [],
        "meilensteine": [
            {
                "datum": datetime.date(2025, 2, 28),
                "titel": "Erzählwerkstätten mit Heimatvereinen",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2026, 4, 30),
                "titel": "Auswahl einer offenen App-Grundlage",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2027, 5, 1),
                "titel": "Erster öffentlicher Rundgang",
                "erreicht": False,
            },
        ],
        "quellcode_url": "",
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["kultur-tourismus", "bildung"],
        "sdgs": [4, 8, 11],
        "tags": ["tourismus", "heimat", "geschichten"],
    },
    {
        "slug": "starkregen-sensornetz",
        "title": "Frühwarnung bei Starkregen",
        "federfuehrung": "menden",
        "beteiligte": ["arnsberg", "olpe"],
        "status": "verstetigt",
        "beginn": datetime.date(2022, 10, 1),
        "ende": datetime.date(2025, 9, 30),
        "zusammenfassung": (
            "Funkbasierte Sensoren messen an kleinen Bächen und Durchlässen Wasserstände und "
            "Niederschlag. Steigen die Werte schnell, erhalten Bauhof und Feuerwehr automatisch "
            "eine Nachricht; die Messwerte sind zugleich öffentlich einsehbar."
        ),
        "ziele": [
            "Gefährdete Gewässerabschnitte sind mit Pegelsensoren ausgestattet.",
            "Einsatzkräfte werden bei kritischen Werten innerhalb von Minuten informiert.",
            "Die Messreihen fließen in die Starkregen-Gefahrenkarten der Kommunen ein.",
        ],
        "ergebnisse": [
            "An 28 Messpunkten in drei Kommunen werden Pegel und Niederschlag erfasst.",
            "Das gemeinsame Funknetz wird auch für weitere Sensoren genutzt.",
        ],
        "meilensteine": [
            {
                "datum": datetime.date(2023, 4, 30),
                "titel": "Funknetz in Betrieb",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2024, 6, 1),
                "titel": "Alarmierung mit Bauhof und Feuerwehr getestet",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2025, 9, 30),
                "titel": "Übernahme in den Regelbetrieb",
                "erreicht": True,
            },
        ],
        "quellcode_url": "https://gitlab.opencode.example.org/suedwestfalen/pegel-sensoren",
        "dna": ["nachhaltig", "digital"],
        "handlungsfelder": ["umwelt-klima", "gesundheit-sicherheit"],
        "sdgs": [6, 11, 13],
        "tags": ["starkregen", "sensoren", "lorawan"],
    },
    {
        "slug": "gesundheitskiosk",
        "title": "Gesundheitskiosk im Dorf",
        "federfuehrung": "bad-berleburg",
        "beteiligte": ["arnsberg"],
        "status": "umsetzung",
        "beginn": datetime.date(2023, 6, 1),
        "ende": None,
        "zusammenfassung": (
            "In einem Dorfgemeinschaftshaus entsteht ein betreuter Raum für Videosprechstunden und "
            "einfache Gesundheitsmessungen. Eine geschulte Fachkraft unterstützt vor Ort, die "
            "ärztliche Behandlung erfolgt durch Praxen aus der Umgebung."
        ),
        "ziele": [
            "Wege zu Routineterminen werden für ältere Menschen spürbar kürzer.",
            "Der Kiosk ist an mindestens drei Tagen pro Woche betreut geöffnet.",
            "Datenschutz und Einwilligung sind in einem offenen Konzept dokumentiert.",
        ],
        "ergebnisse": [
            "Drei Hausarztpraxen beteiligen sich an den Videosprechstunden.",
        ],
        "meilensteine": [
            {
                "datum": datetime.date(2024, 3, 1),
                "titel": "Kooperationsvereinbarung mit Praxen",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2025, 1, 15),
                "titel": "Eröffnung des ersten Kiosks",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2026, 12, 1),
                "titel": "Auswertung und Entscheidung über weitere Standorte",
                "erreicht": False,
            },
        ],
        "quellcode_url": "",
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["gesundheit-sicherheit", "stadtgestaltung"],
        "sdgs": [3, 10],
        "tags": ["telemedizin", "gesundheit", "dorf"],
    },
    {
        "slug": "dorfbuero-netz",
        "title": "Netzwerk Dorfbüro",
        "federfuehrung": "olpe",
        "beteiligte": ["bad-berleburg", "soest"],
        "status": "idee",
        "beginn": datetime.date(2025, 10, 1),
        "ende": None,
        "zusammenfassung": (
            "Leerstehende Räume in Ortsteilen sollen zu kleinen Arbeitsorten werden, die "
            "Pendelnde, Selbstständige und Beschäftigte der Verwaltung tageweise buchen können. "
            "Ein gemeinsames Buchungssystem verbindet die Standorte der beteiligten Kommunen."
        ),
        "ziele": [
            "Mindestens vier Dorfbüros sind über ein gemeinsames System buchbar.",
            "Die Standorte werden von lokalen Vereinen oder Betrieben mitgetragen.",
            "Der Pendelverkehr der Nutzenden sinkt messbar.",
        ],
        "ergebnisse": [],
        "meilensteine": [
            {
                "datum": datetime.date(2026, 3, 31),
                "titel": "Bedarfsumfrage bei Unternehmen und Beschäftigten",
                "erreicht": True,
            },
            {
                "datum": datetime.date(2027, 3, 31),
                "titel": "Eröffnung des ersten Dorfbüros",
                "erreicht": False,
            },
        ],
        "quellcode_url": "",
        "dna": ["nachhaltig", "authentisch"],
        "handlungsfelder": ["new-work", "wertschoepfung-innovation", "stadtgestaltung"],
        "sdgs": [8, 11, 13],
        "tags": ["coworking", "dorfmitte", "pendeln"],
    },
]

# Erfundene Leitfäden; zusammen decken sie alle Handlungsfelder und DNA-Kriterien ab.
LEITFAEDEN = [
    {
        "slug": "open-data-portal-starten",
        "title": "Open Data: ein kommunales Datenangebot starten",
        "zusammenfassung": (
            "Der Leitfaden zeigt, wie eine Kommune ohne großes Budget erste offene Daten "
            "veröffentlicht und an ein regionales Datenportal anbindet. Er beschreibt die Auswahl "
            "geeigneter Datensätze, die Klärung von Rechten und den Weg zum Regelbetrieb."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Zuständigkeit klären",
                "text": (
                    "Benennen Sie eine Person, die das Thema Open Data koordiniert, und in jedem "
                    "Fachbereich eine Ansprechperson. Ein kurzer Beschluss der Verwaltungsspitze "
                    "schafft Rückendeckung. Ohne feste Zuständigkeit bleiben Datensätze nach der "
                    "ersten Veröffentlichung oft veraltet."
                ),
            },
            {
                "titel": "Datensätze auswählen",
                "text": (
                    "Beginnen Sie mit Daten, die ohnehin vorliegen und nach außen gefragt sind, "
                    "etwa Haltestellen, Spielplätze, Wahlergebnisse oder Öffnungszeiten. Prüfen "
                    "Sie, ob personenbezogene Angaben oder Rechte Dritter enthalten sind. Zehn gut "
                    "gepflegte Datensätze sind wertvoller als hundert ungepflegte."
                ),
            },
            {
                "titel": "Formate und Lizenz festlegen",
                "text": (
                    "Veröffentlichen Sie in offenen, maschinenlesbaren Formaten wie CSV, JSON oder "
                    "GeoJSON. Als Lizenz empfiehlt sich die Datenlizenz Deutschland – Zero oder "
                    "eine vergleichbar freie Lizenz. Beschreiben Sie jeden Datensatz mit Metadaten "
                    "nach dem Standard DCAT-AP.de."
                ),
            },
            {
                "titel": "An das regionale Datenportal anbinden",
                "text": (
                    "Statt ein eigenes System zu betreiben, können Kommunen ihre Datensätze im "
                    "gemeinsamen Datenportal der Region einstellen. Die Metadaten werden von dort "
                    "automatisch an GovData, das Datenportal für Deutschland, weitergegeben. Das "
                    "spart Betriebskosten und sorgt für Sichtbarkeit."
                ),
            },
            {
                "titel": "Nutzung fördern und Rückmeldungen auswerten",
                "text": (
                    "Machen Sie neue Datensätze bekannt, etwa bei Schulen, Hochschulen und lokalen "
                    "Initiativen. Bieten Sie einen einfachen Weg für Fragen und Fehlermeldungen "
                    "an. Rückmeldungen zeigen, welche Daten als Nächstes gebraucht werden."
                ),
            },
        ],
        "kommunen": ["soest"],
        "leitprojekte": ["offene-daten-suedwestfalen"],
        "zuletzt_geprueft": datetime.date(2026, 5, 12),
        "dna": ["digital", "authentisch"],
        "handlungsfelder": ["verwaltung-teilhabe", "wertschoepfung-innovation"],
        "sdgs": [9, 16, 17],
        "tags": ["offene daten", "transparenz", "metadaten"],
    },
    {
        "slug": "buergerbeteiligung-digital",
        "title": "Bürgerbeteiligung digital und vor Ort verbinden",
        "zusammenfassung": (
            "Digitale Beteiligung erreicht andere Menschen als eine Versammlung im Rathaus, "
            "ersetzt sie aber nicht. Der Leitfaden beschreibt, wie Online- und Präsenzformate "
            "zusammenspielen und wie Ergebnisse nachvollziehbar zurückgemeldet werden."
        ),
        "zielgruppe": "politik",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Gestaltungsspielraum benennen",
                "text": (
                    "Klären Sie vor dem Start, worüber tatsächlich mitentschieden werden kann und "
                    "was bereits feststeht. Kommunizieren Sie diesen Rahmen offen. Enttäuschte "
                    "Erwartungen schaden dem Vertrauen mehr als eine ehrlich begrenzte "
                    "Beteiligung."
                ),
            },
            {
                "titel": "Formate kombinieren",
                "text": (
                    "Verbinden Sie eine Online-Plattform mit Terminen vor Ort, etwa einem Stand "
                    "auf dem Wochenmarkt oder einem Spaziergang durch das Quartier. Beiträge aus "
                    "Präsenzformaten werden in die Plattform übernommen, damit alle Anregungen an "
                    "einer Stelle sichtbar sind."
                ),
            },
            {
                "titel": "Offene Software wählen",
                "text": (
                    "Für Online-Beteiligung gibt es ausgereifte Open-Source-Lösungen wie Decidim "
                    "oder CONSUL Democracy. Sie lassen sich von mehreren Kommunen gemeinsam "
                    "betreiben und an das eigene Erscheinungsbild anpassen."
                ),
            },
            {
                "titel": "Ergebnisse zurückmelden",
                "text": (
                    "Veröffentlichen Sie, welche Vorschläge aufgegriffen wurden und warum andere "
                    "nicht. Eine kurze Begründung je Vorschlag genügt. Diese Rückmeldung ist der "
                    "wichtigste Grund, warum Menschen sich ein zweites Mal beteiligen."
                ),
            },
        ],
        "kommunen": ["arnsberg"],
        "leitprojekte": ["buerger-lotse"],
        "zuletzt_geprueft": datetime.date(2025, 3, 20),
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["verwaltung-teilhabe", "stadtgestaltung"],
        "sdgs": [10, 11, 16],
        "tags": ["beteiligung", "demokratie", "quartier"],
    },
    {
        "slug": "foerderantraege-vorbereiten",
        "title": "Förderanträge für Smart-City-Vorhaben vorbereiten",
        "zusammenfassung": (
            "Viele gute Ideen scheitern nicht am Inhalt, sondern an Fristen, Eigenanteilen und "
            "fehlenden Unterlagen. Der Leitfaden hilft, Förderprogramme passend auszuwählen und "
            "Anträge mit vertretbarem Aufwand vorzubereiten."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Vorhaben kurz beschreiben",
                "text": (
                    "Fassen Sie Ziel, Zielgruppe, Zeitraum und grobe Kosten auf einer Seite "
                    "zusammen. Diese Projektskizze ist die Grundlage für jedes Gespräch mit "
                    "Fördermittelgebern und hilft, passende Programme schneller zu erkennen."
                ),
            },
            {
                "titel": "Programme sichten",
                "text": (
                    "Nutzen Sie die Förderdatenbank des Bundes und die Beratungsangebote des "
                    "Landes und der Bezirksregierung. Achten Sie auf Fördergegenstand, Quote, "
                    "Eigenanteil und Fristen. Fragen Sie in der Region nach, wer bereits Erfahrung "
                    "mit dem Programm hat."
                ),
            },
            {
                "titel": "Eigenanteil und Folgekosten sichern",
                "text": (
                    "Klären Sie frühzeitig mit Kämmerei und Politik, wie der Eigenanteil "
                    "finanziert wird. Planen Sie auch die Kosten nach dem Förderzeitraum ein, etwa "
                    "für Wartung und Personal. Ein Vorhaben, das nach drei Jahren endet, "
                    "hinterlässt sonst ungenutzte Technik."
                ),
            },
            {
                "titel": "Partner einbinden",
                "text": (
                    "Gemeinsame Anträge mehrerer Kommunen oder mit Hochschulen und Unternehmen "
                    "werden oft besser bewertet. Halten Sie Rollen und Beiträge in einer "
                    "Absichtserklärung fest, bevor der Antrag geschrieben wird."
                ),
            },
            {
                "titel": "Nachweise von Anfang an mitdenken",
                "text": (
                    "Legen Sie zu Projektbeginn fest, wie Ausgaben, Stunden und Ergebnisse "
                    "dokumentiert werden. Eine einfache, gemeinsam genutzte Tabelle erspart beim "
                    "Verwendungsnachweis viel Sucharbeit."
                ),
            },
        ],
        "kommunen": ["olpe", "menden"],
        "leitprojekte": [],
        "zuletzt_geprueft": datetime.date(2024, 11, 4),
        "dna": ["nachhaltig"],
        "handlungsfelder": ["verwaltung-teilhabe", "wertschoepfung-innovation"],
        "sdgs": [17],
        "tags": ["förderung", "finanzierung", "antrag"],
    },
    {
        "slug": "open-source-ausschreiben",
        "title": "Open Source ausschreiben und Abhängigkeiten vermeiden",
        "zusammenfassung": (
            "Wer Software beschafft, entscheidet oft für viele Jahre über Kosten und "
            "Gestaltungsfreiheit. Der Leitfaden zeigt, wie Vergabeunterlagen offene Software, "
            "offene Schnittstellen und die Nachnutzung durch andere Kommunen sichern."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "hoch",
        "schritte": [
            {
                "titel": "Markt und Bestand erkunden",
                "text": (
                    "Prüfen Sie vor der Ausschreibung, ob es bereits offene Lösungen gibt, die "
                    "andere Verwaltungen einsetzen, etwa über die Plattform openCode. Eine "
                    "Markterkundung mit mehreren Anbietern zeigt, welche Anforderungen realistisch "
                    "sind."
                ),
            },
            {
                "titel": "Anforderungen offen formulieren",
                "text": (
                    "Beschreiben Sie, was die Software leisten soll, nicht welches Produkt Sie "
                    "sich vorstellen. Fordern Sie dokumentierte, offene Schnittstellen und den "
                    "Export aller Daten in offenen Formaten. So bleibt ein späterer Wechsel "
                    "möglich."
                ),
            },
            {
                "titel": "Lizenz und Quellcode regeln",
                "text": (
                    "Legen Sie fest, dass Eigenentwicklungen unter einer freien Lizenz wie der "
                    "EUPL veröffentlicht werden und der Quellcode in einem öffentlichen Repository "
                    "liegt. Die EVB-IT-Vertragsmuster lassen sich entsprechend ergänzen."
                ),
            },
            {
                "titel": "Zuschlagskriterien gewichten",
                "text": (
                    "Bewerten Sie neben dem Preis auch Offenheit, Betriebskosten über die gesamte "
                    "Laufzeit und die Möglichkeit, Wartung an Dritte zu vergeben. Eine "
                    "nachvollziehbare Bewertungsmatrix schützt vor Rügen."
                ),
            },
            {
                "titel": "Gemeinsam beschaffen",
                "text": (
                    "Prüfen Sie, ob sich mehrere Kommunen zusammenschließen können, etwa über "
                    "einen kommunalen IT-Dienstleister. Gemeinsame Beschaffung senkt den Aufwand "
                    "und stärkt die Verhandlungsposition."
                ),
            },
        ],
        "kommunen": ["soest", "arnsberg"],
        "leitprojekte": ["offene-daten-suedwestfalen"],
        "zuletzt_geprueft": datetime.date(2026, 2, 9),
        "dna": ["digital", "nachhaltig"],
        "handlungsfelder": ["verwaltung-teilhabe", "wertschoepfung-innovation"],
        "sdgs": [9, 12, 16],
        "tags": ["vergabe", "open source", "schnittstellen"],
    },
    {
        "slug": "lorawan-sensornetz-aufbauen",
        "title": "Ein LoRaWAN-Sensornetz aufbauen",
        "zusammenfassung": (
            "LoRaWAN ist eine Funktechnik, mit der batteriebetriebene Sensoren über mehrere "
            "Kilometer kleine Datenmengen senden. Der Leitfaden beschreibt Planung, Aufbau und "
            "Betrieb eines kommunalen Funknetzes für Umwelt- und Infrastrukturdaten."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "hoch",
        "schritte": [
            {
                "titel": "Anwendungsfälle festlegen",
                "text": (
                    "Starten Sie mit zwei oder drei konkreten Fragen, etwa zu Pegelständen, "
                    "Bodenfeuchte von Stadtbäumen oder Füllständen von Containern. Ein Netz ohne "
                    "klaren Zweck wird selten dauerhaft gepflegt."
                ),
            },
            {
                "titel": "Standorte für Gateways finden",
                "text": (
                    "Gateways empfangen die Funksignale und gehören an hohe Punkte wie Dächer von "
                    "Schulen, Feuerwehrhäusern oder Wassertürmen. Kommunale Gebäude mit Strom- und "
                    "Netzanschluss sind ideal. Eine Funkabdeckungsmessung vor dem Kauf vermeidet "
                    "Lücken im bergigen Gelände."
                ),
            },
            {
                "titel": "Netzserver und Datenhaltung wählen",
                "text": (
                    "Ein Netzserver verwaltet Geräte und leitet Messwerte weiter. Offene Lösungen "
                    "wie ChirpStack lassen sich selbst oder beim kommunalen IT-Dienstleister "
                    "betreiben. Legen Sie fest, wo Daten gespeichert und wie sie als offene Daten "
                    "veröffentlicht werden."
                ),
            },
            {
                "titel": "Betrieb organisieren",
                "text": (
                    "Sensoren brauchen Batteriewechsel, Reinigung und gelegentlich Ersatz. Klären "
                    "Sie, ob Bauhof, Stadtwerke oder IT die Wartung übernehmen, und führen Sie ein "
                    "einfaches Geräteverzeichnis mit Standort und Einbaudatum."
                ),
            },
        ],
        "kommunen": ["menden"],
        "leitprojekte": ["starkregen-sensornetz"],
        "zuletzt_geprueft": datetime.date(2026, 3, 16),
        "dna": ["digital"],
        "handlungsfelder": ["umwelt-klima", "stadtgestaltung"],
        "sdgs": [9, 11],
        "tags": ["lorawan", "sensoren", "funknetz"],
    },
    {
        "slug": "energiemonitoring-einfuehren",
        "title": "Energiemonitoring für kommunale Gebäude einführen",
        "zusammenfassung": (
            "Wer den Energieverbrauch der eigenen Gebäude zeitnah kennt, erkennt Defekte früher "
            "und saniert gezielter. Der Leitfaden erklärt, wie ein Monitoring Schritt für Schritt "
            "entsteht und wer daran beteiligt werden sollte."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Bestand erfassen",
                "text": (
                    "Listen Sie alle Liegenschaften mit ihren Strom-, Wärme- und Wasserzählern "
                    "auf. Notieren Sie, welche Zähler bereits digital auslesbar sind. Häufig "
                    "lassen sich vorhandene Zähler mit einfachen Aufsätzen nachrüsten."
                ),
            },
            {
                "titel": "Mit großen Verbrauchern beginnen",
                "text": (
                    "Schulen, Hallenbäder und Sporthallen verursachen meist den größten Teil des "
                    "Verbrauchs. Wer dort beginnt, sieht schnell Wirkung und gewinnt Argumente für "
                    "die weitere Ausstattung."
                ),
            },
            {
                "titel": "Hausmeisterinnen und Hausmeister einbeziehen",
                "text": (
                    "Die Menschen vor Ort kennen ihre Gebäude am besten. Geben Sie ihnen Zugriff "
                    "auf eine verständliche Übersicht und vereinbaren Sie, wie auf Auffälligkeiten "
                    "reagiert wird. Kleine Korrekturen an Heizzeiten sparen oft mehr als teure "
                    "Technik."
                ),
            },
            {
                "titel": "Ergebnisse berichten",
                "text": (
                    "Ein jährlicher Energiebericht für Rat und Öffentlichkeit macht Fortschritte "
                    "sichtbar. Er hilft außerdem, Sanierungsmittel dort einzusetzen, wo sie am "
                    "meisten bewirken."
                ),
            },
        ],
        "kommunen": ["menden"],
        "leitprojekte": ["energiemonitoring-kommunale-gebaeude"],
        "zuletzt_geprueft": datetime.date(2026, 7, 1),
        "dna": ["nachhaltig", "digital"],
        "handlungsfelder": ["energie", "umwelt-klima"],
        "sdgs": [7, 12, 13],
        "tags": ["energie", "liegenschaften", "klimaschutz"],
    },
    {
        "slug": "starkregenvorsorge-mit-daten",
        "title": "Klimaanpassung: Starkregenvorsorge mit Daten unterstützen",
        "zusammenfassung": (
            "Starkregen trifft in Mittelgebirgslagen oft kleine Bäche und Straßen, die niemand im "
            "Blick hatte. Der Leitfaden zeigt, wie Gefahrenkarten, Messwerte und klare Abläufe die "
            "Vorsorge in der Kommune verbessern."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "hoch",
        "schritte": [
            {
                "titel": "Gefährdung analysieren",
                "text": (
                    "Lassen Sie eine Starkregen-Gefahrenkarte erstellen oder nutzen Sie vorhandene "
                    "Karten des Landes. Ergänzen Sie diese um Erfahrungen von Feuerwehr und Bauhof "
                    "aus früheren Ereignissen."
                ),
            },
            {
                "titel": "Messpunkte gezielt setzen",
                "text": (
                    "Platzieren Sie Pegel- und Niederschlagssensoren an Stellen, an denen schnelle "
                    "Anstiege gefährlich werden, etwa vor Verrohrungen. Wenige gut gewählte "
                    "Messpunkte sind aussagekräftiger als viele zufällig verteilte."
                ),
            },
            {
                "titel": "Alarmwege abstimmen",
                "text": (
                    "Legen Sie gemeinsam mit den Einsatzkräften Schwellenwerte fest und bestimmen "
                    "Sie, wer bei welcher Stufe benachrichtigt wird. Proben Sie die Abläufe "
                    "mindestens einmal im Jahr."
                ),
            },
            {
                "titel": "Bevölkerung informieren",
                "text": (
                    "Veröffentlichen Sie Gefahrenkarten und Messwerte verständlich und geben Sie "
                    "Hinweise zur Eigenvorsorge, etwa zu Rückstausicherungen. Beratung vor Ort "
                    "erreicht besonders Eigentümerinnen und Eigentümer älterer Gebäude."
                ),
            },
            {
                "titel": "Flächen für Wasser einplanen",
                "text": (
                    "Nutzen Sie die Erkenntnisse in der Bauleitplanung: Grünflächen, Mulden und "
                    "entsiegelte Plätze können Regenwasser aufnehmen. So entsteht Vorsorge, die "
                    "auch Hitze mindert und Lebensräume schafft."
                ),
            },
        ],
        "kommunen": ["menden", "arnsberg"],
        "leitprojekte": ["starkregen-sensornetz"],
        "zuletzt_geprueft": datetime.date(2026, 9, 22),
        "dna": ["nachhaltig", "digital"],
        "handlungsfelder": ["umwelt-klima", "gesundheit-sicherheit"],
        "sdgs": [6, 11, 13, 15],
        "tags": ["klimaanpassung", "starkregen", "vorsorge"],
    },
    {
        "slug": "dorf-coworking-einrichten",
        "title": "Coworking im Dorf: einen Arbeitsort auf Zeit einrichten",
        "zusammenfassung": (
            "Ein kleiner gemeinschaftlicher Arbeitsort im Ortsteil spart Pendelwege und belebt die "
            "Dorfmitte. Der Leitfaden beschreibt, wie Raum, Träger und Ausstattung zusammenkommen "
            "und wie das Angebot bekannt wird."
        ),
        "zielgruppe": "buerger",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Bedarf erfragen",
                "text": (
                    "Fragen Sie Arbeitgeber, Pendelnde und Selbstständige, ob und wie oft sie "
                    "wohnortnah arbeiten würden. Schon zehn verbindlich Interessierte reichen für "
                    "einen Start mit wenigen Plätzen."
                ),
            },
            {
                "titel": "Raum und Träger finden",
                "text": (
                    "Geeignet sind leerstehende Ladenlokale, Pfarrheime oder ungenutzte Räume im "
                    "Dorfgemeinschaftshaus. Als Träger kommen Vereine, Genossenschaften oder "
                    "örtliche Betriebe in Frage; die Kommune kann beim Start helfen."
                ),
            },
            {
                "titel": "Ausstattung planen",
                "text": (
                    "Wichtig sind eine stabile Internetverbindung, ergonomische Arbeitsplätze, ein "
                    "ruhiger Raum für Telefonate und eine kleine Küche. Eine digitale Buchung mit "
                    "Zugangscode ermöglicht flexible Öffnungszeiten ohne Personal."
                ),
            },
            {
                "titel": "Gemeinschaft pflegen",
                "text": (
                    "Ein offenes Frühstück oder ein Vortragsabend macht den Ort bekannt und "
                    "verbindet Nutzende mit dem Dorf. So wird der Arbeitsort zum Treffpunkt und "
                    "nicht nur zum Schreibtisch."
                ),
            },
        ],
        "kommunen": ["olpe", "bad-berleburg"],
        "leitprojekte": ["dorfbuero-netz"],
        "zuletzt_geprueft": datetime.date(2026, 4, 2),
        "dna": ["authentisch", "nachhaltig"],
        "handlungsfelder": ["new-work", "wertschoepfung-innovation", "stadtgestaltung"],
        "sdgs": [5, 8, 11],
        "tags": ["coworking", "dorfmitte", "pendeln"],
    },
    {
        "slug": "mobilitaet-fuer-doerfer",
        "title": "Ein Mobilitätskonzept für Dörfer erarbeiten",
        "zusammenfassung": (
            "Auf dem Land reicht ein Busfahrplan allein selten aus, um ohne eigenes Auto mobil zu "
            "sein. Der Leitfaden beschreibt, wie ein Mobilitätskonzept für Ortsteile entsteht, das "
            "Rufbus, Bürgerbus, Carsharing und Radwege zusammendenkt."
        ),
        "zielgruppe": "politik",
        "aufwand": "hoch",
        "schritte": [
            {
                "titel": "Wege verstehen",
                "text": (
                    "Erheben Sie, wohin Menschen in den Dörfern regelmäßig müssen und wann: "
                    "Schule, Arzt, Einkauf, Arbeit. Befragungen, Gespräche in Vereinen und Daten "
                    "des Verkehrsverbunds ergänzen sich dabei."
                ),
            },
            {
                "titel": "Angebote kombinieren",
                "text": (
                    "Prüfen Sie, welche Bausteine zu welchem Ortsteil passen: Rufbus, "
                    "ehrenamtlicher Bürgerbus, Mitfahrbänke, Carsharing oder sichere Radwege zur "
                    "nächsten Haltestelle. Meist ergibt erst die Kombination ein verlässliches "
                    "Netz."
                ),
            },
            {
                "titel": "Partner an einen Tisch holen",
                "text": (
                    "Binden Sie Kreis, Verkehrsunternehmen und Nachbarkommunen früh ein, da "
                    "Zuständigkeiten für den Nahverkehr oft beim Kreis liegen. Vereinbaren Sie "
                    "gemeinsame Ziele und wer welche Kosten trägt."
                ),
            },
            {
                "titel": "Buchung einfach machen",
                "text": (
                    "Flexible Angebote müssen per App, Website und Telefon buchbar sein. Gerade "
                    "ältere Menschen nutzen häufig das Telefon. Fahrplandaten sollten als offene "
                    "Daten in die gängigen Auskunftssysteme einfließen."
                ),
            },
            {
                "titel": "Erproben und nachsteuern",
                "text": (
                    "Starten Sie in einem Testgebiet und werten Sie Fahrgastzahlen und "
                    "Rückmeldungen nach sechs Monaten aus. Passen Sie Bediengebiet und Zeiten an, "
                    "bevor das Angebot ausgeweitet wird."
                ),
            },
        ],
        "kommunen": ["bad-berleburg"],
        "leitprojekte": ["mobil-auf-abruf"],
        "zuletzt_geprueft": datetime.date(2025, 6, 18),
        "dna": ["nachhaltig", "authentisch"],
        "handlungsfelder": ["mobilitaet", "umwelt-klima"],
        "sdgs": [10, 11, 13],
        "tags": ["mobilität", "ländlicher raum", "rufbus"],
    },
    {
        "slug": "medienkompetenz-schule",
        "title": "Digitale Schule: Medienkompetenz gemeinsam stärken",
        "zusammenfassung": (
            "Schulträger, Schulen und außerschulische Partner können Medienkompetenz nur gemeinsam "
            "wirksam fördern. Der Leitfaden zeigt, wie ein abgestimmtes Angebot für Schülerinnen "
            "und Schüler, Lehrkräfte und Eltern entsteht."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Medienentwicklungsplan nutzen",
                "text": (
                    "Der Medienentwicklungsplan des Schulträgers beschreibt Ausstattung und "
                    "Support. Ergänzen Sie ihn um ein Kapitel zu Bildungsangeboten, damit Technik "
                    "und Pädagogik zusammen geplant werden."
                ),
            },
            {
                "titel": "Partner vernetzen",
                "text": (
                    "Bibliotheken, Jugendzentren, Volkshochschulen und Medienzentren bieten oft "
                    "schon Kurse an. Eine gemeinsame Übersicht der Angebote verhindert "
                    "Doppelstrukturen und erleichtert Schulen die Auswahl."
                ),
            },
            {
                "titel": "Mit echten Daten lernen",
                "text": (
                    "Lassen Sie Schülerinnen und Schüler mit offenen Daten der eigenen Stadt "
                    "arbeiten, etwa zu Verkehr oder Klima. Sie lernen so, Quellen zu prüfen, "
                    "Diagramme zu lesen und eigene Fragen zu stellen."
                ),
            },
            {
                "titel": "Eltern einbeziehen",
                "text": (
                    "Elternabende zu Bildschirmzeit, Datenschutz und sozialen Netzwerken stoßen "
                    "auf großes Interesse. Bieten Sie sie auch digital und in mehreren Sprachen "
                    "an, damit alle Familien erreicht werden."
                ),
            },
        ],
        "kommunen": ["soest"],
        "leitprojekte": [],
        "zuletzt_geprueft": datetime.date(2026, 8, 27),
        "dna": ["digital", "authentisch"],
        "handlungsfelder": ["bildung"],
        "sdgs": [4, 5, 10],
        "tags": ["schule", "medienkompetenz", "bildung"],
    },
    {
        "slug": "tourismus-app-mit-geschichten",
        "title": "Eine Tourismus-App mit lokalen Geschichten entwickeln",
        "zusammenfassung": (
            "Gäste suchen nicht nur Öffnungszeiten, sondern Erlebnisse mit Bezug zum Ort. Der "
            "Leitfaden beschreibt, wie Kommunen mit Heimatvereinen und Tourismusakteuren digitale "
            "Rundgänge mit echten Geschichten gestalten."
        ),
        "zielgruppe": "wirtschaft",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Geschichten sammeln",
                "text": (
                    "Laden Sie Heimatvereine, Archive, Schulen und Zeitzeuginnen und Zeitzeugen zu "
                    "Erzählwerkstätten ein. Sammeln Sie Anekdoten, alte Fotos und Orte, die im "
                    "Reiseführer fehlen. Klären Sie dabei gleich die Bild- und Nutzungsrechte."
                ),
            },
            {
                "titel": "Bestehende Plattformen prüfen",
                "text": (
                    "Bevor eine eigene App entsteht, lohnt ein Blick auf offene Lösungen und auf "
                    "die Datenbanken der Tourismusorganisationen. Inhalte sollten so gepflegt "
                    "werden, dass sie auch auf Websites und Infotafeln nutzbar sind."
                ),
            },
            {
                "titel": "Für unterwegs gestalten",
                "text": (
                    "Rundgänge müssen auch ohne Mobilfunkempfang funktionieren und mit "
                    "Screenreader bedienbar sein. Kurze Audiobeiträge eignen sich besonders für "
                    "Wanderungen und Radtouren."
                ),
            },
            {
                "titel": "Lebendig halten",
                "text": (
                    "Planen Sie eine jährliche Aktualisierung mit den Beteiligten ein und ergänzen "
                    "Sie saisonale Geschichten. Eine einfache Redaktionsoberfläche erlaubt es "
                    "Ehrenamtlichen, selbst Beiträge beizusteuern."
                ),
            },
        ],
        "kommunen": ["olpe"],
        "leitprojekte": ["erzaehlte-orte"],
        "zuletzt_geprueft": datetime.date(2026, 6, 10),
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["kultur-tourismus", "bildung"],
        "sdgs": [8, 11, 12],
        "tags": ["tourismus", "kultur", "heimat"],
    },
    {
        "slug": "telemedizin-im-laendlichen-raum",
        "title": "Telemedizin im ländlichen Raum anstoßen",
        "zusammenfassung": (
            "Kommunen sind nicht für die ärztliche Versorgung zuständig, können aber gute "
            "Voraussetzungen für telemedizinische Angebote schaffen. Der Leitfaden zeigt, wie "
            "Räume, Partner und Begleitung für einen Gesundheitskiosk zusammenkommen."
        ),
        "zielgruppe": "politik",
        "aufwand": "hoch",
        "schritte": [
            {
                "titel": "Versorgungslage klären",
                "text": (
                    "Sprechen Sie mit Hausarztpraxen, Pflegediensten und der Kassenärztlichen "
                    "Vereinigung über Lücken und Bedarfe. Telemedizin ergänzt die Versorgung vor "
                    "Ort, sie ersetzt sie nicht."
                ),
            },
            {
                "titel": "Einen betreuten Ort schaffen",
                "text": (
                    "Ein barrierefreier Raum mit guter Verbindung, Videotechnik und einfachen "
                    "Messgeräten senkt die Hürde für ältere Menschen. Eine geschulte Fachkraft "
                    "hilft beim Verbinden und bei Messungen."
                ),
            },
            {
                "titel": "Datenschutz sorgfältig regeln",
                "text": (
                    "Gesundheitsdaten sind besonders schutzwürdig. Die ärztliche Verantwortung "
                    "bleibt bei den Praxen; die Kommune stellt nur Raum und Technik bereit. Eine "
                    "Datenschutz-Folgenabschätzung und klare Einwilligungen sind Pflicht."
                ),
            },
            {
                "titel": "Erreichbarkeit mitdenken",
                "text": (
                    "Stimmen Sie Sprechzeiten mit Rufbus oder Bürgerbus ab und informieren Sie "
                    "über Vereine und Kirchengemeinden. Der beste Kiosk hilft nur, wenn Menschen "
                    "hinkommen und ihm vertrauen."
                ),
            },
        ],
        "kommunen": ["bad-berleburg"],
        "leitprojekte": ["gesundheitskiosk"],
        "zuletzt_geprueft": datetime.date(2024, 9, 30),
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["gesundheit-sicherheit"],
        "sdgs": [3, 10],
        "tags": ["telemedizin", "gesundheit", "pflege"],
    },
    {
        "slug": "barrierefreie-websites",
        "title": "Barrierefreie kommunale Websites",
        "zusammenfassung": (
            "Öffentliche Stellen sind verpflichtet, ihre Websites barrierefrei zu gestalten, und "
            "davon profitieren alle Nutzenden. Der Leitfaden beschreibt, wie Verwaltungen "
            "Barrieren erkennen, beheben und dauerhaft vermeiden."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Ausgangslage prüfen",
                "text": (
                    "Lassen Sie die Website nach BITV 2.0 und WCAG prüfen oder führen Sie eine "
                    "Selbstbewertung durch. Automatische Tests finden nur einen Teil der Probleme; "
                    "prüfen Sie zusätzlich mit Tastatur und Screenreader."
                ),
            },
            {
                "titel": "Redaktion schulen",
                "text": (
                    "Viele Barrieren entstehen im Alltag: fehlende Alternativtexte, unklare "
                    "Linktexte oder eingescannte PDF-Dateien. Eine kurze Schulung und eine "
                    "Checkliste für Redakteurinnen und Redakteure wirken sofort."
                ),
            },
            {
                "titel": "Barrierefreiheit in Aufträge schreiben",
                "text": (
                    "Fordern Sie bei neuen Websites und Fachverfahren ausdrücklich die Konformität "
                    "mit BITV 2.0 und einen Prüfbericht vor der Abnahme. Nachträgliche Korrekturen "
                    "sind deutlich teurer."
                ),
            },
            {
                "titel": "Erklärung und Feedback bereitstellen",
                "text": (
                    "Veröffentlichen Sie eine Erklärung zur Barrierefreiheit mit bekannten Mängeln "
                    "und einer Kontaktmöglichkeit. Beantworten Sie Rückmeldungen zügig und nutzen "
                    "Sie sie als Arbeitsliste."
                ),
            },
            {
                "titel": "Leichte Sprache anbieten",
                "text": (
                    "Erklären Sie zentrale Inhalte zusätzlich in Leichter Sprache. Lassen Sie die "
                    "Texte nach Möglichkeit von Menschen aus der Zielgruppe prüfen."
                ),
            },
        ],
        "kommunen": ["arnsberg"],
        "leitprojekte": ["buerger-lotse"],
        "zuletzt_geprueft": datetime.date(2026, 10, 5),
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["verwaltung-teilhabe"],
        "sdgs": [10, 16],
        "tags": ["barrierefreiheit", "website", "leichte sprache"],
    },
    {
        "slug": "leerstandsmanagement-innenstadt",
        "title": "Leerstandsmanagement für die Innenstadt",
        "zusammenfassung": (
            "Leere Schaufenster sind oft ein frühes Zeichen für eine Innenstadt im Wandel. Der "
            "Leitfaden zeigt, wie eine Kommune Leerstände erfasst, Eigentümerinnen und Eigentümer "
            "anspricht und neue Nutzungen auf Zeit ermöglicht."
        ),
        "zielgruppe": "wirtschaft",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Leerstände erfassen",
                "text": (
                    "Führen Sie ein Kataster mit Lage, Fläche, Zustand und Ansprechperson. Ein "
                    "Rundgang mit Werbegemeinschaft und Wirtschaftsförderung ergänzt die Daten aus "
                    "Gewerbemeldungen. Achten Sie auf den Datenschutz bei Angaben zu "
                    "Eigentümerinnen und Eigentümern."
                ),
            },
            {
                "titel": "Gespräche führen",
                "text": (
                    "Viele Eigentümerinnen und Eigentümer sind offen für Zwischennutzungen, wenn "
                    "Risiken und Aufwand überschaubar bleiben. Musterverträge für befristete "
                    "Nutzungen erleichtern die Zusage."
                ),
            },
            {
                "titel": "Zwischennutzungen ermöglichen",
                "text": (
                    "Pop-up-Läden, Ateliers, Reparaturcafés oder Ausstellungen der Schulen bringen "
                    "Leben in leere Räume. Eine digitale Börse bringt Angebote und Interessierte "
                    "schnell zusammen."
                ),
            },
            {
                "titel": "Wirkung beobachten",
                "text": (
                    "Werten Sie regelmäßig aus, wie sich Leerstandsquote und Nutzungen entwickeln. "
                    "Anonymisierte Frequenzzählungen können zeigen, ob neue Angebote Menschen in "
                    "die Innenstadt holen."
                ),
            },
        ],
        "kommunen": ["menden", "soest"],
        "leitprojekte": [],
        "zuletzt_geprueft": datetime.date(2025, 1, 28),
        "dna": ["authentisch", "nachhaltig"],
        "handlungsfelder": ["stadtgestaltung", "wertschoepfung-innovation"],
        "sdgs": [8, 11, 12],
        "tags": ["innenstadt", "leerstand", "einzelhandel"],
    },
    {
        "slug": "datenschutz-folgenabschaetzung",
        "title": "Datenschutz-Folgenabschätzung für Smart-City-Projekte",
        "zusammenfassung": (
            "Sensoren, Apps und Plattformen verarbeiten schnell mehr personenbezogene Daten als "
            "geplant. Der Leitfaden erklärt, wann eine Datenschutz-Folgenabschätzung nötig ist und "
            "wie sie praxisnah gelingt."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "mittel",
        "schritte": [
            {
                "titel": "Erforderlichkeit prüfen",
                "text": (
                    "Nach Art. 35 DSGVO ist eine Folgenabschätzung nötig, wenn eine Verarbeitung "
                    "voraussichtlich ein hohes Risiko für Betroffene birgt, etwa bei Videotechnik "
                    "oder Gesundheitsdaten. Die Listen der Aufsichtsbehörden geben Orientierung."
                ),
            },
            {
                "titel": "Datenflüsse beschreiben",
                "text": (
                    "Halten Sie fest, welche Daten wo entstehen, wohin sie fließen, wer Zugriff "
                    "hat und wann sie gelöscht werden. Eine einfache Skizze hilft allen "
                    "Beteiligten, das Vorhaben zu verstehen."
                ),
            },
            {
                "titel": "Datensparsam gestalten",
                "text": (
                    "Prüfen Sie, ob das Ziel auch mit weniger oder anonymen Daten erreichbar ist. "
                    "Zählsensoren ohne Kamera oder die Verarbeitung direkt am Gerät senken Risiken "
                    "oft erheblich."
                ),
            },
            {
                "titel": "Früh beraten lassen",
                "text": (
                    "Beziehen Sie die behördliche Datenschutzbeauftragte oder den "
                    "Datenschutzbeauftragten von Anfang an ein. Veröffentlichen Sie eine "
                    "Zusammenfassung der Ergebnisse; das schafft Vertrauen in der Bevölkerung."
                ),
            },
        ],
        "kommunen": ["arnsberg"],
        "leitprojekte": ["gesundheitskiosk"],
        "zuletzt_geprueft": datetime.date(2026, 3, 2),
        "dna": ["digital", "authentisch"],
        "handlungsfelder": ["verwaltung-teilhabe", "gesundheit-sicherheit"],
        "sdgs": [16],
        "tags": ["datenschutz", "dsgvo", "sensoren"],
    },
    {
        "slug": "mobiles-arbeiten-verwaltung",
        "title": "Neue Arbeitswelt: mobiles Arbeiten in der Verwaltung gestalten",
        "zusammenfassung": (
            "Flexible Arbeitsorte und -zeiten machen die Verwaltung als Arbeitgeberin attraktiver, "
            "gerade im Wettbewerb um Fachkräfte. Der Leitfaden beschreibt, wie Dienstvereinbarung, "
            "Technik und Führungskultur zusammenpassen."
        ),
        "zielgruppe": "verwaltung",
        "aufwand": "gering",
        "schritte": [
            {
                "titel": "Dienstvereinbarung abschließen",
                "text": (
                    "Erarbeiten Sie gemeinsam mit Personalrat und Gleichstellungsbeauftragter eine "
                    "Dienstvereinbarung zu Umfang, Erreichbarkeit und Arbeitsschutz. Klare Regeln "
                    "schaffen Sicherheit für Beschäftigte und Führungskräfte."
                ),
            },
            {
                "titel": "Arbeitsplätze ausstatten",
                "text": (
                    "Mobile Geräte, sichere Verbindungen und digitale Akten sind die "
                    "Voraussetzung. Setzen Sie nach Möglichkeit auf offene Werkzeuge für "
                    "Videokonferenzen und Zusammenarbeit, die auch externe Partner nutzen können."
                ),
            },
            {
                "titel": "Führung auf Ergebnisse ausrichten",
                "text": (
                    "Wer mobil arbeitet, wird nach Ergebnissen geführt, nicht nach Anwesenheit. "
                    "Regelmäßige Teamtermine vor Ort halten den Zusammenhalt und sollten "
                    "verbindlich vereinbart werden."
                ),
            },
            {
                "titel": "Dorfbüros mitdenken",
                "text": (
                    "Nicht jede Wohnung eignet sich zum Arbeiten. Vereinbaren Sie, dass "
                    "Beschäftigte auch gemeinschaftliche Arbeitsorte in ihren Ortsteilen nutzen "
                    "dürfen, sofern Datenschutz und Vertraulichkeit gewahrt bleiben."
                ),
            },
        ],
        "kommunen": ["olpe"],
        "leitprojekte": ["dorfbuero-netz"],
        "zuletzt_geprueft": datetime.date(2026, 1, 14),
        "dna": ["authentisch", "digital"],
        "handlungsfelder": ["new-work", "verwaltung-teilhabe"],
        "sdgs": [5, 8],
        "tags": ["arbeitswelt", "fachkräfte", "homeoffice"],
    },
    {
        "slug": "kooperation-mit-hochschulen",
        "title": "Mit Hochschulen zusammenarbeiten: Studienprojekte für die Kommune",
        "zusammenfassung": (
            "Hochschulen suchen praxisnahe Fragestellungen, Kommunen fehlt oft die Zeit für neue "
            "Ansätze. Der Leitfaden zeigt, wie aus dieser Lage Studienprojekte mit Nutzen für "
            "beide Seiten entstehen."
        ),
        "zielgruppe": "wissenschaft",
        "aufwand": "gering",
        "schritte": [
            {
                "titel": "Fragestellung zuschneiden",
                "text": (
                    "Formulieren Sie eine überschaubare Frage, die sich in einem Semester "
                    "bearbeiten lässt, zum Beispiel die Auswertung offener Verkehrsdaten. Zu große "
                    "Themen überfordern studentische Teams."
                ),
            },
            {
                "titel": "Ansprechpersonen benennen",
                "text": (
                    "Auf beiden Seiten braucht es eine feste Ansprechperson. Vereinbaren Sie zu "
                    "Beginn, welche Daten bereitgestellt werden und wie oft man sich austauscht."
                ),
            },
            {
                "titel": "Ergebnisse offen teilen",
                "text": (
                    "Halten Sie fest, dass Berichte und Programmcode unter freien Lizenzen "
                    "veröffentlicht werden dürfen. So können andere Kommunen der Region auf den "
                    "Ergebnissen aufbauen."
                ),
            },
            {
                "titel": "Übergang in den Betrieb planen",
                "text": (
                    "Studienprojekte enden mit dem Semester. Klären Sie frühzeitig, wer einen "
                    "gelungenen Prototyp weiterführt, etwa die eigene IT oder ein Betrieb aus der "
                    "Region."
                ),
            },
        ],
        "kommunen": ["soest"],
        "leitprojekte": ["offene-daten-suedwestfalen"],
        "zuletzt_geprueft": datetime.date(2026, 1, 20),
        "dna": ["digital", "nachhaltig"],
        "handlungsfelder": ["bildung", "wertschoepfung-innovation"],
        "sdgs": [4, 9, 17],
        "tags": ["hochschule", "forschung", "kooperation"],
    },
]

# Rechtliche und hilfreiche Seiten (Beispieltexte, keine Rechtsberatung).
LEGAL_PAGES = {
    "impressum": {
        "title": "Impressum",
        "intro": (
            "Angaben gemäß § 5 Digitale-Dienste-Gesetz und § 18 Medienstaatsvertrag. Alle Angaben "
            "auf dieser Seite sind Beispieldaten für die Demonstration des Portals."
        ),
        "sections": [
            {
                "heading": "Anbieterin",
                "paragraphs": [
                    (
                        "Südwestfalen Agentur GmbH, Beispielstraße 1, 57000 Musterstadt "
                        "(Beispieladresse, nicht die tatsächliche Anschrift)."
                    ),
                    "Telefon: 0000 000-000 (Beispiel), E-Mail: info@suedwestfalen.example.org",
                ],
            },
            {
                "heading": "Vertretung und Register",
                "paragraphs": [
                    "Vertreten durch die Geschäftsführung: Erika Beispiel (erfundener Name).",
                    (
                        "Registergericht: Amtsgericht Musterstadt, Handelsregister HRB 00000 "
                        "(Beispiel). Umsatzsteuer-Identifikationsnummer: DE000000000 (Beispiel)."
                    ),
                ],
            },
            {
                "heading": "Verantwortlich für den Inhalt",
                "paragraphs": [
                    (
                        "Verantwortlich im Sinne von § 18 Abs. 2 Medienstaatsvertrag: Max "
                        "Mustermann, Redaktion Smart Cities: Schule, Anschrift wie oben (erfundene "
                        "Angaben)."
                    ),
                ],
            },
            {
                "heading": "Förderung",
                "paragraphs": [
                    (
                        "Das Projekt „Smart Cities für Südwestfalen“ wird im Bundesprogramm "
                        "„Modellprojekte Smart Cities“ gefördert. Getragen wird es von den "
                        "Pionierkommunen Arnsberg, Bad Berleburg, Menden (Sauerland), Olpe und "
                        "Soest gemeinsam mit der Südwestfalen Agentur."
                    ),
                ],
            },
            {
                "heading": "Nutzungsrechte",
                "paragraphs": [
                    (
                        "Soweit nicht anders angegeben, stehen die Texte dieses Portals unter der "
                        "Lizenz Creative Commons Namensnennung 4.0 International (CC BY 4.0). Sie "
                        "dürfen sie teilen und bearbeiten, wenn Sie die Quelle nennen. Der "
                        "Programmcode des Portals ist unter der EUPL 1.2 veröffentlicht."
                    ),
                ],
            },
            {
                "heading": "Haftung für Links",
                "paragraphs": [
                    (
                        "Dieses Portal enthält Verweise auf Websites Dritter. Für deren Inhalte "
                        "sind ausschließlich die jeweiligen Anbieter verantwortlich. Zum Zeitpunkt "
                        "der Verlinkung waren keine rechtswidrigen Inhalte erkennbar; bei "
                        "Hinweisen auf Rechtsverletzungen entfernen wir den betreffenden Link "
                        "umgehend."
                    ),
                ],
            },
        ],
    },
    "datenschutz": {
        "title": "Datenschutzerklärung",
        "intro": (
            "Wir nehmen den Schutz Ihrer Daten ernst und verarbeiten so wenig personenbezogene "
            "Daten wie möglich. Hier erfahren Sie, was beim Besuch dieses Portals geschieht. Es "
            "handelt sich um einen Beispieltext für die Demonstration."
        ),
        "sections": [
            {
                "heading": "Verantwortliche Stelle",
                "paragraphs": [
                    (
                        "Verantwortlich für die Datenverarbeitung ist die Südwestfalen Agentur "
                        "GmbH, Beispielstraße 1, 57000 Musterstadt (Beispieladresse), E-Mail: "
                        "info@suedwestfalen.example.org."
                    ),
                    (
                        "Die Datenschutzbeauftragte erreichen Sie unter "
                        "datenschutz@suedwestfalen.example.org."
                    ),
                ],
            },
            {
                "heading": "Keine Tracking-Cookies, keine Inhalte von Dritten",
                "paragraphs": [
                    (
                        "Dieses Portal setzt keine Cookies zu Analyse-, Werbe- oder "
                        "Trackingzwecken und verwendet keine Reichweitenmessung. Technisch "
                        "notwendige Cookies werden nur gesetzt, wenn Sie sich als Redakteurin oder "
                        "Redakteur anmelden oder ein Formular absenden; sie dienen allein der "
                        "Sicherheit und werden am Ende der Sitzung gelöscht."
                    ),
                    (
                        "Schriften, Skripte, Bilder und Karten werden ausschließlich von unserem "
                        "eigenen Server geladen. Es werden keine Inhalte von Dritten eingebunden, "
                        "daher werden beim Aufruf der Seiten keine Daten an andere Anbieter "
                        "übertragen."
                    ),
                ],
            },
            {
                "heading": "Server-Protokolle",
                "paragraphs": [
                    (
                        "Bei jedem Aufruf speichert der Webserver kurzzeitig technische Angaben: "
                        "IP-Adresse, Datum und Uhrzeit, aufgerufene Adresse, übertragene "
                        "Datenmenge, Statuscode sowie Browser und Betriebssystem. Diese Daten "
                        "benötigen wir, um den sicheren Betrieb zu gewährleisten und Angriffe "
                        "abzuwehren."
                    ),
                    (
                        "Die Protokolle werden nach sieben Tagen automatisch gelöscht. "
                        "Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit unserer "
                        "Aufgabe, ein öffentliches Informationsangebot bereitzustellen. Eine "
                        "Auswertung zu einzelnen Personen findet nicht statt."
                    ),
                ],
            },
            {
                "heading": "Kontaktformulare und E-Mail",
                "paragraphs": [
                    (
                        "Wenn Sie uns über ein Formular oder per E-Mail schreiben, verarbeiten wir "
                        "Ihre Angaben ausschließlich, um Ihr Anliegen zu bearbeiten. Pflichtfelder "
                        "sind gekennzeichnet; alle weiteren Angaben sind freiwillig."
                    ),
                    (
                        "Ihre Nachricht wird nicht an Dritte weitergegeben, es sei denn, Sie "
                        "bitten uns ausdrücklich um Weiterleitung an eine Pionierkommune. Wir "
                        "löschen die Daten, sobald Ihr Anliegen erledigt ist, spätestens nach "
                        "sechs Monaten, sofern keine Aufbewahrungspflicht besteht."
                    ),
                ],
            },
            {
                "heading": "Ihre Rechte",
                "paragraphs": [
                    (
                        "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und "
                        "Einschränkung der Verarbeitung sowie auf Widerspruch und "
                        "Datenübertragbarkeit. Wenden Sie sich dazu an die oben genannte "
                        "Datenschutzbeauftragte."
                    ),
                    (
                        "Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde "
                        "beschweren, in Nordrhein-Westfalen bei der Landesbeauftragten für "
                        "Datenschutz und Informationsfreiheit."
                    ),
                ],
            },
        ],
    },
    "barrierefreiheit": {
        "title": "Erklärung zur Barrierefreiheit",
        "intro": (
            "Die Südwestfalen Agentur ist bemüht, dieses Portal im Einklang mit der "
            "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu "
            "machen. Diese Erklärung gilt für das Portal der Smart Cities: Schule und ist ein "
            "Beispieltext für die Demonstration."
        ),
        "sections": [
            {
                "heading": "Stand der Vereinbarkeit mit den Anforderungen",
                "paragraphs": [
                    (
                        "Dieses Portal ist wegen der unten genannten Einschränkungen teilweise mit "
                        "der BITV 2.0 vereinbar. Grundlage der Bewertung sind die Anforderungen "
                        "der europäischen Norm EN 301 549 und der WCAG 2.1 auf Stufe AA."
                    ),
                ],
            },
            {
                "heading": "Nicht barrierefreie Inhalte",
                "paragraphs": [
                    (
                        "Einige ältere PDF-Dokumente, die Kommunen als Anlagen zu Leitfäden "
                        "bereitgestellt haben, sind noch nicht vollständig barrierefrei. Wir "
                        "ersetzen sie schrittweise durch barrierefreie Fassungen oder HTML-Seiten."
                    ),
                    (
                        "Diagramme in den Übersichten zu Nachhaltigkeitszielen sind für "
                        "Screenreader nur eingeschränkt erfassbar. Alle dargestellten Werte stehen "
                        "zusätzlich als Tabelle zur Verfügung."
                    ),
                    (
                        "Eingebettete Videos aus Veranstaltungen haben noch nicht durchgängig "
                        "Untertitel. Wir ergänzen diese bis Ende des ersten Quartals 2027."
                    ),
                ],
            },
            {
                "heading": "Erstellung dieser Erklärung",
                "paragraphs": [
                    (
                        "Diese Erklärung wurde am 15. September 2026 erstellt und zuletzt am 1. "
                        "November 2026 überprüft. Sie beruht auf einer Selbstbewertung mit "
                        "Tastatur, Screenreader und automatisierten Prüfwerkzeugen."
                    ),
                ],
            },
            {
                "heading": "Feedback und Kontakt",
                "paragraphs": [
                    (
                        "Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder benötigen "
                        "Sie Inhalte in einer anderen Form? Schreiben Sie uns an "
                        "barrierefreiheit@suedwestfalen.example.org oder rufen Sie uns an unter "
                        "0000 000-000 (Beispielnummer)."
                    ),
                    (
                        "Wir bestätigen den Eingang Ihrer Nachricht und antworten in der Regel "
                        "innerhalb von zwei Wochen."
                    ),
                ],
            },
            {
                "heading": "Schlichtungsverfahren",
                "paragraphs": [
                    (
                        "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten "
                        "haben, können Sie ein Schlichtungsverfahren einleiten. Das Verfahren ist "
                        "kostenlos, und Sie brauchen dafür keine anwaltliche Vertretung."
                    ),
                    (
                        "Für Angebote öffentlicher Stellen des Bundes ist die Schlichtungsstelle "
                        "BGG zuständig (https://www.schlichtungsstelle-bgg.de). Für öffentliche "
                        "Stellen des Landes Nordrhein-Westfalen und seiner Kommunen ist "
                        "beispielsweise die Ombudsstelle für barrierefreie Informationstechnik des "
                        "Landes Nordrhein-Westfalen ansprechbar."
                    ),
                    (
                        "Welche Stelle im konkreten Fall zuständig ist, teilen wir Ihnen gern auf "
                        "Nachfrage mit."
                    ),
                ],
            },
        ],
    },
    "leichte-sprache": {
        "title": "Leichte Sprache",
        "intro": (
            "Hier erklären wir diese Internet-Seite in Leichter Sprache. Der Text ist ein Beispiel."
        ),
        "sections": [
            {
                "heading": "Was ist diese Internet-Seite?",
                "paragraphs": [
                    "Diese Internet-Seite heißt: Smart Cities: Schule.",
                    "Die Schule ist kein Gebäude.",
                    "Die Schule ist eine Seite im Internet.",
                    "Hier lernen Städte und Gemeinden voneinander.",
                ],
            },
            {
                "heading": "Was bedeutet Smart City?",
                "paragraphs": [
                    "Smart City ist Englisch.",
                    "Man spricht es so: Smart Sitti.",
                    "Es bedeutet: kluge Stadt.",
                    "Eine kluge Stadt nutzt Computer und Internet.",
                    "So wird das Leben für die Menschen besser.",
                    "Die Natur soll dabei geschützt werden.",
                ],
            },
            {
                "heading": "Wer macht die Seite?",
                "paragraphs": [
                    "Die Seite kommt aus Südwestfalen.",
                    "Südwestfalen ist eine Gegend in Nordrhein-Westfalen.",
                    "Fünf Städte machen mit.",
                    "Die Städte heißen: Arnsberg, Bad Berleburg, Menden, Olpe und Soest.",
                    "Die Südwestfalen Agentur hilft dabei.",
                ],
            },
            {
                "heading": "Was finden Sie hier?",
                "paragraphs": [
                    "Sie finden hier Projekte.",
                    "In den Projekten arbeiten die Städte zusammen.",
                    "Sie finden hier auch Anleitungen.",
                    "Die Anleitungen heißen: Leit-Fäden.",
                    "Ein Leit-Faden erklärt Schritt für Schritt: So geht es.",
                ],
            },
            {
                "heading": "Wie finden Sie etwas?",
                "paragraphs": [
                    "Oben auf der Seite gibt es ein Such-Feld.",
                    "Schreiben Sie ein Wort in das Such-Feld.",
                    "Dann drücken Sie auf: Suchen.",
                    "Sie können die Seite auch mit der Tastatur benutzen.",
                ],
            },
            {
                "heading": "Haben Sie Fragen?",
                "paragraphs": [
                    "Schreiben Sie uns eine E-Mail.",
                    "Die E-Mail-Adresse ist: info@suedwestfalen.example.org",
                    "Wir antworten Ihnen.",
                ],
            },
        ],
    },
    "hilfe": {
        "title": "Hinweise zur Nutzung",
        "intro": (
            "Auf dieser Seite erfahren Sie, wie Sie Leitfäden, Leitprojekte und Kommunen im Portal "
            "schnell finden und die Inhalte weiterverwenden können."
        ),
        "sections": [
            {
                "heading": "Inhalte filtern",
                "paragraphs": [
                    (
                        "In den Übersichten der Leitfäden und Leitprojekte können Sie die Liste "
                        "nach den Kriterien der Südwestfalen-DNA, nach Handlungsfeldern, nach "
                        "Nachhaltigkeitszielen und nach Kommunen eingrenzen. Bei Leitfäden stehen "
                        "zusätzlich Zielgruppe und Aufwand als Filter zur Verfügung."
                    ),
                    (
                        "Mehrere Filter lassen sich kombinieren. Die gewählten Filter stehen in "
                        "der Adresszeile; Sie können eine gefilterte Liste daher als Lesezeichen "
                        "speichern oder den Link weitergeben. Mit „Filter zurücksetzen“ sehen Sie "
                        "wieder alle Einträge."
                    ),
                ],
            },
            {
                "heading": "Suchen",
                "paragraphs": [
                    (
                        "Die Suche finden Sie im Kopfbereich jeder Seite. Sie durchsucht Titel, "
                        "Zusammenfassungen und Texte aller Leitfäden, Leitprojekte und "
                        "Kommunenseiten. Geben Sie am besten ein oder zwei aussagekräftige "
                        "Begriffe ein, zum Beispiel „Sensoren“ oder „Beteiligung“."
                    ),
                    (
                        "Die Ergebnisse lassen sich anschließend mit denselben Filtern eingrenzen "
                        "wie die Übersichten."
                    ),
                ],
            },
            {
                "heading": "Bedienung mit der Tastatur",
                "paragraphs": [
                    (
                        "Alle Funktionen sind ohne Maus erreichbar. Mit der Tabulatortaste "
                        "springen Sie zum nächsten Link oder Bedienelement, mit Umschalt und "
                        "Tabulator zurück. Die Eingabetaste öffnet einen Link, die Leertaste setzt "
                        "oder entfernt das Häkchen eines Filters."
                    ),
                    (
                        "Ganz am Anfang jeder Seite gibt es den Link „Zum Inhalt springen“, mit "
                        "dem Sie die Navigation überspringen. Geöffnete Menüs schließen Sie mit "
                        "der Escape-Taste. Das jeweils ausgewählte Element ist immer deutlich "
                        "hervorgehoben."
                    ),
                ],
            },
            {
                "heading": "Offene Daten",
                "paragraphs": [
                    (
                        "Nach dem Open-Source-Prinzip der Schule stehen die Inhalte des Portals "
                        "auch maschinenlesbar zur Verfügung, etwa die Liste der Leitfäden mit "
                        "ihren Zuordnungen zu Handlungsfeldern und Nachhaltigkeitszielen."
                    ),
                    (
                        "Sie dürfen die Daten unter Nennung der Quelle frei nutzen, zum Beispiel "
                        "für eigene Auswertungen, Karten oder Unterrichtsprojekte. Über Hinweise, "
                        "wofür Sie die Daten verwenden, freuen wir uns."
                    ),
                ],
            },
            {
                "heading": "Mitmachen und Rückmeldung geben",
                "paragraphs": [
                    (
                        "Haben Sie einen Fehler entdeckt, eine Ergänzung oder eigene Erfahrungen "
                        "zu einem Thema? Schreiben Sie an info@suedwestfalen.example.org. Ihre "
                        "Hinweise helfen, die Leitfäden aktuell zu halten."
                    ),
                ],
            },
        ],
    },
}
