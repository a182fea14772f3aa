# The parser's invalid escape sequences (string_parser.c) and the
# tokenizer's \{ in f-strings (lexer.c).
x = 1
a = "\d"
b = b"\q" + b"\400"
c = "\777" "\9" '\%'
d = r"\d", rb"\d"
e = f"\{x}" + f"\d{x}" + rf"\{x}"
f = f"""
  \w {x:\>3}
  """
g = "\N{EM DASH}\x41\101\u0041"
h = """
\z"""
i = u"\ " "\
"
print(a, b, c, d, e, f, g, h, i)
