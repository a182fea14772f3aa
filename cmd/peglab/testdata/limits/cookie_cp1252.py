# coding: cp1252
print('€ “x”')
