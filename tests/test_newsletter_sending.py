"""Sending an issue (uutiskirje/sending.py) through a real SMTP server: each recipient once, in their
language, past refusals, timeouts and a dead worker; and the admin's confirmation and progress pages."""

import subprocess
import sys

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests import factories
from tests.smtp import SMTPServer, unsubscribe_path, use
from tests.utils import soup
from uutiskirje import journal, sending
from uutiskirje.models import Delivery, Mailing

pytestmark = pytest.mark.django_db
Status = Delivery.Status


@pytest.fixture
def smtp(settings, tmp_path):
    settings.NEWSLETTER_JOURNAL_DIR = str(tmp_path / "journal")
    with SMTPServer() as server:
        use(settings, server)
        yield server.recorder


@pytest.fixture
def issue(homes):
    archive = factories.NewsletterIndexPageFactory(parent=homes["fi"], slug="uutiskirje")
    finnish = factories.NewsletterIssuePageFactory(parent=archive, title="Joulukirje", subject="Joulun teot")
    factories.translate(archive, "sv", slug="nyhetsbrev")
    factories.translate(finnish, "sv", title="Julbrev", subject="Julens gärningar")
    return finnish


def subscribers(count, language="fi", **fields):
    return [factories.SubscriberFactory(language=language, **fields) for _ in range(count)]


def send(issue, **topics):
    mailing = sending.start(issue, None, **topics)
    sending.run(mailing)
    return mailing


def statuses(mailing):
    return {
        delivery.subscriber.email: delivery.status
        for delivery in Delivery.objects.filter(mailing=mailing).select_related("subscriber")
    }


def test_each_language_gets_its_translation_and_english_the_finnish_one(smtp, issue):
    finns, swedes, english = subscribers(2, "fi"), subscribers(2, "sv"), subscribers(1, "en")
    mailing = send(issue)

    assert smtp.received() == {subscriber.email: 1 for subscriber in [*finns, *swedes, *english]}
    assert {m["Subject"] for s in finns for m in smtp.to(s.email)} == {"Joulun teot"}
    assert {m["Subject"] for s in swedes for m in smtp.to(s.email)} == {"Julens gärningar"}
    assert {m["Subject"] for m in smtp.to(english[0].email)} == {"Joulun teot"}
    assert set(statuses(mailing).values()) == {Status.SENT}
    assert Mailing.objects.get(pk=mailing.pk).finished_at is not None


def test_only_confirmed_addresses_get_it(smtp, issue):
    confirmed = subscribers(1)
    subscribers(1, status="pending")
    subscribers(1, status="unsubscribed")
    send(issue)
    assert list(smtp.received()) == [confirmed[0].email]


def test_an_issue_reaches_an_address_once_however_often_it_is_sent(smtp, issue):
    first = subscribers(2)
    send(issue)
    newcomer = subscribers(1, "sv")
    second = send(issue.get_translation(factories.get_locale("sv")))  # from the Swedish page this time
    assert smtp.received() == {address.email: 1 for address in [*first, *newcomer]}
    assert list(statuses(second)) == [newcomer[0].email]


def test_topics_pick_those_who_follow_them_or_chose_everything(smtp, issue):
    sector = factories.SectorFactory(name="Sote")
    other = factories.SectorFactory(name="Opetus")
    swedish_sector = factories.translate_snippet(sector, "sv", name="Social")
    follower = factories.SubscriberFactory(all_topics=False, language="sv")
    follower.sectors.set([swedish_sector])  # chose it on the Swedish form
    everything = factories.SubscriberFactory(all_topics=True)
    elsewhere = factories.SubscriberFactory(all_topics=False)
    elsewhere.sectors.set([other])

    send(issue, sectors=[sector])
    assert set(smtp.received()) == {follower.email, everything.email}


