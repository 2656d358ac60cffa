"""A subscriber's whole way, on a real SMTP server and a real worker process: sign up, confirm, receive
one issue (in their language) across a worker killed mid-send and started again, unsubscribe in one
click. Every address gets the issue exactly once; also when a worker is stopped as systemd stops it."""

import os
import re
import signal
import subprocess
import sys

import pytest
from django.db import connection

from tests import factories
from tests.servers import PROJECT_ROOT
from tests.smtp import SMTPServer, unsubscribe_path, use
from tests.test_newsletter_signup import VISITOR, sign_up
from tests.test_serving import database_url
from tests.utils import soup
from uutiskirje import tasks
from uutiskirje.models import Delivery, Subscriber

pytestmark = pytest.mark.django_db(transaction=True)  # the worker is another process: data must be committed
BATCH = 4


def worker(env, *args):
    command = [sys.executable, "manage.py", "newsletter_worker", "--interval", "0.1", *args]
    return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def worker_env(server, tmp_path):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site.settings.test",
        "DATABASE_URL": database_url(connection.settings_dict),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_PORT": str(server.port),
        "NEWSLETTER_BATCH_SIZE": str(BATCH),
        "NEWSLETTER_JOURNAL_DIR": str(tmp_path / "journal"),
        "PYTHONUNBUFFERED": "1",
    }


def link(message):
    return re.search(r"https?://\S+", message.get_content()).group(0).removeprefix("http://testserver")


def test_sign_up_confirm_receive_once_across_a_crash_and_unsubscribe(client, settings, homes, tmp_path):
    settings.NEWSLETTER_MIN_SECONDS = 0
    settings.NEWSLETTER_RATE_LIMIT = None
    client.cookies[settings.CSRF_COOKIE_NAME] = VISITOR
    archive = factories.NewsletterIndexPageFactory(parent=homes["fi"], slug="uutiskirje")
    issue = factories.NewsletterIssuePageFactory(parent=archive, title="Kevään kirje", subject="Kevään teot")
    factories.translate(archive, "sv", slug="nyhetsbrev")
    factories.translate(issue, "sv", title="Vårbrev", subject="Vårens gärningar")

    with SMTPServer() as server:
        use(settings, server)
        smtp = server.recorder

        # A visitor signs up in Swedish and confirms from the email.
        sign_up(client, "sv", email="Greta.Svensson@Example.FI")
        [confirmation] = smtp.to("Greta.Svensson@example.fi")
        page = soup(client.get(link(confirmation)))
        client.post(
            link(confirmation),
            {"csrfmiddlewaretoken": page.select_one("main form input[name=csrfmiddlewaretoken]")["value"]},
        )
        greta = Subscriber.objects.get()
        assert greta.status == Subscriber.Status.CONFIRMED
        others = [factories.SubscriberFactory(language=language) for language in ["fi", "sv"] * 6]
        everyone = [greta.email, *(other.email for other in others)]
        smtp.messages.clear()

        mailing = tasks.start_sending(issue, None)  # as the admin's Send does: the task waits in the queue
        env = worker_env(server, tmp_path)

        # The worker sends five and is killed while the server holds the sixth, mid-batch.
        smtp.hold_after = 5
        first = worker(env)
        assert smtp.holding.wait(60), first.stdout.read().decode()
        first.send_signal(signal.SIGKILL)
        first.wait()
        smtp.release.set()
        assert len(smtp.messages) == 6

        # Started again, it settles the dead one's batch and sends the rest, once each.
        second = worker(env, "--batch")
        output = second.communicate(timeout=120)[0].decode()
        assert second.returncode == 0, output
        assert "Resuming" in output

        assert smtp.received() == {address: 1 for address in everyone}
        assert {message["Subject"] for message in smtp.to(greta.email)} == {"Vårens gärningar"}
        assert {message["Subject"] for message in smtp.to(others[0].email)} == {"Kevään teot"}
        deliveries = Delivery.objects.filter(mailing=mailing)
        assert deliveries.filter(status=Delivery.Status.SENT).count() == len(everyone) - 1
        [interrupted] = deliveries.filter(status=Delivery.Status.FAILED)  # the held one: it did arrive
        assert "not sent again" in interrupted.error
        mailing.refresh_from_db()
        assert mailing.finished_at is not None

    # One click in the mail program unsubscribes.
    [message] = smtp.to(greta.email)
    response = client.post(unsubscribe_path(message), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    greta.refresh_from_db()
    assert greta.status == Subscriber.Status.UNSUBSCRIBED


def test_a_worker_told_to_stop_finishes_its_batch_and_the_next_one_sends_the_rest(settings, homes, tmp_path):
    archive = factories.NewsletterIndexPageFactory(parent=homes["fi"], slug="uutiskirje")
    issue = factories.NewsletterIssuePageFactory(parent=archive)
    everyone = [factories.SubscriberFactory(language="fi").email for _ in range(3 * BATCH + 1)]

    with SMTPServer() as server:
        use(settings, server)
        smtp = server.recorder
        mailing = tasks.start_sending(issue, None)
        env = worker_env(server, tmp_path)

        # SIGTERM (as systemd stops the service) while the server holds the second batch's second message.
        smtp.hold_after = BATCH + 1
        first = worker(env)
        assert smtp.holding.wait(60), first.stdout.read().decode()
        first.send_signal(signal.SIGTERM)
        output = b""
        while b"shutting down gracefully" not in output:  # the worker has taken the signal
            line = first.stdout.readline()
            assert line, output.decode()
            output += line
        smtp.release.set()
        output += first.communicate(timeout=60)[0]
        assert first.returncode == 0, output.decode()

        # It finished the batch in hand and began no other; the rest waits in the queue, no journal needed.
        assert len(smtp.messages) == 2 * BATCH
        deliveries = Delivery.objects.filter(mailing=mailing)
        assert sorted(deliveries.values_list("status", flat=True)) == sorted(
            [Delivery.Status.SENT] * 2 * BATCH + [Delivery.Status.QUEUED] * (BATCH + 1)
        )
        mailing.refresh_from_db()
        assert mailing.finished_at is None

        second = worker(env, "--batch")
        output = second.communicate(timeout=120)[0].decode()
        assert second.returncode == 0, output

    assert smtp.received() == {address: 1 for address in everyone}
    assert deliveries.exclude(status=Delivery.Status.SENT).count() == 0
    mailing.refresh_from_db()
    assert mailing.finished_at is not None
