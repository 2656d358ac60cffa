"""The public deed form ("Ilmoita teko") and the page after it.

Nothing sent here is published: the deed is stored as a draft and put into the
moderation workflow, and a moderator decides.
"""

import logging
import re

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from .. import notifications, spam
from ..forms import DeedSubmissionForm

logger = logging.getLogger(__name__)
MAX_PREFILLED = 20  # themes a link may tick
ID = re.compile(r"[0-9]{1,18}")  # a longer number is no id a database holds


def _route_url(request, index_page, route_name):
    return index_page.get_url(request) + index_page.reverse_subpage(route_name)


def _canonical_url(request, index_page, route_name):
    return request.build_absolute_uri(_route_url(request, index_page, route_name))


def _privacy_notice_url(request, index_page):
    notice = index_page.privacy_notice
    if notice is None:
        return None
    return notice.localized.get_url(request)


def _make_form(request, index_page, data=None, **kwargs):
    return DeedSubmissionForm(
        data,
        locale_id=index_page.locale_id,
        language=translation.get_language(),
        privacy_notice_url=_privacy_notice_url(request, index_page),
        request=request,
        **kwargs,
    )


def _prefill(request):
    """What a link may fill in (the coaching feedback's "report it as a deed"): ``?organisation=<pk>&themes=<pk>``.

    Only ids are taken, and the form shows them only where they are among its own choices (an approved
    organisation, a theme of the form's language): anything else is left out, without a query.
    """
    initial = {}
    if ID.fullmatch(organisation := request.GET.get("organisation", "")):
        initial["organisation"] = int(organisation)
    if themes := [value for value in request.GET.getlist("themes")[:MAX_PREFILLED] if ID.fullmatch(value)]:
        initial["themes"] = themes
    return initial


def _render_form(request, index_page, form, status=200):
    response = TemplateResponse(
        request,
        "teot/deed_submit.html",
        {
            "page": index_page,
            "form": form,
            "submit_url": _route_url(request, index_page, "submit"),
            "canonical_url": _canonical_url(request, index_page, "submit"),
            "translation_urls": index_page.route_translation_urls(request, "submit"),
        },
        status=status,
    )
    # The form carries a token for this visitor, usable once: never to be cached.
    add_never_cache_headers(response)
    return response


def submit_deed(request, index_page):
    thanks_url = _route_url(request, index_page, "submit_thanks")
    if request.method in ("GET", "HEAD"):
        form = _make_form(request, index_page, initial=_prefill(request))
        return _render_form(request, index_page, form)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])

    form = _make_form(request, index_page, request.POST)
    if not spam.GUARD.register_post(request):
        form.reject_rate_limited()
        response = _render_form(request, index_page, form, status=429)
        response["Retry-After"] = str(spam.GUARD.retry_after(request))
        return response
    if form.honeypot_filled():
        # Look like success, so the bot has nothing to learn.
        logger.info("Deed submission dropped: honeypot filled")
        return HttpResponseRedirect(thanks_url)

    if not form.is_valid():
        if form.token_rejected:
            form.renew_token()
        return _render_form(request, index_page, form)
    # The token is used up only by the post that stores the deed: a form sent twice (a replay, a
    # double click) stores one deed and sends one confirmation.
    if not form.use_token():
        return _render_form(request, index_page, form)
    try:
        deed, in_workflow = store_submission(form)
    except BaseException:
        form.release_token()
        raise
    if not in_workflow:
        notifications.notify_moderators(deed, form.new_organisation_created)
    notifications.notify_submitter(
        deed, request.build_absolute_uri(index_page.get_url(request)), translation.get_language()
    )
    return HttpResponseRedirect(thanks_url)


@transaction.atomic
def store_submission(form):
    """Save the deed as a draft and start its moderation; ``(deed, True if a workflow was started)``."""
    deed = form.save()
    deed.save_revision()
    workflow = deed.get_workflow()
    # A workflow without tasks would approve, and so publish, the deed at once.
    if workflow is None or not workflow.tasks.filter(active=True).exists():
        logger.warning("Deed %s was submitted but no moderation workflow with tasks is configured", deed.pk)
        return deed, False
    # Wagtail emails the task's group, the moderators, each in their admin language;
    # those who have not chosen one get the admin's default, not the submitter's.
    with translation.override(settings.LANGUAGE_CODE):
        workflow.start(deed, user=None)
    return deed, True


def thanks(request, index_page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return TemplateResponse(
        request,
        "teot/deed_submit_thanks.html",
        {
            "page": index_page,
            "listing_url": index_page.get_url(request),
            "submit_url": _route_url(request, index_page, "submit"),
            "canonical_url": _canonical_url(request, index_page, "submit_thanks"),
            "translation_urls": index_page.route_translation_urls(request, "submit"),
        },
    )
