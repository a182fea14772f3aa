# _thread and threading in peglab's one-thread model: a started thread
# runs to completion inside start()
import threading, _thread
res = []
def work(i):
    res.append((i, threading.current_thread().name))
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)
print(ts[0].is_alive(), repr(ts[0]).split(' ')[0])
print(threading.current_thread().name, threading.active_count(), threading.main_thread().name)
l = threading.Lock()
with l:
    print(l.locked(), l.acquire(False))
print(l.locked())
r = threading.RLock()
with r:
    with r:
        print('rlock ok')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
c = threading.Condition()
with c:
    c.notify_all()
e = threading.Event(); e.set(); print(e.wait(), e.is_set())
loc = threading.local(); loc.x = 5
def f():
    print('in thread', hasattr(loc, 'x'))
    loc.x = 7
t = threading.Thread(target=f); t.start(); t.join(); print(loc.x)
s = threading.Semaphore(2); s.acquire(); s.release()
print(threading.Barrier(1).wait())
import queue
q = queue.Queue(); q.put(1); q.put(2); print(q.get(), q.get(), q.empty())
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print('ValueError', e)
print(_thread.stack_size(), type(_thread.get_ident()).__name__)
