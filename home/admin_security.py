"""The admin's door: sign-in lockout, password-reset throttling and who may read form submissions.

Sign-in lockout is django-axes (settings ``AXES_*`` in site/settings/base.py): after
``AXES_FAILURE_LIMIT`` wrong passwords for one username from one client address, that pair is
locked out for ``AXES_COOLOFF_TIME``; the same username from elsewhere still signs in, so an
attacker cannot lock a real user out everywhere. The client address is the rate limits' own
(``home.ratelimit.client_address``), so it is right behind the reverse proxy.

The two-step verification (TOTP) is in home/two_factor.py.
"""

import ipaddress
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django_ratelimit.core import get_usage
from wagtail.admin.views import account
from wagtail.contrib.forms.utils import get_form_types, get_forms_for_user
from wagtail.contrib.forms.views import FormPagesListView
from wagtail.models import Page

from . import ratelimit

logger = logging.getLogger(__name__)

# Members may list, export and delete what visitors sent through form pages (coaching
# applications, accessibility feedback), without any right to edit pages. Created by
# home/migrations/0004_admin_groups.py; nobody else but superusers sees submissions.
FORM_SUBMISSIONS_GROUP = "Lomakevastausten käsittelijät"
FORM_SUBMISSIONS_PERMISSION = "wagtailforms.view_formsubmission"


# -- sign-in lockout (django-axes) ---------------------------------------------------------


def client_ip(request):
    """``AXES_CLIENT_IP_CALLABLE``: the client address as the rate limits see it, or None.

    Axes stores it in an ``inet`` column, so a port, brackets or a proxy's "unknown" go.
    """
    address = ratelimit.client_address(request)
    if address.startswith("[") and "]" in address:
        address = address[1 : address.index("]")]
    elif address.count(":") == 1:
        address = address.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def lockout_response(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: a page in the admin's look saying why and for how long."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(
        request,
        "wagtailadmin/lockout.html",
        {"cooloff_minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


# -- password reset ------------------------------------------------------------------------


def password_reset_allowed(request, email):
    """Whether this reset may send an email: ``ADMIN_PASSWORD_RESET_RATE_LIMIT`` per client and per address."""
    limit = getattr(settings, "ADMIN_PASSWORD_RESET_RATE_LIMIT", None)
    if not limit:
        return True
    if not ratelimit.allow(request, "admin-password-reset", limit):
        return False
    # Per address too, whoever asks: many clients must not flood one inbox.
    requests, seconds = limit
    try:
        usage = get_usage(
            request,
            group="admin-password-reset-email",
            key=lambda _group, _request: email.strip().lower(),
            rate=(int(requests), int(seconds)),
            increment=True,
        )
    except Exception:  # the cache is down: the per-client limit (which then allows) has logged it
        return True
    return not usage["should_limit"]


class ThrottledPasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, sending at most a few emails an hour per client and per address.

    A request past the limit gets the same "check your email" page as any other, so the
    answer tells nothing about which addresses have accounts or were asked for.
    """

    def form_valid(self, form):
        if not password_reset_allowed(self.request, form.cleaned_data["email"]):
            logger.info("Admin password reset not sent: rate limit")
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


# -- form submissions ----------------------------------------------------------------------


def form_submissions_for_user(user, editable_forms):
    """``filter_form_submissions_for_user``: form pages whose submissions ``user`` may read.

    Wagtail's default is every form page the user may edit, which would give every page editor
    and moderator the visitors' personal data. Here it is the form submissions group (by its
    permission) and superusers, for every form page, and nobody else.
    """
    if user.is_active and (user.is_superuser or user.has_perm(FORM_SUBMISSIONS_PERMISSION)):
        return Page.objects.filter(content_type__in=get_form_types())
    return editable_forms.none()


class FormPagesIndexView(FormPagesListView):
    """The "Forms" listing for whoever may read some submissions, page permissions or not.

    Wagtail's own view also demands a page permission, which the form submissions group
    deliberately lacks; what it lists is ``get_forms_for_user`` either way.
    """

    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not get_forms_for_user(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
