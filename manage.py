#!/usr/bin/env python
import os
import sys

import sitepath  # noqa: F401  (makes site.settings importable, see sitepath.py)

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings.dev")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
