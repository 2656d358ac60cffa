"""What the admin's deed and news item forms post, for tests that create or edit them through the admin."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

EDITED_FIELDS = ["title", "slug", "summary", "goal", "actions", "results", "tips", "unit", "year"]
NEW_DEED = {
    "title": "Kiireetön aamu päiväkodissa",
    "slug": "",
    "summary": "Päiväkoti sovitti aamun työvuorot lasten saapumisen mukaan.",
    "goal": "Vähentää aamun ruuhkaa.",
    "actions": "Työvuorot suunniteltiin uudelleen yhdessä.",
    "results": "Aamut rauhoittuivat.",
    "tips": "",
    "unit": "",
    "year": 2022,
}


def deed_admin_form(deed=None, *, organisation=None, sectors=None, themes=None, **changes):
    """The form as the admin posts it: ``deed``'s values (a new Finnish deed's without one), then ``changes``.

    Sectors and themes (objects) default to the deed's own, or none.
    """
    if deed is None:
        values = {**NEW_DEED, "organisation": organisation.pk if organisation else ""}
        submitter = {"submitter_name": "", "submitter_email": ""}
    else:
        values = {name: getattr(deed, name) for name in EDITED_FIELDS}
        values["organisation"] = organisation.pk if organisation else deed.organisation_id
        submitter = {"submitter_name": deed.submitter_name, "submitter_email": deed.submitter_email}
    data = {
        **values,
        "campaign": "",
        "image": "",
        "image_alt": "",
        "links": inline_formset([]),
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        **submitter,
        **changes,
    }
    if sectors is None:
        sectors = deed.sectors.all() if deed is not None else []
    if themes is None:
        themes = deed.themes.all() if deed is not None else []
    return {**nested_form_data(data), "sectors": pks(sectors), "themes": pks(themes)}


def pks(terms):
    """Checkbox values: a list, which nested_form_data would number. Objects or their ids."""
    return [getattr(term, "pk", term) for term in terms]


def news_admin_form(sectors=(), themes=(), **changes):
    """The news item form as the admin posts it: a Finnish item with no body, authors or series, then ``changes``."""
    data = {
        "title": "Kunnat kokeilevat nelipäiväistä viikkoa",
        "slug": "nelipaivainen-viikko",
        "date": "2026-02-03",
        "lead": "Kolme kuntaa kokeilee lyhyempää työviikkoa.",
        "image": "",
        "image_alt": "",
        "body": streamfield([]),
        "authors": inline_formset([]),
        "series": "",
        "related_deeds": inline_formset([]),
        "comments": inline_formset([]),
        **changes,
    }
    return {**nested_form_data(data), "sectors": pks(sectors), "themes": pks(themes)}
