"""Send newsletters: the task worker of the ``newsletter`` backend (django-tasks' ``db_worker``), after
settling what a crashed worker left: its batch is recorded from its journal and the mailing resumes.

Run one per machine as a service (deploy/systemd/tekojentori-newsletter.service); ``make run`` starts one.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from uutiskirje import sending
from uutiskirje.models import Delivery
from uutiskirje.tasks import send_mailing


class Command(BaseCommand):
    help = "Run the newsletter's sending worker, resuming any sending a stopped worker left unfinished."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Send what is due, then exit.")
        parser.add_argument("--interval", type=float, default=1, help="Seconds between looks for new work.")

    def handle(self, batch, interval, verbosity, **options):
        sending.recover()
        due = Delivery.objects.filter(status=Delivery.Status.QUEUED).filter(
            Q(retry_at__isnull=True) | Q(retry_at__lte=timezone.now())
        )
        for mailing in sending.unfinished().filter(pk__in=due.values("mailing")):
            send_mailing.enqueue(mailing.pk)
            self.stdout.write(f"Resuming {mailing}.")
        # As arguments, not options: db_worker checks its --backend default ("default") otherwise.
        arguments = ["--backend", "newsletter", "--queue-name", "newsletter", "--interval", str(interval)]
        arguments += ["--no-reload", "--no-startup-delay", *(["--batch"] if batch else [])]
        call_command("db_worker", *arguments, verbosity=verbosity)
