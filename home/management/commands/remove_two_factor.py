"""Turn off a user's two-step verification, e.g. after they lost their phone."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove a user's two-step verification devices; they set it up again at their next sign-in if required."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get_by_natural_key(username)
        except user_model.DoesNotExist as error:
            raise CommandError(f"No user “{username}”.") from error
        count, _details = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {count} two-step verification device(s) of “{username}”.")
