"""Smoke tests of the test harness itself: the real servers and the fault server work.

If these fail, every integration test built on the fixtures would fail confusingly;
these say precisely which piece (TLS, IMAP, SMTP, LMTP, DSN, fault injection) broke.
"""

from __future__ import annotations

import asyncio
import uuid
from email.message import EmailMessage

import aiosmtplib
import pytest
from imapclient import IMAPClient
from mailservers import CLIENTS, PRACTITIONER, REJECT_AT_RCPT, MailSystem, start_smtp_sink
from smtp_fault_server import FAULT_PASSWORD, FAULT_USER, Fault, FaultSMTPServer

pytestmark = pytest.mark.mailservers


def _message(to: str, subject: str, body: str = "Hello from the smoke test.") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = PRACTITIONER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def _token() -> str:
    return f"smoke-{uuid.uuid4().hex[:12]}"


def _imap_search_subject(client: IMAPClient, token: str) -> list[int]:
    client.select_folder("INBOX", readonly=True)
    return list(client.search(["SUBJECT", token]))


def test_imaps_login_verifies_certificate(mail_system: MailSystem) -> None:
    user = CLIENTS[0]
    with IMAPClient(
        mail_system.host,
        port=mail_system.imaps_port,
        ssl=True,
        ssl_context=mail_system.ssl_context(),
        timeout=10,
    ) as client:
        client.login(user, mail_system.password)
        assert b"INBOX" in {name.encode() for _flags, _sep, name in client.list_folders()}
        # The server cert really was checked against our CA (not an unverified context).
        cert = client._imap.sock.getpeercert()
        assert ("IP Address", "127.0.0.1") in cert["subjectAltName"]


def test_imap_starttls_login(mail_system: MailSystem) -> None:
    with IMAPClient(mail_system.host, port=mail_system.imap_port, ssl=False, timeout=10) as client:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(mail_system.ssl_context())
        client.login(CLIENTS[1], mail_system.password)
        client.select_folder("INBOX")


def test_imap_rejects_wrong_password(mail_system: MailSystem) -> None:
    with (
        IMAPClient(mail_system.host, port=mail_system.imap_port, ssl=False, timeout=10) as client,
        pytest.raises(IMAPClient.Error),
    ):
        client.login(CLIENTS[0], "not-the-password")


def test_smtp_starttls_and_implicit_tls_deliver_to_inbox(mail_system: MailSystem) -> None:
    user = CLIENTS[0]
    starttls_token, tls_token = _token(), _token()

    async def send_both() -> None:
        await aiosmtplib.send(
            _message(user, f"via starttls {starttls_token}"),
            hostname=mail_system.host,
            port=mail_system.smtp_port,
            start_tls=True,
            tls_context=mail_system.ssl_context(),
            timeout=10,
        )
        await aiosmtplib.send(
            _message(user, f"via implicit tls {tls_token}"),
            hostname=mail_system.host,
            port=mail_system.smtps_port,
            use_tls=True,
            tls_context=mail_system.ssl_context(),
            username=PRACTITIONER,
            password=mail_system.password,
            timeout=10,
        )

    asyncio.run(send_both())

    first = mail_system.wait_for_email(user, starttls_token, timeout=15)
    second = mail_system.wait_for_email(user, tls_token, timeout=15)
    assert first["Subject"] == f"via starttls {starttls_token}"
    assert second["From"] == PRACTITIONER
    # Postfix records the TLS of the submission in the Received header it adds.
    assert "TLS" in str(second.get_all("Received"))

    # And IMAP (what the incoming transport uses) sees them too, not just the Maildir.
    with IMAPClient(
        mail_system.host,
        port=mail_system.imaps_port,
        ssl=True,
        ssl_context=mail_system.ssl_context(),
        timeout=10,
    ) as client:
        client.login(user, mail_system.password)
        assert len(_imap_search_subject(client, starttls_token)) == 1
        assert len(_imap_search_subject(client, tls_token)) == 1


def test_smtp_auth_wrong_password_is_refused(mail_system: MailSystem) -> None:
    async def attempt() -> None:
        await aiosmtplib.send(
            _message(CLIENTS[0], "never sent"),
            hostname=mail_system.host,
            port=mail_system.smtp_port,
            start_tls=True,
            tls_context=mail_system.ssl_context(),
            username=PRACTITIONER,
            password="wrong",
            timeout=10,
        )

    with pytest.raises(aiosmtplib.SMTPAuthenticationError) as info:
        asyncio.run(attempt())
    assert info.value.code == 535


def test_unknown_user_bounces_with_real_dsn(mail_system: MailSystem) -> None:
    token = _token()
    unknown = "nobody.here@example.org"

    asyncio.run(
        aiosmtplib.send(
            _message(unknown, f"to nobody {token}"),
            hostname=mail_system.host,
            port=mail_system.smtp_port,
            start_tls=True,
            tls_context=mail_system.ssl_context(),
            timeout=10,
        )
    )

    dsn = mail_system.wait_for_email(
        PRACTITIONER, lambda raw: token.encode() in raw and b"delivery-status" in raw, timeout=20
    )
    assert dsn.get_content_type() == "multipart/report"
    assert dsn.get_param("report-type") == "delivery-status"
    status_part = next(p for p in dsn.walk() if p.get_content_type() == "message/delivery-status")
    status_text = status_part.as_string()
    assert f"Final-Recipient: rfc822; {unknown}" in status_text
    assert "Action: failed" in status_text
    assert "Status: 5.1.1" in status_text


