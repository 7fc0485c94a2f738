"""Commands: the CLI, the daemon, the demo and the views that print results."""
