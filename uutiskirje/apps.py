from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UutiskirjeConfig(AppConfig):
    name = "uutiskirje"
    verbose_name = _("Newsletter")
