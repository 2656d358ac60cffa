"""Sending a test of an issue to oneself, from the issue's edit view.

The test is the issue's latest saved version (the editor autosaves as one types) as a subscriber would
get it, with "[TEST]" before its subject and an unsubscribe link that leads nowhere.
"""

import smtplib

from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem

from .models import NewsletterIssuePage
from .rendering import render_issue

URL_NAME = "newsletter_send_test"


@require_POST
def send_test(request, page_id):
    page = get_object_or_404(NewsletterIssuePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        # A plain 403: Wagtail would turn PermissionDenied into a redirect to the dashboard.
        return HttpResponseForbidden()
    address = request.user.email
    if not address:
        messages.error(request, _("Your account has no email address. Add one in your account settings."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    email = render_issue(page.get_latest_revision_as_object())
    message = email.message(address, "#")
    with translation.override(email.language):  # the subject's language
        message.subject = _("[TEST] %(subject)s") % {"subject": email.subject}
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        messages.error(request, _("The test could not be sent: %(error)s") % {"error": error})
    else:
        messages.success(request, _("Test sent to %(address)s.") % {"address": address})
    return redirect("wagtailadmin_pages:edit", page.pk)


urlpatterns = [path("newsletter/test/<int:page_id>/", send_test, name=URL_NAME)]


class SendTestMenuItem(ActionMenuItem):
    """A button in the edit view's action menu; it posts the edit form (for its CSRF token) to ``send_test``."""

    label = gettext_lazy("Send a test to me")
    icon_name = "mail"
    template_name = "uutiskirje/admin/send_test_menu_item.html"
    order = 100

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and isinstance(page, NewsletterIssuePage)
            and super().is_shown(context)  # not on a page locked for this editor
            and self.get_user_page_permissions_tester(context).can_edit()
        )

    def get_url(self, parent_context):
        return reverse(URL_NAME, args=[parent_context["page"].pk])
