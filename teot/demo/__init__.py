"""The deed marketplace's demo content, loaded by ``manage.py load_demo_content``.

Sectors and themes in three languages, the organisations, the Hyvä kiertämään
2022 campaign, the Finnish deeds (some translated to Swedish and English), two
submissions waiting for moderation, a demo moderator and the DeedIndexPage in
every language. Safe to run again: everything is found by a lasting key (a
term's Finnish slug, an organisation's name, a campaign's slug, a deed's external
id, a translation's translation key) and updated in place.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, WorkflowState

from teot.models import Campaign, Deed, DeedIndexPage, DeedLink, Organisation, Sector, Theme
from teot.moderation import MODERATORS_GROUP, ensure_moderation, moderators_group

from .deeds import DEEDS, PENDING
from .organisations import CAMPAIGN, ORGANISATIONS
from .pages import INDEX_PAGE
from .taxonomy import SECTORS, THEMES
from .translations import TRANSLATIONS

LANGUAGES = ("fi", "sv", "en")
TRANSLATED = ("sv", "en")
TEXT_FIELDS = ("title", "summary", "goal", "actions", "results", "tips", "unit")
# What a translation takes over from the Finnish deed as it is (sectors and themes
# follow through teot.models.deeds.sync_translated_taxonomy).
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

MODERATOR_USERNAME = "moderaattori"
MODERATOR_PASSWORD = "moderaattori"  # noqa: S105 - a demo login, printed on purpose
MODERATOR_EMAIL = "moderaattori@example.fi"


@dataclass
class References:
    """What the deed specs point at by key."""

    sectors: dict
    themes: dict
    organisations: dict
    campaign: Campaign
    images: dict


def load(command, homes, pages, images):
    locales = {code: homes[code].locale for code in LANGUAGES}
    ensure_moderation()  # the Moderators group and the deed workflow (normally made by migrate)
    refs = References(
        sectors=ensure_terms(Sector, SECTORS, locales),
        themes=ensure_terms(Theme, THEMES, locales),
        organisations=ensure_organisations(),
        campaign=ensure_campaign(),
        images=images,
    )
    finnish = {spec["id"]: ensure_published_deed(spec, refs, locales["fi"]) for spec in DEEDS}
    ensure_translations(finnish, locales)
    ensure_pending_deeds(refs, locales["fi"])
    ensure_index_pages(pages, locales, images)
    moderator_created = ensure_moderator()
    report(command, locales, refs.campaign, moderator_created)


# -- taxonomy, organisations, campaign -------------------------------------------


def ensure_terms(model, specs, locales):
    """The Finnish terms by key (their slug), each with its Swedish and English translation."""
    terms = {}
    for sort_order, (key, names) in enumerate(specs.items()):
        term = model.objects.filter(locale=locales["fi"], slug=key).first() or model(locale=locales["fi"], slug=key)
        term.name, term.description = names["fi"]
        term.sort_order = sort_order
        term.save()
        for code in TRANSLATED:
            translation = term.get_translation_or_none(locales[code]) or term.copy_for_translation(locales[code])
            translation.name, translation.description = names[code]
            translation.slug = slugify(translation.name)
            translation.sort_order = sort_order
            translation.save()
        terms[key] = term
    return terms


def ensure_organisations():
    organisations = {}
    for name, name_sv, org_type, region, code in ORGANISATIONS:
        organisation = Organisation.objects.filter(name=name).first() or Organisation(name=name)
        organisation.name_sv = name_sv
        organisation.type = org_type
        organisation.region = region
        organisation.municipality_code = code
        organisation.is_approved = True
        organisation.save()
        organisations[name] = organisation
    return organisations


def ensure_campaign():
    campaign = Campaign.objects.filter(slug=CAMPAIGN["slug"]).first() or Campaign()
    for name, value in CAMPAIGN.items():
        setattr(campaign, name, value)
    campaign.save()
    return campaign


# -- deeds -----------------------------------------------------------------------


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
    for name in TEXT_FIELDS:
        setattr(deed, name, spec[name])
    deed.organisation = refs.organisations[spec["organisation"]]
    deed.year = spec["year"]
    deed.campaign = refs.campaign if spec.get("campaign") else None
    deed.sectors.set([refs.sectors[key] for key in spec["sectors"]])
    deed.themes.set([refs.themes[key] for key in spec["themes"]])
    deed.contact_name, deed.contact_email, deed.contact_is_public = spec.get("contact", ("", "", False))
    deed.contact_phone = ""
    image_key, deed.image_alt = spec.get("image", (None, ""))
    deed.image = refs.images[image_key] if image_key else None
    submitter = spec.get("submitter")
    deed.origin = Deed.Origin.SUBMISSION if submitter else Deed.Origin.EDITOR
    deed.submitter_name, deed.submitter_email = submitter or ("", "")
    deed.privacy_consent = bool(submitter)
    set_links(deed, spec.get("links", ()))


def set_links(deed, links):
    """Replace the deed's links, reusing the existing rows so that their ids stay stable between runs."""
    existing = list(deed.links.all())
    rows = []
    for index, (url, title) in enumerate(links):
        row = existing[index] if index < len(existing) else DeedLink()
        row.url, row.title, row.sort_order = url, title, index
        rows.append(row)
    deed.links = rows


