"""The one renderer of tables: a header and rows of cells in, a markdown table out (the
reports of sweep and compare, and what they print). Callers decide what the cells say."""

from __future__ import annotations


def markdown(header: list[str], rows: list[list]) -> str:
    """| a | b | lines: the header, the |---| rule, then one line per row, each ending in a
    newline; a "|" inside a cell is escaped so that it cannot split the cell."""

    def line(cells) -> str:
        return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(header), "|" + "---|" * len(header), *map(line, rows)]) + "\n"
