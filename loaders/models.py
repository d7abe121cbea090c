"""The extraction vocabulary: typed models for everything a minutes document yields.

Field names follow ``annotation-guide.md`` and the seed gold file, so an :class:`Extraction`
dumped with ``by_alias=True`` is a gold-shaped JSON document with extra provenance fields
(``span``, ``evidence``, ``canonical`` …) that the scorer ignores.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Fact(BaseModel):
    """Provenance shared by every extracted fact.

    ``span`` is a pair of character offsets into :attr:`Document.text` and ``evidence`` is exactly
    ``text[span[0]:span[1]]``: the sentence the fact came from.
    """

    model_config = ConfigDict(populate_by_name=True)

    span: tuple[int, int] | None = None
    evidence: str | None = None


class Meeting(BaseModel):
    """The meeting header; every unknown field is ``None``, never a guess."""

    title: str | None = None
    doc_number: str | None = None
    date: str | None = Field(None, description="ISO date, YYYY-MM-DD")
    ordinal: int | None = None
    chair: str | None = None
    chair_title: str | None = None
    issuer: str | None = None


class Bureau(Fact):
    """A named unit that reported an item or was told to act."""

    name: str = Field(description="as written in the document")
    simplified: str | None = Field(None, description="simplified form, when written in traditional")
    canonical: str | None = Field(None, description="canonical full name within its government")
    government: str | None = None
    resolved: bool | None = Field(
        None, description="whether the registry or a curator's decision knows the name"
    )


class Plan(Fact):
    """A titled document (in 《》) that an agenda item is about."""

    title: str
    simplified: str | None = None
    item: int | None = None


class Initiative(Fact):
    """A programme, campaign or line of work an item is about."""

    name: str
    simplified: str | None = None
    item: int | None = None


class Reported(Fact):
    """A bureau reported on a plan or an item subject."""

    item: int
    bureau: str
    subject: str
    role: Literal["lead", "supplementary"] = "lead"
    canonical: str | None = None


class Directed(Fact):
    """The meeting told an addressee (a named unit or a collective) to act."""

    item: int
    to: str
    group: bool
    directive: str
    canonical: str | None = None


class Approved(Fact):
    """The meeting approved a plan (审议通过, 原则同意, 原则通过): its title, as a plan of the
    extraction names it, and the words that approved it."""

    item: int
    plan: str = Field(description="the plan's title, as in ``plans`` (its simplified form)")
    verb: str | None = Field(None, description="the approving words as written, e.g. 原则同意")


class Related(Fact):
    """Plan → initiative (``implements``) or initiative ↔ initiative."""

    from_: str = Field(alias="from")
    to: str
    kind: Literal["implements", "combined_with", "shared_requirement"]
    why: str | None = None


class Extraction(BaseModel):
    """All facts of one document, in the shape of the gold files."""

    model_config = ConfigDict(populate_by_name=True)

    source: str | None = Field(None, description="the file the document was read from")
    doc: str | None = Field(None, description="content hash of the source bytes")
    meeting: Meeting = Field(default_factory=Meeting)
    bureaus: list[Bureau] = Field(default_factory=list)
    plans: list[Plan] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    reported: list[Reported] = Field(default_factory=list)
    directed: list[Directed] = Field(default_factory=list)
    approved: list[Approved] = Field(default_factory=list)
    related: list[Related] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """Return the gold-shaped JSON object (``from`` instead of ``from_``, no ``None``s)."""
        return self.model_dump(by_alias=True, exclude_none=True)


class Document(BaseModel):
    """A file read and normalised: the text every span points into."""

    source: str
    doc: str = Field(description="sha256 of the raw bytes")
    format: Literal["text", "html", "pdf", "docx"]
    encoding: str | None = None
    text: str = Field(description="normalised text, as written (traditional kept)")
    simplified: str = Field(description="simplified-character twin of text, same length")
    published: str | None = Field(None, description="the page's own publication date, ISO")
    portal: str | None = Field(None, description="the site or publisher named by an HTML page")
    doc_number: str | None = Field(
        None, description="the document number an HTML page's 发文字号 field gives"
    )
    warnings: list[str] = Field(default_factory=list)
