import argparse, contextlib, copy, difflib, fnmatch, fractions, decimal, datetime, functools, io, itertools
import os.path, pprint, shlex, textwrap, traceback, warnings, collections, logging
p = argparse.ArgumentParser(prog='tool')
p.add_argument('n', type=int)
p.add_argument('--flag', action='store_true')
print(p.parse_args(['3', '--flag']))
print(p.format_usage().strip())
with contextlib.suppress(KeyError):
    {}['x']
print(copy.deepcopy({'a': [1, (2,)]}))
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], 'x', 'y')))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.filter(['a.c', 'b.py'], '*.py'))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), decimal.Decimal('1.10') + decimal.Decimal('2.205'))
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 2, 3, 4, 5).isoformat())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.accumulate([1, 2, 3])))
print(os.path.join('a', 'b', '..', 'c'), os.path.normpath('a/b/../c'), os.path.splitext('x.tar.gz'))
pprint.pprint([list(range(i)) for i in range(8)], width=50)
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"))
print(textwrap.fill('the quick brown fox jumps over the lazy dog ' * 2, width=30))
print(textwrap.dedent('   a\n   b'))
try:
    1 / 0
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-1])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('careful', UserWarning)
    print(w[0].category.__name__, w[0].message)
print(collections.Counter('abracadabra').most_common(3), collections.OrderedDict(a=1))
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.getLogger('x').info('hello %s', 'world')
print(buf.getvalue().strip())
