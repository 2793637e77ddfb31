"""The text of a Word document as it would be accepted, and the parts beside its body.

Track Changes keeps both versions in the file: what was typed sits in `w:ins` (or `w:moveTo`),
what was struck out in `w:del` (or `w:moveFrom`). The reader checks the accepted draft, so runs
inside insertions count and runs inside deletions do not. Content controls, smart tags, simple
fields and hyperlinks are containers Word displays in line, so their runs are read too.

Headers, footers, footnotes, endnotes and text boxes are "stories" of their own; each is read
after the body, its paragraphs located as Word users find them ("header 1, ¶2", "footnote 3",
"text box 1, ¶1"). A part is parsed with python-docx's own parser, which expands no entity and
fetches nothing.
"""
from __future__ import annotations

from typing import Iterator
from weakref import WeakKeyDictionary

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_READ = {W + t for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple")}
_STRUCK = {W + t for t in ("del", "moveFrom")}
_RUN_TEXT = {W + t for t in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab")}


def accepted_runs(element) -> Iterator:  # noqa: ANN001 - a w:p (or a container in one)
    """The w:r elements of a paragraph whose text is in the accepted draft, in reading order."""
    for child in element:
        if child.tag == W + "r":
            yield child
        elif child.tag in _READ:
            yield from accepted_runs(child)


def run_pieces(run) -> Iterator[tuple[object, str]]:  # noqa: ANN001 - a w:r
    """Each child of a run with the text it shows (as python-docx's `Run.text` reads it)."""
    for child in run:
        yield child, (str(child) if child.tag in _RUN_TEXT else "")


def run_text(run) -> str:  # noqa: ANN001
    return "".join(text for _, text in run_pieces(run))


def paragraph_text(p) -> str:  # noqa: ANN001 - a w:p
    return "".join(run_text(r) for r in accepted_runs(p))


def struck(element) -> bool:  # noqa: ANN001
    """Inside a tracked deletion (or move away), or a table row marked deleted."""
    node = element
    while node is not None:
        if node.tag in _STRUCK:
            return True
        if node.tag == W + "tr" and node.find(f"{W}trPr/{W}del") is not None:
            return True
        node = node.getparent()
    return False


def mark_deleted(p) -> bool:  # noqa: ANN001 - a w:p
    """The paragraph's mark was deleted (or moved away) with Track Changes: accepted, it runs on into the next."""
    return any(p.find(f"{W}pPr/{W}rPr/{W}{tag}") is not None for tag in ("del", "moveFrom"))


def text_boxes(root) -> list:  # noqa: ANN001
    """The w:txbxContent of the text boxes under `root`, once each: a drawing saved for older Word
    repeats its box in an mc:Fallback, which is skipped. A paragraph's text leaves out the boxes
    anchored in it, so a box inside another is read once, as its own story."""
    return [
        box for box in root.iter(W + "txbxContent")
        if not any(a.tag == MC_FALLBACK for a in box.iterancestors()) and not struck(box)
    ]


_PARSED: WeakKeyDictionary = WeakKeyDictionary()  # a notes part (kept by python-docx as bytes) -> its tree, parsed once


def _element(part):  # noqa: ANN001, ANN202 - a python-docx Part
    """A part's XML: python-docx keeps headers, footers and comments parsed; notes come as bytes, parsed
    here once per opened document, so that a comment or a fix written into a note can be saved (`store_parsed`)."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    if part not in _PARSED:
        from docx.oxml.parser import parse_xml  # resolve_entities=False, lxml's no_network default

        _PARSED[part] = parse_xml(part.blob)
    return _PARSED[part]


def store_parsed(word) -> None:  # noqa: ANN001 - docx.Document
    """Before saving: the notes parts parsed here written back as bytes, with what was changed in them."""
    from lxml import etree

    for part in word.part.package.iter_parts():
        if part in _PARSED:
            part._blob = etree.tostring(_PARSED[part], xml_declaration=True, encoding="UTF-8", standalone=True)


def _related(word, kind: str) -> list:  # noqa: ANN001 - docx.Document
    return [rel.target_part for rel in word.part.rels.values() if not rel.is_external and rel.reltype.endswith("/" + kind)]


def header_footer_stories(word) -> list[tuple[str, object]]:  # noqa: ANN001
    """("header 1", root), ("footer 1", root) …, numbered in the order the sections refer to them."""
    out, seen, counts = [], set(), {"header": 0, "footer": 0}
    rels = word.part.rels
    for ref in word.element.body.iter(W + "headerReference", W + "footerReference"):
        kind = "header" if ref.tag == W + "headerReference" else "footer"
        rel = rels.get(ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"))
        if rel is None or rel.is_external or id(rel.target_part) in seen:
            continue
        seen.add(id(rel.target_part))
        counts[kind] += 1
        out.append((f"{kind} {counts[kind]}", _element(rel.target_part)))
    return out


def note_stories(word, kind: str) -> list[tuple[str, object]]:  # noqa: ANN001 - kind: footnote | endnote
    """("footnote 1", w:footnote) …, numbered as Word numbers them: by the order of their references."""
    parts = _related(word, kind + "s")
    if not parts:
        return []
    notes = {n.get(W + "id"): n for n in _element(parts[0]).iter(W + kind)}
    out, seen = [], set()
    for ref in word.element.body.iter(W + kind + "Reference"):
        key = ref.get(W + "id")
        if key in notes and key not in seen and not struck(ref):
            seen.add(key)
            out.append((f"{kind} {len(out) + 1}", notes[key]))
    return out


def comments(word) -> dict[str, str]:  # noqa: ANN001
    """Each Word comment's id and text (its paragraphs joined by newlines)."""
    parts = _related(word, "comments")
    if not parts:
        return {}
    root = _element(parts[0])
    return {c.get(W + "id"): "\n".join(paragraph_text(p) for p in c.iter(W + "p")) for c in root.iter(W + "comment")}


def comment_anchors(root) -> Iterator[tuple[str, object]]:  # noqa: ANN001
    """(comment id, the w:p it is anchored in): where its range starts, or its reference mark when it has no range."""
    ranged = set()
    for el in root.iter(W + "commentRangeStart", W + "commentReference"):
        key = el.get(W + "id")
        p = next((a for a in el.iterancestors(W + "p")), None)
        if key not in ranged and p is not None:
            ranged.add(key)
            yield key, p
