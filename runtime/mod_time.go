package runtime

import (
	"time"
)

// time's calendar half: struct_time, localtime, gmtime, mktime, asctime,
// ctime and strftime (the common directives), over a Go primitive that
// breaks seconds into fields.

const timeSrc = `
class struct_time(tuple):
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None, None)[len(seq) - 9:]
        return self
    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self)) + ')'
    def __reduce__(self):
        return (struct_time, (tuple(self),))
for _i, _n in enumerate(struct_time._names):
    setattr(struct_time, _n, property(lambda self, _i=_i: self[_i]))
struct_time.tm_zone = property(lambda self: self._extra[0])
struct_time.tm_gmtoff = property(lambda self: self._extra[1])
struct_time.__module__ = 'time'
del _i, _n

def _secs(secs):
    if secs is None:
        return time()
    return secs

def localtime(secs=None):
    return struct_time(_breakdown(_secs(secs), True))

def gmtime(secs=None):
    return struct_time(_breakdown(_secs(secs), False))

def mktime(t):
    return float(_compose(tuple(t)[:9]))

_days = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_months = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_fdays = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_fmonths = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')

def asctime(t=None):
    if t is None:
        t = localtime()
    return f'{_days[t[6]]} {_months[t[1] - 1]} {t[2]:2d} {t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}'

def ctime(secs=None):
    return asctime(localtime(secs))

def strftime(format, t=None):
    if t is None:
        t = localtime()
    t = tuple(t)
    y, mo, d, h, mi, s, wd, yd = t[:8]
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c != '%' or i + 1 == len(format):
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y': out.append(str(y))
        elif f == 'm': out.append(f'{mo:02d}')
        elif f == 'd': out.append(f'{d:02d}')
        elif f == 'H': out.append(f'{h:02d}')
        elif f == 'M': out.append(f'{mi:02d}')
        elif f == 'S': out.append(f'{s:02d}')
        elif f == 'y': out.append(f'{y % 100:02d}')
        elif f == 'j': out.append(f'{yd:03d}')
        elif f == 'a': out.append(_days[wd])
        elif f == 'A': out.append(_fdays[wd])
        elif f == 'b' or f == 'h': out.append(_months[mo - 1])
        elif f == 'B': out.append(_fmonths[mo - 1])
        elif f == 'p': out.append('AM' if h < 12 else 'PM')
        elif f == 'I': out.append(f'{(h % 12) or 12:02d}')
        elif f == 'e': out.append(f'{d:2d}')
        elif f == 'w': out.append(str((wd + 1) % 7))
        elif f == 'u': out.append(str(wd + 1))
        elif f == 'c': out.append(asctime(t))
        elif f == 'x': out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'X': out.append(f'{h:02d}:{mi:02d}:{s:02d}')
        elif f == 'D': out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'T': out.append(f'{h:02d}:{mi:02d}:{s:02d}')
        elif f == 'F': out.append(f'{y}-{mo:02d}-{d:02d}')
        elif f == 'Z': out.append(tzname[0])
        elif f == 'z': out.append('+0000' if timezone == 0 else f"{'-' if timezone > 0 else '+'}{abs(timezone) // 3600:02d}{abs(timezone) % 3600 // 60:02d}")
        elif f == '%': out.append('%')
        else: out.append('%' + f)
    return ''.join(out)
`

func addTimeCalendar(m *Module) {
	d := m.dict
	d.SetS("_breakdown", goFunc("_breakdown", func(a []Value, kw *Tuple) (Value, *Exception) {
		x, ok, err := toFloat(a[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, newErr(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a[0]))
		}
		sec := int64(x)
		if float64(sec) > x {
			sec--
		}
		t := time.Unix(sec, 0).UTC()
		local, _ := Truth(a[1])
		if local {
			t = t.Local()
		}
		zone, off := t.Zone()
		wd := (int(t.Weekday()) + 6) % 7
		return NewTuple(MakeInt(int64(t.Year())), MakeInt(int64(t.Month())), MakeInt(int64(t.Day())),
			MakeInt(int64(t.Hour())), MakeInt(int64(t.Minute())), MakeInt(int64(t.Second())),
			MakeInt(int64(wd)), MakeInt(int64(t.YearDay())), MakeInt(0), NewStr(zone), MakeInt(int64(off))), nil
	}))
	d.SetS("_compose", goFunc("_compose", func(a []Value, kw *Tuple) (Value, *Exception) {
		f := a[0].tuple().items
		var n [6]int
		for i := range n {
			v, err := IndexInt(f[i])
			if err != nil {
				return Null, err
			}
			n[i] = v
		}
		t := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.Local)
		return MakeInt(t.Unix()), nil
	}))
	c, err := compileSource([]byte(timeSrc), "<built-in time>", "exec")
	if err == nil {
		d.SetS("__builtins__", obj(builtinsModule))
		_, err = curThread.runCode(c, d, obj(d), nil)
	}
	if err != nil {
		d.SetS("__peglab_error__", NewStr(err.Error()))
	}
	d.Delete(obj(intern("__builtins__")))
}
