"""Admin forms offer translatable terms in one language: the edited object's own.

Sectors, themes, story series and award categories are translatable snippets, one row per
language. Django's model form would offer every language's rows (27 sectors for 9), and accept
any of them. The forms here narrow every choice of a translatable model to the locale of the page
or snippet being edited (on create: the parent page's, or the snippet's ``?locale=``), in the
model's own order, and so refuse a posted id from another language as an invalid choice. A chooser
(the story series) opens its modal filtered to that language. Inline rows (a gala's awards) get
the same narrowing from their parent form.

A field that wagtail-localize keeps the same in every language (a ``SynchronizedField`` in the
model's ``override_translatable_fields``, e.g. a chosen deed) is left alone: its translations
rightly point at the source language's object.
"""

from urllib.parse import urlencode

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


def limit_choices_to_locale(form, locale):
    """Narrow the form's choices of translatable models, and its inline rows' choices, to ``locale``."""
    model = form._meta.model
    synchronized = {
        field.field_name
        for field in getattr(model, "override_translatable_fields", [])
        if isinstance(field, SynchronizedField)
    }
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or name in synchronized or not issubclass(queryset.model, TranslatableMixin):
            continue
        field.queryset = queryset.filter(locale=locale)  # the setter renews the widget's choices too
        if isinstance(field.widget, BaseChooser):  # each form field has its own copy of the widget
            _open_chooser_in(field.widget, locale)
    for formset in getattr(form, "formsets", {}).values():
        # Rows are built lazily (and again for the "add" template row): give them the locale now.
        formset.form = _form_for_locale(formset.form, locale)


def _open_chooser_in(widget, locale):
    """Open the chooser modal with its language filter set to ``locale`` (Wagtail's ``?locale=``)."""
    url = f"{widget.get_chooser_modal_url()}?{urlencode({'locale': locale.language_code})}"
    widget.get_chooser_modal_url = lambda: url


def _form_for_locale(form_class, locale):
    class ChildForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            limit_choices_to_locale(self, locale)

    ChildForm.__name__ = ChildForm.__qualname__ = form_class.__name__
    return ChildForm


def edited_locale(form):
    """The locale of the object being edited: its own, or on create the parent page's, or the default."""
    instance = form.instance
    if getattr(instance, "locale_id", None):
        return instance.locale
    parent_page = getattr(form, "parent_page", None)
    if parent_page is not None:
        return parent_page.locale
    return Locale.get_default()


class LocaleChoicesMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_choices_to_locale(self, edited_locale(self))


class LocaleChoicesPageForm(LocaleChoicesMixin, WagtailAdminPageForm):
    """The base form of pages that choose translatable terms (``base_form_class``)."""


class LocaleChoicesModelForm(LocaleChoicesMixin, WagtailAdminModelForm):
    """The base form of snippets that choose translatable terms."""
