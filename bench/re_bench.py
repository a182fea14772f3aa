# re: compiled patterns, findall, sub with groups, split (the stdlib's re over _sre).
import re

text = " ".join("word%d user%d@example%d.com 2024-%02d-%02d value=%d.%d" % (i, i, i % 7, i % 12 + 1, i % 28 + 1, i, i % 10)
                for i in range(3000))
email = re.compile(r"[\w.]+@([\w]+)\.com")
date = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
total = 0
for _ in range(5):
    total += len(email.findall(text))
    total += sum(int(m.group(2)) for m in date.finditer(text))
    total += len(date.sub(r"\3/\2/\1", text))
    total += len(re.split(r"\s+value=", text))
    total += len(re.findall(r"\bword(\d+)\b", text))
print(total)
