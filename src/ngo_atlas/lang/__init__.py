"""lang stage of ngo-atlas."""
