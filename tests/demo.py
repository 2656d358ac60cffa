"""Loading the demo content in tests of what it builds."""

from io import StringIO

from django.core.management import call_command
from django.db import transaction


def load_demo_twice(django_db_blocker, snapshot):
    """For a module-scoped fixture: the demo loaded twice (it is slow), then rolled back.

    Yields the output of both runs and ``snapshot()`` taken after the first, so tests can
    check that loading again changes nothing.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        first_output, second_output = StringIO(), StringIO()
        call_command("load_demo_content", stdout=first_output)
        first = snapshot()
        call_command("load_demo_content", stdout=second_output)
        yield {"output": first_output.getvalue(), "again": second_output.getvalue(), "first": first}
        transaction.set_rollback(True)
