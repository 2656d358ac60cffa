"""The background task that sends a mailing, on the ``newsletter`` task backend (django-tasks' database
backend): ``manage.py newsletter_worker`` runs it."""

from django.db import transaction
from django_tasks import task

from . import sending
from .models import Mailing


@task(backend="newsletter", queue_name="newsletter")
def send_mailing(mailing_id):
    mailing = Mailing.objects.filter(pk=mailing_id).select_related("issue").first()
    if mailing is None or mailing.finished_at:
        return
    retry_at = sending.run(mailing)
    if retry_at is not None:
        send_mailing.using(run_after=retry_at).enqueue(mailing_id)


def start_sending(issue, user, sectors=(), themes=()):
    """Start a mailing and queue its task for the worker (once the transaction has committed)."""
    mailing = sending.start(issue, user, sectors, themes)
    transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
    return mailing
