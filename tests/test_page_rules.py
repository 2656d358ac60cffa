"""Where each page type may live in the tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from gaala.models import GalaIndexPage, GalaPage
from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage
from teot.models import DeedIndexPage
from uutiset.models import NewsIndexPage, PodcastPage, WebinarIndexPage

CONTENT_PAGES = {StandardPage, FormPage, AccessibilityStatementPage}


class PageTypeRulesTests(WagtailPageTestCase):
    def test_only_home_pages_sit_at_the_top_of_the_tree(self):
        # Wagtail lists its own base Page too, but editors can never create one.
        self.assertAllowedSubpageTypes(Page, {Page, HomePage})
        self.assertFalse(Page.is_creatable)
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage, CONTENT_PAGES | {DeedIndexPage, NewsIndexPage, PodcastPage, WebinarIndexPage, GalaIndexPage}
        )
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_standard_page_nests_under_home_and_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, CONTENT_PAGES)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_form_page_is_a_leaf(self):
        self.assertAllowedParentPageTypes(FormPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(FormPage, set())
        self.assertCanNotCreateAt(FormPage, StandardPage)
        self.assertCanNotCreateAt(Page, FormPage)

    def test_accessibility_statement_is_a_leaf(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
        self.assertCanNotCreateAt(AccessibilityStatementPage, StandardPage)
        self.assertCanNotCreateAt(FormPage, AccessibilityStatementPage)
        self.assertCanNotCreateAt(Page, AccessibilityStatementPage)

    def test_deed_marketplace_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(DeedIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(DeedIndexPage, set())
        self.assertCanNotCreateAt(StandardPage, DeedIndexPage)

    def test_galas_sit_in_the_gala_archive_under_the_home_page(self):
        self.assertAllowedParentPageTypes(GalaIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GalaIndexPage, {GalaPage})
        self.assertAllowedParentPageTypes(GalaPage, {GalaIndexPage})
        self.assertAllowedSubpageTypes(GalaPage, set())
        self.assertCanNotCreateAt(HomePage, GalaPage)
