"""The ``"deeds"`` cache topic: values computed from live deeds, and what makes them stale.

Facet counts, search matches, statistics and the home page's figures are kept with
``cached`` until a deed is published, unpublished or deleted, or an organisation, sector,
theme or campaign changes (handlers connected in ``TeotConfig.ready``; the galas connect their
awards' handlers in ``GaalaConfig.ready`` and add a clock with the ``register_deeds_cache_clock`` hook).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail import hooks
from wagtail.signals import unpublished

from home import invalidation

from .models.deeds import Deed
from .models.organisations import Campaign, Organisation
from .models.taxonomy import Sector, Theme

TOPIC = "deeds"
CLOCK_HOOK = "register_deeds_cache_clock"


def clocks():
    """The registered functions whose value changes with time alone (a gala's results become public when it
    ends). No signal tells when that happens, so the clocks' values are part of every key."""
    return [hook() for hook in hooks.get_hooks(CLOCK_HOOK)]


def cached(key, build):
    """``build()``'s value, computed once until the deeds change or a clock moves on."""
    moments = ".".join(str(clock()) for clock in clocks())
    return invalidation.cached(TOPIC, f"{key}:{moments}" if moments else key, build)


def token(*topics):
    """A value that changes when the deeds or ``topics`` change or a clock moves on: for fragment keys."""
    return ".".join([*invalidation.tokens([TOPIC, *topics]), *(str(clock()) for clock in clocks())])


def deeds_changed(**kwargs):
    invalidation.changed(TOPIC)


def deed_saved(instance, **kwargs):
    # A draft saved beside a live deed changes nothing visitors see; unpublishing sends its own signal.
    if instance.live:
        deeds_changed()


def connect():
    post_save.connect(deed_saved, sender=Deed, dispatch_uid="teot-deed-saved")
    unpublished.connect(deeds_changed, sender=Deed, dispatch_uid="teot-deed-unpublished")
    post_delete.connect(deeds_changed, sender=Deed, dispatch_uid="teot-deed-deleted")
    for relation in ("sectors", "themes"):
        m2m_changed.connect(deeds_changed, sender=getattr(Deed, relation).through, dispatch_uid=f"teot-{relation}")
    for model in (Organisation, Sector, Theme, Campaign):
        name = model._meta.model_name
        post_save.connect(deeds_changed, sender=model, dispatch_uid=f"teot-{name}-saved")
        post_delete.connect(deeds_changed, sender=model, dispatch_uid=f"teot-{name}-deleted")
