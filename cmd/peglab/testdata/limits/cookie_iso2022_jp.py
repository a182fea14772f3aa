# coding: iso2022_jp
print('日本語')
