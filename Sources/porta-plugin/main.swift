import PortaPluginCLI

// Placeholder entry point until the command-line tool lands.
