"""Is a folder on a network share? SQLite's WAL mode corrupts there (PITFALLS 12).

Linux: the mount list (`/proc/self/mounts`), its octal escapes decoded (a space is `\\040`),
matched by whole path components, longest mount point first, so `/mnt/nas-backup` is not
taken for `/mnt/nas`. macOS: `statfs` names the volume's file-system type. Windows: UNC paths
and drives whose type is DRIVE_REMOTE. When the system cannot tell, the answer is "no" (a
warning is better than refusing a local disk).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

# File-system types that are network or cluster file systems, as the kernel names them.
NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "9p", "afs", "ncpfs", "coda",
        "vboxsf",  # VirtualBox shared folders
        "vmhgfs", "fuse.vmhgfs-fuse",  # VMware shared folders
        "davfs", "fuse.davfs2", "webdav",
        "ceph", "fuse.ceph", "fuse.ceph-fuse",
        "glusterfs", "fuse.glusterfs",
        "lustre", "gpfs", "ocfs2", "gfs2", "beegfs",
        "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.juicefs",
        "afpfs", "fuse.afpfs-ng",
        # macOS statfs names
        "afp", "ftp",
    }
)  # fmt: skip

# GNOME's gvfs mounts every remote place under one FUSE mount; the folder name says which.
GVFS_TYPE = "fuse.gvfsd-fuse"
GVFS_REMOTE = re.compile(
    r"^(smb-share|smb-server|afp-volume|dav|davs|sftp|ftp|ftps|nfs|google-drive)[:+]"
)


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str


_ESCAPE = re.compile(r"\\([0-7]{3})")


def decode_mount_field(text: str) -> str:
    """Undo the kernel's octal escapes (`\\040` space, `\\011` tab, `\\012` newline, `\\134`)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), text)


def parse_mounts(text: str) -> list[Mount]:
    """The mounts of a `/proc/mounts`-style text (device, point, type, options…)."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append(Mount(decode_mount_field(parts[1]), parts[2]))
    return mounts


def _within(path: PurePosixPath, point: str) -> bool:
    mount = PurePosixPath(point)
    return path == mount or mount in path.parents


def mount_of(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount that holds `path` (an absolute, resolved path): the longest point above it.
    A later mount on the same point hides an earlier one, as in the kernel's list."""
    target = PurePosixPath(path)
    best: Mount | None = None
    for mount in mounts:
        if _within(target, mount.point) and (
            best is None
            or len(PurePosixPath(mount.point).parts) >= len(PurePosixPath(best.point).parts)
        ):
            best = mount
    return best


def is_network_mount(path: str, mounts: Iterable[Mount]) -> bool:
    mount = mount_of(path, mounts)
    if mount is None:
        return False
    if mount.fstype == GVFS_TYPE:
        rest = PurePosixPath(path).relative_to(mount.point).parts
        return bool(rest) and bool(GVFS_REMOTE.match(rest[0]))
    return mount.fstype in NETWORK_TYPES


# ---------------------------------------------------------------- per platform


def _linux(path: str) -> bool:
    for source in ("/proc/self/mounts", "/proc/mounts"):
        try:
            with open(source, encoding="utf-8", errors="surrogateescape") as handle:
                return is_network_mount(path, parse_mounts(handle.read()))
        except OSError:
            continue
    return False


class _DarwinStatfs(ctypes.Structure):
    """`struct statfs` of macOS (64-bit inodes, the layout since 10.6)."""

    _fields_ = [  # noqa: RUF012 - ctypes' declaration
        ("f_bsize", ctypes.c_uint32),
        ("f_iosize", ctypes.c_int32),
        ("f_blocks", ctypes.c_uint64),
        ("f_bfree", ctypes.c_uint64),
        ("f_bavail", ctypes.c_uint64),
        ("f_files", ctypes.c_uint64),
        ("f_ffree", ctypes.c_uint64),
        ("f_fsid", ctypes.c_int32 * 2),
        ("f_owner", ctypes.c_uint32),
        ("f_type", ctypes.c_uint32),
        ("f_flags", ctypes.c_uint32),
        ("f_fssubtype", ctypes.c_uint32),
        ("f_fstypename", ctypes.c_char * 16),
        ("f_mntonname", ctypes.c_char * 1024),
        ("f_mntfromname", ctypes.c_char * 1024),
        ("f_flags_ext", ctypes.c_uint32),
        ("f_reserved", ctypes.c_uint32 * 7),
    ]


MNT_LOCAL = 0x00001000  # the volume is on a local disk


def darwin_is_network(fstypename: str, flags: int) -> bool:
    """What macOS's statfs says: a known network type, or a volume not flagged local."""
    return fstypename in NETWORK_TYPES or not flags & MNT_LOCAL


def _darwin(path: str) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = getattr(libc, "statfs$INODE64", None) or libc.statfs
        result = _DarwinStatfs()
        if function(os.fsencode(path), ctypes.byref(result)) != 0:
            return False
        return darwin_is_network(result.f_fstypename.decode("utf-8", "replace"), result.f_flags)
    except (OSError, AttributeError):
        return False


DRIVE_REMOTE = 4


def _windows(path: str) -> bool:
    if path.startswith(("\\\\", "//")):
        return True
    drive = os.path.splitdrive(path)[0]
    if not drive:
        return False
    try:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        return int(kernel32.GetDriveTypeW(drive + "\\")) == DRIVE_REMOTE
    except (OSError, AttributeError):
        return False


def is_network_share(path: str) -> bool:
    """True when `path` (an existing folder, resolved) lies on a network file system."""
    if path.startswith(("\\\\", "//")):
        return True
    if sys.platform.startswith("linux"):
        return _linux(path)
    if sys.platform == "darwin":
        return _darwin(path)
    if sys.platform == "win32":
        return _windows(path)
    return False
