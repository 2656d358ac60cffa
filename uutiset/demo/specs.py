"""What the demo makes, read from ``content/<language>/<name>.toml``: news, podcast episodes, webinars,
the index pages and the story series.

News, episodes and webinars are tables keyed by their Finnish slug, their lasting key: the Finnish file
also gives what every language shares, the Swedish and English files only their own texts. The specs
keep one shape for the loader: the shared fields, then each language's texts under its code; the people
(authors, guests, speakers) as (name, role by language).
"""

from home.demo.builders import LANGUAGES
from home.demo.content import read


def by_language(name):
    return {code: read(__package__, code, name) for code in LANGUAGES}


def people(languages, table):
    """key -> (name, role by language): the Finnish file names each person, every file gives the roles."""
    return {
        key: (
            person["name"],
            {code: file[table][key]["role"] for code, file in languages.items() if key in file.get(table, {})},
        )
        for key, person in languages["fi"][table].items()
    }


def items(name, table, shared, people_field):
    """The items of ``table`` in the Finnish file's order; ``shared`` fields left out of it are None."""
    languages = by_language(name)
    persons = people(languages, people_field)
    specs = []
    for slug, finnish in languages["fi"][table].items():
        spec = {field: finnish.get(field) for field in shared}
        spec[people_field] = tuple(persons[key] for key in finnish[people_field])
        spec["fi"] = {"slug": slug, **{field: value for field, value in finnish.items() if field not in spec}}
        for code in LANGUAGES[1:]:
            if slug in languages[code][table]:
                spec[code] = languages[code][table][slug]
        specs.append(spec)
    return specs


def series(pages):
    """key (the Finnish slug) -> language -> (name, slug, description); the Finnish file's slug is the key."""
    result = {key: {} for key in pages["fi"]["series"]}
    for code, content in pages.items():
        for key, values in content["series"].items():
            result[key][code] = (values["name"], values.get("slug", key), values["description"])
    return result


NEWS = items("news", "news", ("date", "series", "sectors", "themes", "deeds", "image"), "authors")
EPISODES = items("podcast", "episodes", ("date", "number", "notes", "cues"), "guests")
WEBINARS = items(
    "webinars",
    "webinars",
    ("weeks", "weekday", "minutes", "format", "place", "deadline_days", "recording", "slides"),
    "speakers",
)

# language -> the index pages' fields ("news_index", "webinar_index", "podcast"), the series, ...
PAGES = by_language("pages")
SERIES = series(PAGES)
HIGHLIGHTED_DEEDS = tuple(PAGES["fi"]["highlighted_deeds"])
