x
   y
