"""`factlint server` end to end: a real LSP client (pygls's) starts it over stdio, opens a buffer,
gets the exact diagnostics, hovers, applies the quick fix, edits, and sees the diagnostic go."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
from lsprotocol import types as lsp  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

DRAFT = "# Vote\n\nThe vote passed with 75.32% (115/157).\n"  # a share beside its own fraction: a safe fix
FIGURE = lsp.Range(start=lsp.Position(line=2, character=21), end=lsp.Position(line=2, character=27))


class Session:
    """One server process and the diagnostics it publishes, by uri, in the order they arrive."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.client = LanguageClient("factlint-test", "1")
        self.published: dict[str, list[list[lsp.Diagnostic]]] = {}
        self.versions: dict[str, list[int | None]] = {}
        self.arrived = asyncio.Event()
        self.shown: list[str] = []

        @self.client.feature(lsp.WINDOW_SHOW_MESSAGE)
        def _shown(params: lsp.ShowMessageParams) -> None:
            self.shown.append(params.message)

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(params: lsp.PublishDiagnosticsParams) -> None:
            self.published.setdefault(params.uri, []).append(params.diagnostics)
            self.versions.setdefault(params.uri, []).append(params.version)
            self.arrived.set()

    async def __aenter__(self) -> Session:
        await self.client.start_io(sys.executable, "-m", "linter", "server", cwd=str(self.root))
        await self.client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities(), root_uri=self.root.as_uri()))
        self.client.initialized(lsp.InitializedParams())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()

    def open(self, name: str, text: str, language: str = "markdown") -> str:
        uri = (self.root / name).as_uri()
        self.client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    async def next_diagnostics(self, uri: str, count: int) -> list[lsp.Diagnostic]:
        """The `count`-th set of diagnostics published for `uri`."""
        async def wait() -> None:
            while len(self.published.get(uri, [])) < count:
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(wait(), timeout=30)
        return list(self.published[uri][count - 1])


def run(coro) -> object:  # noqa: ANN001
    return asyncio.run(coro)


def test_diagnostics_hover_quick_fix_and_edit(tmp_path):
    async def scenario() -> None:
        async with Session(tmp_path) as s:
            uri = s.open("vote.md", DRAFT)
            (d,) = await s.next_diagnostics(uri, 1)
            assert (d.code, d.message, d.range, d.severity, d.source) == ("P001", "stated 75.32%, computed 73.25%", FIGURE, lsp.DiagnosticSeverity.Error, "factlint")

            hover = await s.client.text_document_hover_async(lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(line=2, character=23)))
            assert "115 / 157 = 73.25% ≠ 75.32%" in hover.contents.value and "P001" in hover.contents.value
            nothing = await s.client.text_document_hover_async(lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(line=0, character=2)))
            assert nothing is None

            actions = await s.client.text_document_code_action_async(lsp.CodeActionParams(
                text_document=lsp.TextDocumentIdentifier(uri=uri), range=d.range, context=lsp.CodeActionContext(diagnostics=[d]),
            ))
            (action,) = actions
            (edit,) = action.edit.changes[uri]
            assert (action.kind, action.is_preferred, edit.new_text) == (lsp.CodeActionKind.QuickFix, True, "73.25")
            assert edit.range == lsp.Range(start=FIGURE.start, end=lsp.Position(line=2, character=26))

            # the client applies the edit to its buffer: the server checks the unsaved text again
            s.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[lsp.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)],
            ))
            assert await s.next_diagnostics(uri, 2) == []
            assert not (tmp_path / "vote.md").exists()  # nothing was written: the buffer was checked

            # an edit that breaks another figure brings one diagnostic back, on it
            s.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=3),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=DRAFT.replace("75.32%", "73.25%").replace("115/", "118/"))],
            ))
            (d,) = await s.next_diagnostics(uri, 3)
            assert (d.code, d.range) == ("P001", lsp.Range(start=FIGURE.start, end=FIGURE.end))
            assert d.message == "stated 73.25%, computed 75.16%"

    run(scenario())


def test_a_burst_of_changes_is_not_checked_change_by_change(tmp_path):
    async def scenario() -> None:
        async with Session(tmp_path) as s:
            uri = s.open("vote.txt", "Opening words.\n", "plaintext")
            assert await s.next_diagnostics(uri, 1) == []
            text, sentence = "Opening words.\n", "The vote passed with 75.32% (115/157)."
            for version, piece in enumerate(sentence, 2):
                text += piece
                s.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                    text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)],
                ))
            last = len(sentence) + 1
            while s.versions[uri][-1] != last:
                await s.next_diagnostics(uri, len(s.published[uri]) + 1)
            (d,) = s.published[uri][-1]
            assert (d.code, d.range.start.line, d.range.start.character) == ("P001", 1, 21)
            await asyncio.sleep(1)
            assert len(s.published[uri]) < 10  # typed one character at a time: 38 changes

    run(scenario())


def test_positions_are_counted_as_the_client_counts_them(tmp_path):
    async def scenario() -> None:
        async with Session(tmp_path) as s:
            uri = s.open("vote.txt", "\U0001F5F3 The vote passed with 75.32% (115/157).\n", "plaintext")
            (d,) = await s.next_diagnostics(uri, 1)
            assert (d.range.start.character, d.range.end.character) == (24, 30)  # the ballot box is two UTF-16 units

    run(scenario())


def test_the_workspace_configuration_is_honoured(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nignore = ["P001"]\n', encoding="utf-8")

    async def scenario() -> None:
        async with Session(tmp_path) as s:
            assert await s.next_diagnostics(s.open("vote.md", DRAFT), 1) == []
            html = "<p>The region has <b>120</b> schools: 40 primary, 50 middle and 20 high schools.</p>"
            uri = s.open("schools.html", html, "html")
            (d,) = await s.next_diagnostics(uri, 1)  # the other rules still run
            assert (d.code, d.message, d.range.start.character, d.range.end.character) == ("S001", "stated total 120, the parts add up to 110", 21, 24)

    run(scenario())


def test_a_language_it_does_not_read_gets_no_diagnostics(tmp_path):
    async def scenario() -> None:
        async with Session(tmp_path) as s:
            uri = s.open("vote.py", "x = 'The vote passed with 75.32% (115/157).'\n", "python")
            assert await s.next_diagnostics(uri, 1) == []

    run(scenario())


def test_a_broken_configuration_is_said_not_swallowed(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nfail-on = "sometimes"\n', encoding="utf-8")

    async def scenario() -> None:
        async with Session(tmp_path) as s:
            assert await s.next_diagnostics(s.open("vote.md", DRAFT), 1) == []
            assert len(s.shown) == 1 and s.shown[0].startswith("factlint: configuration error:") and "fail-on" in s.shown[0]

    run(scenario())
