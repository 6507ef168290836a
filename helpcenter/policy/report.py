"""What the policy guard reports: problems (file:line first), marked exceptions, the summary."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Problem:
    path: str
    line: int
    col: int
    lang: str
    message: str
    found: str = ""
    expected: str = ""
    other: str = ""          # "docs/en/returns.md:7: <the line>"

    def text(self) -> str:
        """One report in words, file and line first; a second line quotes the line compared with, if any."""
        out = f"{self.path}:{self.line}: {self.message}"
        if self.other and not self.other.startswith("mkdocs.yml"):
            out += f"\n    {self.other}"
        return out

    def github(self) -> str:
        parts = [self.message]
        if self.other and not self.other.startswith("mkdocs.yml"):
            parts.append(self.other)
        msg = "%0A".join(p.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A") for p in parts)
        return f"::error file={self.path},line={self.line},col={self.col}::{msg}"


@dataclass
class Waiver:
    """A line an editor marked `<!-- policy: ignore -->`: its quantities are not compared."""
    path: str
    line: int
    lang: str
    quantities: list[str]
    text: str

    def describe(self) -> str:
        found = ", ".join(self.quantities) or "no quantities"
        return f"{self.path}:{self.line}: not compared ({found}): {self.text.strip()}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    waivers: list[Waiver] = field(default_factory=list)
    pages: int = 0
    awaiting: int = 0      # translations marked `translation: awaiting`, not compared until translated

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        out = [p.text() for p in self.problems]
        if self.waivers:
            out.append(f"Exceptions marked <!-- policy: ignore --> ({len(self.waivers)}):")
            out.extend("    " + w.describe() for w in self.waivers)
        out.append(self.summary())
        return "\n".join(out)

    def github(self) -> str:
        out = [p.github() for p in self.problems]
        out.extend(f"::notice file={w.path},line={w.line}::policy exception: {', '.join(w.quantities)}"
                   for w in self.waivers)
        out.append(self.summary())
        return "\n".join(out)

    def summary(self) -> str:
        waiting = f", {self.awaiting} translation(s) awaiting translation not compared" if self.awaiting else ""
        return (f"policy guard: {len(self.problems)} problem(s), {len(self.waivers)} exception(s), "
                f"{self.pages} page(s){waiting}")

