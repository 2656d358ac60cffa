"""The coaching application: the form, its page and the page after it.

Protected like the deed form (home.form_protection): a honeypot, a signed single-use token and a per-client
limit on posts (settings ``COACHING_MIN_SECONDS``, default 3, and ``COACHING_RATE_LIMIT``, default
``(5, 3600)``). A form sent back with errors keeps everything typed. The applicant gets a confirmation
in the language of the form; the coaching handlers get a note.
"""

import logging

from django import forms
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from home.form_protection import Guard, ProtectedForm
from home.validators import validate_single_line, with_limit
from teot.forms import sectors_field, themes_field
from teot.models import Sector, Theme
from teot.organisation_choice import ORGANISATION_FIELDS, OrganisationChoiceForm

from . import application_emails
from .models.applications import MAX_PREFERRED_COACHES, CoachingApplication, StatusChange
from .models.coaches import Coach

logger = logging.getLogger(__name__)
GUARD = Guard(scope="coaching", min_seconds_setting="COACHING_MIN_SECONDS", rate_limit_setting="COACHING_RATE_LIMIT")
PARTICIPANTS = [("management", _("Management")), ("supervisors", _("Supervisors")), ("staff", _("Staff"))]
ONE_LINE = [validate_single_line]


def _limit(field_name):
    return CoachingApplication._meta.get_field(field_name).max_length


class CoachesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, coach):
        return f"{coach.name}, {coach.organisation}" if coach.organisation else coach.name


