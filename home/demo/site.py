"""The demo page tree: which pages exist, where, in which languages, and the footer texts."""

from dataclasses import dataclass

from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage

from . import coaching, legal, programme
from .builders import (
    CONTACT_EMAIL,
    LANGUAGES,
    p,
)


def in_languages(module, name):
    """The content functions ``name_fi``, ``name_sv`` and ``name_en`` of a content module."""
    return {language: getattr(module, f"{name}_{language}") for language in LANGUAGES}


@dataclass(frozen=True)
class PageSpec:
    key: str
    model: type
    parent: str | None
    names: dict  # language -> (slug, title)
    show_in_menus: bool
    content: dict  # language -> function(Context) -> field values


# Parents come before their children: translations need a translated parent.
PAGES = [
    PageSpec(
        "home",
        HomePage,
        None,
        {"fi": ("etusivu", "Tekojen tori"), "sv": ("hem", "Tekojen tori"), "en": ("home", "Tekojen tori")},
        False,
        in_languages(programme, "home"),
    ),
    PageSpec(
        "tekojen_tori",
        StandardPage,
        "home",
        {
            "fi": ("tekojen-tori", "Tekojen tori"),
            "sv": ("om-tekojen-tori", "Om Tekojen tori"),
            "en": ("about-tekojen-tori", "About Tekojen tori"),
        },
        True,
        in_languages(programme, "tekojen_tori"),
    ),
    PageSpec(
        "kunteko",
        StandardPage,
        "home",
        {
            "fi": ("kunteko-2020", "Kunteko 2020"),
            "sv": ("kunteko-2020", "Kunteko 2020"),
            "en": ("kunteko-2020", "Kunteko 2020"),
        },
        True,
        in_languages(programme, "kunteko"),
    ),
    PageSpec(
        "kuntatyo",
        StandardPage,
        "home",
        {
            "fi": ("kuntatyo2030", "Kuntatyö2030"),
            "sv": ("kuntatyo2030", "Kuntatyö2030"),
            "en": ("kuntatyo2030", "Kuntatyö2030"),
        },
        True,
        in_languages(programme, "kuntatyo"),
    ),
    PageSpec(
        "tekry",
        StandardPage,
        "home",
        {"fi": ("tekry", "Tekry"), "sv": ("tekry", "Tekry"), "en": ("tekry", "Tekry")},
        True,
        in_languages(programme, "tekry"),
    ),
    PageSpec(
        "sparraus",
        StandardPage,
        "home",
        {"fi": ("sparraus", "Sparraus"), "sv": ("sparrning", "Sparrning"), "en": ("coaching", "Coaching")},
        True,
        in_languages(coaching, "sparraus"),
    ),
    PageSpec(
        "hae_sparrausta",
        FormPage,
        "sparraus",
        {
            "fi": ("hae-sparrausta", "Hae sparrausta"),
            "sv": ("ansok-om-sparrning", "Ansök om sparrning"),
            "en": ("apply-for-coaching", "Apply for coaching"),
        },
        True,
        in_languages(coaching, "hae_sparrausta"),
    ),
    PageSpec(
        "tietosuoja",
        StandardPage,
        "home",
        {
            "fi": ("tietosuojaseloste", "Tietosuojaseloste"),
            "sv": ("dataskyddsbeskrivning", "Dataskyddsbeskrivning"),
            "en": ("privacy-notice", "Privacy notice"),
        },
        False,
        in_languages(legal, "tietosuoja"),
    ),
    PageSpec(
        "palaute",
        FormPage,
        "home",
        {
            "fi": ("saavutettavuuspalaute", "Saavutettavuuspalaute"),
            "sv": ("respons-om-tillganglighet", "Respons om tillgänglighet"),
            "en": ("accessibility-feedback", "Accessibility feedback"),
        },
        False,
        in_languages(legal, "palaute"),
    ),
    PageSpec(
        "seloste",
        AccessibilityStatementPage,
        "home",
        {
            "fi": ("saavutettavuusseloste", "Saavutettavuusseloste"),
            "sv": ("tillganglighetsutlatande", "Tillgänglighetsutlåtande"),
            "en": ("accessibility-statement", "Accessibility statement"),
        },
        False,
        in_languages(legal, "seloste"),
    ),
]

# Fields a new page needs before its content is filled in (NOT NULL columns without defaults).
SKELETON_FIELDS = {
    AccessibilityStatementPage: {
        "prepared_on": legal.STATEMENT_COMMON["prepared_on"],
        "reviewed_on": legal.STATEMENT_COMMON["reviewed_on"],
        "feedback_email": CONTACT_EMAIL,
        "authority_name": legal.AUTHORITY_NAME["fi"],
        "authority_details": legal.AUTHORITY_DETAILS["fi"],
        "authority_url": legal.AUTHORITY_URL["fi"],
    },
}

FOOTER_TEXTS = {
    "fi": p("<b>Kunta- ja hyvinvointialuetyönantajat KT ja pääsopijajärjestöt</b><br/>Toinen linja 14, 00530 Helsinki")
    + p("Tekojen tori on KT:n ja pääsopijajärjestöjen yhteinen työelämän kehittämisen sivusto."),
    "sv": p(
        "<b>Kommun- och välfärdsområdesarbetsgivarna KT och huvudavtalsorganisationerna</b><br/>"
        "Andra linjen 14, 00530 Helsingfors"
    )
    + p("Tekojen tori är KT:s och huvudavtalsorganisationernas gemensamma webbplats för arbetslivsutveckling."),
    "en": p(
        "<b>Local Government and County Employers KT and the main negotiating organisations</b><br/>"
        "Toinen linja 14, 00530 Helsinki, Finland"
    )
    + p("Tekojen tori is the joint work-life development site of KT and the main negotiating organisations."),
}
