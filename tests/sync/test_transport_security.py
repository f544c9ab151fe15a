"""HTTPS with certificate checks and a provincial CA file; a client too old is told so."""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.errors import SyncError
from app.sync.enrolment import enrol
from tests.sync.support import Laptop, LiveServer


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_provincial_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A CA of the province and a certificate for 127.0.0.1 signed by it (PEM files)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder().subject_name(_name("CA Sở Công Thương Lạng Sơn"))
        .issuer_name(_name("CA Sở Công Thương Lạng Sơn")).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False),
                       critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(_name("127.0.0.1")).issuer_name(ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(pem))
    cert_file.write_bytes(cert.public_bytes(pem))
    key_file.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca_file, cert_file, key_file


@pytest.fixture
def tls_server(tmp_path: Path):
    ca_file, cert_file, key_file = make_provincial_ca(tmp_path)
    live = LiveServer(f"sqlite:///{(tmp_path / 'tls.sqlite3').as_posix()}",
                      ssl_certfile=cert_file, ssl_keyfile=key_file).start()
    yield live, ca_file
    live.close()


def test_a_laptop_trusts_the_server_only_through_the_provincial_ca(tls_server, laptops, tmp_path):
    server, ca_file = tls_server
    assert server.url.startswith("https://")
    unit = server.new_unit()
    laptop = Laptop.set_up(tmp_path / "a", cases=2, seed=21)
    laptops.append(laptop)
    code = server.enrolment_code(unit)
    with pytest.raises(SyncError) as untrusted:
        enrol(laptop.db.sessions, server.url, code, device_name="Máy Đội 3")
    assert untrusted.value.kind == "tls"
    assert "Chứng chỉ của máy chủ không được tin cậy" in str(untrusted.value)

    creds = enrol(laptop.db.sessions, server.url, code,
                  device_name="Máy Đội 3", ca_file=str(ca_file))
    assert creds.ca_file == str(ca_file)
    laptop.creds = creds
    report = laptop.sync()
    assert report.pushed["applied"] == 4  # two cases and their two subjects, over HTTPS
    assert server.count("case", unit) == 2


def test_a_client_older_than_the_server_is_told_to_update(laptops, tmp_path):
    path = tmp_path / "new.sqlite3"
    server = LiveServer(f"sqlite:///{path.as_posix()}").start()
    try:
        unit = server.new_unit()
        laptop = Laptop.set_up(tmp_path / "old", cases=1, seed=22)
        laptops.append(laptop)
        laptop.enrol(server, unit, "Máy cũ")
        server.stop()
        newer = LiveServer(f"sqlite:///{path.as_posix()}", port=server.port, min_protocol=99)
        newer.start()
        try:
            with pytest.raises(SyncError) as old:
                laptop.sync()
        finally:
            newer.close()
        assert old.value.kind == "too_old" and old.value.status == 426
        assert "cập nhật Thực Địa" in str(old.value)
    finally:
        server.close()
