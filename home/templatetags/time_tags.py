"""``{{ value|html_datetime }}``: a date or time for a ``<time datetime>`` attribute.

Django's ``date:'c'`` writes a stored time's microseconds (``12:00:00.123456+02:00``), which HTML's
date-time syntax does not allow (at most three digits of a second's fractions).
"""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def html_datetime(value):
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
