"""A real, throw-away mail system on 127.0.0.1 for integration tests and benchmarks.

`start_mail_system()` brings up, in a fresh temp dir under /tmp and on free loopback ports:

* Dovecot (own config file; /etc/dovecot is never read): IMAP (plaintext LOGIN allowed,
  STARTTLS offered), IMAPS, an LMTP unix socket, passwd-file users sharing one password,
  Maildir mailboxes and Pigeonhole Sieve on LMTP delivery (vacation auto-replies).
* Postfix as a separate instance (`postfix -c DIR`; /etc/postfix/main.cf is never used):
  SMTP with STARTTLS and optional AUTH (Dovecot SASL), a second implicit-TLS listener, the
  domains in `DOMAINS` delivered through Dovecot LMTP. Unknown users of those domains are
  accepted and then bounced with a real DSN; any other domain is bounced by Postfix's
  `error` transport. There is no relayhost and no SMTP client in master.cf, so nothing can
  leave the machine.
* A tiny CA and a server certificate (SAN IP:127.0.0.1, DNS:localhost) that Python's
  default `ssl` context verifies with `cafile=ca.pem`.
* Optionally (`oauth2_url=`), XOAUTH2 and OAUTHBEARER on IMAP and SMTP AUTH, each token
  checked by Dovecot's `oauth2` passdb at that RFC 7662 introspection endpoint.
* Optionally (`preset_ports=True`), the well-known ports the provider presets name
  (`PRESET_PORTS`: submission 587 with AUTH only after STARTTLS, as providers require;
  465 implicit TLS; IMAPS 993) instead of free ones; `taken_ports` says whether they are
  free, and `preset_ports_lock()` keeps two processes from wanting them at once.

Everything needs root (the Postfix master and Dovecot's privilege separation require it)
and the Debian packages installed by `scripts/install-system-deps.sh`. When something is
missing this module raises `MailServersUnavailable` instead of letting tests skip: the
test command installs the servers, so their absence is a broken environment.

Usage:

    m = start_mail_system()            # ~0.5-1 s; or the session fixture `mail_system`
    try:
        # send with aiosmtplib to (m.host, m.smtp_port), start_tls=True,
        # tls_context=m.ssl_context(), optionally username=PRACTITIONER, password=m.password
        msg = m.wait_for_email("maria@example.org", "unique-token-123")
        m.set_vacation("lena@example.org", "Away until Monday.")   # Sieve auto-reply
    finally:
        m.stop()

aiosmtplib upgrades to STARTTLS whenever it is offered, verifying against the system CAs:
always pass `tls_context=m.ssl_context()` or `start_tls=False`.

Messages are read straight from the Maildir (Dovecot stores LF line endings); IMAP
sees the same mailboxes. `ana+tag@fieldpractice.example` is delivered to ana.

Bench scripts import this file directly (`sys.path.insert(0, "tests")`), so it must not
import pytest or anything from the test suite.
"""

from __future__ import annotations

import atexit
import contextlib
import email
import email.message
import email.policy
import fcntl
import functools
import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "CLIENTS",
    "DEFAULT_PASSWORD",
    "DEFAULT_USERS",
    "DOMAINS",
    "HOST",
    "MAIL_SYSTEM_USER",
    "PRACTITIONER",
    "PRESET_PORTS",
    "PRESET_PORTS_LOCK",
    "REJECT_AT_RCPT",
    "TEMPFAIL_AT_RCPT",
    "MailServerError",
    "MailServersUnavailable",
    "MailSystem",
    "Matcher",
    "SmtpSink",
    "TlsFiles",
    "free_ports",
    "make_tls_files",
    "preset_ports_lock",
    "running_mail_system",
    "start_mail_system",
    "start_smtp_sink",
    "taken_ports",
]

HOST = "127.0.0.1"
PRACTITIONER = "ana@fieldpractice.example"
CLIENTS: tuple[str, ...] = ("maria@example.org", "jonas@example.org", "lena@example.org")
DEFAULT_USERS: tuple[str, ...] = (PRACTITIONER, *CLIENTS)
DEFAULT_PASSWORD = "secret"
DOMAINS: tuple[str, ...] = ("fieldpractice.example", "example.org")
# Postfix answers these synchronously at RCPT TO (no DSN), for transport error-path tests.
REJECT_AT_RCPT = "reject.at.rcpt@example.org"  # 550 5.1.1
TEMPFAIL_AT_RCPT = "tempfail.at.rcpt@example.org"  # 450 4.2.0
# Dovecot will not deliver mail as root, so every mailbox belongs to this system user.
MAIL_SYSTEM_USER = "ccmail"
# What providers listen on (RFC 6409 submission, RFC 8314 implicit TLS), for checking
# carecall_mail/providers.py's ports and security against real servers.
PRESET_PORTS = {"smtp_port": 587, "smtps_port": 465, "imaps_port": 993}
HOSTNAME = "mail.fieldpractice.example"

INSTALL_HINT = "run `scripts/install-system-deps.sh` (as root) to install them"

