from django.conf import settings
from django.utils import translation


class AdminDefaultLanguageMiddleware:
    """Open the admin in Finnish unless the editor has chosen a language.

    Admin URLs have no language prefix, so LocaleMiddleware would follow the
    browser's Accept-Language; the network works in Finnish. An editor's own
    choice in their account settings still wins (Wagtail applies it per view).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
