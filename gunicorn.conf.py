"""gunicorn settings: `gunicorn` run from the project root picks this file up."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import sitepath  # noqa: E402, F401  (makes site.wsgi importable, see sitepath.py)

wsgi_app = "site.wsgi:application"
raw_env = [f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'site.settings.production')}"]
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
accesslog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