POSTFIX = "/usr/sbin/postfix"
POSTQUEUE = "/usr/sbin/postqueue"
DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
SMTP_SINK = "/usr/sbin/smtp-sink"
OPENSSL = "openssl"
# Files whose absence means a Debian package is missing; named so the error says which.
_REQUIRED_FILES: dict[str, str] = {
    POSTFIX: "postfix",
    "/usr/lib/postfix/sbin/master": "postfix",
    "/usr/lib/postfix/sbin/lmtp": "postfix",
    SMTP_SINK: "postfix",
    DOVECOT: "dovecot-core",
    DOVEADM: "dovecot-core",
    "/usr/lib/dovecot/imap": "dovecot-imapd",
    "/usr/lib/dovecot/lmtp": "dovecot-lmtpd",
    "/usr/lib/dovecot/modules/lib90_sieve_plugin.so": "dovecot-sieve",
}

# Bounds for every wait in this module; generous for a loaded CI box, tiny when healthy.
START_TIMEOUT = 20.0
STOP_TIMEOUT = 5.0
DOVECOT_STOP_GRACE = 0.3
POLL_INTERVAL = 0.05
_START_ATTEMPTS = 3  # free ports can be taken between probing and binding: retry with new ones


class MailServersUnavailable(RuntimeError):
    """The machine lacks what the real mail servers need (packages, root)."""


class MailServerError(RuntimeError):
    """A server failed to start, stop or answer; the message carries the log tail."""


# A message matcher: a substring (str or bytes) of the raw message, or a predicate on it.
Matcher = str | bytes | Callable[[bytes], bool]


def _check_environment() -> None:
    missing = sorted({pkg for path, pkg in _REQUIRED_FILES.items() if not Path(path).exists()})
    if shutil.which(OPENSSL) is None:
        missing.append("openssl")
    if missing:
        raise MailServersUnavailable(
            f"real mail servers unavailable: missing Debian package(s) {' '.join(missing)}; "
            + INSTALL_HINT
        )
    if os.geteuid() != 0:
        raise MailServersUnavailable(
            "real mail servers need root (the Postfix master and Dovecot's privilege "
            "separation require it); run the tests as root, as CI does"
        )


