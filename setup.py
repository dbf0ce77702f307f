# The metadata lives in pyproject.toml; this file lets tools that still call setup.py (and `pip install -e .`
# with older pip) build the app.
from setuptools import setup

setup()
