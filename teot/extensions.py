"""Extra sections of the deed page, added by apps that stand on ``teot`` (the galas' awards).

``teot`` never imports those apps: they register here from their
``AppConfig.ready``. A section is a template and a function of
``(deed, request)`` returning the template's context, or None when the
section has nothing to show for this deed. The deed page renders each section
with its context as ``section``; ``request`` is None in some previews.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DeedSection:
    template_name: str
    context: Callable


DEED_SECTIONS = []


def register_deed_section(template_name, context_function):
    """Add a section to every deed page, after the ones registered before it (once per template)."""
    if any(section.template_name == template_name for section in DEED_SECTIONS):
        return
    DEED_SECTIONS.append(DeedSection(template_name, context_function))


def deed_sections(deed, request):
    """``[{"template_name": ..., "context": {...}}]``: the registered sections that have something to show."""
    sections = []
    for section in DEED_SECTIONS:
        context = section.context(deed, request)
        if context:
            sections.append({"template_name": section.template_name, "context": context})
    return sections
