f(a, [b,
