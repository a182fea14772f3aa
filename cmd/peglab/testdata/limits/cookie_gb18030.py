# coding: gb18030
print('中文')