def _run(args: list[str], *, timeout: float = 30.0, check: bool = True) -> str:
    """Run a command, return stdout+stderr; raise MailServerError with the output on failure."""
    try:
        proc = subprocess.run(
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise MailServerError(f"{' '.join(args)} timed out after {timeout}s") from exc
    if check and proc.returncode != 0:
        raise MailServerError(f"{' '.join(args)} exited {proc.returncode}:\n{proc.stdout}")
    return proc.stdout


def free_ports(count: int) -> list[int]:
    """Return `count` distinct TCP ports that are free on 127.0.0.1 right now.

    All sockets are held open until every port is chosen so the kernel cannot hand the
    same port out twice; another process may still take one before we bind it, which the
    callers handle by retrying.
    """
    socks: list[socket.socket] = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((HOST, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def taken_ports(ports: Iterable[int]) -> list[int]:
    """Those of `ports` that cannot be bound on 127.0.0.1 now (another server has them)."""
    taken = []
    for port in ports:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            # As Postfix and Dovecot bind: a closed connection's TIME_WAIT on the port
            # (from a previous test run) does not count as taken, only a listener does.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((HOST, port))
            except OSError:
                taken.append(port)
    return taken


# One lock for the whole machine: the presets' fixed ports exist once, whichever process
# (a pytest-xdist worker, a second test run, a benchmark) wants them.
PRESET_PORTS_LOCK = Path("/tmp/carecall-preset-ports.lock")


@contextlib.contextmanager
def preset_ports_lock(timeout: float = 240.0) -> Iterator[None]:
    """Hold the machine-wide lock on `PRESET_PORTS` (bounded wait); take it before checking
    `taken_ports` and starting a `preset_ports=True` system, release after `stop()`."""
    with PRESET_PORTS_LOCK.open("a") as handle:
        deadline = time.monotonic() + timeout
        while True:  # bounded by the deadline
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise MailServerError(
                        f"another process held {PRESET_PORTS_LOCK} for over {timeout:.0f}s"
                    ) from None
                time.sleep(POLL_INTERVAL)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def _wait_until(
    condition: Callable[[], bool], timeout: float, what: str, interval: float = POLL_INTERVAL
) -> None:
    deadline = time.monotonic() + timeout
    while True:  # bounded by the deadline
        if condition():
            return
        if time.monotonic() >= deadline:
            raise MailServerError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


def _tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"({path} not readable)"
    return "\n".join(text.splitlines()[-lines:])


# --------------------------------------------------------------------------- TLS


@dataclass(frozen=True)
class TlsFiles:
    """PEM files of a tiny test CA and one server certificate it signed."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    def client_context(self) -> ssl.SSLContext:
        """A default (verifying) client context that trusts only this CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(self.cert_file), str(self.key_file))
        return ctx


def make_tls_files(directory: Path) -> TlsFiles:
    """Create a CA and a server cert (SAN IP:127.0.0.1, DNS:localhost) in `directory`.

    EC P-256 keys keep generation in the tens of milliseconds. The extensions (key usage,
    SKI/AKI, serverAuth) make the chain pass even strict verifiers such as Python 3.13's
    default VERIFY_X509_STRICT, not only 3.11's.
    """
    directory.mkdir(parents=True, exist_ok=True)
    ca_key, ca_pem = directory / "ca.key", directory / "ca.pem"
    key, csr, pem = directory / "server.key", directory / "server.csr", directory / "server.pem"
    ext = directory / "server.ext"
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _run(
        [
            OPENSSL,
            "req",
            "-x509",
            *ec,
            "-days",
            "3650",
            "-subj",
            "/CN=CareCall test CA",
            "-keyout",
            str(ca_key),
            "-out",
            str(ca_pem),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
            "-addext",
            "subjectKeyIdentifier=hash",
        ]
    )
    _run([OPENSSL, "req", *ec, "-subj", f"/CN={HOSTNAME}", "-keyout", str(key), "-out", str(csr)])
    ext.write_text(
        f"subjectAltName=IP:{HOST},DNS:localhost,DNS:{HOSTNAME}\n"
        "basicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid,issuer\n"
    )
    _run(
        [
            OPENSSL,
            "x509",
            "-req",
            "-in",
            str(csr),
            "-CA",
            str(ca_pem),
            "-CAkey",
            str(ca_key),
            "-CAcreateserial",
            "-days",
            "3650",
            "-extfile",
            str(ext),
            "-out",
            str(pem),
        ]
    )
    for p in (ca_key, key):
        p.chmod(0o600)
    csr.unlink()
    ext.unlink()
    return TlsFiles(ca_file=ca_pem, cert_file=pem, key_file=key)


# --------------------------------------------------------------------------- system user

_user_lock = threading.Lock()


def _ensure_mail_user() -> tuple[int, int]:
    """Create the `ccmail` system user once (idempotent, tolerant of a parallel creator)."""
    with _user_lock:
        for _ in range(2):
            try:
                pw = pwd.getpwnam(MAIL_SYSTEM_USER)
                return pw.pw_uid, pw.pw_gid
            except KeyError:
                # Another process (pytest-xdist worker) may win the race; re-check after.
                _run(
                    [
                        "useradd",
                        "--system",
                        "--user-group",
                        "--no-create-home",
                        "--shell",
                        "/usr/sbin/nologin",
                        MAIL_SYSTEM_USER,
                    ],
                    check=False,
                )
        pw = pwd.getpwnam(MAIL_SYSTEM_USER)
        return pw.pw_uid, pw.pw_gid


# --------------------------------------------------------------------------- processes


def _pid_alive(pid: int, comm: str) -> bool:
    """True if `pid` runs and is named `comm` (so a recycled PID is never signalled).

    A zombie counts as dead: it has exited, only its parent has not reaped it yet (in a
    container without an init that reaps, a daemon's zombie can linger indefinitely).
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    # Format: "pid (comm) state ..."; comm may contain spaces or parentheses.
    name = stat[stat.index("(") + 1 : stat.rindex(")")]
    state = stat[stat.rindex(")") + 2 :].split(" ", 1)[0]
    return name == comm and state not in ("Z", "X")


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _terminate(pid: int, comm: str, timeout: float) -> None:
    """SIGTERM a daemon master, wait (bounded), then SIGKILL its process group.

    Both masters call setsid(), so their process group id is their own PID and holds
    exactly the children they spawned: killing that group never touches anything else.
    """
    if not _pid_alive(pid, comm):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _pid_alive(pid, comm) and time.monotonic() < deadline:
        time.sleep(POLL_INTERVAL)
    if _pid_alive(pid, comm):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if os.getpgid(pid) == pid:
                os.killpg(pid, signal.SIGKILL)
            else:
                os.kill(pid, signal.SIGKILL)


# --------------------------------------------------------------------------- config


def _dovecot_conf(m: MailSystem, uid: int) -> str:
    dh = "ssl_dh = </usr/share/dovecot/dh.pem" if Path("/usr/share/dovecot/dh.pem").exists() else ""
    return f"""\
# Generated by tests/mailservers.py for one test run; /etc/dovecot is not read.
base_dir = {m.dovecot_run_dir}
state_dir = {m.root}/dovecot/state
# A unique instance name keeps parallel runs (pytest-xdist) apart in logs and doveadm.
instance_name = {m.root.name}
hostname = {HOSTNAME}
protocols = imap lmtp
listen = {HOST}
log_path = {m.log_dir}/dovecot.log
auth_verbose = yes
ssl = yes
ssl_cert = <{m.tls.cert_file}
ssl_key = <{m.tls.key_file}
{dh}
# Tests log in with plaintext over loopback as well as with TLS.
disable_plaintext_auth = no
auth_mechanisms = plain login{" xoauth2 oauthbearer" if m.oauth2_url else ""}
# Wrong-password tests should not wait the default 2 s anti-brute-force delay...
auth_failure_delay = 0
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_location = maildir:~/Maildir
# ana+tag@... is delivered to ana (reply-address tags must not bounce).
recipient_delimiter = +
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
{_oauth2_passdb(m)}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu {m.root}/dovecot/users
{"  mechanisms = plain login" + chr(10) if m.oauth2_url else ""}}}
userdb {{
  driver = passwd-file
  args = username_format=%Lu {m.root}/dovecot/users
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {m.imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {m.imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  unix_listener lmtp {{
    user = postfix
    mode = 0600
  }}
}}
# ...nor the growing per-IP penalty (2-15 s, for every later login from 127.0.0.1,
# successful ones too), which would make one wrong-password test slow down all others.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service auth {{
  unix_listener auth-postfix {{
    user = postfix
    mode = 0600
  }}
}}
# Sieve replies (vacation) are submitted to our own Postfix, never /usr/sbin/sendmail
# (which would talk to the unconfigured system instance).
submission_host = {HOST}:{m.smtp_port}
protocol lmtp {{
  mail_plugins = $mail_plugins sieve
  postmaster_address = postmaster@fieldpractice.example
}}
plugin {{
  sieve = file:~/sieve;active=~/.dovecot.sieve
}}
"""


def _oauth2_passdb(m: MailSystem) -> str:
    """With `oauth2_url`: XOAUTH2/OAUTHBEARER tokens are checked by RFC 7662
    introspection (a POST of `token=...`) at that URL, which must answer
    {"active": true, "username": "<the address>"}; passwords still work as before."""
    if not m.oauth2_url:
        return ""
    return f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {m.root}/dovecot/oauth2.conf.ext
}}
"""


