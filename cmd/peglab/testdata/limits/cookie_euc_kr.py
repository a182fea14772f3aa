# coding: euc-kr
print('한국어')
