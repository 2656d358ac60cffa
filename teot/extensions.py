"""Extra sections of the deed page, added by apps that stand on ``teot`` (the galas' awards).

``teot`` never imports those apps: they register a ``DeedSection`` with the ``register_deed_section``
hook in their ``wagtail_hooks.py``. A section is a template and a function of ``(deed, request)``
returning the template's context, or None when the section has nothing to show for this deed. The
deed page renders each section with its context as ``section``; ``request`` is None in some previews.
"""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

SECTION_HOOK = "register_deed_section"


@dataclass(frozen=True)
class DeedSection:
    template_name: str
    context: Callable


def deed_sections(deed, request):
    """``[{"template_name": ..., "context": {...}}]``: the registered sections that have something to show."""
    sections = []
    for hook in hooks.get_hooks(SECTION_HOOK):
        section = hook()
        context = section.context(deed, request)
        if context:
            sections.append({"template_name": section.template_name, "context": context})
    return sections
