import cyc_a
