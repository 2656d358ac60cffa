"""Delete the addresses the newsletter no longer needs; run once a day (deploy/systemd/tekojentori-daily.*).

* An unsubscribed address is kept ``NEWSLETTER_KEEP_UNSUBSCRIBED_DAYS`` (default 30) after unsubscribing,
  to answer for the unsubscribe, then deleted with everything recorded of it.
* A sign-up never confirmed is deleted ``NEWSLETTER_KEEP_UNCONFIRMED_DAYS`` (default 14) after it was made
  (its confirmation link stops working after seven).
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from uutiskirje.models import Subscriber


class Command(BaseCommand):
    help = "Delete unsubscribed and never-confirmed newsletter addresses older than the settings allow."

    def handle(self, **options):
        now = timezone.now()
        unsubscribed = Subscriber.objects.filter(
            status=Subscriber.Status.UNSUBSCRIBED,
            unsubscribed_at__lt=now - timedelta(days=getattr(settings, "NEWSLETTER_KEEP_UNSUBSCRIBED_DAYS", 30)),
        )
        unconfirmed = Subscriber.objects.filter(
            status=Subscriber.Status.PENDING,
            consented_at__lt=now - timedelta(days=getattr(settings, "NEWSLETTER_KEEP_UNCONFIRMED_DAYS", 14)),
        )
        for label, subscribers in (("unsubscribed", unsubscribed), ("never confirmed", unconfirmed)):
            deleted = subscribers.delete()[1].get(Subscriber._meta.label, 0)
            self.stdout.write(f"Deleted {deleted} {label} address(es).")
