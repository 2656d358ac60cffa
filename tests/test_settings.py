"""Settings: the checks pass, migrations are complete, production is safe and strict."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def production_env(tmp_path, **overrides):
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "PYTHONPATH"}}
    env.update(
        DJANGO_SETTINGS_MODULE="site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="tekojentori.fi,www.tekojentori.fi",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/15",
        WAGTAILADMIN_BASE_URL="https://tekojentori.fi",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_no_model_changes_lack_a_migration():
    # Exits non-zero (SystemExit) when makemigrations would write a file.
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_production_settings_pass_the_deploy_checks(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "variable", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "WAGTAILADMIN_BASE_URL"]
)
@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
def test_production_refuses_to_start_without(tmp_path, variable, value):
    result = manage("check", env=production_env(tmp_path, **{variable: value}))
    assert result.returncode != 0
    assert f"ImproperlyConfigured: Set the {variable} environment variable." in result.stderr


def test_production_reads_hosts_from_the_environment(tmp_path):
    env = production_env(tmp_path, ALLOWED_HOSTS="tekojentori.fi, www.tekojentori.fi")
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, s.DEBUG)",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "['tekojentori.fi', 'www.tekojentori.fi'] ['https://tekojentori.fi', 'https://www.tekojentori.fi'] False"
    ) in result.stdout


def test_production_caches_in_redis(tmp_path):
    result = manage(
        "shell",
        "-c",
        "from django.core.cache import caches as c; print(type(c['default']).__name__, type(c['renditions']).__name__)",
        env=production_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "RedisCache RenditionRedisCache" in result.stdout  # ours (home/cache_backends.py)


def test_production_emails_link_to_the_https_address_given(tmp_path):
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.WAGTAILADMIN_BASE_URL)",
        env=production_env(tmp_path, WAGTAILADMIN_BASE_URL="https://tekojentori.fi/"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "https://tekojentori.fi"


def test_production_refuses_a_plain_http_admin_address(tmp_path):
    result = manage("check", env=production_env(tmp_path, WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000"))
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be the site's https:// address." in result.stderr


def test_the_demo_loader_refuses_to_run_under_the_production_settings(tmp_path):
    result = manage("load_demo_content", env=production_env(tmp_path))
    assert result.returncode != 0
    assert "Refusing to load the demo content under the production settings" in result.stderr
    assert "--force-production" in result.stderr
    # Refused before touching the database: not even a table was created.
    assert not (tmp_path / "production.sqlite3").exists() or (tmp_path / "production.sqlite3").stat().st_size == 0


@pytest.mark.django_db
def test_the_demo_loader_creates_no_admin_when_refused(settings, django_user_model):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="--force-production"):
        call_command("load_demo_content")
    assert not django_user_model.objects.filter(username="admin").exists()
