"""`factlint server`: a language server over stdio, so editors show findings while the writer types.

Markdown, plain text and HTML buffers are checked from their unsaved text: when opened, and a
short pause after each change (a burst of keystrokes is checked once). Hovering a finding shows
its arithmetic and the likely typo; a finding with a safe fix offers it as a quick fix. The
configuration is looked up for each check as `factlint check` looks it up for the file (the
nearest pyproject.toml or factlint.toml with [tool.factlint]), so an edited configuration
applies at the next check. Needs pygls: pip install 'factlint[lsp]'.
"""
from __future__ import annotations

import asyncio
import os
from dataclasses import replace

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from linter.core import __version__
from linter.core.model import Diagnostic, Document, FileResult, Severity

DEBOUNCE = 0.3  # seconds of quiet after a change before the buffer is checked
LANGUAGES = {"markdown": "md", "html": "html", "plaintext": "txt", "text": "txt"}
EXTENSIONS = {"md": ".md", "html": ".html", "txt": ".txt"}
SEVERITIES = {Severity.ERROR: lsp.DiagnosticSeverity.Error, Severity.WARNING: lsp.DiagnosticSeverity.Warning}


def kind_of_buffer(doc: TextDocument) -> str | None:
    """The reader for a buffer: by its language id, else its file name; None for a language factlint does not read
    (an editor may send every buffer it opens)."""
    from linter.readers import kind_of

    if doc.language_id:
        return LANGUAGES.get(doc.language_id)
    kind = kind_of(doc.path) if doc.uri.startswith("file:") else None
    return kind if kind in ("md", "html") or doc.path.lower().endswith((".txt", ".text")) else None


def check_text(source: str, path: str, kind: str) -> FileResult:
    """Check a buffer's text with the configuration that applies to `path`; offsets are the buffer's own."""
    from linter.run.configfile import Resolver
    from linter.run.engine import lint_document
    from linter.lang.packs import detect

    config = Resolver({}).for_path(path).for_file(path)

    def locale_of(text: str) -> str:
        return config.locale or detect(text)

    if kind == "md":
        from linter.readers.markdown import read_markdown

        doc = read_markdown(source, path, locale_of)
    elif kind == "html":
        from linter.readers.html import read_html

        doc = read_html(source, path, locale_of)
    else:
        doc = Document(text=source, path=path, locale=locale_of(source), fmt="txt")
    if kind in ("md", "html"):  # suppression comments are read from the source, which the readers blank
        doc = replace(doc, meta=doc.meta + (("source_text", source),))
    return lint_document(doc, config)


class FactlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("factlint", __version__)
        self.results: dict[str, tuple[int | None, list[Diagnostic]]] = {}  # uri -> (version checked, findings)
        self.pending: dict[str, asyncio.TimerHandle] = {}

    def path_of(self, doc: TextDocument, kind: str) -> str:
        """The file a buffer stands for; an unsaved one is taken to be in the workspace, for its configuration."""
        if doc.uri.startswith("file:"):
            return doc.path
        return os.path.join(self.workspace.root_path or os.getcwd(), "untitled" + EXTENSIONS[kind])

    def findings(self, uri: str) -> list[Diagnostic]:
        """The findings of the buffer's current text (checked again when it changed since)."""
        doc = self.workspace.get_text_document(uri)
        kind = kind_of_buffer(doc)
        if kind is None:
            return []
        from linter.run.configfile import ConfigError

        cached = self.results.get(uri)
        if cached is None or cached[0] != doc.version:
            try:
                cached = (doc.version, list(check_text(doc.source, self.path_of(doc, kind), kind).diagnostics))
            except ConfigError as exc:  # said once per version of the buffer, as `factlint check` says it once per run
                self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"factlint: configuration error: {exc}"))
                cached = (doc.version, [])
            self.results[uri] = cached
        return cached[1]

    def publish(self, uri: str) -> None:
        self.pending.pop(uri, None)
        doc = self.workspace.get_text_document(uri)
        diagnostics = [to_lsp(doc, d) for d in self.findings(uri)]
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=doc.version))

    def schedule(self, uri: str) -> None:
        """Check after a pause: each change restarts the wait, so typing is never held up by checks."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().call_later(DEBOUNCE, self.publish, uri)

    def forget(self, uri: str) -> None:
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.results.pop(uri, None)
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def span_range(doc: TextDocument, start: int, end: int) -> lsp.Range:
    return lsp.Range(start=doc.client_position_at_offset(start), end=doc.client_position_at_offset(end))


def to_lsp(doc: TextDocument, d: Diagnostic) -> lsp.Diagnostic:
    related = [
        lsp.DiagnosticRelatedInformation(location=lsp.Location(uri=doc.uri, range=span_range(doc, n.span.start, n.span.end)), message=n.message)
        for n in d.notes
    ]
    return lsp.Diagnostic(
        range=span_range(doc, d.span.start, d.span.end), message=d.message, source="factlint", code=d.code,
        severity=SEVERITIES.get(d.severity, lsp.DiagnosticSeverity.Information), related_information=related or None,
    )


def hover_text(d: Diagnostic) -> str:
    """The finding, its arithmetic and the likely typo (or what else explains it), and how to read the rule's documentation."""
    parts = [f"**{d.code}** {d.name}: {d.message}"]
    parts += [f"`{d.arithmetic}`"] if d.arithmetic else []
    parts += [d.help] if d.help else []
    parts.append(f"`factlint explain {d.code}`")
    return "\n\n".join(parts)


def quick_fixes(doc: TextDocument, diags: list[Diagnostic], wanted: lsp.Range) -> list[lsp.CodeAction]:
    lo, hi = doc.offset_at_position(wanted.start), doc.offset_at_position(wanted.end)
    out = []
    for d in diags:
        fix = d.fix
        if fix is None or not fix.safe or d.span.start > hi or d.span.end < lo:
            continue
        old = doc.source[fix.span.start:fix.span.end]
        edit = lsp.TextEdit(range=span_range(doc, fix.span.start, fix.span.end), new_text=fix.replacement)
        out.append(lsp.CodeAction(
            title=f"{d.code}: replace {old} with {fix.replacement}", kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[to_lsp(doc, d)], edit=lsp.WorkspaceEdit(changes={doc.uri: [edit]}), is_preferred=True,
        ))
    return out


def build() -> FactlintServer:
    server = FactlintServer()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactlintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FactlintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactlintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactlintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        doc = ls.workspace.get_text_document(params.text_document.uri)
        at = doc.offset_at_position(params.position)
        hits = [d for d in ls.findings(doc.uri) if d.span.start <= at <= d.span.end and d.span.end > d.span.start]
        if not hits:
            return None
        value = "\n\n---\n\n".join(hover_text(d) for d in hits)
        return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=value), range=span_range(doc, hits[0].span.start, hits[0].span.end))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
    def code_action(ls: FactlintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        doc = ls.workspace.get_text_document(params.text_document.uri)
        return quick_fixes(doc, ls.findings(doc.uri), params.range)

    return server


def serve() -> None:
    build().start_io()
