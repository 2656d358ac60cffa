"""The subscribers in the admin: a list to search and filter, a CSV export, and deletion (which removes
the person's data). Only people whose group may view subscribers see any of it.

Addresses come only through the public form, which records consent: an address is not added here.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Subscriber


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    menu_order = 160
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["email", "language", "status", "confirmed_at", "created_at"]
    list_filter = ["status", "language"]
    list_per_page = 50
    search_fields = ["email"]
    search_backend_name = None  # the database, not the site's search index: no addresses there
    list_export = [
        *["email", "language", "status", "all_topics", "sector_names", "theme_names"],
        *["consent_version", "consent_source", "consented_at", "confirmed_at", "unsubscribed_at", "created_at"],
    ]
    export_headings = {"sector_names": _("Sectors"), "theme_names": _("Themes")}
    export_filename = "uutiskirjeen-tilaajat"
    panels = [
        FieldPanel("email", read_only=True),
        FieldPanel("status"),
        FieldPanel("language"),
        MultiFieldPanel([FieldPanel("all_topics"), FieldPanel("sectors"), FieldPanel("themes")], heading=_("Topics")),
        MultiFieldPanel(
            [
                FieldPanel("consent_text", read_only=True),
                FieldPanel("consent_version", read_only=True),
                FieldPanel("consent_source", read_only=True),
                FieldPanel("consented_at", read_only=True),
                FieldPanel("confirmed_at", read_only=True),
                FieldPanel("unsubscribed_at", read_only=True),
            ],
            heading=_("Consent"),
        ),
    ]

    def get_queryset(self, request):
        return Subscriber.objects.prefetch_related("sectors", "themes")


register_snippet(SubscriberViewSet)
