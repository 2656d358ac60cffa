"""The admin opens in Finnish; an editor's own language choice wins."""

import pytest
from wagtail.users.models import UserProfile

from tests.utils import soup


@pytest.mark.parametrize("accept_language", ["en", "sv", "en-US,en;q=0.9", None])
def test_admin_login_is_in_finnish_whatever_the_browser_asks(client, home_page, accept_language):
    headers = {"accept-language": accept_language} if accept_language else {}
    response = client.get("/admin/login/", headers=headers)

    assert response.status_code == 200
    document = soup(response)
    assert document.html["lang"] == "fi"
    assert document.h1.get_text(strip=True) == "Kirjaudu sisään Wagtailiin"
    assert document.find("button", type="submit").get_text(strip=True) == "Kirjaudu sisään"


def test_admin_dashboard_is_in_finnish_for_an_editor_without_a_preference(client, superuser):
    client.force_login(superuser)
    response = client.get("/admin/", headers={"accept-language": "en"})

    assert response.status_code == 200
    assert soup(response).html["lang"] == "fi"
    assert "Kojelauta" in response.text


def test_admin_follows_the_editors_preferred_language(client, superuser):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(superuser)

    response = client.get("/admin/", headers={"accept-language": "en"})

    assert response.status_code == 200
    assert soup(response).html["lang"] == "sv"
    assert "Instrumentpanel" in response.text
    assert "Kojelauta" not in response.text
