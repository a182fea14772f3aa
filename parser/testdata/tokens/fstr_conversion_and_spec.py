f"{x!r:>{w}.{p}}" f'{x!s}' f'{x!a:}'
