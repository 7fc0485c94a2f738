"""Config: read the TOML file once, validate all of it, return typed Settings."""

from etl.config.catalogue_file import load_catalogue
from etl.config.checker import parse_duration
from etl.config.load import load_settings
from etl.config.settings import PACKAGE_ROOT, Settings

__all__ = ["PACKAGE_ROOT", "Settings", "load_catalogue", "load_settings", "parse_duration"]
