"""The sectors and themes of the demo, read from ``content/<language>/taxonomy.toml``.

The Finnish slug is each term's lasting key: the loader finds the Finnish term by it
and the translations through the Finnish term's translation key.
"""

from django.utils.text import slugify

from home.demo.builders import LANGUAGES
from home.demo.content import read


def terms(kind):
    """key -> language -> (name, description), in the Finnish file's order (the sort order)."""
    by_language = {code: read("teot.demo", code, "taxonomy")[kind] for code in LANGUAGES}
    return {
        key: {code: (names[key]["name"], names[key]["description"]) for code, names in by_language.items()}
        for key in by_language["fi"]
    }


SECTORS = terms("sectors")
THEMES = terms("themes")


def ensure_terms(model, specs, locales):
    """The Finnish terms by key (their slug), each with its Swedish and English translation."""
    terms = {}
    for sort_order, (key, names) in enumerate(specs.items()):
        term = model.objects.filter(locale=locales["fi"], slug=key).first() or model(locale=locales["fi"], slug=key)
        term.name, term.description = names["fi"]
        term.sort_order = sort_order
        term.save()
        for code in ("sv", "en"):
            translation = term.get_translation_or_none(locales[code]) or term.copy_for_translation(locales[code])
            translation.name, translation.description = names[code]
            translation.slug = slugify(translation.name)
            translation.sort_order = sort_order
            translation.save()
        terms[key] = term
    return terms
