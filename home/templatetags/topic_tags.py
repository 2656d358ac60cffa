"""Fragments kept until their topics change, with Django's ``{% cache %}`` tag::

    {% topic_token "news" "tree" as token %}{% fragment_seconds as seconds %}
    {% cache seconds news_listing page.pk token %}…{% endcache %}

``topic_token`` changes when any of the topics changes (home/invalidation.py), so the fragment is
rebuilt after the next change; ``fragment_seconds`` is 0 in previews, whose content is unsaved.
"""

from django import template

from home import invalidation

register = template.Library()


@register.simple_tag
def topic_token(*topics):
    return ".".join(invalidation.tokens(topics))


@register.simple_tag(takes_context=True)
def fragment_seconds(context):
    return 0 if getattr(context.get("request"), "is_preview", False) else invalidation.TIMEOUT
