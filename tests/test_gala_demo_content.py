"""The demo command builds the gala archive, the 2022 and 2021 galas and their award categories in three languages."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from gaala.demo.galas import GALAS
from gaala.models import Award, AwardCategory, GalaIndexPage, GalaPage, JuryMember
from home.models import HomePage
from teot.models import Sector, Theme
from tests.demo import GROUP, of_module
from tests.utils import soup

LANGUAGES = ("fi", "sv", "en")
TRANSLATED = ("sv", "en")
ARCHIVE_SLUGS = {"fi": "gaala", "sv": "gala", "en": "gala"}
SPECIAL_NAMES = {
    "fi": "Suomen kekseliäin kunta",
    "sv": "Finlands mest uppfinningsrika kommun",
    "en": "Finland's most inventive municipality",
}
HELSINKI = datetime.timezone(datetime.timedelta(hours=2))  # Finnish winter time, when both galas took place


def snapshot():
    """Everything a second run could duplicate, move or renumber."""
    return {
        "pages": sorted(Page.objects.values_list("pk", "locale__language_code", "path", "url_path", "live")),
        "categories": sorted(
            AwardCategory.objects.values_list("pk", "locale__language_code", "translation_key", "name", "sort_order")
        ),
        "awards": sorted(
            Award.objects.values_list(
                "pk", "page_id", "locale__language_code", "translation_key", "category_id", "deed_id", "organisation_id"
            )
        ),
        "jury": sorted(JuryMember.objects.values_list("pk", "page_id", "name", "role")),
    }


@pytest.fixture(scope="module")
def demo(demo_run_twice):
    return of_module(demo_run_twice, __name__)


pytestmark = [pytest.mark.django_db, GROUP]


def gala(year, code="fi"):
    return GalaPage.objects.live().get(year=year, locale__language_code=code)


def sentences(citation):
    return citation.count(". ") + citation.endswith(".")


def test_a_second_run_creates_nothing_new(demo):
    assert snapshot() == demo["first"]
    assert "Demo content ready: 0 objects created" in demo["again"]


def test_the_command_reports_what_it_made(demo):
    deed_awards = sum("deed" in award for award in GALAS[0]["awards"])
    assert "Galas: 17 award categories in fi/sv/en (1 special, 9 sector, 7 theme)" in demo["output"]
    assert "galas fi 2, sv 2, en 2" in demo["output"]
    assert f"2022 {deed_awards} to deeds and 1 to organisations; 2021 5 to deeds" in demo["output"]


def test_the_2022_gala_awards_campaign_deeds_in_their_own_sector_or_theme(demo):
    page = gala(2022)
    assert page.title == "Kuntatyö2030-gaala 2022" and page.get_parent().specific_class is GalaIndexPage
    starts_at = page.starts_at.astimezone(HELSINKI)
    assert (starts_at.year, starts_at.month) == (2022, 11) and page.ends_at > page.starts_at
    assert page.venue and page.stream_url.startswith("https://") and page.intro
    assert len(page.programme) >= 2 and page.results_are_public(timezone.now())
    results = str(page.results_intro)
    assert "49" in results and "183" in results and "Limingan kunta" in results
    assert 3 <= page.jury.count() <= 4 and all(member.role for member in page.jury.all())

    awards = list(page.awards.select_related("category", "deed__campaign"))
    to_deeds = [award for award in awards if award.deed_id]
    assert len(to_deeds) >= 12 and len({award.deed_id for award in to_deeds}) == len(to_deeds)
    ranks = [award.rank for award in to_deeds]
    assert ranks.count(Award.Rank.HONOURABLE_MENTION) >= 2 and ranks.count(Award.Rank.WINNER) > len(ranks) / 2
    for award in to_deeds:
        deed = award.deed
        assert deed.live and deed.locale_id == page.locale_id and deed.campaign.name == "Hyvä kiertämään"
        assert 2 <= sentences(award.citation) <= 4
        terms = deed.sectors if award.category.kind == AwardCategory.Kind.SECTOR else deed.themes
        assert award.category.name in {term.name for term in terms.all()}, deed.title
    kinds = {award.category.kind for award in to_deeds}
    assert kinds == {AwardCategory.Kind.SECTOR, AwardCategory.Kind.THEME}


def test_liminka_is_finlands_most_inventive_municipality(demo):
    (award,) = gala(2022).awards.filter(category__kind=AwardCategory.Kind.SPECIAL)
    assert award.deed is None and award.organisation.name == "Limingan kunta"
    assert award.category.name == SPECIAL_NAMES["fi"] and award.rank == Award.Rank.WINNER
    assert 2 <= sentences(award.citation) <= 4


def test_the_2021_recognitions_are_smaller_and_reward_deeds_of_2021(demo):
    page = gala(2021)
    assert "Kekseliäät kehittäjät" in page.title and page.starts_at.astimezone(HELSINKI).year == 2021
    awards = list(page.awards.select_related("deed"))
    assert 4 <= len(awards) < gala(2022).awards.count()
    assert all(award.deed.live and award.deed.year == 2021 and award.citation for award in awards)


def test_categories_by_sector_and_theme_and_the_special_award_exist_in_three_languages(demo):
    finnish = list(AwardCategory.objects.filter(locale__language_code="fi"))
    names = {kind: {category.name for category in finnish if category.kind == kind} for kind in AwardCategory.Kind}
    for kind, model in ((AwardCategory.Kind.SECTOR, Sector), (AwardCategory.Kind.THEME, Theme)):
        assert names[kind] == {term.name for term in model.objects.filter(locale__language_code="fi")}
    assert names[AwardCategory.Kind.SPECIAL] == {SPECIAL_NAMES["fi"]}
    assert min(finnish, key=lambda category: category.sort_order).kind == AwardCategory.Kind.SPECIAL
    for category in finnish:
        for code in TRANSLATED:
            translation = category.get_translation(Locale.objects.get(language_code=code))
            assert translation.kind == category.kind and translation.sort_order == category.sort_order
            assert translation.name != category.name and translation.description
            if category.kind == AwardCategory.Kind.SPECIAL:
                assert translation.name == SPECIAL_NAMES[code]


def test_translated_galas_are_live_with_the_finnish_awards_in_their_language(demo):
    for code in TRANSLATED:
        archive = GalaIndexPage.objects.get(locale__language_code=code)
        assert archive.live and archive.slug == ARCHIVE_SLUGS[code] and archive.intro
        for year in (2022, 2021):
            source, page = gala(year), gala(year, code)
            assert page.translation_key == source.translation_key and page.get_parent().pk == archive.pk
            assert (page.starts_at, page.ends_at, page.stream_url) == (
                source.starts_at,
                source.ends_at,
                source.stream_url,
            )
            assert page.title != source.title and page.slug != source.slug and page.intro != source.intro
            assert str(page.results_intro) != str(source.results_intro) and str(page.programme) != str(source.programme)
            assert [member.name for member in page.jury.all()] == [member.name for member in source.jury.all()]
            originals = list(source.awards.select_related("category"))
            translations = list(page.awards.select_related("category"))
            assert [award.translation_key for award in translations] == [award.translation_key for award in originals]
            for original, award in zip(originals, translations, strict=True):
                assert award.locale_id == page.locale_id and award.category.locale_id == page.locale_id
                assert award.category.translation_key == original.category.translation_key
                assert (award.deed_id, award.organisation_id, award.rank) == (
                    original.deed_id,
                    original.organisation_id,
                    original.rank,
                )
                assert award.citation and award.citation != original.citation


def test_the_archive_follows_the_news_and_events_in_every_menu(demo):
    for code in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=code)
        menu = [page.specific_class.__name__ for page in home.get_children().live().in_menu()]
        assert menu[menu.index("GalaIndexPage") - 3 : menu.index("GalaIndexPage") + 1] == [
            "NewsIndexPage",
            "WebinarIndexPage",
            "PodcastPage",
            "GalaIndexPage",
        ]


def test_the_archive_and_the_galas_answer_in_every_language(demo, client):
    galas = list(GalaPage.objects.live().select_related("locale"))
    pages = [*GalaIndexPage.objects.live().select_related("locale"), *galas]
    assert len(pages) == 3 * len(LANGUAGES)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        document = soup(response)
        assert document.html["lang"] == page.locale.language_code, page.url
        if page in galas:  # over long ago: the results are public
            text = " ".join(document.get_text().split())
            special = page.awards.select_related("category").order_by("sort_order").first()
            assert special.category.name in text and special.citation in text, page.url
