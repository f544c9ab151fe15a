"""Thực Địa — offline inspection, violation and seizure records for QLTT field teams."""

__version__ = "0.1.0"
APP_NAME = "ThucDia"
APP_TITLE = "Thực Địa"
