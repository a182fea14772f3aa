f"a\"b{x}"
