"""export stage of ngo-atlas."""
