"""A public form's organisation: chosen from the approved ones, grouped by region, or typed in as a new one,
which then waits for a moderator's approval (``Organisation.is_approved``). The deed form and the coaching
application both ask it this way."""

from django import forms
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from home.validators import validate_single_line

from .models.organisations import Organisation
from .regions import Region

ORGANISATION_FIELDS = ["organisation", "new_organisation", "new_organisation_type", "new_organisation_region"]

# Finnish and Swedish alphabetical order: å, ä and ö come after z.
_NORDIC_ORDER = str.maketrans({"å": "z\x01", "ä": "z\x02", "æ": "z\x02", "ö": "z\x03", "ø": "z\x03"})


def nordic_sort_key(text):
    return text.casefold().translate(_NORDIC_ORDER)


class OrganisationChoiceForm(forms.Form):
    """The four organisation fields and their checks; a subclass calls ``load_organisations`` in ``__init__``
    and ``chosen_organisation`` when it saves."""

    organisation = forms.TypedChoiceField(
        label=_("Your organisation"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("Organisations are grouped by region."),
    )
    new_organisation = forms.CharField(
        label=_("Name of the organisation"),
        required=False,
        max_length=Organisation._meta.get_field("name").max_length,
        validators=[validate_single_line],
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    new_organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        required=False,
        choices=[("", _("Choose a type")), *((value, capfirst(label)) for value, label in Organisation.Type.choices)],
    )
    new_organisation_region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("Choose a region")), *Region.choices],
    )

    def load_organisations(self, language):
        self.new_organisation_created = False
        self._organisations = {
            organisation.pk: organisation
            for organisation in Organisation.objects.filter(is_approved=True).only("pk", "name", "name_sv", "region")
        }
        self.fields["organisation"].choices = self._organisation_choices(language)

    def _organisation_choices(self, language):
        by_region = {}
        for organisation in self._organisations.values():
            by_region.setdefault(organisation.region, []).append(
                (organisation.pk, organisation.localized_name(language))
            )
        groups = [(label, by_region.pop(value)) for value, label in Region.choices if value in by_region]
        leftovers = [choice for choices in by_region.values() for choice in choices]
        if leftovers:  # a region no longer in the list
            groups.append((_("Other regions"), leftovers))
        for _label, choices in groups:
            choices.sort(key=lambda choice: nordic_sort_key(choice[1]))
        return [("", _("Choose from the list")), *groups]

    def clean_organisation(self):
        pk = self.cleaned_data["organisation"]
        return self._organisations.get(pk) if pk is not None else None

    def clean_new_organisation(self):
        return " ".join(self.cleaned_data["new_organisation"].split())

    def clean(self):
        cleaned_data = super().clean()
        self._clean_organisation_choice(cleaned_data)
        return cleaned_data

    def _clean_organisation_choice(self, cleaned_data):
        if "organisation" in self.errors or "new_organisation" in self.errors:
            return
        chosen = cleaned_data.get("organisation")
        typed = cleaned_data.get("new_organisation")
        if chosen and typed:
            self.add_error(
                "organisation",
                _("Choose your organisation from the list or type a new one, not both."),
            )
        elif not chosen and not typed:
            self.add_error(
                "organisation",
                _("Choose your organisation from the list, or type its name if it is not in the list."),
            )
        elif typed:
            if not cleaned_data.get("new_organisation_type"):
                self.add_error("new_organisation_type", _("Choose the type of your organisation."))
            if not cleaned_data.get("new_organisation_region"):
                self.add_error("new_organisation_region", _("Choose the region of your organisation."))

    def chosen_organisation(self):
        """The chosen organisation, or the typed one: found by name, else created to wait for approval."""
        if self.cleaned_data["organisation"]:
            return self.cleaned_data["organisation"]
        name = self.cleaned_data["new_organisation"]
        existing = Organisation.objects.filter(Q(name__iexact=name) | Q(name_sv__iexact=name)).first()
        if existing is not None:
            return existing
        organisation, self.new_organisation_created = Organisation.objects.get_or_create(
            name=name,
            defaults={
                "type": self.cleaned_data["new_organisation_type"],
                "region": self.cleaned_data["new_organisation_region"],
                "is_approved": False,
            },
        )
        return organisation
