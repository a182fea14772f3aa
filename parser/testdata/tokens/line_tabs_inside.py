x	=	1	# tab
