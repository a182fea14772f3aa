f'''a
{x}
b'''
