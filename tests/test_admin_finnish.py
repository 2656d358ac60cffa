"""The admin speaks the editor's language: Finnish or Swedish, also where Wagtail's own catalogues stop.

Wagtail and wagtail-localize leave a few hundred admin strings untranslated in Finnish and Swedish
(notification subjects, workflow status lines, the checker's messages, the translation editor). Our
translations of them live in locale_overrides/, the second entry of LOCALE_PATHS, which
makemessages never rewrites.
"""

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from teot.models import Deed
from teot.moderation import MODERATORS_GROUP
from tests import factories

OVERRIDES = Path(settings.BASE_DIR) / "locale_overrides"
CATALOGUES = sorted(OVERRIDES.glob("*/LC_MESSAGES/*.po"))

# What each language's admin says in the flows below, and the English it must no longer say.
SAYS = {
    "fi": {
        "submitted_subject": 'Kehittämisteko "Kiireetön aamu" on lähetetty hyväksyttäväksi moderointivaiheeseen',
        "greeting": "Hei ",
        "toggle_checks": "Näytä tai piilota tarkistukset",
        "checker_message": "Väliotsikkojen tasot ovat väärässä järjestyksessä",
        "content_metrics": "Sisällön mittarit",
        "task_submitted_by": "Tehtävään lähettänyt",
        "schedule": "Valitse, milloin tämä kohde (kehittämisteko) julkaistaan ja/tai vanhenee",
        "headings": ["Kieli", "Maakunta", "Toimialat", "Teemat"],
        "localize_js": "Lopeta synkronoitu käännös",
        "admin_js": "Tallennetaan automaattisesti…",
    },
    "sv": {
        "submitted_subject": 'Utvecklingsgärning "Kiireetön aamu" har lämnats in för godkännande i modereringssteget',
        "greeting": "Hej ",
        "toggle_checks": "Växla kontroller",
        "checker_message": "Rubriknivåerna är i fel ordning",
        "content_metrics": "Mätvärden för innehåll",
        "task_submitted_by": "Uppgift inskickad av",
        "schedule": "Välj när detta objekt (utvecklingsgärning) ska publiceras och/eller upphöra",
        "headings": ["Språk", "Landskap", "Sektorer", "Teman"],
        "localize_js": "Avslutar synkroniserad översättning",
        "admin_js": "Sparar automatiskt…",
    },
}
ENGLISH = [
    "has been submitted for approval",
    "Incorrect heading hierarchy",
    "Content metrics",
    "Task submitted by",
    "Toggle checks",
    "Sector names",
    "Theme names",
    "Organisation region",
]


def says(content, text):
    """Whether ``content`` shows ``text``, also where it sits in JSON (JavaScript catalogues, the checker's config)."""
    return text in content or json.dumps(text)[1:-1] in content


def test_overrides_come_after_our_own_catalogue():
    # makemessages writes only to the first entry; the overrides must never be it.
    paths = [Path(path) for path in settings.LOCALE_PATHS]
    assert paths[0] == Path(settings.BASE_DIR) / "locale"
    assert OVERRIDES in paths[1:]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: "/".join(path.parts[-3:]))
def test_override_catalogue_is_valid_and_compiled(catalogue, tmp_path):
    if shutil.which("msgfmt"):
        # Placeholders, plural forms and headers, as `make messages` would check them.
        result = subprocess.run(
            ["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(catalogue)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    po = polib.pofile(str(catalogue))
    mo = catalogue.with_suffix(".mo")
    assert mo.exists(), f"compile it: msgfmt --check -o {mo} {catalogue}"
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(mo))}
    for entry in po.translated_entries():
        assert (entry.msgctxt, entry.msgid) in compiled, f"{mo} is older than its .po: compile it again"
        if entry.msgid_plural:
            assert compiled[entry.msgctxt, entry.msgid].msgstr_plural == entry.msgstr_plural
        else:
            assert compiled[entry.msgctxt, entry.msgid].msgstr == entry.msgstr


def user_in(django_user_model, username, language, group=None):
    user = django_user_model.objects.create_user(username, f"{username}@example.fi", "salasana")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def submitted_deed(django_user_model, locales):
    """A deed an editor has sent to the moderators; one moderator reads Finnish, the other Swedish."""
    moderators = {
        language: user_in(django_user_model, f"moderaattori_{language}", language, MODERATORS_GROUP)
        for language in SAYS
    }
    editor = user_in(django_user_model, "toimittaja", "fi", MODERATORS_GROUP)
    deed = factories.DeedFactory(title="Kiireetön aamu", live=False)
    deed.save_revision(user=editor)
    deed.get_workflow().start(deed, editor)
    assert WorkflowState.objects.filter(object_id=str(deed.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()
    return deed, moderators


@pytest.mark.django_db
def test_each_moderator_is_notified_in_their_own_language(submitted_deed):
    deed, moderators = submitted_deed

    for language, moderator in moderators.items():
        (message,) = [message for message in mail.outbox if message.to == [moderator.email]]
        expected = SAYS[language]
        assert message.subject.startswith(expected["submitted_subject"])
        assert message.body.startswith(expected["greeting"])
        for english in ENGLISH:
            assert english not in message.subject + message.body


@pytest.mark.django_db
@pytest.mark.parametrize("language", SAYS)
def test_the_deed_in_moderation_reads_in_the_moderators_language(client, submitted_deed, language):
    deed, moderators = submitted_deed
    client.force_login(moderators[language])
    expected = SAYS[language]

    edit = client.get(reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk])).content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert f'<html lang="{language}"' in edit
    for key in ("toggle_checks", "checker_message", "content_metrics", "schedule"):
        assert says(edit, expected[key])
    assert says(dashboard, expected["task_submitted_by"])
    for english in ENGLISH:
        assert not says(edit, english)
        assert not says(dashboard, english)


@pytest.mark.django_db
@pytest.mark.parametrize("language", SAYS)
def test_deed_export_headings_are_in_the_editors_language(client, superuser, locales, language):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = language
    profile.save()
    client.force_login(superuser)
    factories.DeedFactory(title="Vietävä teko")

    response = client.get(reverse("wagtailsnippets_teot_deed:list"), {"export": "csv"})

    assert response.status_code == 200
    headings = next(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    for heading in SAYS[language]["headings"]:
        assert heading in headings
    assert not {"Sector names", "Theme names", "Organisation region", "Locale"} & set(headings)


@pytest.mark.django_db
@pytest.mark.parametrize("language", SAYS)
def test_translation_editor_speaks_the_editors_language(client, superuser, locales, language):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = language
    profile.save()
    client.force_login(superuser)
    deed = factories.DeedFactory(title="Käännettävä teko")
    client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["teot", "deed", deed.pk]),
        {"locales": [factories.get_locale("sv").pk]},
    )
    swedish = Deed.objects.get(translation_key=deed.translation_key, locale__language_code="sv")

    editor = client.get(reverse("wagtailsnippets_teot_deed:edit", args=[swedish.pk]))
    localize_js = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    admin_js = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()

    assert editor.status_code == 200
    assert f'<html lang="{language}"' in editor.content.decode()
    assert says(localize_js, SAYS[language]["localize_js"])
    assert says(admin_js, SAYS[language]["admin_js"])
