f"""{x # comment
}"""
