"""The gala demo content, loaded by ``manage.py load_demo_content`` after the deeds and the news.

Under every home page: the gala archive (in the menu after the news, webinars
and podcast); the award categories (the special award, and the sectors and
themes the awards use) in three languages; the Kuntatyö2030 gala of 2022 and the
smaller Kekseliäät kehittäjät recognition event of 2021, each with its jury and
awards, in Finnish, Swedish and English. Safe to run again: the archive is found
as the home page's gala archive, galas by their slug under it, translations by
translation key, categories by their Finnish name, awards by their deed or
organisation (and in translations by translation key); everything is updated in
place and published anew.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Page

from gaala.models import Award, AwardCategory, GalaIndexPage, GalaPage
from home.demo.builders import AppDemo, Context, reuse_rows
from home.demo.content import fields, stream
from teot.demo import place_after
from teot.models import Deed, Organisation

from .categories import SPECIAL, category_specs
from .galas import ARCHIVE, GALAS

LANGUAGES = ("fi", "sv", "en")
TRANSLATED = ("sv", "en")
# The archive follows the last of these that the home page has (by app label and model, so that gaala
# needs no import from uutiset): after the news, webinars and podcast, which uutiset keeps together.
MENU_ANCHORS = (("uutiset", "podcastpage"), ("uutiset", "webinarindexpage"), ("teot", "deedindexpage"))
# Galas are dated as they happened: the programme came out before the gala, the results right after it.
ANNOUNCED_BEFORE = datetime.timedelta(weeks=6)
RESULTS_AFTER = datetime.timedelta(days=1)


def load(command, homes, pages, images):
    GalaDemo(command, homes, pages, images).run()


class GalaDemo(AppDemo):
    def run(self):
        categories = self.ensure_categories()
        archives = self.ensure_archives()
        for spec in GALAS:
            self.ensure_gala(spec, archives, categories)
        self.refresh_pages()
        report(self.command, self.locales)

    # -- categories ---------------------------------------------------------------

    def ensure_categories(self):
        """key -> language -> category, for the special award and the sectors and themes the awards use."""
        used = {SPECIAL} | {award["category"] for gala in GALAS for award in gala["awards"]}
        categories = {}
        for key, (kind, sort_order, names) in category_specs().items():
            if key not in used:
                continue
            name = names["fi"][0]
            finnish = AwardCategory.objects.filter(locale=self.locales["fi"], name=name).first()
            if finnish is None:
                finnish = AwardCategory(locale=self.locales["fi"], name=name)
                self.count_created()
            finnish.kind, finnish.sort_order, finnish.description = kind, sort_order, names["fi"][1]
            finnish.save()
            categories[key] = {"fi": finnish}
            for code in TRANSLATED:
                locale = self.locales[code]
                name, description = names[code]
                translation = (
                    finnish.get_translation_or_none(locale)
                    # made by hand with the demo's name: make it the Finnish category's translation
                    or AwardCategory.objects.filter(locale=locale, name=name).first()
                )
                if translation is None:
                    translation = finnish.copy_for_translation(locale)
                    self.count_created()
                translation.translation_key = finnish.translation_key
                translation.name, translation.description = name, description
                translation.kind, translation.sort_order = kind, sort_order
                translation.save()
                categories[key][code] = translation
        return categories

    # -- pages --------------------------------------------------------------------

    def ensure_archives(self):
        """language -> the gala archive under that home page, in the menu after the news and events."""
        home = self.homes["fi"]
        finnish = GalaIndexPage.objects.child_of(home).first() or self.child(home, GalaIndexPage, ARCHIVE["fi"]["slug"])
        archives = {}
        for code in LANGUAGES:
            home = self.homes[code]
            page = finnish if code == "fi" else self.translation(archives["fi"], code)
            values = {**fields(ARCHIVE[code], self.context(code)), "show_in_menus": True}
            self.put(page, home, values)
            place_after(page, menu_anchor(home))
            archives[code] = GalaIndexPage.objects.get(pk=page.pk)  # fresh tree fields after the move
        return archives

    def ensure_gala(self, spec, archives, categories):
        deeds = live_deeds(award["deed"] for award in spec["awards"] if award.get("deed"))
        organisations = {
            organisation.name: organisation
            for organisation in Organisation.objects.filter(
                name__in=[award["organisation"] for award in spec["awards"] if award.get("organisation")]
            )
        }
        awarded = [
            (award, deeds.get(award.get("deed")), organisations.get(award.get("organisation")))
            for award in spec["awards"]
        ]
        finnish = self.child(archives["fi"], GalaPage, spec["fi"]["slug"])
        finnish_awards = {}
        for code in LANGUAGES:
            page = finnish if code == "fi" else self.translation(finnish, code)
            c = self.context(code)
            values = fields({**spec["page"], **spec[code]}, c)
            values.update({name: stream(blocks, c) for name, blocks in spec["streams"][code].items()})
            jury = reuse_rows(page, "jury", [{"name": name, "role": roles[code]} for name, roles in spec["jury"]])
            if code == "fi":
                awards = self.finnish_awards(page, awarded, categories)
            else:
                awards = self.translated_awards(page, awarded, finnish_awards, categories, code)
            self.put(page, archives[code], values, (("jury", jury), ("awards", awards)))
            date_publication(page, spec)
            if code == "fi":
                finnish_awards = {award_key(award): award for award in Award.objects.filter(page=page)}

    def context(self, code):
        return Context(code, self.pages, self.images)

    def finnish_awards(self, page, awarded, categories):
        """The Finnish gala's award rows, each found again by its deed or organisation."""
        existing = {award_key(award): award for award in page.awards.all()} if page.pk else {}
        rows = []
        for index, (spec, deed, organisation) in enumerate(awarded):
            award = existing.get(spec_key(deed, organisation)) or Award()
            award.deed, award.organisation = deed, organisation
            rows.append(self.fill_award(award, page, spec, categories[spec["category"]]["fi"], index, "fi"))
        return rows

    def translated_awards(self, page, awarded, finnish_awards, categories, code):
        """A translation's award rows: the Finnish award's translation key, deed and organisation, in its language.

        A copy made by copy_for_translation already holds rows with the Finnish keys; an award added to the
        Finnish gala later gets a new row here.
        """
        existing = {award.translation_key: award for award in page.awards.all()}
        rows = []
        for index, (spec, deed, organisation) in enumerate(awarded):
            source = finnish_awards[spec_key(deed, organisation)]
            award = existing.get(source.translation_key) or Award(translation_key=source.translation_key)
            award.deed, award.organisation = deed, organisation  # the same deed; visitors get its translation
            rows.append(self.fill_award(award, page, spec, categories[spec["category"]][code], index, code))
        return rows

    def fill_award(self, award, page, spec, category, index, code):
        award.locale_id = page.locale_id
        award.category = category
        award.rank = spec["rank"]
        award.citation = spec[code]
        award.sort_order = index
        try:
            award.clean()  # what the editor's form would say: no unpublished deeds
        except ValidationError as error:
            raise CommandError(f"{page.title} ({code}): invalid award: {error}") from error
        return award


