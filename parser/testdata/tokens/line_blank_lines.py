x

   
	
y
