"""manifest: a tiny program that reports what was shipped beside it."""
