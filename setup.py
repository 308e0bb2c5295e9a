# Lets Beam ship the package to Dataflow workers with --setup_file ./setup.py;
# all metadata lives in pyproject.toml.
from setuptools import setup

setup()
