"""The demo command fills the deed marketplace, in three languages, and a second run changes nothing."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page, Revision, WorkflowState

from teot.demo.deeds import DEEDS, PENDING, TRANSLATIONS
from teot.demo.organisations import CAMPAIGN, ORGANISATIONS
from teot.demo.taxonomy import SECTORS, THEMES
from teot.models import Campaign, Deed, DeedIndexPage, DeedLink, Organisation, Sector, Theme
from teot.moderation import MODERATORS_GROUP
from tests import demo

LANGUAGES = ("fi", "sv", "en")
TEXT_FIELDS = ("title", "summary", "goal", "actions", "results", "tips", "unit")


def snapshot():
    """Everything a second run could duplicate or republish."""
    return {
        "deeds": sorted(Deed.objects.values_list("locale__language_code", "live", "slug")),
        "links": sorted(DeedLink.objects.values_list("pk", "url", "title")),
        "deed revisions": Revision.objects.filter(base_content_type__model="deed").count(),
        "sectors": sorted(Sector.objects.values_list("locale__language_code", "slug")),
        "themes": sorted(Theme.objects.values_list("locale__language_code", "slug")),
        "organisations": Organisation.objects.count(),
        "campaigns": Campaign.objects.count(),
        "workflow states": sorted(WorkflowState.objects.values_list("object_id", "status")),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "index pages": sorted(DeedIndexPage.objects.values_list("locale__language_code", "url_path", "live")),
        "dates": sorted(Deed.objects.filter(live=True).values_list("pk", "first_published_at")),
    }


def keys(terms):
    return sorted(str(term.translation_key) for term in terms)


@pytest.mark.django_db
@demo.GROUP
def test_demo_builds_the_marketplace_and_a_second_run_changes_nothing(demo_run_twice):
    summary, first = demo_run_twice.output, demo_run_twice.first[__name__]

    live = Deed.objects.filter(live=True)
    assert live.filter(locale__language_code="fi").count() >= 60
    for code in ("sv", "en"):
        assert live.filter(locale__language_code=code).count() >= 6

    # Taxonomy: every Finnish term has its Swedish and English translation, in the same order.
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    for model, specs in ((Sector, SECTORS), (Theme, THEMES)):
        finnish_terms = list(model.objects.filter(locale=locales["fi"]))
        assert [term.slug for term in finnish_terms] == list(specs)
        for code in ("sv", "en"):
            translations = [term.get_translation(locales[code]) for term in finnish_terms]
            assert [term.sort_order for term in translations] == [term.sort_order for term in finnish_terms]
            assert all(t.name and t.description and re.fullmatch(r"[a-z0-9-]+", t.slug) for t in translations)
            assert model.objects.filter(locale=locales[code]).count() == len(specs)
    assert Sector.objects.get(locale__language_code="fi", slug="opetus-ja-kasvatus").name == "Opetus ja kasvatus"

    # Translated deeds carry the sectors and themes of the Finnish deed, in their own language.
    translated = live.exclude(locale__language_code="fi").select_related("locale")
    assert translated.count() == 2 * len(TRANSLATIONS)
    for deed in translated:
        source = Deed.objects.get(translation_key=deed.translation_key, locale__language_code="fi")
        assert deed.title != source.title and deed.slug != source.slug
        assert deed.external_id is None and deed.organisation_id == source.organisation_id
        for relation in ("sectors", "themes"):
            terms = list(getattr(deed, relation).all())
            assert keys(terms) == keys(getattr(source, relation).all())
            assert {term.locale_id for term in terms} == {deed.locale_id}
        assert deed.first_published_at.year == source.year

    # Organisations across the country, and the campaign with its deeds.
    organisations = Organisation.objects.all()
    assert organisations.count() >= 20
    assert organisations.values("region").distinct().count() >= 12
    assert set(organisations.values_list("type", flat=True)) == set(Organisation.Type.values) - {"other"}
    campaign = Campaign.objects.get(slug="hyva-kiertamaan-2022")
    assert (campaign.year, campaign.starts_on, campaign.ends_on) == (
        2022,
        datetime.date(2022, 9, 1),
        CAMPAIGN["ends_on"],
    )
    campaign_deeds = campaign.deeds.filter(live=True, locale__language_code="fi")
    assert campaign_deeds.count() >= 25
    assert set(campaign_deeds.values_list("year", flat=True)) == {2022}

    # Published Finnish deeds are dated in their own year, newest first.
    finnish = list(live.filter(locale__language_code="fi"))
    assert all(timezone.localtime(deed.first_published_at).year == deed.year for deed in finnish)
    assert all(deed.latest_revision_id and deed.live_revision_id for deed in finnish)
    assert len({deed.first_published_at for deed in finnish}) == len(finnish)
    assert [deed.year for deed in finnish] == sorted((deed.year for deed in finnish), reverse=True)

    # Submitters' details exist only on the few submitted deeds, with consent and example addresses.
    submitted = Deed.objects.exclude(submitter_email="")
    assert set(submitted.values_list("origin", flat=True)) == {Deed.Origin.SUBMISSION}
    assert all(deed.privacy_consent and deed.submitter_email.endswith("@example.fi") for deed in submitted)
    assert live.filter(origin=Deed.Origin.SUBMISSION, locale__language_code="fi").count() >= 2
    assert live.filter(contact_is_public=True).exists() and live.filter(links__isnull=False).exists()

    # Two submissions wait for a moderator, with their workflow in progress.
    pending = Deed.objects.filter(live=False)
    assert pending.count() == len(PENDING) == 2
    for deed in pending:
        assert deed.origin == Deed.Origin.SUBMISSION and deed.latest_revision_id
        assert WorkflowState.objects.for_instance(deed).filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()

    # The demo moderator reaches the admin through the Moderators group.
    moderator = get_user_model().objects.get(username="moderaattori")
    assert moderator.check_password("moderaattori") and not moderator.is_staff
    assert list(moderator.groups.values_list("name", flat=True)) == [MODERATORS_GROUP]
    assert moderator.has_perm("wagtailadmin.access_admin") and moderator.has_perm("teot.publish_deed")

    # The marketplace page is live in every language, in the menu right after the page about the site.
    for code, slug in (("fi", "teot"), ("sv", "utvecklingsgarningar"), ("en", "deeds")):
        page = DeedIndexPage.objects.get(locale__language_code=code)
        assert page.live and page.show_in_menus and page.slug == slug
        assert page.intro and page.submit_intro and page.submit_thanks and page.statistics_intro
        assert page.privacy_notice.live and page.privacy_notice.locale_id == page.locale_id
        assert page.get_parent().specific_class.__name__ == "HomePage"
        assert page.get_prev_sibling().slug in {"tekojen-tori", "om-tekojen-tori", "about-tekojen-tori"}
    assert Page.objects.get(slug="etusivu").get_children().in_menu()[1].specific_class is DeedIndexPage

    assert "live deeds fi 65, sv 7, en 7" in summary and "2 waiting for moderation" in summary
    assert "“moderaattori” / “moderaattori”" in summary

    assert snapshot() == first


def test_demo_deeds_are_complete_and_consistent():
    """The data modules alone: every deed points at known terms and organisations, translations are whole."""
    organisations = {spec["name"] for spec in ORGANISATIONS}
    ids = [spec["id"] for spec in [*DEEDS, *PENDING]]
    assert len(ids) == len(set(ids))
    assert len({spec["title"] for spec in [*DEEDS, *PENDING]}) == len(ids)
    for spec in [*DEEDS, *PENDING]:
        assert spec["organisation"] in organisations
        assert 1 <= len(spec["sectors"]) <= 2 and set(spec["sectors"]) <= set(SECTORS)
        assert 1 <= len(spec["themes"]) <= 3 and set(spec["themes"]) <= set(THEMES)
        assert 2015 <= spec["year"] <= 2026
        assert all(spec[name].strip() for name in TEXT_FIELDS)
        assert len(spec["summary"]) <= 600
        assert all(link["url"].startswith("https://www.example.fi/") for link in spec.get("links", ()))
        if "contact_email" in spec:
            assert spec["contact_email"].endswith("@example.fi")
    assert len({spec["published"] for spec in DEEDS}) == len(DEEDS)  # a clear newest-first order
    for spec in DEEDS:
        published = spec["published"]
        assert published.year == spec["year"]
        if spec.get("campaign"):
            assert CAMPAIGN["starts_on"] <= published <= CAMPAIGN["ends_on"]
    by_id = {spec["id"]: spec for spec in DEEDS}
    for deed_id, languages in TRANSLATIONS.items():
        assert set(languages) == {"sv", "en"}
        spec = by_id[deed_id]
        for values in languages.values():
            assert all(values[name].strip() for name in TEXT_FIELDS)
            assert len(values.get("links", ())) == len(spec.get("links", ()))
            assert ("contact_name" in values) == ("contact_name" in spec)
            assert ("image_alt" in values) == ("image_alt" in spec)
