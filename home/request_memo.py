"""Answers remembered for the length of one request, never longer.

``RequestMemoMiddleware`` opens a fresh memo for each request; ``memo(name)`` is that request's
dict for ``name`` (``None`` outside a request: management commands, tests calling code directly),
so what changes between requests is always read again.
"""

from contextvars import ContextVar

_memo = ContextVar("request_memo", default=None)


def memo(name):
    current = _memo.get()
    return None if current is None else current.setdefault(name, {})


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
