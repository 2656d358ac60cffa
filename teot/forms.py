"""The public form for submitting a deed ("Ilmoita teko")."""

from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home.form_protection import ProtectedForm
from home.validators import validate_single_line, with_limit

from . import spam
from .models.deeds import PUBLIC_TEXT_FIELDS, SUBMITTER_FIELDS, Deed
from .models.organisations import Campaign
from .models.taxonomy import Sector, Theme
from .organisation_choice import ORGANISATION_FIELDS, OrganisationChoiceForm

FIRST_YEAR = 1990


class TermsField(forms.ModelMultipleChoiceField):
    """Sectors or themes as checkboxes; ids a database cannot hold are refused before any query.

    SQLite raises OverflowError for an ``IN`` list with an integer beyond 64 bits.
    """

    def _check_values(self, value):
        for pk in value:
            try:
                number = int(str(pk))
            except ValueError:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                ) from None
            if not -(2**63) <= number < 2**63:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": pk}
                )
        return super()._check_values(value)


def _terms_field(model, label, required, from_list):
    """A public form's terms: at least one, ticked from the form's language's (set its queryset)."""
    return TermsField(
        label=label,
        queryset=model.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose at least one."),
        error_messages={"required": required, "invalid_choice": from_list, "invalid_pk_value": from_list},
    )


def sectors_field(label):
    return _terms_field(Sector, label, _("Choose at least one sector."), _("Choose sectors from the list."))


def themes_field(label):
    return _terms_field(Theme, label, _("Choose at least one theme."), _("Choose themes from the list."))


def _max_length(model, field_name):
    return model._meta.get_field(field_name).max_length


def _required(message):
    return {"required": message}


def _text(field_name, label, help_text=None, rows=5, **kwargs):
    """A multi-line answer, as long as the deed's field takes, the limit told in its help text."""
    limit = _max_length(Deed, field_name)
    return forms.CharField(
        label=label,
        max_length=limit,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=with_limit(help_text, limit),
        **kwargs,
    )


ONE_LINE = [validate_single_line]


