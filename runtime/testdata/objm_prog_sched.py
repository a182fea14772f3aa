import heapq, itertools
from enum import Enum, auto
class Priority(Enum):
    HIGH = auto(); NORMAL = auto(); LOW = auto()
    def __lt__(self, o): return self.value < o.value
class Event:
    _ids = itertools.count(1)
    def __init__(self, at, name, action, prio=Priority.NORMAL, every=None):
        self.at, self.name, self.action, self.prio, self.every = at, name, action, prio, every
        self.id = next(Event._ids); self.cancelled = False
    def key(self): return (self.at, self.prio, self.id)
    def __lt__(self, o): return self.key() < o.key()
    def __repr__(self): return f"Event({self.name!r}@{self.at}, {self.prio.name})"
class Scheduler:
    def __init__(self): self.q, self.now, self.done = [], 0, []
    def at(self, t, name, prio=Priority.NORMAL, every=None):
        def deco(fn):
            ev = Event(t, name, fn, prio, every); heapq.heappush(self.q, ev); return ev
        return deco
    def cancel(self, ev): ev.cancelled = True
    def run(self, until):
        while self.q and self.q[0].at <= until:
            ev = heapq.heappop(self.q)
            if ev.cancelled: print(f"  skip {ev.name}"); continue
            self.now = ev.at
            try:
                r = ev.action(self)
            except Exception as e:
                print(f"t={self.now:>3} {ev.name} FAILED: {type(e).__name__}: {e}")
            else:
                print(f"t={self.now:>3} {ev.name} -> {r}")
                self.done.append(ev.name)
            if ev.every:
                nxt = Event(ev.at + ev.every, ev.name, ev.action, ev.prio, ev.every)
                heapq.heappush(self.q, nxt)
        return self
s = Scheduler()
state = {"ticks": 0}
@s.at(0, "tick", every=10)
def tick(sch):
    state["ticks"] += 1; return state["ticks"]
@s.at(10, "report", Priority.LOW)
def report(sch): return f"ticks so far {state['ticks']}"
@s.at(10, "urgent", Priority.HIGH)
def urgent(sch): return "handled first"
@s.at(15, "broken")
def broken(sch): return 1 / 0
@s.at(25, "cancelled")
def never(sch): return "never"
s.cancel(never)
@s.at(30, "spawn")
def spawn(sch):
    @sch.at(sch.now + 5, "child", Priority.HIGH)
    def child(sch2): return f"child at {sch2.now}"
    return "spawned"
s.run(40)
print(s.done, len(s.q), s.q[0])
print(sorted(Priority), Priority.HIGH < Priority.LOW, list(Priority.__members__))
