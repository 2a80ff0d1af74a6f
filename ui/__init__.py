"""The Qt window, views and dialogs. Receives the services; holds no SQL and no business rule."""
