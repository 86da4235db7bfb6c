#!/usr/bin/env python3
"""A real SMTP server on loopback for scripts/reliability: appends one line per accepted message
("<recipient>\t<Message-ID>") to LOG, so the crash trials count what arrived and what arrived twice.
Usage: smtp_counter.py PORT LOG"""
import asyncio
import email.parser
import sys

from aiosmtpd.controller import Controller


class Counter:
    def __init__(self, log):
        self.log = log

    async def handle_DATA(self, server, session, envelope):
        headers = email.parser.BytesHeaderParser().parsebytes(envelope.content)
        with open(self.log, "a") as f:
            for rcpt in envelope.rcpt_tos:
                f.write(f"{rcpt}\t{headers.get('Message-ID', '')}\n")
        return "250 OK"


async def main():
    controller = Controller(Counter(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
    controller.start()
    await asyncio.Event().wait()


asyncio.run(main())
