"""Make the project package ``site/`` importable as ``site.*``.

Python imports the standard-library module ``site`` at start-up, so a folder
called ``site`` can never be imported the normal way ("'site' is not a
package"). Appending our folder to the already-imported module's ``__path__``
turns it into a namespace for submodule lookups: ``site.settings``,
``site.urls`` and ``site.wsgi`` resolve to our files while the standard
library's functions stay where they are.

Loaded first by ``manage.py``, by pytest (``-p sitepath`` in pytest.ini) and by
gunicorn (``gunicorn.conf.py``). Never add a module to ``site/`` named after an
attribute of the stdlib ``site`` module (``os``, ``sys``, ``main`` …).
"""

import site
from pathlib import Path

SITE_DIR = str(Path(__file__).resolve().parent / "site")

if SITE_DIR not in getattr(site, "__path__", []):
    site.__path__ = [*getattr(site, "__path__", []), SITE_DIR]
