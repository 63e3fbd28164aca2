"""resolve stage of ngo-atlas."""
