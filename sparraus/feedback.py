"""The feedback after a coaching: a signed link in the "coaching done" email opens a short form, which
takes one answer per application. A changed link, or one already used, gets a clear page and changes
nothing. Feedback is shown publicly only in aggregate (statistics)."""

from django import forms
from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from .models.applications import CoachingApplication, CoachingFeedback

SALT = "sparraus.feedback"
RATING_CHOICES = [(str(number), str(number)) for number in range(1, 6)]


def _signature(pk):
    return salted_hmac(SALT, str(pk)).hexdigest()[:32]


def token(application):
    """``<pk>-<signature>``: only letters, digits and a dash, as a page's sub-address allows."""
    return f"{application.pk}-{_signature(application.pk)}"


def url(page, application):
    """The absolute address of an application's feedback form, under the directory ``page``."""
    path = page.get_url() + page.reverse_subpage("feedback", args=[token(application)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def application_for(value):
    """The done application a link names, or ``None``."""
    pk, _dash, signature = value.partition("-")
    if not pk.isdigit() or not constant_time_compare(signature, _signature(int(pk))):
        return None
    return CoachingApplication.objects.filter(pk=int(pk), status=CoachingApplication.Status.DONE).first()


class FeedbackForm(forms.ModelForm):
    usefulness = forms.TypedChoiceField(
        label=_("How useful was the coaching? (1 = not at all, 5 = very)"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a number from 1 to 5 for the usefulness.")},
    )
    coach_rating = forms.TypedChoiceField(
        label=_("How well did the coach work with you? (1 = poorly, 5 = very well)"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a number from 1 to 5 for the coach.")},
    )
    what_changed = forms.CharField(
        label=_("What changed in your work community? (optional)"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    would_recommend = forms.TypedChoiceField(
        label=_("Would you recommend the coaching to another work community?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Answer yes or no.")},
    )

    class Meta:
        model = CoachingFeedback
        fields = ["usefulness", "coach_rating", "what_changed", "would_recommend"]


def _render(request, page, template, context, status=200):
    response = TemplateResponse(request, template, {"page": page, "self": page, **context}, status=status)
    add_never_cache_headers(response)
    return response


def give(request, page, value):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    application = application_for(value)
    if application is None:
        return _render(request, page, "sparraus/feedback_status.html", {"state": "invalid"}, status=400)
    if CoachingFeedback.objects.filter(application=application).exists():
        return _render(request, page, "sparraus/feedback_status.html", {"state": "given"}, status=409)
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        form.instance.application = application
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:  # the same form sent twice at once: the first one counts
            return _render(request, page, "sparraus/feedback_status.html", {"state": "given"}, status=409)
        # The thanks page offers to tell the result as a deed, the deed form filled in with these.
        thanks = {"state": "thanks", "organisation": application.organisation, "themes": application.themes.all()}
        return _render(request, page, "sparraus/feedback_status.html", thanks)
    return _render(request, page, "sparraus/feedback.html", {"form": form, "application": application})
