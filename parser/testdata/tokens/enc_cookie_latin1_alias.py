# coding=latin1
s = 'é'
