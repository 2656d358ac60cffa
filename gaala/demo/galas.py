"""The gala archive and the galas, as the loader takes them, read from ``content/galas.toml`` (what every
language shares: dates, images, jury names, awards) and ``content/<language>/galas.toml`` (the texts, under
the gala's year).

Each gala's Finnish slug is its lasting key; an award is found again by its deed (or, for an organisation's
award, by the organisation) on the Finnish gala and by translation key on the others.
"""

from zoneinfo import ZoneInfo

from home.demo.builders import LANGUAGES
from home.demo.content import read

HELSINKI = ZoneInfo("Europe/Helsinki")  # the data's times are local: the zone knows summer time
STREAMS = ("programme", "results_intro")
SHARED = read(__package__, "", "galas")  # no language: the content folder itself
TEXTS = {code: read(__package__, code, "galas") for code in LANGUAGES}


def gala(shared):
    """``page``: the fields every language shares; per language code the page's own fields; ``streams``:
    language -> the programme's and results' blocks; ``jury``: (name, language -> role); ``awards``: category,
    deed or organisation, rank and language -> citation."""
    texts = {code: dict(TEXTS[code]["galas"][str(shared["year"])]) for code in LANGUAGES}
    roles = {code: texts[code].pop("jury") for code in LANGUAGES}
    citations = {code: texts[code].pop("citations") for code in LANGUAGES}
    streams = {code: {name: texts[code].pop(name) for name in STREAMS} for code in LANGUAGES}
    page = {name: shared[name] for name in ("year", "stream_url", "social_image")}
    return {
        "page": {**page, **{name: shared[name].replace(tzinfo=HELSINKI) for name in ("starts_at", "ends_at")}},
        **texts,
        "streams": streams,
        "jury": [(name, {code: roles[code][name] for code in LANGUAGES}) for name in shared["jury"]],
        "awards": [
            {**award, **{code: citations[code][award.get("deed") or award["organisation"]] for code in LANGUAGES}}
            for award in shared["awards"]
        ],
    }


ARCHIVE = {code: {**SHARED["archive"], **TEXTS[code]["archive"]} for code in LANGUAGES}
GALAS = [gala(shared) for shared in SHARED["galas"]]