def publication_time(date_text):
    moment = timezone.make_aware(datetime.datetime.combine(datetime.date.fromisoformat(date_text), PUBLICATION_TIME))
    return min(moment, timezone.now())


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
        urls = [url for url, _title in specs[deed_id].get("links", ())]
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


# -- the marketplace page --------------------------------------------------------


def ensure_index_pages(pages, locales, images):
    home = Page.objects.get(pk=pages["fi"]["home"].pk)
    spec = INDEX_PAGE["fi"]
    index = DeedIndexPage.objects.child_of(home).first()
    if index is None:
        clash = Page.objects.child_of(home).filter(slug=spec["slug"]).first()
        if clash is not None:
            raise CommandError(f"{clash.url_path} is a {clash.specific_class.__name__}, not a DeedIndexPage.")
        index = DeedIndexPage(title=spec["title"], slug=spec["slug"], locale=locales["fi"], live=False)
        home.add_child(instance=index)
    for code in LANGUAGES:
        if code == "fi":
            page = index
        else:
            page = index.get_translation_or_none(locales[code]) or index.copy_for_translation(locales[code])
        page = DeedIndexPage.objects.get(pk=page.pk)  # fresh tree fields
        fill_index_page(page, INDEX_PAGE[code], pages[code].get("tietosuoja") or pages["fi"]["tietosuoja"], images)
        place_after(page, pages[code].get("tekojen_tori"))
    # Adding and moving changed the tree under these pages; the other apps' demos still use these objects.
    for by_key in pages.values():
        for page in by_key.values():
            page.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])


def fill_index_page(page, values, privacy_notice, images):
    for name, value in values.items():
        setattr(page, name, value)
    page.show_in_menus = True
    page.privacy_notice = privacy_notice
    page.social_image = images["network"]
    page.save_revision(clean=True).publish()


def place_after(page, anchor):
    """Put the marketplace in the menu right after the page about Tekojen tori (menus follow tree order)."""
    if anchor is None:
        return
    page = Page.objects.get(pk=page.pk)
    anchor = Page.objects.get(pk=anchor.pk)
    previous = page.get_prev_sibling()
    if not anchor.is_sibling_of(page) or (previous is not None and previous.pk == anchor.pk):
        return
    page.move(anchor, pos="right")


# -- moderator and summary -------------------------------------------------------


def ensure_moderator():
    """The demo moderator: admin access comes from the Moderators group, not from is_staff."""
    user_model = get_user_model()
    if user_model.objects.filter(username=MODERATOR_USERNAME).exists():
        return False
    user = user_model.objects.create_user(MODERATOR_USERNAME, MODERATOR_EMAIL, MODERATOR_PASSWORD)
    user.first_name, user.last_name = "Demo", "Moderaattori"
    user.save(update_fields=["first_name", "last_name"])
    user.groups.add(moderators_group())
    return True


def report(command, locales, campaign, moderator_created):
    finnish = locales["fi"]
    organisations = Organisation.objects.all()
    live = Deed.objects.filter(live=True)
    per_language = ", ".join(f"{code} {live.filter(locale=locales[code]).count()}" for code in LANGUAGES)
    waiting = WorkflowState.objects.active().filter(base_content_type=ContentType.objects.get_for_model(Deed)).count()
    if moderator_created:
        moderator = f"moderator login “{MODERATOR_USERNAME}” / “{MODERATOR_PASSWORD}” (group {MODERATORS_GROUP})"
    else:
        moderator = f"the existing user “{MODERATOR_USERNAME}” was left as it was"
    command.stdout.write(
        f"Deeds: {Sector.objects.filter(locale=finnish).count()} sectors and "
        f"{Theme.objects.filter(locale=finnish).count()} themes in fi/sv/en, "
        f"{organisations.count()} organisations in {organisations.values('region').distinct().count()} regions, "
        f"campaign “{campaign.name}” with {campaign.deeds.filter(live=True, locale=finnish).count()} deeds; "
        f"live deeds {per_language}; {waiting} waiting for moderation; {moderator}."
    )
