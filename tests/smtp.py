"""A real SMTP server for the newsletter's tests (aiosmtpd, on a spare port in a thread of the test).

It keeps every message it accepts, and can refuse an address for good (5xx) or for now (4xx), answer
an address slowly (a client times out), or hold the next message until the test lets it go.
"""

import asyncio
import email
import email.policy
import threading
from collections import Counter

from aiosmtpd.controller import Controller

from tests.servers import free_port


class Recorder:
    def __init__(self):
        self.messages = []  # email.message.EmailMessage, in the order accepted
        self.answers = {}  # address: an SMTP answer to its RCPT, e.g. "550 5.1.1 No such user"
        self.slow = {}  # address: seconds to wait before answering its RCPT
        self.hold_after = None  # accept this many more messages, then keep the next one waiting
        self.holding = threading.Event()  # set when a message is being held
        self.release = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.slow:
            await asyncio.sleep(self.slow[address])
        if address in self.answers:
            return self.answers[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        # Kept before answering: a message held here has reached the server, whatever the sender knows.
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        if self.hold_after is not None:
            if self.hold_after == 0:
                self.holding.set()
                while not self.release.is_set():
                    await asyncio.sleep(0.05)
            self.hold_after -= 1
        return "250 Message accepted"

    def received(self):
        """How many messages each address received."""
        return Counter(address for message in self.messages for address in message.get_all("To", []))

    def to(self, address):
        return [message for message in self.messages if address in message.get_all("To", [])]


class SMTPServer:
    def __init__(self):
        self.recorder = Recorder()
        self.port = free_port()
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.recorder.release.set()
        self.controller.stop()


def unsubscribe_path(message):
    """The path of a message's one-click unsubscribe link (its List-Unsubscribe header)."""
    return str(message["List-Unsubscribe"]).strip().strip("<>").removeprefix("http://testserver")


def use(settings, server):
    """Send this test's email through ``server``."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
