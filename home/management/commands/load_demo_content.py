"""Build the demo site: pages in Finnish, Swedish and English, images, settings, footer and an admin user.

Run ``manage.py load_demo_content`` on an empty or freshly migrated database.
Running it again updates everything in place: pages are found by their slug and
locale (translations through their translation key), images by title, the
footer texts by locale, so nothing is duplicated.

All facts come from the programme's source documents (Kunteko 2020,
Kuntatyö2030, Tekry); the wording is our own.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import module_has_submodule
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.fields import StreamField
from wagtail.models import Collection, Locale, Page, Site

from home.demo.builders import CONTACT_EMAIL, CONTACT_PHONE, LANGUAGES, SITE_NAME, Context
from home.demo.images import IMAGES, ensure_image
from home.demo.site import FOOTER_TEXTS, PAGES, SKELETON_FIELDS, page_values
from home.models import FooterText, FormField, HomePage, SiteSettings


def heading_levels(stream_data):
    """Headings as the page will render them: heading blocks, and accordions with a title (an h2)."""
    for block in stream_data:
        if block["type"] == "heading":
            yield int(block["value"]["level"][1])
        elif block["type"] == "accordion" and block["value"].get("heading"):
            yield 2


class Command(BaseCommand):
    help = "Build the demo site (pages in fi/sv/en, images, settings, footer, admin user). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force-production",
            action="store_true",
            help="Run even under the production settings. Creates the user admin with the password admin.",
        )

    def handle(self, *args, **options):
        if settings.PRODUCTION and not options["force_production"]:
            raise CommandError(
                "Refusing to load the demo content under the production settings: it creates the "
                "superuser admin with the password admin. Pass --force-production to load it anyway "
                "(a benchmark or a throw-away instance), then change that password or remove the user."
            )
        self.counts = {"created": 0, "updated": 0}
        with transaction.atomic():
            locales = self.ensure_locales()
            root = self.ensure_root(locales["fi"])
            images = self.ensure_images()
            home = self.ensure_home(root, locales["fi"])
            site = self.ensure_site(home)
            pages = self.ensure_pages(home, locales)
            self.add_app_pages(pages)
            self.fill_pages(pages, images)
            self.ensure_settings(site, pages, images)
            self.ensure_footer_texts(locales)
            self.load_app_demos(pages, images)
            admin_created = self.ensure_admin()
        self.report(locales, admin_created)

    # -- foundations ----------------------------------------------------------

    def ensure_locales(self):
        return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}

    def ensure_root(self, finnish):
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=finnish))
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        return root

    def ensure_images(self):
        images = {}
        for key, spec in IMAGES.items():
            images[key], created = ensure_image(spec, quality=85)
            self.counts["created"] += created
        return images

    def ensure_home(self, root, finnish):
        home = HomePage.objects.child_of(root).filter(locale=finnish, slug="etusivu").first()
        if home is None:
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            candidate = site.root_page.specific if site else None
            if isinstance(candidate, HomePage) and candidate.locale_id == finnish.pk:
                home = candidate
        if home is None:
            home = HomePage(title=SITE_NAME, slug="etusivu", locale=finnish, live=False)
            root.add_child(instance=home)
            self.counts["created"] += 1
        return home

    def ensure_site(self, home):
        site = (
            Site.objects.filter(is_default_site=True).first()
            or Site.objects.filter(hostname="localhost", port=80).first()
            or Site(hostname="localhost", port=80)
        )
        site.hostname = "localhost"
        site.port = 80
        site.is_default_site = True
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
        return site

    # -- pages ----------------------------------------------------------------

    def ensure_pages(self, home, locales):
        """Find or create every page (Finnish first, then the translations), without content yet."""
        pages = {code: {} for code in LANGUAGES}
        pages["fi"]["home"] = home
        for spec in PAGES[1:]:
            parent = pages["fi"][spec.parent]
            slug, title = spec.names["fi"]
            page = Page.objects.child_of(parent).filter(slug=slug).first()
            if page is not None and page.specific_class is not spec.model:
                raise CommandError(f"{page.url_path} is a {page.specific_class.__name__}, not a {spec.model.__name__}.")
            if page is None:
                page = spec.model(
                    title=title, slug=slug, locale=locales["fi"], live=False, **SKELETON_FIELDS.get(spec.model, {})
                )
                parent.add_child(instance=page)
                self.counts["created"] += 1
            pages["fi"][spec.key] = page.specific
        for code in LANGUAGES[1:]:
            for spec in PAGES:
                source = pages["fi"][spec.key]
                translation = source.get_translation_or_none(locales[code])
                if translation is None:
                    translation = source.copy_for_translation(locales[code])
                    self.counts["created"] += 1
                pages[code][spec.key] = translation.specific
        return pages

    def fill_pages(self, pages, images):
        for code in LANGUAGES:
            for spec in PAGES:
                # Reload: publishing a parent may have changed the tree since the page was fetched.
                page = spec.model.objects.get(pk=pages[code][spec.key].pk)
                pages[code][spec.key] = page
                context = Context(code, pages, images)
                values = page_values(spec, context)
                values.setdefault("social_image", images["hero"])
                self.fill_page(page, values)

    def fill_page(self, page, values):
        form_fields = values.pop("form_fields", None)
        for name, value in values.items():
            setattr(page, name, value)
        if form_fields is not None:
            self.set_form_fields(page, form_fields)
        self.validate_streams(page)
        revision = page.save_revision(clean=True)
        revision.publish()
        self.counts["updated"] += 1

    def set_form_fields(self, page, specs):
        """Replace the form's fields, reusing the existing rows so that ids stay stable between runs."""
        existing = list(page.form_fields.order_by("sort_order", "pk"))
        fields = []
        for index, spec in enumerate(specs):
            form_field = existing[index] if index < len(existing) else FormField()
            for name, value in spec.items():
                setattr(form_field, name, value)
            form_field.default_value = ""
            form_field.clean_name = get_field_clean_name(spec["label"])
            form_field.sort_order = index
            fields.append(form_field)
        page.form_fields = fields

    def validate_streams(self, page):
        for model_field in page._meta.get_fields():
            if not isinstance(model_field, StreamField):
                continue
            value = getattr(page, model_field.name)
            try:
                model_field.stream_block.clean(value)
            except ValidationError as error:
                raise CommandError(f"{page.title} ({page.locale}): invalid {model_field.name}: {error}") from error
            previous = 1  # the page title is the h1
            for level in heading_levels(value.raw_data):
                if level > previous + 1:
                    raise CommandError(f"{page.title} ({page.locale}): heading level h{level} follows h{previous}.")
                previous = level

    def app_demos(self):
        """Every other project app's demo package (``<app>/demo``), in the order of INSTALLED_APPS.

        Found by name, so this app never imports the apps that stand on it.
        """
        for app_config in apps.get_app_configs():
            if app_config.name != "home" and module_has_submodule(app_config.module, "demo"):
                yield import_module(f"{app_config.name}.demo")

    def add_app_pages(self, pages):
        """Let an app put in ``pages`` the pages of its own that the site's texts link to (its demo's optional
        ``add_pages``), before those texts are filled in; the app fills its pages with the rest of its demo."""
        for demo in self.app_demos():
            if hasattr(demo, "add_pages"):
                demo.add_pages(self, pages)

    def load_app_demos(self, pages, images):
        """Let every other project app add its own demo content (``<app>/demo``'s ``load``)."""
        for demo in self.app_demos():
            demo.load(self, homes={code: pages[code]["home"] for code in LANGUAGES}, pages=pages, images=images)

    # -- settings, footer, admin ---------------------------------------------

    def ensure_settings(self, site, pages, images):
        settings = SiteSettings.for_site(site)
        settings.contact_email = CONTACT_EMAIL
        settings.contact_phone = CONTACT_PHONE
        settings.accessibility_statement = pages["fi"]["seloste"]
        settings.privacy_notice = pages["fi"]["tietosuoja"]
        settings.linkedin_url = "https://www.linkedin.com/company/tekojentori"
        settings.facebook_url = "https://www.facebook.com/tekojentori"
        settings.instagram_url = ""
        settings.youtube_url = "https://www.youtube.com/@tekojentori"
        settings.share_image = images["network"]  # for pages without an image of their own
        settings.save()

    def ensure_footer_texts(self, locales):
        finnish = FooterText.objects.filter(locale=locales["fi"]).order_by("pk").first()
        if finnish is None:
            finnish = FooterText(locale=locales["fi"])
            self.counts["created"] += 1
        finnish.body = FOOTER_TEXTS["fi"]
        finnish.save()
        for code in LANGUAGES[1:]:
            footer = finnish.get_translation_or_none(locales[code])
            if footer is None:
                footer = FooterText.objects.filter(locale=locales[code]).order_by("pk").first()
                if footer is None:
                    footer = finnish.copy_for_translation(locales[code])
                    self.counts["created"] += 1
                else:  # made by hand: make it the translation of the Finnish text
                    footer.translation_key = finnish.translation_key
            footer.body = FOOTER_TEXTS[code]
            footer.save()

    def ensure_admin(self):
        user_model = get_user_model()
        if user_model.objects.filter(username="admin").exists():
            return False
        user_model.objects.create_superuser("admin", "admin@example.fi", "admin")  # demo only
        return True

    def report(self, locales, admin_created):
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {self.counts['created']} objects created, "
                f"{self.counts['updated']} pages published."
            )
        )
        for code, locale in locales.items():
            pages = Page.objects.filter(locale=locale, depth__gt=1)
            self.stdout.write(f"  {code}: {pages.count()} pages ({pages.live().count()} live)")
        if admin_created:
            self.stdout.write(
                f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ – username “admin”, password “admin” (change it!)"
            )
        else:
            self.stdout.write(
                f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ – the existing user “admin” was left as it was."
            )
