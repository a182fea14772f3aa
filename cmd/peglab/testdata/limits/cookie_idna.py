# coding: idna
print('xn--caf-dma')