def test_a_message_has_the_one_click_unsubscribe_of_rfc_8058(client, smtp, issue):
    subscriber = factories.SubscriberFactory(language="sv")
    send(issue)
    [message] = smtp.to(subscriber.email)
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_path(message).startswith("/sv/")

    response = client.post(unsubscribe_path(message), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == subscriber.Status.UNSUBSCRIBED


def test_a_refused_address_fails_for_good_and_the_rest_go(smtp, issue):
    good, bad, later = subscribers(3)
    smtp.answers[bad.email] = "550 5.1.1 No such mailbox"
    mailing = send(issue)

    assert statuses(mailing) == {good.email: Status.SENT, bad.email: Status.FAILED, later.email: Status.SENT}
    delivery = Delivery.objects.get(subscriber=bad)
    assert delivery.error.startswith("550") and delivery.attempts == 1
    assert Mailing.objects.get(pk=mailing.pk).finished_at is not None


def test_a_passing_failure_is_retried_later_a_bounded_number_of_times(settings, smtp, issue):
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    busy, fine = subscribers(2)
    smtp.answers[busy.email] = "451 4.3.0 Try again later"
    mailing = sending.start(issue, None)

    next_try = sending.run(mailing)
    delivery = Delivery.objects.get(subscriber=busy)
    assert (delivery.status, delivery.attempts) == (Status.QUEUED, 1)
    assert next_try == delivery.retry_at > timezone.now()
    assert sending.run(mailing) == next_try  # not yet due: nothing is sent
    assert smtp.received() == {fine.email: 1}

    for _attempt in (2, 3):
        Delivery.objects.filter(pk=delivery.pk).update(retry_at=timezone.now())
        sending.run(mailing)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.FAILED, 3)
    assert Mailing.objects.get(pk=mailing.pk).finished_at is not None

    del smtp.answers[busy.email]  # the server is well again, but three tries were the limit
    assert sending.run(mailing) is None
    assert smtp.received() == {fine.email: 1}


def test_a_server_that_stops_answering_fails_one_message_not_the_batch(settings, smtp, issue):
    settings.EMAIL_TIMEOUT = 1
    first, slow, last = subscribers(3)
    smtp.slow[slow.email] = 3
    mailing = sending.start(issue, None)
    sending.run(mailing)

    assert statuses(mailing) == {first.email: Status.SENT, slow.email: Status.QUEUED, last.email: Status.SENT}
    assert "timed out" in Delivery.objects.get(subscriber=slow).error


def test_with_the_mail_server_down_everything_waits_for_a_retry(settings, issue, tmp_path):
    settings.NEWSLETTER_JOURNAL_DIR = str(tmp_path)
    with SMTPServer() as server:
        use(settings, server)
    # stopped: nothing listens on the port any more
    subscribers(3)
    mailing = sending.start(issue, None)
    assert sending.run(mailing) is not None
    assert set(statuses(mailing).values()) == {Status.QUEUED}
    assert set(Delivery.objects.values_list("attempts", flat=True)) == {1}


def test_a_dead_workers_batch_is_settled_from_its_journal(smtp, issue):
    """Sent ones are recorded, the one it died sending is never sent again, the rest are sent."""
    people = subscribers(5)
    mailing = sending.start(issue, None)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    owner = f"{sending.owner_name().rsplit(':', 2)[0]}:{dead.stdout.strip()}:dead"
    batch = sending.claim(mailing, owner, 4)
    note = journal.Journal(owner)
    note.going(batch[0].pk)
    note.sent(batch[0].pk)
    note.going(batch[1].pk)  # died here, maybe after the server had it
    note.close()

    sending.run(mailing)

    went, died_on, *_never_tried = [delivery.subscriber.email for delivery in batch]
    status = statuses(mailing)
    assert status[went] == Status.SENT and status[died_on] == Status.FAILED
    assert "not sent again" in Delivery.objects.get(pk=batch[1].pk).error
    # The one sent before the crash (here only noted) and the one it died on are not sent again.
    assert smtp.received() == {person.email: 1 for person in people if person.email not in (went, died_on)}


