from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GaalaConfig(AppConfig):
    name = "gaala"
    verbose_name = _("Gala")
