Idlelib objects with no externâ‚	¬ al idle\lib dependencies
