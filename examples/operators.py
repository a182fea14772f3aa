# Two language extensions at work: run with --ext almosteq,arrow.
close = 0.1 + 0.2 ~= 0.3
result = data -> clean | normalize -> summary