class ApplicationForm(OrganisationChoiceForm, ProtectedForm):
    guard = GUARD
    field_order = [*ORGANISATION_FIELDS, "unit", "contact_name", "contact_email", "contact_phone"]

    unit = forms.CharField(
        label=_("Unit or work community (optional)"),
        required=False,
        max_length=_limit("unit"),
        validators=ONE_LINE,
        help_text=_("If the coaching is for a part of the organisation, tell which."),
    )
    contact_name = forms.CharField(
        label=_("Contact person"),
        max_length=_limit("contact_name"),
        validators=ONE_LINE,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter the contact person's name.")},
    )
    contact_email = forms.EmailField(
        label=_("Contact person's email"),
        max_length=_limit("contact_email"),
        help_text=_("The confirmation and the answer to the application come to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter the contact person's email address."),
            "invalid": _("Type the email address in the form name@example.fi."),
        },
    )
    contact_phone = forms.CharField(
        label=_("Contact person's phone number (optional)"),
        required=False,
        max_length=_limit("contact_phone"),
        validators=ONE_LINE,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    sectors = sectors_field(_("Sector of the work community"))
    themes = themes_field(_("Themes of the development need"))
    need = forms.CharField(
        label=_("What do you want to develop, and why?"),
        max_length=_limit("need") or 3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=with_limit(_("The situation now and what you hope the coaching changes."), 3000),
        error_messages={"required": _("Tell what you want to develop.")},
    )
    participants = forms.MultipleChoiceField(
        label=_("Who takes part"),
        choices=PARTICIPANTS,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The coaching is for management, supervisors and staff together: all three take part."),
        error_messages={"required": _("Tick management, supervisors and staff: all three take part.")},
    )
    participant_count = forms.IntegerField(
        label=_("Number of participants"),
        min_value=1,
        max_value=10_000,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Enter the number of participants."),
            "invalid": _("Enter the number of participants as a whole number."),
            "min_value": _("Enter at least 1."),
            "max_value": _("Enter at most 10 000."),
        },
    )
    preferred_period = forms.CharField(
        label=_("Preferred time (optional)"),
        required=False,
        max_length=_limit("preferred_period"),
        validators=ONE_LINE,
        help_text=_("For example “spring 2027” or “before the end of May”."),
    )
    coaches = CoachesField(
        label=_("Coaches you would like"),
        queryset=Coach.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose one to three coaches from the directory, in any order."),
        error_messages={
            "required": _("Choose at least one coach."),
            "invalid_choice": _("Choose coaches from the list: a coach you chose is no longer available."),
            "invalid_pk_value": _("Choose coaches from the list."),
        },
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that these details are processed as it describes"),
        error_messages={"required": _("Accept the privacy notice to send the application.")},
    )

    def __init__(self, *args, locale_id, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale_id, self.language = locale_id, language
        self.load_organisations(language)
        self.fields["sectors"].queryset = Sector.objects.filter(locale_id=locale_id)
        self.fields["themes"].queryset = Theme.objects.filter(locale_id=locale_id)
        self.fields["coaches"].queryset = Coach.objects.live_in(locale_id).filter(active=True).order_by("name")

    def clean_participants(self):
        chosen = self.cleaned_data["participants"]
        if set(chosen) != {value for value, _label in PARTICIPANTS}:
            raise forms.ValidationError(_("Tick management, supervisors and staff: all three take part."))
        return chosen

    def clean_coaches(self):
        coaches = self.cleaned_data["coaches"]
        if len(coaches) > MAX_PREFERRED_COACHES:
            raise forms.ValidationError(
                _("Choose at most %(limit)s coaches (you chose %(count)s)."),
                params={"limit": MAX_PREFERRED_COACHES, "count": len(coaches)},
            )
        return coaches

    @transaction.atomic
    def save(self):
        data = self.cleaned_data
        application = CoachingApplication.objects.create(
            organisation=self.chosen_organisation(),
            language=self.language,
            privacy_consent=True,
            management=True,
            supervisors=True,
            staff=True,
            **{
                name: data[name]
                for name in ("unit", "contact_name", "contact_email", "contact_phone", "need", "participant_count")
            },
            preferred_period=data["preferred_period"],
        )
        application.sectors.set(data["sectors"])
        application.themes.set(data["themes"])
        application.preferred_coaches.set(data["coaches"])
        StatusChange.objects.create(application=application, status=application.status)
        return application


def _route_url(request, page, route_name):
    return page.get_url(request) + page.reverse_subpage(route_name)


def _form(request, page, data=None, **kwargs):
    return ApplicationForm(
        data, locale_id=page.locale_id, language=translation.get_language(), request=request, **kwargs
    )


def _chosen_coaches(request):
    """The coaches a "Choose this coach" link names (``?coach=12``), as the form's initial choice."""
    return [value for value in request.GET.getlist("coach")[:MAX_PREFERRED_COACHES] if value.isdigit()]


def _render(request, page, form, status=200):
    context = {
        "page": page,
        "self": page,
        "form": form,
        "apply_url": _route_url(request, page, "apply"),
        "translation_urls": page.route_translation_urls(request, "apply"),
    }
    response = TemplateResponse(request, "sparraus/apply.html", context, status=status)
    add_never_cache_headers(response)  # the form carries this visitor's single-use token
    return response


def apply(request, page):
    thanks_url = _route_url(request, page, "apply_thanks")
    if request.method in ("GET", "HEAD"):
        return _render(request, page, _form(request, page, initial={"coaches": _chosen_coaches(request)}))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])

    form = _form(request, page, request.POST)
    if not GUARD.register_post(request):
        form.reject_rate_limited()
        response = _render(request, page, form, status=429)
        response["Retry-After"] = str(GUARD.retry_after(request))
        return response
    if form.honeypot_filled():
        logger.info("Coaching application dropped: honeypot filled")
        return HttpResponseRedirect(thanks_url)  # looks like success: the bot learns nothing
    if not form.is_valid():
        if form.token_rejected:
            form.renew_token()
        return _render(request, page, form)
    if not form.use_token():  # sent twice (a double click, a replay): one application
        return _render(request, page, form)
    try:
        application = form.save()
    except BaseException:
        form.release_token()
        raise
    application_emails.received(application, request.build_absolute_uri(page.get_url(request)))
    application_emails.notify_handlers(application)
    return HttpResponseRedirect(thanks_url)


def thanks(request, page):
    context = {"page": page, "self": page, "translation_urls": page.route_translation_urls(request, "apply_thanks")}
    return TemplateResponse(request, "sparraus/apply_thanks.html", context)
