f"{x!r:\n}" f'{"\n".join(y)}'
