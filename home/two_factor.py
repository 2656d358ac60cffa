"""Two-step verification for the admin: a time-based code (TOTP) from an authenticator app.

Built on django-otp's TOTP device. wagtail-2fa, the ready-made package, does not import on
Wagtail 8 (its 1.8.0 needs ``wagtail.users.widgets``, removed from Wagtail).

- Any staff member may turn it on from their account ("Two-step verification"): scan the QR
  code (or type the key), confirm with a code and their password.
- Whoever has it on is asked for a code after their password, on every admin page, until they
  give one (``TwoFactorMiddleware``); django-otp slows down repeated wrong codes.
- With ``WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS`` (on in production) a superuser without it is
  sent to set it up before any other admin page.

A device is removed by its owner (with a code and the password) or, for a lost phone, by
``manage.py remove_two_factor <username>``.
"""

import base64
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView
from django_otp import devices_for_user, match_token, user_has_device
from django_otp import login as otp_login
from django_otp.middleware import OTPMiddleware
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

VERIFY_URL_NAME = "two_factor_verify"
SETUP_URL_NAME = "two_factor_setup"
# Reachable before the second step: signing in and out, and what those pages load.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    VERIFY_URL_NAME,
}


def required_for(user):
    return user.is_superuser and getattr(settings, "WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS", False)


def safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


def with_next(url_name, next_url):
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (``request.user.is_verified()``), and the admin's second step.

    Install right after ``AuthenticationMiddleware``. Checks only admin URLs: the public site
    shows a signed-in editor nothing more than anyone else.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name in OPEN_URL_NAMES:
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if user_has_device(user, confirmed=True):
            return redirect(with_next(VERIFY_URL_NAME, request.get_full_path()))
        if required_for(user) and match.url_name != SETUP_URL_NAME:
            return redirect(with_next(SETUP_URL_NAME, request.get_full_path()))
        return None


class CodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Code from the app"),
            help_text=_("Six digits; a new one every 30 seconds."),
            max_length=16,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
            **kwargs,
        )

    def clean(self, value):
        return "".join(super().clean(value).split())


class PasswordField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Your password"),
            help_text=_("To make sure it is you."),
            strip=False,
            widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
            **kwargs,
        )


class UserFormMixin:
    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = self.request.user
        # authenticate(), not check_password(): django-axes counts wrong passwords here too.
        if authenticate(self.request, username=user.get_username(), password=password) != user:
            raise forms.ValidationError(_("The password is not right."), code="password")
        return password


def wrong_code(devices):
    """The error for a refused code: django-otp waits longer after each wrong one (1 s, 2 s, 4 s…)."""
    if any(not device.verify_is_allowed()[0] for device in devices):
        return forms.ValidationError(_("Too many wrong codes. Wait a minute and try again."), code="throttled")
    return forms.ValidationError(_("The code is not right, or it has expired. Try the newest code."), code="invalid")


class VerifyForm(forms.Form):
    code = CodeField()

    def __init__(self, *args, user, **kwargs):
        self.user = user
        self.device = None
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.device = match_token(self.user, code)
        if self.device is None:
            raise wrong_code(devices_for_user(self.user))
        return code


class SetupForm(UserFormMixin, forms.Form):
    code = CodeField()
    password = PasswordField()

    def __init__(self, *args, device, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = self.cleaned_data["code"]
        if not self.device.verify_token(code):
            raise wrong_code([self.device])
        return code


class TurnOffForm(UserFormMixin, forms.Form):
    password = PasswordField()


@method_decorator([never_cache, sensitive_post_parameters("code", "password")], name="dispatch")
class TwoFactorFormView(WagtailAdminTemplateMixin, FormView):
    pass


class VerifyView(TwoFactorFormView):
    """The second step after the password, in the sign-in page's look."""

    template_name = "wagtailadmin/two_factor/verify.html"
    form_class = VerifyForm
    page_title = _("Two-step verification")

    def get(self, request, *args, **kwargs):
        if request.user.is_verified() or not user_has_device(request.user, confirmed=True):
            return redirect(self.get_success_url())
        return super().get(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_success_url(self):
        return safe_next(self.request, reverse("wagtailadmin_home"))

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.get_success_url()}

    def form_valid(self, form):
        otp_login(self.request, form.device)
        return super().form_valid(form)


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device(user):
    """The device being set up: kept between page loads, so a scanned code stays valid."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(_("Authenticator app")), confirmed=False)
    return device


def grouped_key(device):
    key = base64.b32encode(device.bin_key).decode()
    return " ".join(key[start : start + 4] for start in range(0, len(key), 4))


def qr_code_svg(device):
    """The ``otpauth://`` address as an inline SVG: no image request, no inline style (CSP)."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=4, dark="#000", light="#fff", title=str(_("QR code for the authenticator app"))
    )
    return svg.replace("<svg ", '<svg role="img" ', 1)


class SetupView(TwoFactorFormView):
    """The account's two-step verification: turn it on (QR code, key, a code) or off."""

    template_name = "wagtailadmin/two_factor/setup.html"
    page_title = _("Two-step verification")
    header_icon = "key"

    def get_form_class(self):
        return TurnOffForm if self.device.confirmed else SetupForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.device = confirmed_device(request.user) or pending_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = {**super().get_form_kwargs(), "request": self.request}
        if not self.device.confirmed:
            kwargs["device"] = self.device
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            device=self.device,
            required=required_for(self.request.user),
            next=safe_next(self.request, ""),
        )
        if not self.device.confirmed:
            context.update(qr_code=qr_code_svg(self.device), secret=grouped_key(self.device))
        return context

    def form_valid(self, form):
        user = self.request.user
        if self.device.confirmed:
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(self.request, _("Two-step verification is off."))
            return redirect(SETUP_URL_NAME)
        self.device.confirmed = True
        self.device.save(update_fields=["confirmed"])
        otp_login(self.request, self.device)
        messages.success(self.request, _("Two-step verification is on. Next time you sign in, you need a code."))
        return redirect(safe_next(self.request, reverse(SETUP_URL_NAME)))


def account_menu_item(request):
    """``register_account_menu_item``: the way in, on the account page."""
    return {
        "url": reverse(SETUP_URL_NAME),
        "label": _("Two-step verification"),
        "help_text": _("Ask for a code from an authenticator app when you sign in."),
    }
