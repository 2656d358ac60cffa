"""In a real browser the Content-Security-Policy refuses nothing the site itself uses: one page of each
kind, the deed listing, a video player, an editor's userbar and the admin's editor with its preview."""

import pytest

from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.a11y

# Added before any page script runs; the browser fires the event for every refused load or inline code.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    const where = `${event.sourceFile}:${event.lineNumber}`;
    window.cspViolations.push(`${event.violatedDirective} refused ${event.blockedURI || "inline"} at ${where}`);
});
"""


@pytest.fixture
def watched(page):
    page.add_init_script(RECORD_VIOLATIONS)
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.violations = lambda: [
        *page.evaluate("window.cspViolations || []"),
        *[text for text in messages if "Content Security Policy" in text],
    ]
    return page


def public_paths(demo):
    paths = {model.__name__: demo.paths[model.__name__, "en"] for model in PAGE_TYPES}
    paths |= {f"deeds {name}": path for name, path in demo.deeds["en"].items()}
    paths["past webinar (video player)"] = demo.communications["en"]["past_webinar"]
    return paths


def test_public_pages_break_no_rule(demo, watched, subtests):
    for kind, path in public_paths(demo).items():
        with subtests.test(kind=kind):
            response = watched.goto(demo.url + path)
            assert response.status == 200
            assert "'unsafe-inline'" not in response.headers["content-security-policy"]
            assert watched.violations() == [], path


def test_the_video_player_is_framed(demo, watched):
    watched.goto(demo.url + demo.communications["en"]["past_webinar"])
    assert watched.locator(".video__player iframe[src^='https://www.youtube.com/embed/']").count() == 1
    assert watched.violations() == []


def log_in(page, demo):
    page.goto(demo.url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "admin")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(demo.url + "/admin/")


def test_the_editors_userbar_and_its_checks_work(demo, watched):
    log_in(watched, demo)
    watched.goto(demo.url + demo.deeds["en"]["deed"])
    trigger = watched.locator("wagtail-userbar").locator("#wagtail-userbar-trigger")
    trigger.click()
    watched.locator("wagtail-userbar").locator("#wagtail-userbar-items").wait_for(state="visible")
    # The content checks run axe-core in the page, under the public policy.
    watched.locator("wagtail-userbar").locator("#checker-trigger").click()
    watched.locator("wagtail-userbar").locator("#checker-results").wait_for(state="visible")
    assert watched.violations() == []


def test_the_admin_editor_and_its_preview_work(demo, watched):
    log_in(watched, demo)
    assert watched.violations() == []
    watched.goto(demo.url + "/admin/pages/")
    watched.goto(demo.url + demo.paths["NewsPage", "en"])
    watched.locator("wagtail-userbar").locator("#wagtail-userbar-trigger").click()
    watched.locator("wagtail-userbar").locator("a[href*='/edit/']").first.click()
    watched.wait_for_url("**/edit/")
    watched.locator("button[data-side-panel-toggle='preview']").click()
    frame = watched.frame_locator("iframe#w-preview-iframe")
    frame.locator("h1").first.wait_for(state="visible")
    assert watched.violations() == []
