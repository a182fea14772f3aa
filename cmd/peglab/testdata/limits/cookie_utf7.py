# coding: utf-7
print('caf+AOk +-- +ZeU')
