"""The demo's texts as data: reading ``<app>/demo/content/<language>/<name>.toml`` and turning
what it holds into field values and StreamField raw data.

Data files name what they point at, never database ids:

* in any text, ``<a page="key">label</a>`` links to a demo page (``Context.page``);
* a field value ``{ image = "key" }`` is a demo image, ``{ page = "key" }`` a demo page;
* a StreamField is a list of tables with a ``type``: ``value`` holds a simple block's value,
  the other keys a structural block's fields (see ``BLOCKS`` for the shorthands).
"""

import re
import tomllib
from functools import cache
from importlib import import_module
from pathlib import Path

from .builders import CREDIT

PAGE_LINK = re.compile(r'<a page="([\w-]+)">')


@cache
def read(package, language, name):
    """The parsed ``content/<language>/<name>.toml`` of a demo package (``"teot.demo"``); with the
    language ``""``, the ``content/<name>.toml`` common to all languages."""
    path = Path(import_module(package).__file__).parent / "content" / language / f"{name}.toml"
    with path.open("rb") as file:
        return tomllib.load(file)


def resolve(value, c):
    """Page links in texts, recursively, in the context's language."""
    if isinstance(value, str):
        return PAGE_LINK.sub(lambda match: f'<a linktype="page" id="{c.page(match[1]).pk}">', value)
    if isinstance(value, list):
        return [resolve(item, c) for item in value]
    if isinstance(value, dict):
        return {key: resolve(item, c) for key, item in value.items()}
    return value


def fields(values, c):
    """Field values: ``{ image = key }`` and ``{ page = key }`` become the objects, texts get their links."""
    result = {}
    for name, value in values.items():
        if isinstance(value, dict) and value.keys() == {"image"}:
            value = c.images[value["image"]]
        elif isinstance(value, dict) and value.keys() == {"page"}:
            value = c.page(value["page"])
        else:
            value = resolve(value, c)
        result[name] = value
    return result


def heading(value, c):
    return {"text": value["text"], "level": f"h{value.get('level', 2)}"}


def image(value, c):
    return {
        "image": {"image": c.images[value["image"]].pk, "decorative": False, "alt_text": value["alt_text"]},
        "caption": value.get("caption", ""),
        "credit": CREDIT[c.lang],
    }


def call_to_action(value, c):
    page = c.page(value["page"]) if value.get("page") else None
    return {
        "heading": value["heading"],
        "text": value["text"],
        "link": {"page": page.pk if page else None, "url": value.get("url", "")},
        "link_text": value["link_text"],
    }


def quote(value, c):
    return {"quote": value["quote"], "attribution": value.get("attribution", ""), "role": value.get("role", "")}


def table(value, c):
    return {
        "data": value["rows"],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": value.get("caption", ""),
    }


def as_they_are(value, c):
    return value


# Block type -> function(fields, context) -> the block's raw value; other types take their fields as they are.
BLOCKS = {"heading": heading, "image": image, "call_to_action": call_to_action, "quote": quote, "table": table}


def stream(blocks, c):
    """StreamField raw data from a list of block tables."""
    raw = []
    for block in blocks:
        block = resolve(block, c)
        kind = block.pop("type")
        value = block["value"] if "value" in block else BLOCKS.get(kind, as_they_are)(block, c)
        raw.append({"type": kind, "value": value})
    return raw
