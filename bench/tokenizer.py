# A small tokenizer and recursive-descent parser loop, written afresh: characters
# classified with str methods, tokens as tuples, an expression grammar with
# precedence, evaluation over an environment dict.
KEYWORDS = {"let", "in", "if", "then", "else"}
OPS = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}


def tokenize(src):
    toks = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif ch in OPS or ch in "()=<":
            toks.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character %r" % ch)
    toks.append(("eof", None))
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, kind, value):
        t = self.next()
        if t[0] != kind or t[1] != value:
            raise SyntaxError("expected %s, got %r" % (value, t))

    def expr(self):
        kind, value = self.peek()
        if kind == "kw" and value == "let":
            self.next()
            name = self.next()[1]
            self.expect("op", "=")
            bound = self.expr()
            self.expect("kw", "in")
            return ("let", name, bound, self.expr())
        if kind == "kw" and value == "if":
            self.next()
            cond = self.expr()
            self.expect("kw", "then")
            a = self.expr()
            self.expect("kw", "else")
            return ("if", cond, a, self.expr())
        return self.compare()

    def compare(self):
        left = self.binary(1)
        if self.peek() == ("op", "<"):
            self.next()
            return ("<", left, self.binary(1))
        return left

    def binary(self, level):
        if level > 2:
            return self.atom()
        left = self.binary(level + 1)
        while True:
            kind, value = self.peek()
            if kind == "op" and OPS.get(value) == level:
                self.next()
                left = (value, left, self.binary(level + 1))
            else:
                return left

    def atom(self):
        kind, value = self.next()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if kind == "op" and value == "(":
            e = self.expr()
            self.expect("op", ")")
            return e
        raise SyntaxError("unexpected %r" % value)


def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        return env[node[1]]
    if tag == "let":
        inner = dict(env)
        inner[node[1]] = evaluate(node[2], env)
        return evaluate(node[3], inner)
    if tag == "if":
        return evaluate(node[2], env) if evaluate(node[1], env) else evaluate(node[3], env)
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if tag == "+":
        return a + b
    if tag == "-":
        return a - b
    if tag == "*":
        return a * b
    if tag == "/":
        return a // b if b else 0
    if tag == "%":
        return a % b if b else 0
    return 1 if a < b else 0


PROGRAMS = [
    "let x = 3 in let y = x * 7 + 2 in if x < y then y % 5 + x else y - x",
    "(1 + 2) * (3 + 4) - 5 / (6 - 4) + seed * 3",
    "let a = seed in let b = a * a % 97 in let c = b * 3 + a in if c < 100 then c else c % 100 + b",
    "seed * (seed + 1) / 2 - (seed - 3) * 4 % 11",
]

total = 0
ntok = 0
for seed in range(20000):
    src = PROGRAMS[seed % len(PROGRAMS)] + " + %d" % (seed % 13)
    toks = tokenize(src)
    ntok += len(toks)
    tree = Parser(toks).expr()
    total += evaluate(tree, {"seed": seed})
print(total, ntok)
