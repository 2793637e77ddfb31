"""Neovim in a pseudo-terminal, its screen kept by pyte (a VT emulator): what a writer sees when Neovim's
own LSP client talks to `factlint server`.

Used by tests/test_editor_neovim.py (the text on the screen) and scripts/editor-screenshot.py (the
README's picture). Neovim 0.7 (Debian's `neovim`) has the client built in (`vim.lsp.start_client`);
the configuration below is the whole of it: no user configuration, plugin, shada or log is read or
written outside the session's own folder.
"""
from __future__ import annotations

import fcntl
import os
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pyte

NVIM = shutil.which("nvim")
# the server as `factlint server` runs it, from the interpreter running the tests (FACTLINT_PYTHON)
INIT = """
vim.o.termguicolors = true
vim.o.swapfile = false
vim.o.signcolumn = "yes"
vim.o.laststatus = 2
vim.diagnostic.config({ virtual_text = true, signs = true, underline = true, severity_sort = true })
vim.lsp.handlers["textDocument/hover"] = vim.lsp.with(vim.lsp.handlers.hover, { border = "rounded", max_width = 90 })
vim.keymap.set("n", "K", vim.lsp.buf.hover)
local client = vim.lsp.start_client({
  name = "factlint", cmd = { os.getenv("FACTLINT_PYTHON"), "-m", "linter", "server" }, root_dir = vim.fn.getcwd(),
})
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text", "html" },
  callback = function(args) vim.lsp.buf_attach_client(args.buf, client) end,
})
"""


class Editor:
    """`nvim FILE` in a terminal of `cols` x `rows`, inside `workdir` (the LSP workspace root); `theme`: more
    Lua run after the configuration (colours)."""

    def __init__(self, workdir: Path, name: str, cols: int = 120, rows: int = 24, theme: str = "") -> None:
        self.workdir, self.name, self.theme = workdir, name, theme
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.master = -1
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Editor:
        home = self.workdir / ".nvim-session"
        (home / "config").mkdir(parents=True, exist_ok=True)
        init = home / "init.lua"
        init.write_text(INIT + self.theme, encoding="utf-8")
        env = dict(os.environ, TERM="xterm-256color", HOME=str(home), FACTLINT_PYTHON=sys.executable)
        env.update({f"XDG_{d}_HOME": str(home / d.lower()) for d in ("CONFIG", "DATA", "STATE", "CACHE")})
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", self.screen.lines, self.screen.columns, 0, 0))
        self.process = subprocess.Popen(
            [NVIM or "nvim", "-u", str(init), "-i", "NONE", "--noplugin", self.name],
            stdin=slave, stdout=slave, stderr=slave, cwd=self.workdir, env=env, start_new_session=True,
            preexec_fn=_take_terminal,
        )
        os.close(slave)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.type("\x1b:qa!\r")
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        os.close(self.master)

    def lines(self) -> list[str]:
        return list(self.screen.display)

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode("utf-8"))

    def wait_for(self, text: str, timeout: float = 90.0, gone: bool = False) -> list[str]:
        """Read the terminal until `text` is on the screen (or, with `gone`, no longer is), then until it is
        quiet; the screen then. A generous bound: the machine may be busy, and a pass returns at once."""
        deadline = time.monotonic() + timeout
        while any(text in line for line in self.lines()) == gone and time.monotonic() < deadline and self._running():
            self._read(0.2)
        if any(text in line for line in self.lines()) == gone:
            raise AssertionError(f"{text!r} {'still' if gone else 'never'} on the screen after {timeout} s:\n" + "\n".join(self.lines()))
        while self._read(0.3):  # the rest of the redraw
            pass
        return self.lines()

    def _running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def _read(self, wait: float) -> bool:
        if not select.select([self.master], [], [], wait)[0]:
            return False
        try:
            self.stream.feed(os.read(self.master, 65536))
        except OSError:  # the editor has exited: nothing more will come
            return False
        return True


def _take_terminal() -> None:
    """In the child: the pseudo-terminal becomes its controlling terminal, as a terminal emulator makes it."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
