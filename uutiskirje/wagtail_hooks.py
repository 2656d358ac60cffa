"""The newsletter in the admin: subscribers (a list to search and filter, a CSV export, and deletion,
which removes the person's data; only for groups that may view subscribers), an issue's test send and
its sending (admin_views.py; with the permission to send).

Addresses come only through the public form, which records consent: an address is not added here.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, test_send
from .models import NewsletterIssuePage, Subscriber


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


# -- sending an issue (uutiskirje/admin_views.py) ------------------------------------------------


@hooks.register("register_admin_urls")
def sending_urls():
    return [
        path("newsletter/send/<int:page_id>/", admin_views.SendView.as_view(), name="newsletter_send"),
        path("newsletter/sendings/<int:pk>/", admin_views.MailingView.as_view(), name="newsletter_mailing"),
    ]


@hooks.register("register_page_header_buttons")
def send_button(page, user, view_name, next_url=None):
    if page.specific_class is NewsletterIssuePage and user.has_perm(admin_views.PERMISSION):
        url = reverse("newsletter_send", args=[page.pk])
        yield PageMenuItem(_("Send to subscribers"), url, icon_name="mail", priority=40, page=page)


# -- a test of an issue to oneself (uutiskirje/test_send.py) ----------------------------------------


@hooks.register("register_admin_urls")
def test_send_urls():
    return test_send.urlpatterns


@hooks.register("register_page_action_menu_item")
def test_send_menu_item():
    return test_send.SendTestMenuItem()
