"""The Qt window, views and dialogs. Receives the services; holds no SQL and no business rule."""

from ui.shell.pyside_start import start_pyside_quickly

# Before anything imports Qt: PySide6's own start, made cheaper (ui/shell/pyside_start.py).
start_pyside_quickly()

from ui.shell.none_guard import protect_none  # noqa: E402

# Before any window exists: PySide6 6.12 on Python 3.11 would otherwise run None's reference
# count down to zero in a long session (see ui/shell/none_guard.py).
protect_none()
