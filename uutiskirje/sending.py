"""Sending an issue: who gets it, in which language, and the batches that never send a message twice.

A worker claims a batch of deliveries (marks them as being sent under its name), sends them over one
SMTP connection, and records the batch in a few queries at its end. Its journal (journal.py) notes each
message as it goes, so a worker started after a crash knows what the dead one sent: those are marked
sent, the one it was sending when it died is marked failed (it may have arrived: never sent twice),
and the rest go back to the queue.

A message the mail server refused for good (a 5xx answer) fails at once; any other error (a 4xx
answer, a timeout, a lost connection) is retried after ``NEWSLETTER_RETRY_SECONDS``, up to
``NEWSLETTER_MAX_ATTEMPTS`` tries in all.

A worker told to stop (SIGTERM from systemd, Ctrl+C) finishes the batch in hand and stops there: the rest of
the mailing stays queued for the next worker, which needs no journal to settle it.
"""

import os
import signal
import smtplib
import socket
import threading
from contextlib import contextmanager
from datetime import timedelta
from uuid import uuid4

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Count, Min, Q
from django.utils import timezone
from wagtail.models import Locale

from . import journal, links
from .models import Delivery, Mailing, Subscriber
from .rendering import render_issue

Status = Delivery.Status


def batch_size():
    return getattr(settings, "NEWSLETTER_BATCH_SIZE", 200)


def max_attempts():
    return getattr(settings, "NEWSLETTER_MAX_ATTEMPTS", 3)


def retry_delay():
    return timedelta(seconds=getattr(settings, "NEWSLETTER_RETRY_SECONDS", 15 * 60))


# Who gets an issue


def recipients(sectors=(), themes=()):
    """Confirmed subscribers; with topics, those who follow any of them or chose all topics."""
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    if sectors or themes:  # chosen in any language: a subscriber's topics are in the form's language
        subscribers = subscribers.filter(
            Q(all_topics=True)
            | Q(sectors__translation_key__in=[sector.translation_key for sector in sectors])
            | Q(themes__translation_key__in=[theme.translation_key for theme in themes])
        ).distinct()
    return subscribers


def translations(issue):
    """The issue's live translations by language: each subscriber's own, else the default language's."""
    pages = {
        page.locale.language_code: page
        for page in issue.get_translations(inclusive=True).live().select_related("locale")
    }
    fallback = pages.get(Locale.get_default().language_code) or issue
    return {code: pages.get(code, fallback) for code, _name in settings.LANGUAGES}


def plan(issue, sectors=(), themes=()):
    """What sending would do, for the confirmation: per subscriber language, how many get the issue,
    in which language, and how many already had it."""
    pages = translations(issue)
    counts = (
        recipients(sectors, themes)
        .values("language")
        .annotate(
            total=Count("pk", distinct=True),
            had=Count(
                "pk",
                distinct=True,
                filter=Q(pk__in=Delivery.objects.filter(issue_key=issue.translation_key).values("subscriber")),
            ),
        )
    )
    by_language = {row["language"]: row for row in counts}
    return [
        {
            "language": code,
            "name": name,
            "page": pages[code],
            "new": by_language.get(code, {}).get("total", 0) - by_language.get(code, {}).get("had", 0),
            "had": by_language.get(code, {}).get("had", 0),
        }
        for code, name in settings.LANGUAGES
    ]


@transaction.atomic
def start(issue, user, sectors=(), themes=()):
    """A mailing of ``issue`` with one queued delivery for each recipient who has not had it (queued for
    the worker by ``tasks.start_sending``)."""
    mailing = Mailing.objects.create(issue=issue, created_by=user)
    mailing.sectors.set(sectors)
    mailing.themes.set(themes)
    languages = {code: page.locale.language_code for code, page in translations(issue).items()}
    rows = recipients(sectors, themes).values_list("pk", "language")
    Delivery.objects.bulk_create(
        [
            Delivery(mailing=mailing, issue_key=issue.translation_key, subscriber_id=pk, language=languages[language])
            for pk, language in rows.iterator(chunk_size=2000)
        ],
        batch_size=2000,
        ignore_conflicts=True,  # already had this issue: never twice
    )
    return mailing


def progress(mailings):
    """Each mailing with its counts: sent, failed, and remaining (waiting or being sent)."""
    return mailings.annotate(
        sent=Count("deliveries", filter=Q(deliveries__status=Status.SENT)),
        failed=Count("deliveries", filter=Q(deliveries__status=Status.FAILED)),
        remaining=Count("deliveries", filter=Q(deliveries__status__in=[Status.QUEUED, Status.SENDING])),
    )


# Sending


def owner_name():
    return f"{socket.gethostname()}:{os.getpid()}:{uuid4().hex[:8]}"


def claim(mailing, owner, size):
    """The next ``size`` deliveries due, marked as this worker's; other workers skip them."""
    now = timezone.now()
    with transaction.atomic():
        batch = list(
            Delivery.objects.filter(mailing=mailing, status=Status.QUEUED)
            .filter(Q(retry_at__isnull=True) | Q(retry_at__lte=now))
            .select_related("subscriber")
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("pk")[:size]
        )
        Delivery.objects.filter(pk__in=[delivery.pk for delivery in batch]).update(
            status=Status.SENDING, owner=owner, claimed_at=now
        )
    return batch


