"""Word drafts for the tests, built with python-docx, and raw WordprocessingML for what it cannot
write: tracked changes, footnotes and endnotes, text boxes."""
from __future__ import annotations

import io

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape

NOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def deleted(text: str) -> str:
    return f'<w:del w:id="90" w:author="Ana" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'


def inserted(text: str) -> str:
    return f'<w:ins w:id="91" w:author="Ana" w:date="2026-01-01T00:00:00Z">{run(text)}</w:ins>'


def tracked_paragraph(word, *pieces: str):  # noqa: ANN001, ANN201 - docx.Document -> Paragraph
    """A body paragraph of raw run-level pieces: run(…), inserted(…), deleted(…)."""
    p = word.add_paragraph()
    for piece in pieces:
        for el in parse_xml(f"<w:wrap {nsdecls('w')}>{piece}</w:wrap>"):
            p._p.append(el)
    return p


def add_notes(word, kind: str, notes: list[str]) -> None:  # noqa: ANN001 - kind: footnote | endnote
    """A footnotes (endnotes) part holding `notes`, each referenced from a new body paragraph, numbered from 1."""
    body = "".join(
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + text)}</w:p></w:{kind}>' for i, text in enumerate(notes, 1)
    )
    separator = f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    xml = f"<w:{kind}s {nsdecls('w')}>{separator}{body}</w:{kind}s>".encode()
    part = Part(PackURI(f"/word/{kind}s.xml"), NOTES.format(kind + "s"), xml, word.part.package)
    word.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
    refs = "".join(f'<w:r><w:{kind}Reference w:id="{i}"/></w:r>' for i in range(1, len(notes) + 1))
    tracked_paragraph(word, run("Notes follow."), refs)


def text_box(word, text: str) -> None:  # noqa: ANN001
    """A paragraph anchoring a text box saved as Word saves it: a DrawingML box, repeated as VML for older readers."""
    box = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    xml = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent>"
    )
    tracked_paragraph(word, f"<w:r>{xml}</w:r>")


def save(word) -> bytes:  # noqa: ANN001
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue()


def new() -> docx.Document:
    return docx.Document()
