# coding: ascii
print('café')
