from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")

    def ready(self):
        from wagtail import hooks

        # Receivers that keep the cached page frame and routes fresh.
        from home import frame, locales, routing  # noqa: F401

        from . import http_cache, signals

        signals.connect()
        # Every staff CSV export in the admin neutralises spreadsheet formulas (home/csv_safety.py).
        from .csv_safety import protect_admin_exports

        protect_admin_exports()
        # ... and is written in the editor's admin language, although Wagtail streams it (home/export_language.py).
        from .export_language import keep_language_in_csv_exports

        keep_language_in_csv_exports()
        hooks.register("before_serve_page", http_cache.record_page_topics)