# -- helpers ----------------------------------------------------------------------


def menu_anchor(home):
    for app_label, model in MENU_ANCHORS:
        anchor = (
            Page.objects.child_of(home)
            .filter(content_type__app_label=app_label, content_type__model=model)
            .order_by("path")
            .first()
        )
        if anchor is not None:
            return anchor
    return None


def live_deeds(external_ids):
    external_ids = set(external_ids)
    deeds = {deed.external_id: deed for deed in Deed.objects.filter(external_id__in=external_ids, live=True)}
    missing = external_ids - set(deeds)
    if missing:
        raise CommandError(f"Live demo deeds missing (load the teot demo first): {', '.join(sorted(missing))}.")
    return deeds


def spec_key(deed, organisation):
    return ("deed", deed.pk) if deed is not None else ("organisation", organisation.pk)


def award_key(award):
    return ("deed", award.deed_id) if award.deed_id else ("organisation", award.organisation_id)


def date_publication(page, spec):
    """Date the gala as it happened: announced weeks before, results published the day after."""
    now = timezone.now()
    GalaPage.objects.filter(pk=page.pk).update(
        first_published_at=min(spec["page"]["starts_at"] - ANNOUNCED_BEFORE, now),
        last_published_at=min(spec["page"]["ends_at"] + RESULTS_AFTER, now),
    )


def report(command, locales):
    live = GalaPage.objects.live()
    per_language = ", ".join(f"{code} {live.filter(locale=locales[code]).count()}" for code in LANGUAGES)
    finnish_categories = AwardCategory.objects.filter(locale=locales["fi"])
    kinds = ", ".join(
        f"{finnish_categories.filter(kind=kind).count()} {label}"
        for kind, label in (
            (AwardCategory.Kind.SPECIAL, "special"),
            (AwardCategory.Kind.SECTOR, "sector"),
            (AwardCategory.Kind.THEME, "theme"),
        )
    )
    galas = [
        f"{gala.year} {gala.awards.filter(deed__isnull=False).count()} to deeds"
        f" and {gala.awards.filter(deed__isnull=True).count()} to organisations"
        for gala in live.filter(locale=locales["fi"]).order_by("-year")
    ]
    command.stdout.write(
        f"Galas: {finnish_categories.count()} award categories in fi/sv/en ({kinds}); "
        f"galas {per_language}; Finnish awards {'; '.join(galas)}."
    )
