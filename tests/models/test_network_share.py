"""Network shares are refused by exact mount point and file-system type (issue 9)."""

from __future__ import annotations

import pytest

from desktop_crm.models import network_share as ns

MOUNTS = r"""
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/nas nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /mnt/nas-backup ext4 rw,relatime 0 0
//fs/共享 /mnt/office\040share cifs rw,vers=3.0 0 0
/dev/sdc1 /media/usb\040stick vfat rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev 0 0
shared /media/sf_office vboxsf rw 0 0
https://dav.example.com/ /mnt/dav davfs rw 0 0
10.0.0.1:6789:/ /mnt/ceph ceph rw 0 0
gluster:/vol /mnt/gluster fuse.glusterfs rw 0 0
remote: /home/u/rclone fuse.rclone rw 0 0
s3fs /mnt/s3 fuse.s3fs rw 0 0
/dev/sdd1 /mnt/nas/local-cache ext4 rw 0 0
tmpfs /mnt/tab\011name tmpfs rw 0 0
"""


@pytest.fixture
def mounts() -> list[ns.Mount]:
    return ns.parse_mounts(MOUNTS)


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/u/crm", False),
        ("/mnt/nas", True),
        ("/mnt/nas/office/crm", True),
        ("/mnt/nas-backup/crm", False),  # a prefix of a name is not a parent folder
        ("/mnt/nas/local-cache/crm", False),  # a local disk mounted inside the share
        ("/mnt/office share/crm", True),  # \040 decoded
        ("/mnt/office", False),
        ("/media/usb stick", False),
        ("/run/user/1000/gvfs/smb-share:server=fs,share=office/crm", True),
        ("/run/user/1000/gvfs/sftp:host=nas/crm", True),
        ("/run/user/1000/gvfs/mtp:host=phone/crm", False),  # a phone on USB
        ("/media/sf_office/crm", True),
        ("/mnt/dav/crm", True),
        ("/mnt/ceph/crm", True),
        ("/mnt/gluster/crm", True),
        ("/home/u/rclone/crm", True),
        ("/mnt/s3/crm", True),
        ("/mnt/tab\tname", False),
    ],
)
def test_network_mounts(mounts: list[ns.Mount], path: str, network: bool) -> None:
    assert ns.is_network_mount(path, mounts) is network


def test_escapes_decoded() -> None:
    assert ns.decode_mount_field(r"/mnt/a\040b\134c\011d") == "/mnt/a b\\c\td"


def test_a_later_mount_on_the_same_point_wins() -> None:
    mounts = ns.parse_mounts("a /data ext4 rw 0 0\nb /data nfs rw 0 0\n")
    assert ns.is_network_mount("/data/x", mounts)
    mounts = ns.parse_mounts("b /data nfs rw 0 0\na /data ext4 rw 0 0\n")
    assert not ns.is_network_mount("/data/x", mounts)


@pytest.mark.parametrize(
    ("fstype", "flags", "network"),
    [("apfs", ns.MNT_LOCAL, False), ("smbfs", 0, True), ("afp", 0, True), ("nfs", 0, True),
     ("webdav", 0, True), ("apfs", 0, True), ("hfs", ns.MNT_LOCAL, False)],
)  # fmt: skip
def test_macos_statfs_answer(fstype: str, flags: int, network: bool) -> None:
    assert ns.darwin_is_network(fstype, flags) is network


def test_unc_paths_are_shares() -> None:
    assert ns.is_network_share("\\\\server\\share\\crm")
    assert ns.is_network_share("//server/share/crm")


def test_this_machine_temp_folder_is_local(tmp_path: object) -> None:
    assert ns.is_network_share(str(tmp_path)) is False


def test_open_refuses_a_sqlite_file_on_a_share(tmp_path, monkeypatch) -> None:
    """make_database asks the detector about the folder (even one not made yet)."""
    from pathlib import Path

    from desktop_crm.models import db

    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(ns, "is_network_share", lambda path: Path(path) == share)
    with pytest.raises(db.NetworkShareError):
        db.make_database(str(share / "sub" / "crm.sqlite3"))
    assert not (share / "sub").exists()  # nothing made on the share
    db.make_database(str(tmp_path / "local" / "crm.sqlite3"))  # a local folder is fine
