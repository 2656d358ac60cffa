"""The demo's coaching applications (``content/fi/applications.toml``), each with its handling history and, for
some of the completed coachings, the applicant's feedback.

An application is found again by its contact email, ``demo-<key>@example.fi``: the model has no key of its own,
and the data gives every application its own address. One found is left as it is, so that a handler's changes
in the admin outlive a second run, and that run adds nothing. A new one is made as the form makes it (all three
participant groups, terms and preferred coaches in its language) and handled as the admin would handle it: one
status change per step, none of them by a user. The dates are set afterwards, since the model stamps them on
creation: each step a fixed number of days after the application came in.
"""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone

from home.demo.content import read
from sparraus.models.applications import MAX_PREFERRED_COACHES, CoachingApplication, CoachingFeedback, StatusChange
from sparraus.models.coaches import Coach
from teot.models import Organisation, Sector, Theme

APPLICATIONS = read(__package__, "fi", "applications")["applications"]
EMAIL = "demo-{key}@example.fi"
# What the data gives as the applicant typed it.
FORM_FIELDS = ("unit", "contact_name", "contact_phone", "need", "participant_count", "preferred_period")

Status = CoachingApplication.Status
# The steps an application went through to reach its status, in order.
STEPS = {
    Status.RECEIVED: [Status.RECEIVED],
    Status.APPROVED: [Status.RECEIVED, Status.APPROVED],
    Status.ASSIGNED: [Status.RECEIVED, Status.APPROVED, Status.ASSIGNED],
    Status.DONE: [Status.RECEIVED, Status.APPROVED, Status.ASSIGNED, Status.DONE],
    Status.DECLINED: [Status.RECEIVED, Status.DECLINED],
}
# Days from the application's arrival to each step: a decision in under two weeks, the coaching (one or two
# days) about two months after the application, the feedback a week after the coaching.
DAYS_AFTER_ARRIVAL = {Status.RECEIVED: 0, Status.APPROVED: 9, Status.ASSIGNED: 23, Status.DONE: 68, Status.DECLINED: 11}
FEEDBACK_DAYS_AFTER_COACHING = 8
ARRIVAL_TIME = datetime.time(10, 15)


def ensure_applications(demo):
    terms = {model: terms_by_language(demo, model) for model in (Sector, Theme)}
    for key, spec in APPLICATIONS.items():
        email = EMAIL.format(key=key)
        if not CoachingApplication.objects.filter(contact_email=email).exists():
            create_application(demo, key, email, spec, terms)
            demo.count_created()


def terms_by_language(demo, model):
    """``{language: {Finnish slug: term in that language}}``: the data names terms by their Finnish slug."""
    keys = dict(model.objects.filter(locale=demo.locales["fi"]).values_list("translation_key", "slug"))
    by_language = {}
    for code, locale in demo.locales.items():
        by_language[code] = {keys[term.translation_key]: term for term in model.objects.filter(locale=locale)}
    return by_language


def create_application(demo, key, email, spec, terms):
    check(key, spec)
    language = spec.get("language", "fi")
    application = CoachingApplication(
        organisation=organisation(key, spec["organisation"]),
        contact_email=email,
        language=language,
        management=True,
        supervisors=True,
        staff=True,
        privacy_consent=True,
        status=spec["status"],
        coach=coaches(key, demo.locales["fi"], [spec["coach"]])[0] if "coach" in spec else None,
        decline_reason=spec.get("decline_reason", ""),
        **{name: spec[name] for name in FORM_FIELDS},
    )
    application.full_clean()
    application.save()
    for relation, model in (("sectors", Sector), ("themes", Theme)):
        getattr(application, relation).set(named_terms(key, terms[model][language], spec[relation]))
    application.preferred_coaches.set(coaches(key, demo.locales[language], spec["coaches"]))

    moments = step_moments(spec)
    for step, moment in moments.items():
        change = StatusChange.objects.create(application=application, status=step)
        StatusChange.objects.filter(pk=change.pk).update(at=moment)
    CoachingApplication.objects.filter(pk=application.pk).update(
        created_at=moments[Status.RECEIVED], updated_at=max(moments.values())
    )
    if "feedback" in spec:
        feedback = CoachingFeedback(application=application, **spec["feedback"])
        feedback.full_clean()
        feedback.save()
        given = at_most_now(moments[Status.DONE] + datetime.timedelta(days=FEEDBACK_DAYS_AFTER_COACHING))
        CoachingFeedback.objects.filter(pk=feedback.pk).update(created_at=given)


def check(key, spec):
    """What the handling form would refuse: the data is checked as strictly as an editor's input."""
    status = spec["status"]
    problems = []
    if status not in STEPS:
        problems.append(f"unknown status {status!r}")
    if (status in (Status.ASSIGNED, Status.DONE)) != ("coach" in spec):
        problems.append("a coach belongs to an assigned or done application, and only to one")
    if (status == Status.DECLINED) != bool(spec.get("decline_reason", "").strip()):
        problems.append("a reason belongs to a declined application, and only to one")
    if "feedback" in spec and status != Status.DONE:
        problems.append("feedback only follows a coaching that was done")
    if not 1 <= len(spec["coaches"]) <= MAX_PREFERRED_COACHES:
        problems.append(f"choose 1 to {MAX_PREFERRED_COACHES} preferred coaches")
    if problems:
        raise CommandError(f"Demo application {key}: {'; '.join(problems)}.")


def organisation(key, name):
    found = Organisation.objects.approved().filter(name=name).first()
    if found is None:
        raise CommandError(f"Demo application {key}: no approved organisation {name!r} (teot/demo).")
    return found


def named_terms(key, by_slug, slugs):
    missing = [slug for slug in slugs if slug not in by_slug]
    if missing:
        raise CommandError(f"Demo application {key}: no term {', '.join(missing)} in its language.")
    return [by_slug[slug] for slug in slugs]


def coaches(key, locale, slugs):
    """The live active coaches with these slugs in this language, as the form offers them."""
    found = {coach.slug: coach for coach in Coach.objects.live_in(locale).filter(active=True, slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise CommandError(
            f"Demo application {key}: no active coach {', '.join(missing)} in {locale.language_code} (coaches.toml)."
        )
    return [found[slug] for slug in slugs]


def step_moments(spec):
    """``{status: when}`` for each step up to the application's status; never in the future."""
    arrived = timezone.make_aware(datetime.datetime.combine(spec["received"], ARRIVAL_TIME))
    return {
        step: at_most_now(arrived + datetime.timedelta(days=DAYS_AFTER_ARRIVAL[step])) for step in STEPS[spec["status"]]
    }


def at_most_now(moment):
    return min(moment, timezone.now())
