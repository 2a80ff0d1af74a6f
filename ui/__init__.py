"""The Qt window, views and dialogs. Receives the services; holds no SQL and no business rule."""

from ui.shell.none_guard import protect_none

# Before any window exists: PySide6 6.12 on Python 3.11 would otherwise run None's reference
# count down to zero in a long session (see ui/shell/none_guard.py).
protect_none()
