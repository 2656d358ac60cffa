"""Helpers the news, podcast and webinar pages share."""


def localize_terms(page, *field_names):
    """Point the page's many-to-many terms (sectors, themes) at their translations in the page's language.

    wagtail-localize copies many-to-many links to translatable snippets as they
    are (wagtail-localize#820), so a Swedish page would carry Finnish terms.
    Terms without a translation stay as they are.
    """
    if not page.locale_id:
        return
    for field_name in field_names:
        terms = list(getattr(page, field_name).all())
        if all(term.locale_id == page.locale_id for term in terms):
            continue
        model = page._meta.get_field(field_name).related_model
        translated = dict(
            model.objects.filter(
                translation_key__in=[term.translation_key for term in terms], locale_id=page.locale_id
            ).values_list("translation_key", "pk")
        )
        ids = [translated.get(term.translation_key, term.pk) for term in terms]
        getattr(page, field_name).set(model.objects.filter(pk__in=ids))


def live_children(index_page, model):
    """The index page's live, public children of one type."""
    return model.objects.child_of(index_page).live().public()
