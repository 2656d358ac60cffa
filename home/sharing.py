"""What a page gives those who share it: metadata for link previews, share links and schema.org data.

Every app builds on these: the share links of deeds, news, episodes, webinars and galas come from
``share_links`` and render through ``components/share_links.html``; JSON-LD goes out through
``json_ld_script``, whose blocks home/security_headers.py allows by their hash.
"""

import json
from urllib.parse import quote, urlencode

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

SHARE_IMAGE_FILTER = "fill-1200x630"
DESCRIPTION_LENGTH = 300
# "<", ">" and "&" escaped so that no text can close the script element (nor confuse an HTML parser).
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
SCHEMA = "https://schema.org"
# Open Graph locales: Finnish and Swedish as spoken in Finland; English in its British spelling.
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def plain_text(text, length=DESCRIPTION_LENGTH):
    """Rich or plain text as one line of plain text, cut at a word boundary."""
    return Truncator(" ".join(strip_tags(str(text or "")).split())).chars(length)


def og_locale(language_code):
    return OG_LOCALES.get(language_code, f"{language_code}_FI")


def json_ld_script(data):
    """``data`` (a dict, or a list of them) as a JSON-LD block: data that browsers never run, so the
    strict CSP allows it by its hash (home/security_headers.py)."""
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def share_links(title, text, url):
    """Plain links to share ``url``: they work without JavaScript and load nothing from elsewhere."""
    if not url:
        return []
    body = f"{text}\n\n{url}" if text else url
    return [
        {
            "service": "email",
            "label": _("Share by email"),
            "url": "mailto:?" + urlencode({"subject": title, "body": body}, quote_via=quote),
        },
        {
            "service": "linkedin",
            "label": _("Share on LinkedIn"),
            "url": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        },
        {
            "service": "facebook",
            "label": _("Share on Facebook"),
            "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        },
        {
            "service": "x",
            "label": _("Share on X (Twitter)"),
            "url": "https://x.com/intent/tweet?" + urlencode({"url": url, "text": title}),
        },
        {
            "service": "whatsapp",
            "label": _("Share on WhatsApp"),
            "url": "https://wa.me/?" + urlencode({"text": f"{title} {url}"}, quote_via=quote),
        },
    ]


def rendition_data(image, request):
    """The sharing rendition of ``image`` as plain values (``url`` absolute)."""
    rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    return {"url": request.build_absolute_uri(rendition.url), "width": rendition.width, "height": rendition.height}


def publisher(request, share_image=None):
    """The site's organisation, for ``publisher``/``organizer`` and the home page's Organization."""
    organisation = {"@type": "Organization", "name": _("Tekojen tori")}
    if request is not None:
        organisation["url"] = request.build_absolute_uri("/")
    if share_image:
        organisation["logo"] = share_image["url"]
    return organisation


def breadcrumb_list(items):
    """``items``: (name, absolute URL) pairs from the home page to the current page."""
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(items, start=1)
        ],
    }


def iso_duration(duration):
    """A timedelta as ISO 8601 (``PT32M15S``), for schema.org durations."""
    seconds = int(duration.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = "".join(f"{value}{unit}" for value, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if value)
    return f"PT{parts or '0S'}"


ATTENDANCE_MODES = {
    "online": f"{SCHEMA}/OnlineEventAttendanceMode",
    "on_site": f"{SCHEMA}/OfflineEventAttendanceMode",
    "hybrid": f"{SCHEMA}/MixedEventAttendanceMode",
}


def event(*, name, starts_at, ends_at, mode, url, description, share, request, place="", online_url=""):
    """A schema.org Event: times in Finnish time with their offset, the place and/or the online address."""
    locations = []
    if mode != "online" and place:
        locations.append({"@type": "Place", "name": place, "address": place})
    if mode != "on_site":
        locations.append({"@type": "VirtualLocation", "url": online_url or url})
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": name,
        "description": description,
        "startDate": timezone.localtime(starts_at).isoformat(),
        "endDate": timezone.localtime(ends_at).isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[mode],
        "organizer": publisher(request),
        "url": url,
    }
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if share.get("image"):
        data["image"] = share["image"]["url"]
    return data
