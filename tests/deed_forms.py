"""What the deed's admin form posts, for tests that create or edit deeds through the admin."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data

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
    return {**nested_form_data(data), "sectors": [s.pk for s in sectors], "themes": [t.pk for t in themes]}
