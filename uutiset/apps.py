from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UutisetConfig(AppConfig):
    name = "uutiset"
    verbose_name = _("News and events")

    def ready(self):
        from uutiset import signals  # noqa: F401
