# Under -W error the parser's warning is replaced by a later one of the
# tokenizer, unless that one is raised inside an f-string.
a = "\d"
b = f"{1if a else 2}"
c = 1if a else 2
print(a, b, c)
