"""Passwords as argon2id hashes (argon2-cffi; PITFALLS 27): never stored in clear.

bcrypt would refuse passwords over 72 bytes (24 Chinese characters); argon2 takes any length.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..common.acting import rule

PASSWORD_LIMIT = 1000  # characters; far beyond anyone's, short of hashing a whole file

_HASHER = PasswordHasher()  # argon2id with argon2-cffi's RFC 9106 low-memory profile


@rule
def hash_password(password: str) -> str:
    """An argon2id hash of `password` (salted: two calls give different hashes)."""
    return _HASHER.hash(password)


@rule
def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches `password_hash`; False for an empty or broken hash."""
    if not password_hash:
        return False
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@rule
def needs_rehash(password_hash: str) -> bool:
    """Whether `password_hash` was made with other parameters than today's (then a
    successful sign-in stores a new hash)."""
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError):
        return False
