def m(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case ["drop", *objs]:
            return objs
        case {"x": 1, "y": y, **rest}:
            return y, rest
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case 1 | 2 | 3:
            return "small"
        case str() as s:
            return s
        case None:
            return None
        case _:
            return -1
