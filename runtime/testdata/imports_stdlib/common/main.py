import json, re, collections, functools, itertools, string, textwrap, enum, types, abc, operator, keyword
print(json.dumps({"a": [1, 2.5, None, True], "b": "x\u00e9"}, sort_keys=True))
print(json.loads('{"k": [1, 2, {"z": null}], "s": "\\u00e9"}'))
print(json.dumps([1, {"a": 2}], indent=2))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"))
m = re.match(r"(?P<w>\w+) (\d+)", "hello 42")
print(m.group("w"), m.groups(), m.span(2))
c = collections.Counter("abracadabra")
print(c.most_common(3))
d = collections.defaultdict(list); d["x"].append(1); print(dict(d))
P = collections.namedtuple("P", "x y"); p = P(1, 2); print(p, p._asdict(), p._replace(x=5))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od))
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); print(dq)
print(functools.reduce(operator.add, range(10)), functools.partial(pow, 2)(10))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(60))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.accumulate([1, 2, 3])))
print(string.Template("$x and $y").substitute(x=1, y=2), string.ascii_lowercase[:5])
print(textwrap.fill("the quick brown fox jumps over the lazy dog " * 3, 30))
print(textwrap.dedent("   a\n   b"))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name)
class F(enum.IntFlag):
    A = 1
    B = 2
print(F.A | F.B, repr(F.A))
print(keyword.iskeyword("for"), operator.itemgetter(1)([5, 6]))
