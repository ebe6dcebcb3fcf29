"""Digital signatures in PDF files: intact or not, who signed and when, and whether the signer's certificate
chains to the portal's trust store (INTAKE_TRUST_ROOTS, a folder of PEM or DER certificates)."""

import io
import logging
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)


# pyhanko is imported where a PDF is checked, not at start-up: importing it costs over a second (its
# cryptography stack), which every web worker and management command would pay for nothing.


def load_trust_roots(folder=None):
    from pyhanko.keys import load_cert_from_pemder

    folder = folder if folder is not None else settings.INTAKE_TRUST_ROOTS
    roots = []
    if not folder or not Path(folder).is_dir():
        return roots
    for path in sorted(Path(folder).iterdir()):
        if path.suffix.lower() not in {".pem", ".crt", ".cer", ".der"}:
            continue
        try:
            roots.append(load_cert_from_pemder(str(path)))
        except Exception:  # one unreadable file must not hide the others
            logger.warning("Intake trust store: cannot read %s", path)
    return roots


def name_part(name, key):
    try:
        return name.native.get(key, "")
    except Exception:
        return ""


def check_pdf_signatures(data, trust_roots=None):
    """A list with one dict per embedded signature (empty for an unsigned or unreadable PDF)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception:  # a broken PDF is still kept; it just has no readable signature
        logger.info("Intake: PDF could not be read for signatures", exc_info=True)
        return []
    roots = load_trust_roots() if trust_roots is None else trust_roots
    results = []
    for sig in embedded:
        result = {
            "field": sig.field_name,
            "intact": False,
            "valid": False,
            "trusted": False,
            "signer": "",
            "organisation": "",
            "signed_at": "",
            "covers_whole_file": False,
            "error": "",
        }
        try:
            cert = sig.signer_cert
            result["signer"] = name_part(cert.subject, "common_name")
            result["organisation"] = name_part(cert.subject, "organization_name")
        except Exception:
            pass
        try:
            context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
            status = validate_pdf_signature(sig, context)
            result["intact"] = bool(status.intact)
            result["valid"] = bool(status.valid)
            result["trusted"] = bool(status.intact and status.valid and status.trust_problem_indic is None)
            if status.signer_reported_dt:
                result["signed_at"] = status.signer_reported_dt.isoformat()
            result["covers_whole_file"] = getattr(status.coverage, "name", "") == "ENTIRE_FILE"
        except Exception as error:  # a signature that cannot be checked is reported, not fatal
            result["error"] = str(error)[:500]
        results.append(result)
    return results
