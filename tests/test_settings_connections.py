"""Production keeps its database connections between requests (issue 18): one per request halved the rate."""

from tests.test_settings import run_manage

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "duongkinh.settings.production",
    "DJANGO_SECRET_KEY": "a-long-random-secret-key-for-the-connection-test-0123456789-abcdefghijkl",
    "DATABASE_URL": "postgres://portal@db.example:5432/portal",
}
PRINT_CONNECTION = (
    "from django.conf import settings; d = settings.DATABASES['default'];"
    " print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
)
SHELL = ["shell", "-v", "0", "-c", PRINT_CONNECTION]


def test_production_keeps_connections_ten_minutes_and_checks_them_before_reuse():
    result = run_manage(SHELL, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["600", "True"]


def test_database_conn_max_age_chooses_the_lifetime_and_zero_turns_it_off():
    for seconds in ("0", "60"):
        result = run_manage(SHELL, **PRODUCTION, DATABASE_CONN_MAX_AGE=seconds)
        assert result.stdout.split() == [seconds, "True"]
