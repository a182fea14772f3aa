f"""{
x
:abc
}"""
