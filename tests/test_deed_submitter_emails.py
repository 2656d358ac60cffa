"""Who submitted a deed through the public form hears when it is published, or declined and why."""

import logging

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import WorkflowState

from teot.models import Deed
from teot.moderation import MODERATORS_GROUP
from tests import factories
from tests.admin_forms import deed_admin_form

pytestmark = pytest.mark.django_db

SUBMITTER = "sanna.lahettaja@tampere.fi"
COMMENT = "Kertokaa vielä, mitä tuloksia saitte."


@pytest.fixture
def marketplaces(homes):
    finnish = factories.DeedIndexPageFactory(parent=homes["fi"], slug="teot")
    return {"fi": finnish, "sv": factories.translate(finnish, "sv", title="Gärningar", slug="garningar")}


@pytest.fixture
def moderator(django_user_model, locales):
    user = django_user_model.objects.create_user("moderaattori", "moderaattori@tekojentori.fi", "salasana")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the transaction to commit, as a real request's does: the emails are sent then."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def submitted_deed(language_code="fi", **fields):
    """A deed as the public form stores it: a draft with the submitter's details, in moderation."""
    defaults = {
        "title": "Kiireetön aamu",
        "slug": "kiireeton-aamu",
        "submitter_name": "Sanna Lähettäjä",
        "submitter_email": SUBMITTER,
    }
    deed = factories.DeedFactory(
        live=False,
        origin=Deed.Origin.SUBMISSION,
        locale=factories.get_locale(language_code),
        **{**defaults, **fields},
    )
    deed.save_revision()
    Deed.get_default_workflow().start(deed, user=None)
    mail.outbox.clear()  # Wagtail's own notice to the moderators
    return deed


def workflow_action(client, deed, action, comment=""):
    task_state = WorkflowState.objects.for_instance(deed).get(status=WorkflowState.STATUS_IN_PROGRESS)
    url = reverse(
        "wagtailsnippets_teot_deed:workflow_action",
        args=[deed.pk, action, task_state.current_task_state.pk],
    )
    return client.post(url, {"comment": comment})


def publish_in_admin(client, deed, **changes):
    url = reverse("wagtailsnippets_teot_deed:edit", args=[deed.pk])
    response = client.post(url, {**deed_admin_form(deed, **changes), "action-publish": "publish"})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return response


def to_submitter():
    return [message for message in mail.outbox if SUBMITTER in message.to]


def in_language(language_code, text):
    with translation.override(language_code):
        return translation.gettext(text)


def test_approving_a_submitted_deed_tells_the_submitter_where_it_is(moderator, marketplaces, committed):
    deed = submitted_deed()

    with committed():
        assert workflow_action(moderator, deed, "approve").status_code == 302

    deed.refresh_from_db()
    assert deed.live
    (message,) = to_submitter()
    assert message.to == [SUBMITTER]
    assert message.subject == in_language("fi", "Your deed has been published – Tekojen tori")
    assert message.body.startswith(in_language("fi", "Hello %(name)s,") % {"name": "Sanna Lähettäjä"})
    link = marketplaces["fi"].get_full_url() + "kiireeton-aamu/"
    assert link.startswith("http")
    assert link in message.body
    assert Client().get(link).status_code == 200
    assert "/admin/" not in message.body
    assert deed.summary not in message.body
    assert len(mail.outbox) == 1


def test_a_swedish_submitter_hears_in_swedish_with_the_swedish_link(moderator, marketplaces, committed):
    deed = submitted_deed("sv", title="Lugn morgon", slug="lugn-morgon")

    with committed():
        workflow_action(moderator, deed, "approve")

    (message,) = to_submitter()
    assert message.subject == in_language("sv", "Your deed has been published – Tekojen tori")
    assert marketplaces["sv"].get_full_url() + "lugn-morgon/" in message.body
    assert "/sv/" in marketplaces["sv"].get_full_url()


def test_declining_sends_the_moderators_comment_and_no_link_to_the_deed(moderator, marketplaces, committed):
    deed = submitted_deed()

    with committed():
        assert workflow_action(moderator, deed, "reject", COMMENT).status_code == 302

    deed.refresh_from_db()
    assert not deed.live
    (message,) = to_submitter()
    assert message.subject == in_language("fi", "Your deed was not published – Tekojen tori")
    assert COMMENT in message.body
    assert "kiireeton-aamu" not in message.body
    assert deed.title not in message.body and deed.summary not in message.body
    submit_url = marketplaces["fi"].get_full_url() + marketplaces["fi"].reverse_subpage("submit")
    assert submit_url in message.body


def test_publishing_from_the_edit_view_tells_the_submitter_once(editor_client, marketplaces, committed):
    deed = submitted_deed()

    with committed():
        publish_in_admin(editor_client, deed)
    assert len(to_submitter()) == 1

    deed.refresh_from_db()
    with committed():
        publish_in_admin(editor_client, deed, summary="Korjattu tiivistelmä.")
        editor_client.post(reverse("wagtailsnippets_teot_deed:unpublish", args=[deed.pk]))
    deed.refresh_from_db()
    assert not deed.live
    with committed():
        publish_in_admin(editor_client, deed)

    deed.refresh_from_db()
    assert deed.live
    assert len(to_submitter()) == 1  # the republishing and the edits sent nothing more


def test_editors_deeds_and_deeds_without_an_address_send_nothing(editor_client, marketplaces, committed):
    editors = factories.DeedFactory(live=False, submitter_email=SUBMITTER, slug="toimittajan")
    editors.save_revision()
    anonymous = submitted_deed(submitter_email="", slug="nimeton")

    with committed():
        publish_in_admin(editor_client, editors)
        publish_in_admin(editor_client, anonymous)

    assert Deed.objects.filter(live=True).count() == 2
    assert mail.outbox == []


def test_publishing_a_translation_of_a_submitted_deed_sends_nothing(editor_client, marketplaces, committed):
    deed = submitted_deed()
    with committed():
        publish_in_admin(editor_client, deed)
    mail.outbox.clear()
    for term in (*deed.sectors.all(), *deed.themes.all()):
        factories.translate_snippet(term, "sv", slug=f"{term.slug}-sv")

    with committed():
        editor_client.post(
            reverse("wagtail_localize:submit_snippet_translation", args=["teot", "deed", deed.pk]),
            {"locales": [factories.get_locale("sv").pk]},
        )
        swedish = Deed.objects.get(translation_key=deed.translation_key, locale__language_code="sv")
        publish_in_admin(editor_client, swedish)

    swedish.refresh_from_db()
    assert swedish.live
    assert mail.outbox == []


def test_a_mail_failure_does_not_stop_publishing(moderator, marketplaces, committed, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise OSError("SMTP server unreachable")

    monkeypatch.setattr("teot.notifications.send_mail", broken)
    deed = submitted_deed()

    with caplog.at_level(logging.ERROR, logger="teot.notifications"), committed():
        assert workflow_action(moderator, deed, "approve").status_code == 302

    deed.refresh_from_db()
    assert deed.live
    assert "submission_published" in caplog.text
