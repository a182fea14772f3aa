# coding: koi8-r
print('Привет')
