"""Measure sending: one issue to many subscribers through a local SMTP sink, batch by batch.

    manage.py newsletter_benchmark [--subscribers 10000] [--batch-sizes 50,200,1000]

For each batch size it sends the issue to every subscriber the way the worker does (uutiskirje/sending.py:
claim a batch, send it over one connection, record it), and reports messages per second and the SQL
queries of each batch, which stay the same whatever its size. The sink is aiosmtpd's (a test
requirement) in a process of its own. Everything is rolled back at the end; use a scratch database.
"""

import math
import socket
import subprocess
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Locale

from home.models import HomePage
from uutiskirje import sending
from uutiskirje.models import Delivery, Mailing, NewsletterIndexPage, NewsletterIssuePage, Subscriber

LANGUAGES = ("fi", "sv", "en")


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Send one issue to generated subscribers through a local SMTP sink; report messages/s and queries per batch."

    def add_arguments(self, parser):
        parser.add_argument("--subscribers", type=int, default=10_000)
        parser.add_argument("--batch-sizes", default="50,200,1000", help="comma-separated")

    def handle(self, subscribers, batch_sizes, **options):
        try:
            import aiosmtpd  # noqa: F401
        except ImportError:
            raise CommandError("The SMTP sink needs aiosmtpd: pip install -r requirements-test.txt") from None
        sizes = [int(size) for size in batch_sizes.split(",")]
        with (
            sink() as port,
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                EMAIL_HOST="127.0.0.1",
                EMAIL_PORT=port,
                EMAIL_USE_TLS=False,
            ),
        ):
            try:
                with transaction.atomic():
                    issue = self.issue()
                    self.subscribers(subscribers)
                    self.stdout.write(f"{subscribers} subscribers; SMTP sink on port {port}\n")
                    self.stdout.write("batch size | messages/s | seconds | queries per batch (min–max)")
                    for size in sizes:
                        self.measure(issue, size)
                    raise Rollback
            except Rollback:
                pass

    def issue(self):
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None:
            raise CommandError("No home page: run migrate and load_demo_content first.")
        archive = NewsletterIndexPage.objects.child_of(home).first()
        if archive is None:
            archive = home.add_child(instance=NewsletterIndexPage(title="Uutiskirje", slug="uutiskirje-bench"))
        return archive.add_child(
            instance=NewsletterIssuePage(
                title="Benchmark",
                slug="benchmark-issue",
                intro="Tekojen torin uutiskirje.",
                body=[
                    {"type": "paragraph", "value": "<p>Kehittämisteot jatkuvat kunnissa ja hyvinvointialueilla.</p>"}
                ],
            )
        )

    def subscribers(self, count):
        Subscriber.objects.bulk_create(
            [
                Subscriber(
                    email=f"bench-{number}@example.fi",
                    language=LANGUAGES[number % len(LANGUAGES)],
                    status=Subscriber.Status.CONFIRMED,
                    consent_text="benchmark",
                    consent_version="benchmark",
                    consent_source="benchmark",
                )
                for number in range(count)
            ],
            batch_size=2000,
        )

    def measure(self, issue, size):
        Delivery.objects.all().delete()
        Mailing.objects.all().delete()
        mailing = sending.start(issue, None)
        count = Delivery.objects.filter(mailing=mailing).count()
        emails = sending.emails_for(mailing)
        owner = sending.owner_name()
        per_batch = []
        started = time.perf_counter()
        while True:
            with CaptureQueriesContext(connection) as queries:
                batch = sending.claim(mailing, owner, size)
                if batch:
                    sending.send_batch(batch, emails, owner)
            if not batch:
                break
            per_batch.append(len(queries))
        seconds = time.perf_counter() - started
        sent = Delivery.objects.filter(mailing=mailing, status=Delivery.Status.SENT).count()
        if sent != count or len(per_batch) != math.ceil(count / size):
            raise CommandError(f"Sent {sent} of {count} in {len(per_batch)} batches.")
        self.stdout.write(
            f"{size:>10} | {count / seconds:>10.0f} | {seconds:>7.1f} | {min(per_batch)}–{max(per_batch)}"
        )


class sink:
    """aiosmtpd's Sink handler (accepts and drops every message) in its own process, on a spare port."""

    def __enter__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.process = subprocess.Popen(  # noqa: S603 (this Python, fixed arguments)
            [sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"]
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return port
            except OSError:
                time.sleep(0.1)
        self.process.kill()
        raise CommandError("The SMTP sink did not start.")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()
