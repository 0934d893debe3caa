"""Settings, read once from the environment (prefix REFERRAL_) and never from request data."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_SEED_DIR = PROJECT_ROOT / "seed"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class Settings(BaseSettings):
    """Every knob the service has; defaults are safe for a laptop."""

    model_config = SettingsConfigDict(env_prefix="REFERRAL_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = f"sqlite:///{PROJECT_ROOT / 'var' / 'referral-router.db'}"
    seed_dir: Path = BUNDLED_SEED_DIR
    # How often each process checks directory_version to pick up writes from other replicas.
    reload_interval_seconds: float = Field(default=5.0, gt=0, le=300)
    log_level: str = "INFO"
    log_json: bool = True
    max_body_bytes: int = Field(default=2_000_000, gt=0)
    max_import_bytes: int = Field(default=50_000_000, gt=0)
    # Rate limits, requests per minute. Anonymous callers share a lower budget per address.
    rate_limit_anonymous_per_minute: int = Field(default=60, gt=0)
    rate_limit_key_per_minute: int = Field(default=600, gt=0)
    rate_limit_storage: str = "memory://"
    # Extra origins allowed by CORS besides those registered on publishable keys.
    cors_origins: list[str] = []
    public_base_url: str | None = None

    @field_validator("log_level", mode="before")
    @classmethod
    def _known_log_level(cls, value: object) -> object:
        # Checked here so a typo stops start-up with a clear message, not deep in logging.
        if isinstance(value, str) and value.upper() not in LOG_LEVELS:
            raise ValueError(f"log_level must be one of {', '.join(LOG_LEVELS)}")
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _refuse_unsafe_production_defaults(self) -> "Settings":
        # Laptop defaults that would quietly misbehave with many replicas behind a balancer.
        if self.environment != "production":
            return self
        problems = []
        if self.database_url.startswith("sqlite"):
            problems.append(
                "REFERRAL_DATABASE_URL is SQLite: replicas need one shared PostgreSQL "
                "(postgresql+psycopg://...)"
            )
        if self.rate_limit_storage.startswith("memory://"):
            problems.append(
                "REFERRAL_RATE_LIMIT_STORAGE is memory://: each replica would count apart; "
                "use redis://..."
            )
        if problems:
            raise ValueError("Refusing to start in production: " + "; ".join(problems))
        return self

    @field_validator("database_url")
    @classmethod
    def _refuse_plain_postgres_driver(cls, value: str) -> str:
        # psycopg2 is not installed; a bare postgresql:// URL would fail late and obscurely.
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings."""
    return Settings()
