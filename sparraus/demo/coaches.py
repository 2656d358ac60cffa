"""The demo coaches: the Finnish ones of ``content/fi/coaches.toml`` and their Swedish and English versions in
``content/<language>/coaches.toml``, all published through a revision.

A coach is found again by its slug in Finnish (its key in the data), a translation by the Finnish coach's
translation key; a coach is published again only when its data changed, so a second run adds no revisions.
"""

from home.demo.content import read
from sparraus.models.coaches import Coach
from teot.models.taxonomy import Sector, Theme

from .pictures import ensure_picture

COACHES = read(__package__, "fi", "coaches")["coaches"]
TRANSLATIONS = {code: read(__package__, code, "coaches")["coaches"] for code in ("sv", "en")}

# What a translator translates; the rest of a translation is the Finnish coach's (sectors and themes follow
# through teot.models.taxonomy.sync_translated_terms, which Coach.save calls).
TEXT_FIELDS = ("summary", "description", "keywords", "photo_alt")
SHARED_FIELDS = (
    "name",
    "slug",
    "organisation",
    "photo_id",
    "regions",
    "languages",
    "on_site",
    "remote",
    "email",
    "phone",
    "website",
    "active",
)
# Fields a coach's data may leave out, with their value then.
OPTIONAL_FIELDS = {"website": "", "active": True}
# A copy made by copy_for_translation() keeps these from the source; a new translation starts afresh.
FRESH_COPY = {
    "live": False,
    "has_unpublished_changes": True,
    "live_revision": None,
    "latest_revision": None,
    "first_published_at": None,
    "last_published_at": None,
    "go_live_at": None,
    "expire_at": None,
    "expired": False,
    "locked": False,
    "locked_at": None,
    "locked_by": None,
}


def ensure_coaches(demo):
    finnish = demo.locales["fi"]
    terms = {
        "themes": {term.slug: term for term in Theme.objects.filter(locale=finnish)},
        "sectors": {term.slug: term for term in Sector.objects.filter(locale=finnish)},
    }
    for key, spec in COACHES.items():
        picture = None
        if "picture" in spec:
            picture, created = ensure_picture(key, spec)
            demo.command.counts["created"] += created
        source = ensure_coach(demo, key, spec, terms, picture)
        for code, coaches in TRANSLATIONS.items():
            if key in coaches:
                ensure_translation(demo, source, demo.locales[code], coaches[key])


def ensure_coach(demo, key, spec, terms, picture):
    coach = Coach.objects.filter(locale=demo.locales["fi"], slug=key).first()
    if coach is None:
        coach = Coach(locale=demo.locales["fi"], slug=key, live=False, has_unpublished_changes=True)
        demo.count_created()
    before = fingerprint(coach)
    for name in ("name", "organisation", "summary", "description", "keywords"):
        setattr(coach, name, spec[name])
    for name in ("regions", "languages", "on_site", "remote", "email", "phone"):
        setattr(coach, name, spec[name])
    for name, blank in OPTIONAL_FIELDS.items():
        setattr(coach, name, spec.get(name, blank))
    coach.photo = picture
    coach.photo_alt = spec["photo_alt"] if picture else ""
    for relation, by_slug in terms.items():
        getattr(coach, relation).set([by_slug[slug] for slug in spec[relation]])
    return save(coach, before)


def ensure_translation(demo, source, locale, values):
    translation = source.get_translation_or_none(locale)
    if translation is None:
        translation = source.copy_for_translation(locale)
        for name, value in FRESH_COPY.items():
            setattr(translation, name, value)
        demo.count_created()
    before = fingerprint(translation)
    for name in TEXT_FIELDS:
        setattr(translation, name, values[name] if name != "photo_alt" or source.photo_id else "")
    for name in SHARED_FIELDS:
        setattr(translation, name, getattr(source, name))
    return save(translation, before)


def save(coach, before):
    """Check the coach as an editor's form would, and publish it when it differs from what was stored."""
    coach.full_clean()
    if needs_publishing(coach, before):
        coach.save()  # a translation gets the Finnish coach's themes and sectors in its own language
        coach = Coach.objects.get(pk=coach.pk)  # so that the revision holds those terms
        coach.save_revision().publish()
    return coach


def needs_publishing(coach, before):
    if coach.pk is None or not coach.live or coach.live_revision_id is None or coach.has_unpublished_changes:
        return True
    after = fingerprint(coach)
    return after != before or after != fingerprint(coach.live_revision.as_object())


def fingerprint(coach):
    return (
        [getattr(coach, name) for name in (*TEXT_FIELDS, *SHARED_FIELDS)],
        sorted(term.pk for term in coach.themes.all()),
        sorted(term.pk for term in coach.sectors.all()),
    )
