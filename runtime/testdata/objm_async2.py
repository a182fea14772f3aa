async def co():
    pass
c = co()
print(repr(c)[:21])
print("after")
