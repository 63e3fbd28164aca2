"""extract stage of ngo-atlas."""
