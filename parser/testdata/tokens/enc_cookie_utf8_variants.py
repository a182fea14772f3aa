# coding: UTF_8
# another: coding=utf8
x = 'é'
