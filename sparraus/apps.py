from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SparrausConfig(AppConfig):
    name = "sparraus"
    verbose_name = _("Coaching")

    def ready(self):
        from . import signals

        signals.connect()
