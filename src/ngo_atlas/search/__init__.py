"""search stage of ngo-atlas."""
