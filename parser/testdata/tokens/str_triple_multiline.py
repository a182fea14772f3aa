s = '''first
second
  third'''
t = 1
