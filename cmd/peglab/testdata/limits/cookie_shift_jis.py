# coding: shift_jis
print('日本語')
