# String building, splitting, joining, formatting and methods.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi "
         "rho sigma tau upsilon phi chi psi omega").split()
total = 0
for round_ in range(2500):
    parts = []
    for i, w in enumerate(words):
        parts.append(f"{w.upper()}:{i * round_:05d}")
        parts.append("%s-%d" % (w[::-1], len(w)))
    line = ",".join(parts)
    fields = line.split(",")
    total += len(line) + len(fields)
    total += sum(1 for f in fields if f.startswith("P") or "ma" in f)
    text = " ".join(w.capitalize() for w in words) * 3
    total += text.count("a") + text.find("Omega") + len(text.replace("e", "EE"))
    s = ""
    for w in words:
        s += w[0]
    total += len(s.strip().lower().center(40, "*"))
print(total)
