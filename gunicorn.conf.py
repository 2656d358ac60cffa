"""gunicorn settings: `gunicorn` run from the project root picks this file up."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import sitepath  # noqa: F401  (makes site.wsgi importable, see sitepath.py)

wsgi_app = "site.wsgi:application"
raw_env = [f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'site.settings.production')}"]
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
accesslog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Sync workers, one request each, behind nginx (deploy/nginx/), which reads every request whole before
# passing it on and cuts off clients that stall: a slow client waits in nginx, never in a worker.
# Without such a proxy in front, two clients that announce a body and never send it hold both workers.
worker_class = "sync"
# A request that has reached a worker is complete, so these only bound our own slowness:
timeout = 30  # a worker silent this long (a stuck request) is killed and replaced
graceful_timeout = 20  # on reload or stop, requests in progress get this long to finish
# gunicorn 27's control socket lives in the user's home (~/.gunicorn/), which the service user need not
# have; systemd's signals (deploy/systemd/tekojentori.service) are all the control the site needs.
control_socket_disable = True


def post_worker_init(worker):
    # Open Voikko and load simplemma's word lists (a second or two) before the first search, not during it.
    from home.search.analysis import LANGUAGES, get_analyser

    for language in LANGUAGES:
        get_analyser(language)
