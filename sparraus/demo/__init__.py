"""The coaching demo content, loaded by ``manage.py load_demo_content`` after the deed marketplace's, whose
sectors and themes the coaches are filed under.

The coach directory under the Sparraus page in every language (``content/<language>/pages.toml``), made
before the site's own pages are filled in (``add_pages``), since the Sparraus page links to it; twelve
Finnish coaches, two of them past their framework period, four of them in Swedish and two in English
(``content/<language>/coaches.toml``), some with a drawn picture. Safe to run again: the directory is found
under the Sparraus page and its translations by translation key, a coach by its slug in Finnish and its
translations by translation key, a picture by its title; a coach is published again only when it changed.

Thirty applications from the deed demo's organisations, 2018–2026, in every status of their handling, with
their history and some feedback (``content/fi/applications.toml``); an application is found again by its
contact email and then left as it is (``applications.py``).
"""

from home.demo.builders import LANGUAGES, AppDemo
from sparraus.models.applications import CoachingApplication, CoachingFeedback
from sparraus.models.coaches import Coach

from .applications import ensure_applications
from .coaches import ensure_coaches
from .pages import add_directories, fill_directories


def add_pages(command, pages):
    add_directories(command, pages)


def load(command, homes, pages, images):
    CoachingDemo(command, homes, pages, images).run()


class CoachingDemo(AppDemo):
    def run(self):
        fill_directories(self)
        ensure_coaches(self)
        ensure_applications(self)  # the applicants chose among the coaches
        self.refresh_pages()
        self.report()

    def report(self):
        live = Coach.objects.filter(live=True)
        finnish = live.filter(locale=self.locales["fi"])
        per_language = ", ".join(f"{code} {live.filter(locale=self.locales[code]).count()}" for code in LANGUAGES)
        self.command.stdout.write(
            f"Coaching: the coach directory in fi/sv/en; coaches {per_language} "
            f"({finnish.filter(active=False).count()} past their framework period)."
        )
        statuses = ", ".join(
            f"{CoachingApplication.objects.filter(status=status).count()} {status}"
            for status in CoachingApplication.Status.values
        )
        self.command.stdout.write(
            f"Coaching applications: {CoachingApplication.objects.count()} ({statuses}); "
            f"feedback {CoachingFeedback.objects.count()}."
        )
