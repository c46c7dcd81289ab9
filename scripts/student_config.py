"""Print the student edition's _config.yml: the book's own, with the solutions left out.

Used by ``make book-student``; the derived file lives in ``_build/student/`` so that the
book's settings stay in one place.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def student_config(config: dict, root: Path) -> dict:
    """The configuration of the student edition, derived from the book's."""
    config["title"] = f"{config['title']} (student edition)"
    sphinx = config.setdefault("sphinx", {})
    sphinx.setdefault("config", {})["student_edition"] = True
    # The derived file lives elsewhere, so paths resolved against its folder become absolute.
    sphinx["local_extensions"] = {
        name: str((root / path).resolve())
        for name, path in sphinx.get("local_extensions", {}).items()
    }
    return config


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path("_config.yml")
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    yaml.safe_dump(
        student_config(config, path.parent), sys.stdout, allow_unicode=True, sort_keys=False
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
