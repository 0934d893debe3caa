"""Seed a small directory fast: the national lines plus the Durham part of the sample."""

import json
import shutil
from pathlib import Path

from app.config import BUNDLED_SEED_DIR
from app.directory import migrate
from app.directory.database import get_engine, session_scope
from app.directory.seed import load_seed


def durham_seed_folder(tmp_path: Path) -> Path:
    """A seed folder with the national lines and only the Durham sample organizations."""
    folder = tmp_path / "seed"
    folder.mkdir()
    shutil.copy(BUNDLED_SEED_DIR / "national_lines.json", folder / "national_lines.json")
    sample = json.loads((BUNDLED_SEED_DIR / "sample_directory.json").read_text())
    sample["organizations"] = [o for o in sample["organizations"] if "durham" in o["id"]]
    (folder / "sample_directory.json").write_text(json.dumps(sample))
    return folder


def seed_durham(url: str, tmp_path: Path) -> str:
    """Migrate `url`, load national lines and the Durham sample; return one Durham service id."""
    folder = durham_seed_folder(tmp_path)
    migrate.upgrade(url)
    with session_scope(get_engine(url)) as session:
        load_seed(session=session, seed_dir=folder)
    sample = json.loads((folder / "sample_directory.json").read_text())
    return str(sample["organizations"][0]["services"][0]["id"])
