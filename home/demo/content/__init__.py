"""The sample content, one module per section, built in the order of the page tree."""

from . import (
    budget,
    consultations,
    contact,
    directions,
    dissemination,
    home,
    information,
    intro,
    legal_documents,
    news,
    plans,
    procedures,
    projects,
    questions,
    recruitment,
    statistics,
)

# The home page's children are created in this order, which is the order of the menu and the site map.
SECTIONS = [
    intro,
    news,
    directions,
    legal_documents,
    procedures,
    plans,
    projects,
    budget,
    recruitment,
    statistics,
    dissemination,
    information,
    consultations,
    questions,
    contact,
]


def build_all(seeder):
    seeder.say(f"– {home.LABEL}")
    home_page = home.build(seeder)
    for section in SECTIONS:
        before = seeder.counts["pages"]
        section.build(seeder, home_page)
        created = seeder.counts["pages"] - before
        seeder.say(f"– {section.LABEL}: {created} trang mới" if created else f"– {section.LABEL}: đã có")
    return home_page
