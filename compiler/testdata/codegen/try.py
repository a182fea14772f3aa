def f(x):
    try:
        a = 1
    except ValueError as e:
        b = 2
    except:
        c = 3
    else:
        d = 4
    finally:
        g = 5
def f():
    for i in x:
        try:
            if a: break
            if b: continue
            return g()
        finally:
            h()
    try:
        pass
    except* ValueError as e:
        y = 1
    except* TypeError:
        z = 2
    else:
        w = 3
    try:
        try:
            return 1
        except E as e:
            return e
    finally:
        del x
    while 1:
        try:
            break
        except:
            continue
def nested_finally():
    try:
        try:
            pass
        finally:
            a()
    finally:
        b()
def return_in_finally_loop(xs):
    for x in xs:
        try:
            continue
        finally:
            try:
                return x
            except OSError:
                raise
    else:
        return None
def bare_except_named():
    try:
        f()
    except (A, B) as e:
        del e
    except C:
        raise X from None
class K:
    try:
        import m
    except ImportError:
        m = None
    finally:
        __y = 1
try:
    pass
except* (A, B):
    pass
finally:
    done()
