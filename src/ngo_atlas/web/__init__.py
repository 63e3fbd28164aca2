"""web stage of ngo-atlas."""