def test_a_live_workers_batch_is_left_alone(smtp, issue):
    subscribers(2)
    mailing = sending.start(issue, None)
    batch = sending.claim(mailing, sending.owner_name(), 1)  # this process: alive
    sending.recover()
    assert Delivery.objects.get(pk=batch[0].pk).status == Status.SENDING


def test_queries_per_batch_do_not_grow_with_its_size(settings, smtp, issue):
    subscribers(30, "fi")
    subscribers(30, "sv")
    mailing = sending.start(issue, None)
    emails = sending.emails_for(mailing)
    counts = []
    for size in (5, 40):
        owner = sending.owner_name()
        with CaptureQueriesContext(connection) as queries:
            sending.send_batch(sending.claim(mailing, owner, size), emails, owner)
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 8
    assert len(smtp.messages) == 45


# The admin


@pytest.fixture
def sender(client, django_user_model):
    """An editor in the newsletter senders' group (made by a migration)."""
    user = django_user_model.objects.create_user("lahettaja", "lahettaja@example.fi", "x", is_staff=True)
    user.groups.add(Group.objects.get(name="Uutiskirjeen lähettäjät"))
    client.force_login(user)
    return client


def test_the_confirmation_counts_recipients_per_language(sender, issue):
    subscribers(3, "fi")
    subscribers(2, "sv")
    subscribers(1, "en")
    subscribers(4, "fi", status="pending")
    page = soup(sender.get(f"/admin/newsletter/send/{issue.pk}/"))
    rows = {
        row.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in row.select("td")]
        for row in page.select("tbody tr")
    }
    assert rows["Suomi"][0] == "3" and rows["Svenska"][0] == "2" and rows["English"][0] == "1"
    assert "Julbrev" in rows["Svenska"][1] and "Joulukirje" in rows["English"][1]
    assert "6" in page.select_one("form[method=post]").get_text()


def test_sending_from_the_admin_queues_the_work_for_the_worker(sender, issue, django_capture_on_commit_callbacks):
    subscribers(2, "fi")
    with django_capture_on_commit_callbacks(execute=True):
        response = sender.post(f"/admin/newsletter/send/{issue.pk}/")
    mailing = Mailing.objects.get()
    [task] = DBTaskResult.objects.all()
    assert (task.task_path, task.args_kwargs["args"]) == ("uutiskirje.tasks.send_mailing", [mailing.pk])
    assert response.status_code == 302 and response["Location"] == f"/admin/newsletter/sendings/{mailing.pk}/"
    assert Delivery.objects.filter(mailing=mailing, status=Status.QUEUED).count() == 2

    page = soup(sender.get(response["Location"]))
    progress = [dd.get_text(strip=True) for dd in page.select("dl dd")]
    assert progress == ["0", "0", "2"]  # sent, failed, remaining


def test_an_unpublished_issue_is_not_sent(sender, issue):
    subscribers(1)
    issue.unpublish()
    response = sender.post(f"/admin/newsletter/send/{issue.pk}/")
    assert response.status_code == 200 and not Mailing.objects.exists()


def test_an_issue_has_a_send_button_in_its_editor(editor_client, issue):
    url = f"/admin/newsletter/send/{issue.pk}/"
    assert soup(editor_client.get(f"/admin/pages/{issue.pk}/edit/")).select_one(f"a[href='{url}']")
    archive = issue.get_parent()
    assert not soup(editor_client.get(f"/admin/pages/{archive.pk}/edit/")).select("a[href^='/admin/newsletter/']")


def test_only_those_allowed_to_send_get_there(client, django_user_model, issue):
    editor = django_user_model.objects.create_user("toimittaja", "t@example.fi", "x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    for response in (
        client.get(f"/admin/newsletter/send/{issue.pk}/"),
        client.post(f"/admin/newsletter/send/{issue.pk}/"),
    ):
        assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's "no permission"
    assert not Mailing.objects.exists()
