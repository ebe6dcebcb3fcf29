"""The sample content, one module per section, built in the order of the page tree."""

from . import (
    budget,
    consultations,
    contact,
    directions,
    dissemination,
    galleries,
    home,
    information,
    intake,
    intro,
    legal_docs,
    legal_documents,
    news,
    notices,
    plans,
    procedures,
    projects,
    questions,
    recruitment,
    royalties,
    statistics,
)

# The home page's children are created in this order, which is the order of the menu and the site map.
SECTIONS = [
    intro,
    news,
    directions,
    legal_documents,
    legal_docs,
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
    intake,
    notices,
    galleries,
    royalties,
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
