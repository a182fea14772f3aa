import cmath, math
inf, nan = float('inf'), float('nan')
print(sorted(n for n in dir(cmath) if not n.startswith('__')))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
def show(name, vals):
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(f'{type(e).__name__}:{e}')
    print(name, ' | '.join(out))
show('exp', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, 2, -3.5, 0.1, 100j, -100+0.5j])
show('log', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
show('log10', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
show('sqrt', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
show('acos', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 0.1, -0.7j])
show('asin', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.1, -0.7j, 1.5-2j])
show('atan', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 3-4j, 2, 0.1, -0.7j, 1.5-2j])
show('cos', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, 2, -3.5, -0.7j, 100j, -100+0.5j])
show('sin', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, -3.5, 0.1, 100j, -100+0.5j])
show('tan', [0j, -0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, 2, -3.5, 0.1, 1.5-2j, 100j, -100+0.5j])
show('acosh', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 0.1, -0.7j])
show('asinh', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 710+0j, 2, 0.1, -0.7j, 100j])
show('atanh', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 2, -3.5, 0.1, -0.7j])
show('cosh', [0j, 1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 2, 0.1, 100j])
show('sinh', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 2, -3.5, -0.7j, 100j])
show('tanh', [0j, -0j, 1+0j, -1+0j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, 2, -3.5, 0.1, -0.7j, -100+0.5j])
show('phase', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
show('polar', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, 3-4j, 1e300+1e300j, 710+0j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
show('isfinite', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
show('isinf', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
show('isnan', [0j, -0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, 710+0j, -710+1j, 2, -3.5, 0.1, -0.7j, 1.5-2j, 100j, -100+0.5j])
for call in ['cmath.rect(1, 0)', 'cmath.rect(inf, 0)', 'cmath.rect(inf, 1)', 'cmath.rect(1, inf)', 'cmath.rect(0, inf)', 'cmath.rect(nan, 0)', 'cmath.log(8, 2)', 'cmath.log(1j, 1j)', 'cmath.log(0, 2)', 'cmath.log(2, 1)', 'cmath.log(-1, 0)', 'cmath.sqrt("x")', 'cmath.exp(None)', 'cmath.isclose(1+1j, 1+1.0000000001j)', 'cmath.isclose(1, 2, abs_tol=-1)', 'cmath.isclose(1j, 1j, rel_tol=0.1)', 'cmath.polar(3+4j)', 'cmath.phase(-1)', 'cmath.sqrt(-4)', 'cmath.exp(1000)', 'cmath.cosh(1000)', 'cmath.tan(1000j)', 'cmath.log(1e-320)', 'cmath.atanh(1)', 'cmath.sqrt(1e308+1e308j)', 'cmath.sin(1+2j)', 'cmath.cos(1+2j)', 'cmath.log(1+2j)', 'cmath.sqrt(1+2j)', 'cmath.tanh(1+2j)']:
    try:
        print(call, '=', repr(eval(call)))
    except Exception as e:
        print(call, '!', type(e).__name__, e)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 2.0
class I:
    def __index__(self): return 3
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()))

