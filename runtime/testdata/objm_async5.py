async def main():
    print("hi")
def f():
    main()
f()
main()
c = main()
print("end")