def test_sieve_vacation_auto_reply(mail_system: MailSystem) -> None:
    client = CLIENTS[2]
    token = _token()
    mail_system.set_vacation(client, f"Away until Monday ({token}).", subject=f"Away {token}")
    try:
        asyncio.run(
            aiosmtplib.send(
                _message(client, f"are you there {token}"),
                hostname=mail_system.host,
                port=mail_system.smtp_port,
                # Plain SMTP from loopback needs neither TLS nor AUTH. (aiosmtplib would
                # otherwise try STARTTLS with the system CAs, which do not know ours.)
                start_tls=False,
                timeout=10,
            )
        )
        reply = mail_system.wait_for_email(PRACTITIONER, f"Away {token}", timeout=15)
    finally:
        mail_system.clear_vacation(client)
    # A real RFC 3834 auto-reply from Pigeonhole, as the reply classifier will meet it.
    assert reply["Auto-Submitted"].startswith("auto-replied")
    assert reply["From"].addresses[0].addr_spec == client
    assert token in reply.get_content()


def test_synchronous_rcpt_reject_address(mail_system: MailSystem) -> None:
    async def attempt() -> None:
        await aiosmtplib.send(
            _message(REJECT_AT_RCPT, "refused at once"),
            hostname=mail_system.host,
            port=mail_system.smtp_port,
            start_tls=False,
            timeout=10,
        )

    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as info:
        asyncio.run(attempt())
    assert info.value.recipients[0].code == 550


def test_smtp_sink_accepts_mail() -> None:
    with start_smtp_sink() as sink:
        errors, _reply = asyncio.run(
            aiosmtplib.send(
                _message(CLIENTS[0], "into the void"),
                hostname=sink.host,
                port=sink.port,
                start_tls=False,
                timeout=10,
            )
        )
        assert errors == {}
    assert sink.process.poll() is not None


def _send_to_fault(server: FaultSMTPServer, to: str, subject: str) -> None:
    assert server.tls is not None
    asyncio.run(
        aiosmtplib.send(
            _message(to, subject),
            hostname=server.host,
            port=server.port,
            start_tls=True,
            tls_context=server.tls.client_context(),
            username=FAULT_USER,
            password=FAULT_PASSWORD,
            timeout=10,
        )
    )


def test_fault_server_records_a_normal_transaction(fault_smtp: FaultSMTPServer) -> None:
    _send_to_fault(fault_smtp, CLIENTS[0], "plain")
    (t,) = fault_smtp.wait_for_transactions(1)
    assert t.accepted
    assert t.tls
    assert t.auth_login == FAULT_USER
    assert t.mail_from == PRACTITIONER
    assert t.rcpt_tos == [CLIENTS[0]]
    assert t.message()["Subject"] == "plain"


def test_fault_server_550_at_rcpt_reaches_client(fault_smtp: FaultSMTPServer) -> None:
    fault_smtp.inject(Fault.REJECT_RCPT, recipients=[CLIENTS[1]])

    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as info:
        _send_to_fault(fault_smtp, CLIENTS[1], "refused")
    (refused,) = info.value.recipients
    assert isinstance(refused, aiosmtplib.SMTPRecipientRefused)
    assert refused.code == 550
    assert refused.recipient == CLIENTS[1]

    # The rule is recipient-specific: someone else still gets through.
    _send_to_fault(fault_smtp, CLIENTS[0], "accepted")
    assert [t.rcpt_tos for t in fault_smtp.messages] == [[CLIENTS[0]]]


def test_fault_server_451_at_data_then_recovers(fault_smtp: FaultSMTPServer) -> None:
    fault_smtp.inject(Fault.TEMPFAIL_DATA, count=1)

    with pytest.raises(aiosmtplib.SMTPResponseException) as info:
        _send_to_fault(fault_smtp, CLIENTS[0], "first try")
    assert info.value.code == 451

    _send_to_fault(fault_smtp, CLIENTS[0], "retry")
    first, second = fault_smtp.wait_for_transactions(2)
    assert (first.code, first.accepted) == (451, False)
    assert (second.code, second.accepted) == (250, True)


def test_fault_server_drop_and_421_close_the_connection(fault_smtp: FaultSMTPServer) -> None:
    fault_smtp.inject(Fault.DROP_AT_DATA)
    with pytest.raises(aiosmtplib.SMTPServerDisconnected):
        _send_to_fault(fault_smtp, CLIENTS[0], "dropped")

    fault_smtp.inject(Fault.SERVICE_UNAVAILABLE)
    with pytest.raises(aiosmtplib.SMTPResponseException) as info:
        _send_to_fault(fault_smtp, CLIENTS[0], "421")
    assert info.value.code == 421

    dropped, unavailable = fault_smtp.wait_for_transactions(2)
    assert dropped.dropped and dropped.data is not None and not dropped.accepted
    assert unavailable.code == 421
    assert fault_smtp.messages == []
