"""Emails to a deed's submitter when a moderator decides: published (the first time only) or declined.

Connected in ``TeotConfig.ready``. Apart from ``notifications`` (the emails sent with a submission),
because these link to the marketplace page, whose routes lead to the submission view.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import signals as wagtail_signals

from .models.deeds import Deed
from .models.pages import DeedIndexPage
from .notifications import greeting_name, send


def from_public_form(deed):
    """Whether the deed's submitter is to hear what became of it: sent through the public form, with an address.

    Never an editor's or an imported deed; nor a translation, which copies the submitter's details
    from the deed they wrote (the first deed of its translation group).
    """
    if deed.origin != deed.Origin.SUBMISSION or not deed.submitter_email:
        return False
    return not type(deed).objects.filter(translation_key=deed.translation_key, pk__lt=deed.pk).exists()


def marketplace_url(deed, route_name, *args):
    """A route of the marketplace in the deed's language, as an absolute address; ``None`` without one."""
    index_page = DeedIndexPage.for_locale(deed.locale)
    if index_page is None or index_page.locale_id != deed.locale_id:
        return None
    return index_page.get_full_url() + index_page.reverse_subpage(route_name, args=args)


def notify_submitter_published(deed):
    """Tell the submitter, in the deed's language, that it is published, with its address."""
    return send(
        _("Your deed has been published – Tekojen tori"),
        "teot/email/submission_published.txt",
        {"name": greeting_name(deed.submitter_name), "deed_url": marketplace_url(deed, "deed", deed.slug)},
        [deed.submitter_email],
        deed.locale.language_code,
    )


def notify_submitter_declined(deed, comment):
    """Tell the submitter, in the deed's language, that it was not published, with the moderator's comment.

    The comment is the moderator's text; of the submitter's own, only their name is used.
    """
    return send(
        _("Your deed was not published – Tekojen tori"),
        "teot/email/submission_declined.txt",
        {
            "name": greeting_name(deed.submitter_name),
            "comment": comment.strip(),
            "submit_url": marketplace_url(deed, "submit"),
        },
        [deed.submitter_email],
        deed.locale.language_code,
    )


def _after_commit(send, *args):
    # Only once the publication or decision is stored; a mail failure is logged by _send, never raised.
    transaction.on_commit(lambda: send(*args))


def deed_published(instance, **kwargs):
    """``published`` handler: the submitter hears of the first publication only, not of republishing."""
    # Wagtail sets both dates at a deed's first publication, and only the latter when it is published again.
    first_time = instance.live and instance.first_published_at == instance.last_published_at
    if first_time and instance.first_published_at is not None and from_public_form(instance):
        _after_commit(notify_submitter_published, instance)


def task_rejected(instance, **kwargs):
    """``task_rejected`` handler: a moderator asked for changes to (declined) a submitted deed."""
    deed = instance.workflow_state.content_object
    if isinstance(deed, Deed) and from_public_form(deed):
        _after_commit(notify_submitter_declined, deed, instance.get_comment() or "")


def connect():
    wagtail_signals.published.connect(deed_published, sender=Deed, dispatch_uid="teot-deed-published-submitter")
    wagtail_signals.task_rejected.connect(task_rejected, dispatch_uid="teot-deed-rejected-submitter")
