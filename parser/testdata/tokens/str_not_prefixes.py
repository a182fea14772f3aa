ur'x' bu'x' ub'x' fb'x' bf'x' rr'x'
