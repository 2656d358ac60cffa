"""Signing up for the newsletter, confirming it from the email, and unsubscribing.

The sign-up answers the same whatever the address (new, waiting, subscribed or unsubscribed), so it
tells no one who subscribes. Confirming and unsubscribing take a press of a button on the page the
email's link opens: a mail scanner that opens links changes nothing. An unsubscribe link also takes
a mail program's one-click POST (RFC 8058), which carries no CSRF token: the signed link is the proof.
"""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Locale

from . import emails, links
from .forms import CONSENT_TEXT, GUARD, MAX_EMAIL_LENGTH, SubscribeForm
from .models import CONSENT_VERSION, NewsletterIndexPage, Subscriber

logger = logging.getLogger(__name__)
SOURCES = ("page", "footer", "block")  # which form an address came from (block: a page's sign-up box)


def language_urls(name, *args):
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse(name, args=args)
    return urls


def render(request, template, context, status=200):
    response = TemplateResponse(request, template, context, status=status)
    add_never_cache_headers(response)  # a form with this visitor's token, or a page of one subscriber
    return response


def _form(request, data=None, **kwargs):
    return SubscribeForm(data, locale_id=Locale.get_active().pk, request=request, **kwargs)


def source_of(params):
    source = params.get("source")
    return source if source in SOURCES else SOURCES[0]


def _render_form(request, form, status=200, source=None):
    archive = NewsletterIndexPage.for_locale()
    context = {
        "form": form,
        "source": source or source_of(request.POST),
        "archive_url": archive.get_url(request) if archive else None,
        "translation_urls": language_urls("newsletter_subscribe"),
    }
    return render(request, "uutiskirje/subscribe.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    sent_url = reverse("newsletter_sent")
    if request.method != "POST":
        # The footer's form sends the address here to be completed (no token there: pages are cached).
        initial = {"email": request.GET.get("email", "")[:MAX_EMAIL_LENGTH], "language": translation.get_language()}
        return _render_form(request, _form(request, initial=initial), source=source_of(request.GET))
    form = _form(request, request.POST)
    if not GUARD.register_post(request):
        form.reject_rate_limited()
        response = _render_form(request, form, status=429)
        response["Retry-After"] = str(GUARD.retry_after(request))
        return response
    if form.honeypot_filled():
        logger.info("Newsletter sign-up dropped: honeypot filled")
        return HttpResponseRedirect(sent_url)  # looks like success: a bot learns nothing
    if not form.is_valid():
        if form.token_rejected:
            form.renew_token()
        return _render_form(request, form)
    if not form.use_token():
        return _render_form(request, form)
    try:
        subscriber, confirmed = register(form.cleaned_data, source_of(request.POST))
    except BaseException:
        form.release_token()
        raise
    if confirmed:
        emails.send_already_subscribed(subscriber, request)
    else:
        emails.send_confirmation(subscriber, request)
    return HttpResponseRedirect(sent_url)


def register(data, source):
    """``(subscriber, already confirmed)``: a new or renewed subscription waiting for confirmation.

    A confirmed subscription is left as it is: whoever typed the address may not own it.
    """
    for _attempt in range(2):  # a second try if the same address was added at the same moment
        try:
            with transaction.atomic():
                subscriber = Subscriber.objects.select_for_update().filter(email__iexact=data["email"]).first()
                if subscriber is not None and subscriber.status == Subscriber.Status.CONFIRMED:
                    return subscriber, True
                subscriber = subscriber or Subscriber()
                subscriber.email = data["email"]
                subscriber.language = data["language"]
                subscriber.status = Subscriber.Status.PENDING
                subscriber.all_topics = not (data["sectors"] or data["themes"])
                with translation.override(data["language"]):
                    subscriber.consent_text = str(CONSENT_TEXT)
                subscriber.consent_version = CONSENT_VERSION
                subscriber.consent_source = source
                subscriber.consented_at = timezone.now()
                subscriber.save()
                subscriber.sectors.set(data["sectors"])
                subscriber.themes.set(data["themes"])
                return subscriber, False
        except IntegrityError:
            continue
    raise IntegrityError("The address was added and removed while signing up")


@require_safe
def sent(request):
    context = {"state": "sent", "translation_urls": language_urls("newsletter_sent")}
    return render(request, "uutiskirje/status.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    return _signed_action(request, token, links.CONFIRM)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    return _signed_action(request, token, links.UNSUBSCRIBE)


def _signed_action(request, token, action):
    subscriber = links.subscriber_for(token, action)
    context = {"translation_urls": language_urls(links.URL_NAMES[action], token), "action": action}
    if subscriber is None:
        return render(request, "uutiskirje/status.html", {**context, "state": "invalid"}, status=400)
    if request.method != "POST":
        return render(request, "uutiskirje/status.html", {**context, "state": f"{action}_ask"})
    if action == links.CONFIRM:
        if subscriber.status != Subscriber.Status.CONFIRMED:
            subscriber.confirm()
        state = "confirmed"
    else:
        if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
            subscriber.unsubscribe()
        state = "unsubscribed"
    return render(request, "uutiskirje/status.html", {**context, "state": state})
