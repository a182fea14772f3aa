x'a'
