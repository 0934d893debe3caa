"""Background pollers that live exactly as long as the application does."""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any


@asynccontextmanager
async def polling(poll: Coroutine[Any, Any, None]) -> AsyncIterator[None]:
    """Run `poll` as a task for the life of the block; cancel and await it on the way out."""
    task = asyncio.create_task(poll)
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
