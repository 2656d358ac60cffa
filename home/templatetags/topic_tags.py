"""``{% topic_token "news" "tree" as token %}``: a value that changes when any of the topics changes.

Put it among the vary-on values of Django's ``{% cache %}`` tag, and the fragment is rebuilt
after the next change of its topics (see home/invalidation.py).
"""

from django import template

from home import invalidation

register = template.Library()


@register.simple_tag
def topic_token(*topics):
    return ".".join(invalidation.tokens(topics))
