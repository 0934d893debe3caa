"""POST /v1/admin/import: an HSDS datapackage, as one .zip or as its CSV files.

The upload is written to a private temporary folder and handed to the same importer as
`referral-router import-hsds`: all or nothing, and a rejection names file, row and column.
The body-size middleware caps uploads at settings.max_import_bytes.
"""

import re
import shutil
import tempfile
from pathlib import Path, PurePosixPath
from typing import Annotated

from fastapi import APIRouter, File, UploadFile

from app.api.deps import DirectoryWriteSessionDep
from app.api.schemas.admin_answer import ImportOut
from app.api.schemas.problem import problem_responses
from app.api.security import SecretKeyDep
from app.directory import writes
from app.directory.hsds.importer import import_datapackage
from app.errors import InvalidInputError

router = APIRouter(prefix="/v1/admin", tags=["admin"])

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,120}\.(zip|csv|json)$", re.IGNORECASE)


def _file_error(index: int, message: str) -> InvalidInputError:
    field = f"files.{index}"
    return InvalidInputError(
        message,
        errors=[
            {"loc": ["body", "files", index], "field": field, "msg": message, "type": "value_error"}
        ],
    )


def _save(files: list[UploadFile], folder: Path) -> Path:
    """Write the uploads under safe names; return the package path (the .zip or the folder)."""
    names: list[str] = []
    for index, upload in enumerate(files):
        # Only the last path part, so a crafted name cannot write outside the folder.
        name = PurePosixPath((upload.filename or "").replace("\\", "/")).name
        if not _SAFE_NAME.match(name):
            raise _file_error(index, "Send .zip, .csv or datapackage.json files with plain names.")
        if name.lower() in (n.lower() for n in names):
            raise _file_error(index, "Two files have this name.")
        names.append(name)
    zips = [n for n in names if n.lower().endswith(".zip")]
    if zips and len(names) > 1:
        raise _file_error(names.index(zips[0]), "Send one .zip, or CSV files, not both.")
    package = folder / "upload"
    package.mkdir()
    for name, upload in zip(names, files, strict=True):
        with (package / name).open("wb") as out:
            shutil.copyfileobj(upload.file, out)
    return package / zips[0] if zips else package


@router.post(
    "/import",
    operation_id="import_datapackage",
    summary="Import an HSDS datapackage (all or nothing)",
    response_model=ImportOut,
    responses=problem_responses(401, 403, 413, 422, 429),
)
def import_package(
    key: SecretKeyDep,
    session: DirectoryWriteSessionDep,
    files: Annotated[
        list[UploadFile],
        File(
            min_length=1,
            description="One .zip of an HSDS package, or its CSV files (and datapackage.json).",
        ),
    ],
) -> ImportOut:
    with tempfile.TemporaryDirectory(prefix="referral-import-") as folder:
        path = _save(files, Path(folder))
        summary = import_datapackage(session=session, path=path)
    tables = sorted(name for name, count in summary.counts.items() if count)
    version = summary.directory_version or 0
    writes.record_import(
        session=session,
        actor=writes.Actor(key.id, key.name),
        source=summary.source or path.name,
        tables=tables,
        directory_version=version,
    )
    return ImportOut(
        source=summary.source or path.name,
        tables=tables,
        services=summary.counts.get("services", 0),
        directory_version=str(version),
    )
