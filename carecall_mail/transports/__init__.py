"""Mail in and out: SMTP and Maildir outbound, IMAP and Maildir inbound, OAuth2.

The only place where mail libraries' errors (aiosmtplib, imapclient, ssl, socket)
are caught and translated into `carecall_mail.core.errors`.
"""
