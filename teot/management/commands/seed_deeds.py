"""Fill the marketplace with generated deeds, to see how the site behaves at scale.

    manage.py seed_deeds [--deeds 10000] [--clear]

Makes live, published Finnish deeds with generated text (``home.sample_text``), spread over the
organisations (the existing ones and some generated ones), regions, sectors, themes, campaigns
and years; about one in ten gets a Swedish and one in twenty an English translation. Everything
is written in bulk and added to the search index as it goes. Running it again only adds what is
missing up to ``--deeds``; ``--clear`` first removes every generated deed (and nothing else).
For a scratch or benchmark database, never production: the deeds are not moderated.
"""

import datetime
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.search.backends import get_search_backends
from wagtail.search.models import IndexEntry

from home import invalidation
from home.sample_text import PLACES, FinnishText
from teot.models import Campaign, Deed, Organisation, Sector, Theme
from teot.regions import Region

# Generated Finnish deeds carry this prefix in external_id (never shown); translations share their key.
MARK = "seed-"
BATCH = 2000
YEARS = (2012, 2026)
TRANSLATION_SHARE = {"sv": 0.1, "en": 0.05}
ORGANISATION_KINDS = [
    ("{place} kunta", Organisation.Type.MUNICIPALITY),
    ("{place} seudun kuntayhtymä", Organisation.Type.JOINT_AUTHORITY),
    ("{place} Tilapalvelut Oy", Organisation.Type.MUNICIPAL_COMPANY),
]
CAMPAIGNS = [("Tekojen viikko", year) for year in range(2016, 2026, 3)] + [("Hyvä kiertämään", 2024)]
# Translations need no variety: the Finnish analyser never reads them.
TRANSLATED_TEXT = {
    "sv": {
        "title": "Utvecklingsgärning {n}: arbetshälsa i vardagen",
        "summary": "Arbetsgemenskapen förnyade sina arbetssätt tillsammans med personalen.",
        "goal": "Målet var att minska brådskan och förbättra arbetshälsan.",
        "actions": "Under försöket hölls {n} workshoppar där man kom överens om gemensamma spelregler.",
        "results": "Sjukfrånvaron minskade och kundernas respons blev bättre.",
        "tips": "Börja i liten skala och ta med hela personalen i planeringen.",
    },
    "en": {
        "title": "Development deed {n}: wellbeing at work every day",
        "summary": "The work community renewed its ways of working together with the staff.",
        "goal": "The aim was to reduce haste and improve wellbeing at work.",
        "actions": "During the trial, {n} workshops were held to agree on shared ground rules.",
        "results": "Sickness absences fell and customer feedback improved.",
        "tips": "Start small and bring the whole staff into the planning.",
    },
}


