# Under -W error the parser's warning is replaced by a later one of the
# tokenizer (it tokenizes the rest of the source), not by the compiler's.
a = "\d" if 1 is 1 else 2
c = [0x1for x in "ab"]
print(a, c)
