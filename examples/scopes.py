# A small program for following Python through peglab's stages:
#   peglab tokens / ast / symtable examples/scopes.py
counter = 0


def make_adder(n):
    def add(x):
        return x + n
    return add


class Greeter:
    greeting = "hello"

    def greet(self, name):
        global counter
        counter += 1
        return f"{self.greeting}, {name}!"


print(make_adder(2)(40), Greeter().greet("world"))