def _dovecot_oauth2_conf(m: MailSystem) -> str:
    return f"""\
introspection_mode = post
introspection_url = {m.oauth2_url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""


def _postfix_main_cf(m: MailSystem) -> str:
    return f"""\
# Generated by tests/mailservers.py for one test run; /etc/postfix/main.cf is not used.
compatibility_level = 3.6
queue_directory = {m.root}/postfix/spool
data_directory = {m.root}/postfix/data
maillog_file = {m.log_dir}/postfix.log
maillog_file_prefixes = {m.log_dir}
inet_interfaces = {HOST}
inet_protocols = ipv4
myhostname = {HOSTNAME}
mydomain = fieldpractice.example
myorigin = $myhostname
mydestination =
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
notify_classes =
recipient_delimiter = +
# Nothing leaves the machine: no relayhost, no smtp client in master.cf, and every
# non-virtual destination goes to the error transport (a local bounce).
relayhost =
relay_domains =
default_transport = error:5.7.1 carecall test mail system: outside mail is disabled
relay_transport = $default_transport
local_transport = error:5.1.1 carecall test mail system: local delivery is disabled
virtual_mailbox_domains = {" ".join(DOMAINS)}
virtual_transport = lmtp:unix:{m.dovecot_run_dir}/lmtp
# Unknown users are accepted at SMTP time; Dovecot LMTP answers 550 5.1.1 and Postfix
# sends a real DSN back to the sender, which is what the bounce handling must parse.
smtpd_reject_unlisted_recipient = no
smtpd_recipient_restrictions =
  check_recipient_access texthash:{m.postfix_config_dir}/rcpt_access,
  permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_banner = $myhostname ESMTP carecall-test
smtpd_tls_security_level = may
smtpd_tls_chain_files = {m.tls.key_file}, {m.tls.cert_file}
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = {m.dovecot_run_dir}/auth-postfix
smtpd_tls_auth_only = no
# Tests and benchmarks hammer the server from one IP: no tarpitting of errors or input.
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 1000
smtpd_hard_error_limit = 1000
in_flow_delay = 0
# Fast retries so deferred-then-delivered scenarios finish within a test's timeout.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 5s
delay_warning_time = 0
"""


def _auth_only(m: MailSystem) -> str:
    # Providers' submission port offers AUTH only once STARTTLS is done; the default
    # test system offers it in the clear too (other tests log in without TLS).
    return "\n  -o smtpd_tls_auth_only=yes" if m.auth_needs_tls else ""


def _postfix_master_cf(m: MailSystem) -> str:
    return f"""\
# Generated by tests/mailservers.py. No smtp/relay client: nothing can leave the machine.
{HOST}:{m.smtp_port} inet n - n - - smtpd{_auth_only(m)}
{HOST}:{m.smtps_port} inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_security_level=encrypt
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
tlsmgr    unix - - n 1000? 1 tlsmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
proxywrite unix - - n - 1 proxymap
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
lmtp      unix - - n - - lmtp
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


# --------------------------------------------------------------------------- the system


def _match(raw: bytes, matcher: Matcher) -> bool:
    if isinstance(matcher, str):
        return matcher.encode() in raw
    if isinstance(matcher, bytes):
        return matcher in raw
    return matcher(raw)


