"""Ảnh, tài liệu: photos and scans of the open case."""

from app.ui.case_photos.panel import PhotosPanel

__all__ = ["PhotosPanel"]
