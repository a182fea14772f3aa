# coding: iso-8859-5
print('Привет')
