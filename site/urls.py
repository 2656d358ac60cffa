from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import admin_create, admin_security, routing
from home import views as home_views
from home.search import views as search_views
from uutiskirje import views as newsletter_views

# Language-neutral URLs: the admin, documents and crawler files.
urlpatterns = [
    # Wagtail's password reset, throttled (before the admin's own, which it replaces).
    path("admin/password_reset/", admin_security.ThrottledPasswordResetView.as_view()),
    # Wagtail's page create view, without autosave and one create at a time (before the admin's own).
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        admin_create.create_page,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("sitemap-<int:number>.xml", home_views.sitemap_section, name="sitemap_section"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # In production the reverse proxy serves uploads; here Django does.
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Every public page carries its language prefix: /fi/, /sv/, /en/. A bare "/"
# is redirected by LocaleMiddleware to the visitor's Accept-Language.
urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL path", "search/"), search_views.search, name="search"),
    path(pgettext_lazy("URL path", "newsletter/subscribe/"), newsletter_views.subscribe, name="newsletter_subscribe"),
    path(pgettext_lazy("URL path", "newsletter/subscribe/sent/"), newsletter_views.sent, name="newsletter_sent"),
    path(
        pgettext_lazy("URL path", "newsletter/confirm/<str:token>/"),
        newsletter_views.confirm,
        name="newsletter_confirm",
    ),
    path(
        pgettext_lazy("URL path", "newsletter/unsubscribe/<str:token>/"),
        newsletter_views.unsubscribe,
        name="newsletter_unsubscribe",
    ),
    # Pages, through the route cache; Wagtail's own URLs (_util/ and its serve) after it.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", routing.serve, name="page_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
