"""One query per language per request for Wagtail's ``Locale`` lookups.

``Locale.get_active()`` runs a query each time it is called, and Wagtail calls it for every
``.localized`` page and snippet: 7 to 17 times on one page view. Here
``Locale.objects.get_for_language()`` remembers its answers for the length of a request
(home/request_memo.py; never longer, so an added or removed locale is seen at once).
"""

from wagtail.models.i18n import LocaleManager

from home.request_memo import memo

_get_for_language = LocaleManager.get_for_language


def _memoised_get_for_language(self, language_code):
    locales = memo("locales")
    if locales is None:
        return _get_for_language(self, language_code)
    if language_code not in locales:
        locales[language_code] = _get_for_language(self, language_code)
    return locales[language_code]


LocaleManager.get_for_language = _memoised_get_for_language
