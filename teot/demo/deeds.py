"""The demo deeds: the Finnish deeds of ``content/fi/deeds.toml`` (published, and pending ones waiting
for a moderator) and their Swedish and English versions in ``content/<language>/deeds.toml``.

A deed is found again by its external id, a translation by the Finnish deed's translation key;
a second run adds no revisions.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import WorkflowState

from home.demo.content import read
from teot.models import Campaign, Deed, DeedLink

DEEDS = read("teot.demo", "fi", "deeds")["deeds"]
PENDING = read("teot.demo", "fi", "deeds")["pending"]


def translations():
    """Finnish deed id -> language -> the translated fields."""
    by_id = {}
    for code in ("sv", "en"):
        for deed_id, values in read("teot.demo", code, "deeds").items():
            by_id.setdefault(deed_id, {})[code] = values
    return by_id


TRANSLATIONS = translations()

TEXT_FIELDS = ("title", "summary", "goal", "actions", "results", "tips", "unit")
# Fields a deed spec may leave out, with their value then.
OPTIONAL_FIELDS = {
    "contact_name": "",
    "contact_email": "",
    "contact_is_public": False,
    "image_alt": "",
    "submitter_name": "",
    "submitter_email": "",
}
# What a translation takes over from the Finnish deed as it is (sectors and themes
# follow through teot.models.taxonomy.sync_translated_terms).
SHARED_FIELDS = (
    "organisation_id",
    "year",
    "campaign_id",
    "image_id",
    "contact_email",
    "contact_phone",
    "contact_is_public",
    "origin",
    "submitter_name",
    "submitter_email",
    "privacy_consent",
)
# A copy made by copy_for_translation() keeps these from the source; a new translation starts afresh.
FRESH_COPY = {
    "external_id": None,
    "slug": "",
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
PUBLICATION_TIME = datetime.time(9, 30)
TRANSLATION_DELAY = datetime.timedelta(days=12)  # translations follow the Finnish deed


@dataclass
class References:
    """What the deed specs point at by key."""

    sectors: dict
    themes: dict
    organisations: dict
    campaign: Campaign
    images: dict


def ensure_published_deed(spec, refs, finnish):
    deed = Deed.objects.filter(external_id=spec["id"]).first()
    if deed is None:
        deed = Deed(external_id=spec["id"], locale=finnish, live=False, has_unpublished_changes=True)
    before = fingerprint(deed)
    fill_deed(deed, spec, refs)
    if needs_publishing(deed, before):
        deed.save()
        publish(deed)
    set_publication_dates(deed, publication_time(spec["published"]))
    return deed


def fill_deed(deed, spec, refs):
    for name in (*TEXT_FIELDS, "year"):
        setattr(deed, name, spec[name])
    for name, blank in OPTIONAL_FIELDS.items():
        setattr(deed, name, spec.get(name, blank))
    deed.organisation = refs.organisations[spec["organisation"]]
    deed.campaign = refs.campaign if spec.get("campaign") else None
    deed.sectors.set([refs.sectors[key] for key in spec["sectors"]])
    deed.themes.set([refs.themes[key] for key in spec["themes"]])
    deed.contact_phone = ""
    deed.image = refs.images[spec["image"]] if "image" in spec else None
    submitted = bool(deed.submitter_email)
    deed.origin = Deed.Origin.SUBMISSION if submitted else Deed.Origin.EDITOR
    deed.privacy_consent = submitted
    set_links(deed, [(link["url"], link["title"]) for link in spec.get("links", ())])


def set_links(deed, links):
    """Replace the deed's links, reusing the existing rows so that their ids stay stable between runs."""
    existing = list(deed.links.all())
    rows = []
    for index, (url, title) in enumerate(links):
        row = existing[index] if index < len(existing) else DeedLink()
        row.url, row.title, row.sort_order = url, title, index
        rows.append(row)
    deed.links = rows


def publication_time(date):
    return min(timezone.make_aware(datetime.datetime.combine(date, PUBLICATION_TIME)), timezone.now())


def needs_publishing(deed, before):
    """Whether the deed as filled in differs from what was stored or published (a second run adds no revisions)."""
    if deed.pk is None or not deed.live or deed.live_revision_id is None or deed.has_unpublished_changes:
        return True
    after = fingerprint(deed)
    return after != before or after != fingerprint(deed.live_revision.as_object())


def fingerprint(deed):
    own_fields = (*TEXT_FIELDS, *SHARED_FIELDS, "contact_name", "image_alt", "slug")
    return (
        [getattr(deed, name) for name in own_fields],
        sorted(term.pk for term in deed.sectors.all()),
        sorted(term.pk for term in deed.themes.all()),
        [(link.url, link.title) for link in sorted(deed.links.all(), key=lambda link: link.sort_order)],
    )


def publish(deed):
    """Publish through a revision, so that the deed has a history and first_published_at."""
    revision = deed.save_revision()
    revision.publish()


def set_publication_dates(deed, when):
    # Dated as the story is: listings sort newest first by first_published_at.
    Deed.objects.filter(pk=deed.pk).update(first_published_at=when, last_published_at=when)


def ensure_translations(finnish, locales):
    specs = {spec["id"]: spec for spec in DEEDS}
    for deed_id, languages in TRANSLATIONS.items():
        source = Deed.objects.get(pk=finnish[deed_id].pk)
        urls = [link["url"] for link in specs[deed_id].get("links", ())]
        for code, values in languages.items():
            translation = source.get_translation_or_none(locales[code])
            if translation is None:
                translation = source.copy_for_translation(locales[code])
                for name, value in FRESH_COPY.items():
                    setattr(translation, name, value)
            before = fingerprint(translation)
            for name in TEXT_FIELDS:
                setattr(translation, name, values[name])
            for name in SHARED_FIELDS:
                setattr(translation, name, getattr(source, name))
            translation.contact_name = values.get("contact_name", "")
            translation.image_alt = values.get("image_alt", "")
            set_links(translation, zip(urls, values.get("links", ()), strict=True))
            if needs_publishing(translation, before):
                translation.save()  # Deed.save gives it the sectors and themes in its own language
                translation = Deed.objects.get(pk=translation.pk)  # so that the revision holds those terms
                publish(translation)
            when = min(
                source.first_published_at + TRANSLATION_DELAY,
                timezone.make_aware(datetime.datetime(source.year, 12, 31, 12)),
                timezone.now(),
            )
            set_publication_dates(translation, when)


def ensure_pending_deeds(refs, finnish):
    """Submissions waiting for a moderator: drafts with a revision and a workflow in progress."""
    for spec in PENDING:
        deed = Deed.objects.filter(external_id=spec["id"]).first()
        if deed is None:
            deed = Deed(external_id=spec["id"], locale=finnish, live=False, has_unpublished_changes=True)
            fill_deed(deed, spec, refs)
            deed.save()
            deed.save_revision()
        if deed.live:
            continue  # a moderator has approved it since the last run: leave it be
        if not WorkflowState.objects.for_instance(deed).active().exists():
            deed.get_workflow().start(deed, user=None)
