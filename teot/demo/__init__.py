"""The deed marketplace's demo content, loaded by ``manage.py load_demo_content``.

Sectors and themes in three languages, the organisations, the Hyvä kiertämään
2022 campaign, the Finnish deeds (some translated to Swedish and English), two
submissions waiting for moderation, a demo moderator and the DeedIndexPage in
every language. Safe to run again: everything is found by a lasting key (a
term's Finnish slug, an organisation's name, a campaign's slug, a deed's external
id, a translation's translation key) and updated in place. The texts and data
are in ``content/<language>/*.toml``; one module per kind reads them and makes
the objects (``taxonomy``, ``organisations``, ``deeds``, ``pages``).
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from wagtail.models import WorkflowState

from home.demo.builders import LANGUAGES
from teot.models import Deed, Organisation, Sector, Theme
from teot.moderation import MODERATORS_GROUP, ensure_moderation, moderators_group

from .deeds import DEEDS, References, ensure_pending_deeds, ensure_published_deed, ensure_translations
from .organisations import ensure_campaign, ensure_organisations
from .pages import ensure_index_pages
from .pages import place_after as place_after  # also used by the news and gala demos
from .taxonomy import SECTORS, THEMES, ensure_terms

MODERATOR_USERNAME = "moderaattori"
MODERATOR_PASSWORD = "moderaattori"  # noqa: S105 - a demo login, printed on purpose
MODERATOR_EMAIL = "moderaattori@example.fi"


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
