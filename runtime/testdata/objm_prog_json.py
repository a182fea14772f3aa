class JSONPrinter:
    def __init__(self, indent=2, sort_keys=False):
        self.indent, self.sort_keys = indent, sort_keys
    def esc(self, s):
        out = []
        for ch in s:
            if ch == '"': out.append('\\"')
            elif ch == "\\": out.append("\\\\")
            elif ch == "\n": out.append("\\n")
            elif ch == "\t": out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7e: out.append(f"\\u{ord(ch):04x}")
            else: out.append(ch)
        return '"' + "".join(out) + '"'
    def dump(self, v, level=0):
        pad = " " * (self.indent * (level + 1))
        end = " " * (self.indent * level)
        match v:
            case None: return "null"
            case bool(): return "true" if v else "false"
            case int(): return str(v)
            case float():
                if v != v or v in (float("inf"), float("-inf")):
                    raise ValueError(f"Out of range float values are not JSON compliant: {v!r}")
                return repr(v)
            case str(): return self.esc(v)
            case list() | tuple():
                if not v: return "[]"
                return "[\n" + ",\n".join(pad + self.dump(x, level + 1) for x in v) + "\n" + end + "]"
            case dict():
                if not v: return "{}"
                items = sorted(v.items()) if self.sort_keys else v.items()
                parts = []
                for k, x in items:
                    if not isinstance(k, str):
                        raise TypeError(f"keys must be str, not {type(k).__name__}")
                    parts.append(f"{pad}{self.esc(k)}: {self.dump(x, level + 1)}")
                return "{\n" + ",\n".join(parts) + "\n" + end + "}"
        raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")
def parse(s):
    i = 0
    def ws():
        nonlocal i
        while i < len(s) and s[i] in " \t\n\r": i += 1
    def value():
        nonlocal i
        ws()
        c = s[i]
        if c == "{":
            i += 1; d = {}; ws()
            if s[i] == "}": i += 1; return d
            while True:
                ws(); k = value(); ws()
                assert s[i] == ":", f"expected ':' at {i}"
                i += 1; d[k] = value(); ws()
                if s[i] == ",": i += 1; continue
                if s[i] == "}": i += 1; return d
                raise SyntaxError(f"bad object at {i}")
        if c == "[":
            i += 1; a = []; ws()
            if s[i] == "]": i += 1; return a
            while True:
                a.append(value()); ws()
                if s[i] == ",": i += 1; continue
                if s[i] == "]": i += 1; return a
                raise SyntaxError(f"bad array at {i}")
        if c == '"':
            j = i + 1; out = []
            while s[j] != '"':
                if s[j] == "\\":
                    j += 1
                    e = s[j]
                    if e == "u": out.append(chr(int(s[j+1:j+5], 16))); j += 4
                    else: out.append({"n": "\n", "t": "\t"}.get(e, e))
                else: out.append(s[j])
                j += 1
            i = j + 1
            return "".join(out)
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, i): i += len(lit); return val
        j = i
        while j < len(s) and s[j] in "+-0123456789.eE": j += 1
        num = s[i:j]; i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    v = value(); ws()
    if i != len(s): raise SyntaxError(f"extra data at {i}")
    return v
doc = {"name": "peglab", "version": 3.13, "tags": ["vm", "compiler", "peg"], "nested": {"a": [1, 2, {"b": None}], "t": True, "f": False},
       "empty": {}, "none": [], "esc": "line\n\ttab \"quoted\" \\ caf\u00e9 \u2603", "big": 10**20, "neg": -0.5}
p = JSONPrinter()
out = p.dump(doc)
print(out)
back = parse(out)
print(back == doc, back["esc"] == doc["esc"])
print(JSONPrinter(indent=4, sort_keys=True).dump({"z": 1, "a": [True, None]}))
import json
print(json.loads(out) == doc)
for bad in [{1: 2}, {"s": {1, 2}}, [float("nan")]]:
    try:
        p.dump(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.dump(object())
