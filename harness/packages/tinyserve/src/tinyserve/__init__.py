"""A WSGI server stand-in for gunicorn: same command shape, standard library only.

Like gunicorn it puts the working directory on sys.path (the app module lives there, not next to
the console script) and stops cleanly on SIGTERM, so it can run as PID 1.
"""

import argparse
import importlib
import os
import signal
import sys
import threading
from wsgiref.simple_server import WSGIRequestHandler, make_server


class _Handler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        sys.stderr.write(f"tinyserve: {format % args}\n")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tinyserve")
    parser.add_argument("app", help="module:callable")
    parser.add_argument("--bind", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    sys.path.insert(0, os.getcwd())
    module, _, name = args.app.partition(":")
    application = getattr(importlib.import_module(module), name or "application")
    host, _, port = args.bind.rpartition(":")
    server = make_server(host, int(port), application, handler_class=_Handler)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f"tinyserve: listening on {args.bind}", flush=True)
    server.serve_forever()
