from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeotConfig(AppConfig):
    name = "teot"
    verbose_name = _("Deeds")
