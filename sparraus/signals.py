"""The coaching cache topics.

- ``"coaches"``: what the directory shows, and what makes it stale (a coach published, unpublished or
  deleted, or a theme or sector renamed).
- ``"coaching"``: the public coaching statistics (sparraus/statistics.py), counted from the applications
  and their feedback. Stale when an application or feedback is saved or deleted, an application's sectors
  or themes change, or what names them in the figures does (an organisation's region, a sector or theme).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.search import index
from wagtail.signals import unpublished

from home import invalidation
from teot.models import Organisation, Sector, Theme

from .models.applications import CoachingApplication, CoachingFeedback
from .models.coaches import Coach

TOPIC = "coaches"
COACHING_TOPIC = "coaching"


def coaches_changed(**kwargs):
    invalidation.changed(TOPIC)


def coach_saved(instance, **kwargs):
    if instance.live:  # a draft beside a live coach changes nothing visitors see
        coaches_changed()


def coaching_changed(**kwargs):
    invalidation.changed(COACHING_TOPIC)


def coach_themes_changed(instance, action, reverse, **kwargs):
    """Index the coach again once its themes are written: their names are searched (``Coach.theme_names``), and
    the search index was updated when the coach was saved, before a save writes its parental many-to-many links."""
    if not reverse and action in ("post_add", "post_remove", "post_clear"):
        index.insert_or_update_object(instance)


def theme_saved(instance, **kwargs):
    """A renamed theme is searched under its new name: index its coaches again (tens at most)."""
    for coach in Coach.objects.filter(themes=instance):
        index.insert_or_update_object(coach)


def connect():
    post_save.connect(coach_saved, sender=Coach, dispatch_uid="sparraus-coach-saved")
    unpublished.connect(coaches_changed, sender=Coach, dispatch_uid="sparraus-coach-unpublished")
    post_delete.connect(coaches_changed, sender=Coach, dispatch_uid="sparraus-coach-deleted")
    for relation in ("sectors", "themes"):
        m2m_changed.connect(
            coaches_changed, sender=getattr(Coach, relation).through, dispatch_uid=f"sparraus-{relation}"
        )
    m2m_changed.connect(coach_themes_changed, sender=Coach.themes.through, dispatch_uid="sparraus-themes-indexed")
    post_save.connect(theme_saved, sender=Theme, dispatch_uid="sparraus-theme-indexed")
    for model in (Sector, Theme):
        name = model._meta.model_name
        post_save.connect(coaches_changed, sender=model, dispatch_uid=f"sparraus-{name}-saved")
        post_delete.connect(coaches_changed, sender=model, dispatch_uid=f"sparraus-{name}-deleted")
    _connect_coaching()


def _connect_coaching():
    for model in (CoachingApplication, CoachingFeedback, Organisation, Sector, Theme):
        name = model._meta.model_name
        post_save.connect(coaching_changed, sender=model, dispatch_uid=f"sparraus-coaching-{name}-saved")
        post_delete.connect(coaching_changed, sender=model, dispatch_uid=f"sparraus-coaching-{name}-deleted")
    for relation in ("sectors", "themes"):
        m2m_changed.connect(
            coaching_changed,
            sender=getattr(CoachingApplication, relation).through,
            dispatch_uid=f"sparraus-coaching-application-{relation}",
        )
