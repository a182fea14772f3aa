# json: dumps and loads of nested documents (the pure-Python json package over _json or its fallback).
import json

doc = {
    "users": [
        {"id": i, "name": "user%d" % i, "tags": ["a", "b", "c"][: i % 4], "score": i * 1.5,
         "active": i % 3 == 0, "meta": {"x": i, "y": [i, i + 1, None]}}
        for i in range(2000)
    ],
    "title": "caf\u00e9 \u2603 \"quoted\"",
}
total = 0
for _ in range(10):
    text = json.dumps(doc, sort_keys=True)
    back = json.loads(text)
    total += len(text) + len(back["users"])
    total += len(json.dumps(back["users"][:100], indent=2))
print(total)
