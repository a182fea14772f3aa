if x:
    	y
	    z
