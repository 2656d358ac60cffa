"""What the galas add to the ``"deeds"`` cache topic: handlers connected in ``GaalaConfig.ready``, and a clock
registered in ``wagtail_hooks.py``.

The awarded-deed facets and the award statistics are kept with ``teot.signals.cached``: an
award, or a gala published, unpublished or deleted, makes them stale, and so does a gala
ending (its results become public), which ``results_clock`` tells without a signal.
"""

from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from home import invalidation
from teot.signals import TOPIC, deeds_changed

from .models import Award, GalaPage


def results_clock():
    """How many live galas are over: it moves on when a gala ends and its awards become public."""
    ends = invalidation.cached(
        TOPIC, "gala-ends", lambda: list(GalaPage.objects.live().values_list("ends_at", flat=True))
    )
    now = timezone.now()
    return sum(1 for end in ends if end <= now)


def connect():
    post_save.connect(deeds_changed, sender=Award, dispatch_uid="gaala-award-saved")
    post_delete.connect(deeds_changed, sender=Award, dispatch_uid="gaala-award-deleted")
    page_published.connect(deeds_changed, sender=GalaPage, dispatch_uid="gaala-gala-published")
    page_unpublished.connect(deeds_changed, sender=GalaPage, dispatch_uid="gaala-gala-unpublished")
    post_delete.connect(deeds_changed, sender=GalaPage, dispatch_uid="gaala-gala-deleted")
