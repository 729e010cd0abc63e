"""A fixture dependency: proves a wheel from the harness's index reached the image."""


def hello(name: str) -> str:
    return f"hello, {name}"
