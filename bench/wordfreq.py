# Word frequencies: str.split/lower/strip/replace/join pipelines, counting
# with dict.get and setdefault, a Counter-like class, sorting by count.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qu", "da"]
PUNCT = [",", ".", ";", "!", "?", ""]


def make_text(n, seed):
    x = seed
    words = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = SYLLABLES[x % 12] + SYLLABLES[(x >> 4) % 12]
        if x % 3 == 0:
            w += SYLLABLES[(x >> 8) % 12]
        if x % 17 == 0:
            w = w.capitalize()
        words.append(w + PUNCT[(x >> 12) % 6])
        if x % 11 == 0:
            words.append("\n")
    return " ".join(words)


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key):
        c = self.counts
        c[key] = c.get(key, 0) + 1

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def pipeline(text):
    lines = text.split("\n")
    freq = Counter()
    by_initial = {}
    lengths = {}
    total = 0
    for line in lines:
        for raw in line.split():
            w = raw.strip(",.;!?").lower()
            if not w:
                continue
            freq.add(w)
            by_initial.setdefault(w[0], set()).add(w)
            lengths[len(w)] = lengths.get(len(w), 0) + 1
            total += 1
    clean = text.replace(",", "").replace(".", "").replace(";", " ;")
    top = freq.most_common(10)
    summary = ";".join("%s=%d" % (w, c) for w, c in top)
    initials = "".join(sorted(by_initial))
    sizes = [len(by_initial[k]) for k in sorted(by_initial)]
    return total, len(freq.counts), summary, initials, sizes, sorted(lengths.items()), len(clean), clean.count(" ;")


checksum = 0
for round_ in range(6):
    text = make_text(40000, 7 + round_)
    total, distinct, summary, initials, sizes, lengths, clen, semis = pipeline(text)
    checksum = (checksum * 31 + total + distinct * 7 + len(summary) + sum(sizes) + clen + semis) % 1000000007
    if round_ == 0:
        print(summary)
        print(initials, sizes, lengths)
print(checksum)
