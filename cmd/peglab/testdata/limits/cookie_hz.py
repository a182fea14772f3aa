# coding: hz
print('~{VPND~}')
