import helper

def main():
    helper.run(3)

if __name__ == "__main__":
    main()
