"""The PostgreSQL half of the suite can be skipped on a laptop, never silently in CI."""

import pytest

from tests.postgres_support import admin_postgres_url


class TestWithoutAServer:
    def test_ci_fails_loudly(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("CI", "true")
        monkeypatch.delenv("REFERRAL_TEST_POSTGRES_URL", raising=False)
        with pytest.raises(pytest.fail.Exception, match="CI=true but REFERRAL_TEST_POSTGRES_URL"):
            admin_postgres_url()

    def test_a_laptop_skips(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("CI", raising=False)
        monkeypatch.delenv("REFERRAL_TEST_POSTGRES_URL", raising=False)
        with pytest.raises(pytest.skip.Exception):
            admin_postgres_url()

    def test_a_given_server_is_used(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("REFERRAL_TEST_POSTGRES_URL", "postgresql+psycopg://u@h:1/d")
        assert admin_postgres_url() == "postgresql+psycopg://u@h:1/d"
