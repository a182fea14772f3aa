# test
# -*- encoding: koi8-r -*-
x = 1
