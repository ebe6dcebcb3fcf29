"""Files for the intake tests: small real PDF, PNG, DOCX and MP4 files, and PDFs signed with pyHanko by
certificates made here with `cryptography`."""

import datetime
import io
import zipfile
from email.message import EmailMessage

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def pdf_bytes(size=200):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=size, height=size)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_bytes():
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def docx_bytes():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return out.getvalue()


def mp4_bytes():
    return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


def name(common_name, organisation):
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )


def certificate(subject, issuer, public_key, issuer_key, ca):
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    return builder.sign(issuer_key, hashes.SHA256())


class Authority:
    """A certificate authority and the signers it certifies."""

    def __init__(self, common_name="CA thử nghiệm Dương Kinh"):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subject = name(common_name, "Phòng thử nghiệm")
        self.cert = certificate(subject, subject, self.key.public_key(), self.key, ca=True)

    def pem(self):
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def signer(self, common_name="Nguyễn Văn Ký", organisation="UBND phường Dương Kinh"):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = certificate(
            name(common_name, organisation), self.cert.subject, key.public_key(), self.key, ca=False
        )
        return key, cert

    def signed_pdf(self, **signer_name):
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        key, cert = self.signer(**signer_name)
        der = serialization.Encoding.DER
        signer = signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
            signing_key=asn1_keys.PrivateKeyInfo.load(
                key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
            ),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(self.cert.public_bytes(der))]
            ),
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes()))
        out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="ChuKySo"), signer=signer)
        return out.getvalue()


def tamper(signed):
    """The same PDF with its page size changed inside the signed byte range (same length)."""
    assert signed.count(b"200") >= 2
    return signed.replace(b"/MediaBox [ 0 0 200 200 ]", b"/MediaBox [ 0 0 300 300 ]", 1)


def email_bytes(subject, message_id=None, attachments=(), sender="Phạm Thị Dung <dung@example.com>"):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "duongkinh@haiphong.gov.vn"
    message["Subject"] = subject
    message["Date"] = "Thu, 26 Nov 2026 08:30:00 +0700"
    if message_id:
        message["Message-ID"] = message_id
    message.set_content("Kính gửi Ban Biên tập,\n\nXin gửi thông tin kèm theo.\n")
    for filename, data, maintype, subtype in attachments:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()
