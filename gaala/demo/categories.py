"""The award categories of the demo: the special award, then one per sector and one per theme.

Sector and theme awards take their names from the deed taxonomy, so a category
reads the same as the sector or theme of the deeds it rewards. The Finnish name
is each category's lasting key; translations are found by translation key. The
special award's texts and what each kind of award is are in
``content/<language>/categories.toml``.
"""

from gaala.models import AwardCategory
from home.demo.builders import LANGUAGES
from home.demo.content import read
from teot.demo.taxonomy import SECTORS, THEMES

SPECIAL = "suomen-kekseliain-kunta"


def category_specs():
    """key -> (kind, sort order, language -> (name, description)); the special award comes first."""
    texts = {code: read(__package__, code, "categories") for code in LANGUAGES}
    special = {code: (texts[code]["special"]["name"], texts[code]["special"]["description"]) for code in LANGUAGES}
    specs = {SPECIAL: (AwardCategory.Kind.SPECIAL, 0, special)}
    for kind, terms in ((AwardCategory.Kind.SECTOR, SECTORS), (AwardCategory.Kind.THEME, THEMES)):
        for key, languages in terms.items():
            names = {
                # what the kind of award is, in front of the sector's or theme's own description
                code: (name, f"{texts[code]['kinds'][kind.value]} {description}")
                for code, (name, description) in languages.items()
            }
            specs[key] = (kind, len(specs), names)
    return specs
