"""Content-Security-Policy and Cross-Origin-Resource-Policy for every response.

The public pages get the strict policy of ``CONTENT_SECURITY_POLICY`` (django-csp): no inline scripts
or styles at all. Their only inline ``<script>`` is JSON-LD, a data block that browsers never run;
its SHA-256 is still added to ``script-src``, read from the body on the way out. Hashes rather than
nonces because pages are kept whole by Varnish and in parts by ``{% cache %}`` fragments (the JSON-LD
sits inside one): a nonce baked into a kept body would not match the next request's header, while a
hash is a function of the body, so a header and a body kept together always agree.

Wagtail's admin (its previews and "view draft" included) still writes inline scripts and styles, so
``/admin/`` gets ``CONTENT_SECURITY_POLICY_ADMIN`` with ``'unsafe-inline'`` and ``frame-ancestors
'self'`` (the preview panel is an iframe of the admin). No hashes are added there: a hash in
``script-src`` turns ``'unsafe-inline'`` off.
"""

import base64
import hashlib
import re

from csp.middleware import CSPMiddleware
from django.conf import settings

from .http_cache import is_personal

JSON_LD = re.compile(
    rb"""<script\b[^>]*\btype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
CORP_HEADER = "Cross-Origin-Resource-Policy"


def is_admin(request):
    """The admin's own pages, and its previews: Wagtail runs those through the middleware again at the
    page's public address (``is_preview``), and their answer is what the admin sends."""
    return request.path_info.startswith("/admin/") or getattr(request, "is_preview", False)


def is_html(response):
    return response.get("Content-Type", "").startswith("text/html")


def json_ld_hashes(response):
    """``'sha256-…'`` of each JSON-LD block in an HTML body, in page order."""
    if response.streaming or not is_html(response):
        return []
    return [
        f"'sha256-{base64.b64encode(hashlib.sha256(text).digest()).decode('ascii')}'"
        for text in dict.fromkeys(JSON_LD.findall(response.content))
    ]


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy and JSON-LD hashes, plus CORP.

    Sits inside GZipMiddleware, so it reads the body before it is compressed."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None or parts.replace is not None:
            return parts  # a view that chose its own policy keeps it
        if is_admin(request):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        elif hashes := json_ld_hashes(response):
            parts.update = {
                **(parts.update or {}),
                "script-src": [*(parts.update or {}).get("script-src", []), *hashes],
            }
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if CORP_HEADER not in response:
            response[CORP_HEADER] = cross_origin_resource_policy(request, response)
        return response


def cross_origin_resource_policy(request, response):
    """Pages and everything personal stay with our own origin; the public files made for other sites
    and apps (feeds, podcast audio and cover art, open data, calendars, sitemap, images) do not."""
    if is_admin(request) or is_personal(request) or is_html(response):
        return "same-origin"
    return "cross-origin"
