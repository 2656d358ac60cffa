"""Editors create every page type through the admin's page editor."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage
from teot.models import DeedIndexPage
from tests import factories
from uutiset.models import NewsIndexPage, PodcastPage, WebinarIndexPage


class AdminPageCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.home = factories.site_home()
        self.login()

    def test_create_home_page_at_the_top(self):
        root = self.home.get_parent()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title": "Toinen sivusto",
                    "hero_lead": "Ingressi",
                    "body": streamfield([]),
                    "highlighted_deeds": inline_formset([]),
                }
            ),
        )
        page = HomePage.objects.get(slug="toinen-sivusto")
        self.assertTrue(page.live)
        self.assertEqual(page.hero_lead, "Ingressi")

    def test_create_standard_page(self):
        data = nested_form_data(
            {
                "title": "Kuntatyö2030",
                "slug": "kuntatyo2030",
                "intro": "Työelämän kehittämisohjelma.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Tavoitteet", "level": "h2"}),
                        ("paragraph", rich_text("<p>Hyvä työelämä kunnissa.</p>")),
                    ]
                ),
            }
        )
        self.assertCanCreate(self.home, StandardPage, data)
        page = StandardPage.objects.get(slug="kuntatyo2030")
        self.assertTrue(page.live)
        self.assertEqual(page.get_parent().specific, self.home)
        self.assertEqual([block.block_type for block in page.body], ["heading", "paragraph"])
        self.assertIn("Hyvä työelämä kunnissa.", str(page.body[1].value))

    def test_create_form_page_with_a_field(self):
        data = nested_form_data(
            {
                "title": "Hae sparrausta",
                "intro": rich_text("<p>Täytä hakemus.</p>"),
                "thank_you_text": rich_text("<p>Kiitos!</p>"),
                "to_address": "sparraus@tekojentori.fi",
                "from_address": "noreply@tekojentori.fi",
                "subject": "Sparraushakemus",
                "form_fields": inline_formset(
                    [
                        {
                            "label": "Työpaikan nimi",
                            "field_type": "singleline",
                            "required": "on",
                            "choices": "",
                            "default_value": "",
                            "help_text": "",
                        }
                    ]
                ),
            }
        )
        self.assertCanCreate(self.home, FormPage, data)
        page = FormPage.objects.get(slug="hae-sparrausta")
        self.assertTrue(page.live)
        self.assertEqual(page.to_address, "sparraus@tekojentori.fi")
        self.assertEqual(
            [(field.label, field.clean_name, field.required) for field in page.get_form_fields()],
            [("Työpaikan nimi", "tyopaikan_nimi", True)],
        )

    def test_create_accessibility_statement(self):
        data = nested_form_data(
            {
                "title": "Saavutettavuusseloste",
                "intro": "Seloste koskee Tekojen toria.",
                "compliance_status": "partial",
                "standard": "WCAG 2.1 AA",
                "non_accessible_content": streamfield(
                    [
                        (
                            "issue",
                            {
                                "title": "Vanhat videot",
                                "description": "Videoista puuttuu tekstitys.",
                                "criteria": "1.2.2 Tekstitys",
                                "reason": "non_compliance",
                                "fix": "Tekstitetään 2026.",
                            },
                        )
                    ]
                ),
                "prepared_on": "2025-09-01",
                "reviewed_on": "2025-11-01",
                "assessment_method": "self",
                "assessment_details": "",
                "feedback_email": "saavutettavuus@tekojentori.fi",
                "response_days": "14",
                "authority_name": "Etelä-Suomen aluehallintovirasto",
                "authority_details": "saavutettavuus@avi.fi",
                "authority_url": "https://www.saavutettavuusvaatimukset.fi",
            }
        )
        self.assertCanCreate(self.home, AccessibilityStatementPage, data)
        page = AccessibilityStatementPage.objects.get(slug="saavutettavuusseloste")
        self.assertTrue(page.live)
        self.assertEqual(page.non_accessible_content[0].value["title"], "Vanhat videot")

    def test_accessibility_statement_requires_the_legal_fields(self):
        response = self.client.post(
            f"/admin/pages/add/home/accessibilitystatementpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Puutteellinen seloste",
                    "slug": "puutteellinen",
                    "non_accessible_content": streamfield([]),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        for field in ("prepared_on", "reviewed_on", "feedback_email", "authority_name", "authority_url"):
            self.assertIn(field, errors)
        self.assertFalse(AccessibilityStatementPage.objects.filter(slug="puutteellinen").exists())

    def test_create_deed_marketplace(self):
        data = nested_form_data(
            {
                "title": "Kehittämisteot",
                "slug": "teot",
                "intro": "Tekoja kunnista ja hyvinvointialueilta.",
                "submit_intro": rich_text("<p>Kerro teostanne.</p>"),
                "submit_thanks": rich_text("<p>Kiitos!</p>"),
                "privacy_notice": "",
                "statistics_intro": "Luvut päivittyvät jatkuvasti.",
            }
        )
        self.assertCanCreate(self.home, DeedIndexPage, data)
        page = DeedIndexPage.objects.get(slug="teot")
        self.assertTrue(page.live)
        self.assertEqual(DeedIndexPage.for_locale(page.locale), page)

    def test_create_news_index_podcast_and_webinar_index(self):
        self.assertCanCreate(
            self.home,
            NewsIndexPage,
            nested_form_data({"title": "Uutiset", "slug": "uutiset", "intro": "Ajankohtaista."}),
        )
        self.assertCanCreate(
            self.home,
            PodcastPage,
            nested_form_data(
                {
                    "title": "Työelämän kehittäjät",
                    "slug": "podcast",
                    "description": "Keskusteluja työelämän kehittämisestä.",
                    "artwork": factories.ImageFactory().pk,
                    "artwork_alt": "Mikrofoni",
                    "author": "Tekojen tori",
                    "owner_name": "Tekojen tori",
                    "owner_email": "podcast@tekojentori.fi",
                    "category": PodcastPage.Category.CAREERS,
                }
            ),
        )
        self.assertCanCreate(
            self.home, WebinarIndexPage, nested_form_data({"title": "Webinaarit", "slug": "webinaarit", "intro": ""})
        )
        self.home.refresh_from_db()  # treebeard answers from the stale child count otherwise
        children = [page.specific_class for page in self.home.get_children().live().order_by("path")]
        self.assertEqual(children, [NewsIndexPage, PodcastPage, WebinarIndexPage])
        self.assertEqual(NewsIndexPage.for_locale(self.home.locale).slug, "uutiset")

    def test_editors_highlight_deeds_on_the_home_page(self):
        chosen = [factories.DeedFactory(title="Ensin valittu"), factories.DeedFactory(title="Toiseksi valittu")]
        data = nested_form_data(
            {
                "title": self.home.title,
                "slug": self.home.slug,
                "hero_lead": "",
                "body": streamfield([]),
                "highlighted_deeds": inline_formset([{"deed": deed.pk} for deed in reversed(chosen)]),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(f"/admin/pages/{self.home.pk}/edit/", data)

        self.assertEqual(response.status_code, 302)
        home = HomePage.objects.get(pk=self.home.pk)
        self.assertEqual(
            [row.deed.title for row in home.highlighted_deeds.all()], ["Toiseksi valittu", "Ensin valittu"]
        )
