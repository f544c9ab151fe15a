"""Signing in offline, locking, switching officer (app.security does the keys)."""
