from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from . import admin_security, two_factor
from .search.kinds import SearchKind


class ContentChecker(ContentCheckerItem):
    """Wagtail's accessibility checker, running the WCAG 2.1 A/AA rules editors can fix.

    The same item runs in the userbar on the live site and in the page editor's
    "Checks" panel. Wagtail's own rules (including alt-text quality) keep their
    messages; the rules added here get messages in Finnish, Swedish and English.
    """

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "area-alt",
        "color-contrast",
        "document-title",
        "duplicate-id-aria",
        "frame-title",
        "html-has-lang",
        "image-alt",
        "input-image-alt",
        "link-in-text-block",
        "list",
        "listitem",
        "object-alt",
        "role-img-alt",
        "svg-img-alt",
        "table-duplicate-name",
        "td-headers-attr",
        "th-has-data-cells",
        "valid-lang",
        "video-caption",
    ]

    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "area-alt": {
            "error_name": _("Image map area has no alternative text"),
            "help_text": _("Describe where each area of the image leads"),
        },
        "color-contrast": {
            "error_name": _("Text has too little contrast"),
            "help_text": _("Choose colours so that text stands out clearly from its background"),
        },
        "document-title": {
            "error_name": _("The page has no title"),
            "help_text": _("Give the page a descriptive title"),
        },
        "duplicate-id-aria": {
            "error_name": _("The same identifier is used twice"),
            "help_text": _("Anchors and labels must point to one element only"),
        },
        "html-has-lang": {
            "error_name": _("The page language is missing"),
            "help_text": _("Screen readers need the language to pronounce the text"),
        },
        "image-alt": {
            "error_name": _("Image has no alternative text"),
            "help_text": _("Describe the image, or mark it decorative"),
        },
        "input-image-alt": {
            "error_name": _("Image button has no alternative text"),
            "help_text": _("Say what the button does"),
        },
        "link-in-text-block": {
            "error_name": _("Link cannot be told apart from the text"),
            "help_text": _("Links in text must be underlined or otherwise distinct"),
        },
        "list": {
            "error_name": _("List is not built correctly"),
            "help_text": _("Use the editor's list tools for lists"),
        },
        "listitem": {
            "error_name": _("List item is outside a list"),
            "help_text": _("Use the editor's list tools for lists"),
        },
        "object-alt": {
            "error_name": _("Embedded object has no text alternative"),
            "help_text": _("Describe the embedded content"),
        },
        "role-img-alt": {
            "error_name": _("Graphic has no text alternative"),
            "help_text": _("Describe what the graphic shows"),
        },
        "svg-img-alt": {
            "error_name": _("Graphic has no text alternative"),
            "help_text": _("Describe what the graphic shows"),
        },
        "table-duplicate-name": {
            "error_name": _("Table caption repeats its summary"),
            "help_text": _("Give the table a caption that names its content"),
        },
        "td-headers-attr": {
            "error_name": _("Table cells refer to missing headers"),
            "help_text": _("Mark the first row or column as headers"),
        },
        "th-has-data-cells": {
            "error_name": _("Table header describes no cells"),
            "help_text": _("Remove empty header rows or columns"),
        },
        "valid-lang": {
            "error_name": _("Text has an invalid language"),
            "help_text": _("Use language codes such as fi, sv or en"),
        },
        "video-caption": {
            "error_name": _("Video has no captions"),
            "help_text": _("Add captions so that deaf and hard-of-hearing people can follow"),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_site_content_checker(request, items, page):
    items[:] = [
        ContentChecker(in_editor=item.in_editor) if isinstance(item, ContentCheckerItem) else item for item in items
    ]


@hooks.register("register_search_kind")
def page_search_kind():
    """Every page no other kind claims: the home page, standard pages, forms, the marketplace…"""
    return SearchKind("pages", _("Other pages"), _("Page"), fallback=True, order=90)


# -- a guarded admin (home/admin_security.py, home/two_factor.py) ---------------------------


@hooks.register("register_admin_urls", order=-1)  # before wagtail.contrib.forms' own "forms/"
def admin_security_urls():
    return [
        path("two-factor/", two_factor.SetupView.as_view(), name=two_factor.SETUP_URL_NAME),
        path("two-factor/verify/", two_factor.VerifyView.as_view(), name=two_factor.VERIFY_URL_NAME),
        path("forms/", admin_security.FormPagesIndexView.as_view(), name="form_pages_index"),
        path(
            "forms/results/",
            admin_security.FormPagesIndexView.as_view(results_only=True),
            name="form_pages_index_results",
        ),
    ]


hooks.register("register_account_menu_item", two_factor.account_menu_item)
hooks.register("filter_form_submissions_for_user", admin_security.form_submissions_for_user)
