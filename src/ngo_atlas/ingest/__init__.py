"""ingest stage of ngo-atlas."""
