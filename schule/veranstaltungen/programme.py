"""The programme of an event, by day and time, and who speaks in it.

Reading ``page.programm`` converts the whole stream at once, so the documents
of every session come in one query, however many sessions there are.
"""

import datetime
from dataclasses import dataclass, field

from .models import EVENT_TIME_ZONE


@dataclass
class Session:
    anchor: str
    day: datetime.date
    start: datetime.datetime
    end: datetime.datetime | None
    value: object  # the StructValue of the SessionBlock

    @property
    def title(self):
        return self.value["titel"]

    @property
    def room(self):
        return self.value["raum"]

    @property
    def speakers(self):
        return list(self.value["referierende"])

    @property
    def abstract(self):
        return self.value["abstract"]

    @property
    def material(self):
        return self.value["material"]

    @property
    def results(self):
        return self.value["ergebnisse"]

    @property
    def has_material(self):
        return bool(self.material) or bool(self.results)


@dataclass
class Day:
    date: datetime.date
    number: int
    sessions: list = field(default_factory=list)


@dataclass
class Speaker:
    name: str
    rolle: str
    organisation: str
    sessions: list = field(default_factory=list)


def _at(day, time):
    return datetime.datetime.combine(day, time, EVENT_TIME_ZONE) if time else None


def build(page):
    """The sessions grouped by day, each day in order of time."""
    first_day = page.erster_tag if page.beginn else None
    sessions = []
    for block in page.programm:
        if block.block_type != "sitzung":
            continue
        value = block.value
        day = value["tag"] or first_day
        if day is None:
            continue
        end = _at(day, value["ende"])
        start = _at(day, value["beginn"])
        if end and end < start:  # a session running past midnight ends the next day
            end += datetime.timedelta(days=1)
        sessions.append((day, value["beginn"], len(sessions), start, end, value))
    sessions.sort(key=lambda item: item[:3])
    days = {}
    for n, (day, _time, _order, start, end, value) in enumerate(sessions, start=1):
        if day not in days:
            days[day] = Day(day, len(days) + 1)
        days[day].sessions.append(Session(f"programmpunkt-{n}", day, start, end, value))
    return list(days.values())


def all_sessions(days):
    return [session for day in days for session in day.sessions]


def speakers(days):
    """Everyone who speaks, once each, in order of their first appearance."""
    people = {}
    for session in all_sessions(days):
        for person in session.speakers:
            name = (person["name"] or "").strip()
            if not name:
                continue
            organisation = (person["organisation"] or "").strip()
            key = (name.casefold(), organisation.casefold())
            if key not in people:
                people[key] = Speaker(name, (person["rolle"] or "").strip(), organisation)
            if session not in people[key].sessions:
                people[key].sessions.append(session)
    return list(people.values())


def sessions_with_material(days):
    return [session for session in all_sessions(days) if session.has_material]
