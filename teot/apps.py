from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TeotConfig(AppConfig):
    name = "teot"
    verbose_name = _("Deeds")

    def ready(self):
        from . import moderation_emails, signals
        from .moderation import ensure_moderation

        post_migrate.connect(ensure_moderation, sender=self)
        signals.connect()
        moderation_emails.connect()
