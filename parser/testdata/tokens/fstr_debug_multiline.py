x = f'{a
+ b=!r:>{w}}'