class DeedSubmissionForm(OrganisationChoiceForm, ProtectedForm):
    """Everything a visitor tells about their deed; moderators take it from there.

    The organisation is either chosen from the approved ones or typed in as a
    new one, which then waits for a moderator's approval like the deed.
    The form token and the honeypot come from ProtectedForm (see teot.spam).
    """

    guard = spam.GUARD
    field_order = ["title", "summary", "goal", "actions", "results", "tips", *ORGANISATION_FIELDS]

    title = forms.CharField(
        label=_("Title of the deed"),
        max_length=_max_length(Deed, "title"),
        validators=ONE_LINE,
        error_messages=_required(_("Give the deed a title.")),
    )
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences about the deed, shown in the list of deeds. At most 600 characters."),
        error_messages=_required(_("Write a short summary of the deed.")),
    )
    goal = _text(
        "goal",
        _("What was aimed at?"),
        _("The problem or the wish that started the deed."),
        error_messages=_required(_("Tell what the deed aimed at.")),
    )
    actions = _text("actions", _("What was done?"), error_messages=_required(_("Tell what was done.")))
    results = _text(
        "results",
        _("What came of it?"),
        _("Results, feedback and what you learned, even if the deed is still under way."),
        error_messages=_required(_("Tell what came of the deed.")),
    )
    tips = _text(
        "tips",
        _("Tips for others (optional)"),
        _("What should a workplace that wants to try the same know?"),
        rows=4,
        required=False,
    )

    unit = forms.CharField(
        label=_("Unit or work community (optional)"),
        required=False,
        max_length=_max_length(Deed, "unit"),
        validators=ONE_LINE,
        help_text=_("For example the school, ward or department that did the deed."),
    )

    sectors = sectors_field(_("Sectors"))
    themes = themes_field(_("Themes"))
    year = forms.IntegerField(
        label=_("Year"),
        help_text=_("The year the deed was done or started."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages=_required(_("Enter the year of the deed.")),
    )
    campaign = forms.ModelChoiceField(
        label=_("Campaign (optional)"),
        queryset=Campaign.objects.all(),
        required=False,
        empty_label=_("No campaign"),
        help_text=_("Choose the campaign if you are sending the deed to one."),
        error_messages={"invalid_choice": _("Choose a campaign from the list.")},
    )

    contact_name = forms.CharField(
        label=_("Contact person's name"),
        required=False,
        max_length=_max_length(Deed, "contact_name"),
        validators=ONE_LINE,
    )
    contact_email = forms.EmailField(
        label=_("Contact person's email"),
        required=False,
        max_length=_max_length(Deed, "contact_email"),
    )
    contact_phone = forms.CharField(
        label=_("Contact person's phone number"),
        required=False,
        max_length=_max_length(Deed, "contact_phone"),
        validators=ONE_LINE,
        widget=forms.TextInput(attrs={"type": "tel"}),  # not autocompleted: often someone else's
    )
    contact_is_public = forms.BooleanField(
        label=_("Show the contact details publicly with the deed"),
        required=False,
        help_text=_("Tick only with the contact person's consent. Then their name and email are required."),
    )

    submitter_name = forms.CharField(
        label=_("Your name"),
        max_length=_max_length(Deed, "submitter_name"),
        validators=ONE_LINE,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages=_required(_("Enter your name.")),
    )
    submitter_email = forms.EmailField(
        label=_("Your email"),
        max_length=_max_length(Deed, "submitter_email"),
        help_text=_("We send you a confirmation and contact you if the moderators have questions."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages=_required(_("Enter your email address.")),
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my details are processed as it describes"),
        error_messages=_required(_("Accept the privacy notice to send the deed.")),
    )

    def __init__(self, *args, locale_id, language, privacy_notice_url=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale_id = locale_id
        this_year = timezone.localdate().year
        self.last_year = this_year + 1  # a deed starting next year may be told about already
        self.fields["year"].widget.attrs.update({"min": FIRST_YEAR, "max": self.last_year})
        self.fields["year"].initial = this_year

        self.fields["sectors"].queryset = Sector.objects.filter(locale_id=locale_id)
        self.fields["themes"].queryset = Theme.objects.filter(locale_id=locale_id)
        if not Campaign.objects.exists():
            del self.fields["campaign"]

        self.load_organisations(language)

        if privacy_notice_url:
            self.fields["privacy_consent"].help_text = format_html(
                '<a href="{}">{}</a>', privacy_notice_url, _("Read the privacy notice")
            )

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not FIRST_YEAR <= year <= self.last_year:
            raise forms.ValidationError(
                _("Enter a year from %(first)s to %(last)s."),
                code="out_of_range",
                params={"first": FIRST_YEAR, "last": self.last_year},
            )
        return year

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("contact_is_public"):
            if not cleaned_data.get("contact_name") and "contact_name" not in self.errors:
                self.add_error("contact_name", _("Enter the contact person's name, or untick showing it publicly."))
            if not cleaned_data.get("contact_email") and "contact_email" not in self.errors:
                self.add_error("contact_email", _("Enter the contact person's email, or untick showing it publicly."))
        return cleaned_data

    def save(self):
        """A draft deed in the form's language, not yet live; the caller starts its moderation."""
        data = self.cleaned_data
        deed = Deed(
            locale_id=self.locale_id,
            live=False,
            origin=Deed.Origin.SUBMISSION,
            organisation=self.chosen_organisation(),
            campaign=data.get("campaign"),
            privacy_consent=True,
            **{name: data[name] for name in (*PUBLIC_TEXT_FIELDS, "year", "contact_is_public", *SUBMITTER_FIELDS)},
        )
        # ParentalManyToMany: kept in memory, written by the save below.
        deed.sectors.set(data["sectors"])
        deed.themes.set(data["themes"])
        deed.save()
        return deed