def send_batch(batch, emails, owner):
    """Send each message of a claimed batch, noting it in the journal, then record the batch."""
    base = settings.WAGTAILADMIN_BASE_URL
    connection = get_connection()
    note = journal.Journal(owner)
    try:  # whatever happens, the batch is recorded: sent, failed, or back to the queue
        for delivery in batch:
            subscriber = delivery.subscriber
            unsubscribe = base + links.path(subscriber, links.UNSUBSCRIBE, subscriber.language)
            message = emails[delivery.language].message(subscriber.email, unsubscribe, connection=connection)
            note.going(delivery.pk)
            try:
                message.send()
            except (smtplib.SMTPException, OSError) as error:
                note.failed(delivery.pk, describe(error))
                connection.close()  # the next message opens a fresh connection
            else:
                note.sent(delivery.pk)
    finally:
        note.close()
        connection.close()
        record(owner, journal.read(owner), {delivery.pk: delivery.attempts for delivery in batch})


def describe(error):
    """The error as the admin shows it, starting with the SMTP code where there is one (5xx: for good)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
        return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        return f"{error.smtp_code} {text}"
    return f"{type(error).__name__}: {error}"


def record(owner, outcome, attempts):
    """Write a batch's outcome from its journal: sent, failed (again later, or for good), unknown."""
    now = timezone.now()
    claimed = Delivery.objects.filter(owner=owner, status=Status.SENDING)
    with transaction.atomic():
        claimed.filter(pk__in=outcome.sent).update(status=Status.SENT, sent_at=now, error="")
        failures = []
        for pk, error in outcome.failed.items():
            tries = attempts.get(pk, 0) + 1
            again = not error.startswith("5") and tries < max_attempts()
            failures.append(
                Delivery(
                    pk=pk,
                    attempts=tries,
                    error=error,
                    status=Status.QUEUED if again else Status.FAILED,
                    retry_at=now + retry_delay() if again else None,
                )
            )
        Delivery.objects.bulk_update(failures, ["attempts", "error", "status", "retry_at"])
        claimed.filter(pk__in=outcome.unknown).update(
            status=Status.FAILED, error="Interrupted while sending: it may have arrived, so it is not sent again."
        )
        # Never tried: back to the queue.
        claimed.exclude(pk__in=[*outcome.sent, *outcome.failed, *outcome.unknown]).update(
            status=Status.QUEUED, owner="", claimed_at=None
        )
    journal.remove(owner)


def alive(owner):
    """Whether the worker named ``owner`` may still be sending: on this machine, whether its process runs;
    on another, until ``NEWSLETTER_CLAIM_SECONDS`` have passed since it claimed."""
    host, pid, _nonce = owner.split(":")
    if host != socket.gethostname():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover():
    """Settle the batches of workers that died: from their journal where this machine has it; without
    one, once the claim is old enough, every message of the batch is marked failed (never twice)."""
    stale_before = timezone.now() - timedelta(seconds=getattr(settings, "NEWSLETTER_CLAIM_SECONDS", 3600))
    owners = Delivery.objects.filter(status=Status.SENDING).values("owner").annotate(claimed=Min("claimed_at"))
    for row in owners:
        owner, running = row["owner"], alive(row["owner"])
        if running or (running is None and row["claimed"] > stale_before):
            continue
        outcome = journal.read(owner) or journal.Outcome(
            unknown=set(Delivery.objects.filter(owner=owner, status=Status.SENDING).values_list("pk", flat=True))
        )
        attempts = dict(Delivery.objects.filter(pk__in=outcome.failed).values_list("pk", "attempts"))
        record(owner, outcome, attempts)


def emails_for(mailing):
    """The issue rendered once for each translation it goes out in."""
    pages = {page.locale.language_code: page for page in translations(mailing.issue).values()}
    return {code: render_issue(page) for code, page in pages.items()}


STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def stop_requests():
    """While it is open, a stop signal (the worker's own handler still runs) sets the event it gives.

    Only the main thread can take signals; elsewhere (a worker thread, a test) the event is never set.
    """
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum, frame):
        stop.set()
        if callable(previous[signum]):
            previous[signum](signum, frame)

    previous = {signum: signal.signal(signum, handler) for signum in STOP_SIGNALS}
    try:
        yield stop
    finally:
        for signum, original in previous.items():
            signal.signal(signum, original)


def run(mailing):
    """Send what is due of a mailing. Returns the time of its next retry, or None: all done, or the rest is
    another worker's, which finishes it. Told to stop, it returns after the batch in hand, the rest queued."""
    recover()
    emails = emails_for(mailing)
    owner = owner_name()
    with stop_requests() as stop:
        while not stop.is_set() and (batch := claim(mailing, owner, batch_size())):
            send_batch(batch, emails, owner)
    left = Delivery.objects.filter(mailing=mailing).aggregate(
        queued=Count("pk", filter=Q(status=Status.QUEUED)),
        sending=Count("pk", filter=Q(status=Status.SENDING)),
        next=Min("retry_at", filter=Q(status=Status.QUEUED)),
    )
    if left["queued"]:
        # Stopped early, what is due now waits for the next worker; else only retries are left.
        return timezone.now() if stop.is_set() else left["next"] or timezone.now()
    if not left["sending"]:
        Mailing.objects.filter(pk=mailing.pk, finished_at__isnull=True).update(finished_at=timezone.now())
    return None


def unfinished():
    return Mailing.objects.filter(finished_at__isnull=True)