@dataclass
class MailSystem:
    """A running loopback Postfix + Dovecot. Create with `start_mail_system()`.

    All ports are on `host` (127.0.0.1). Every user's password is `password`; IMAP and
    SMTP AUTH user names are the full addresses.
    """

    root: Path
    smtp_port: int  # SMTP, STARTTLS offered, AUTH optional from loopback
    smtps_port: int  # SMTP with implicit TLS (smtpd_tls_wrappermode)
    imap_port: int  # IMAP, plaintext LOGIN allowed, STARTTLS offered
    imaps_port: int  # IMAP with implicit TLS
    ca_file: Path  # trust this to verify both servers
    password: str
    users: tuple[str, ...]
    tls: TlsFiles
    host: str = HOST
    # An RFC 7662 introspection endpoint: Dovecot (and Postfix through its SASL) also
    # accept XOAUTH2 and OAUTHBEARER, the tokens checked there (`_oauth2_passdb`).
    oauth2_url: str | None = None
    # SMTP AUTH on smtp_port only after STARTTLS (set with preset_ports).
    auth_needs_tls: bool = False
    _dovecot: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)

    # -- paths

    @property
    def log_dir(self) -> Path:
        return self.root / "log"

    @property
    def dovecot_config(self) -> Path:
        return self.root / "dovecot" / "dovecot.conf"

    @property
    def dovecot_run_dir(self) -> Path:
        return self.root / "dovecot" / "run"

    @property
    def postfix_config_dir(self) -> Path:
        return self.root / "postfix" / "etc"

    @property
    def postfix_pid_file(self) -> Path:
        return self.root / "postfix" / "spool" / "pid" / "master.pid"

    def home(self, user: str) -> Path:
        local, _, domain = user.lower().partition("@")
        return self.root / "mail" / domain / local

    def maildir(self, user: str) -> Path:
        """The user's Maildir (INBOX). Dovecot creates it on first delivery or login."""
        self._check_user(user)
        return self.home(user) / "Maildir"

    def ssl_context(self) -> ssl.SSLContext:
        """A default verifying client context that trusts the test CA."""
        return self.tls.client_context()

    # -- mailbox access

    def message_files(self, user: str) -> list[Path]:
        """INBOX message files (new/ and cur/), oldest first by delivery time."""
        md = self.maildir(user)
        files: list[tuple[float, Path]] = []
        for sub in ("new", "cur"):
            with contextlib.suppress(FileNotFoundError):
                for entry in os.scandir(md / sub):
                    # An IMAP client may move new/ -> cur/ meanwhile: skip, rescanned next poll.
                    with contextlib.suppress(FileNotFoundError):
                        files.append((entry.stat().st_mtime, Path(entry.path)))
        return [p for _, p in sorted(files)]

    def messages(self, user: str) -> list[bytes]:
        """Raw bytes of every message in the user's INBOX, oldest first."""
        out: list[bytes] = []
        for path in self.message_files(user):
            with contextlib.suppress(FileNotFoundError):
                out.append(path.read_bytes())
        return out

    def find_messages(self, user: str, match: Matcher) -> list[bytes]:
        return [raw for raw in self.messages(user) if _match(raw, match)]

    def wait_for_message(self, user: str, match: Matcher, timeout: float = 15.0) -> bytes:
        """Poll the user's Maildir until a message matches; return its raw bytes.

        `match` is a substring (str/bytes) of the raw message or a predicate on the bytes.
        Use a unique token per test (the mailboxes live for the whole session). Raises
        TimeoutError naming what arrived and the Postfix log tail when nothing matches.
        """
        deadline = time.monotonic() + timeout
        while True:  # bounded by the deadline
            for raw in self.messages(user):
                if _match(raw, match):
                    return raw
            if time.monotonic() >= deadline:
                break
            time.sleep(POLL_INTERVAL)
        subjects = [
            str(email.message_from_bytes(raw, policy=email.policy.default).get("Subject"))
            for raw in self.messages(user)
        ]
        raise TimeoutError(
            f"no message matching {match!r} for {user} within {timeout}s; "
            f"INBOX subjects: {subjects[-10:]}\n--- postfix.log tail ---\n"
            + _tail(self.log_dir / "postfix.log", 15)
        )

    def wait_for_email(
        self, user: str, match: Matcher, timeout: float = 15.0
    ) -> email.message.EmailMessage:
        """Like `wait_for_message`, parsed with the modern email policy."""
        raw = self.wait_for_message(user, match, timeout)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        return msg

    def empty_mailbox(self, user: str, mailbox: str = "INBOX") -> None:
        """Expunge every message of a mailbox (through Dovecot, so its indexes stay right)."""
        self.doveadm("expunge", "-u", user, "mailbox", mailbox, "all")

    # -- Dovecot / Postfix tools

    def doveadm(self, *args: str, input_text: str | None = None) -> str:
        """Run `doveadm -c <our config> ARGS`; return its output, raise on failure."""
        proc = subprocess.run(
            [DOVEADM, "-c", str(self.dovecot_config), *args],
            input=input_text,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if proc.returncode != 0:
            raise MailServerError(
                f"doveadm {' '.join(args)} exited {proc.returncode}: {proc.stderr}"
            )
        return proc.stdout

    def set_vacation(
        self, user: str, text: str, *, subject: str | None = None, days: int = 1
    ) -> None:
        """Activate a Sieve vacation auto-reply (RFC 5230) for `user`.

        Pigeonhole replies once per sender per `days` and only to mail that names the user
        in To/Cc and is not itself automatic (Auto-Submitted, Precedence: bulk, lists).
        The duplicate log is cleared on every call so each test starts fresh.
        """
        self._check_user(user)
        self._clear_vacation_dupes(user)

        def quote(s: str) -> str:
            return s.replace("\\", "\\\\").replace('"', '\\"')

        subj = f':subject "{quote(subject)}" ' if subject is not None else ""
        # Sieve multi-line string: a line starting with "." must be dot-stuffed.
        body = "\n".join("." + ln if ln.startswith(".") else ln for ln in text.splitlines())
        script = f'require ["vacation"];\nvacation :days {days} {subj}text:\n{body}\n.\n;\n'
        self.doveadm("sieve", "put", "-u", user, "-a", "vacation", input_text=script)

    def clear_vacation(self, user: str) -> None:
        """Remove the vacation script again (no-op if none)."""
        self._check_user(user)
        self._clear_vacation_dupes(user)
        with contextlib.suppress(MailServerError):
            self.doveadm("sieve", "deactivate", "-u", user)
        with contextlib.suppress(MailServerError):
            self.doveadm("sieve", "delete", "-u", user, "vacation")

    def _clear_vacation_dupes(self, user: str) -> None:
        # The duplicate log and its lock directory: Pigeonhole's memory of whom it answered.
        for p in self.home(user).glob(".dovecot.lda-dupes*"):
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)

    def postqueue(self, *args: str) -> str:
        """Run `postqueue -c <our config dir> ARGS` (e.g. "-p" to list, "-f" to flush)."""
        return _run([POSTQUEUE, "-c", str(self.postfix_config_dir), *args], timeout=30)

    def queue_is_empty(self) -> bool:
        spool = self.root / "postfix" / "spool"
        for sub in ("incoming", "active", "deferred", "maildrop", "hold"):
            for _, _, files in os.walk(spool / sub):
                if files:
                    return False
        return True

    def wait_queue_empty(self, timeout: float = 15.0) -> None:
        """Wait until Postfix has delivered or bounced everything it accepted."""
        _wait_until(self.queue_is_empty, timeout, "the Postfix queue to drain")

    def wait_queue_settled(self, timeout: float = 20.0) -> None:
        """Wait until the queue is empty on three looks in a row, a poll apart.

        One look walks the queue's directories one after another, so a message moving
        between two of them meanwhile (maildrop to incoming, deferred back to active) can
        slip past it. Nothing accepted is ever outside them: a bounce, or a vacation reply
        Sieve submits while delivering, is queued before its original leaves.
        """
        deadline = time.monotonic() + timeout
        quiet = 0
        while quiet < 3:  # bounded by the deadline
            quiet = quiet + 1 if self.queue_is_empty() else 0
            if quiet < 3:
                if time.monotonic() >= deadline:
                    raise MailServerError(f"the Postfix queue did not settle within {timeout}s")
                time.sleep(POLL_INTERVAL)

    def log(self, name: str = "postfix") -> str:
        """Full text of `postfix` or `dovecot` log, for assertions and debugging."""
        return (self.log_dir / f"{name}.log").read_text(errors="replace")

    # -- lifecycle

    def _check_user(self, user: str) -> None:
        if user.lower() not in self.users:
            raise ValueError(f"{user!r} is not a mailbox of this mail system: {self.users}")

    def stop(self) -> None:
        """Stop both masters (bounded waits) and delete the temp dir. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        try:
            pid = _read_pid(self.postfix_pid_file)
            if pid is not None:
                _terminate(pid, "master", STOP_TIMEOUT)
            if self._dovecot is not None and self._dovecot.poll() is None:
                # Dovecot's orderly shutdown takes ~1 s; all its state is about to be
                # deleted anyway, so after a short grace its process group is killed.
                _terminate(self._dovecot.pid, "dovecot", DOVECOT_STOP_GRACE)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._dovecot.wait(timeout=STOP_TIMEOUT)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            with contextlib.suppress(ValueError):
                _running.remove(self)

    def __enter__(self) -> MailSystem:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


_running: list[MailSystem] = []


@atexit.register
def _stop_all() -> None:
    # Backstop for scripts that forget stop(); a stray master would keep ports and mail.
    for m in list(_running):
        with contextlib.suppress(Exception):
            m.stop()


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)


def _prepare(
    root: Path,
    users: tuple[str, ...],
    password: str,
    tls: TlsFiles,
    oauth2_url: str | None = None,
    preset_ports: bool = False,
) -> MailSystem:
    smtp, smtps, imap, imaps = free_ports(4)
    if preset_ports:
        smtp, smtps, imaps = (PRESET_PORTS[k] for k in ("smtp_port", "smtps_port", "imaps_port"))
    m = MailSystem(
        root=root,
        smtp_port=smtp,
        smtps_port=smtps,
        imap_port=imap,
        imaps_port=imaps,
        ca_file=tls.ca_file,
        password=password,
        users=users,
        tls=tls,
        oauth2_url=oauth2_url,
        auth_needs_tls=preset_ports,
    )
    uid, gid = _ensure_mail_user()
    for sub in ("dovecot/state", "postfix/spool", "mail"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    m.log_dir.mkdir(exist_ok=True)
    m.dovecot_run_dir.mkdir(parents=True, exist_ok=True)
    data = root / "postfix" / "data"
    data.mkdir(parents=True, exist_ok=True)
    postfix_pw = pwd.getpwnam("postfix")
    os.chown(data, postfix_pw.pw_uid, postfix_pw.pw_gid)
    data.chmod(0o700)

    lines = []
    for user in users:
        home = m.home(user)
        home.mkdir(parents=True, exist_ok=True)
        lines.append(f"{user}:{{PLAIN}}{password}:{uid}:{gid}::{home}::")
    # Mail processes run as ccmail and must own their whole tree.
    for dirpath, _, _ in os.walk(root / "mail"):
        os.chown(dirpath, uid, gid)
    # The auth process runs as the dovecot user: it needs to read the passwd-file.
    users_file = root / "dovecot" / "users"
    _write(users_file, "\n".join(lines) + "\n", 0o640)
    os.chown(users_file, 0, grp.getgrnam("dovecot").gr_gid)

    _write(m.dovecot_config, _dovecot_conf(m, uid))
    if oauth2_url:
        _write(root / "dovecot" / "oauth2.conf.ext", _dovecot_oauth2_conf(m))
    _write(
        m.postfix_config_dir / "rcpt_access",
        f"{REJECT_AT_RCPT} 550 5.1.1 User unknown (carecall test)\n"
        f"{TEMPFAIL_AT_RCPT} 450 4.2.0 Mailbox temporarily unavailable (carecall test)\n",
    )
    _write(m.postfix_config_dir / "main.cf", _postfix_main_cf(m))
    _write(m.postfix_config_dir / "master.cf", _postfix_master_cf(m))
    # Postfix re-reads a file modified within the last second until it is older (it may
    # still be being edited): every postconf/postfix call would sleep ~2 s. Backdate.
    past = time.time() - 60
    for f in m.postfix_config_dir.iterdir():
        os.utime(f, (past, past))
    return m


def _launch(m: MailSystem, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    dovecot_log = (m.log_dir / "dovecot.stderr").open("ab")
    # Foreground Dovecot in its own session: we hold its Popen (exit is noticed at once)
    # and its process group contains only its children.
    m._dovecot = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(m.dovecot_config)],
        stdin=subprocess.DEVNULL,
        stdout=dovecot_log,
        stderr=dovecot_log,
        start_new_session=True,
    )
    dovecot_log.close()
    # `postfix start` returns after the master has bound its listeners (master -w),
    # while Dovecot starts in parallel.
    _run([POSTFIX, "-c", str(m.postfix_config_dir), "start"], timeout=timeout)

    def dovecot_ready() -> bool:
        if m._dovecot is not None and m._dovecot.poll() is not None:
            raise MailServerError(f"dovecot exited with {m._dovecot.returncode}")
        return (
            (m.dovecot_run_dir / "lmtp").exists()
            and (m.dovecot_run_dir / "auth-postfix").exists()
            and _port_open(m.imap_port)
            and _port_open(m.imaps_port)
        )

    _wait_until(dovecot_ready, max(deadline - time.monotonic(), 0.5), "Dovecot to listen")
    for port in (m.smtp_port, m.smtps_port):
        _wait_until(functools.partial(_port_open, port), 2.0, f"Postfix on port {port}")


# Marks a temp dir as a mail system and names its owner: "<pid> <process start time>".
_OWNER_FILE = ".carecall-mail-system"


def _process_start_time(pid: int) -> str | None:
    """Start time (clock ticks since boot) of `pid`; with the pid it identifies a process
    even after the pid has been reused."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2 :].split()[19]


