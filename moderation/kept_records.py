"""What citizens sent to a page is kept when the page is deleted.

The questions of an online dialogue and the comments on a consultation are moderation records: their senders
follow them by tracking code, and the ward answers for them (regulation 218/2025, Luật Tiếp cận thông tin).
Their foreign key to the page is `PROTECT`, so no code path deletes them with it; in the admin, a page that
holds any (itself or a page below it) is not deleted, and the person is told why and offered to unpublish it,
which keeps everything.
"""

from .consultations.models import ConsultationComment
from .dialogue.models import DialogueQuestion

RECORD_MODELS = (DialogueQuestion, ConsultationComment)


def records_under(page, but=()):
    """How many records citizens sent to `page` and the pages below it, but those whose tracking codes are
    in `but` (the demo's own, which `seed_demo --reset` deletes with its pages)."""
    return sum(
        model.objects.filter(page__path__startswith=page.path).exclude(tracking_code__in=but).count()
        for model in RECORD_MODELS
    )
