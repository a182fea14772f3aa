def match_all(command):
    match command:
        case 1 | 2 | 3:
            return "small"
        case "go", direction:
            return direction
        case [first, *rest] if first:
            return rest
        case {"key": value, **others}:
            return value, others
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case str() | bytes() as text:
            return text
        case None | True | False:
            return "singleton"
        case -1.5 | 2j | -3 - 4j:
            return "numbers"
        case _:
            return None

class Point:
    __match_args__ = ("x", "y")