def _reap_stale_systems() -> int:
    """Stop and delete mail systems whose owning process died without cleaning up.

    atexit does not run when a test process is SIGKILLed or leaves via os._exit (e.g.
    pytest-timeout's thread method); its masters would otherwise run forever. Only dirs
    with our owner file are touched, and only when that exact process is gone.
    """
    reaped = 0
    for owner_file in Path("/tmp").glob(f"cc*/{_OWNER_FILE}"):
        try:
            pid_text, started = owner_file.read_text().split()
            pid = int(pid_text)
        except (OSError, ValueError):
            continue
        if _process_start_time(pid) == started:
            continue  # owner alive: its system is in use
        root = owner_file.parent
        postfix_pid = _read_pid(root / "postfix" / "spool" / "pid" / "master.pid")
        if postfix_pid is not None:
            _terminate(postfix_pid, "master", STOP_TIMEOUT)
        dovecot_pid = _read_pid(root / "dovecot" / "run" / "master.pid")
        if dovecot_pid is not None:
            _terminate(dovecot_pid, "dovecot", DOVECOT_STOP_GRACE)
        shutil.rmtree(root, ignore_errors=True)
        reaped += 1
    return reaped


def start_mail_system(
    users: Iterable[str] = DEFAULT_USERS,
    password: str = DEFAULT_PASSWORD,
    *,
    timeout: float = START_TIMEOUT,
    oauth2_url: str | None = None,
    preset_ports: bool = False,
) -> MailSystem:
    """Start a fresh Postfix + Dovecot on free loopback ports; return the running system.

    `oauth2_url`: also accept OAuth2 tokens, checked at that introspection endpoint.
    `preset_ports`: SMTP on 587 (AUTH only after STARTTLS), SMTPS on 465 and IMAPS on
    993 instead of free ports (within `preset_ports_lock()`, check
    `taken_ports(PRESET_PORTS.values())` first).
    `users` must be addresses in `DOMAINS`. Call `stop()` (or use it as a context manager)
    when done; an atexit hook stops anything left over. Raises `MailServersUnavailable`
    when packages or root are missing, `MailServerError` when a server fails to start.
    """
    _check_environment()
    _reap_stale_systems()
    users_t = tuple(u.lower() for u in users)
    for u in users_t:
        if u.partition("@")[2] not in DOMAINS or ":" in u:
            raise ValueError(f"user {u!r} must be an address in {DOMAINS}")
    last_error: Exception | None = None
    # Fixed ports that are in use stay in use: retrying would only fail again.
    for _ in range(1 if preset_ports else _START_ATTEMPTS):
        # Short path: Dovecot's unix sockets live under it (sun_path is ~108 bytes).
        root = Path(tempfile.mkdtemp(prefix="cc", dir="/tmp"))
        root.chmod(0o755)  # postfix, dovecot and ccmail processes traverse it
        (root / _OWNER_FILE).write_text(f"{os.getpid()} {_process_start_time(os.getpid())}\n")
        m: MailSystem | None = None
        try:
            tls = make_tls_files(root / "ssl")
            m = _prepare(root, users_t, password, tls, oauth2_url, preset_ports)
            _running.append(m)
            _launch(m, timeout)
            return m
        except Exception as exc:
            logs = ""
            if m is not None:
                logs = (
                    f"\n--- dovecot ---\n{_tail(m.log_dir / 'dovecot.stderr')}\n"
                    f"{_tail(m.log_dir / 'dovecot.log')}\n"
                    f"--- postfix ---\n{_tail(m.log_dir / 'postfix.log')}"
                )
                m.stop()
            else:
                shutil.rmtree(root, ignore_errors=True)
            last_error = MailServerError(f"mail system failed to start: {exc}{logs}")
            last_error.__cause__ = exc
            # Only a lost port race is worth another attempt; anything else is a real bug.
            if "in use" not in logs and "in use" not in str(exc):
                raise last_error from exc
    assert last_error is not None
    raise last_error


