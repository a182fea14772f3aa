from sugmod import lenght
