1j 1.5J 1e5j 0j 00j 09j .5j 1_0j
