from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GaalaConfig(AppConfig):
    name = "gaala"
    verbose_name = _("Gala")

    def ready(self):
        # The awards' changes renew the deeds' caches; what the galas add to teot's pages is in wagtail_hooks.py.
        from . import signals

        signals.connect()