@contextlib.contextmanager
def running_mail_system(
    users: Iterable[str] = DEFAULT_USERS, password: str = DEFAULT_PASSWORD
) -> Iterator[MailSystem]:
    """`with running_mail_system() as m:` — start, yield, always stop (for scripts)."""
    m = start_mail_system(users, password)
    try:
        yield m
    finally:
        m.stop()


# --------------------------------------------------------------------------- smtp-sink


@dataclass
class SmtpSink:
    """Postfix's `smtp-sink`: accepts and discards mail as fast as possible (benchmarks).

    It speaks ESMTP with PIPELINING but no STARTTLS: use `security: none`.
    """

    host: str
    port: int
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=STOP_TIMEOUT)
        with contextlib.suppress(ValueError):
            _sinks.remove(self)

    def __enter__(self) -> SmtpSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


_sinks: list[SmtpSink] = []


@atexit.register
def _stop_sinks() -> None:
    for s in list(_sinks):
        with contextlib.suppress(Exception):
            s.stop()


def start_smtp_sink(*, backlog: int = 256, extra_args: Iterable[str] = ()) -> SmtpSink:
    """Start `smtp-sink` on a free 127.0.0.1 port and wait until it accepts connections.

    `extra_args` go before the address, e.g. ("-c",) or ("-w", "1") (see smtp-sink(1)).
    """
    if not Path(SMTP_SINK).exists():
        raise MailServersUnavailable(f"{SMTP_SINK} missing (package postfix); " + INSTALL_HINT)
    # As root smtp-sink must be told whom to drop privileges to; others cannot switch.
    user_args = ["-u", "postfix"] if os.geteuid() == 0 else []
    last = ""
    for _ in range(_START_ATTEMPTS):
        (port,) = free_ports(1)
        # stderr to a file, not a pipe: nobody reads it while it runs, and a full pipe
        # would block the sink mid-benchmark.
        with tempfile.TemporaryFile() as err:
            proc = subprocess.Popen(
                [SMTP_SINK, *user_args, *extra_args, f"{HOST}:{port}", str(backlog)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )
            sink = SmtpSink(HOST, port, proc)
            _sinks.append(sink)
            deadline = time.monotonic() + 5.0
            while proc.poll() is None and time.monotonic() < deadline:
                if _port_open(port):
                    return sink
                time.sleep(POLL_INTERVAL)
            sink.stop()
            err.seek(0)
            last = err.read().decode(errors="replace")
        if "in use" not in last:
            break  # not a lost port race: retrying will not help
    raise MailServerError(f"smtp-sink did not start: {last}")