class Command(BaseCommand):
    help = "Generate live deeds with Finnish text (and some translations), indexed for search, for scale tests."

    def add_arguments(self, parser):
        parser.add_argument("--deeds", type=int, default=10_000, help="generated Finnish deeds wanted in all")
        parser.add_argument("--clear", action="store_true", help="remove the generated deeds first")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, **options):
        if options["deeds"] < 0:
            raise CommandError("--deeds cannot be negative.")
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        if "fi" not in self.locales:
            raise CommandError("There is no Finnish locale: run migrate and load_demo_content first.")
        if options["clear"]:
            self.stdout.write(f"Removed {clear()} generated deeds (all languages).")
        existing = Deed.objects.filter(external_id__startswith=MARK).count()
        wanted = options["deeds"] - existing
        if wanted > 0:
            self.seed(existing, wanted, options["seed"])
            self.stdout.write(f"Added {wanted} generated Finnish deeds (and their translations).")
        self.stdout.write(f"Generated Finnish deeds: {max(existing, options['deeds'])}.")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh planner statistics after a bulk load, as autovacuum would give
        invalidation.changed("deeds")

    def seed(self, start, count, seed):
        text = FinnishText(seed + start)  # another run continues with other text
        pick = text.random
        organisations = list(generated_organisations(pick)) + list(Organisation.objects.filter(is_approved=True))
        campaigns = list(generated_campaigns())
        terms = {model: taxonomy(model, self.locales) for model in (Sector, Theme)}
        for first in range(start, start + count, BATCH):
            deeds, links = [], []
            for number in range(first, min(first + BATCH, start + count)):
                year = pick.randint(*YEARS)
                published = timezone.make_aware(
                    datetime.datetime(year, 1, 1) + datetime.timedelta(minutes=pick.randrange(365 * 24 * 60))
                )
                campaign = pick.choice(campaigns) if pick.random() < 0.3 else None
                fields = {
                    **text.deed(),
                    "organisation": pick.choice(organisations),
                    "unit": f"{pick.choice(PLACES)[0]} {pick.choice(['tiimi', 'yksikkö', 'palvelualue'])}",
                    "campaign": campaign,
                    "year": campaign.year if campaign else year,
                    "live": True,
                    "has_unpublished_changes": False,
                    "first_published_at": published,
                    "last_published_at": published,
                    "origin": Deed.Origin.EDITOR,
                }
                chosen = {
                    Sector: pick.sample(terms[Sector]["fi"], pick.randint(1, 2)),
                    Theme: pick.sample(terms[Theme]["fi"], pick.randint(1, 3)),
                }
                key = uuid.uuid4()
                slug = f"{slugify(fields['title'])[:150]}-{number}"
                finnish = Deed(
                    translation_key=key, locale=self.locales["fi"], slug=slug, external_id=f"{MARK}{number}", **fields
                )
                deeds.append(finnish)
                links.append((finnish, chosen))
                for language, share in TRANSLATED_TEXT.items():
                    if language in self.locales and pick.random() < TRANSLATION_SHARE[language]:
                        texts = {name: value.format(n=number) for name, value in share.items()}
                        translated = Deed(
                            translation_key=key,
                            locale=self.locales[language],
                            slug=f"{slugify(texts['title'])}-{number}",
                            **{**fields, **texts},
                        )
                        deeds.append(translated)
                        links.append((translated, translate_terms(chosen, terms, language)))
            with transaction.atomic():
                Deed.objects.bulk_create(deeds)
                for model, relation in ((Sector, "sectors"), (Theme, "themes")):
                    through = getattr(Deed, relation).through
                    column = f"{model._meta.model_name}_id"
                    through.objects.bulk_create(
                        through(deed_id=deed.pk, **{column: term.pk})
                        for deed, chosen in links
                        for term in chosen[model]
                    )
                for backend in get_search_backends():
                    backend.add_bulk(Deed, deeds)
            self.stdout.write(f"  {min(first + BATCH, start + count) - start}/{count}")


def generated_organisations(pick):
    regions = list(Region)
    for place, _iness in PLACES:
        region = pick.choice(regions)
        for name, kind in ORGANISATION_KINDS:
            yield Organisation.objects.get_or_create(
                name=name.format(place=place), defaults={"type": kind, "region": region}
            )[0]


def generated_campaigns():
    for name, year in CAMPAIGNS:
        yield Campaign.objects.get_or_create(
            slug=f"{slugify(name)}-{year}", defaults={"name": f"{name} {year}", "year": year}
        )[0]


def taxonomy(model, locales):
    """``{language: [terms]}`` in the Finnish list's order, the Finnish term where there is no translation."""
    terms = list(model.objects.all())
    finnish = [term for term in terms if term.locale_id == locales["fi"].pk]
    by_key = {(term.translation_key, term.locale_id): term for term in terms}
    return {
        code: [by_key.get((term.translation_key, locale.pk), term) for term in finnish]
        for code, locale in locales.items()
    }


def translate_terms(chosen, terms, language):
    return {
        model: [terms[model][language][terms[model]["fi"].index(term)] for term in picked]
        for model, picked in chosen.items()
    }


def clear():
    """Remove every generated deed, its translations, term links and index entries; returns how many deeds."""
    keys = Deed.objects.filter(external_id__startswith=MARK).values("translation_key")
    deeds = Deed.objects.filter(translation_key__in=keys)
    ids = list(deeds.values_list("pk", flat=True))
    with transaction.atomic():
        for relation in ("sectors", "themes"):
            getattr(Deed, relation).through.objects.filter(deed_id__in=deeds.values("pk")).delete()
        IndexEntry.objects.filter(
            content_type__app_label="teot", content_type__model="deed", object_id__in=[str(pk) for pk in ids]
        ).delete()
        # Generated deeds have no revisions, links or workflow states to cascade to: one DELETE, not 100 000 signals.
        deeds._raw_delete(deeds.db)
    return len(ids)
