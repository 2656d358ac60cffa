"""The award categories of the demo: the special award, then one per sector and one per theme.

Sector and theme awards take their names from the deed taxonomy, so a category
reads the same as the sector or theme of the deeds it rewards. The Finnish name
is each category's lasting key; translations are found by translation key.
"""

from gaala.models import AwardCategory
from teot.demo.taxonomy import SECTORS, THEMES

SPECIAL = "suomen-kekseliain-kunta"

# language -> (name, description)
SPECIAL_NAMES = {
    "fi": (
        "Suomen kekseliäin kunta",
        "Erikoispalkinto kunnalle, jossa kehittäminen on koko organisaation yhteinen tapa toimia.",
    ),
    "sv": (
        "Finlands mest uppfinningsrika kommun",
        "Specialpris till en kommun där utvecklingsarbetet är hela organisationens gemensamma sätt att arbeta.",
    ),
    "en": (
        "Finland's most inventive municipality",
        "A special award for a municipality where development is a way of working shared by the whole organisation.",
    ),
}

# What each kind of award is, in front of the sector's or theme's own description.
KIND_LABELS = {
    AwardCategory.Kind.SECTOR: {"fi": "Toimialapalkinto.", "sv": "Sektorpris.", "en": "Sector award."},
    AwardCategory.Kind.THEME: {"fi": "Teemapalkinto.", "sv": "Temapris.", "en": "Theme award."},
}


def category_specs():
    """key -> (kind, sort order, language -> (name, description)); the special award comes first."""
    specs = {SPECIAL: (AwardCategory.Kind.SPECIAL, 0, SPECIAL_NAMES)}
    for kind, terms in ((AwardCategory.Kind.SECTOR, SECTORS), (AwardCategory.Kind.THEME, THEMES)):
        for key, languages in terms.items():
            names = {
                code: (name, f"{KIND_LABELS[kind][code]} {description}")
                for code, (name, description) in languages.items()
            }
            specs[key] = (kind, len(specs), names)
    return specs
