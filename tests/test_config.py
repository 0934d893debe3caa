"""Settings come from the environment only, and production refuses laptop defaults."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from app.config import Settings

PRODUCTION = {
    "environment": "production",
    "database_url": "postgresql+psycopg://app:pw@db:5432/referrals",
    "rate_limit_storage": "redis://redis:6379/0",
}


class TestProductionSettings:
    def test_postgres_and_redis_start(self) -> None:
        settings = Settings(**PRODUCTION)  # type: ignore[arg-type]
        assert settings.environment == "production"

    def test_sqlite_is_refused_naming_the_variable(self) -> None:
        with pytest.raises(ValidationError, match="REFERRAL_DATABASE_URL is SQLite"):
            Settings(**{**PRODUCTION, "database_url": "sqlite:///var/x.db"})  # type: ignore[arg-type]

    def test_in_process_rate_limits_are_refused(self) -> None:
        with pytest.raises(ValidationError, match="REFERRAL_RATE_LIMIT_STORAGE is memory://"):
            Settings(**{**PRODUCTION, "rate_limit_storage": "memory://"})  # type: ignore[arg-type]

    def test_the_environment_alone_configures_production(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("REFERRAL_ENVIRONMENT", "production")
        monkeypatch.delenv("REFERRAL_DATABASE_URL", raising=False)
        with pytest.raises(ValidationError, match="Refusing to start in production"):
            Settings()

    def test_development_keeps_its_laptop_defaults(self) -> None:
        settings = Settings(environment="development")
        assert settings.database_url.startswith("sqlite")


class TestSecretsFromTheEnvironmentOnly:
    def test_a_dotenv_file_is_not_read(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (tmp_path / ".env").write_text("REFERRAL_DATABASE_URL=postgresql+psycopg://leak@x/y\n")
        monkeypatch.chdir(tmp_path)
        monkeypatch.delenv("REFERRAL_DATABASE_URL", raising=False)
        assert "leak" not in Settings().database_url

    def test_the_environment_is_read(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("REFERRAL_DATABASE_URL", "postgresql://app@db/referrals")
        assert Settings().database_url == "postgresql+psycopg://app@db/referrals"


class TestLogLevel:
    def test_a_typo_is_refused_at_start_up(self) -> None:
        with pytest.raises(ValidationError, match="log_level must be one of"):
            Settings(log_level="verbose")

    def test_lower_case_is_accepted(self) -> None:
        assert Settings(log_level="debug").log_level == "DEBUG"
