"""ngo-atlas: projects of the civil-society sector for migrants and refugees, as a searchable atlas."""

__version__ = "0.1.0"
