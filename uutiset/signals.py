"""What news-derived caches depend on besides pages: the story series (topic ``news``)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from home import invalidation
from uutiset.models import Series


@receiver(post_save, sender=Series)
@receiver(post_delete, sender=Series)
def series_changed(sender, **kwargs):
    invalidation.changed("news")
